import LGPSRules

/// Relationship status by age, and partner details for those married, in a civil partnership or cohabiting.
enum PartnerGenerator {
    /// A relationship status believable for someone of `age` (children are single; survivors are widowed).
    static func relationship(age: Int, survivor: Bool, rng: inout SplitMix64) -> RelationshipStatus {
        if survivor { return .widowed }
        if age < 18 { return .single }
        let roll = rng.below(1_000)
        if age < 26 {
            return roll < 820 ? .single : roll < 960 ? .cohabiting : .married
        }
        let widowedShare = age >= 75 ? 250 : age >= 60 ? 80 : 10
        switch roll {
        case ..<500: return .married
        case ..<520: return .civilPartnership
        case ..<640: return .cohabiting
        case ..<(640 + widowedShare): return .widowed
        case ..<(760 + widowedShare): return .divorced
        default: return .single
        }
    }

    /// The partner of a person with this status, or `nil` when the status has none.
    static func partner(of sex: Sex, surname: String, dateOfBirth: Int, relationship: RelationshipStatus,
                        asAt: Int, rng: inout SplitMix64) -> Partner? {
        guard relationship.hasPartner else { return nil }
        let partnerSex: Sex = relationship == .civilPartnership ? sex : (sex == .male ? .female : .male)
        let forenames = NameGenerator.forenames(sex: partnerSex, rng: &rng)
        let partnerSurname = relationship == .married && rng.chance(perMille: 750) ? surname
            : NameGenerator.surname(rng: &rng)
        let birth = dateOfBirth + rng.int(-2_500...2_500)
        let adult = max(dateOfBirth, birth) + 18 * 366
        let since = CalendarDate(dayNumber: rng.day(min(adult, asAt), asAt))
        return Partner(forenames: forenames, surname: partnerSurname,
                       dateOfBirth: CalendarDate(dayNumber: min(birth, asAt)), since: since)
    }
}
