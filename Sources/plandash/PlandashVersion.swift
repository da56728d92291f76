/// The version `plandash --version` prints: the one place it is written.
enum PlandashVersion {
    static let text = "0.9.0"
}
