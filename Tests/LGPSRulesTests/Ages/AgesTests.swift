import Testing
import LGPSRules

private typealias F = RulesAFixture

@Test("lgps-rules.md §4 month-end SPA examples (PA 2014 s. 26, para 7A): 31 July 1960 → 30 November 2026 and others")
func monthEndStatePensionAge() throws {
    let spa = F.p.statePensionAge
    #expect(try statePensionAge(dateOfBirth: F.d(1960, 7, 31), sex: .female, timetable: spa).value == F.d(2026, 11, 30))
    #expect(try statePensionAge(dateOfBirth: F.d(1960, 12, 31), sex: .male, timetable: spa).value == F.d(2027, 9, 30))
    #expect(try statePensionAge(dateOfBirth: F.d(1961, 1, 31), sex: .male, timetable: spa).value == F.d(2027, 11, 30))
    #expect(try statePensionAge(dateOfBirth: F.d(1970, 5, 20), sex: .male, timetable: spa).value == F.d(2037, 5, 20))
}

@Test("A date of birth the timetable does not cover is a ParameterError")
func uncoveredBirth() {
    #expect(throws: ParameterError.notCovered(parameter: "ages/state_pension_age", date: F.d(1951, 1, 1))) {
        try statePensionAge(dateOfBirth: F.d(1951, 1, 1), sex: .female, timetable: F.p.statePensionAge)
    }
}

@Test("SI 2013/2356 Sch. 1: 2014 NPA is the later of 65 and SPA; 2008 NPA is 65, or 60 when protected")
func normalPensionAges() throws {
    #expect(try normalPensionAge2014(dateOfBirth: F.d(1958, 1, 1), sex: .male, parameters: F.p).value == F.d(2024, 1, 1))
    #expect(try normalPensionAge2014(dateOfBirth: F.d(1950, 1, 1), sex: .male, parameters: F.p).value == F.d(2015, 1, 1))
    let npa = try normalPensionAge2008(dateOfBirth: F.d(1958, 1, 1), protected: false, on: F.d(2024, 1, 1),
                                       ages: F.p.pensionAges, transitional: F.transitional)
    #expect(npa.value == F.d(2023, 1, 1))
    #expect(try normalPensionAge2008(dateOfBirth: F.d(1958, 1, 1), protected: true, on: F.d(2024, 1, 1),
                                     ages: F.p.pensionAges, transitional: F.transitional).value == F.d(2018, 1, 1))
}

@Test("lgps-rules.md §4: rule of 85 counts whole years of age and of membership at full calendar length")
func ruleOf85Earliest() throws {
    // Born 1 January 1960, member from 1 January 1990: 28 years of 365 days are reached on 24 December 2017
    // (10,220 days), at age 57: 57 + 28 = 85.
    let r = try ruleOf85(dateOfBirth: F.d(1960, 1, 1), periods: [ActivePeriod(from: F.d(1990, 1, 1), to: nil)],
                         on: F.d(2017, 1, 1), daysPerYear: 365, ages: F.p.pensionAges)
    #expect(r.value.age == 57 && r.value.membershipYears == 27 && !r.value.isMet)
    #expect(r.value.earliestDate == F.d(2017, 12, 24))
}

@Test("SI 2014/525 Sch. 2: rule of 85 protects membership to 2016 if 60 by 31 March 2016, to 2008 if 60 after 2020")
func ruleOf85ProtectedMembership() {
    #expect(ruleOf85Protection(dateOfBirth: F.d(1955, 3, 1), terms: F.transitional).value == .membershipTo(F.d(2016, 3, 31)))
    #expect(ruleOf85Protection(dateOfBirth: F.d(1962, 1, 1), terms: F.transitional).value == .membershipTo(F.d(2008, 3, 31)))
    #expect(ruleOf85Protection(dateOfBirth: F.d(1958, 1, 1), terms: F.transitional).value == .taperedNotImplemented)
}
