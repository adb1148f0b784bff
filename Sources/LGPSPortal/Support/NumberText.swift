/// Whole numbers written for people, as GOV.UK style asks: digits grouped in threes with commas ("1,024").
enum NumberText {
    /// Digits in one comma-separated group.
    private static let groupSize = 3

    /// `value` with thousands separators, for example `1,024` or `-12,000`.
    static func grouped(_ value: Int) -> String {
        let digits = Array(String(value.magnitude))
        var groups: [String] = []
        var end = digits.count
        while end > 0 {
            let start = max(0, end - groupSize)
            groups.insert(String(digits[start..<end]), at: 0)
            end = start
        }
        return (value < 0 ? "-" : "") + groups.joined(separator: ",")
    }
}
