import Synchronization

/// The parameters carried on at 0% to the end of each year asked for (`SchemeParameters.carryingIncreases`),
/// kept once worked out: a statement run asks for the same few years for every record, and carrying the series
/// on copied them each time. The carried series depend only on the year of the date (entries run to 6 April of
/// the year after), so the year is the key.
/// - Source: LGA annual benefit statements guide Part 3 (figures in today's terms) [seed 001].
final class CarriedParameters: Sendable {
    private let base: SchemeParameters
    private let byYear = Mutex<[Int: SchemeParameters]>([:])

    init(_ base: SchemeParameters) {
        self.base = base
    }

    /// `base` with no revaluation or increases assumed after the last published order, to `date`.
    func parameters(to date: CalendarDate) -> SchemeParameters {
        if let known = byYear.withLock({ $0[date.year] }) { return known }
        let carried = base.carryingIncreases(to: date, at: Rate(.zero))
        byYear.withLock { $0[date.year] = carried }
        return carried
    }
}
