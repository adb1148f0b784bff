/// Draws used by the generators. Written here (rather than `Int.random(in:using:)`) so the sequence of values
/// for a seed does not depend on the standard library's sampling algorithm.
extension SplitMix64 {
    /// A value in `0..<bound` (Lemire's multiply-high method; the tiny bias is irrelevant for test data).
    mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// A value in `range`.
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// A value in `range`, as `Int64`.
    mutating func int64(_ range: ClosedRange<Int64>) -> Int64 {
        range.lowerBound + Int64(below(Int(range.upperBound - range.lowerBound + 1)))
    }

    /// True with probability `perMille`/1000.
    mutating func chance(perMille: Int) -> Bool { below(1000) < perMille }

    /// True with probability `basisPoints`/10,000.
    mutating func chance(basisPoints: Int) -> Bool { below(10_000) < basisPoints }

    /// A uniformly chosen element of a non-empty array.
    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    /// A day number uniformly in `from...to` (both day numbers; `from` when the range is empty).
    mutating func day(_ from: Int, _ to: Int) -> Int {
        to <= from ? from : from + below(to - from + 1)
    }
}
