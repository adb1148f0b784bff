extension MemberCalculator {
    /// The final-salary lines (80ths with the automatic lump sum, 60ths) and the final pay used.
    struct FinalSalaryResult {
        var lines: [BenefitLine]
        var finalPay: Money?
        var membership: TrancheMembership?
    }

    /// Final-salary pension built up to `builtUpTo` on final pay then (the latest whole-time pay years recorded
    /// on or before it), increased by pensions increase from leaving to the calculation date for a member who has
    /// left. Added years count in the 80ths tranche (see `finalSalaryMembership`).
    /// - Legislation: SI 1997/1612 reg. 17; SI 2007/1166 regs. 4 and 8; SI 2014/525 Sch. 1; Pensions (Increase)
    ///   Act 1971.
    func finalSalaryLines(_ member: MemberRecord, builtUpTo: CalendarDate, calculationDate: CalendarDate,
                          working: inout Working, warnings: inout [String]) throws -> FinalSalaryResult {
        guard !member.service.isEmpty || !member.addedYears.isEmpty else {
            return FinalSalaryResult(lines: [], finalPay: nil, membership: nil)
        }
        let terms = try parameters.finalSalary.value(on: builtUpTo)
        let membership = working.include(finalSalaryMembership(service: member.service, breaks: member.breaks,
                                                               addedYears: member.addedYears, to: builtUpTo,
                                                               terms: terms))
        let years = member.finalPay.filter { $0.yearEnding <= max(builtUpTo, member.finalPay.first?.yearEnding ?? builtUpTo) }
        guard !years.isEmpty else {
            warnings.append("No final pay is recorded, so the final-salary pension could not be worked out")
            return FinalSalaryResult(lines: [], finalPay: nil, membership: membership)
        }
        let pay = working.include(finalPay(payByYearBeforeLeaving: years.reversed().map(\.wholeTimePay), terms: terms))
        let benefits = working.include(try finalSalaryBenefits(membership: membership, finalPay: pay, on: builtUpTo,
                                                               accrual: parameters.accrual))
        var eighty = benefits.eightiethsPension
        var lumpSum = benefits.automaticLumpSum
        var sixty = benefits.sixtiethsPension
        if builtUpTo < calculationDate {
            func increased(_ amount: Money) -> Money {
                amount == .zero ? .zero : working.includeAsWorking(increaseForPensions(
                    pension: amount, startedOn: builtUpTo, to: calculationDate, pensionsIncrease: parameters.pensionsIncrease))
            }
            eighty = increased(eighty)
            lumpSum = increased(lumpSum)
            sixty = increased(sixty)
        }
        var lines: [BenefitLine] = []
        if membership.eightiethsDays > .zero {
            lines.append(BenefitLine(label: "Pension for membership before April 2008 (80ths)", kind: .pre2008,
                                     pension: eighty, lumpSum: lumpSum))
        }
        if membership.sixtiethsDays > .zero {
            lines.append(BenefitLine(label: "Pension for membership April 2008 to March 2014 (60ths)", kind: .from2008,
                                     pension: sixty, lumpSum: .zero))
        }
        return FinalSalaryResult(lines: lines, finalPay: pay, membership: membership)
    }
}
