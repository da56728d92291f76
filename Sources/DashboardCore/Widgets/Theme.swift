import PlanModel

/// The styles screens draw with, by role. Without colour only bold, reverse, underline and
/// dim are used, so every screen stays readable in monochrome; focus is always reverse video.
struct Theme: Sendable {
    enum Role: Sendable {
        /// The title bar on the first row.
        case titleBar
        /// Section headings inside a screen.
        case heading
        /// Column headers and secondary text.
        case label
        /// The focused row.
        case focus
        /// A key name in the key bar.
        case keyCap
        case border
        case borderFocused
        /// Done, reached, 100 %.
        case good
        /// Under way, due soon.
        case warn
        /// Overdue.
        case bad
        /// Load bars on the department screen.
        case load
        /// The matched part of a search result.
        case match
        case error
    }

    let colors: Bool

    func style(_ role: Role) -> Style {
        switch role {
        case .titleBar: return Style(bold: true, reverse: true)
        case .heading: return Style(fg: colors ? .cyan : .normal, bold: true, underline: !colors)
        case .label: return Style(dim: true)
        case .focus: return Style(reverse: true)
        case .keyCap: return Style(bold: true, reverse: true)
        case .border: return Style(fg: colors ? .gray : .normal, dim: !colors)
        case .borderFocused: return Style(fg: colors ? .cyan : .normal, bold: true)
        case .good: return Style(fg: colors ? .green : .normal)
        case .warn: return Style(fg: colors ? .yellow : .normal)
        case .bad: return Style(fg: colors ? .red : .normal, bold: true)
        case .load: return Style(fg: colors ? .blue : .normal)
        case .match: return Style(fg: colors ? .yellow : .normal, bold: true, underline: true)
        case .error: return Style(fg: colors ? .red : .normal, bold: true, reverse: !colors)
        }
    }

    /// How a completion reads: red when measures are overdue, green when reached, yellow
    /// while under way, dim when nothing is reported.
    func completion(_ fraction: Double?, overdue: Bool = false) -> Style {
        if overdue { return style(.bad) }
        guard let fraction else { return style(.label) }
        return style(fraction >= 1 ? .good : .warn)
    }
}

extension Theme {
    /// How a standing shows: reached and on track good, behind bad, not reported dim.
    func standing(_ standing: Standing) -> Style {
        switch standing {
        case .reached, .onTrack: return style(.good)
        case .behind: return style(.bad)
        case .notReported: return style(.label)
        }
    }
}

extension Style {
    /// The same style, bold or not.
    func with(bold: Bool) -> Style {
        var s = self
        s.bold = bold
        return s
    }
}
