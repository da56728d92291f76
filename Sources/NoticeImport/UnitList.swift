/// Reads lists of responsible units (责任单位) as notices write them: a table cell
/// (省发展改革委、省财政厅等单位,各市州、县市区人民政府) or an item's closing parenthesis
/// ((牵头单位:X,配合单位:Y、Z), (X、Y负责), (X牵头,Y配合)). Splits on 、 and commas, strips
/// 等单位 and the labels, expands a shared suffix (长沙市、郴州市人民政府 → two governments),
/// splits 和 between two whole unit names, drops repeats and keeps the order: the first leads.
enum UnitList {
    static func parse(_ text: NoticeText) -> [String] {
        var names: [String] = []
        for unit in pieces(text).flatMap(splitConjoined).enumeratedExpanded() where !names.contains(unit) {
            names.append(unit)
        }
        return names
    }

    /// Whether a whole line is a table's units cell: every piece names a unit.
    static func isUnitsLine(_ text: NoticeText) -> Bool {
        guard !text.contains("。"), !text.contains("(完成"), text.count <= 400 else { return false }
        let parts = pieces(text)
        guard !parts.isEmpty else { return false }
        return parts.indices.allSatisfy { i in
            looksLikeUnit(parts[i]) || (isPlace(parts[i]) && parts[(i + 1)...].contains(where: { sharedSuffix($0) != nil }))
        }
    }

    /// The units named in a closing parenthesis of an item, and where that parenthesis starts.
    static func trailing(_ text: NoticeText) -> (units: [String], start: Int)? {
        let body = text.trimming(["。", ".", ";", " "])
        guard body.hasSuffix(")"), let open = body.openingParenthesis(closingAt: body.count - 1) else { return nil }
        let inside = body[(open + 1)..<(body.count - 1)]
        let labelled = labels.contains { inside.contains($0) } || inside.hasSuffix("负责") || inside.contains("牵头")
        guard labelled, isUnitsLine(inside) else { return nil }
        let units = parse(inside)
        return units.isEmpty ? nil : (units, open)
    }

    // MARK: - Pieces

    private static let labels = ["牵头单位", "配合单位", "责任单位", "参与单位", "协办单位", "主办单位",
                                 "牵头部门", "配合部门", "责任部门", "参与部门"]
    private static let endings = ["等有关单位", "等相关单位", "等有关部门", "等相关部门", "等单位", "等部门",
                                  "分别负责", "共同负责", "按职责分工负责", "负责", "牵头", "配合", "参与", "等"]
    private static let unitSuffixes = ["单位", "部门", "政府", "党委", "厅", "局", "委", "办", "会", "行", "院", "署",
                                       "海关", "中心", "公司", "集团", "协会", "委员会", "办公室", "部", "处", "室", "社", "台", "馆", "站", "队"]
    private static let sharedSuffixes = ["人民政府", "政府", "党委", "管委会"]

    /// Unit-sized pieces: split on 、 , ; : and blanks, labels and 等单位 stripped.
    private static func pieces(_ text: NoticeText) -> [NoticeText] {
        text.split(on: ["、", ",", ";", ":", " ", "/", "。"]).compactMap { raw in
            var p = raw.trimming(["(", ")", " "])
            if let label = p.prefixWord(labels) { p = p.dropFirst(label.count) }
            while let end = p.suffixWord(endings), end.count < p.count { p = p.dropLast(end.count) }
            if labels.contains(p.foldedString) || endings.contains(p.foldedString) { return nil }
            return p.isEmpty ? nil : p
        }
    }

    /// `省服务业发展联席会议制度各成员单位和相关责任单位` → two units; `省文化和旅游厅` stays one.
    private static func splitConjoined(_ p: NoticeText) -> [NoticeText] {
        for joiner in ["和", "及", "与"] {
            var from = 0
            while let at = p.find(joiner, from: from) {
                let left = p[0..<at], right = p[(at + 1)..<p.count]
                if looksLikeUnit(left), looksLikeUnit(right) { return [left] + splitConjoined(right) }
                from = at + 1
            }
        }
        return [p]
    }

    static func looksLikeUnit(_ p: NoticeText) -> Bool {
        p.count >= 2 && p.count <= 30 && p.suffixWord(unitSuffixes) != nil && !p.folded.contains(where: \.isASCIIDigit)
    }

    private static func isPlace(_ p: NoticeText) -> Bool {
        p.count <= 12 && ["市", "州", "县", "区", "省", "市州", "县市区"].contains { p.hasSuffix($0) }
    }

    /// The suffix a place name may borrow from this piece (人民政府 of 郴州市人民政府).
    fileprivate static func sharedSuffix(_ p: NoticeText) -> NoticeText? {
        guard let s = p.suffixWord(sharedSuffixes), s.count < p.count else { return nil }
        return p.dropFirst(p.count - s.count)
    }

    fileprivate static func expandable(_ p: NoticeText) -> Bool { isPlace(p) && !looksLikeUnit(p) }
}

private extension Array where Element == NoticeText {
    /// Unit names, a bare place taking the shared suffix of the next piece that has one.
    func enumeratedExpanded() -> [String] {
        indices.map { i in
            let p = self[i]
            if UnitList.expandable(p), let suffix = self[(i + 1)...].lazy.compactMap(UnitList.sharedSuffix).first {
                return (p + suffix).description
            }
            return p.description
        }
    }
}
