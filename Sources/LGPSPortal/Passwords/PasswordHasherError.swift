/// Why a password could not be hashed (AUTH-14, CRYPTO-1).
public enum PasswordHasherError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The argon2 library could not be loaded; the text says what `dlopen` reported.
    case libraryMissing(String)
    /// libargon2 returned this error code (its `argon2_error_codes`).
    case hashingFailed(Int32)

    /// What went wrong and what to do, for the log and the operator.
    public var description: String {
        switch self {
        case .libraryMissing(let reason):
            return "Password hashing needs the argon2 library (\(Argon2Library.fileName)), which could not be "
                + "loaded: \(reason). Install it with: apt-get install libargon2-1"
        case .hashingFailed(let code):
            return "The argon2 library could not hash the password (error \(code))"
        }
    }
}
