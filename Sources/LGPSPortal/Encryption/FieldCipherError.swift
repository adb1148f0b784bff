/// Why a field could not be sealed or opened, or the data key could not be loaded (CRYPTO-3). The messages are for
/// the operator's log; they never contain the key or the value.
public enum FieldCipherError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The key in the environment variable or key file is not 32 bytes in base64.
    case badKey(source: String)
    /// The key file could not be read or created.
    case keyFileUnusable(path: String, reason: String)
    /// The value does not start with a format this code knows (`v1:`).
    case unknownFormat
    /// The value is not valid base64, or is too short to hold a nonce and tag.
    case damaged
    /// The value could not be opened: a different key sealed it, or it has been changed since.
    case wrongKeyOrAltered
    /// AES-GCM refused to seal (should not happen with a 256-bit key).
    case sealingFailed(String)

    /// What went wrong, in plain English.
    public var description: String {
        switch self {
        case .badKey(let source):
            return "The data key from \(source) must be \(FieldCipher.keyBytes) random bytes written in base64"
        case .keyFileUnusable(let path, let reason):
            return "The data key file \(path) could not be used: \(reason)"
        case .unknownFormat:
            return "This stored value was not sealed by this version of OpenLGPS: it does not start with "
                + FieldCipher.formatPrefix
        case .damaged:
            return "This stored value is damaged: it is not valid base64, or it is too short"
        case .wrongKeyOrAltered:
            return "This stored value could not be opened: it was sealed with a different data key, "
                + "or it has been changed since"
        case .sealingFailed(let reason):
            return "The value could not be encrypted: \(reason)"
        }
    }
}
