import CNoticeXML

/// A document parsed by libxml2 (through `CNoticeXML`), walked without recursion so that a deeply
/// nested file cannot exhaust the stack: each element is entered, its children visited, then left.
final class DocumentTree {
    enum Step {
        case enter(Element)
        case text(String)
        case leave(Element)
    }

    /// An element: its local name (lowercase in HTML) and its attributes.
    struct Element {
        fileprivate let node: UnsafeMutableRawPointer
        var name: String { pd_node_name(node).map { String(cString: $0) } ?? "" }

        func attribute(_ name: String) -> String? {
            guard let value = pd_node_attribute(node, name) else { return nil }
            defer { pd_free(value) }
            return String(cString: value)
        }
    }

    private let document: UnsafeMutableRawPointer

    /// A web page; `encoding` nil reads it as it declares.
    static func html(_ bytes: [UInt8], encoding: String?) -> DocumentTree? {
        parse(bytes) { base, count in pd_html_read(base, count, encoding) }
    }

    /// An XML document (entities are never substituted).
    static func xml(_ bytes: [UInt8]) -> DocumentTree? {
        parse(bytes) { base, count in pd_xml_read(base, count) }
    }

    private static func parse(_ bytes: [UInt8], _ reader: (UnsafePointer<CChar>,
        Int32) -> UnsafeMutableRawPointer?) -> DocumentTree? {
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return nil }
        let document = bytes.withUnsafeBufferPointer { buffer in
            UnsafeRawPointer(buffer.baseAddress!).withMemoryRebound(to: CChar.self, capacity: buffer.count) { reader($0,
                Int32(buffer.count)) }
        }
        return document.map(DocumentTree.init)
    }

    private init(document: UnsafeMutableRawPointer) { self.document = document }
    deinit { pd_doc_free(document) }

    /// Visits the tree; `visit` returns false on entering an element to skip what it holds.
    /// Nothing when the document has no root element.
    func walk(_ visit: (Step) -> Bool) {
        guard let root = pd_doc_root(document) else { return }
        var stack: [(node: UnsafeMutableRawPointer, entered: Bool)] = [(root, false)]
        while let (node, entered) = stack.popLast() {
            switch pd_node_kind(node) {
            case 1:
                let element = Element(node: node)
                if entered { _ = visit(.leave(element)); continue }
                guard visit(.enter(element)) else { continue }
                stack.append((node, true))
                var children: [UnsafeMutableRawPointer] = []
                var child = pd_node_children(node)
                while let c = child { children.append(c); child = pd_node_next(c) }
                stack.append(contentsOf: children.reversed().map { ($0, false) })
            case 2:
                if let content = pd_node_content(node) { _ = visit(.text(String(cString: content))) }
            default:
                continue
            }
        }
    }
}
