/// Password hashing with argon2id (AUTH-14, CRYPTO-1), through the system's libargon2 (see `Argon2Library`).
/// `standard` uses the ASVS minimum, m = 19 MiB, t = 2, p = 1, with a 16-byte salt from the system CSPRNG and a
/// 32-byte hash, stored as a PHC string: `$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>`.
///
/// Slow by design (about 30 ms and 19 MiB for each `hash` or `verify`): run them off the event loop, and cap how
/// many run at once at the number of cores (D.3), for example with a thread pool of that size.
public struct PasswordHasher: Sendable {
    /// Memory of the ASVS minimum argon2id setting, in KiB (19 MiB).
    public static let standardMemoryKiB: UInt32 = 19_456
    /// Passes over memory of the ASVS minimum setting.
    public static let standardIterations: UInt32 = 2
    /// Lanes of the ASVS minimum setting.
    public static let standardParallelism: UInt32 = 1
    /// Bytes of random salt in each hash.
    public static let saltBytes = 16
    /// Bytes of hash output.
    public static let hashBytes = 32
    /// Room for the PHC string: with 10-digit parameters, a 16-byte salt and a 32-byte hash it needs under 130.
    static let encodedCapacity = 256

    /// The ASVS minimum (AUTH-14): m = 19,456 KiB, t = 2, p = 1.
    public static let standard = PasswordHasher(
        memoryKiB: standardMemoryKiB, iterations: standardIterations, parallelism: standardParallelism)

    /// Memory cost, in KiB.
    public let memoryKiB: UInt32
    /// Time cost (passes).
    public let iterations: UInt32
    /// Parallelism (lanes).
    public let parallelism: UInt32

    /// A hasher with these argon2id costs (AUTH-14). Use `standard` unless a benchmark says otherwise.
    public init(memoryKiB: UInt32, iterations: UInt32, parallelism: UInt32) {
        self.memoryKiB = memoryKiB
        self.iterations = iterations
        self.parallelism = parallelism
    }

    /// Throws `PasswordHasherError.libraryMissing` unless libargon2 can be loaded: call at start-up (CRYPTO-1).
    public static func ensureAvailable() throws {
        _ = try Argon2Library.shared.get()
    }

    /// A new argon2id PHC string for `password` exactly as typed, with a fresh random salt (AUTH-4, AUTH-14).
    public func hash(_ password: String) throws -> String {
        let library = try Argon2Library.shared.get()
        var generator = SystemRandomNumberGenerator()
        let salt = (0..<Self.saltBytes).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let bytes = Array(password.utf8)
        var encoded = [CChar](repeating: 0, count: Self.encodedCapacity)
        let result = bytes.withUnsafeBytes { pwd in
            salt.withUnsafeBytes { saltBuffer in
                library.hashEncoded(iterations, memoryKiB, parallelism, pwd.baseAddress, pwd.count,
                                    saltBuffer.baseAddress, saltBuffer.count, Self.hashBytes, &encoded, encoded.count)
            }
        }
        guard result == Argon2Library.ok else { throw PasswordHasherError.hashingFailed(result) }
        return String(decoding: encoded.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Whether `password`, exactly as typed, matches `encoded` (AUTH-4, AUTH-14): an argon2id PHC string, or a
    /// legacy bcrypt hash (`$2a$`, `$2b$`, `$2y$`) from staff accounts made before argon2id. Anything else, or a
    /// missing argon2 library, gives `false`.
    public func verify(_ password: String, against encoded: String) -> Bool {
        if encoded.hasPrefix(Self.argon2idPrefix) { return verifyArgon2id(password, against: encoded) }
        if LegacyBcrypt.recognises(encoded) { return LegacyBcrypt.verify(password, against: encoded) }
        return false
    }

    /// Whether `encoded` should be replaced by a new `hash` at the next successful sign-in (AUTH-14): true for
    /// bcrypt, for text that is not a hash, and for argon2id with costs other than this hasher's (like PHP's
    /// `password_needs_rehash`, so both weaker and retired settings are upgraded).
    public func needsRehash(_ encoded: String) -> Bool {
        guard let stored = Self.parameters(of: encoded) else { return true }
        return stored != (memoryKiB, iterations, parallelism)
    }

    /// Checks an argon2id PHC string with libargon2.
    private func verifyArgon2id(_ password: String, against encoded: String) -> Bool {
        guard case .success(let library) = Argon2Library.shared else { return false }
        let bytes = Array(password.utf8)
        let result = bytes.withUnsafeBytes { pwd in
            encoded.withCString { library.verify($0, pwd.baseAddress, pwd.count) }
        }
        return result == Argon2Library.ok
    }
}
