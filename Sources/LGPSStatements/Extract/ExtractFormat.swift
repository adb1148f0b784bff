import LGPSRules

/// How the extract writes values that are not money or dates.
enum ExtractFormat {
    /// Months in a year, for ages written in years and months.
    static let monthsPerYear = 12

    /// An age reached on `date` by someone born on `birth`: `67`, `66 years 6 months` or `66 years 1 month`.
    static func age(born birth: CalendarDate, on date: CalendarDate) -> String {
        var months = (date.year - birth.year) * monthsPerYear + date.month - birth.month
        if date.day < birth.day { months -= 1 }
        let years = months / monthsPerYear, rest = months % monthsPerYear
        return rest == 0 ? String(years) : counted(years, "year") + " " + counted(rest, "month")
    }

    /// Membership days as years and days, the LGA convention: `12 years 45 days` (`1 year 1 day`).
    /// - Source: `TrancheMembership.yearsAndDays` (a year of membership is 365 days).
    static func membership(_ days: Fraction, daysPerYear: Int) -> String {
        let split = TrancheMembership.yearsAndDays(days, daysPerYear: daysPerYear)
        return counted(split.years, "year") + " " + counted(split.days, "day")
    }

    /// `1 year`, `2 years`: the unit singular for one, as GOV.UK writes counts.
    static func counted(_ count: Int, _ unit: String) -> String {
        count == 1 ? "1 \(unit)" : "\(count) \(unit)s"
    }

    /// `Yes` or `No`.
    static func yesNo(_ flag: Bool) -> String { flag ? "Yes" : "No" }

    /// A money amount that is only worth showing when it is not zero.
    static func nonZero(_ amount: Money) -> Money? { amount == .zero ? nil : amount }
}
