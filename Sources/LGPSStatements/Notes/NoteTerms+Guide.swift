import LGPSRules

extension NoteTerms {
    /// The terms as the LGA guide (v3.0, July 2024) states them in Part 3 and Part 2A, for callers that have no
    /// parameters to hand. A bulk run passes `NoteTerms(parameters:on:)` instead. The guide says nothing of pension
    /// credits' normal pension age or death grant: those two are the values of `pension_credit/terms`, with its
    /// sources (Kent and Derbyshire Pension Fund pages; UNVERIFIED).
    /// - Source: LGA annual benefit statements guide Part 3 (c) "between 55 (increasing to 57 from 6 April 2028)
    ///   and 75", (g) "3 x APP", (i) "1/160th", the 6 April 1978 and 1988 dates, (n) "two years' Scheme
    ///   membership", (x) "before 1 April 2012", (y) "2025 statements only"; Part 2A "49 ÷ 160" [seed 001];
    ///   SI 2013/2356 regs. 30, 33(1), 40, 43; SI 2014/525 regs. 4A–4U; SI 2024/880.
    public static let guide = NoteTerms(
        earliestPaymentAge: 55,
        earliestPaymentAgeChange: AgeChange(age: 57, from: CalendarDate(2028, 4, 6)),
        latestPaymentAge: 75,
        minimumNormalPensionAge: 65,
        finalSalaryNormalPensionAge: 65,
        vestingYears: 2,
        deathInServiceMultiple: Fraction(3),
        deferredDeathGrantMultiple: Fraction(5),
        commutationRate: Fraction(12),
        survivorOfFinalPay: Fraction(1, 160),
        survivorOfCarePension: Fraction(49, 160),
        cohabitingPartnerMembershipFrom: CalendarDate(1988, 4, 6),
        postLeavingWidowerMembershipFrom: CalendarDate(1988, 4, 6),
        postLeavingWidowMembershipFrom: CalendarDate(1978, 4, 6),
        careSchemeStart: CalendarDate(2014, 4, 1),
        remedyPeriodStart: CalendarDate(2014, 4, 1),
        remedyPeriodEnd: CalendarDate(2022, 3, 31),
        qualifyingMembershipBefore: CalendarDate(2012, 4, 1),
        disqualifyingBreakYears: 5,
        underpinDiscretionYear: SchemeYear(startYear: 2024),
        pensionCreditSchemeAgeFrom: CalendarDate(2014, 4, 1),
        pensionCreditDeathGrantMultiple: Fraction(3))
}
