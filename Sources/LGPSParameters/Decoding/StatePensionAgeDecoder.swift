import LGPSRules

/// Decodes the State Pension age timetable rows and checks that, for each sex, the rows cover every date of
/// birth exactly once: the first open at the start, each next row beginning the day after the last ends, the
/// last open at the end.
/// - Legislation: Pensions Act 1995 Sch. 4; Pensions Act 2007 Sch. 3; Pensions Act 2011 s. 1; Pensions Act 2014 s. 26.
enum StatePensionAgeDecoder {
    static func row(_ n: NodeCursor, reference: Reference,
                    verification: Verification) throws(ParameterProblem) -> StatePensionAgeTimetable.Row {
        let from = try n.optional("born_from")?.date()
        let to = try n.optional("born_to")?.date()
        var sex: Sex?
        if let node = n.optional("sex") {
            guard let value = Sex(rawValue: try node.text()) else { throw node.problem("sex must be M or F") }
            sex = value
        }
        let rule: StatePensionAgeTimetable.Rule
        if let date = n.optional("spa_date") {
            rule = .date(try date.date())
        } else {
            rule = .age(years: try n.field("age_years").int(), months: try n.optional("age_months")?.int() ?? 0)
        }
        if let from, let to, to < from { throw n.problem("born_to \(to) is before born_from \(from)") }
        return .init(bornFrom: from, bornTo: to, sex: sex, rule: rule, reference: reference, verification: verification)
    }

    /// Gaps and overlaps in the rows for each sex, as problems against `file`.
    static func coverageProblems(_ rows: [StatePensionAgeTimetable.Row], file: String) -> [ParameterProblem] {
        var problems: [ParameterProblem] = []
        for sex in Sex.allCases {
            let applying = rows.filter { $0.sex == nil || $0.sex == sex }
                .sorted { ($0.bornFrom?.dayNumber ?? .min) < ($1.bornFrom?.dayNumber ?? .min) }
            func say(_ text: String) {
                problems.append(ParameterProblem(file: file, key: "rows", message: "\(sex.label): \(text)"))
            }
            guard let first = applying.first, let last = applying.last else { say("no rows"); continue }
            if let start = first.bornFrom { say("no row covers births before \(start)") }
            if let end = last.bornTo { say("no row covers births after \(end)") }
            for (earlier, later) in zip(applying, applying.dropFirst()) {
                guard let end = earlier.bornTo, let start = later.bornFrom else {
                    say("a row open at the end is followed by another row"); continue
                }
                if end.adding(days: 1) < start { say("gap between \(end) and \(start)") }
                if start < end.adding(days: 1) { say("rows overlap from \(start) to \(end)") }
            }
        }
        return problems
    }
}
