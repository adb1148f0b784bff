/// Final-salary membership per tranche from service periods, unpaid breaks and added years.
///
/// Each period counts its calendar days (inclusive) up to `calculationDate` and never beyond the end of
/// final-salary membership (31 March 2014), less the days of unpaid breaks inside it; the days are scaled by
/// contractual ÷ whole-time hours and, for term-time staff, contractual ÷ whole-time weeks. Days before
/// 1 April 2008 fall in the 80ths tranche, later days in the 60ths tranche. Added years (days purchased) are
/// added to the tranches as `addedYearsMembership` splits them. Arithmetic is exact; a year is 365 days (see `TrancheMembership`).
/// - Legislation: SI 1997/1612 reg. 11 (part-time membership); SI 2007/1166 regs. 4–5; SI 1997/1612 reg. 55
///   (added years); SI 2014/525 Sch. 1.
public func finalSalaryMembership(service: [ServicePeriod], breaks: [ServiceBreak], addedYears: [AddedYearsContract],
                                  to calculationDate: CalendarDate, terms: FinalSalaryTerms)
    -> Calculation<TrancheMembership> {
    var working = Working()
    let end = min(calculationDate, terms.finalSalaryEnd)
    let split = terms.sixtiethsFrom
    var eightieths = Fraction.zero
    var sixtieths = Fraction.zero
    for period in service {
        var scale = period.contractualHours.fraction / period.wholeTimeHours.fraction
        if let weeks = period.contractualWeeks, let whole = period.wholeTimeWeeks {
            scale = scale * (weeks.fraction / whole.fraction)
        }
        let before = countedDays(period.from, min(period.to, end, split.adding(days: -1)), breaks)
        let after = countedDays(max(period.from, split), min(period.to, end), breaks)
        eightieths = eightieths + Fraction(Int64(before)) * scale
        sixtieths = sixtieths + Fraction(Int64(after)) * scale
        working.record(CalculationStep(
            title: "Membership \(period.from.longUK) to \(min(period.to, end).longUK)",
            inputs: [.init("Days before \(split.longUK), less breaks", .days(before)),
                     .init("Days from \(split.longUK), less breaks", .days(after)),
                     .init("Part-time proportion", .fraction(scale))],
            result: .fraction(Fraction(Int64(before + after)) * scale),
            regulation: "SI 2007/1166 reg. 5; SI 1997/1612 reg. 11",
            note: "Calendar days scaled by contractual/whole-time hours (and weeks for term-time); exact, no rounding."))
    }
    for contract in addedYears {
        let added = working.include(addedYearsMembership(contract, to: calculationDate, terms: terms))
        eightieths = eightieths + added.eightiethsDays
        sixtieths = sixtieths + added.sixtiethsDays
    }
    let result = TrancheMembership(eightiethsDays: eightieths, sixtiethsDays: sixtieths, daysPerYear: terms.daysPerYear)
    for (label, days) in [("80ths", eightieths), ("60ths", sixtieths)] {
        let yd = TrancheMembership.yearsAndDays(days, daysPerYear: terms.daysPerYear)
        working.record(CalculationStep(title: "Membership counted at \(label)",
                                       inputs: [.init("Years and days", .text("\(yd.years) years \(yd.days) days"))],
                                       result: .fraction(days / Fraction(Int64(terms.daysPerYear))),
                                       regulation: "SI 2007/1166 reg. 4",
                                       note: "Years = days / \(terms.daysPerYear) (years of 365 days, LGA convention)."))
    }
    return working.result(result)
}

/// Calendar days from `from` to `to` inclusive, less the days of `breaks` inside that span.
func countedDays(_ from: CalendarDate, _ to: CalendarDate, _ breaks: [ServiceBreak]) -> Int {
    guard from <= to else { return 0 }
    let gross = from.days(until: to) + 1
    let lost = breaks.reduce(0) { total, gap in
        let start = max(gap.from, from)
        let end = min(gap.to, to)
        return start <= end ? total + start.days(until: end) + 1 : total
    }
    return gross - lost
}
