import LGPSStorage
import Testing
@testable import LGPSNotify

@Suite("Rate window, retry policy, Notify times and template settings")
struct PureRulesTests {
    static let start = Timestamp(microseconds: 1_767_225_600_000_000)
    static func at(seconds: Int64) -> Timestamp { Timestamp(microseconds: start.microseconds + seconds * 1_000_000) }

    @Test("The rate window grants Notify's 3,000 requests per 60 seconds and no more, sliding")
    func rateWindow() {
        var window = RateWindow()
        #expect(window.reserve(2_000, at: Self.at(seconds: 0)) == 2_000)
        #expect(window.reserve(2_000, at: Self.at(seconds: 30)) == 1_000)
        #expect(window.reserve(1, at: Self.at(seconds: 59)) == 0)
        #expect(window.nextOpening(at: Self.at(seconds: 59)) == Self.at(seconds: 60))
        #expect(window.reserve(2_500, at: Self.at(seconds: 60)) == 2_000)
        #expect(window.reserve(1, at: Self.at(seconds: 91)) == 1)
    }

    @Test("Retries wait 30 s, then double, at most an hour apart, and stop after 10 attempts")
    func retryPolicy() {
        let policy = RetryPolicy()
        let now = Self.at(seconds: 0)
        #expect(policy.retryAt(afterAttempt: 1, at: now) == Self.at(seconds: 30))
        #expect(policy.retryAt(afterAttempt: 2, at: now) == Self.at(seconds: 60))
        #expect(policy.retryAt(afterAttempt: 4, at: now) == Self.at(seconds: 240))
        #expect(policy.retryAt(afterAttempt: 9, at: now) == Self.at(seconds: 3_600))
        #expect(policy.retryAt(afterAttempt: 10, at: now) == nil)
    }

    @Test("Notify's times are read to the microsecond and written back the same")
    func times() {
        let text = "2026-01-01T00:00:01.000250Z"
        #expect(NotifyTime.parse(text) == Timestamp(microseconds: Self.at(seconds: 1).microseconds + 250))
        #expect(NotifyTime.format(Self.at(seconds: 1)) == "2026-01-01T00:00:01.000000Z")
        #expect(NotifyTime.parse("2024-02-29T23:59:59+00:00") == Timestamp(microseconds: 1_709_251_199_000_000))
        #expect(NotifyTime.parse("yesterday") == nil && NotifyTime.parse("2026-13-01T00:00:00Z") == nil)
    }

    @Test("Template ids come from NOTIFY_TEMPLATE_* variables and a name = id file; a bad line is named")
    func templates() throws {
        let env = ["NOTIFY_TEMPLATE_SIGN_IN_CODE": "f33517ff-2a88-4f6e-b855-c550268ce08a", "OTHER": "x"]
        let fromEnvironment = NotifyTemplates.fromEnvironment(env)
        #expect(fromEnvironment.ids == ["sign-in-code": "f33517ff-2a88-4f6e-b855-c550268ce08a"])
        #expect(fromEnvironment.missing().count == PortalEmailTemplate.all.count - 1)
        let file = try NotifyTemplates.parse("# ids\n\npassword-reset = 0b5c2d7e-95a7-4c8e-9d0a-0d1f7b1c2e3f\n")
        #expect(file.id(for: "password-reset") == "0b5c2d7e-95a7-4c8e-9d0a-0d1f7b1c2e3f")
        #expect(throws: NotifyConfigurationError.invalid(
            "Templates file line 2: write `template-name = Notify template id`")) {
            try NotifyTemplates.parse("a = 0b5c2d7e-95a7-4c8e-9d0a-0d1f7b1c2e3f\nb = not-an-id")
        }
    }

    @Test("Without NOTIFY_API_KEY sending is off; a malformed key is an error, not off")
    func configuration() throws {
        #expect(try NotifyConfiguration.fromEnvironment([:]) == nil)
        #expect(throws: NotifyConfigurationError.self) { try NotifyConfiguration.fromEnvironment(["NOTIFY_API_KEY": "x"]) }
        let configuration = try #require(try NotifyConfiguration.fromEnvironment(
            ["NOTIFY_API_KEY": NotifyTokenTests.keyText, "NOTIFY_BASE_URL": "http://127.0.0.1:9090"]))
        #expect(configuration.baseURL == "http://127.0.0.1:9090" && !"\(configuration)".contains(NotifyTokenTests.secret))
    }
}
