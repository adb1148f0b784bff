extension MemberCalculator {
    /// The CARE pension account balance on the calculation date. An active member whose recorded Scheme years
    /// stop before the calculation date is assumed to carry on at the last full year's pay (pro rata by days in
    /// a part year): that is the statement and dashboards basis of no future pay increases.
    /// - Legislation: SI 2013/2356 regs. 22–24; Pensions Dashboards Regulations 2022 Sch. 3 para 2.
    func careLine(_ member: MemberRecord, builtUpTo: CalendarDate, leftOn: CalendarDate?, calculationDate: CalendarDate,
                  working: inout Working, warnings: inout [String]) throws -> BenefitLine? {
        guard !member.careYears.isEmpty || builtUpTo >= DescribedMember.careStart else { return nil }
        let years = continuedYears(member, to: builtUpTo, working: &working)
        guard !years.isEmpty else { return nil }
        let balance = working.include(try pensionAccountBalance(years: years, leftOn: leftOn, to: calculationDate,
                                                                parameters: parameters))
        return BenefitLine(label: "Pension built up from April 2014 (career average)", kind: .care, pension: balance,
                           lumpSum: .zero)
    }

    /// The recorded Scheme years, plus years at the last full year's pay up to `date` for an active member.
    func continuedYears(_ member: MemberRecord, to date: CalendarDate, working: inout Working) -> [CareYear] {
        var years = member.careYears.filter { $0.schemeYear.start <= date }
        guard member.record.leftOn == nil, member.record.currentStatus?.isActiveMembership == true,
              let last = years.last, last.schemeYear.end < date else { return years }
        // A last year that began after the member joined mid-year is grossed up to a whole year.
        let activeDays = Int64(max(last.schemeYear.start, member.record.pensionableStart).days(until: last.schemeYear.end) + 1)
        let grossUp = Fraction(Int64(last.schemeYear.length), max(activeDays, 1))
        var year = last.schemeYear.next
        while year.start <= date {
            let days = Int64(year.start.days(until: min(year.end, date)) + 1)
            let share = Fraction(days, Int64(year.length)) * grossUp
            let main = Money.rounding(last.mainPay.exactly(times: share), .nearestPennyHalfUp)
            let fifty = Money.rounding(last.fiftyFiftyPay.exactly(times: share), .nearestPennyHalfUp)
            working.record(CalculationStep(
                title: "Pay assumed for \(year) (no pay increases)",
                inputs: [.init("Pay in \(last.schemeYear)", .money(last.mainPay + last.fiftyFiftyPay)),
                         .init("Days counted", .days(Int(days)))],
                result: .money(main + fifty), regulation: "Pensions Dashboards Regulations 2022 Sch. 3 para 2",
                note: "Pay stays at the last recorded year's level, pro rata by days; rounded to the nearest penny."))
            years.append(CareYear(schemeYear: year, mainPay: main, fiftyFiftyPay: fifty, assumedPensionablePay: .zero,
                                  earnedPension: .zero, openingBalance: .zero, revaluation: .zero, revaluationRate: nil,
                                  transfersIn: .zero, additionalPensionContributions: .zero,
                                  sharedCostAdditionalPension: .zero, additionalRegularContributions: .zero,
                                  closingBalance: .zero, employeeContributions: .zero, employerContributions: .zero))
            year = year.next
        }
        return years
    }
}
