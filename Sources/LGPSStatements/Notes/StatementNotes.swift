import LGPSRules

/// The Part 3 notes that apply to one member's statement, in letter order, each written from the member's own
/// record and statement figures (nothing is recalculated). Deferred and pension credit statements get the
/// notes Part 4 asks for, under the Part 3 letter of the same subject.
///
/// Each note is one rule in its own file (`StatementNotes+<Subject>.swift`) that returns the note when it
/// applies and `nil` when it does not.
/// - Source: LGA annual benefit statements guide, Part 3 and Part 4 [seed 001]; SI 2013/2734 Sch. 5 Parts 1–2;
///   Public Service Pensions (Information about Benefits) Directions 2014.
public enum StatementNotes {
    /// The notes for `subject`'s statement for `year` (its row from the extract), with the terms as the guide
    /// states them.
    public static func applying(to subject: StatementSubject, row: ExtractRow, settings: StatementSettings,
                                year: SchemeYear) -> [StatementNote] {
        applying(to: subject, row: row, settings: settings, year: year, terms: .guide)
    }

    /// The notes for `subject`'s statement for `year`, quoting `terms` (from the parameters on the statement date).
    public static func applying(to subject: StatementSubject, row: ExtractRow, settings: StatementSettings,
                                year: SchemeYear, terms: NoteTerms) -> [StatementNote] {
        let facts = NoteFacts(subject: subject, row: row, settings: settings, year: year, terms: terms)
        return rules.compactMap { $0(facts) }
    }

    /// One rule per Part 3 letter, in letter order.
    static let rules: [@Sendable (NoteFacts) -> StatementNote?] = [
        moreThanOnePost, sections, normalPensionAge, finalSalary, careRevaluation, errors, deathGrant,
        deathGrantDecision, survivorPension, expressionOfWish, debits, benefitsAt31March, lumpSumExchange,
        qualifyingPeriod, reducedBenefits, transfersIn, projection, lifetimeAllowance, payingExtra,
        serviceDetails, mcCloudProtection, mcCloudMeaning, guaranteeAmount, appearsNotProtected,
        underpinNotReflected, accessibleVersion,
    ]
}
