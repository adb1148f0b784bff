import Hummingbird
import LGPSPDF
import LGPSStatementRun
import LGPSStorage

/// Serving a stored statement, for staff and for the member alike: the HTML as stored (with its own strict
/// CSP), and the PDF as stored — made once on first download when its run made none, then kept (PERF-3: serving
/// is a read, not a recalculation).
struct StatementDownload: Sendable {
    let statements: any StatementStore
    let printer: PDFRenderer?

    /// A stored statement is a whole document of its own: inline styles, no scripts, nothing fetched (FILE-6).
    static let statementPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
        + "form-action 'none'; frame-ancestors 'none'"

    func html(_ statement: StoredStatement) -> Response {
        var response = HTML.page(statement.html)
        response.headers[.contentSecurityPolicy] = Self.statementPolicy
        return response
    }

    /// The PDF as an attachment named after the member number and year (FILE-6), or 404 when none can be made.
    func pdf(_ statement: StoredStatement, memberNumber: String) async throws -> Response {
        var stored = try await statements.pdf(fundID: statement.fundID, recordID: statement.recordID,
                                              year: statement.schemeYear)
        if stored == nil, let printer {
            let full = try await statements.statement(fundID: statement.fundID, recordID: statement.recordID,
                                                      year: statement.schemeYear) ?? statement
            let bytes = try await printer.render(html: full.html, documentDate: full.issuedOn.description)
            try await statements.storePDF(StatementPDF(fundID: full.fundID, recordID: full.recordID,
                                                       schemeYear: full.schemeYear, bytes: bytes,
                                                       sha256: StatementComposer.sha256(bytes)))
            stored = bytes
        }
        guard let bytes = stored else { throw WebError.notFound }
        var headers = HTTPFields()
        headers[.contentType] = "application/pdf"
        headers[.cacheControl] = "no-store"
        let name = "statement-\(memberNumber)-\(statement.schemeYear.startYear).pdf"
        headers[.contentDisposition] = "attachment; filename=\"\(name)\"; filename*=UTF-8''\(name)"
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
