import Foundation
import Hummingbird
import HummingbirdTesting
import LGPSNotify
import LGPSStorage
import LGPSWeb
import Prometheus
import Testing

/// Notify's delivery-status callback and what staff see of emails (interfaces.md D3, REL-8). The app is built
/// as every web test builds it.
@Suite("Web: GOV.UK Notify delivery reports and the emails staff see")
struct NotifyWebTests {
    static let token = WebTest.notifyCallbackToken

    /// The app as every web test builds it (`WebTest.run` sets the callback token).
    static func run(_ backend: WebBackend, _ body: @escaping @Sendable (WebEnvironment) async throws -> Void)
        async throws {
        try await WebTest.run(backend, body)
    }

    /// Queues and "sends" an email to person A; returns its id (Notify id `providerID`).
    static func sentEmail(_ env: WebEnvironment, to address: String, template: String = "sign-in-code",
                          providerID: String) async throws -> Int64 {
        let outbox = env.database.repositories.notifications
        let person = env.fixture.personA
        let n = try await outbox.enqueue(fundID: person.fundID, personID: person.id, email: address, template: template,
                                         personalisation: [:], reference: nil, at: env.clock.now())
        _ = try await outbox.claim(limit: 10, at: env.clock.now())
        try await outbox.markSent(id: n.id, providerID: providerID, at: env.clock.now())
        return n.id
    }

    /// POSTs a receipt body with `authorization`.
    static func callback(_ env: WebEnvironment, body: String, authorization: String? = "Bearer \(token)")
        async throws -> TestResponse {
        var headers: HTTPFields = [.contentType: "application/json"]
        if let authorization { headers[.authorization] = authorization }
        return try await env.client.execute(uri: "/notify/delivery-status", method: .post, headers: headers,
                                            body: ByteBuffer(string: body))
    }

    static func receipt(id: String, status: String) -> String {
        #"{"id":"\#(id)","reference":"lgps-notification-1","to":"x@example.org","status":"\#(status)","#
            + #""created_at":"2026-01-01T10:00:00.000000Z","completed_at":"2026-01-01T10:00:05.000000Z","#
            + #""sent_at":"2026-01-01T10:00:01.000000Z","notification_type":"email","#
            + #""template_id":"f33517ff-2a88-4f6e-b855-c550268ce08a","template_version":1}"#
    }

    @Test("A receipt with the fund's token is recorded, once: a replay changes nothing (REL-8)",
          arguments: WebBackend.all)
    func goodTokenAndReplay(backend: WebBackend) async throws {
        try await Self.run(backend) { env in
            let id = try await Self.sentEmail(env, to: "gone@example.org", providerID: "notify-1")
            let first = try await Self.callback(env, body: Self.receipt(id: "notify-1", status: "permanent-failure"))
            #expect(first.status == .noContent)
            let outbox = env.database.repositories.notifications
            let after = try await outbox.list(fundID: env.fixture.fundA.id, personID: nil, limit: 5)
            #expect(after.first { $0.id == id }?.status == .bounced)
            #expect(after.first?.deliveryAt == NotifyTime.parse("2026-01-01T10:00:05.000000Z"))
            let replay = try await Self.callback(env, body: Self.receipt(id: "notify-1", status: "permanent-failure"))
            #expect(replay.status == .noContent)
            #expect(try await outbox.list(fundID: env.fixture.fundA.id, personID: nil, limit: 5) == after)
            #expect(try await outbox.undeliverableAddresses(fundID: env.fixture.fundA.id, personID: nil).count == 1)
            // The postal fallback: one task for staff to write instead, not repeated by the replay.
            let tasks = try await env.database.repositories.casework.tasks(fundID: env.fixture.fundA.id,
                                                                           personID: env.fixture.personA.id)
            #expect(tasks.map(\.subject) == ["Email address not working: write to the member"])
            #expect(tasks.first?.channel == .system && tasks.first?.status == .open)
            let note = try await env.database.repositories.casework.messages(fundID: env.fixture.fundA.id,
                                                                             taskID: try #require(tasks.first).id)
            #expect(note.first?.body.contains("\"Sign-in code\" could not be delivered") == true)
            #expect(note.first?.body.contains("gone@example.org") == false)  // the address stays on the person page
        }
    }

    @Test("A wrong, missing or cookie-only credential gets 401 and is logged; nothing changes (AC-2, AC-7)",
          arguments: WebBackend.all)
    func badToken(backend: WebBackend) async throws {
        try await Self.run(backend) { env in
            let id = try await Self.sentEmail(env, to: "a@example.org", providerID: "notify-2")
            let body = Self.receipt(id: "notify-2", status: "delivered")
            for authorization in ["Bearer wrong-token", "Bearer \(Self.token)x", "Basic \(Self.token)", nil] {
                let response = try await Self.callback(env, body: body, authorization: authorization)
                #expect(response.status == .unauthorized, "\(authorization ?? "none")")
                #expect(response.headers[.contentType] == "application/problem+json")
            }
            // A signed-in member of staff has no business here either: the session is not the token.
            try await env.browser.signIn(email: env.fixture.staffA.email)
            var headers: HTTPFields = [.contentType: "application/json"]
            if let session = env.browser.sessionID { headers[.cookie] = "lgps_session=\(session)" }
            let withCookie = try await env.client.execute(uri: "/notify/delivery-status", method: .post,
                                                          headers: headers, body: ByteBuffer(string: body))
            #expect(withCookie.status == .unauthorized)
            let stored = try await env.database.repositories.notifications.list(fundID: env.fixture.fundA.id,
                                                                                personID: nil, limit: 5)
            #expect(stored.first { $0.id == id }?.status == .sent)
            #expect(env.logs.all.filter { $0.contains("Delivery callback refused") }.count == 5)
            #expect(!env.logs.text.contains(Self.token), "the token is never logged (DATA-3)")
        }
    }

    @Test("Malformed JSON, a missing id or an unknown status get 400 problem+json; an unknown id 404",
          arguments: WebBackend.all)
    func badInput(backend: WebBackend) async throws {
        try await Self.run(backend) { env in
            _ = try await Self.sentEmail(env, to: "a@example.org", providerID: "notify-3")
            for body in ["{not json", #"{"status":"delivered"}"#, Self.receipt(id: "notify-3", status: "exploded")] {
                let response = try await Self.callback(env, body: body)
                #expect(response.status == .badRequest, "\(body)")
                #expect(response.headers[.contentType] == "application/problem+json")
                #expect(response.text.contains(#""status":400"#))
            }
            let unknown = try await Self.callback(env, body: Self.receipt(id: "never-sent", status: "delivered"))
            #expect(unknown.status == .notFound && unknown.headers[.contentType] == "application/problem+json")
        }
    }

    @Test("The person page lists each email with what happened to it, and an address that is not working",
          arguments: WebBackend.all)
    func personPage(backend: WebBackend) async throws {
        try await Self.run(backend) { env in
            _ = try await Self.sentEmail(env, to: "a@example.org", template: "password-reset", providerID: "notify-4")
            _ = try await Self.sentEmail(env, to: "gone@example.org", template: "sign-in-code", providerID: "notify-5")
            _ = try await env.database.repositories.notifications.enqueue(
                fundID: env.fixture.fundA.id, personID: env.fixture.personA.id, email: "a@example.org",
                template: "bank-details-changed", personalisation: [:], reference: nil, at: env.clock.now())
            _ = try await Self.callback(env, body: Self.receipt(id: "notify-4", status: "delivered"))
            _ = try await Self.callback(env, body: Self.receipt(id: "notify-5", status: "permanent-failure"))
            try await env.browser.signIn(email: env.fixture.staffA.email)
            let page = try await env.browser.get("/people/\(env.fixture.personA.id)")
            #expect(page.status == .ok)
            let text = page.text
            #expect(text.contains("<caption class=\"table__caption\" id=\"emails-caption\">"))
            #expect(text.contains("<th scope=\"row\">Link to reset password</th>"))
            #expect(text.contains("<td>Delivered</td>"))
            #expect(text.contains("<strong>Could not be delivered — email address not working</strong>"))
            #expect(text.contains("<th scope=\"row\">Bank details changed</th>"))
            #expect(text.contains("<td>Waiting to send</td>"))
            #expect(text.contains("<strong>Email address not working:</strong> gone@example.org"))
            #expect(!text.contains("<script"))

            let admin = try await env.browser.get("/portal-admin")
            #expect(admin.text.contains(#"<dd class="summary-list__value" id="emails-undelivered">1</dd>"#))
        }
    }

    @Test("Staff of another fund get 404 for the person; a member or signed-out visitor never reaches staff pages (AC-2, AC-3, AC-6)",
          arguments: WebBackend.all)
    func accessControl(backend: WebBackend) async throws {
        try await Self.run(backend) { env in
            _ = try await Self.sentEmail(env, to: "secret@example.org", providerID: "notify-6")
            let path = "/people/\(env.fixture.personA.id)"
            let other = env.newBrowser()
            try await other.signIn(email: env.fixture.staffB.email)
            let foreign = try await other.get(path)
            #expect(foreign.status == .notFound && !foreign.text.contains("secret@example.org"))

            let secret = try await PortalFixture(env: env).account(for: env.fixture.personA)
            let member = env.newBrowser()
            _ = try await PortalSignInTests.signIn(env, member, secret: secret)
            #expect(try await member.get("/portal/home").status == .ok, "the member is signed in")
            for staffPage in [path, "/portal-admin"] {
                let response = try await member.get(staffPage)
                #expect(response.headers[.location] == "/login", "\(staffPage)")
                #expect(!response.text.contains("secret@example.org"))
                #expect(try await env.browser.get(staffPage).headers[.location] == "/login")
            }
        }
    }
}
