// not messages: developer tool; its output is for developers and README's English benchmark table

import Foundation

/// Wall-clock times of several runs of one piece of work, in seconds.
struct Sample: Codable {
    var times: [Double] = []

    var median: Double {
        let sorted = times.sorted()
        guard !sorted.isEmpty else { return 0 }
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
    }

    var min: Double { times.min() ?? 0 }
    var max: Double { times.max() ?? 0 }

    /// Runs `work` `runs` times and keeps each run's time. `prepare` runs before each timed run, untimed.
    static func measure(runs: Int, prepare: () -> Void = {}, _ work: () throws -> Void) rethrows -> Sample {
        var times: [Double] = []
        for _ in 0..<Swift.max(runs, 1) {
            prepare()
            let start = DispatchTime.now().uptimeNanoseconds
            try work()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return Sample(times: times)
    }

    /// Times one run of `work` and passes its result on.
    static func once<T>(_ work: () throws -> T) rethrows -> (T, Double) {
        let start = DispatchTime.now().uptimeNanoseconds
        let result = try work()
        return (result, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
}
