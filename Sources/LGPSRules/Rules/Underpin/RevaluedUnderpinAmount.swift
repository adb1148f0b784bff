/// Provisional underpin amount carried from the underpin date to `date` by the pensions increase the 2008 Scheme
/// would have given it: each Pensions Increase (Review) Order taking effect after the underpin date and on or
/// before `date`, never negative, as for a 2008 Scheme pension that began on the underpin date. There is no
/// Treasury revaluation on this side: 2008 Scheme benefits are not revalued, only increased. The increases are
/// those of `increaseForPensions`, so an order taking effect less than a year after the underpin date is paid pro
/// rata by months (that rule's first-part-year method, UNVERIFIED and flagged in its step note); each increase is
/// rounded to the nearest penny; the provisional amount and the increases are the addends.
///
/// The LGA guide quotes this, for a protected member over the 2008 Scheme NPA on 31 March, as "Revalued underpin
/// amount to 31 March 20xx: including pensions increase to 31 March 20xx"; it is also the increase the final
/// underpin amount carries at the underpin crystallisation date.
/// - Legislation: SI 2014/525 regs. 4A–4U (SI 2023/972); draft reg. 4(14)(a), (16)(a), seed 003 Annex B ("updated
///   to the underpin crystallisation date to include increases which would have applied under the Benefits
///   Regulations by virtue of the Pension (Increase) Act 1971 between a member's underpin date and their underpin
///   crystallisation date"); Pensions (Increase) Act 1971 s. 1; seed 001 Part 2A.
public func revaluedUnderpinAmount(_ provisional: Money, underpinDate: CalendarDate, to date: CalendarDate,
                                   pensionsIncrease: DatedSeries<Rate>) -> Calculation<Money> {
    var working = Working()
    working.record(.init(title: "Provisional underpin amount at the underpin date",
                         inputs: [.init("Underpin date", .date(underpinDate))], result: .money(provisional),
                         regulation: UnderpinLaw.cite("14)(a"),
                         note: "Pensions increase only, as on a 2008 Scheme pension beginning on the underpin date."))
    let increased = working.include(increaseForPensions(pension: provisional, startedOn: underpinDate, to: date,
                                                        pensionsIncrease: pensionsIncrease))
    return working.result(increased)
}
