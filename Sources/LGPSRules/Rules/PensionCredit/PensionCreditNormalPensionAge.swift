/// The date a pension credit is payable in full from, and which Scheme's normal pension age that is.
public struct PensionCreditPayableAge: Sendable, Hashable {
    /// The pension credit member's normal pension date.
    public var date: CalendarDate
    /// True for the 2014 Scheme normal pension age (State Pension age, at least 65); false for the 2008
    /// Scheme's (65), which a pension credit with an earlier transfer day keeps.
    public var isScheme2014: Bool

    public init(date: CalendarDate, isScheme2014: Bool) {
        self.date = date
        self.isScheme2014 = isScheme2014
    }
}

/// Normal pension age of a pension credit: the member's 2014 Scheme normal pension age (the later of 65 and State
/// Pension age, from `ages`) when the transfer day is on or after `schemeNormalPensionAgeFrom` (1 April 2014),
/// otherwise the 2008 Scheme normal pension age (65). Fund pages add a second condition for the 2014 age, that the
/// former spouse was an active member after 31 March 2014; the record does not hold it, so it is assumed met and
/// the step's note says so. The terms are those in force on `date` (the calculation date).
/// - Legislation: SI 2013/2356 Sch. 1 ("normal pension age"); SI 2014/525 Sch. 2; the pension credit rule from
///   Kent Pension Fund and lgpsmember.org pages (UNVERIFIED parameter `pension_credit/terms`).
public func pensionCreditNormalPensionAge(transferDay: CalendarDate, ages: KeyAges, on date: CalendarDate,
                                          terms: DatedSeries<PensionCreditTerms>) throws(ParameterError)
    -> Calculation<PensionCreditPayableAge> {
    let entry = try terms.entry(on: date)
    let from = entry.value.schemeNormalPensionAgeFrom
    let isScheme2014 = transferDay >= from
    let age = PensionCreditPayableAge(date: isScheme2014 ? ages.normalPensionAge : ages.normalPensionAge2008,
                                      isScheme2014: isScheme2014)
    var working = Working()
    working.record(CalculationStep(
        title: "Normal pension age of the pension credit (" + (isScheme2014 ? "2014" : "2008") + " Scheme)",
        inputs: [.init("Transfer day", .date(transferDay)), .init("2014 Scheme age for transfer days from", .date(from))],
        result: .date(age.date), parameter: ParameterUse(terms, entry, shown: .date(from)),
        regulation: isScheme2014 ? "SI 2013/2356 Sch. 1" : "SI 2014/525 Sch. 2",
        note: isScheme2014 ? "Assumes the former spouse or civil partner was an active member after 31 March 2014."
            : nil))
    return working.result(age)
}
