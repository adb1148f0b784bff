import LGPSRules

/// The figures and dates of the Scheme's rules that the Part 3 notes quote in words ("from age 55", "3 times
/// your assumed pensionable pay", "1/160 of your final pay"). The notes explain rules; they do not calculate.
///
/// `NoteTerms(parameters:on:)` reads them from the dated, cited parameters for the statement date (what a bulk
/// run should pass); `guide` holds them as the LGA guide (July 2024) states them, for callers without
/// parameters to hand.
/// - Source: LGA annual benefit statements guide, Part 3 (c), (g), (i), (m), (n), (u)–(y) and Part 4 [seed 001].
public struct NoteTerms: Sendable, Hashable {
    /// Earliest age benefits can be taken (SI 2013/2356 reg. 30).
    public var earliestPaymentAge: Int
    /// A later change to the earliest age, if one is set (Finance Act 2022 s. 10: 57 from 6 April 2028).
    public var earliestPaymentAgeChange: AgeChange?
    /// Latest age benefits can be taken (SI 2013/2356 reg. 30).
    public var latestPaymentAge: Int
    /// The 2014 Scheme normal pension age is State Pension age but not less than this (SI 2013/2356 Sch. 1).
    public var minimumNormalPensionAge: Int
    /// The 2008 Scheme normal pension age, for final salary benefits and the underpin (SI 2014/525 Sch. 2).
    public var finalSalaryNormalPensionAge: Int
    /// Years of qualifying service needed for a pension (SI 2013/2356 reg. 3(7)).
    public var vestingYears: Int
    /// Death in service grant, as a multiple of assumed pensionable pay (SI 2013/2356 reg. 40).
    public var deathInServiceMultiple: Fraction
    /// Deferred member's death grant, as a multiple of the deferred pension (SI 2013/2356 reg. 43).
    public var deferredDeathGrantMultiple: Fraction
    /// Lump sum for each £1 of annual pension given up (SI 2013/2356 reg. 33(1)).
    public var commutationRate: Fraction
    /// Survivor's pension for each year of final salary membership, as a fraction of final pay.
    public var survivorOfFinalPay: Fraction
    /// Survivor's pension as a fraction of the CARE pension (1/160 of pay for each year).
    public var survivorOfCarePension: Fraction
    /// Cohabiting partners' pensions count membership from this date (6 April 1988).
    public var cohabitingPartnerMembershipFrom: CalendarDate
    /// Widowers of marriages after leaving count membership from this date (6 April 1988).
    public var postLeavingWidowerMembershipFrom: CalendarDate
    /// Widows and same-sex survivors of marriages after leaving count membership from this date (6 April 1978).
    public var postLeavingWidowMembershipFrom: CalendarDate
    /// First day of the career average (CARE) scheme (the day after final salary membership ended).
    public var careSchemeStart: CalendarDate
    /// First day of the McCloud remedy period (SI 2014/525 regs. 4A–4U).
    public var remedyPeriodStart: CalendarDate
    /// Last day of the McCloud remedy period.
    public var remedyPeriodEnd: CalendarDate
    /// Public service membership must have begun before this date for protection (1 April 2012).
    public var qualifyingMembershipBefore: CalendarDate
    /// A continuous break of more than this many years is a disqualifying gap.
    public var disqualifyingBreakYears: Int
    /// The Scheme year whose statements (at 31 March 2025) may leave out underpin protection (SI 2024/880).
    public var underpinDiscretionYear: SchemeYear
    /// A pension credit with a transfer day from this date (1 April 2014) has the 2014 Scheme normal pension age;
    /// an earlier one 65 (UNVERIFIED parameter `pension_credit/terms`).
    public var pensionCreditSchemeAgeFrom: CalendarDate
    /// Death grant of a pension credit member, as a multiple of the pension credit (UNVERIFIED, as above).
    public var pensionCreditDeathGrantMultiple: Fraction

    /// A change of an age limit from a date.
    public struct AgeChange: Sendable, Hashable {
        /// The new age.
        public var age: Int
        /// The date the new age applies from.
        public var from: CalendarDate

        public init(age: Int, from: CalendarDate) {
            self.age = age
            self.from = from
        }
    }

    public init(earliestPaymentAge: Int, earliestPaymentAgeChange: AgeChange?, latestPaymentAge: Int,
                minimumNormalPensionAge: Int, finalSalaryNormalPensionAge: Int, vestingYears: Int,
                deathInServiceMultiple: Fraction, deferredDeathGrantMultiple: Fraction, commutationRate: Fraction,
                survivorOfFinalPay: Fraction, survivorOfCarePension: Fraction,
                cohabitingPartnerMembershipFrom: CalendarDate, postLeavingWidowerMembershipFrom: CalendarDate,
                postLeavingWidowMembershipFrom: CalendarDate, careSchemeStart: CalendarDate,
                remedyPeriodStart: CalendarDate, remedyPeriodEnd: CalendarDate,
                qualifyingMembershipBefore: CalendarDate, disqualifyingBreakYears: Int,
                underpinDiscretionYear: SchemeYear, pensionCreditSchemeAgeFrom: CalendarDate,
                pensionCreditDeathGrantMultiple: Fraction) {
        self.earliestPaymentAge = earliestPaymentAge
        self.earliestPaymentAgeChange = earliestPaymentAgeChange
        self.latestPaymentAge = latestPaymentAge
        self.minimumNormalPensionAge = minimumNormalPensionAge
        self.finalSalaryNormalPensionAge = finalSalaryNormalPensionAge
        self.vestingYears = vestingYears
        self.deathInServiceMultiple = deathInServiceMultiple
        self.deferredDeathGrantMultiple = deferredDeathGrantMultiple
        self.commutationRate = commutationRate
        self.survivorOfFinalPay = survivorOfFinalPay
        self.survivorOfCarePension = survivorOfCarePension
        self.cohabitingPartnerMembershipFrom = cohabitingPartnerMembershipFrom
        self.postLeavingWidowerMembershipFrom = postLeavingWidowerMembershipFrom
        self.postLeavingWidowMembershipFrom = postLeavingWidowMembershipFrom
        self.careSchemeStart = careSchemeStart
        self.remedyPeriodStart = remedyPeriodStart
        self.remedyPeriodEnd = remedyPeriodEnd
        self.qualifyingMembershipBefore = qualifyingMembershipBefore
        self.disqualifyingBreakYears = disqualifyingBreakYears
        self.underpinDiscretionYear = underpinDiscretionYear
        self.pensionCreditSchemeAgeFrom = pensionCreditSchemeAgeFrom
        self.pensionCreditDeathGrantMultiple = pensionCreditDeathGrantMultiple
    }
}
