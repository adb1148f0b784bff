import Testing
@testable import LGPSPortal

/// AUTH-4, AUTH-14, CRYPTO-1: argon2id through libargon2, and legacy bcrypt. Each argon2 hash at the standard
/// setting costs about 30 ms, so the tests share a few.
@Suite struct PasswordHasherTests {
    /// One standard hash of a password with a trailing space, made once for the suite.
    static let trailingSpaceHash = Result { try PasswordHasher.standard.hash("pass word ") }

    @Test("AUTH-4: a round trip keeps trailing spaces significant: 'pass word ' is not 'pass word'")
    func roundTripWithSpaces() throws {
        let encoded = try Self.trailingSpaceHash.get()
        #expect(PasswordHasher.standard.verify("pass word ", against: encoded))
        #expect(!PasswordHasher.standard.verify("pass word", against: encoded))
        #expect(!PasswordHasher.standard.verify("Pass word ", against: encoded))
    }

    @Test("AUTH-14: the stored hash records argon2id with m = 19,456 KiB, t = 2, p = 1")
    func storedParameters() throws {
        let encoded = try Self.trailingSpaceHash.get()
        #expect(encoded.hasPrefix("$argon2id$v=19$m=19456,t=2,p=1$"))
        let stored = try #require(PasswordHasher.parameters(of: encoded))
        #expect(stored.memoryKiB == 19_456 && stored.iterations == 2 && stored.parallelism == 1)
        #expect(!PasswordHasher.standard.needsRehash(encoded))
    }

    @Test("AUTH-4: unicode is hashed exactly as typed (composed é is not e + combining accent)")
    func unicode() throws {
        let cheap = PasswordHasher(memoryKiB: 1_024, iterations: 1, parallelism: 1)
        let composed = "Zo\u{00EB}’s pässwörd 🔐"
        let encoded = try cheap.hash(composed)
        #expect(cheap.verify(composed, against: encoded))
        #expect(!cheap.verify("Zoe\u{0308}’s pässwörd 🔐", against: encoded))
        #expect(!cheap.verify("Zoë's pässwörd 🔐", against: encoded))
    }

    @Test("AUTH-14: two hashes of one password differ (a fresh salt each time)")
    func saltedHashesDiffer() throws {
        let cheap = PasswordHasher(memoryKiB: 1_024, iterations: 1, parallelism: 1)
        let first = try cheap.hash("correct horse battery staple")
        let second = try cheap.hash("correct horse battery staple")
        #expect(first != second)
        #expect(cheap.verify("correct horse battery staple", against: second))
    }

    @Test("CRYPTO-1: verifies the reference implementation's own argon2id output (phc-winner-argon2 README)")
    func referenceVector() {
        // echo -n password | argon2 somesalt -id -t 2 -m 16 -p 4 -l 32 -e
        let reference = "$argon2id$v=19$m=65536,t=2,p=4$c29tZXNhbHQ$GpZ3sK/oH9p7VIiV56G/64Zo/8GaUw434IimaPqxwCo"
        #expect(PasswordHasher.standard.verify("password", against: reference))
        #expect(!PasswordHasher.standard.verify("passwore", against: reference))
        #expect(PasswordHasher.standard.needsRehash(reference))
    }

    @Test("AUTH-14: weaker argon2id settings and bcrypt need rehashing")
    func needsRehash() throws {
        let weaker = try PasswordHasher(memoryKiB: 1_024, iterations: 1, parallelism: 1).hash("a long passphrase")
        #expect(PasswordHasher.standard.needsRehash(weaker))
        #expect(PasswordHasher.standard.needsRehash("$2b$10$abcdefghijklmnopqrstuuABCDEFGHIJKLMNOPQRSTUVWXYZ01234"))
        #expect(PasswordHasher.standard.needsRehash("not a hash"))
    }

    // Legacy bcrypt hashes made with an independent implementation, pyca/bcrypt 5.0.0 (cost 4 to keep the test
    // fast): `bcrypt.hashpw(b"staff passphrase 1", bcrypt.gensalt(rounds=4, prefix=b"2b"))`, and `prefix=b"2a"`.
    static let bcrypt2b = "$2b$04$5jDuUvs/cPzEdEx5IrpqBenPjVPNiFRYRR/BRfJ1f9ip10eWLe1Qa"
    static let bcrypt2a = "$2a$04$ZOERobcfe3lC4wes8lc2h.AdpR8nTt/PfrRkl84J6cAbH6yCA/I1C"
    // `bcrypt.hashpw(hashlib.sha256(("a" * 72 + "tail one").encode()).hexdigest().encode(), bcrypt.gensalt(rounds=4))`
    static let bcryptLong = "$2b$04$SlRzSPkR3Vx6badJZm98peoNPZToPe3zkl8C90JVQsSnyp3mkfilC"

    @Test("AUTH-14: legacy staff bcrypt hashes ($2a$, $2b$, and $2y$ read as $2b$) still verify")
    func legacyBcrypt() {
        for encoded in [Self.bcrypt2b, Self.bcrypt2a, "$2y$" + Self.bcrypt2b.dropFirst(4)] {
            #expect(PasswordHasher.standard.verify("staff passphrase 1", against: encoded), "\(encoded)")
            #expect(!PasswordHasher.standard.verify("staff passphrase 2", against: encoded), "\(encoded)")
        }
    }

    @Test("AUTH-14: bcrypt passwords over 72 bytes are pre-hashed with SHA-256, so byte 73 onwards still counts")
    func legacyBcryptLongPassword() {
        let long = String(repeating: "a", count: 72) + "tail one"
        #expect(PasswordHasher.standard.verify(long, against: Self.bcryptLong))
        // Plain bcrypt would accept this, as it reads only the first 72 bytes.
        let sameFirst72 = String(repeating: "a", count: 72) + "tail two"
        #expect(!PasswordHasher.standard.verify(sameFirst72, against: Self.bcryptLong))
    }

    @Test("AUTH-14: parameters are read only from well-formed argon2id strings")
    func parameterParsing() {
        let parsed = PasswordHasher.parameters(of: "$argon2id$v=19$m=47104,t=1,p=1$c2FsdHNhbHQ$aGFzaA")
        #expect(parsed?.memoryKiB == 47_104 && parsed?.iterations == 1 && parsed?.parallelism == 1)
        #expect(PasswordHasher.parameters(of: "$argon2i$v=19$m=47104,t=1,p=1$c2FsdHNhbHQ$aGFzaA") == nil)
        #expect(PasswordHasher.parameters(of: "$argon2id$v=16$m=47104,t=1,p=1$c2FsdHNhbHQ$aGFzaA") == nil)
        #expect(PasswordHasher.parameters(of: "$argon2id$v=19$m=47104,t=1$c2FsdHNhbHQ$aGFzaA") == nil)
        #expect(PasswordHasher.parameters(of: "$argon2id$v=19$m=x,t=1,p=1$c2FsdHNhbHQ$aGFzaA") == nil)
    }

    @Test("Unknown hash formats never verify")
    func unknownFormat() {
        #expect(!PasswordHasher.standard.verify("password", against: "password"))
        #expect(!PasswordHasher.standard.verify("", against: ""))
    }

    @Test("CRYPTO-1: the library-missing message names the Debian package to install")
    func missingLibraryMessage() {
        let message = PasswordHasherError.libraryMissing("no such file").description
        #expect(message.contains("apt-get install libargon2-1"))
    }
}
