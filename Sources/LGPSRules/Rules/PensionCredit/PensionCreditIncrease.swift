/// A pension credit increased from its transfer day to `date` by every Pensions Increase (Review) Order taking
/// effect after the transfer day and on or before `date`: the same increases as a deferred pension or a pension
/// in payment, never negative, the first order paid pro rata by months when the credit is less than a year old
/// (the method `increaseForPensions` uses and flags as UNVERIFIED). Each increase is rounded to the nearest
/// penny; the credit at the transfer day and the increases are the addends.
/// - Legislation: Pensions (Increase) Act 1971 s. 1 (the provision applying it to pension credits was not read);
///   Welfare Reform and Pensions Act 1999 s. 29 (transfer day); Kent Pension Fund and Shropshire County Pension
///   Fund pension credit pages ("they increase with the cost of living whilst they are held").
public func increasedPensionCredit(_ credit: PensionCredit, to date: CalendarDate,
                                   pensionsIncrease: DatedSeries<Rate>) -> Calculation<Money> {
    var increased = increaseForPensions(pension: credit.annualAmount, startedOn: credit.transferDay, to: date,
                                        pensionsIncrease: pensionsIncrease)
    if !increased.steps.isEmpty {
        increased.steps[0].title = "Pension credit at the transfer day"
        increased.steps[0].inputs = [.init("Transfer day", .date(credit.transferDay))]
        increased.steps[0].regulation = "Welfare Reform and Pensions Act 1999 s. 29"
    }
    return increased
}
