import Foundation
import Testing
@testable import LGPSNotify

@Suite("Classifying Notify's answers")
struct NotifyResultTests {
    static let sent = #"{"id":"740e5834-3a29-46b4-9a6f-16142fde533a","reference":"lgps-notification-1","#
        + #""uri":"/v2/notifications/740e5834-3a29-46b4-9a6f-16142fde533a","#
        + #""template":{"id":"f33517ff-2a88-4f6e-b855-c550268ce08a","version":1,"uri":"x"},"content":{}}"#

    static func classify(_ status: Int, _ body: String) -> NotifyResult<SentNotification> {
        .classify(status: status, body: Array(body.utf8)) { try JSONDecoder().decode(SentNotification.self, from: Data($0)) }
    }

    static func error(_ status: Int, _ name: String, _ message: String) -> String {
        #"{"status_code":\#(status),"errors":[{"error":"\#(name)","message":"\#(message)"}]}"#
    }

    @Test("201 with Notify's body is sent, and gives Notify's id")
    func created() {
        #expect(Self.classify(201, Self.sent) == .success(SentNotification(
            id: "740e5834-3a29-46b4-9a6f-16142fde533a", reference: "lgps-notification-1",
            uri: "/v2/notifications/740e5834-3a29-46b4-9a6f-16142fde533a",
            template: .init(id: "f33517ff-2a88-4f6e-b855-c550268ce08a", version: 1, uri: "x"))))
    }

    @Test("201 with a body that cannot be read is not retried (it would send twice)")
    func unreadableSuccess() {
        #expect(Self.classify(201, "<html>") == .rejected(status: 201, message: "Notify's answer could not be read"))
    }

    @Test("400 (a bad email address) fails for good, with Notify's message")
    func badRequest() {
        let body = Self.error(400, "BadRequestError", "email_address Not a valid email address")
        #expect(Self.classify(400, body) == .rejected(
            status: 400, message: "HTTP 400: BadRequestError: email_address Not a valid email address"))
    }

    @Test("403 (the key was refused) is its own outcome, not retried")
    func forbidden() {
        let body = Self.error(403, "AuthError", "Invalid token: signature, api token not found")
        #expect(Self.classify(403, body) == .unauthorised("HTTP 403: AuthError: Invalid token: signature, api token not found"))
    }

    @Test("429 is retried later and marked as a rate limit")
    func rateLimited() {
        let body = Self.error(429, "RateLimitError", "Exceeded rate limit")
        #expect(Self.classify(429, body) == .retryLater(reason: "HTTP 429: RateLimitError: Exceeded rate limit",
                                                        rateLimited: true))
    }

    @Test("5xx is retried later", arguments: [500, 502, 503])
    func serverError(status: Int) {
        #expect(Self.classify(status, "") == .retryLater(reason: "HTTP \(status)", rateLimited: false))
    }

    @Test("Other 4xx are not retried", arguments: [401, 404, 413])
    func otherClientErrors(status: Int) {
        #expect(Self.classify(status, "{}") == .rejected(status: status, message: "HTTP \(status)"))
    }
}
