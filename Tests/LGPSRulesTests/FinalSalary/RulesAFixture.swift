import LGPSRules

/// Extra terms the part A rules take as arguments (not in `SchemeParameters`), with figures from
/// `reference/lgps-rules.md` §3–§4 and the regulations named on each type.
enum RulesAFixture {
    static let finalSalary = FinalSalaryTerms(sixtiethsFrom: CalendarDate(2008, 4, 1), finalSalaryEnd: CalendarDate(2014, 3, 31),
                                              daysPerYear: 365, finalPayYearsCompared: 3, averagedYears: 3,
                                              averagingLookbackYears: 13)
    static let transitional = TransitionalAgeTerms(protectedNormalPensionAge2008: 60,
                                                   ruleOf85ProtectedTo: CalendarDate(2008, 3, 31),
                                                   ruleOf85ExtendedProtectedTo: CalendarDate(2016, 3, 31),
                                                   ruleOf85ExtendedAge: 60, ruleOf85TaperEnd: CalendarDate(2020, 3, 31),
                                                   ruleOf85MemberOn: CalendarDate(2006, 9, 30),
                                                   ruleOf85AutomaticFromAge: 60)
    static let p = TestParameters.parameters
    static func d(_ y: Int, _ m: Int, _ day: Int) -> CalendarDate { CalendarDate(y, m, day) }
    static func pounds(_ text: String) -> Money {
        Money(pence: (Fraction(text)! * Fraction(100)).floor)
    }
}
