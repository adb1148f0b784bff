/// Calculates a member's benefits from one record: the whole-member calculation the staff page, `lgps calc`, the
/// statements and the portal's modeller use. Pure: the record, the facts about the person, the dates and the
/// parameters are all arguments.
public struct MemberCalculator: Sendable {
    public let parameters: SchemeParameters
    /// `parameters` carried on at 0% to each year an estimate has needed.
    private let carried: CarriedParameters

    public init(parameters: SchemeParameters) {
        self.parameters = parameters
        carried = CarriedParameters(parameters)
    }

    /// A calculator on `parameters` (already carried on) that shares `carried`, so an estimate makes no new cache.
    private init(parameters: SchemeParameters, carried: CarriedParameters) {
        self.parameters = parameters
        self.carried = carried
    }

    /// Benefits built up to `calculationDate` and paid from `retirementDate` (normal pension age, or the
    /// calculation date if later, when `nil`). An active member whose record stops before the calculation date
    /// is assumed to carry on at the same pay. With `accruedOnly`, an active member is treated as still active
    /// (no leaving on the calculation date). With `explained` false the figures are the same but no working is
    /// recorded (`steps` is empty and unverified parameters are not listed): the bulk statement run's mode.
    public func estimate(_ member: MemberRecord, facts: MemberFacts, calculationDate: CalendarDate,
                         retirementDate: CalendarDate?, accruedOnly: Bool = false,
                         explained: Bool = true) throws -> BenefitEstimate {
        guard explained else {
            return try Working.figuresOnly {
                try estimate(member, facts: facts, calculationDate: calculationDate, retirementDate: retirementDate,
                             accruedOnly: accruedOnly)
            }
        }
        let lastOrder = parameters.careRevaluation.entries.last?.effective
        let calculator = lastOrder.map { calculationDate.year >= $0.year } ?? false
            ? MemberCalculator(parameters: carried.parameters(to: calculationDate), carried: carried)
            : self
        do {
            return try calculator.calculate(member, facts: facts, calculationDate: calculationDate,
                                            retirementDate: retirementDate, accruedOnly: accruedOnly)
        } catch let error as ParameterError {
            throw EngineError.parameter(error)
        }
    }

    /// Benefits at normal pension age: an active member carries on at the same pay until then (the statement and
    /// dashboards "projected value" basis); anyone else has the benefits built up to `from`. A pension credit is
    /// paid at its own normal pension age.
    public func estimateAtNormalPensionAge(_ member: MemberRecord, facts: MemberFacts, from date: CalendarDate,
                                           explained: Bool = true) throws -> BenefitEstimate {
        guard explained else {
            return try Working.figuresOnly { try estimateAtNormalPensionAge(member, facts: facts, from: date) }
        }
        if member.record.currentStatus == .pensionCredit {
            return try estimate(member, facts: facts, calculationDate: date, retirementDate: nil)
        }
        let npa = try normalPensionAge(facts, on: date)
        let active = member.record.leftOn == nil && member.record.currentStatus?.isActiveMembership == true
        let calculationDate = active ? max(npa, date) : date
        var working = Working()
        let latest = try keyAges(facts, on: date, working: &working).latestRetirement
        return try estimate(member, facts: facts, calculationDate: calculationDate,
                            retirementDate: min(max(npa, date), latest))
    }

    /// The 2014 Scheme normal pension age for `facts`, on the terms in force on `date`.
    public func normalPensionAge(_ facts: MemberFacts, on date: CalendarDate) throws -> CalendarDate {
        var working = Working()
        do {
            return try keyAges(facts, on: date, working: &working).normalPensionAge
        } catch let error as ParameterError {
            throw EngineError.parameter(error)
        }
    }
}
