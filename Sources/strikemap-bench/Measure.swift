import Foundation

/// Wall-clock timing in seconds.
enum Measure {
    static func once(_ body: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// `runs` timings of `body` (at least one).
    static func repeated(_ runs: Int, _ body: () -> Void) -> [Double] {
        (0..<max(1, runs)).map { _ in once(body) }
    }
}
