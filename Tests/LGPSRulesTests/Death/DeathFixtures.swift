import LGPSRules

/// Fixture parameters this helper's rules need beyond `TestParameters`, each with its source.
enum DeathFixtures {
    /// SI 2013/2356 Sch. 1 "eligible child": under 18, or under 23 in full-time education or vocational training
    /// (lgps-rules.md §7).
    static let eligibleChild = DatedSeries.constant(
        "death/eligible_child", EligibleChildTerms(ageWithoutConditions: 18, ageInEducationOrTraining: 23),
        from: CalendarDate(2014, 4, 1), reference: Reference(title: "SI 2013/2356 Sch. 1 (\"eligible child\")"))

    /// The death grant terms with the age limit removed (the 2026 "Access and fairness" change, lgps-rules.md §7).
    static let noAgeLimit = DatedSeries.constant(
        "death/grants", DeathBenefitTerms(inServiceMultipleOfPay: Fraction(3), deferredMultipleOfPension: Fraction(5),
                                          pensionerMultipleOfPension: Fraction(10), ageLimit: nil),
        from: CalendarDate(2014, 4, 1), reference: Reference(title: "lgps-rules.md §7"), verification: .unverified)

    static func pounds(_ p: Int64) -> Money { Money(pounds: p) }
    static func money(_ pounds: Int64, _ pence: Int64) -> Money { Money(pence: pounds * 100 + pence) }
}
