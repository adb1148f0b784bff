import LGPSRules

/// Death grant nominations for about half of adults: one to four nominees (the partner first, then children,
/// siblings, friends or a charity) whose shares total exactly 10,000 basis points.
enum NominationGenerator {
    static let charities = ["Northshire Hospice", "Ashbury Animal Rescue", "Brackenford Lifeboat Fund",
                            "Kelsworth Community Foundation", "Greyford Cancer Care"]

    static func nominations(surname: String, birth: Int, partner: Partner?, relationship: RelationshipStatus,
                            earliest: Int, asAt: Int, rng: inout SplitMix64) -> [Nomination] {
        guard rng.chance(perMille: 550) else { return [] }
        let roll = rng.below(100)
        let count = roll < 55 ? 1 : roll < 85 ? 2 : roll < 97 ? 3 : 4
        let shares = split(count: count, rng: &rng)
        let madeOn = CalendarDate(dayNumber: rng.day(min(max(earliest, Day.adding(years: 18, to: birth)), asAt), asAt))
        var result: [Nomination] = []
        result.reserveCapacity(count)
        for index in 0..<count {
            let share = shares[index]
            if index == 0, let partner {
                let label = relationship == .married ? "Spouse" : relationship == .civilPartnership ? "Civil partner" : "Partner"
                result.append(Nomination(name: partner.forenames + " " + partner.surname, relationship: label,
                                         dateOfBirth: partner.dateOfBirth, shareBasisPoints: share, madeOn: madeOn))
                continue
            }
            let kind = rng.below(10)
            if kind < 6 {
                let sex: Sex = rng.below(2) == 0 ? .female : .male
                let childBirth = min(birth + Day.years(rng.int(20...40)), asAt - 1)
                result.append(Nomination(name: NameGenerator.forenames(sex: sex, rng: &rng) + " " + surname,
                                         relationship: sex == .female ? "Daughter" : "Son",
                                         dateOfBirth: CalendarDate(dayNumber: childBirth), shareBasisPoints: share,
                                         madeOn: madeOn))
            } else if kind < 8 {
                let sex: Sex = rng.below(2) == 0 ? .female : .male
                result.append(Nomination(name: NameGenerator.forenames(sex: sex, rng: &rng) + " " + surname,
                                         relationship: sex == .female ? "Sister" : "Brother",
                                         dateOfBirth: CalendarDate(dayNumber: birth + rng.int(-3_000...3_000)),
                                         shareBasisPoints: share, madeOn: madeOn))
            } else if kind < 9 {
                let sex: Sex = rng.below(2) == 0 ? .female : .male
                result.append(Nomination(name: NameGenerator.forenames(sex: sex, rng: &rng) + " " + NameGenerator.surname(rng: &rng),
                                         relationship: "Friend", dateOfBirth: nil, shareBasisPoints: share, madeOn: madeOn))
            } else {
                result.append(Nomination(name: rng.pick(charities), relationship: "Charity", dateOfBirth: nil,
                                         shareBasisPoints: share, madeOn: madeOn))
            }
        }
        return result
    }

    /// Shares in basis points that total exactly `Nomination.wholeShare`: equal parts with the remainder on the
    /// first, or an uneven split for two nominees.
    static func split(count: Int, rng: inout SplitMix64) -> [Int] {
        let whole = Nomination.wholeShare
        if count == 2 && rng.chance(perMille: 400) {
            let first = rng.pick([6_000, 7_000, 7_500, 8_000])
            return [first, whole - first]
        }
        var shares = [Int](repeating: whole / count, count: count)
        shares[0] += whole - whole / count * count
        return shares
    }
}
