/// One member's statement as issued: the accessible HTML document, the Part 3 notes it carries and the pensions
/// dashboards value data recorded with it.
/// - Source: LGA annual benefit statements guide, Parts 1–4 [seed 001]; Directions 2014 para 5; SI 2022/1220
///   reg. 26(3).
public struct RenderedStatement: Sendable, Hashable {
    /// A complete, self-contained HTML document (inline styles, no scripts, no external resources).
    public var html: String
    /// The Part 3 notes that apply, in letter order.
    public var notes: [StatementNote]
    /// The pensions dashboards value data recorded with the statement.
    public var dashboard: DashboardValues

    public init(html: String, notes: [StatementNote], dashboard: DashboardValues) {
        self.html = html
        self.notes = notes
        self.dashboard = dashboard
    }
}
