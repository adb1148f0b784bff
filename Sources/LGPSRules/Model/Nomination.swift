/// A person the member would like the death grant paid to, with a share.
/// - Legislation: SI 2013/2356 reg. 40(2) and 43(2) (the administering authority may pay the death grant to
///   any person nominated; the nomination is an expression of wish).
public struct Nomination: Hashable, Sendable, Codable {
    public var name: String
    public var relationship: String
    public var dateOfBirth: CalendarDate?
    /// Share in basis points (hundredths of a percent): 10,000 is the whole grant.
    public var shareBasisPoints: Int
    public var madeOn: CalendarDate

    /// A whole share, in basis points.
    public static let wholeShare = 10_000

    public init(name: String, relationship: String, dateOfBirth: CalendarDate?, shareBasisPoints: Int,
                madeOn: CalendarDate) {
        self.name = name
        self.relationship = relationship
        self.dateOfBirth = dateOfBirth
        self.shareBasisPoints = shareBasisPoints
        self.madeOn = madeOn
    }

    /// The share as a rate (e.g. 33.33%).
    public var share: Rate { Rate(basisPoints: Int64(shareBasisPoints)) }
}

extension Array where Element == Nomination {
    /// Whether the shares total exactly 100% (an empty list is allowed: no nomination made).
    public var sharesAreComplete: Bool {
        isEmpty || reduce(0) { $0 + $1.shareBasisPoints } == Nomination.wholeShare
    }
}
