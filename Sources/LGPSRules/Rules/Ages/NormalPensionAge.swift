/// Normal pension age in the 2014 Scheme: the later of the 65th birthday (`minimumNormalPensionAge2014`) and
/// State Pension age.
/// - Legislation: SI 2013/2356 Sch. 1 ("normal pension age"); Pensions Act 1995 Sch. 4.
public func normalPensionAge2014(dateOfBirth: CalendarDate, sex: Sex,
                                 parameters: SchemeParameters) throws(ParameterError) -> Calculation<CalendarDate> {
    var working = Working()
    let spa = working.include(try statePensionAge(dateOfBirth: dateOfBirth, sex: sex, timetable: parameters.statePensionAge))
    // A State Pension age before the 2014 Scheme's terms began is read against the first terms (the 2014
    // Scheme's own), since the question only arises for its members.
    let entry = try parameters.pensionAges.entry(on: max(spa, parameters.pensionAges.entries.first?.effective ?? spa))
    let minimum = dateOfBirth.adding(years: entry.value.minimumNormalPensionAge2014)
    working.record(CalculationStep(title: "Minimum normal pension age birthday", result: .date(minimum),
                                   parameter: ParameterUse(parameters.pensionAges, entry,
                                                           shown: .years(entry.value.minimumNormalPensionAge2014)),
                                   regulation: "SI 2013/2356 Sch. 1"))
    let npa = max(spa, minimum)
    working.record(CalculationStep(title: "Normal pension age (2014 Scheme): the later of the two",
                                   inputs: [.init("State Pension age", .date(spa)), .init("Minimum", .date(minimum))],
                                   result: .date(npa), regulation: "SI 2013/2356 Sch. 1"))
    return working.result(npa)
}

/// Normal pension age for benefits built up before 1 April 2014: 65 (`normalPensionAge2008`), or the protected
/// age (60) for a member with protection under TP reg. 24(4) when `protected` is true.
/// - Legislation: SI 2014/525 Sch. 2 and reg. 24(4); SI 2007/1166 reg. 3 (2008 Scheme NPA 65).
public func normalPensionAge2008(dateOfBirth: CalendarDate, protected: Bool, on date: CalendarDate,
                                 ages: DatedSeries<PensionAges>, transitional: TransitionalAgeTerms) throws(ParameterError)
    -> Calculation<CalendarDate> {
    let entry = try ages.entry(on: date)
    let age = protected ? transitional.protectedNormalPensionAge2008 : entry.value.normalPensionAge2008
    let npa = dateOfBirth.adding(years: age)
    var working = Working()
    working.record(CalculationStep(title: "Normal pension age for pre-2014 benefits" + (protected ? " (protected)" : ""),
                                   inputs: [.init("Date of birth", .date(dateOfBirth)), .init("Age", .years(age))],
                                   result: .date(npa),
                                   parameter: protected ? nil : ParameterUse(ages, entry, shown: .years(age)),
                                   regulation: protected ? "SI 2014/525 reg. 24(4)" : "SI 2014/525 Sch. 2",
                                   note: protected ? "Protected age from TransitionalAgeTerms." : nil))
    return working.result(npa)
}
