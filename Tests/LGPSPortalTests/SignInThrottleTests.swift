import Testing
import LGPSStorage
@testable import LGPSPortal

/// AUTH-8: throttling by account, address and network, with back-off that ends by itself, and known devices that
/// an attacker cannot lock out. All times are fixed timestamps.
@Suite struct SignInThrottleTests {
    let start: Int64 = 1_772_366_410
    let account = "jane@example.org"
    let ip = "203.0.113.7"

    /// Records `count` failures, one a second from `first`.
    func fail(_ throttle: SignInThrottle, _ count: Int, account: String? = nil, ip: String? = nil,
              device: String? = nil, from first: Int64) async {
        for offset in 0..<Int64(count) {
            await throttle.recordFailure(account: account ?? self.account, ip: ip ?? self.ip, device: device,
                                         at: at(first + offset))
        }
    }

    @Test("AUTH-8: the 11th attempt within 5 minutes is throttled for a minute, then allowed")
    func eleventhAttempt() async {
        let throttle = SignInThrottle()
        await fail(throttle, 9, from: start)
        #expect(await throttle.check(account: account, ip: ip, device: nil, at: at(start + 9)) == .allowed)
        await fail(throttle, 1, from: start + 9)
        #expect(await throttle.check(account: account, ip: ip, device: nil, at: at(start + 10))
                == .throttled(retryAfterSeconds: 59, scope: .account))
        #expect(await throttle.check(account: account, ip: ip, device: nil, at: at(start + 68))
                == .throttled(retryAfterSeconds: 1, scope: .account))
        #expect(await throttle.check(account: account, ip: ip, device: nil, at: at(start + 69)) == .allowed)
    }

    @Test("AUTH-8: each failure after a back-off doubles it: 1, 2, 4, 8 minutes, then 15 at most")
    func backOffDoubles() async {
        let throttle = SignInThrottle()
        await fail(throttle, 10, from: start)
        var now = start + 9
        for expected: Int64 in [60, 120, 240, 480, 900, 900] {
            #expect(await throttle.check(account: account, ip: ip, device: nil, at: at(now))
                    == .throttled(retryAfterSeconds: expected, scope: .account))
            now += expected
            #expect(await throttle.check(account: account, ip: ip, device: nil, at: at(now)) == .allowed)
            await throttle.recordFailure(account: account, ip: ip, device: nil, at: at(now))
        }
    }

    @Test("AUTH-8: the back-off is forgotten after a quiet window, so the lock ends by itself")
    func forgetsAfterQuietWindow() async {
        let throttle = SignInThrottle()
        await fail(throttle, 10, from: start)
        // Back-off ends at start + 69; five quiet minutes later the account starts afresh with 10 tries.
        let later = start + 69 + 300
        await fail(throttle, 9, from: later)
        #expect(await throttle.check(account: account, ip: ip, device: nil, at: at(later + 9)) == .allowed)
    }

    @Test("AUTH-8: a known device still gets in while the account is throttled for everyone else")
    func knownDevice() async {
        let throttle = SignInThrottle()
        await fail(throttle, 10, ip: "198.51.100.9", from: start)
        let now = at(start + 20)
        #expect(await throttle.check(account: account, ip: ip, device: nil, at: now)
                == .throttled(retryAfterSeconds: 49, scope: .account))
        #expect(await throttle.check(account: account, ip: ip, device: "device-token-1", at: now) == .allowed)
        // The device has its own budget of 10.
        await fail(throttle, 10, device: "device-token-1", from: start + 20)
        #expect(await throttle.check(account: account, ip: ip, device: "device-token-1", at: at(start + 30))
                == .throttled(retryAfterSeconds: 59, scope: .device))
        #expect(await throttle.check(account: account, ip: ip, device: "device-token-2", at: at(start + 30))
                == .allowed)
    }

    @Test("AUTH-8: 100 failures from one address throttle it for every account")
    func perAddress() async {
        let throttle = SignInThrottle()
        for index in 0..<100 {
            await throttle.recordFailure(account: "person\(index)@example.org", ip: ip, device: nil, at: at(start))
        }
        #expect(await throttle.check(account: "new@example.org", ip: ip, device: nil, at: at(start + 1))
                == .throttled(retryAfterSeconds: 59, scope: .address))
        #expect(await throttle.check(account: "new@example.org", ip: "203.0.113.8", device: nil, at: at(start + 1))
                == .allowed)
    }

    @Test("AUTH-8: 300 failures from one /24 throttle the whole /24, and no other network")
    func perNetwork() async {
        let throttle = SignInThrottle()
        for index in 0..<300 {
            await throttle.recordFailure(account: "person\(index)@example.org", ip: "203.0.113.\(index % 4)",
                                         device: nil, at: at(start))
        }
        #expect(await throttle.check(account: "new@example.org", ip: "203.0.113.200", device: nil, at: at(start + 1))
                == .throttled(retryAfterSeconds: 59, scope: .network))
        #expect(await throttle.check(account: "new@example.org", ip: "203.0.114.200", device: nil, at: at(start + 1))
                == .allowed)
    }

    @Test("AUTH-8: IPv6 addresses share a /64; IPv4-mapped IPv6 is the same host as IPv4")
    func networkKeys() {
        #expect(NetworkAddress.networkKey("2001:db8:1:2::5") == NetworkAddress.networkKey("2001:db8:1:2:ffff::9"))
        #expect(NetworkAddress.networkKey("2001:db8:1:2::5") != NetworkAddress.networkKey("2001:db8:1:3::5"))
        #expect(NetworkAddress.addressKey("::ffff:203.0.113.7") == NetworkAddress.addressKey("203.0.113.7"))
        #expect(NetworkAddress.networkKey("203.0.113.7") == NetworkAddress.networkKey("203.0.113.250"))
        #expect(NetworkAddress.networkKey("not an address") == "not an address")
    }

    @Test("AUTH-8: success clears the account's failures but not the address's")
    func successClears() async {
        let throttle = SignInThrottle(policy: ThrottlePolicy(addressFailures: 15))
        await fail(throttle, 9, from: start)
        await throttle.recordSuccess(account: account, ip: ip, device: nil, at: at(start + 9))
        await fail(throttle, 5, from: start + 10)
        #expect(await throttle.check(account: account, ip: ip, device: nil, at: at(start + 15)) == .allowed)
        // The address has now failed 14 times; one more reaches its limit of 15.
        await fail(throttle, 1, from: start + 15)
        #expect(await throttle.check(account: account, ip: ip, device: nil, at: at(start + 16))
                == .throttled(retryAfterSeconds: 59, scope: .address))
    }

    @Test("AUTH-10: an address with no account is throttled exactly like one with an account")
    func unknownAccounts() async {
        let throttle = SignInThrottle()
        await fail(throttle, 10, account: "nobody@example.org", from: start)
        #expect(await throttle.check(account: "nobody@example.org", ip: ip, device: nil, at: at(start + 10))
                == .throttled(retryAfterSeconds: 59, scope: .account))
    }

    @Test("Memory stays bounded: past the key limit the longest-quiet keys are dropped")
    func boundedMemory() async {
        let throttle = SignInThrottle(policy: ThrottlePolicy(maximumKeysPerScope: 50))
        for index in 0..<200 {
            await throttle.recordFailure(account: "person\(index)@example.org", ip: "192.0.2.\(index % 250)",
                                         device: nil, at: at(start + Int64(index)))
        }
        let counts = await throttle.records.mapValues(\.count)
        #expect(counts[.account].map { $0 <= 50 } == true)
        #expect(counts[.address].map { $0 <= 50 } == true)
        // The newest key is kept.
        #expect(await throttle.records[.account]?["person199@example.org"] != nil)
    }
}
