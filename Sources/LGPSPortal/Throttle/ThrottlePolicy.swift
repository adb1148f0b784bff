/// The numbers behind sign-in throttling (AUTH-8). Each scope allows a number of failures within a sliding
/// window; the failure that reaches the limit starts a back-off, and every failure after a back-off ends starts
/// the next one, twice as long, up to a cap. A scope is forgotten once it has been quiet for a whole window after
/// its last back-off, so every lock ends by itself and no one needs an administrator to unlock them.
public struct ThrottlePolicy: Sendable, Equatable {
    /// Window for counting failures: 5 minutes (Cyber Essentials: at most 10 guesses in 5 minutes).
    public static let standardWindowSeconds: Int64 = 300
    /// Failures allowed for one account within the window (AUTH-8, Cyber Essentials).
    public static let standardAccountFailures = 10
    /// Failures allowed for one known browser of one account within the window (its own budget).
    public static let standardDeviceFailures = 10
    /// Failures allowed from one IP address within the window (credential stuffing from one host).
    public static let standardAddressFailures = 100
    /// Failures allowed from one IPv4 /24 or IPv6 /64 within the window (stuffing from a block of addresses).
    public static let standardNetworkFailures = 300
    /// The first back-off: 1 minute.
    public static let standardFirstBackOffSeconds: Int64 = 60
    /// The longest back-off: 15 minutes.
    public static let standardLongestBackOffSeconds: Int64 = 900
    /// Most keys remembered per scope, bounding memory (about 100 bytes each, so roughly 10 MB a scope at most).
    public static let standardMaximumKeysPerScope = 100_000

    /// The window, in seconds.
    public var windowSeconds: Int64
    /// Failures allowed per account.
    public var accountFailures: Int
    /// Failures allowed per known device.
    public var deviceFailures: Int
    /// Failures allowed per IP address.
    public var addressFailures: Int
    /// Failures allowed per network.
    public var networkFailures: Int
    /// The first back-off, in seconds.
    public var firstBackOffSeconds: Int64
    /// The cap on back-offs, in seconds.
    public var longestBackOffSeconds: Int64
    /// Most keys kept per scope; past this, forgotten keys are swept and then the longest-quiet keys dropped.
    public var maximumKeysPerScope: Int

    /// The standard policy (AUTH-8).
    public static let standard = ThrottlePolicy()

    /// A policy; every argument defaults to the standard value.
    public init(windowSeconds: Int64 = standardWindowSeconds, accountFailures: Int = standardAccountFailures,
                deviceFailures: Int = standardDeviceFailures, addressFailures: Int = standardAddressFailures,
                networkFailures: Int = standardNetworkFailures,
                firstBackOffSeconds: Int64 = standardFirstBackOffSeconds,
                longestBackOffSeconds: Int64 = standardLongestBackOffSeconds,
                maximumKeysPerScope: Int = standardMaximumKeysPerScope) {
        self.windowSeconds = windowSeconds
        self.accountFailures = accountFailures
        self.deviceFailures = deviceFailures
        self.addressFailures = addressFailures
        self.networkFailures = networkFailures
        self.firstBackOffSeconds = firstBackOffSeconds
        self.longestBackOffSeconds = longestBackOffSeconds
        self.maximumKeysPerScope = maximumKeysPerScope
    }

    /// Failures allowed within the window for `scope`.
    public func failuresAllowed(in scope: ThrottleScope) -> Int {
        switch scope {
        case .account: return accountFailures
        case .device: return deviceFailures
        case .address: return addressFailures
        case .network: return networkFailures
        }
    }

    /// The length of back-off number `level` (1 for the first): the first back-off doubled `level − 1` times,
    /// capped at the longest.
    public func backOffSeconds(level: Int) -> Int64 {
        var seconds = firstBackOffSeconds
        for _ in 1..<max(level, 1) where seconds < longestBackOffSeconds { seconds *= 2 }
        return min(seconds, longestBackOffSeconds)
    }
}
