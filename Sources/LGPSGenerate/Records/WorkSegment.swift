import LGPSRules

/// A stretch of a post with the same contractual hours (and weeks, for term-time staff), with no unpaid break
/// inside it. Day numbers, both ends inclusive.
struct WorkSegment: Sendable {
    var from: Int
    var to: Int
    /// Contractual hours a week, in hundredths (18.5 hours is 1850).
    var hours: Int64
    /// Contractual weeks a year, in hundredths (39 weeks is 3900), for term-time staff; `nil` otherwise.
    var weeks: Int64?
}
