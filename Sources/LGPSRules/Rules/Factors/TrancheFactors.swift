/// The normal pension ages and factors for each part of a member's benefits on one retirement date.
public struct TrancheFactors: Hashable, Sendable {
    /// NPA for benefits built up before 1 April 2014 (65, or protected 60).
    public var finalSalaryNPA: CalendarDate
    /// NPA for 2014 Scheme (CARE) benefits: the later of 65 and State Pension age.
    public var careNPA: CalendarDate
    /// Factors for pre-2014 (final-salary) benefits.
    public var finalSalary: RetirementFactor
    /// Factors for 2014 Scheme (CARE) benefits.
    public var care: RetirementFactor
}

/// Factors by tranche for benefits drawn on `retirementDate`: pre-2014 benefits measured from the 2008 Scheme
/// NPA (65, so drawn at a later 2014 NPA they get late retirement increases from 65), CARE benefits from the
/// 2014 Scheme NPA. Either side gets a reduction when drawn early, an increase when drawn late.
/// - Legislation: SI 2013/2356 reg. 30(5)–(6); SI 2014/525 Sch. 2 and reg. 24(4); GAD guidance.
public func trancheFactors(retirementDate: CalendarDate, dateOfBirth: CalendarDate, sex: Sex, protectedAt60: Bool,
                           parameters: SchemeParameters, transitional: TransitionalAgeTerms) throws(ParameterError)
    -> Calculation<TrancheFactors> {
    var working = Working()
    let fsNPA = working.include(try normalPensionAge2008(dateOfBirth: dateOfBirth, protected: protectedAt60,
                                                         on: retirementDate, ages: parameters.pensionAges,
                                                         transitional: transitional))
    let careNPA = working.include(try normalPensionAge2014(dateOfBirth: dateOfBirth, sex: sex, parameters: parameters))
    func factor(_ npa: CalendarDate) throws(ParameterError) -> RetirementFactor {
        if retirementDate < npa {
            return working.include(try earlyRetirementReduction(retirementDate: retirementDate, normalPensionDate: npa,
                                                                sex: sex, tables: parameters.earlyRetirement))
        }
        return working.include(try lateRetirementIncrease(retirementDate: retirementDate, normalPensionDate: npa,
                                                          tables: parameters.lateRetirement))
    }
    let fs = try factor(fsNPA)
    let care = try factor(careNPA)
    return working.result(TrancheFactors(finalSalaryNPA: fsNPA, careNPA: careNPA, finalSalary: fs, care: care))
}
