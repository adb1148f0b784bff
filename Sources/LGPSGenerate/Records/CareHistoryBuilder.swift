import LGPSRules

/// A post's CARE account, one `CareYear` per Scheme year from 2014/15 (or joining) to the year of leaving (or
/// the as-at date): pay by section from the work segments, earned pension at 1/49 (main) and 1/98 (50/50) of pay
/// rounded to the penny, revaluation of the opening balance at the April rate, extras, and contributions, so that
/// every year balances and each opening balance is the previous closing balance.
/// - Legislation: SI 2013/2356 reg. 22–24 (pension account, accrual, revaluation); reg. 9–10 (contribution bands,
///   50/50 pays half); reg. 67 (employer contributions).
enum CareHistoryBuilder {
    static let mainAccrual = Fraction(1, 49)
    static let fiftyFiftyAccrual = Fraction(1, 98)
    static let half = Fraction(1, 2)

    /// The account's years. `spells` are the section spells (the main section throughout when there is one).
    static func years(segments: [WorkSegment], spells: [SectionHistoryBuilder.Spell], pay: PayHistory,
                      start: Int, end: Int, employerRates: [EmployerRate], extras: CareExtras) -> [CareYear] {
        let firstYear = max(2014, Day.schemeYear(containing: start))
        let lastYear = Day.schemeYear(containing: end)
        guard firstYear <= lastYear else { return [] }
        var result: [CareYear] = []
        result.reserveCapacity(lastYear - firstYear + 1)
        var opening = Money.zero
        for year in firstYear...lastYear {
            let yearStart = Day.aprilFirst(year)
            let yearEnd = Day.aprilFirst(year + 1) - 1
            let salary = pay.salary(year: year)
            let (mainPence, fiftyPence, bandPence) = YearPay.split(segments: segments, spells: spells, salary: salary,
                                                                   from: max(yearStart, start), to: min(yearEnd, end),
                                                                   yearLength: Int64(yearEnd - yearStart + 1))
            let mainPay = Money(pence: mainPence)
            let fiftyPay = Money(pence: fiftyPence)
            let app = extras.appYear == year ? Money(pence: (mainPence + fiftyPence) * extras.appPercent / 100) : .zero
            let earned = Money.rounding(mainPay.exactly(times: mainAccrual) + fiftyPay.exactly(times: fiftyFiftyAccrual),
                                        .nearestPennyHalfUp)
            var revaluation = Money.zero
            var revaluationRate: Rate?
            if opening != .zero, let rate = RevaluationHistory.rate(april: year) {
                revaluationRate = rate
                revaluation = Money.rounding(opening.exactly(times: rate.fraction), .nearestPennyHalfUp)
            }
            let transfer = Money(pence: extras.transferYear == year ? extras.transferPence : 0)
            let apc = Money(pence: extras.apcFrom.map { year >= $0 } ?? false ? extras.apcPence : 0)
            let scapc = Money(pence: extras.scapcYear == year ? extras.scapcPence : 0)
            let arc = Money(pence: extras.arcUntil.map { year <= $0 } ?? false ? extras.arcPence : 0)
            let closing = opening + revaluation + earned + transfer + apc + scapc
            let memberRate = ContributionBandHistory.mainRate(annualPayPence: bandPence, startYear: year).fraction
            let employee = Money.rounding(mainPay.exactly(times: memberRate) + fiftyPay.exactly(times: memberRate * half),
                                          .nearestPennyHalfUp)
            let employerRate = rate(in: employerRates, on: yearStart)
            let employer = Money.rounding((mainPay + fiftyPay).exactly(times: employerRate), .nearestPennyHalfUp)
            result.append(CareYear(schemeYear: SchemeYear(startYear: year), mainPay: mainPay, fiftyFiftyPay: fiftyPay,
                                   assumedPensionablePay: app, earnedPension: earned, openingBalance: opening,
                                   revaluation: revaluation, revaluationRate: revaluationRate, transfersIn: transfer,
                                   additionalPensionContributions: apc, sharedCostAdditionalPension: scapc,
                                   additionalRegularContributions: arc, closingBalance: closing,
                                   employeeContributions: employee, employerContributions: employer))
            opening = closing
        }
        return result
    }

    /// The employer rate in force on `day` (the earliest when the day predates the employer's first certificate,
    /// as for service transferred in with staff).
    static func rate(in rates: [EmployerRate], on day: Int) -> Fraction {
        guard var chosen = rates.first?.rate.fraction else { return .zero }
        for rate in rates where rate.from.dayNumber <= day { chosen = rate.rate.fraction }
        return chosen
    }
}
