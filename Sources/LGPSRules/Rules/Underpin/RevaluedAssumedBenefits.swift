/// Provisional assumed benefits carried from the underpin date to `date` as the member's own pension account
/// would have carried them: while the member is active, each Treasury revaluation order taking effect after the
/// underpin date and on or before `date` (negative orders apply); after leaving on `leftOn`, the revaluation
/// adjustment at the next revaluation date after the Scheme year of leaving, and from the Scheme year after that
/// each Pensions Increase (Review) Order instead (never negative, in full), as `rollPensionAccount` does. Each
/// adjustment is worked out exactly on the running amount and rounded to the nearest penny; the provisional
/// amount and the adjustments are the addends. The underpin date stands for the whole provisional amount, so an
/// order dated after it in the same Scheme year applies to all of it (the account would apply that order only to
/// the opening balance, not to pension earned in the year before the underpin date: a difference only for an
/// underpin date between 1 and 5 April from 2023).
///
/// The LGA guide quotes this, for a protected member over the 2008 Scheme NPA on 31 March, as "Revalued assumed
/// benefits to 31 March 20xx: including revaluation and pensions increase to 31 March 20xx"; it is also the
/// revaluation the final assumed benefits carry at the underpin crystallisation date.
/// - Legislation: SI 2014/525 regs. 4A–4U (SI 2023/972); draft reg. 4(13)(a), (15)(a), seed 003 Annex B ("any
///   revaluation adjustment or index rate adjustment that would have applied to the member's pension under the
///   2013 Regulations between the member's underpin date and their underpin crystallisation date");
///   SI 2013/2356 reg. 24(2), (4A), (4B) (SI 2023/279); seed 001 Part 2A.
public func revaluedAssumedBenefits(_ provisional: Money, underpinDate: CalendarDate, leftOn: CalendarDate?,
                                    to date: CalendarDate, parameters: SchemeParameters)
    throws(ParameterError) -> Calculation<Money> {
    var working = Working()
    working.record(.init(title: "Provisional assumed benefits at the underpin date",
                         inputs: [.init("Underpin date", .date(underpinDate))], result: .money(provisional),
                         isAddend: true, regulation: UnderpinLaw.cite("5")))
    let leavingYear = leftOn.map { SchemeYear(containing: $0) }
    let firstYear = SchemeYear(containing: underpinDate)
    var amount = provisional
    var year = firstYear
    while year.start <= date {
        let increasing = leavingYear.map { year.startYear > $0.startYear + 1 } ?? false
        let entry: DatedSeries<Rate>.Entry?
        if increasing {
            entry = parameters.pensionsIncrease.entries(from: year.start, through: year.end).first
        } else if year == firstYear {
            entry = parameters.careRevaluation.entries(from: underpinDate.adding(days: 1), through: year.end).first
        } else {
            entry = try revaluationEntry(in: year, revaluation: parameters.careRevaluation)
        }
        if let entry, entry.effective > underpinDate, entry.effective <= date {
            let rate = increasing ? max(entry.value.fraction, .zero) : entry.value.fraction
            let adjustment = Money.rounding(amount.exactly(times: rate), .nearestPennyHalfUp)
            let adjusting = leavingYear.map { year.startYear == $0.startYear + 1 } ?? false
            let title = increasing ? "Pensions increase" : adjusting ? "Revaluation adjustment" : "Revaluation"
            working.record(.init(
                title: "\(title) on \(entry.effective.longUK) (assumed benefits)",
                inputs: [.init("Assumed benefits", .money(amount))], result: .money(adjustment), isAddend: true,
                parameter: ParameterUse(increasing ? parameters.pensionsIncrease : parameters.careRevaluation, entry,
                                        shown: .rate(entry.value)),
                regulation: UnderpinLaw.cite("13)(a")
                    + (increasing ? "; SI 2013/2356 reg. 24(4B)" : "; SI 2013/2356 reg. 24"),
                note: (increasing ? "Never negative; in full." : "Treasury order applied as made (negative allowed).")
                    + " Rounded to the nearest penny."))
            amount += adjustment
        }
        year = year.next
    }
    return working.result(amount)
}
