/// The date a person reaches State Pension age, from the legislated timetable.
///
/// The first row whose band of dates of birth (and sex, where the row has one) covers `dateOfBirth` decides.
/// An `.age(years:months:)` rule gives the day `years` and `months` after birth; when that day does not exist in
/// the target month, the last day of that month (born 31 July 1960, 66 years 4 months: 30 November 2026). The
/// same clamping gives 28 February for a 29 February birthday in a common year. A `.date` rule gives its fixed
/// date. A date of birth no row covers is a typed `ParameterError.notCovered`.
/// - Legislation: Pensions Act 1995 Sch. 4; Pensions Act 2007 Sch. 3; Pensions Act 2011 s. 1; Pensions Act 2014
///   s. 26 (Sch. 4 para 7A: a day that does not exist means the last day of the month).
public func statePensionAge(dateOfBirth: CalendarDate, sex: Sex,
                            timetable: StatePensionAgeTimetable) throws(ParameterError) -> Calculation<CalendarDate> {
    let name = "ages/state_pension_age"
    guard let row = timetable.rows.first(where: { row in
        (row.bornFrom.map { $0 <= dateOfBirth } ?? true) && (row.bornTo.map { dateOfBirth <= $0 } ?? true)
            && (row.sex.map { $0 == sex } ?? true)
    }) else { throw .notCovered(parameter: name, date: dateOfBirth) }
    let date: CalendarDate
    let shown: Quantity
    switch row.rule {
    case .age(let years, let months):
        date = dateOfBirth.adding(months: years * 12 + months)
        shown = .text("\(years) years \(months) months")
    case .date(let fixed):
        date = fixed
        shown = .date(fixed)
    }
    var working = Working()
    working.record(CalculationStep(
        title: "State Pension age", inputs: [.init("Date of birth", .date(dateOfBirth)), .init("Sex", .text(sex.label))],
        result: .date(date),
        parameter: ParameterUse(name: name, effective: row.bornFrom ?? dateOfBirth, value: shown, reference: row.reference,
                                verification: row.verification),
        regulation: "Pensions Act 1995 Sch. 4; Pensions Act 2014 s. 26",
        note: "A day missing from the target month becomes that month's last day (PA 1995 Sch. 4 para 7A)."))
    return working.result(date)
}
