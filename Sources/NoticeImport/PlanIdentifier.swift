// not messages: input vocabulary: the brackets of a 文号
import PlanModel

/// Plan ids: letters, digits, `-`, `_` and `.`, as plan files require.
public enum PlanIdentifier {
    public static func isValid(_ id: String) -> Bool {
        !id.isEmpty && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) ||
            ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0) }
    }

    /// `notice-2019-2` for 湘服联办〔2019〕2号; `notice-2019` without a document number.
    static func derived(year: Int, document: String?) -> String {
        guard let doc = document,
            let close = doc.lastIndex(where: { "〕]】)）".contains($0) }) else { return "notice-\(year)" }
        let serial = doc[doc.index(after: close)...].filter(\.isASCIIDigit)
        return serial.isEmpty ? "notice-\(year)" : "notice-\(year)-\(serial)"
    }
}
