/// Projects a described member forward under stated assumptions: future pay from the pay path, CPI from the
/// published orders then the assumed rate, section changes, leaving and retirement; then runs the same
/// `MemberCalculator` the staff pages use at the retirement date, so the underpin comparison at the underpin
/// date and at crystallisation comes from the same rules. Pure: the scenario and parameters are arguments.
public struct ProjectionEngine: Sendable {
    public let parameters: SchemeParameters

    public init(parameters: SchemeParameters) {
        self.parameters = parameters
    }

    public func project(_ scenario: Scenario) throws -> ProjectionResult {
        let a = scenario.assumptions
        let stop = min(a.leaving ?? a.retirement, a.retirement)
        var member = scenario.member
        member.left = stop
        member.sections += a.sectionChanges
        let projected = projectedParameters(a)
        let path = PayPath(assumptions: a, revaluation: parameters.careRevaluation)
        for (year, pay) in path.wholeTimePay(through: SchemeYear(containing: stop)) where year.start > a.asAt {
            member.wholeTimePay[year.startYear] = pay
        }
        var record = member.memberRecord(asAt: stop, id: 0)
        if stop == a.retirement && a.leaving == nil {
            record.record.statusHistory = [StatusPeriod(status: .active, from: member.joined, to: stop)]
        }
        let calculator = MemberCalculator(parameters: projected)
        let estimate = try calculator.estimate(record, facts: member.facts, calculationDate: a.retirement,
                                               retirementDate: a.retirement)
        let rows = try yearRows(record, calculator: calculator, to: a.retirement)
        return ProjectionResult(name: scenario.name, assumptions: a, years: rows, estimate: estimate)
    }

    /// The parameters with revaluation and pensions increase after `actualThrough` replaced by the assumed CPI
    /// (6 April each year; pensions increase never negative), marked as assumptions.
    func projectedParameters(_ a: ProjectionAssumptions) -> SchemeParameters {
        parameters.carryingIncreases(to: a.retirement, at: a.inflation.assumed, after: a.inflation.actualThrough)
    }

    /// Year-by-year figures: pay, earned pension, revaluation and the closing CARE balance, with the
    /// final-salary pension on the final pay of each year.
    func yearRows(_ record: MemberRecord, calculator: MemberCalculator, to date: CalendarDate) throws -> [ProjectionYear] {
        let p = calculator.parameters
        let rolled = try rollPensionAccount(years: record.careYears, leftOn: record.record.leftOn, to: date, parameters: p).value
        return rolled.map { year in
            ProjectionYear(schemeYear: year.schemeYear, pay: year.mainPay + year.fiftyFiftyPay,
                           fiftyFiftyPay: year.fiftyFiftyPay, earnedPension: year.earnedPension,
                           revaluation: year.revaluation, closingBalance: year.closingBalance)
        }
    }
}
