import Foundation
import Hummingbird
import LGPSStorage
import Logging
import NIOCore
import NIOFoundationCompat

/// A stand-in for GOV.UK Notify that speaks its v2 protocol (interfaces.md D3), for tests and the demo: it
/// checks the bearer JWT like Notify (``NotifyTokenVerifier``: 401 without one, 403 `AuthError` for a bad one),
/// checks a send's body (400 `BadRequestError` in Notify's error shape), answers 429 `RateLimitError` over its
/// configured limit and 500 when told to fail, answers a send with Notify's 201 shape, keeps the messages, and
/// answers `GET /v2/notifications/{id}`. Delivery callbacks are sent by ``MockNotifyCallbacks``.
public struct MockNotify: Sendable {
    /// Largest request body read.
    static let maximumBody = 1 << 20

    public let store: MockNotifyStore
    let verifier: NotifyTokenVerifier
    let clock: any WallClock

    /// A mock that accepts tokens made with any of `keys`.
    public init(store: MockNotifyStore = MockNotifyStore(), keys: [NotifyAPIKey], clock: any WallClock) {
        self.store = store
        verifier = NotifyTokenVerifier(keys: keys)
        self.clock = clock
    }

    /// The mock's routes.
    public func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.post("/v2/notifications/email") { request, _ in await self.send(request, type: "email") }
        router.post("/v2/notifications/letter") { request, _ in await self.send(request, type: "letter") }
        router.get("/v2/notifications/{id}") { request, context in
            if let refusal = await self.refusal(request) { return refusal }
            guard let id = context.parameters.get("id"), let message = await self.store.message(id: id) else {
                return Self.error(404, "NoResultFound", "No result found")
            }
            return Self.json(.ok, message.report)
        }
        return router
    }

    /// The mock as an application on `host`:`port` (port 0: any free port).
    public func application(host: String, port: Int, logger: Logger) -> some ApplicationProtocol {
        Application(router: router(), configuration: .init(address: .hostname(host, port: port)), logger: logger)
    }

    /// A send: auth, faults, then the body's checks.
    private func send(_ request: Request, type: String) async -> Response {
        if let refusal = await refusal(request) { return refusal }
        var request = request
        guard let buffer = try? await request.collectBody(upTo: Self.maximumBody),
              let body = try? JSONDecoder().decode(SendBody.self, from: Data(buffer: buffer)) else {
            return Self.error(400, "BadRequestError", "Invalid JSON supplied in POST data")
        }
        let recipient: String
        if type == "email" {
            if let problem = MockNotifyRules.emailProblem(body.emailAddress) {
                return Self.error(400, "BadRequestError", problem)
            }
            recipient = body.emailAddress ?? ""
        } else {
            guard let line = body.personalisation?["address_line_1"], !line.isEmpty else {
                return Self.error(400, "BadRequestError", "personalisation address_line_1 is a required property")
            }
            recipient = line
        }
        if let problem = MockNotifyRules.templateProblem(body.templateID) {
            return Self.error(400, "BadRequestError", problem)
        }
        let message = await store.accept(reference: body.reference, recipient: recipient, type: type,
                                         templateID: body.templateID ?? "", personalisation: body.personalisation ?? [:],
                                         at: clock.now())
        return Self.json(.created, [
            "id": .string(message.id), "reference": body.reference.map(JSONValue.string) ?? .null,
            "content": .object(["subject": .string("Mock subject"), "body": .string("Mock message"),
                                "from_email": .string("pensions@notifications.service.gov.uk")]),
            "uri": .string("/v2/notifications/\(message.id)"),
            "template": .object(["id": .string(message.templateID), "version": .number(1),
                                 "uri": .string("/v2/template/\(message.templateID)/version/1")]),
        ])
    }

    /// The answer that refuses a request before its body is read: no or bad token, a fault asked for, the
    /// rate limit.
    private func refusal(_ request: Request) async -> Response? {
        guard let header = request.headers[.authorization], header.hasPrefix("Bearer ") else {
            return Self.error(401, "AuthError", "Unauthorized: authentication token must be provided")
        }
        let now = clock.now()
        if let problem = verifier.problem(with: String(header.dropFirst("Bearer ".count)),
                                          now: now.microseconds / 1_000_000) {
            return Self.error(403, "AuthError", problem)
        }
        if await store.overLimit(at: now) {
            return Self.error(429, "RateLimitError", "Exceeded rate limit for key type LIVE of 3000 requests per 60 seconds")
        }
        if await store.takeFailure() { return Self.error(500, "Exception", "Internal server error") }
        return nil
    }

    /// Notify's error shape.
    static func error(_ status: Int, _ name: String, _ message: String) -> Response {
        json(.init(code: status), ["status_code": .number(status),
                                   "errors": .array([.object(["error": .string(name), "message": .string(message)])])])
    }

    static func json(_ status: HTTPResponse.Status, _ body: [String: JSONValue]) -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = (try? encoder.encode(body)) ?? Data("{}".utf8)
        return Response(status: status, headers: [.contentType: "application/json"],
                        body: .init(byteBuffer: ByteBuffer(data: data)))
    }

    /// A send's body as Notify reads it (every field optional, so a missing one gets Notify's message).
    struct SendBody: Decodable {
        var emailAddress: String?
        var templateID: String?
        var personalisation: [String: String]?
        var reference: String?

        enum CodingKeys: String, CodingKey {
            case emailAddress = "email_address", templateID = "template_id", personalisation, reference
        }
    }
}
