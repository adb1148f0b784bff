import LGPSRules

/// Email addresses at the reserved example domains and telephone numbers from Ofcom's ranges for drama
/// (mobile 07700 900000–900999, Newcastle-style 01632 960000–960999), so no generated contact can reach anyone.
enum ContactGenerator {
    static let domains = ["example.com", "example.org"]

    /// `jane.o.brien12@example.com`-style address built from the name (ASCII letters only).
    static func email(forename: String, surname: String, rng: inout SplitMix64) -> String {
        var local = asciiLetters(forename) + "." + asciiLetters(surname)
        if rng.chance(perMille: 450) { local += String(rng.int(1...99)) }
        return local + "@" + rng.pick(domains)
    }

    /// `07700 900123`.
    static func mobile(rng: inout SplitMix64) -> String {
        "07700 900" + Digits.padded(rng.below(1_000), width: 3)
    }

    /// `01632 960123`.
    static func landline(rng: inout SplitMix64) -> String {
        "01632 960" + Digits.padded(rng.below(1_000), width: 3)
    }

    /// Lower-case ASCII letters of `name`, with common accented letters folded (ś → s) and punctuation dropped.
    static func asciiLetters(_ name: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.utf8.count)
        for scalar in name.unicodeScalars {
            let value = scalar.value
            if value >= 65 && value <= 90 { bytes.append(UInt8(value + 32)) }
            else if value >= 97 && value <= 122 { bytes.append(UInt8(value)) }
            else if let folded = folds[scalar] { bytes.append(folded) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static let folds: [Unicode.Scalar: UInt8] = [
        "ś": UInt8(ascii: "s"), "ó": UInt8(ascii: "o"), "ń": UInt8(ascii: "n"), "ł": UInt8(ascii: "l"),
        "ą": UInt8(ascii: "a"), "ę": UInt8(ascii: "e"), "ż": UInt8(ascii: "z"), "ź": UInt8(ascii: "z"),
        "ć": UInt8(ascii: "c"), "é": UInt8(ascii: "e"), "ã": UInt8(ascii: "a"),
    ]
}
