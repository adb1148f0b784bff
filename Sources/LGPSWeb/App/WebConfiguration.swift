import NIOCore

/// Settings for the staff web application. Defaults suit a local demo over plain HTTP on 127.0.0.1:8080.
public struct WebConfiguration: Sendable {
    /// Address to listen on.
    public var host: String
    /// Port to listen on.
    public var port: Int
    /// Whether the site is served over HTTPS: sets `Secure` and the `__Host-` prefix on the session cookie, and
    /// sends HSTS (SESS-8, SESS-10). Keep `false` only for a local `http://` demo.
    public var secureCookies: Bool
    /// bcrypt cost for new password hashes; at least 10 (AUTH-14). Verification reads the cost from each hash.
    public var bcryptCost: Int
    /// A folder of `.mustache` files that replace the built-in templates of the same name, so a fund can edit
    /// its pages without rebuilding. `nil` uses only the built-in templates.
    public var templateOverrideDirectory: String?
    /// Signed-in staff are signed out after this long without a request (SESS-3: 15 minutes).
    public var sessionIdleTimeout: Duration
    /// Signed-in staff must sign in again after this long whatever they do (SESS-3: 10 hours).
    public var sessionAbsoluteTimeout: Duration
    /// Signed-in members must sign in again after this long whatever they do (SESS-3: 12 hours).
    public var memberSessionAbsoluteTimeout: Duration
    /// SESS-7: most portal sessions a member may have at once; signing in again beyond it ends the oldest.
    public var memberSessionLimit: Int
    /// Most password hashes computed at once (login bursts beyond this queue, then get 503); default: cores.
    public var maximumConcurrentHashes: Int
    /// Rows per page of search results.
    public var searchPageSize: Int

    /// The lowest bcrypt cost accepted (AUTH-14: bcrypt cost ≥ 10).
    public static let minimumBcryptCost = 10

    /// Creates a configuration; `bcryptCost` below 10 is raised to 10.
    public init(host: String = "127.0.0.1", port: Int = 8080, secureCookies: Bool = false, bcryptCost: Int = 12,
                templateOverrideDirectory: String? = nil, sessionIdleTimeout: Duration = .seconds(15 * 60),
                sessionAbsoluteTimeout: Duration = .seconds(10 * 60 * 60),
                memberSessionAbsoluteTimeout: Duration = .seconds(12 * 60 * 60),
                memberSessionLimit: Int = WebConfiguration.standardMemberSessionLimit,
                maximumConcurrentHashes: Int = WebConfiguration.defaultHashConcurrency, searchPageSize: Int = 20) {
        self.host = host
        self.port = port
        self.secureCookies = secureCookies
        self.bcryptCost = max(bcryptCost, WebConfiguration.minimumBcryptCost)
        self.templateOverrideDirectory = templateOverrideDirectory
        self.sessionIdleTimeout = sessionIdleTimeout
        self.sessionAbsoluteTimeout = sessionAbsoluteTimeout
        self.memberSessionAbsoluteTimeout = memberSessionAbsoluteTimeout
        self.memberSessionLimit = max(1, memberSessionLimit)
        self.maximumConcurrentHashes = max(1, maximumConcurrentHashes)
        self.searchPageSize = searchPageSize
    }

    /// SESS-7's example limit: 5 sessions per member.
    public static let standardMemberSessionLimit = 5

    /// Most password hashes that may wait per hashing slot, however fast they run (D.3: queue briefly).
    public static let hashQueuePerSlot = 16
    /// Longest a sign-in may expect to wait for a hash before it is turned away with 503: half the 1 s sign-in
    /// target (PERF-1), leaving the rest for the hash itself and the pages either side.
    public static let hashQueueWait: Duration = .milliseconds(500)

    /// One hash at a time per processor core.
    public static var defaultHashConcurrency: Int { System.coreCount }
}
