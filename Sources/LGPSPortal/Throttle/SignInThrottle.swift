import LGPSStorage

/// Sign-in throttling that stops password guessing without letting an attacker lock a member out (AUTH-8).
///
/// An attempt without a known-device token counts against its account (10 failures in 5 minutes), its IP address
/// (100) and its IPv4 /24 or IPv6 /64 (300); going over any of them starts a back-off that doubles from 1 minute
/// to at most 15 (`ThrottlePolicy`). The account key is whatever the caller passes, normally the normalised email,
/// so an address with no account is throttled exactly like one with an account (AUTH-10).
///
/// An attempt from a browser that has signed in to the account before (a known-device token, as in OWASP's
/// "device cookies") is judged only by that device's own budget (10 in 5 minutes): failures elsewhere, from the
/// attacker's addresses or a shared network such as a mobile operator's, cannot lock the member out of their own
/// browser. Pass `device` only once the web layer has checked that the token is one it issued for this account.
///
/// Memory is bounded: expired keys are swept every `sweepInterval` failures and whenever a scope holds more than
/// `ThrottlePolicy.maximumKeysPerScope` keys; if a scope is still full after a sweep, the longest-quiet keys are
/// dropped (an attacker with that many keys in play is also meeting the address and network limits).
/// State is in memory for one server process; a restart forgets it.
public actor SignInThrottle {
    /// Failures recorded between sweeps of forgotten keys.
    public static let sweepInterval = 1_000

    /// The numbers in force.
    public let policy: ThrottlePolicy

    /// Records per scope, by key.
    var records: [ThrottleScope: [String: FailureRecord]] = [:]

    /// Failures recorded since the last sweep.
    var failuresSinceSweep = 0

    /// A throttle with `policy` (AUTH-8).
    public init(policy: ThrottlePolicy = .standard) {
        self.policy = policy
    }

    /// Whether an attempt may check the password at `now` (AUTH-8). When several limits apply, the longest wait
    /// is reported.
    public func check(account: String, ip: String, device: String?, at now: Timestamp) -> ThrottleDecision {
        var longest: (seconds: Int64, scope: ThrottleScope)?
        for (scope, key) in Self.keys(account: account, ip: ip, device: device) {
            guard let seconds = record(scope, key, at: now)?.retryAfter(at: now) else { continue }
            if seconds > longest?.seconds ?? 0 { longest = (seconds, scope) }
        }
        return longest.map { .throttled(retryAfterSeconds: $0.seconds, scope: $0.scope) } ?? .allowed
    }

    /// Counts a failed attempt (a wrong password, or an unknown account) at `now` (AUTH-8, AUTH-10). Call it only
    /// for attempts that `check` allowed.
    public func recordFailure(account: String, ip: String, device: String?, at now: Timestamp) {
        for (scope, key) in Self.keys(account: account, ip: ip, device: device) {
            var entry = record(scope, key, at: now) ?? FailureRecord(startingAt: now)
            entry.recordFailure(at: now, limit: policy.failuresAllowed(in: scope), policy: policy)
            records[scope, default: [:]][key] = entry
            if records[scope, default: [:]].count > policy.maximumKeysPerScope { trim(scope, at: now) }
        }
        failuresSinceSweep += 1
        if failuresSinceSweep >= Self.sweepInterval { sweep(at: now) }
    }

    /// Clears the account's and the device's failures after a successful sign-in (AUTH-8). The address and
    /// network counts stay: one success does not excuse a host's failures on other accounts.
    public func recordSuccess(account: String, ip: String, device: String?, at now: Timestamp) {
        records[.account]?[account] = nil
        if let device { records[.device]?[Self.deviceKey(account: account, device: device)] = nil }
    }

    /// The scopes and keys an attempt counts against: its device alone, or its account, address and network.
    static func keys(account: String, ip: String, device: String?) -> [(ThrottleScope, String)] {
        if let device { return [(.device, deviceKey(account: account, device: device))] }
        return [(.account, account), (.address, NetworkAddress.addressKey(ip)),
                (.network, NetworkAddress.networkKey(ip))]
    }

    /// The key for one device of one account (a device token is only valid with its own account).
    static func deviceKey(account: String, device: String) -> String {
        account + "\u{1F}" + device
    }
}
