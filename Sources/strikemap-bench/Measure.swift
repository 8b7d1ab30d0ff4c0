import Foundation

/// Wall-clock timing in seconds.
enum Measure {
    static func once(_ body: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// `runs` timings of `body` (at least one). `prepare` runs untimed before each: it frees what the last
    /// run left, so that freeing one run's results is not counted in the next run's time.
    static func repeated(_ runs: Int, prepare: () -> Void = {}, _ body: () -> Void) -> [Double] {
        (0..<max(1, runs)).map { _ in prepare(); return once(body) }
    }
}
