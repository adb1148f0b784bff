import Foundation
import HummingbirdTesting
import Hummingbird
import LGPSWeb
import Prometheus
import Testing

/// AUTH-17 and AC-2: every route the router serves has a policy in `RouteInventory`, and each policy holds for
/// an anonymous browser, a signed-in member and signed-in staff, on every route.
@Suite("Web: route inventory")
struct RouteInventoryTests {
    /// The router's routes, "METHOD /path".
    static func served(_ env: WebEnvironment) async throws -> Set<String> {
        var dependencies = WebDependencies(
            database: env.database, logger: env.logs.logger(), metrics: PrometheusCollectorRegistry(),
            cipher: PortalFixture.cipher, documentDirectory: NSTemporaryDirectory() + "/lgps-route-inventory")
        dependencies.notifyCallbackToken = "inventory-callback-token"  // so the optional callback route is served
        let router = try await buildRouter(configuration: WebConfiguration(), dependencies: dependencies)
        return Set(router.routes.map(\.description))
    }

    /// A concrete path for a route pattern: every `{parameter}` filled with something that parses.
    static func path(_ pattern: String) -> String {
        pattern.split(separator: "/", omittingEmptySubsequences: false).map { part in
            switch part {
            case "{year}": "2025"
            case "{session}": "some-session"
            default: part.hasPrefix("{") ? "1" : String(part)
            }
        }.joined(separator: "/")
    }

    static func request(_ browser: Browser, _ route: String) async throws -> TestResponse {
        let parts = route.split(separator: " ", maxSplits: 1)
        let path = Self.path(String(parts[1]))
        return parts[0] == "GET" ? try await browser.get(path) : try await browser.post(path, form: [])
    }

    /// Where a refused request must be sent, or nil for the API's 401.
    static func refusal(_ policy: RoutePolicy) -> String? {
        switch policy {
        case .staff, .staffSigningIn: "/login"
        case .member, .memberSigningIn: "/portal/sign-in"
        case .registering: "/portal/register"
        case .staffAPI, .open, .providerCallback: nil
        }
    }

    static func expectRefused(_ response: TestResponse, route: String, policy: RoutePolicy, who: String) {
        if policy == .staffAPI || policy == .providerCallback {
            #expect(response.status == .unauthorized, "\(who): \(route) answered \(response.status)")
        } else {
            #expect(response.status == .seeOther && response.headers[.location] == refusal(policy),
                    "\(who): \(route) answered \(response.status) \(response.headers[.location] ?? "")")
        }
    }

    @Test("AUTH-17: the inventory lists exactly the routes the router serves")
    func complete() async throws {
        try await WebTest.run(.sqlite) { env in
            let served = try await Self.served(env)
            let listed = Set(RouteInventory.routes.keys)
            #expect(served.subtracting(listed).sorted() == [], "routes without a policy in RouteInventory")
            #expect(listed.subtracting(served).sorted() == [], "RouteInventory lists routes the router does not serve")
        }
    }

    @Test("AC-2: without signing in, every route but the open ones is refused, and open pages answer")
    func anonymous() async throws {
        try await WebTest.run(.sqlite) { env in
            let browser = env.browser
            try await browser.get("/portal/sign-in")  // a session with a CSRF token, so POSTs reach the policy
            for (route, policy) in RouteInventory.routes.sorted(by: { $0.key < $1.key }) {
                if policy == .open {
                    guard route.hasPrefix("GET ") else { continue }
                    let response = try await Self.request(browser, route)
                    // Answered, not refused: no sign-in redirect, 401 or 403 (a reset link with no token is 410
                    // Gone). "/" only points the way to the staff sign-in.
                    let location = route == "GET /" ? "" : response.headers[.location] ?? ""
                    #expect(response.status.code < 500 && ![401, 403].contains(response.status.code)
                                && !location.hasSuffix("sign-in") && location != "/login",
                            "\(route) answered \(response.status) \(location)")
                    continue
                }
                Self.expectRefused(try await Self.request(browser, route), route: route, policy: policy,
                                   who: "anonymous")
            }
        }
    }

    @Test("AC-2: a signed-in member reaches no staff page or API, and a member of staff no member page")
    func crossRoles() async throws {
        try await WebTest.run(.sqlite) { env in
            let secret = try await PortalFixture(env: env).account(for: env.fixture.personA)
            let member = try await PortalSessionsTests.signedIn(env, secret)
            let staff = env.newBrowser()
            try await staff.signIn(email: env.fixture.staffA.email)
            #expect(try await staff.get("/search").status == .ok)
            for (route, policy) in RouteInventory.routes.sorted(by: { $0.key < $1.key }) {
                switch policy {
                case .staff, .staffAPI:
                    try await member.get("/portal/home")  // the member's CSRF token, fresh
                    Self.expectRefused(try await Self.request(member, route), route: route, policy: policy,
                                       who: "member")
                case .member:
                    try await staff.get("/search")
                    Self.expectRefused(try await Self.request(staff, route), route: route, policy: policy,
                                       who: "staff")
                case .open, .staffSigningIn, .memberSigningIn, .registering, .providerCallback:
                    continue
                }
            }
            #expect(try await member.get("/portal/home").status == .ok)  // neither was signed out on the way
            #expect(try await staff.get("/search").status == .ok)
        }
    }
}
