import Testing
import LGPSRules
import LGPSParameters

@Suite("lgps parameters check report")
struct CheckReportTests {
    @Test("Series whose last value is not known to hold on the given date are listed as stale, a warning only")
    func stale() {
        let report = ParameterCheck().run(today: CalendarDate(2027, 6, 1))
        #expect(report.stale.contains { $0.path == "care/revaluation" })
        #expect(report.exitStatus == 0)
        #expect(report.text.contains("Stale series"))
        let early = ParameterCheck().run(today: CalendarDate(2026, 1, 1))
        #expect(early.stale.isEmpty)
    }

    @Test("DERIVED and UNVERIFIED values are listed with the reason: 2026 revaluation, 2016/17 bands, 2023 late retirement")
    func flagged() {
        let report = ParameterCheck().run(today: CalendarDate(2026, 11, 1))
        func flagged(_ path: String, _ label: String) -> FlaggedValue? {
            report.flagged.first { $0.path == path && $0.entry.label.hasPrefix(label) }
        }
        #expect(flagged("care/revaluation", "2026-04-06")?.entry.verification == .derived)
        #expect(flagged("contributions/bands", "2016-04-01")?.entry.verification == .derived)
        #expect(flagged("factors/late_retirement", "2023-09-01")?.entry.note?.contains("placeholder") == true)
        #expect(flagged("final_salary/arc_limit", "2008-04-01")?.entry.verification == .unverified)
        #expect(report.flagged.allSatisfy { !($0.entry.note ?? "").isEmpty })
        #expect(report.text.contains("care/revaluation 2026-04-06: DERIVED"))
    }
}
