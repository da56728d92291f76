/// Tells an input timeout from input that has gone away. `wget_wch` returns `ERR` both when
/// the timeout passes with no key and, at once and forever, when its input is closed; the run
/// loop must end on the second, never spin.
struct InputEndDetector {
    /// How long `wget_wch` waits for a key.
    let timeout: Duration
    /// How many quick `ERR`s in a row mean the input is gone (one may be a signal).
    let quickErrorLimit: Int

    private var quickErrors = 0

    init(timeout: Duration, quickErrorLimit: Int = 5) {
        self.timeout = timeout
        self.quickErrorLimit = quickErrorLimit
    }

    /// Notes an `ERR` that took `elapsed`; returns true when input has ended.
    mutating func error(after elapsed: Duration) -> Bool {
        if elapsed * 2 < timeout {
            quickErrors += 1
        } else {
            quickErrors = 0
        }
        return quickErrors >= quickErrorLimit
    }

    /// Notes a key: input is alive.
    mutating func input() {
        quickErrors = 0
    }
}
