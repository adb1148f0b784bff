import LGPSRules

/// Identifiers for generated people and records, each a bijection of the person's position in the run so they
/// are unique without any lookup: NI numbers in HMRC's `QQ` example range, member numbers and payroll references.
enum Identifiers {
    /// How many distinct `QQ` numbers exist (six digits times four suffix letters): the most people a run can hold.
    static let niCapacity = 4_000_000
    /// A multiplier coprime with 4,000,000 (= 2^8 × 5^6), so `index × m mod 4,000,000` is a bijection.
    static let niMultiplier = 1_234_567
    static let niSuffixes: [String] = ["A", "B", "C", "D"]

    /// Payroll references: eight digits, a bijection of (person, post) modulo 10^8.
    static let payrollModulus = 100_000_000
    static let payrollMultiplier = 7_654_321

    /// `QQ` + six digits + A–D, unique for `index` in `0..<niCapacity`, scrambled by the seed.
    static func nationalInsuranceNumber(index: Int, seed: UInt64) -> NationalInsuranceNumber {
        let offset = Int(seed % UInt64(niCapacity))
        let scrambled = (index % niCapacity * niMultiplier % niCapacity + offset) % niCapacity
        let text = "QQ" + Digits.padded(scrambled / 4, width: 6) + niSuffixes[scrambled % 4]
        guard let number = NationalInsuranceNumber(text) else { preconditionFailure("Generated NI number \(text) is invalid") }
        return number
    }

    /// Seven digits for the person and one for the post: `00012342` is person 1,234's second post.
    static func memberNumber(personIndex: Int, post: Int) -> String {
        Digits.padded(personIndex + 1, width: 7) + String(post + 1)
    }

    /// `PR` + eight scrambled digits; unique for up to 25 million people with up to four posts each.
    static func payrollReference(personIndex: Int, post: Int, seed: UInt64) -> String {
        let key = (personIndex * 4 + post) % payrollModulus
        let offset = Int(seed % UInt64(payrollModulus))
        let scrambled = (key * payrollMultiplier % payrollModulus + offset) % payrollModulus
        return "PR" + Digits.padded(scrambled, width: 8)
    }
}
