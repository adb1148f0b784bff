/// The membership an added years contract buys, split between the tranches: the share of the contract's period
/// (its start to its end, or to `date` while it has no end) that falls before 1 April 2008 counts at 80ths, the
/// rest at 60ths. A contract wholly before 1 April 2008 buys 80ths only; one that started later, 60ths only.
/// The whole purchase counts from the start (`daysPurchased`), as the engine has always counted it; the split
/// is exact (fractions of a day are kept).
///
/// UNVERIFIED method (flagged in the step note): the guide's data items "Added years purchased (80ths)" and
/// "(60ths)" show that contracts made before April 2008 and paid after it buy membership in both tranches, but
/// the transitional rule that splits them was not read; splitting by calendar days of the contract is this
/// code's reading, not a cited rule.
/// - Legislation: SI 1997/1612 reg. 55 (added years); SI 2007/1166 reg. 4 (60ths from 1 April 2008); SI 2014/525
///   Sch. 1. LGA guide Part 2 Table 1, both sets of supporting data [seed 001].
public func addedYearsMembership(_ contract: AddedYearsContract, to date: CalendarDate,
                                 terms: FinalSalaryTerms) -> Calculation<TrancheMembership> {
    var working = Working()
    let split = terms.sixtiethsFrom
    let end = contract.endsOn ?? max(date, contract.startedOn)
    let before = countedDays(contract.startedOn, min(end, split.adding(days: -1)), [])
    let after = countedDays(max(contract.startedOn, split), end, [])
    let bought = Fraction(Int64(contract.daysPurchased))
    let eightieths: Fraction
    if before + after == 0 {
        eightieths = contract.startedOn < split ? bought : .zero
    } else {
        eightieths = bought * Fraction(Int64(before), Int64(before + after))
    }
    let membership = TrancheMembership(eightiethsDays: eightieths, sixtiethsDays: bought - eightieths,
                                       daysPerYear: terms.daysPerYear)
    working.record(CalculationStep(
        title: "Added years bought by the contract from \(contract.startedOn.longUK)",
        inputs: [.init("Days purchased", .days(contract.daysPurchased)),
                 .init("Contract days before \(split.longUK)", .days(before)),
                 .init("Contract days from \(split.longUK)", .days(after))],
        result: .fraction(bought / Fraction(Int64(terms.daysPerYear))), regulation: "SI 1997/1612 reg. 55",
        note: "UNVERIFIED method: split between 80ths and 60ths in proportion to the contract's days before and from "
            + "\(split.longUK) (to \(end.longUK)); exact, no rounding."))
    return working.result(membership)
}
