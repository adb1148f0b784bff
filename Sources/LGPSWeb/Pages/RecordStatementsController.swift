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
        return download.html(statement)
    }

    @Sendable func pdf(request: Request, context: StaffRequestContext) async throws -> Response {
        let user = try pages.user(context)
        let (member, statement) = try await stored(user, context)
        return try await download.pdf(statement, memberNumber: member.record.memberNumber)
    }

    private var download: StatementDownload {
        StatementDownload(statements: pages.dependencies.statements, printer: pages.dependencies.statementPrinter)
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
