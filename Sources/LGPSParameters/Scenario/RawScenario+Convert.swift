import LGPSRules

extension RawScenario {
    func scenario(path: String) throws -> Scenario {
        var reader = FieldReader(path: path)
        let m = member
        let sex: Sex = try reader.choice(m.sex, "member.sex", ["female": .female, "male": .male])
        let partner = try reader.choice(m.partner ?? "none", "member.partner",
                                        ["none": 0, "married": 1, "civil_partner": 1, "cohabiting": 2])
        let facts = MemberFacts(dateOfBirth: try reader.date(m.date_of_birth, "member.date_of_birth"), sex: sex,
                                hasPartner: partner > 0, partnerIsCohabiting: partner == 2,
                                protectedNormalPensionAge60: m.protected_npa_60 ?? false)
        let hours = try m.hours.enumerated().map { i, h in
            DescribedMember.Hours(from: try reader.date(h.from, "member.hours[\(i)].from"),
                                  contractual: try reader.hours(h.contractual, "member.hours[\(i)].contractual"),
                                  wholeTime: try reader.hours(h.whole_time, "member.hours[\(i)].whole_time"),
                                  weeks: try h.weeks.map { try reader.hours($0, "member.hours[\(i)].weeks") },
                                  wholeTimeWeeks: try h.whole_time_weeks.map {
                                      try reader.hours($0, "member.hours[\(i)].whole_time_weeks") })
        }
        guard !hours.isEmpty else { throw ScenarioError(path: path, field: "member.hours", message: "needs at least one entry") }
        var pay: [Int: Money] = [:]
        for (year, text) in m.whole_time_pay { pay[year] = try reader.money(text, "member.whole_time_pay.\(year)") }
        let described = DescribedMember(
            facts: facts, joined: try reader.date(m.joined, "member.joined"),
            left: try m.left.map { try reader.date($0, "member.left") }, hours: hours,
            sections: try sections(m.sections ?? [], "member.sections", &reader), wholeTimePay: pay,
            earlierPublicServiceBefore2012: m.earlier_public_service_before_2012 ?? false)
        let a = assumptions
        let asAt = try reader.date(a.as_at, "assumptions.as_at")
        let growthRate = try reader.rate(a.pay_growth.rate, "assumptions.pay_growth.rate")
        let basis: PayGrowth.Basis = try reader.choice(a.pay_growth.basis, "assumptions.pay_growth.basis",
                                                       ["fixed": .fixed(growthRate), "cpi_plus": .cpiPlus(growthRate)])
        let mode: PayGrowth.Mode = try reader.choice(a.pay_growth.mode, "assumptions.pay_growth.mode",
                                                     ["compound": .compound, "added": .added])
        let promotions = try (a.promotions ?? []).enumerated().map { i, p in
            Promotion(date: try reader.date(p.date, "assumptions.promotions[\(i)].date"),
                      rate: try reader.rate(p.rate, "assumptions.promotions[\(i)].rate"))
        }
        let lastHours = described.hours(on: asAt)
        let assumptions = ProjectionAssumptions(
            asAt: asAt, wholeTimePay: described.pay(for: SchemeYear(containing: asAt).startYear),
            partTimeShare: lastHours?.share ?? .one, payGrowth: PayGrowth(basis: basis, mode: mode),
            inflation: InflationPath(actualThrough: try reader.date(a.inflation.actual_through, "assumptions.inflation.actual_through"),
                                     assumed: try reader.rate(a.inflation.assumed, "assumptions.inflation.assumed")),
            promotions: promotions,
            sectionChanges: try sections(a.section_changes ?? [], "assumptions.section_changes", &reader),
            leaving: try a.leaving.map { try reader.date($0, "assumptions.leaving") },
            retirement: try reader.date(a.retirement, "assumptions.retirement"),
            factorTablesOn: try a.factor_tables_on.map { try reader.date($0, "assumptions.factor_tables_on") } ?? asAt)
        if assumptions.retirement < asAt {
            throw ScenarioError(path: path, field: "assumptions.retirement", message: "must be on or after as_at")
        }
        return Scenario(name: name, member: described, assumptions: assumptions)
    }

    func sections(_ list: [SectionChange], _ field: String, _ reader: inout FieldReader) throws -> [SectionPeriod] {
        try list.enumerated().map { i, s in
            SectionPeriod(section: try reader.choice(s.section, "\(field)[\(i)].section",
                                                     ["main": .main, "fifty_fifty": .fiftyFifty]),
                          from: try reader.date(s.from, "\(field)[\(i)].from"),
                          to: try s.to.map { try reader.date($0, "\(field)[\(i)].to") })
        }
    }
}

/// Turns text fields into typed values, naming the field when one is wrong.
struct FieldReader {
    let path: String

    func fail(_ field: String, _ message: String) -> ScenarioError {
        ScenarioError(path: path, field: field, message: message)
    }

    func date(_ text: String, _ field: String) throws -> CalendarDate {
        guard let date = CalendarDate(text) else { throw fail(field, "must be a date as YYYY-MM-DD, got \(text)") }
        return date
    }

    func money(_ text: String, _ field: String) throws -> Money {
        guard let money = Money(pounds: text), money >= .zero else {
            throw fail(field, "must be an amount in pounds such as 28500 or 28500.00, got \(text)")
        }
        return money
    }

    func rate(_ text: String, _ field: String) throws -> Rate {
        guard let rate = Rate(percent: text) else { throw fail(field, "must be a percentage such as 2.5, got \(text)") }
        return rate
    }

    func hours(_ text: String, _ field: String) throws -> Hundredths {
        guard let value = Hundredths(text), value.value > 0 else {
            throw fail(field, "must be a positive number with at most two decimals, got \(text)")
        }
        return value
    }

    func choice<T>(_ text: String, _ field: String, _ options: [String: T]) throws -> T {
        guard let value = options[text] else {
            throw fail(field, "must be one of \(options.keys.sorted().joined(separator: ", ")), got \(text)")
        }
        return value
    }
}
