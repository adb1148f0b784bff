import Hummingbird
import LGPSRules
import LGPSStorage

/// The member's own pensions: `/portal/home` lists every post they hold, `/portal/records/{id}` shows one in
/// full, and its statements are served as stored (PERF-3). Another member's record id answers 404 (AC-3).
struct PortalRecordsController {
    let pages: PortalPages

    func addRoutes(to group: RouterGroup<StaffRequestContext>) {
        group.get("/portal/home", use: home)
        group.get("/portal/records/{id}", use: record)
        group.get("/portal/records/{id}/statements/{year}", use: statementHTML)
        group.get("/portal/records/{id}/statements/{year}/statement.pdf", use: statementPDF)
    }

    @Sendable func home(request: Request, context: StaffRequestContext) async throws -> Response {
        let member = try pages.member(context)
        let summaries = try await pages.dependencies.records.summaries(fundID: member.fundID,
                                                                       personID: member.person.id)
        var latest: [Int64: StoredStatement] = [:]
        for summary in summaries {
            latest[summary.recordID] = try await pages.dependencies.statements
                .statements(fundID: member.fundID, recordID: summary.recordID).first
        }
        var model = PortalHomePage(context: context, member: member, records: summaries, latest: latest)
        model.layout.flash = pages.takeFlash(context)
        return pages.render(model, "portal-home")
    }

    @Sendable func record(request: Request, context: StaffRequestContext) async throws -> Response {
        let member = try pages.member(context)
        let record = try await pages.ownRecord(try pages.id("id", context), of: member, context)
        let employer = try await pages.dependencies.employers.get(fundID: member.fundID, id: record.record.employerID)
        let statements = try await pages.dependencies.statements.statements(fundID: member.fundID,
                                                                            recordID: record.record.id)
        let nominations = try await pages.dependencies.people.nominations(fundID: member.fundID,
                                                                          personID: member.person.id)
        var model = PortalRecordPage(context: context, record: record,
                                     employerName: employer?.name ?? "Not recorded", statements: statements,
                                     nominations: nominations)
        if let payroll = pages.dependencies.casework?.payroll {
            model.payroll = PortalPayrollController.lines(
                try await payroll.list(fundID: member.fundID, personID: member.person.id), recordID: record.record.id)
            model.hasPayroll = !model.payroll.isEmpty
        }
        if try await pages.portal.settings(fundID: member.fundID).showsAnnualAllowance {
            model.allowance = AllowanceLine.lines(
                try await pages.portal.annualAllowance.history(fundID: member.fundID, recordID: record.record.id))
            model.hasAllowance = !model.allowance.isEmpty
        }
        return pages.render(model, "portal-record")
    }

    @Sendable func statementHTML(request: Request, context: StaffRequestContext) async throws -> Response {
        let (_, statement) = try await stored(context)
        return download.html(statement)
    }

    @Sendable func statementPDF(request: Request, context: StaffRequestContext) async throws -> Response {
        let (record, statement) = try await stored(context)
        return try await download.pdf(statement, memberNumber: record.record.memberNumber)
    }

    private var download: StatementDownload {
        StatementDownload(statements: pages.dependencies.statements, printer: pages.dependencies.statementPrinter)
    }

    /// The member's own record and its stored statement for `{year}`, or 404.
    private func stored(_ context: StaffRequestContext) async throws -> (MemberRecord, StoredStatement) {
        let member = try pages.member(context)
        let record = try await pages.ownRecord(try pages.id("id", context), of: member, context)
        guard let year = context.parameters.get("year", as: Int.self),
              let statement = try await pages.dependencies.statements.statement(
                fundID: member.fundID, recordID: record.record.id, year: SchemeYear(startYear: year)) else {
            throw WebError.notFound
        }
        return (record, statement)
    }
}
