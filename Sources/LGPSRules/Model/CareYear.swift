/// One Scheme year of a member's pension account in the 2014 Scheme (career average, CARE).
/// - Legislation: SI 2013/2356 reg. 22–24 (pension accounts; earned pension 1/49 main, 1/98 50/50;
///   revaluation); reg. 16 (APC and SCAPC); reg. 20 (pensionable pay including assumed pensionable pay, APP).
public struct CareYear: Hashable, Sendable, Codable {
    public var schemeYear: SchemeYear
    /// Pensionable pay in the main section in the year, including any APP.
    public var mainPay: Money
    /// Pensionable pay in the 50/50 section in the year, including any APP.
    public var fiftyFiftyPay: Money
    /// The part of the pay above that is assumed pensionable pay (sickness, child-related leave, reserve forces).
    public var assumedPensionablePay: Money
    /// Pension earned in the year from pay (before revaluation).
    public var earnedPension: Money
    /// Balance brought forward at the start of the year (after the previous year's revaluation).
    public var openingBalance: Money
    /// Revaluation added to the account for the year (negative when the Treasury order is negative).
    public var revaluation: Money
    /// Revaluation rate applied, if known.
    public var revaluationRate: Rate?
    /// Pension credited from transfers in.
    public var transfersIn: Money
    /// Additional pension bought by the member (APC).
    public var additionalPensionContributions: Money
    /// Additional pension bought in part or whole by the employer (SCAPC).
    public var sharedCostAdditionalPension: Money
    /// Additional pension credited in the year by additional regular contributions (ARC) contracts made before
    /// April 2014. It is held beside the pension account, not in it: the closing balance leaves it out and the
    /// engine pays it as a 2008 Scheme benefit (`arcPension`; SI 2007/1166 reg. 14, SI 2014/525 Sch. 1).
    public var additionalRegularContributions: Money
    /// Balance at the end of the year: opening + revaluation + earned + transfers + APC and SCAPC (not ARC).
    public var closingBalance: Money
    /// Member's contributions paid in the year.
    public var employeeContributions: Money
    /// Employer's contributions paid in the year.
    public var employerContributions: Money

    public init(schemeYear: SchemeYear, mainPay: Money, fiftyFiftyPay: Money, assumedPensionablePay: Money,
                earnedPension: Money, openingBalance: Money, revaluation: Money, revaluationRate: Rate?,
                transfersIn: Money, additionalPensionContributions: Money, sharedCostAdditionalPension: Money,
                additionalRegularContributions: Money, closingBalance: Money, employeeContributions: Money,
                employerContributions: Money) {
        self.schemeYear = schemeYear
        self.mainPay = mainPay
        self.fiftyFiftyPay = fiftyFiftyPay
        self.assumedPensionablePay = assumedPensionablePay
        self.earnedPension = earnedPension
        self.openingBalance = openingBalance
        self.revaluation = revaluation
        self.revaluationRate = revaluationRate
        self.transfersIn = transfersIn
        self.additionalPensionContributions = additionalPensionContributions
        self.sharedCostAdditionalPension = sharedCostAdditionalPension
        self.additionalRegularContributions = additionalRegularContributions
        self.closingBalance = closingBalance
        self.employeeContributions = employeeContributions
        self.employerContributions = employerContributions
    }

    /// Whether the closing balance equals the sum of its parts (a consistency check for imported data).
    public var isBalanced: Bool {
        openingBalance + revaluation + earnedPension + transfersIn + additionalPensionContributions
            + sharedCostAdditionalPension == closingBalance
    }
}
