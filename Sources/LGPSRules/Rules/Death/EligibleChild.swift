/// The ages in the definition of an eligible child. Not in `SchemeParameters`; supplied by the caller (a fixture
/// or YAML file) with its reference.
/// - Legislation: SI 2013/2356 Sch. 1 ("eligible child": under 18; or under 23 and in full-time education or
///   vocational training; or dependent because of physical or mental impairment)
public struct EligibleChildTerms: Sendable, Hashable {
    /// A child under this age is eligible without further conditions (18).
    public var ageWithoutConditions: Int
    /// A child in full-time education or vocational training is eligible under this age (23).
    public var ageInEducationOrTraining: Int

    public init(ageWithoutConditions: Int, ageInEducationOrTraining: Int) {
        self.ageWithoutConditions = ageWithoutConditions
        self.ageInEducationOrTraining = ageInEducationOrTraining
    }
}

/// What is known about a child of a deceased member on a given date.
public struct ChildCircumstances: Sendable, Hashable {
    public var dateOfBirth: CalendarDate
    public var inFullTimeEducationOrVocationalTraining: Bool
    /// Dependent on the member because of physical or mental impairment (Sch. 1 conditions met).
    public var dependentBecauseOfImpairment: Bool

    public init(dateOfBirth: CalendarDate, inFullTimeEducationOrVocationalTraining: Bool = false,
                dependentBecauseOfImpairment: Bool = false) {
        self.dateOfBirth = dateOfBirth
        self.inFullTimeEducationOrVocationalTraining = inFullTimeEducationOrVocationalTraining
        self.dependentBecauseOfImpairment = dependentBecauseOfImpairment
    }
}

/// Whether a child is an eligible child on `date`: under 18; or under 23 and in full-time education or vocational
/// training; or dependent because of impairment.
/// - Legislation: SI 2013/2356 Sch. 1 ("eligible child")
public func isEligibleChild(_ child: ChildCircumstances, on date: CalendarDate,
                            terms: DatedSeries<EligibleChildTerms>) throws(ParameterError) -> Calculation<Bool> {
    let entry = try terms.entry(on: date)
    let age = child.dateOfBirth.completedYears(on: date)
    let underAge = age < entry.value.ageWithoutConditions
    let inEducation = child.inFullTimeEducationOrVocationalTraining && age < entry.value.ageInEducationOrTraining
    let eligible = underAge || inEducation || child.dependentBecauseOfImpairment
    var working = Working()
    working.record(.init(title: "Eligible child",
                         inputs: [.init("Age", .years(age)),
                                  .init("Under \(entry.value.ageWithoutConditions)", .flag(underAge)),
                                  .init("In education or training under \(entry.value.ageInEducationOrTraining)",
                                        .flag(inEducation)),
                                  .init("Dependent because of impairment", .flag(child.dependentBecauseOfImpairment))],
                         result: .flag(eligible),
                         parameter: ParameterUse(terms, entry, shown: .years(entry.value.ageWithoutConditions)),
                         regulation: "SI 2013/2356 Sch. 1 (\"eligible child\")"))
    return working.result(eligible)
}
