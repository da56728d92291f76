import Yams

/// A composed YAML document as `PlanDecoder` reads it: text scalars, mappings with their keys
/// in file order, and lists, each with where it starts when known. Lighter than Yams' `Node`
/// (no tags, styles or anchors to copy), which matters for plans of a hundred thousand items.
enum PlanNode {
    /// A scalar's text, where it starts, and whether it was written quoted (or as a block
    /// scalar): a quoted `"550"` stays text and is never read as a number.
    case scalar(String, Mark?, quoted: Bool)
    case mapping([Pair], Mark?)
    case sequence([PlanNode], Mark?)

    /// A key and its value, in file order.
    struct Pair {
        var key: PlanNode
        var value: PlanNode
    }

    /// The node Yams composed, with its positions. `PlanFile` refuses anchors and aliases
    /// before Yams composes, so none is left to convert.
    init(_ node: Node) {
        switch node {
        case .scalar(let s): self = .scalar(s.string, s.mark, quoted: s.style != .plain)
        case .mapping(let m): self = .mapping(m.map { Pair(key: PlanNode($0.key), value: PlanNode($0.value)) }, m.mark)
        case .sequence(let s): self = .sequence(s.map(PlanNode.init), s.mark)
        case .alias: preconditionFailure("PlanFile refuses aliases before Yams composes") // not a message: an assertion
        }
    }

    var string: String? {
        if case .scalar(let s, _, _) = self { return s }
        return nil
    }

    /// The scalar's text when it was written plain (unquoted): the only form a number or date takes.
    var plainString: String? {
        if case .scalar(let s, _, false) = self { return s }
        return nil
    }

    var mark: Mark? {
        switch self {
        case .scalar(_, let m, _), .mapping(_, let m), .sequence(_, let m): return m
        }
    }
}
