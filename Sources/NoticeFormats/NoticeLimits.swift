/// Sizes far above any real notice (the Hunan notice is 40 KB of text, a Word file of it 20 KB),
/// past which a file is refused before it is read: a notice can come from anyone.
public enum NoticeLimits {
    /// The largest notice file read, in bytes (text, Word file or web page).
    public static let fileBytes = 16 * 1024 * 1024
    /// The largest part of a Word file unpacked (word/document.xml), in bytes: a zip bomb stops here.
    public static let unpackedBytes = 64 * 1024 * 1024
    /// The most text taken from a Word file or a web page, in characters.
    public static let textCharacters = 8 * 1024 * 1024
}
