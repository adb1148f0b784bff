import Hummingbird
import LGPSStorage
import Testing

/// Staff add a P60 or payslip to a record from its page: checked like the manifest import (period shape, a PDF by
/// its bytes, 2 MB or less: FILE-1, FILE-3), refused with messages on the fields and nothing stored, audited when
/// added, and only for the staff member's own fund (AC-6).
@Suite("Web: staff add a P60 or payslip")
struct RecordPayrollUploadTests {
    static let pdf = Array("%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n".utf8)

    @Test("A P60 added by staff is on the record for staff and member; the same period again is refused",
          arguments: WebBackend.all)
    func adds(backend: WebBackend) async throws {
        try await WebTest.run(backend) { env in
            let record = env.fixture.recordA.record.id
            let path = "/records/\(record)/payroll/new"
            let staff = env.newBrowser()
            try await staff.signIn(email: env.fixture.staffA.email)
            #expect(try await staff.get("/records/\(record)").text.contains("href=\"\(path)\""))
            let form = try await staff.get(path)
            #expect(form.status == .ok && form.text.contains("enctype=\"multipart/form-data\""))
            let added = try await staff.upload(path, fields: [("kind", "p60"), ("period", "2024-25")],
                                               filename: "p60.pdf", bytes: Self.pdf)
            #expect(added.status == .seeOther)
            let documents = try await env.database.repositories.payrollDocuments.list(
                fundID: env.fixture.fundA.id, personID: env.fixture.personA.id)
            let p60 = try #require(documents.first)
            #expect(documents.count == 1 && p60.kind == .p60 && p60.period == "2024-25" && p60.createdBy.hasPrefix("staff:"))
            #expect(try #require(env.casework).files.read(key: p60.storageKey) == Self.pdf)
            #expect(try await env.database.repositories.audit.history(fundID: env.fixture.fundA.id, entity: "payroll_document",
                                                                      entityID: p60.id, limit: 2).count == 1)
            let page = try await staff.get("/records/\(record)").text
            #expect(page.contains("The P60 for 6 April 2024 to 5 April 2025 has been added"))
            _ = try await staff.get(path)
            let again = try await staff.upload(path, fields: [("kind", "p60"), ("period", "2024-25")],
                                               filename: "p60.pdf", bytes: Self.pdf)
            #expect(again.status == .unprocessableContent)
            #expect(again.text.contains("This record already has a P60 for 6 April 2024 to 5 April 2025"))
            let secret = try await PortalFixture(env: env).account(for: env.fixture.personA)
            _ = try await PortalSignInTests.signIn(env, env.browser, secret: secret)
            #expect(try await env.browser.get("/portal/records/\(record)").text.contains("6 April 2024 to 5 April 2025"))
        }
    }

    @Test("VAL-1, FILE-1, FILE-3: no kind, a badly written period, or a file that is not a PDF is refused and nothing is stored")
    func refuses() async throws {
        try await WebTest.run(.sqlite) { env in
            let path = "/records/\(env.fixture.recordA.record.id)/payroll/new"
            let staff = env.newBrowser()
            try await staff.signIn(email: env.fixture.staffA.email)
            _ = try await staff.get(path)
            let noKind = try await staff.upload(path, fields: [("period", "2024-25")], filename: "a.pdf", bytes: Self.pdf)
            #expect(noKind.status == .unprocessableContent && noKind.text.contains("Select whether it is a P60 or a payslip"))
            let badPeriod = try await staff.upload(path, fields: [("kind", "payslip"), ("period", "October 2025")],
                                                   filename: "a.pdf", bytes: Self.pdf)
            #expect(badPeriod.text.contains("Enter the month like 2025-10") && badPeriod.text.contains("href=\"#period\""))
            let html = try await staff.upload(path, fields: [("kind", "p60"), ("period", "2024-25")], filename: "p60.pdf",
                                              bytes: Array("<html><script>alert(1)</script></html>".utf8))
            #expect(html.text.contains("The file must be a PDF"))
            let big = try await staff.upload(path, fields: [("kind", "p60"), ("period", "2024-25")], filename: "p60.pdf",
                                             bytes: Self.pdf + [UInt8](repeating: 0x20, count: 2 * 1024 * 1024))
            #expect(big.text.contains("The file must be 2 MB or smaller"))
            #expect(try await env.database.repositories.payrollDocuments.list(
                fundID: env.fixture.fundA.id, personID: env.fixture.personA.id).isEmpty)
        }
    }

    @Test("AC-6: another fund's staff get 404 for the form and the upload")
    func otherFund() async throws {
        try await WebTest.run(.sqlite) { env in
            let path = "/records/\(env.fixture.recordA.record.id)/payroll/new"
            let other = env.newBrowser()
            try await other.signIn(email: env.fixture.staffB.email)
            #expect(try await other.get(path).status == .notFound)
            _ = try await other.get("/records/\(env.fixture.recordB.record.id)/payroll/new")
            let refused = try await other.upload(path, fields: [("kind", "p60"), ("period", "2024-25")],
                                                 filename: "p60.pdf", bytes: Self.pdf)
            #expect(refused.status == .notFound)
            #expect(try await env.database.repositories.payrollDocuments.list(
                fundID: env.fixture.fundA.id, personID: env.fixture.personA.id).isEmpty)
        }
    }
}
