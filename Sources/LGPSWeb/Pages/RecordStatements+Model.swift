import Foundation
import LGPSRules
import LGPSStatements
import LGPSStorage

/// The list of a record's statements by year.
struct RecordStatementsPage {
    struct Row { var href: String; var year: String; var kind: String; var dated: String; var paper: String; var pdf: String }

    var layout: LayoutModel
    var recordHref: String
    var heading: String
    var rows: [Row]
    var hasRows: Bool

    init(context: StaffRequestContext, member: MemberRecord, statements: [StoredStatement]) {
        layout = LayoutModel(title: "Annual benefit statements", context: context)
        recordHref = "/records/\(member.record.id)"
        heading = "Statements for record \(member.record.memberNumber)"
        rows = statements.map {
            Row(href: "/records/\(member.record.id)/statements/\($0.schemeYear.startYear)",
                year: $0.schemeYear.description, kind: StatementRunPage.kindLabel($0.kind), dated: $0.issuedOn.longUK,
                paper: $0.paper ? "Paper" : "Online", pdf: $0.pdfSHA256 == nil ? "No" : "Yes")
        }
        hasRows = !rows.isEmpty
    }
}

/// One stored statement: its figures by section, its notes, the working, and links to the document and PDF.
struct RecordStatementPage {
    struct Section { var id: String; var title: String; var figures: [SummaryRow] }
    /// A note that applied, linked to its text in the stored statement (older statements also stored the text).
    struct Note { var letter: String; var title: String; var href: String; var paragraphs: [String] }

    var layout: LayoutModel
    var recordHref: String
    var heading: String
    var caption: String
    var details: [SummaryRow]
    var sections: [Section]
    var notes: [Note]
    var hasNotes: Bool
    var htmlHref: String
    var pdfHref: String
    var columns: [CalculationPage.Column]

    init(context: StaffRequestContext, member: MemberRecord, personName: String, statement: StoredStatement,
         working: [CalculationPage.Column]) {
        let year = statement.schemeYear
        layout = LayoutModel(title: "Statement for \(year)", context: context)
        recordHref = "/records/\(member.record.id)"
        caption = "\(personName), record \(member.record.memberNumber)"
        heading = "Annual benefit statement \(year)"
        details = [
            SummaryRow(key: "Statement", value: StatementRunPage.kindLabel(statement.kind)),
            SummaryRow(key: "Statement date", value: year.end.longUK),
            SummaryRow(key: "Dated", value: statement.issuedOn.longUK),
            SummaryRow(key: "Sent by", value: statement.paper ? "Post (the member gets paper)" : "Online"),
            SummaryRow(key: "Produced by", value: "Statement run \(statement.runID)"),
        ]
        let values = (try? JSONSerialization.jsonObject(with: Data(statement.figuresJSON.utf8))) as? [String: String] ?? [:]
        let kind = StatementKind(rawValue: statement.kind) ?? .active
        let row = ExtractRow(recordID: statement.recordID, kind: kind, values: values)
        var sections: [Section] = []
        for item in StatementCatalogue.items(for: kind) where !row[item].isEmpty {
            let figure = SummaryRow(key: item.name, value: row[item])
            if sections.last?.title == item.section.title { sections[sections.count - 1].figures.append(figure) } else {
                sections.append(Section(id: "section-\(sections.count + 1)", title: item.section.title, figures: [figure]))
            }
        }
        self.sections = sections
        let base = "/records/\(member.record.id)/statements/\(year.startYear)"
        let document = base + "/statement.html"
        htmlHref = document
        let stored = (try? JSONDecoder().decode([StatementNote].self, from: Data(statement.notesJSON.utf8))) ?? []
        notes = stored.map {
            Note(letter: $0.letter, title: $0.title, href: "\(document)#note-\($0.letter)", paragraphs: $0.paragraphs)
        }
        hasNotes = !notes.isEmpty
        pdfHref = base + "/statement.pdf"
        columns = working
    }
}
