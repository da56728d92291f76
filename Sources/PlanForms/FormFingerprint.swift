/// A short, stable name for a file's content (64-bit FNV-1a, hex): collected records take
/// their ids from it, so the same file collected twice makes the same ids.
public enum FormFingerprint {
    public static func of(_ bytes: some Sequence<UInt8>) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            hash ^= UInt64(b)
            hash = hash &* 0x100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
