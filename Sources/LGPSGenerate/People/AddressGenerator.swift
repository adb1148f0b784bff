import LGPSRules

/// Fictional postal addresses: a house number (or name) and street from the lists, sometimes a locality, a
/// fictional town, the fund's county and a well-formed postcode in a fictional `Q` postcode area.
enum AddressGenerator {
    /// Address lines and postcode for one household.
    static func address(county: String, rng: inout SplitMix64) -> (lines: [String], postcode: String) {
        var lines: [String] = []
        lines.reserveCapacity(4)
        let street = rng.pick(Places.streetNames) + " " + rng.pick(Places.streetKinds)
        if rng.chance(perMille: 120) {
            lines.append(rng.pick(Places.houseNames))
            lines.append(String(rng.int(1...180)) + " " + street)
        } else {
            lines.append(String(rng.int(1...240)) + " " + street)
        }
        if rng.chance(perMille: 300) { lines.append(rng.pick(Places.localities)) }
        let townIndex = rng.below(Places.towns.count)
        lines.append(Places.towns[townIndex])
        lines.append(county)
        return (lines, postcode(townIndex: townIndex, rng: &rng))
    }

    /// `QA12 3BD`: area `Q` + the town's letter, district 1–29, sector digit, two inward letters.
    static func postcode(townIndex: Int, rng: inout SplitMix64) -> String {
        var text = "Q"
        text.append(Places.postcodeAreaLetters[townIndex % Places.postcodeAreaLetters.count])
        text += String(rng.int(1...29))
        text.append(" ")
        text += String(rng.below(10))
        text.append(rng.pick(Places.inwardLetters))
        text.append(rng.pick(Places.inwardLetters))
        return text
    }
}
