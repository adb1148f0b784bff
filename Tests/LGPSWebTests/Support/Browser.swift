import Foundation
import Hummingbird
import HummingbirdTesting
import NIOConcurrencyHelpers

/// A test client that keeps the session cookie and the last CSRF token it saw, like a browser would.
final class Browser: Sendable {
    let client: any TestClientProtocol
    let cookieName: String
    private let state = NIOLockedValueBox<(cookie: String?, csrf: String?)>((nil, nil))

    init(client: any TestClientProtocol, cookieName: String = "lgps_session") {
        self.client = client
        self.cookieName = cookieName
    }

    /// The current session cookie value.
    var sessionID: String? {
        get { state.withLockedValue { $0.cookie } }
        set { state.withLockedValue { $0.cookie = newValue } }
    }

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

    /// Signs in through the login form; returns the POST's response.
    @discardableResult
    func signIn(email: String, password: String = WebFixture.password) async throws -> TestResponse {
        try await get("/login")
        return try await post("/login", form: [("email", email), ("password", password)])
    }

    private func send(_ uri: String, method: HTTPRequest.Method, headers: HTTPFields,
                      body: ByteBuffer?) async throws -> TestResponse {
        var headers = headers
        if let cookie = sessionID { headers[.cookie] = "\(cookieName)=\(cookie)" }
        let response = try await client.execute(uri: uri, method: method, headers: headers, body: body)
        for line in response.headers[values: .setCookie] {
            let pair = line.split(separator: ";")[0].split(separator: "=", maxSplits: 1)
            if pair.count == 2, pair[0] == cookieName { sessionID = String(pair[1]) }
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
