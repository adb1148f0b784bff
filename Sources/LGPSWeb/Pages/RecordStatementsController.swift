import Foundation
import Hummingbird
import HTTPTypes
import LGPSRules
import LGPSStatementRun
import LGPSStatements
import LGPSStorage

/// A record's annual benefit statements: `/records/{id}/statements` lists them by year; `/{year}` shows one with
/// its figures, the notes that applied, the working and the links to the statement itself and its PDF. Each is
/// served from what the run stored: a read, never a recalculation (the working is the one exception: it is the
/// engine's explanation, worked for staff on request). A statement whose run made no PDF gets one on its first
/// download, stored so the next download is a read.
struct RecordStatementsController {
    let pages: StaffPages

    func addRoutes(to group: RouterGroup<StaffRequestContext>) {
        group.get("/records/{id}/statements", use: list)
        group.get("/records/{id}/statements/{year}", use: show)
        group.get("/records/{id}/statements/{year}/statement.html", use: html)
        group.get("/records/{id}/statements/{year}/statement.pdf", use: pdf)
    }

    /// A stored statement is a whole document of its own: inline styles, no scripts, nothing fetched.
    static let statementPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
        + "form-action 'none'; frame-ancestors 'none'"

    @Sendable func list(request: Request, context: StaffRequestContext) async throws -> Response {
        let user = try pages.user(context)
        let member = try await pages.record(try pages.id("id", context), for: user, context)
        let statements = try await pages.dependencies.statements.statements(fundID: user.fundID, recordID: member.record.id)
        return pages.render(RecordStatementsPage(context: context, member: member, statements: statements),
                            "record-statements")
    }

    @Sendable func show(request: Request, context: StaffRequestContext) async throws -> Response {
        let user = try pages.user(context)
        let (member, statement) = try await stored(user, context)
        let person = try await pages.person(member.record.personID, for: user, context)
        let working = CalculationColumns.build(member: member, facts: MemberFacts(person: person),
                                               today: statement.schemeYear.end, chosen: nil,
                                               parameters: pages.dependencies.parameters)
        return pages.render(RecordStatementPage(context: context, member: member, personName: person.fullName,
                                                statement: statement, working: working), "record-statement")
    }

    @Sendable func html(request: Request, context: StaffRequestContext) async throws -> Response {
        let user = try pages.user(context)
        let (_, statement) = try await stored(user, context)
        var response = HTML.page(statement.html)
        response.headers[.contentSecurityPolicy] = Self.statementPolicy
        return response
    }

    @Sendable func pdf(request: Request, context: StaffRequestContext) async throws -> Response {
        let user = try pages.user(context)
        let (member, statement) = try await stored(user, context)
        let store = pages.dependencies.statements
        var stored = try await store.pdf(fundID: user.fundID, recordID: member.record.id, year: statement.schemeYear)
        if stored == nil, let printer = pages.dependencies.statementPrinter {
            let bytes = try await printer.render(html: statement.html, documentDate: statement.issuedOn.description)
            try await store.storePDF(StatementPDF(fundID: user.fundID, recordID: member.record.id,
                                                  schemeYear: statement.schemeYear, bytes: bytes,
                                                  sha256: StatementComposer.sha256(bytes)))
            stored = bytes
        }
        guard let bytes = stored else { throw WebError.notFound }
        var headers = HTTPFields()
        headers[.contentType] = "application/pdf"
        headers[.contentDisposition] = "attachment; filename=\"statement-\(member.record.memberNumber)-\(statement.schemeYear.startYear).pdf\""
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// The record (in the user's fund) and its stored statement for the `{year}` in the path, or 404.
    private func stored(_ user: StaffUser, _ context: StaffRequestContext) async throws -> (MemberRecord, StoredStatement) {
        let member = try await pages.record(try pages.id("id", context), for: user, context)
        guard let year = context.parameters.get("year", as: Int.self),
              let statement = try await pages.dependencies.statements.statement(
                fundID: user.fundID, recordID: member.record.id, year: SchemeYear(startYear: year)) else {
            throw WebError.notFound
        }
        return (member, statement)
    }
}
