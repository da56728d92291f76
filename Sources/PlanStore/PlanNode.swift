import Yams

/// A composed YAML document as `PlanDecoder` reads it: text scalars, mappings with their keys
/// in file order, and lists, each with where it starts when known. Lighter than Yams' `Node`
/// (no tags, styles or anchors to copy), which matters for plans of a hundred thousand items.
enum PlanNode {
    case scalar(String, Mark?)
    case mapping([Pair], Mark?)
    case sequence([PlanNode], Mark?)

    /// A key and its value, in file order.
    struct Pair {
        var key: PlanNode
        var value: PlanNode
    }

    /// The node Yams composed, with its positions. `Yams.compose` resolves aliases to the
    /// nodes they name, so none is left to convert.
    init(_ node: Node) {
        switch node {
        case .scalar(let s): self = .scalar(s.string, s.mark)
        case .mapping(let m): self = .mapping(m.map { Pair(key: PlanNode($0.key), value: PlanNode($0.value)) }, m.mark)
        case .sequence(let s): self = .sequence(s.map(PlanNode.init), s.mark)
        case .alias: preconditionFailure("Yams.compose resolves aliases")
        }
    }

    var string: String? {
        if case .scalar(let s, _) = self { return s }
        return nil
    }

    var mark: Mark? {
        switch self {
        case .scalar(_, let m), .mapping(_, let m), .sequence(_, let m): return m
        }
    }
}
