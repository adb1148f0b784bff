import Foundation
import Hummingbird
import HummingbirdTesting
import LGPSPortal
import NIOConcurrencyHelpers

/// A test client that keeps its cookies (the session, and the portal's registration and device cookies) and the
/// last CSRF token it saw, like a browser would.
final class Browser: Sendable {
    let client: any TestClientProtocol
    let cookieName: String
    /// The server's clock, to make authenticator codes at its time.
    let clock: TestClock?
    /// Staff authenticator secrets set up so far in this test, shared by its browsers.
    let authenticators: StaffAuthenticators
    private let state = NIOLockedValueBox<(cookies: [String: String], csrf: String?)>(([:], nil))

    init(client: any TestClientProtocol, cookieName: String = "lgps_session", clock: TestClock? = nil,
         authenticators: StaffAuthenticators = StaffAuthenticators()) {
        self.client = client
        self.cookieName = cookieName
        self.clock = clock
        self.authenticators = authenticators
    }

    /// The current session cookie value.
    var sessionID: String? {
        get { state.withLockedValue { $0.cookies[cookieName] } }
        set { state.withLockedValue { $0.cookies[cookieName] = newValue } }
    }

    /// Any cookie the browser holds.
    func cookie(_ name: String) -> String? { state.withLockedValue { $0.cookies[name] } }

    /// The CSRF token from the last page that had a form.
    var csrfToken: String? { state.withLockedValue { $0.csrf } }

    @discardableResult
    func get(_ uri: String, headers: HTTPFields = [:]) async throws -> TestResponse {
        try await send(uri, method: .get, headers: headers, body: nil)
    }

    /// POSTs a urlencoded form, adding the CSRF token unless `csrf` is false.
    @discardableResult
    func post(_ uri: String, form: [(String, String)], csrf: Bool = true) async throws -> TestResponse {
        var fields = form
        if csrf, let token = csrfToken { fields.append(("csrfToken", token)) }
        let body = fields.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        var headers = HTTPFields()
        headers[.contentType] = "application/x-www-form-urlencoded"
        return try await send(uri, method: .post, headers: headers, body: ByteBuffer(string: body))
    }

    /// Signs in through the login form and, when the password is right, the security code (setting up the
    /// authenticator at a first sign-in); returns the last POST's response.
    @discardableResult
    func signIn(email: String, password: String = WebFixture.password) async throws -> TestResponse {
        try await get("/login")
        let first = try await post("/login", form: [("email", email), ("password", password)])
        guard let location = first.headers[.location], location.hasPrefix("/login/"), let clock else { return first }
        if location == "/login/set-up-authenticator" {
            let page = try await get(location)
            guard let range = page.text.range(of: "id=\"totp-key\">") else { return page }
            let key = page.text[range.upperBound...].prefix { $0 != "<" }.replacingOccurrences(of: " ", with: "")
            authenticators.set(email, TOTPSecret(storedValue: key))
        }
        guard let code = authenticators.code(email, clock: clock) else { return first }
        return try await post(location, form: [("code", code)])
    }

    func send(_ uri: String, method: HTTPRequest.Method, headers: HTTPFields,
                      body: ByteBuffer?) async throws -> TestResponse {
        var headers = headers
        let jar = state.withLockedValue { $0.cookies }
        if headers[.cookie] == nil, !jar.isEmpty {
            headers[.cookie] = jar.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
        }
        let response = try await client.execute(uri: uri, method: method, headers: headers, body: body)
        for line in response.headers[values: .setCookie] {
            let pair = line.split(separator: ";")[0].split(separator: "=", maxSplits: 1)
            guard let name = pair.first.map(String.init) else { continue }
            let value = pair.count == 2 ? String(pair[1]) : ""
            let expired = value.isEmpty || line.lowercased().contains("max-age=0")
            state.withLockedValue { $0.cookies[name] = expired ? nil : value }
        }
        let text = response.text
        if let range = text.range(of: #"name="csrfToken" value=""#) {
            let token = text[range.upperBound...].prefix { $0 != "\"" }
            state.withLockedValue { $0.csrf = String(token) }
        }
        return response
    }

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
    }
}

extension TestResponse {
    /// The body as text.
    var text: String { String(buffer: body) }
}

/// Staff authenticator secrets a test's browsers have set up, and the last time step each used, so the next
/// sign-in waits (moves the test clock on) rather than replaying a code (AUTH-12).
final class StaffAuthenticators: Sendable {
    private let secrets = NIOLockedValueBox<[String: (secret: TOTPSecret, lastStep: Int64?)]>([:])

    func set(_ email: String, _ secret: TOTPSecret) {
        secrets.withLockedValue { $0[email.lowercased()] = (secret, nil) }
    }

    /// The code for `email`'s authenticator now, even if already used (to test replays).
    func codeNow(_ email: String, clock: TestClock) -> String? {
        secrets.withLockedValue { $0[email.lowercased()]?.secret.code(at: clock.now()) }
    }

    /// A fresh code for `email`'s authenticator at the clock's time (moving the clock to the next step if this
    /// step's code was used).
    func code(_ email: String, clock: TestClock) -> String? {
        secrets.withLockedValue { all in
            guard let entry = all[email.lowercased()] else { return nil }
            var step = clock.now().microseconds / 30_000_000
            if let last = entry.lastStep, step <= last {
                clock.advance(seconds: (last + 1 - step) * 30)
                step = last + 1
            }
            all[email.lowercased()] = (entry.secret, step)
            return entry.secret.code(at: clock.now())
        }
    }
}
