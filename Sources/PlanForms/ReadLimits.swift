/// Bounds on what a returned file may hold, checked before the work they bound is done.
public struct ReadLimits: Sendable {
    /// The file itself.
    public var fileBytes = 20 << 20
    /// One part of the workbook once inflated (its declared size is checked before inflating, the bytes while
    /// inflating).
    public var partBytes = 64 << 20
    /// Parts in the archive.
    public var parts = 2_000
    /// Non-empty cells (and shared strings) in the sheet.
    public var cells = 500_000

    public init() {}

    static func megabytes(_ n: Int) -> String { "\(n >> 20) MB" }
}
