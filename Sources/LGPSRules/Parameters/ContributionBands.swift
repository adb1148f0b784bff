/// The employee contribution table for one Scheme year: bands of actual pensionable pay, each with its rate.
/// - Legislation: SI 2013/2356 reg. 9 and the table in reg. 9(2) (uprated each April by the PI percentage and
///   rounded down to the nearest £100, reg. 9(3)); reg. 10 (the 50/50 section pays half the main rate).
public struct ContributionBands: Sendable, Hashable {
    /// One band: pay up to and including `upTo` (or without limit for the top band) pays `rate`.
    public struct Band: Sendable, Hashable {
        public var upTo: Money?
        public var rate: Rate
        public init(upTo: Money?, rate: Rate) {
            self.upTo = upTo
            self.rate = rate
        }
    }

    /// Bands in ascending order; the last has no upper limit.
    public var bands: [Band]
    /// The share of the main rate a 50/50 member pays (1/2).
    public var fiftyFiftyShare: Fraction

    public init(bands: [Band], fiftyFiftyShare: Fraction) {
        self.bands = bands
        self.fiftyFiftyShare = fiftyFiftyShare
    }
}
