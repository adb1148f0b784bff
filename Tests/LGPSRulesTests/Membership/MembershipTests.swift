import Testing
import LGPSRules

private let terms = TestParameters.parameters.membership
private func d(_ y: Int, _ m: Int, _ day: Int) -> CalendarDate { CalendarDate(y, m, day) }

@Test("SI 2013/2356 reg. 3(7): two years' membership 1 April 2022 to 31 March 2024 vests; a day less does not")
func vestingAtTwoYears() throws {
    let vested = try qualifyingService(periods: [ActivePeriod(from: d(2022, 4, 1), to: d(2024, 3, 31))], creditedDays: 0,
                                       on: d(2024, 3, 31), terms: terms)
    #expect(vested.value.days == 731 && vested.value.daysNeeded == 731 && vested.value.isVested)
    let short = try qualifyingService(periods: [ActivePeriod(from: d(2022, 4, 1), to: d(2024, 3, 30))], creditedDays: 0,
                                      on: d(2024, 3, 30), terms: terms)
    #expect(!short.value.isVested)
    let withTransfer = try qualifyingService(periods: [ActivePeriod(from: d(2023, 4, 1), to: nil)], creditedDays: 400,
                                             on: d(2024, 3, 31), terms: terms)
    #expect(withTransfer.value.isVested)
}

@Test("lgps-rules.md §9: a non-vested leaver gets contributions less 20% tax; none if they rejoin within a month and a day")
func refunds() throws {
    let refund = try leaverEntitlement(vested: false, contributions: Money(pounds: 1_000), leftOn: d(2025, 1, 31),
                                       rejoinedOn: nil, terms: terms)
    #expect(refund.value == .refund(gross: Money(pounds: 1_000), tax: Money(pounds: 200), net: Money(pounds: 800)))
    let rejoined = try leaverEntitlement(vested: false, contributions: Money(pounds: 1_000), leftOn: d(2025, 1, 31),
                                         rejoinedOn: d(2025, 3, 1), terms: terms)
    #expect(rejoined.value == .carriedForward)
    let late = try leaverEntitlement(vested: false, contributions: Money(pounds: 1_000), leftOn: d(2025, 1, 31),
                                     rejoinedOn: d(2025, 3, 2), terms: terms)
    #expect(late.value != .carriedForward)
    #expect(try leaverEntitlement(vested: true, contributions: Money(pounds: 1), leftOn: d(2025, 1, 31), rejoinedOn: nil,
                                  terms: terms).value == .deferredPension)
}

@Test("SI 2013/2356 reg. 22(8): the election not to aggregate is due within 12 months of becoming active")
func aggregationWindow() throws {
    let window = try aggregationElectionDeadline(activeFrom: d(2024, 5, 13), electedOn: d(2025, 5, 14), terms: terms)
    #expect(window.value.deadline == d(2025, 5, 13))
    #expect(window.value.electionInTime == false)
}

@Test("SI 2014/525 Sch. 1: a gap of exactly 5 years keeps the final salary link; one day more breaks it")
func disqualifyingBreaks() throws {
    let earlier = ActivePeriod(from: d(2000, 4, 1), to: d(2010, 3, 31))
    let exactly = try disqualifyingBreak(periods: [earlier, ActivePeriod(from: d(2015, 4, 1), to: nil)], terms: terms)
    #expect(!exactly.value.isDisqualifying)
    let more = try disqualifyingBreak(periods: [earlier, ActivePeriod(from: d(2015, 4, 2), to: nil)], terms: terms)
    #expect(more.value.isDisqualifying)
    #expect(try finalSalaryLink(earlier: earlier, later: ActivePeriod(from: d(2015, 4, 1), to: nil), aggregated: true,
                                terms: terms).value)
    #expect(try !finalSalaryLink(earlier: earlier, later: ActivePeriod(from: d(2015, 4, 1), to: nil), aggregated: false,
                                 terms: terms).value)
}
