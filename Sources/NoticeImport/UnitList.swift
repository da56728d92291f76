// not messages: input vocabulary: unit keywords of notices (牵头单位, 配合单位, 负责, 等单位)
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
            looksLikeUnit(parts[i]) || (isPlace(parts[i]) &&
                parts[(i + 1)...].contains(where: { sharedSuffix($0) != nil }))
        }
    }

    /// The units an item names in parentheses, found by their keywords (牵头单位, 配合单位, 责任单位,
    /// 负责, 牵头), not by being last: `推进湖南(株洲)物流园建设(牵头单位:X)` and
    /// `(X负责),2019年底前完成` both give X. The last such parenthesis wins; `range` is where it
    /// stands, so the item's text is what lies around it.
    static func marker(_ text: NoticeText) -> (units: [String], range: Range<Int>)? {
        var opens: [Int] = []
        var groups: [Range<Int>] = []
        for i in 0..<text.count {
            switch text.folded[i] {
            case "(": opens.append(i)
            case ")": if let open = opens.popLast(), opens.isEmpty { groups.append(open..<(i + 1)) }
            default: break
            }
        }
        for group in groups.reversed() {
            let inside = text[(group.lowerBound + 1)..<(group.upperBound - 1)]
            let labelled = labels.contains { inside.contains($0) } || inside.hasSuffix("负责") || inside.contains("牵头") ||
                inside.contains("会同")
            guard labelled, isUnitsLine(inside) else { continue }
            let units = parse(inside)
            if !units.isEmpty { return (units, group) }
        }
        return nil
    }

    /// What follows 会同 in a units marker (有关部门), which `parse` leaves out, to be noted.
    static func unnamedPartners(_ text: NoticeText) -> String? {
        guard let at = text.find("会同") else { return nil }
        var rest = text.dropFirst(at + 2).trimming([")", " "]).split(on: [",",
            ";"]).first?.trimming([" "]) ?? NoticeText("")
        while let end = rest.suffixWord(["负责", "牵头"]) { rest = rest.dropLast(end.count) }
        return rest.isEmpty ? nil : rest.description
    }

    // MARK: - Pieces

    private static let labels = ["牵头单位", "配合单位", "责任单位", "参与单位", "协办单位", "主办单位",
                                 "牵头部门", "配合部门", "责任部门", "参与部门"]
    private static let endings = ["等有关单位", "等相关单位", "等有关部门", "等相关部门", "等单位", "等部门",
                                  "分别负责", "共同负责", "按职责分工负责", "负责", "牵头", "配合", "参与", "等"]
    private static let unitSuffixes = ["单位", "部门", "政府", "党委", "厅", "局", "委", "办", "会", "行", "院", "署",
                                       "海关", "中心", "公司", "集团", "协会", "委员会", "办公室", "部", "处", "室", "社", "台", "馆", "站",
                                           "队"]
    private static let sharedSuffixes = ["人民政府", "政府", "党委", "管委会"]

    /// Unit-sized pieces: split on 、 , ; : and blanks, labels and 等单位 stripped.
    private static func pieces(_ text: NoticeText) -> [NoticeText] {
        text.split(on: ["、", ",", ";", ":", " ", "/", "。"]).compactMap { raw in
            var p = raw.trimming(["(", ")", " "])
            if let label = p.prefixWord(labels) { p = p.dropFirst(label.count) }
            // X会同有关部门(负责): X leads; those it works with are noted, not listed as units.
            if let at = p.find("会同"), at >= 2 { p = p[0..<at] }
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
