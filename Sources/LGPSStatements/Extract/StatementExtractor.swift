import LGPSRules

/// Builds one record's annual benefit statement extract row for a Scheme year, or says why it cannot.
///
/// The statement date is 31 March at the end of the Scheme year. The engine is run for the benefits built up to
/// then and payable at NPA, for the projection to NPA, and (when the fund quotes them) for reduced benefits
/// payable on 31 March; the extractor only arranges and formats what the engine returns.
/// - Source: LGA annual benefit statements guide (2025 onwards), Parts 2, 2A and 4 [seed 001];
///   SI 2013/2356 reg. 89.
public struct StatementExtractor: Sendable {
    public let calculator: MemberCalculator
    public let settings: StatementSettings

    public init(parameters: SchemeParameters, settings: StatementSettings) {
        calculator = MemberCalculator(parameters: parameters)
        self.settings = settings
    }

    /// The row for `subject` in `year`, or the exception that stops it. The engine runs figures only (no working
    /// is recorded: a statement row needs the figures, and the working can be shown from a calculation on demand).
    public func extract(_ subject: StatementSubject, year: SchemeYear) -> Result<ExtractRow, StatementException> {
        Working.figuresOnly { extractFigures(subject, year: year) }
    }

    private func extractFigures(_ subject: StatementSubject, year: SchemeYear) -> Result<ExtractRow, StatementException> {
        let id = subject.member.record.id
        guard let kind = StatementKind.eligibility(of: subject.member.record, for: year) else {
            let status = subject.member.record.currentStatus?.label.lowercased() ?? "no recorded"
            return .failure(StatementException(recordID: id, reason: "No annual benefit statement is due: the record "
                                               + "has \(status) status on \(year.end.longUK), not active, deferred or pension credit"))
        }
        if let problem = dataProblem(subject.member, kind: kind, year: year) {
            return .failure(StatementException(recordID: id, reason: problem))
        }
        do {
            var row = ExtractRow(recordID: id, kind: kind)
            let facts = statementFacts(subject.person)
            let atYearEnd = try calculator.estimate(subject.member, facts: facts, calculationDate: year.end,
                                                    retirementDate: nil, accruedOnly: true)
            let reflected = reflecting(atYearEnd)
            personalDetails(subject, kind: kind, year: year, estimate: reflected, facts: facts, into: &row)
            switch kind {
            case .active:
                mcCloud(atYearEnd, into: &row)
                try activeFigures(subject, facts: facts, year: year, estimate: reflected, into: &row)
            case .deferred:
                mcCloud(atYearEnd, into: &row)
                deferredFigures(subject, estimate: reflected, into: &row)
            case .pensionCredit: pensionCreditFigures(subject, estimate: reflected, into: &row)
            }
            return .success(row)
        } catch {
            return .failure(StatementException(recordID: id, reason: "The benefits could not be calculated: \(error)"))
        }
    }

    /// The facts the engine uses: the recorded partnership, or an assumed spouse when the fund quotes one for
    /// members with no recorded partner.
    /// - Source: LGA guide Part 2 Table 1, "Partnership status (recorded)" [seed 001].
    func statementFacts(_ person: Person) -> MemberFacts {
        var facts = MemberFacts(person: person)
        if !facts.hasPartner && settings.survivorBasisWhenNotPartnered == .assumeSpouse {
            facts.hasPartner = true
            facts.partnerIsCohabiting = false
        }
        return facts
    }
}
