import LGPSRules

/// The pensions dashboards value data recorded with a statement: the accrued value ("AP") and, for an active
/// member, the projected value ("ERI"), both defined benefit ("DB") figures with one illustration date (the
/// statement date, 31 March), payable from the normal pension date. Taken from the statement's own figures, so
/// the dashboard and the statement agree; value data from a statement may be used for 13 months after it is
/// issued.
/// - Legislation: Pensions Dashboards Regulations 2022 (SI 2022/1220) reg. 26(3) and Sch. 3 Part 1 para
///   2(1)(a)(i)–(ii); LGA annual benefit statements guide Part 1 and Part 2 (projection basis) [seed 001];
///   interfaces.md D2 (view data shape).
public struct DashboardValues: Sendable, Hashable, Codable {
    /// `DB`: a defined benefit arrangement.
    public var pensionType: String
    /// `DB` for the pension; lump sums are `DBL` in the JSON.
    public var benefitType: String
    /// `BS`: benefit specific calculation (the Scheme's own rules).
    public var calculationMethod: String
    /// The illustration date shared by every value: the statement date, 31 March.
    public var illustrationDate: CalendarDate
    /// The date the figures were calculated at (the extract runs the engine at 31 March).
    public var calculationDate: CalendarDate
    /// The date the statement was issued (reg. 26(3): values from a statement provided in the last 13 months).
    public var statementIssuedOn: CalendarDate
    /// The normal pension date (the retirement date the values are payable from).
    public var retirementDate: CalendarDate?
    /// Built up to the illustration date, payable from the retirement date.
    public var accrued: DashboardAmounts?
    /// If service continued to the retirement date on the same pay (active members only).
    public var projected: DashboardAmounts?

    /// Pension and benefit type: defined benefit.
    public static let definedBenefit = "DB"
    /// Benefit type of a defined benefit lump sum.
    public static let definedBenefitLumpSum = "DBL"
    /// Calculation method: benefit specific (the Scheme's own rules).
    public static let benefitSpecific = "BS"
    /// Illustration type of the accrued value.
    public static let accruedIllustration = "AP"
    /// Illustration type of the estimated retirement income (the projection).
    public static let projectedIllustration = "ERI"
    /// Amount type of a recurring income.
    public static let recurringIncome = "INC"
    /// Amount type of a lump sum.
    public static let lumpSumCash = "CSH"

    /// The values from a statement row: the pension and lump sum at 31 March after debits (deferred and pension
    /// credit statements: their benefits at 31 March) and, for an active member, the projection to normal
    /// pension age after debits. A member over normal pension age on 31 March has no projection, so their
    /// figures at 31 March are repeated, as the guide allows.
    /// - Source: LGA guide Part 2 Table 1 "Projection to NPA" ("For a member over NPA on 31 March 20xx – repeat
    ///   member figures provided in 'Benefits at 31 March' section") [seed 001].
    public init(row: ExtractRow, year: SchemeYear, issuedOn: CalendarDate) {
        pensionType = Self.definedBenefit
        benefitType = Self.definedBenefit
        calculationMethod = Self.benefitSpecific
        illustrationDate = year.end
        calculationDate = year.end
        statementIssuedOn = issuedOn
        let retirement = row.date("Normal pension date", .personalDetails)
        retirementDate = retirement
        guard let retirement else { return }
        let payable = max(retirement, year.end)
        let section: StatementSection = row.kind == .active ? .benefitsAt31March : .deferredBenefits
        accrued = row.money("Annual pension at 31 March 20xx", section).map {
            DashboardAmounts(annualPension: $0, lumpSum: row.money("Automatic tax free lump sum at 31 March 20xx", section),
                             payableDate: payable)
        }
        guard row.kind == .active else { return }
        let p = StatementSection.projectionToNPA
        projected = row.money("Annual pension at NPA (after divorce/AA debit)", p).map {
            DashboardAmounts(annualPension: $0, lumpSum: row.money("Automatic tax free lump sum at NPA (after divorce debit)", p),
                             payableDate: payable)
        } ?? (retirement <= year.end ? accrued : nil)
    }
}
