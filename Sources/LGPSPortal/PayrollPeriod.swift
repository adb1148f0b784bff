/// The period a P60 or payslip is for, as the payroll manifest writes it: a tax year `2024-25` (6 April 2024 to
/// 5 April 2025: the second year is the first plus one, two digits) or a month `2025-10`.
public enum PayrollPeriod {
    /// Tax years and months before this are not pensions this system pays.
    static let earliestYear = 1990
    /// Months in a year.
    static let months = 1...12

    /// Whether `text` is a period of the right shape for a P60 (`p60`) or a payslip (otherwise).
    public static func isValid(_ text: String, p60: Bool) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              let year = Int(parts[0]), let second = Int(parts[1]), year >= earliestYear else { return false }
        return p60 ? second == (year + 1) % 100 : months.contains(second)
    }

    /// How the period reads on a page: "6 April 2024 to 5 April 2025" or "October 2025".
    public static func label(_ text: String, p60: Bool) -> String {
        let parts = text.split(separator: "-")
        guard parts.count == 2, let year = Int(parts[0]), let second = Int(parts[1]) else { return text }
        if p60 { return "6 April \(year) to 5 April \(year + 1)" }
        let names = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                     "October", "November", "December"]
        return months.contains(second) ? "\(names[second - 1]) \(year)" : text
    }
}
