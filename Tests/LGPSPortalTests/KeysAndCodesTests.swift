import Testing
@testable import LGPSPortal

/// AUTH-9 (activation keys) and AUTH-13 (recovery codes): CSPRNG, Crockford base 32, stored only hashed.
@Suite struct KeysAndCodesTests {
    static let crockford = Set("0123456789ABCDEFGHJKMNPQRSTVWXYZ")

    @Test("AUTH-9: 10,000 activation keys are all different, shaped ABCD-EFGH-JKMN-PQRS, from the alphabet")
    func activationKeyEntropy() {
        let keys = (0..<10_000).map { _ in ActivationKey.generate() }
        #expect(Set(keys).count == keys.count)
        for key in keys {
            let groups = key.split(separator: "-", omittingEmptySubsequences: false)
            #expect(groups.map(\.count) == [4, 4, 4, 4])
            #expect(groups.joined().allSatisfy(Self.crockford.contains))
        }
        // Every symbol turns up: a generator stuck on part of the alphabet would fail this.
        #expect(Set(keys.joined().filter { $0 != "-" }) == Self.crockford)
        // AUTH-9 asks for at least 64 bits for keys that are typed in.
        #expect(ActivationKey.length * Crockford.bitsPerCharacter >= 64)
    }

    @Test("AUTH-9: typed keys are normalised: case, spaces, any hyphen, and I, L, O read as 1, 1, 0")
    func activationKeyNormalising() {
        #expect(ActivationKey.normalise("abcd-efgh-jkmn-pqrs") == "ABCDEFGHJKMNPQRS")
        #expect(ActivationKey.normalise(" ABCD EFGH\u{2013}JKMN\u{2010}PQRS ") == "ABCDEFGHJKMNPQRS")
        #expect(ActivationKey.normalise("IL0O-0000-0000-0000") == "1100000000000000")
        #expect(ActivationKey.normalise("ABCD-EFGH-JKMN-PQR") == nil)
        #expect(ActivationKey.normalise("ABCD-EFGH-JKMN-PQRST") == nil)
        #expect(ActivationKey.normalise("ABCD-EFGH-JKMN-PQRU") == nil)
        #expect(ActivationKey.normalise("ABCD-EFGH-JKMN-PQR!") == nil)
    }

    @Test("AUTH-9: the stored hash is the SHA-256 of the normalised key, so typing variants give the same hash")
    func activationKeyHash() {
        // SHA-256("ABCDEFGHJKMNPQRS"), computed independently with sha256sum.
        let expected = "f598056127fcd4387651a49b3a4235d8ce50d71f4091068df51511cfc10f388f"
        #expect(ActivationKey.hash("abcd efgh jkmn pqrs") == ActivationKey.hash("ABCD-EFGH-JKMN-PQRS"))
        #expect(ActivationKey.hash("ABCD-EFGH-JKMN-PQRS").count == 64)
        #expect(ActivationKey.hash("ABCD-EFGH-JKMN-PQRS") == expected)
        #expect(ActivationKey.hash("ABCD-EFGH-JKMN-PQRT") != ActivationKey.hash("ABCD-EFGH-JKMN-PQRS"))
    }

    @Test("AUTH-13: 10 recovery codes of 60 bits each, shaped 7KQ4-MX2P-9TRD, all different")
    func recoveryCodes() {
        let codes = RecoveryCodes.generate()
        #expect(codes.count == RecoveryCodes.count && RecoveryCodes.count == 10)
        #expect(Set(codes).count == codes.count)
        for code in codes {
            #expect(code.split(separator: "-").map(\.count) == [4, 4, 4])
            #expect(RecoveryCodes.normalise(code.lowercased()) == code.filter { $0 != "-" })
        }
        #expect(RecoveryCodes.length * Crockford.bitsPerCharacter >= 50)
    }

    @Test("AUTH-13: recovery codes are stored as the SHA-256 of the normalised code")
    func recoveryCodeHash() {
        #expect(RecoveryCodes.hash("7kq4 mx2p 9trd") == RecoveryCodes.hash("7KQ4-MX2P-9TRD"))
        #expect(RecoveryCodes.hash("7KQ4-MX2P-9TRD") == SHA256Hex.digest("7KQ4MX2P9TRD"))
        #expect(RecoveryCodes.normalise("7KQ4-MX2P-9TR") == nil)
    }
}
