
/// The text of a web page saved from a government site, read with libxml2's HTML parser: one line
/// per paragraph, heading, list item (numbered as a browser shows it), table cell and line break; scripts, styles,
/// forms and the
/// site's navigation (nav, header, footer, and elements whose id or class names a menu, a
/// breadcrumb or a footer) left out.
enum WebPage {
    /// `encoding` overrides what the page declares; without it a page that is valid UTF-8 is read
    /// as UTF-8, else by its `charset`, else as GB18030.
    static func text(of bytes: [UInt8], encoding: TextEncoding?) throws(NoticeFileError) -> String {
        let lowered = bytes.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }
        if lowered.firstRange(of: Array("<!entity".utf8)) != nil { throw .refused(.noticePageDeclaresEntities) }
        let declared = lowered.firstRange(of: Array("charset".utf8)) != nil
        let chosen = encoding?.rawValue ??
            (TextEncoding.utf8.decode(bytes) != nil ? "UTF-8" : declared ? nil : TextEncoding.gb18030.rawValue)
        guard let tree = DocumentTree.html(bytes, encoding: chosen) else { throw .refused(.noticePageUnreadable) }
        var out = BlockText()
        var preformatted = 0
        // The next number of each open list (<ol start=…>), nil for <ul>: a browser draws 1. 2. …
        var lists: [Int?] = []
        tree.walk { step in
            switch step {
            case .enter(let e):
                if skipped.contains(e.name) || isChrome(e) { return false }
                if e.name == "br" { out.endLine() }
                if e.name == "pre" { preformatted += 1 }
                if e.name == "ol" { lists.append(e.attribute("start").flatMap { Int($0) } ?? 1) }
                if e.name == "ul" { lists.append(nil) }
                if e.name == "li", let next = lists.last ?? nil {
                    out.endLine()
                    out.append("\(next).")
                    lists[lists.count - 1] = next + 1
                }
            case .text(let t) where preformatted > 0:
                // Text saved as a page (LibreOffice, browsers) sits in <pre>: its line ends are lines.
                for (i, line) in t.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                    if i > 0 { out.endParagraph() }
                    out.append(String(line))
                }
            case .text(let t):
                out.append(t)
            case .leave(let e):
                if blocks.contains(e.name) { out.endLine() }
                if e.name == "pre" { preformatted -= 1 }
                if e.name == "ol" || e.name == "ul" { _ = lists.popLast() }
            }
            return true
        }
        guard !out.overflowed else { throw .refused(.noticeTextTooLong(limit: NoticeLimits.textCharacters)) }
        return out.text()
    }

    private static let skipped: Set<String> = ["head", "script", "style", "noscript", "template", "nav", "header",
        "footer",
                                               "form", "select", "button", "iframe", "object", "svg", "canvas", "map"]
    private static let blocks: Set<String> = ["p", "div", "li", "dt", "dd", "tr", "td", "th", "table", "caption", "h1",
        "h2", "h3",
                                              "h4", "h5", "h6", "section", "article", "blockquote", "pre", "center",
                                                  "ul", "ol", "title"]
    private static let chromeWords = ["nav", "menu", "breadcrumb", "footer", "sidebar", "share"]

    /// A block whose id or class says it is the site's navigation or footer, not the notice.
    private static func isChrome(_ e: DocumentTree.Element) -> Bool {
        guard e.name == "div" || e.name == "ul" || e.name == "table" || e.name == "section" else { return false }
        let names = ((e.attribute("id") ?? "") + " " + (e.attribute("class") ?? "")).lowercased()
        return chromeWords.contains { names.contains($0) }
    }
}
