import Crypto
import Foundation
import Glibc

extension FieldCipher {
    /// Permissions of a new key file: read and write for the owner only.
    public static let keyFilePermissions: mode_t = 0o600

    /// Permissions of a key directory this code creates: the owner only.
    static let keyDirectoryPermissions = 0o700

    /// The cipher for the data key (CRYPTO-3): from `LGPS_DATA_KEY` in `environment` if set (base64 of 32 bytes),
    /// otherwise from `keyFile`, which is created if absent: 32 bytes from the system CSPRNG in base64, mode 0600,
    /// its folder created (0700) if need be. Creation is exclusive, so two processes starting together agree.
    public static func load(environment: [String: String], keyFile: String) throws -> FieldCipher {
        if let text = environment[environmentVariable], !text.isEmpty {
            return FieldCipher(key: try decodeKey(text, source: environmentVariable))
        }
        if !FileManager.default.fileExists(atPath: keyFile) { try createKeyFile(at: keyFile) }
        let text: String
        do {
            text = try String(contentsOfFile: keyFile, encoding: .utf8)
        } catch {
            throw FieldCipherError.keyFileUnusable(path: keyFile, reason: "it could not be read")
        }
        return FieldCipher(key: try decodeKey(text, source: keyFile))
    }

    /// A key from base64 `text` (surrounding whitespace ignored), which must decode to exactly 32 bytes.
    static func decodeKey(_ text: String, source: String) throws -> SymmetricKey {
        guard let bytes = Data(base64Encoded: text.trimmingCharacters(in: .whitespacesAndNewlines)),
              bytes.count == keyBytes else { throw FieldCipherError.badKey(source: source) }
        return SymmetricKey(data: bytes)
    }

    /// Writes a new random key to `path` with owner-only permissions. If another process created the file first,
    /// leaves theirs in place.
    static func createKeyFile(at path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        do {
            if !folder.isEmpty {
                try FileManager.default.createDirectory(
                    atPath: folder, withIntermediateDirectories: true,
                    attributes: [.posixPermissions: keyDirectoryPermissions])
            }
        } catch {
            throw FieldCipherError.keyFileUnusable(path: path, reason: "its folder could not be created")
        }
        let key = SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }
        let contents = Array((key.base64EncodedString() + "\n").utf8)
        let descriptor = Glibc.open(path, O_WRONLY | O_CREAT | O_EXCL, keyFilePermissions)
        guard descriptor >= 0 else {
            if errno == EEXIST { return }
            throw FieldCipherError.keyFileUnusable(path: path, reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        let written = contents.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == contents.count, fsync(descriptor) == 0 else {
            unlink(path)
            throw FieldCipherError.keyFileUnusable(path: path, reason: "the new key could not be written")
        }
    }
}
