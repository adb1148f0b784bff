import LGPSRules

/// Everything the statement templates show, built from one member's row and record. The layout template
/// (`statement.mustache`) includes a partial per section; a section that does not apply is `nil` and its partial
/// shows nothing.
/// - Source: LGA annual benefit statements guide, Parts 2, 2A, 3 and 4 [seed 001].
struct StatementPage: Sendable {
    var documentTitle: String
    var title: String
    var introduction: [String]
    var contents: ContentsView?
    var personal: StatementSectionView?
    var benefits: StatementSectionView?
    var death: StatementSectionView?
    var projection: StatementSectionView?
    var reduced: StatementSectionView?
    var underpin: StatementSectionView?
    var lifetimeAllowance: StatementSectionView?
    var serviceHistory: StatementSectionView?
    var deferred: StatementSectionView?
    var notes: NotesView?
    var fund: FundView

    /// The contents list: a link to each section shown.
    struct ContentsView: Sendable, Hashable {
        var links: [ContentsLink]
    }

    /// A link in the contents list.
    struct ContentsLink: Sendable, Hashable {
        var anchor: String
        var label: String
    }

    /// The notes section: a heading, an introduction and the notes in letter order.
    struct NotesView: Sendable, Hashable {
        var notesHeading: String
        var items: [StatementNote]
    }

    init(_ input: PageInput, fund: StatementFund, issuedOn: CalendarDate) {
        let kind = input.row.kind
        title = Self.title(kind) + " at " + input.statementDay
        documentTitle = title + " – " + fund.name
        introduction = Self.introduction(input, issuedOn: issuedOn)
        personal = Self.personal(input)
        if kind == .active {
            benefits = Self.benefits(input)
            death = Self.death(input)
            projection = Self.projection(input)
            reduced = Self.reduced(input)
            underpin = Self.underpin(input)
            lifetimeAllowance = Self.lifetimeAllowance(input)
            serviceHistory = Self.serviceHistory(input)
        } else {
            // Part 4: the deferred partial shows a deferred member's benefits or a pension credit member's credit.
            deferred = kind == .pensionCredit ? Self.pensionCredit(input) : Self.deferred(input)
        }
        notes = input.notes.isEmpty ? nil : NotesView(notesHeading: "Notes about your statement", items: input.notes)
        self.fund = FundView(fund)
        let links = [personal, benefits, death, projection, reduced, underpin, lifetimeAllowance, serviceHistory, deferred]
            .compactMap { $0.map { ContentsLink(anchor: $0.sectionID, label: $0.heading) } }
            + (notes.map { [ContentsLink(anchor: "notes", label: $0.notesHeading)] } ?? [])
        contents = links.isEmpty ? nil : ContentsView(links: links)
    }

    /// The main heading for each kind of statement.
    static func title(_ kind: StatementKind) -> String {
        switch kind {
        case .active: return "Your annual benefit statement"
        case .deferred: return "Your deferred benefit statement"
        case .pensionCredit: return "Your pension credit statement"
        }
    }

    /// What the statement is, whom it is for and when it was issued.
    static func introduction(_ input: PageInput, issuedOn: CalendarDate) -> [String] {
        let what: String
        switch input.row.kind {
        case .active:
            what = "This statement shows the pension you have built up in the Local Government Pension Scheme (LGPS) "
                + "to \(input.statementDay), what it could be at your normal pension age, and what would be paid if "
                + "you died."
        case .deferred:
            what = "This statement shows the deferred pension you have in the Local Government Pension Scheme (LGPS) "
                + "at \(input.statementDay), and what would be paid if you died."
        case .pensionCredit:
            what = "This statement shows the pension credit you have in the Local Government Pension Scheme (LGPS) at "
                + "\(input.statementDay), from a pension sharing order."
        }
        let person = input.subject.person
        var whom = "It is for \(person.fullName)"
        if let reference = input.row.text("Reference number", .personalDetails) { whom += ", reference number \(reference)" }
        return [what, whom + ". It was issued on \(StatementFormat.date(issuedOn)).",
                "The notes at the end explain how the figures are worked out."]
    }
}
