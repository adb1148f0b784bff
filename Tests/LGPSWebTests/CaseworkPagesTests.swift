import Foundation
import Hummingbird
import HummingbirdTesting
import LGPSPortal
import LGPSRules
import LGPSStorage
import Testing
@testable import LGPSWeb

/// Members' messages and documents and the staff work queue (AUDIT-2, AC-3, AC-6, FILE-5, FILE-6, SESS-9).
@Suite("Web: messages, documents and the work queue")
struct CaseworkPagesTests {
    static let pdf = Array("%PDF-1.4\n%%EOF\n".utf8)

    static func signedIn(_ env: WebEnvironment) async throws {
        let secret = try await PortalFixture(env: env).account(for: env.fixture.personA)
        _ = try await PortalSignInTests.signIn(env, env.browser, secret: secret)
    }

    /// The id at the end of a redirect to `/portal/messages/{id}`.
    static func taskID(_ response: TestResponse) throws -> Int64 {
        let location = try #require(response.headers[.location])
        return try #require(Int64(location.split(separator: "/").last ?? ""))
    }

    @Test("A member's message reaches the staff queue; the staff reply and status reach the member (AUDIT-2)", arguments: WebBackend.all)
    func messageRoundTrip(backend: WebBackend) async throws {
        try await WebTest.run(backend) { env in
            try await Self.signedIn(env)
            let record = env.fixture.recordA.record.id
            let form = try await env.browser.get("/portal/messages/new?topic=cetv")
            #expect(form.text.contains("value=\"Transfer value quote\""))
            let sent = try await env.browser.post("/portal/messages/new", form: [
                ("recordID", "\(record)"), ("subject", "Transfer value quote"), ("body", "Please send me a quote")])
            let id = try Self.taskID(sent)
            let staff = env.newBrowser()
            try await staff.signIn(email: env.fixture.staffA.email)
            let queue = try await staff.get("/work-queue")
            #expect(queue.text.contains("Transfer value quote"))
            #expect(queue.text.contains("Jill Archer"))
            let task = try await staff.get("/work-queue/\(id)")
            #expect(task.text.contains("Please send me a quote"))
            let replied = try await staff.post("/work-queue/\(id)/reply", form: [("reply", "Your quote is on its way")])
            #expect(replied.headers[.location] == "/work-queue/\(id)")
            try await staff.get("/work-queue/\(id)")
            #expect(try await staff.post("/work-queue/\(id)/status", form: [("status", "in_progress")]).status == .seeOther)
            let conversation = try await env.browser.get("/portal/messages/\(id)")
            #expect(conversation.text.contains("Your quote is on its way"))
            #expect(conversation.text.contains("Being worked on"))
            #expect(try await env.browser.get("/portal/messages").text.contains("Being worked on"))
            let history = try await env.database.repositories.audit.history(fundID: env.fixture.fundA.id,
                                                                            entity: "work_task", entityID: id, limit: 5)
            #expect(history.map(\.action) == ["status", "create"])
            #expect(history.last?.actor.channel == .portal)
        }
    }

    @Test("Staff assign a task to themselves, find it under their view and in Completed when done; the member's reply reopens it")
    func assignAndComplete() async throws {
        try await WebTest.run(.sqlite) { env in
            try await Self.signedIn(env)
            try await env.browser.get("/portal/messages/new")
            let sent = try await env.browser.post("/portal/messages/new", form: [
                ("recordID", "\(env.fixture.recordA.record.id)"), ("subject", "Change of name"), ("body", "I married")])
            let id = try Self.taskID(sent)
            let staff = env.newBrowser()
            try await staff.signIn(email: env.fixture.staffA.email)
            #expect(!(try await staff.get("/work-queue?view=mine").text.contains("Change of name")))
            let page = try await staff.get("/work-queue/\(id)")
            #expect(page.text.contains("Assigned to") && page.text.contains("Nobody") && page.text.contains("Assign to me"))
            let assigned = try await staff.post("/work-queue/\(id)/assign", form: [("to", "me")])
            #expect(assigned.headers[.location] == "/work-queue/\(id)")
            #expect(try await staff.get("/work-queue/\(id)").text.contains("Unassign"))
            let mine = try await staff.get("/work-queue?view=mine")
            #expect(mine.text.contains("Change of name") && mine.text.contains("aria-current=\"page\">Assigned to you"))
            _ = try await staff.post("/work-queue/\(id)/status", form: [("status", "done")])
            #expect(!(try await staff.get("/work-queue").text.contains("Change of name")))
            #expect(try await staff.get("/work-queue?view=done").text.contains("Change of name"))
            try await env.browser.get("/portal/messages/\(id)")
            _ = try await env.browser.post("/portal/messages/\(id)", form: [("reply", "Here is the certificate number")])
            #expect(try await staff.get("/work-queue").text.contains("Change of name"))  // back in the queue
            // Another fund's officer cannot assign it (AC-6).
            let other = env.newBrowser()
            try await other.signIn(email: env.fixture.staffB.email)
            try await other.get("/work-queue")
            #expect(try await other.post("/work-queue/\(id)/assign", form: [("to", "me")]).status == .notFound)
        }
    }

    @Test("A forged record id and an empty message are refused with the error summary (AC-3)", arguments: WebBackend.all)
    func forgedRecord(backend: WebBackend) async throws {
        try await WebTest.run(backend) { env in
            try await Self.signedIn(env)
            try await env.browser.get("/portal/messages/new")
            let forged = try await env.browser.post("/portal/messages/new", form: [
                ("recordID", "\(env.fixture.recordB.record.id)"), ("subject", "Hello"), ("body", "Hi")])
            #expect(forged.status == .unprocessableContent)
            #expect(forged.text.contains("href=\"#recordID\""))
            #expect(!forged.text.contains("Brookfield"))
            let empty = try await env.browser.post("/portal/messages/new", form: [
                ("recordID", "\(env.fixture.recordA.record.id)"), ("subject", ""), ("body", "")])
            #expect(empty.text.contains("href=\"#subject\"") && empty.text.contains("href=\"#body\""))
            try await env.browser.get("/portal/documents/new")
            let upload = try await env.browser.upload("/portal/documents/new", fields: [
                ("recordID", "\(env.fixture.recordB.record.id)"), ("documentType", "birth-certificate")],
                filename: "birth.pdf", bytes: Self.pdf)
            #expect(upload.status == .unprocessableContent)
            #expect(try await env.database.repositories.casework.tasks(fundID: env.fixture.fundA.id,
                                                                       personID: env.fixture.personA.id).isEmpty)
            #expect(env.logs.text.contains("event=security.authorization.refused"))
        }
    }

    @Test("An upload is stored outside the web root and served as a nosniff attachment (FILE-5, FILE-6)", arguments: WebBackend.all)
    func uploadRoundTrip(backend: WebBackend) async throws {
        try await WebTest.run(backend) { env in
            try await Self.signedIn(env)
            try await env.browser.get("/portal/documents/new")
            let png = ImageSamples.pngWithMetadata
            let response = try await env.browser.upload("/portal/documents/new", fields: [
                ("recordID", "\(env.fixture.recordA.record.id)"), ("documentType", "birth-certificate")],
                filename: "../birth.pdf", bytes: png)
            let id = try Self.taskID(response)
            let documents = try await env.database.repositories.casework.documents(fundID: env.fixture.fundA.id, taskID: id)
            let document = try #require(documents.first)
            #expect(document.mediaType == "image/png")  // decided by the bytes, not the name (FILE-3)
            #expect(document.originalName == "birth.pdf")
            let files = try #require(env.casework).files
            #expect(!files.directory.contains("Resources"))
            #expect(try files.read(key: document.storageKey) == ImageSamples.pngClean)  // without metadata (FILE-3)
            let download = try await env.browser.get("/portal/documents/\(document.id)")
            #expect(download.status == .ok)
            #expect(Array(buffer: download.body) == ImageSamples.pngClean)
            #expect(download.headers[.contentDisposition] == "attachment; filename=\"birth.pdf\"; filename*=UTF-8''birth.pdf")
            #expect(download.headers[.xContentTypeOptions] == "nosniff")
            #expect(download.headers[.contentSecurityPolicy] == "default-src 'none'; sandbox")
            #expect(download.headers[.cacheControl] == "no-store")
            let list = try await env.browser.get("/portal/messages")
            #expect(list.text.contains("Birth certificate") && list.text.contains("Received"))
            let staff = env.newBrowser()
            try await staff.signIn(email: env.fixture.staffA.email)
            #expect(try await staff.get("/work-queue/documents/\(document.id)").status == .ok)
            let other = env.newBrowser()
            try await other.signIn(email: env.fixture.staffB.email)
            #expect(try await other.get("/work-queue/documents/\(document.id)").status == .notFound)  // AC-6
            #expect(try await other.get("/work-queue/\(id)").status == .notFound)
        }
    }

    @Test("EICAR is quarantined and never served; a text file called .pdf is refused (FILE-3, FILE-7)")
    func quarantine() async throws {
        try await WebTest.run(.sqlite) { env in
            try await Self.signedIn(env)
            try await env.browser.get("/portal/documents/new")
            let fields = [("recordID", "\(env.fixture.recordA.record.id)"), ("documentType", "signed-form")]
            let text = try await env.browser.upload("/portal/documents/new", fields: fields, filename: "form.pdf",
                                                    bytes: Array("just text".utf8))
            #expect(text.status == .unprocessableContent)
            #expect(text.text.contains("must be a PDF, JPG or PNG"))
            let infected = try await env.browser.upload("/portal/documents/new", fields: fields, filename: "form.pdf",
                                                        bytes: Self.pdf + UploadPolicy.eicar)
            let id = try Self.taskID(infected)
            let document = try #require(try await env.database.repositories.casework
                .documents(fundID: env.fixture.fundA.id, taskID: id).first)
            #expect(document.status == .quarantined)
            #expect(try await env.browser.get("/portal/documents/\(document.id)").status == .notFound)
        }
    }

    @Test("Another member's task and document ids answer 404 (AC-3); an upload without the CSRF token is 403 (SESS-9)", arguments: WebBackend.all)
    func otherMembers(backend: WebBackend) async throws {
        try await WebTest.run(backend) { env in
            let casework = env.database.repositories.casework
            let at = env.clock.now()
            let b = env.fixture.recordB.record
            let task = try await casework.createTask(
                WorkTask(id: 0, fundID: b.fundID, personID: b.personID, recordID: b.id, kind: .message, status: .open,
                         subject: "Brookfield secret", createdAt: at, updatedAt: at, channel: .portal, assignedTo: nil),
                firstMessage: TaskMessage(id: 0, taskID: 0, fundID: b.fundID, fromMember: true, author: "B",
                                          body: "private", createdAt: at), actor: .system("tests"))
            let files = try #require(env.casework).files
            let stored = try files.write(Self.pdf)
            let (_, document) = try await casework.createTask(
                WorkTask(id: 0, fundID: b.fundID, personID: b.personID, recordID: b.id, kind: .document, status: .open,
                         subject: "Birth certificate", createdAt: at, updatedAt: at, channel: .portal, assignedTo: nil),
                document: MemberDocument(id: 0, fundID: b.fundID, personID: b.personID, recordID: b.id, taskID: 0,
                                         originalName: "b.pdf", mediaType: "application/pdf", byteCount: stored.byteCount,
                                         sha256: stored.sha256, storageKey: stored.key, status: .received, createdAt: at),
                actor: .system("tests"))
            try await Self.signedIn(env)
            #expect(try await env.browser.get("/portal/messages/\(task.id)").status == .notFound)
            try await env.browser.get("/portal/messages")  // a page with this session's CSRF token
            #expect(try await env.browser.post("/portal/messages/\(task.id)", form: [("reply", "x")]).status == .notFound)
            #expect(try await env.browser.get("/portal/documents/\(document.id)").status == .notFound)
            #expect(!(try await env.browser.get("/portal/messages").text.contains("Brookfield secret")))
            try await env.browser.get("/portal/documents/new")
            let refused = try await env.browser.upload("/portal/documents/new", fields: [
                ("recordID", "\(env.fixture.recordA.record.id)"), ("documentType", "other")],
                filename: "a.pdf", bytes: Self.pdf, csrf: false)
            #expect(refused.status == .forbidden)
            var headers = HTTPFields()
            headers[.contentType] = "multipart/form-data; boundary=\(Browser.boundary)"
            let malformed = try await env.browser.send("/portal/documents/new", method: .post, headers: headers,
                                                       body: ByteBuffer(string: "--\(Browser.boundary)\r\ngarbage"))
            #expect(malformed.status == .badRequest)
        }
    }
}
