/// Whether a death grant is payable at the member's age at death, under the age limit in force on the date of
/// death (75 until the limit is removed; `nil` in the parameters means no limit).
/// - Legislation: SI 2013/2356 regs. 40, 43, 46 (death grant payable if the member dies before age 75)
enum DeathGrantAgeLimit {
    /// Records the age test and returns the terms in force on the date of death, or `nil` when no grant is payable.
    static func check(dateOfBirth: CalendarDate, dateOfDeath: CalendarDate, series: DatedSeries<DeathBenefitTerms>,
                      regulation: String, working: inout Working)
        throws(ParameterError) -> DatedSeries<DeathBenefitTerms>.Entry? {
        let entry = try series.entry(on: dateOfDeath)
        let age = dateOfBirth.completedYears(on: dateOfDeath)
        let limit = entry.value.ageLimit
        let payable = limit.map { age < $0 } ?? true
        var inputs: [CalculationStep.Input] = [.init("Age at death", .years(age))]
        if let limit { inputs.append(.init("Age limit", .years(limit))) }
        working.record(CalculationStep(
            title: "Death grant payable at the age of death", inputs: inputs, result: .flag(payable),
            parameter: ParameterUse(series, entry, shown: limit.map { .years($0) } ?? .text("no limit")),
            regulation: regulation,
            note: limit == nil ? "the age limit has been removed" : "payable only for a death before the age limit"))
        guard payable else {
            working.record(.init(title: "Death grant", result: .money(.zero), isAddend: true, regulation: regulation))
            return nil
        }
        return entry
    }
}
