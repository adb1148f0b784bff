import LGPSRules

extension StatementExtractor {
    /// What in the record stops a statement being produced, in plain English, or `nil`: for a pension credit
    /// member, a missing or unusable pension credit (`pensionCreditProblem`); otherwise final-salary membership
    /// with no final pay, no pay for an active member's Scheme year, service periods that end before they start
    /// or overlap, a CARE account that does not add up, a leaver in the year not yet processed (undecided
    /// leaver), an active member with no section on 31 March.
    /// - Source: LGA guide Part 2 Table 1 (pensionable pay, final salary pay, section on 31 March) [seed 001].
    func dataProblem(_ member: MemberRecord, kind: StatementKind, year: SchemeYear) -> String? {
        let record = member.record
        if kind == .pensionCredit { return pensionCreditProblem(member, year: year) }
        if record.pensionableStart > year.end { return nil }
        if !member.service.isEmpty && member.finalPay.isEmpty {
            return "Missing pay: final salary membership is recorded but no final pay, so the final salary pension cannot be worked out"
        }
        let sorted = member.service.sorted { $0.from < $1.from }
        if let bad = sorted.first(where: { $0.to < $0.from }) {
            return "Inconsistent service: a service period ends (\(bad.to.longUK)) before it starts (\(bad.from.longUK))"
        }
        for (earlier, later) in zip(sorted, sorted.dropFirst()) where later.from <= earlier.to {
            return "Inconsistent service: service periods overlap (\(earlier.from.longUK) to \(earlier.to.longUK) "
                + "and from \(later.from.longUK))"
        }
        if let year = member.careYears.first(where: { !$0.isBalanced }) {
            return "Inconsistent pension account: the \(year.schemeYear) closing balance is not the sum of its parts"
        }
        guard kind == .active else { return nil }
        if record.currentStatus == .undecidedLeaver, let left = record.leftOn, left <= year.end {
            return "Leaver not processed: left on \(left.longUK) and is still an undecided leaver; decide between "
                + "deferred benefits and a refund, then produce a deferred statement"
        }
        let careYear = careStart.map { year.start >= $0 } ?? true
        if careYear && !member.careYears.contains(where: { $0.schemeYear == year }) {
            return "Missing pay: no pensionable pay is recorded for the Scheme year \(year)"
        }
        if section(of: record, on: year.end) == nil {
            return "Unknown section: no section of the Scheme is recorded on \(year.end.longUK)"
        }
        return nil
    }

    /// The first day of the 2014 Scheme's pension accounts (the career average scheme).
    /// - Source: `FinalSalaryTerms.finalSalaryEnd` (31 March 2014) in the parameters, plus one day.
    var careStart: CalendarDate? {
        calculator.parameters.finalSalary.entries.last.map { $0.value.finalSalaryEnd.adding(days: 1) }
    }

    /// The section held on `date`.
    func section(of record: PensionRecord, on date: CalendarDate) -> Section? {
        record.sectionHistory.last { $0.from <= date && ($0.to.map { $0 >= date } ?? true) }?.section
    }
}
