import Testing
import LGPSRules

private typealias F = RulesAFixture

/// Rule of 85 on early retirement (lgps-rules.md §4: members in the Scheme on 30 September 2006; protected
/// membership to 31 March 2008, or 2016 if 60 by then; the 2016 switch-off before 60).
@Suite("Rule of 85 on early retirement (SI 2014/525 Sch. 2)")
struct RuleOf85AdjustmentTests {
    static func adjustment(born: CalendarDate, joined: CalendarDate, retire: CalendarDate,
                           consent: Bool = false) throws -> Calculation<RuleOf85Adjustment?> {
        try ruleOf85Adjustment(dateOfBirth: born, sex: .female, periods: [ActivePeriod(from: joined, to: retire)],
                               retirementDate: retire, normalPensionDate: born.adding(years: 65), employerConsent: consent,
                               transitional: F.transitional, daysPerYear: 365, parameters: F.p)
    }

    @Test("Met by the retirement date: protected membership (to March 2008) is paid with no reduction")
    func metByRetirement() throws {
        // Born 1 May 1963, member since 1 April 1985, retiring at 61 on 1 June 2024: 61 + 39 ≥ 85.
        let result = try Self.adjustment(born: F.d(1963, 5, 1), joined: F.d(1985, 4, 1), retire: F.d(2024, 6, 1))
        #expect(result.value == RuleOf85Adjustment(protectedTo: F.d(2008, 3, 31), factor: .none))
    }

    @Test("Met after retirement but before 65: reduced only from the date 85 is reached")
    func metLater() throws {
        // Member since 1 April 2002: 22 whole years at retirement (membership stops), so 85 at age 63 (1 May 2026).
        let result = try Self.adjustment(born: F.d(1963, 5, 1), joined: F.d(2002, 4, 1), retire: F.d(2024, 6, 1))
        let fromEightyFive = try earlyRetirementReduction(retirementDate: F.d(2024, 6, 1), normalPensionDate: F.d(2026, 5, 1),
                                                          sex: .female, tables: F.p.earlyRetirement).value
        let fromSixtyFive = try earlyRetirementReduction(retirementDate: F.d(2024, 6, 1), normalPensionDate: F.d(2028, 5, 1),
                                                         sex: .female, tables: F.p.earlyRetirement).value
        #expect(result.value?.factor == fromEightyFive)
        #expect(fromEightyFive.pension > fromSixtyFive.pension)
    }

    @Test("No protection: joined after 30 September 2006; before 60 without consent; in the 2016–2020 taper")
    func noProtection() throws {
        let late = try Self.adjustment(born: F.d(1963, 5, 1), joined: F.d(2007, 1, 1), retire: F.d(2024, 6, 1))
        #expect(late.value == nil && late.steps.contains { $0.result == .text("not in the Scheme on 30 September 2006") })
        let early = try Self.adjustment(born: F.d(1966, 5, 1), joined: F.d(1985, 4, 1), retire: F.d(2024, 6, 1))
        #expect(early.value == nil)
        let consented = try Self.adjustment(born: F.d(1966, 5, 1), joined: F.d(1985, 4, 1), retire: F.d(2024, 6, 1),
                                            consent: true)
        #expect(consented.value == RuleOf85Adjustment(protectedTo: F.d(2008, 3, 31), factor: .none))
        let taper = try Self.adjustment(born: F.d(1958, 1, 1), joined: F.d(1985, 4, 1), retire: F.d(2019, 6, 1))
        #expect(taper.value == nil && taper.steps.contains { $0.title == "Rule of 85 does not apply" })
    }

    @Test("At or after the 2008 Scheme NPA the rule has nothing to do")
    func atNormalPensionAge() throws {
        let result = try Self.adjustment(born: F.d(1959, 5, 1), joined: F.d(1985, 4, 1), retire: F.d(2024, 5, 1))
        #expect(result.value == nil && result.steps.isEmpty)
    }
}
