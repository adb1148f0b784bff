import Foundation
import Hummingbird
import HummingbirdTesting
import LGPSStorage
import LGPSWeb
import Testing

/// P60s and payslips from the pensioner payroll: imported from a manifest (checked first, line and column for
/// each problem, nothing stored on any), shown on the member's record and downloaded as PDFs (AC-3, FILE-3, FILE-6).
@Suite("Web: portal P60s and payslips")
struct PortalPayrollTests {
    static let pdf = Array("%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n".utf8)

    /// A folder with the manifest `text` and the files it names (PDFs, except any ending `.txt`).
    static func folder(_ text: String, files: [String]) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lgps-payroll-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for file in files {
            let bytes = file.hasSuffix(".txt") ? Array("not a pdf".utf8) : pdf
            try Data(bytes).write(to: directory.appendingPathComponent(file))
        }
        let path = directory.appendingPathComponent("manifest.csv").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static func importer(_ env: WebEnvironment) throws -> PayrollDocumentImporter {
        PayrollDocumentImporter(repositories: env.database.repositories, files: try #require(env.casework).files)
    }

    @Test("An imported P60 and payslip are listed on the member's record and download as PDFs; twice adds nothing",
          arguments: WebBackend.all)
    func importAndShow(backend: WebBackend) async throws {
        try await WebTest.run(backend) { env in
            let number = env.fixture.recordA.record.memberNumber
            let manifest = try Self.folder("member_number,kind,period,file\n\(number),p60,2024-25,p60.pdf\n"
                                           + "\(number),payslip,2025-10,oct.pdf\n", files: ["p60.pdf", "oct.pdf"])
            let fund = env.fixture.fundA.id
            let outcome = try await Self.importer(env).run(manifest: manifest, fundID: fund, at: env.clock.now(),
                                                            actor: .system("tests"))
            #expect(outcome == .init(added: 2, alreadyHeld: 0))
            let again = try await Self.importer(env).run(manifest: manifest, fundID: fund, at: env.clock.now(),
                                                          actor: .system("tests"))
            #expect(again == .init(added: 0, alreadyHeld: 2))
            let secret = try await PortalFixture(env: env).account(for: env.fixture.personA)
            _ = try await PortalSignInTests.signIn(env, env.browser, secret: secret)
            let record = env.fixture.recordA.record.id
            let page = try await env.browser.get("/portal/records/\(record)")
            #expect(page.text.contains("P60s and payslips") && page.text.contains("6 April 2024 to 5 April 2025")
                    && page.text.contains("October 2025"))
            let documents = try await env.database.repositories.payrollDocuments.list(
                fundID: fund, personID: env.fixture.personA.id)
            #expect(documents.map(\.period) == ["2025-10", "2024-25"])
            let p60 = try #require(documents.first { $0.kind == .p60 })
            let download = try await env.browser.get("/portal/records/\(record)/payroll/\(p60.id)")
            #expect(download.status == .ok && download.headers[.contentType] == "application/pdf")
            #expect(download.headers[.contentDisposition]?.contains("P60-2024-25.pdf") == true)
            #expect(download.headers[.xContentTypeOptions] == "nosniff")
            #expect(download.text.hasPrefix("%PDF-"))
            #expect(try await env.database.repositories.audit.history(fundID: fund, entity: "payroll_document",
                                                                      entityID: p60.id, limit: 2).count == 1)
            // Staff of the fund see them on the record too; another fund's staff do not (AC-6).
            let staff = env.newBrowser()
            try await staff.signIn(email: env.fixture.staffA.email)
            #expect(try await staff.get("/records/\(record)").text.contains("P60s and payslips"))
            #expect(try await staff.get("/records/\(record)/payroll/\(p60.id)").headers[.contentType] == "application/pdf")
            let other = env.newBrowser()
            try await other.signIn(email: env.fixture.staffB.email)
            #expect(try await other.get("/records/\(record)/payroll/\(p60.id)").status == .notFound)
        }
    }

    @Test("AC-3: another member, or the document under another record id, is not found")
    func otherMembers() async throws {
        try await WebTest.run(.sqlite) { env in
            let number = env.fixture.recordA.record.memberNumber
            let manifest = try Self.folder("member_number,kind,period,file\n\(number),p60,2024-25,p60.pdf\n",
                                           files: ["p60.pdf"])
            _ = try await Self.importer(env).run(manifest: manifest, fundID: env.fixture.fundA.id,
                                                 at: env.clock.now(), actor: .system("tests"))
            let document = try #require(try await env.database.repositories.payrollDocuments.list(
                fundID: env.fixture.fundA.id, personID: env.fixture.personA.id).first)
            let bowman = try await PortalFixture(env: env).account(for: env.fixture.personB, email: "bowman@example.com")
            let browser = env.newBrowser()
            try await browser.get("/portal/sign-in")
            _ = try await browser.post("/portal/sign-in", form: [("email", "bowman@example.com"),
                                                                  ("password", PortalFixture.password)])
            _ = try await browser.post("/portal/sign-in/code", form: [("code", bowman.code(at: env.clock.now()))])
            let own = env.fixture.recordB.record.id
            #expect(try await browser.get("/portal/records/\(own)").status == .ok)
            #expect(try await browser.get("/portal/records/\(own)/payroll/\(document.id)").status == .notFound)
            #expect(try await browser.get("/portal/records/\(env.fixture.recordA.record.id)/payroll/\(document.id)")
                .status == .notFound)
        }
    }

    @Test("VAL-1: every wrong line is reported with its line and column, and nothing is stored")
    func problems() async throws {
        try await WebTest.run(.sqlite) { env in
            let number = env.fixture.recordA.record.memberNumber
            let manifest = try Self.folder("""
                member_number,kind,period,file
                \(number),p60,2024-25,good.pdf
                NO-SUCH,p60,2024-25,good.pdf
                \(number),p45,2024-25,good.pdf
                \(number),payslip,2025-13,good.pdf
                \(number),payslip,2025-09,letter.txt
                \(number),payslip,2025-08,missing.pdf
                \(number),payslip,2025-07,../good.pdf

                """, files: ["good.pdf", "letter.txt"])
            await #expect(throws: PayrollImportProblems.self) {
                _ = try await Self.importer(env).run(manifest: manifest, fundID: env.fixture.fundA.id,
                                                     at: env.clock.now(), actor: .system("tests"))
            }
            do {
                _ = try await Self.importer(env).run(manifest: manifest, fundID: env.fixture.fundA.id,
                                                     at: env.clock.now(), actor: .system("tests"))
            } catch let problems as PayrollImportProblems {
                #expect(problems.problems.map { "\($0.line):\($0.column)" } == ["3:1", "4:2", "5:3", "6:4", "7:4", "8:4"])
                #expect(problems.description.contains("line 6, column 4: letter.txt: The file must be a PDF"))
            }
            #expect(try await env.database.repositories.payrollDocuments.list(
                fundID: env.fixture.fundA.id, personID: env.fixture.personA.id).isEmpty)
            // A bad header is refused at line 1.
            let headerless = try Self.folder("\(number),p60,2024-25,good.pdf\n", files: ["good.pdf"])
            do {
                _ = try await Self.importer(env).run(manifest: headerless, fundID: env.fixture.fundA.id,
                                                     at: env.clock.now(), actor: .system("tests"))
                Issue.record("A manifest without its header was imported")
            } catch let problems as PayrollImportProblems {
                #expect(problems.problems.first?.line == 1)
            }
        }
    }
}
