extension PasswordHasher {
    /// How an argon2id PHC string starts.
    static let argon2idPrefix = "$argon2id$"

    /// The argon2 version this code writes and reads (0x13, written `v=19`).
    static let argon2Version = "v=19"

    /// The costs recorded in an argon2id PHC string (AUTH-14: a test reads the stored parameters back), or `nil`
    /// if `encoded` is not one: `$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>`.
    public static func parameters(of encoded: String) -> (memoryKiB: UInt32, iterations: UInt32, parallelism: UInt32)? {
        guard encoded.hasPrefix(argon2idPrefix) else { return nil }
        let fields = encoded.dropFirst(argon2idPrefix.count).split(separator: "$", omittingEmptySubsequences: false)
        guard fields.count == 4, fields[0] == argon2Version else { return nil }
        var values: [Substring: UInt32] = [:]
        for pair in fields[1].split(separator: ",") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, let value = UInt32(parts[1]) else { return nil }
            values[parts[0]] = value
        }
        guard values.count == 3, let m = values["m"], let t = values["t"], let p = values["p"] else { return nil }
        return (m, t, p)
    }
}
