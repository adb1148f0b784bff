import Crypto
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Uploaded documents' bytes, kept in a directory outside the web root under server-made random names, never
/// the member's filename (FILE-5). A write goes to a temporary file that is fsynced, renamed into place and its
/// directory fsynced, so a document the member was told we received survives a crash (principle 5).
public struct DocumentStore: Sendable {
    /// The directory the files live in (created on first write).
    public let directory: String

    /// The directory used beside the default SQLite database (`./data/uploads`).
    public static let defaultDirectory = "./data/uploads"

    /// The suffix of a file being written, before it is renamed into place.
    static let partialSuffix = ".partial"

    /// A store in `directory`.
    public init(directory: String = DocumentStore.defaultDirectory) {
        self.directory = directory
    }

    /// The store beside `location`'s database: `uploads` in a SQLite file's directory, else the default.
    public init(besideDatabase location: DatabaseLocation) {
        switch location {
        case .sqlite(let path):
            self.init(directory: URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("uploads").path)
        case .postgres:
            self.init()
        }
    }

    /// What a write stored: the key to read it back by, its size and its hex SHA-256.
    public struct Stored: Sendable, Hashable {
        public var key: String
        public var byteCount: Int64
        public var sha256: String
    }

    /// Writes `bytes` durably under a new random key.
    public func write(_ bytes: [UInt8]) throws -> Stored {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let key = UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        let temporary = path(for: key) + Self.partialSuffix
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard fd >= 0 else { throw DocumentStoreError.io("open", errno) }
        do {
            var offset = 0
            while offset < bytes.count {
                let written = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
                guard written > 0 else { throw DocumentStoreError.io("write", errno) }
                offset += written
            }
            guard fsync(fd) == 0 else { throw DocumentStoreError.io("fsync", errno) }
            guard close(fd) == 0 else { throw DocumentStoreError.io("close", errno) }
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path(for: key)) == 0 else {
            unlink(temporary)
            throw DocumentStoreError.io("rename", errno)
        }
        try syncDirectory()
        let digest = SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
        return Stored(key: key, byteCount: Int64(bytes.count), sha256: digest)
    }

    /// The bytes stored under `key`; `DocumentStoreError.missing` when there are none (or the key is not one
    /// this store makes).
    public func read(key: String) throws -> [UInt8] {
        guard Self.isKey(key), let data = FileManager.default.contents(atPath: path(for: key)) else {
            throw DocumentStoreError.missing
        }
        return [UInt8](data)
    }

    /// Removes a file whose database row was never committed.
    public func remove(key: String) {
        guard Self.isKey(key) else { return }
        unlink(path(for: key))
    }

    /// The file for `key`: only 32 lowercase hex digits are keys, so no path can be smuggled in.
    func path(for key: String) -> String { directory + "/" + key }

    static func isKey(_ key: String) -> Bool {
        key.utf8.count == 32 && key.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }

    private func syncDirectory() throws {
        let fd = open(directory, O_RDONLY)
        guard fd >= 0 else { throw DocumentStoreError.io("open directory", errno) }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw DocumentStoreError.io("fsync directory", errno) }
    }
}

/// Why the document store could not read or write.
public enum DocumentStoreError: Error, Equatable, Sendable {
    /// A system call failed with `errno`.
    case io(String, Int32)
    /// No file is stored under the key.
    case missing
}
