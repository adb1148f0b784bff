/// Late retirement increase factors (GAD guidance): a percentage added per day drawn after normal pension age,
/// which may depend on how many whole years late the day falls.
/// - Legislation: SI 2013/2356 reg. 30(6) (increase in accordance with actuarial guidance).
public struct LateRetirementTable: Sendable, Hashable {
    /// Daily increase for days in the 1st, 2nd, … year after NPA; the last entry applies to later years.
    public var dailyIncrease: [Rate]
    /// Whether the pre-2008 automatic lump sum is also increased.
    public var appliesToLumpSum: Bool

    public init(dailyIncrease: [Rate], appliesToLumpSum: Bool) {
        self.dailyIncrease = dailyIncrease
        self.appliesToLumpSum = appliesToLumpSum
    }
}
