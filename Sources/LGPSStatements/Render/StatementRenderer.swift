import LGPSRules

/// Renders one member's annual benefit statement from their extract row: the HTML document (from the fund's
/// templates), the Part 3 notes that apply and the dashboards values. The same inputs always give the same
/// bytes: nothing reads a clock, and nothing depends on dictionary order.
/// - Source: LGA annual benefit statements guide (2025 onwards), Parts 2, 2A, 3 and 4 [seed 001]; Public
///   Service Pensions (Information about Benefits) Directions 2014 para 5 (store, print, disabled persons).
public struct StatementRenderer: Sendable {
    /// The templates the HTML is rendered with (bundled, or with the fund's overrides).
    public let templates: StatementTemplates
    /// The administering authority whose name and contact details the statement carries.
    public let fund: StatementFund
    /// The fund's statement choices (survivor basis, reduced benefits, service history lines, discretion).
    public let settings: StatementSettings
    /// The Scheme's terms the notes quote; a bulk run passes `NoteTerms(parameters:on:)`.
    public let terms: NoteTerms

    public init(templates: StatementTemplates, fund: StatementFund, settings: StatementSettings,
                terms: NoteTerms = .guide) {
        self.templates = templates
        self.fund = fund
        self.settings = settings
        self.terms = terms
    }

    /// The statement for `subject` for `year`, from its extract `row`, issued on `issuedOn`. Throws
    /// `StatementRenderError` when the row is for a different record, and `StatementTemplateError` when the
    /// layout template is missing.
    public func render(_ subject: StatementSubject, row: ExtractRow, year: SchemeYear,
                       issuedOn: CalendarDate) throws -> RenderedStatement {
        guard row.recordID == subject.member.record.id else {
            throw StatementRenderError.rowForAnotherRecord(row: row.recordID, record: subject.member.record.id)
        }
        let notes = StatementNotes.applying(to: subject, row: row, settings: settings, year: year, terms: terms)
        let page = StatementPage(PageInput(subject: subject, row: row, settings: settings, year: year, notes: notes),
                                 fund: fund, issuedOn: issuedOn)
        return RenderedStatement(html: try templates.render(page), notes: notes,
                                 dashboard: DashboardValues(row: row, year: year, issuedOn: issuedOn))
    }
}
