// not messages: cue words matched in indicator wording (input vocabulary)

/// How a figure is judged before the year is over.
///
/// `cumulative`: a year's total built up through the year (新增, 全年实现, 认定N家, 带动投资),
/// judged pro rata against the share of the year gone by (时间进度).
/// `level`: a rate, share, ratio or stock level (增长10%, 占比40%, 每千名老年人36张床位, a year-end level),
/// judged against the goal itself at every date.
public enum Pace: String, Sendable, CaseIterable, Codable {
    case cumulative
    case level

    /// The pace a plan file implies when it names none: growth and share → level, quantity → cumulative;
    /// nil for milestones, which are judged by their deadline.
    public static func defaultPace(for kind: IndicatorKind) -> Pace? {
        switch kind {
        case .growth, .share: return .level
        case .quantity: return .cumulative
        case .milestone: return nil
        }
    }

    /// Reads the pace of a figure from its kind and wording (an indicator's name or its target's
    /// sentence), for importers. Growth is a level by its kind, and so is a share, except the share of a
    /// population that acts done through the year reach (双随机抽查覆盖企业比例: the firms inspected so far
    /// build up like a total, so it is cumulative); a quantity is a level
    /// when its wording names a ratio or stock (床位, 每千, 千人, 比重, 占比, 比例, 率, 年末, 年底…达到),
    /// cumulative when it names something built up (新增, 全年, 实现, 认定, 带动, 引进, 累计); with
    /// neither, it is cumulative and `guessed` is true. Nil for milestones.
    public static func read(kind: IndicatorKind, wording: String) -> PaceReading? {
        guard let fallback = defaultPace(for: kind) else { return nil }
        if kind == .share, wording.contains("覆盖"), let act = coverageActs.first(where: wording.contains) {
            return PaceReading(pace: .cumulative, cue: act, guessed: false)
        }
        guard kind == .quantity else { return PaceReading(pace: fallback, cue: nil, guessed: false) }
        if let cue = levelCues.first(where: wording.contains) { return PaceReading(pace: .level, cue: cue,
            guessed: false) }
        if let cue = cumulativeCues.first(where: wording.contains) { return PaceReading(pace: .cumulative, cue: cue,
            guessed: false) }
        return PaceReading(pace: fallback, cue: nil, guessed: true)
    }

    /// Words that make a quantity a level: ratios, per-capita figures, stocks at a day.
    public static let levelCues = ["每千", "千人", "床位", "比重", "占比", "比例", "人均", "年末", "年底达到", "保有量", "覆盖率", "率"]
    /// Acts done one by one through the year whose coverage (覆盖) of a population is a share that builds up.
    public static let coverageActs = ["抽查", "抽检", "检查", "巡查", "走访", "培训"]
    /// Words that make a quantity a total built up through the year.
    public static let cumulativeCues = ["新增", "全年", "实现", "认定", "带动", "引进", "累计", "新批复", "新建", "完成"]
}

/// The pace read from an indicator's wording, with the word that decided it, or `guessed`
/// when no word did and the kind's default was taken.
public struct PaceReading: Sendable, Equatable {
    public var pace: Pace
    /// The word in the wording that decided the pace, if any.
    public var cue: String?
    /// True when no word decided and the default for the kind was taken.
    public var guessed: Bool

    public init(pace: Pace, cue: String?, guessed: Bool) {
        self.pace = pace
        self.cue = cue
        self.guessed = guessed
    }
}
