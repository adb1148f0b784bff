import LGPSRules

extension StatementExtractor {
    /// "Benefits at 31 March – supporting data": the final-salary breakdown, the Scheme year's pension account
    /// movements and the totals, before any early or late adjustment or debit.
    /// - Source: LGA guide Part 2 Table 1 and Part 3 (d), (e), (s) [seed 001]; SI 2013/2734 Sch. 5 para 5.
    func supportingData(_ member: MemberRecord, year: SchemeYear, estimate: BenefitEstimate,
                        into row: inout ExtractRow) {
        let s = StatementSection.benefitsSupportingData
        finalSalaryBreakdown(estimate, section: s, into: &row)
        membership(member, on: year.end, section: s, into: &row)
        if let thisYear = member.careYears.first(where: { $0.schemeYear == year }) {
            let previous = member.careYears.first { $0.schemeYear == year.previous }
            row.set("CARE pension at 31 March previous year", s, money: previous?.closingBalance)
            row.set("Revaluation amount 1 April previous year", s, money: thisYear.revaluation)
            row.set("CARE pay in year main section", s, money: thisYear.mainPay)
            row.set("CARE pay in year 50/50 section", s, money: thisYear.fiftyFiftyPay)
            let split = sectionSplit(thisYear)
            row.set("CARE pension in year main section", s, money: split.main)
            row.set("CARE pension in year 50/50 section", s, money: split.fiftyFifty)
            let bought = thisYear.additionalPensionContributions + thisYear.sharedCostAdditionalPension
            row.set("APC bought / awarded in year", s, money: bought)
            row.set("CARE transfer in completed in year", s, money: thisYear.transfersIn)
            row.set("Total CARE build-up in year", s, money: thisYear.earnedPension + bought + thisYear.transfersIn)
        }
        row.set("Total CARE pension at 31 March 20xx", s, money: estimate.pension(of: .care))
    }

    /// The engine's final-salary lines: 80ths pension and lump sum, 60ths pension, ARC pension with its pensions
    /// increases (a 2008 Scheme benefit the guide lists among the final salary supporting data), and their total.
    func finalSalaryBreakdown(_ estimate: BenefitEstimate, section: StatementSection, into row: inout ExtractRow) {
        let eighty = estimate.pension(of: .pre2008), sixty = estimate.pension(of: .from2008)
        let arc = estimate.pension(of: .arc)
        guard eighty != .zero || sixty != .zero || arc != .zero else { return }
        row.set("80ths pension", section, money: eighty)
        row.set("60ths pension", section, money: sixty)
        row.set("ARC purchased (inc PI to 31/03/20xx)", section, money: ExtractFormat.nonZero(arc))
        row.set("Total final salary pension", section, money: eighty + sixty + arc)
        row.set("Automatic lump sum", section, money: estimate.lumpSum(of: .pre2008))
    }

    /// The latest `serviceHistoryLines` periods of final-salary service, newest last, in one value.
    /// - Source: LGA guide Part 2 Table 1 "Service history" and Part 3 (t) [seed 001].
    func serviceHistory(_ member: MemberRecord, into row: inout ExtractRow) {
        let lines = member.service.sorted { $0.from < $1.from }.suffix(max(0, settings.serviceHistoryLines)).map {
            "\($0.from) to \($0.to), \($0.contractualHours) of \($0.wholeTimeHours) hours"
        }
        row.set("Service history", .serviceHistory, lines.isEmpty ? nil : lines.joined(separator: "; "))
    }

    /// The year's earned pension split between the sections. The account holds it as one figure; when both sections
    /// had pay, the main-section part is its pay × the main accrual fraction (1/49) rounded to the penny, as the
    /// earned pension rule works it, and the 50/50 part is the rest, so the two always add up to the account's
    /// figure. A section with no pay in the year is left blank.
    /// - Legislation: SI 2013/2356 reg. 23(4) and 23(5).
    func sectionSplit(_ year: CareYear) -> (main: Money?, fiftyFifty: Money?) {
        if year.fiftyFiftyPay == .zero { return (year.earnedPension, nil) }
        if year.mainPay == .zero { return (nil, year.earnedPension) }
        guard let entry = try? calculator.parameters.accrual.entry(on: year.schemeYear.start) else { return (nil, nil) }
        let main = Money.rounding(year.mainPay.exactly(times: entry.value.careMain), .nearestPennyHalfUp)
        return (main, year.earnedPension - main)
    }
}
