/// Every dated, cited parameter the benefit rules use, loaded by `LGPSParameters` from YAML files. Rules take it
/// (or the one series they need) as an argument, so they stay pure and testable with any figures.
public struct SchemeParameters: Sendable {
    /// Treasury revaluation order for active CARE accounts, keyed by the date it is applied (1 April to 2022,
    /// 6 April from 2023; SI 2023/279). Negative in 2016 (−0.1%).
    public var careRevaluation: DatedSeries<Rate>
    /// Pensions increase (review) order for deferred pensions and pensions in payment, keyed by the date it takes
    /// effect; never negative.
    public var pensionsIncrease: DatedSeries<Rate>
    /// CPI to the September before each tax year, keyed by 6 April of that tax year (annual allowance uplift).
    public var annualAllowanceCPI: DatedSeries<Rate>
    public var contributionBands: DatedSeries<ContributionBands>
    public var accrual: DatedSeries<AccrualFractions>
    public var statePensionAge: StatePensionAgeTimetable
    public var pensionAges: DatedSeries<PensionAges>
    /// Early retirement tables keyed by the first retirement date they apply to.
    public var earlyRetirement: DatedSeries<EarlyRetirementTable>
    /// Late retirement tables keyed by the first date they apply to.
    public var lateRetirement: DatedSeries<LateRetirementTable>
    public var commutation: DatedSeries<CommutationTerms>
    public var lumpSumAllowance: DatedSeries<Money>
    /// Most additional pension an APC contract may buy, keyed by 1 April of the Scheme year.
    public var additionalPensionLimit: DatedSeries<Money>
    /// Most additional pension an ARC contract may buy.
    public var additionalRegularContributionLimit: DatedSeries<Money>
    public var annualAllowance: DatedSeries<AnnualAllowanceFigures>
    public var deathBenefits: DatedSeries<DeathBenefitTerms>
    public var survivors: DatedSeries<SurvivorFractions>
    public var illHealth: DatedSeries<IllHealthTerms>
    public var membership: DatedSeries<MembershipTerms>
    public var underpin: DatedSeries<UnderpinTerms>
    public var bankHolidays: BankHolidays
    /// Final-salary dates and conventions (60ths from April 2008, end March 2014, final pay years).
    public var finalSalary: DatedSeries<FinalSalaryTerms>
    /// Transitional protections for pension ages (protected NPA 60, rule of 85 dates).
    public var transitionalAges: DatedSeries<TransitionalAgeTerms>
    /// Pension credit members' normal pension age basis and death grant.
    public var pensionCredit: DatedSeries<PensionCreditTerms>

    public init(careRevaluation: DatedSeries<Rate>, pensionsIncrease: DatedSeries<Rate>,
                annualAllowanceCPI: DatedSeries<Rate>, contributionBands: DatedSeries<ContributionBands>,
                accrual: DatedSeries<AccrualFractions>, statePensionAge: StatePensionAgeTimetable,
                pensionAges: DatedSeries<PensionAges>, earlyRetirement: DatedSeries<EarlyRetirementTable>,
                lateRetirement: DatedSeries<LateRetirementTable>, commutation: DatedSeries<CommutationTerms>,
                lumpSumAllowance: DatedSeries<Money>, additionalPensionLimit: DatedSeries<Money>,
                additionalRegularContributionLimit: DatedSeries<Money>,
                annualAllowance: DatedSeries<AnnualAllowanceFigures>, deathBenefits: DatedSeries<DeathBenefitTerms>,
                survivors: DatedSeries<SurvivorFractions>, illHealth: DatedSeries<IllHealthTerms>,
                membership: DatedSeries<MembershipTerms>, underpin: DatedSeries<UnderpinTerms>,
                bankHolidays: BankHolidays, finalSalary: DatedSeries<FinalSalaryTerms>,
                transitionalAges: DatedSeries<TransitionalAgeTerms>, pensionCredit: DatedSeries<PensionCreditTerms>) {
        self.careRevaluation = careRevaluation
        self.pensionsIncrease = pensionsIncrease
        self.annualAllowanceCPI = annualAllowanceCPI
        self.contributionBands = contributionBands
        self.accrual = accrual
        self.statePensionAge = statePensionAge
        self.pensionAges = pensionAges
        self.earlyRetirement = earlyRetirement
        self.lateRetirement = lateRetirement
        self.commutation = commutation
        self.lumpSumAllowance = lumpSumAllowance
        self.additionalPensionLimit = additionalPensionLimit
        self.additionalRegularContributionLimit = additionalRegularContributionLimit
        self.annualAllowance = annualAllowance
        self.deathBenefits = deathBenefits
        self.survivors = survivors
        self.illHealth = illHealth
        self.membership = membership
        self.underpin = underpin
        self.bankHolidays = bankHolidays
        self.finalSalary = finalSalary
        self.transitionalAges = transitionalAges
        self.pensionCredit = pensionCredit
    }
}
