import Crypto
import Foundation

/// Encryption of sensitive fields at rest (CRYPTO-3): TOTP secrets and bank details are sealed with AES-256-GCM
/// under a data key held outside the database (`LGPS_DATA_KEY`, or a key file; a vault in production). A sealed
/// value is `v1:` followed by the base64 of nonce, ciphertext and tag (swift-crypto's `combined` form), so any
/// change to it is detected when it is opened.
public struct FieldCipher: Sendable {
    /// Bytes in a data key (AES-256).
    public static let keyBytes = 32

    /// The environment variable that may hold the data key, in base64.
    public static let environmentVariable = "LGPS_DATA_KEY"

    /// How a sealed value starts: the format version, so the scheme can change without guessing.
    public static let formatPrefix = "v1:"

    /// Bytes of nonce and tag that every sealed value has (12 + 16).
    static let overheadBytes = 28

    /// The data key.
    private let key: SymmetricKey

    /// A cipher with `key`, which should be 256 bits from a CSPRNG (CRYPTO-2).
    public init(key: SymmetricKey) {
        self.key = key
    }

    /// `plaintext` encrypted and authenticated with a fresh random nonce: `v1:<base64>` (CRYPTO-3).
    public func seal(_ plaintext: String) throws -> String {
        do {
            let box = try AES.GCM.seal(Data(plaintext.utf8), using: key)
            guard let combined = box.combined else { throw FieldCipherError.sealingFailed("no combined form") }
            return Self.formatPrefix + combined.base64EncodedString()
        } catch let error as FieldCipherError {
            throw error
        } catch {
            throw FieldCipherError.sealingFailed(String(describing: error))
        }
    }

    /// The plaintext of a value made by `seal` (CRYPTO-3). Throws `FieldCipherError` if the value has another
    /// form, is damaged, was sealed under another key or has been altered.
    public func open(_ sealed: String) throws -> String {
        guard sealed.hasPrefix(Self.formatPrefix) else { throw FieldCipherError.unknownFormat }
        guard let combined = Data(base64Encoded: String(sealed.dropFirst(Self.formatPrefix.count))),
              combined.count >= Self.overheadBytes,
              let box = try? AES.GCM.SealedBox(combined: combined) else { throw FieldCipherError.damaged }
        guard let plain = try? AES.GCM.open(box, using: key) else { throw FieldCipherError.wrongKeyOrAltered }
        guard let text = String(data: plain, encoding: .utf8) else { throw FieldCipherError.wrongKeyOrAltered }
        return text
    }
}
