import Catalogue

/// The end of a measure line: its deadline in parentheses ((完成时限:2019年底), (完成时间:…)),
/// maybe with the item's own units beside it. When a line break falls inside the parentheses
/// the next line closes them; when nothing closes them the notice is cut short, and reading fails.
struct MeasureTail {
    /// The measure's text, without the parentheses.
    let text: NoticeText
    /// The deadline wording inside the parentheses.
    let wording: NoticeText
    /// Units named in a parenthesis of their own beside the deadline, if any.
    let units: [String]?
    let usedNextLine: Bool

    private static let markers = ["完成时限", "完成时间", "完成期限", "时间节点", "时限"]  // not a message: notice wording

    /// Whether the text holds a deadline parenthesis, closed or not.
    static func hasMarker(_ text: NoticeText) -> Bool {
        markers.contains { text.contains("(" + $0) }
    }

    static func read(_ body: NoticeText, line: Int, next: NoticeStructure.Line?) throws(ImportFailure) -> MeasureTail? {
        guard let (open, marker) = markers.compactMap({ m in body.findLast("(" + m).map { ($0,
            m) } }).max(by: { $0.0 < $1.0 }) else { return nil }
        var from = open + 1 + marker.count
        while from < body.count, body.folded[from] == ":" || body.folded[from] == " " { from += 1 }
        var head = body[0..<open]
        let wording: NoticeText
        var rest: NoticeText
        var usedNext = false
        if let close = body.find(")", from: from) {
            wording = body[from..<close]
            rest = body[(close + 1)..<body.count]
        } else if let next, let close = next.text.find(")"), close <= 20,
                  DeadlineWording.parse((body[from..<body.count] + next.text[0..<close]).description,
                      year: 2000) != nil {
            wording = body[from..<body.count] + next.text[0..<close]
            rest = next.text[(close + 1)..<next.text.count]
            usedNext = true
        } else {
            let shown = body[open..<body.count].description
            throw ImportFailure(line: line, .importDeadlineNotClosed(shown))
        }
        var units: [String]?
        if let own = UnitList.marker(rest) {
            units = own.units
            rest = rest[0..<own.range.lowerBound] + rest.dropFirst(own.range.upperBound)
        } else if let own = UnitList.marker(head) {
            units = own.units
            head = head[0..<own.range.lowerBound] + head.dropFirst(own.range.upperBound)
        }
        rest = rest.trimming(["。", ".", " "])  // not a message: punctuation read in notice text
        return MeasureTail(text: (head + rest).trimming([" "]), wording: wording.trimming([" "]), units: units,
            usedNextLine: usedNext)
    }
}
