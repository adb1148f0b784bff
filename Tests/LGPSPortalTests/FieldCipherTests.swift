import Crypto
import Foundation
import Testing
@testable import LGPSPortal

/// CRYPTO-3: sensitive fields sealed with AES-GCM under a key held outside the database.
@Suite struct FieldCipherTests {
    let cipher = FieldCipher(key: SymmetricKey(size: .bits256))

    /// A fresh folder for key files, removed by the caller.
    func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lgps-portal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test("CRYPTO-3: a sealed value opens to the same text, and sealing twice gives different values")
    func roundTrip() throws {
        let secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ Zoë’s account"
        let sealed = try cipher.seal(secret)
        #expect(sealed.hasPrefix("v1:"))
        #expect(!sealed.contains("GEZDGNBV"))
        #expect(try cipher.open(sealed) == secret)
        #expect(try cipher.seal(secret) != sealed)
        #expect(try cipher.open(try cipher.seal("")) == "")
    }

    @Test("CRYPTO-3: any changed byte is detected")
    func tamperDetection() throws {
        let sealed = try cipher.seal("12345678")
        var bytes = try #require(Data(base64Encoded: String(sealed.dropFirst(3))))
        bytes[bytes.count / 2] ^= 0x01
        #expect(throws: FieldCipherError.wrongKeyOrAltered) { try cipher.open("v1:" + bytes.base64EncodedString()) }
        #expect(throws: FieldCipherError.unknownFormat) { try cipher.open(String(sealed.dropFirst(3))) }
        #expect(throws: FieldCipherError.damaged) { try cipher.open("v1:not base64!") }
        #expect(throws: FieldCipherError.damaged) { try cipher.open("v1:AAAA") }
    }

    @Test("CRYPTO-3: a value sealed under one key does not open under another")
    func wrongKey() throws {
        let sealed = try cipher.seal("sort code 309430")
        let other = FieldCipher(key: SymmetricKey(size: .bits256))
        #expect(throws: FieldCipherError.wrongKeyOrAltered) { try other.open(sealed) }
        #expect(FieldCipherError.wrongKeyOrAltered.description.contains("different data key"))
    }

    @Test("CRYPTO-3: without LGPS_DATA_KEY a key file is created with mode 0600 in a new folder, then reused")
    func keyFile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("keys/data.key").path
        let first = try FieldCipher.load(environment: [:], keyFile: path)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let key = try String(contentsOfFile: path, encoding: .utf8)
        #expect(Data(base64Encoded: key.trimmingCharacters(in: .whitespacesAndNewlines))?.count == 32)
        let second = try FieldCipher.load(environment: [:], keyFile: path)
        #expect(try second.open(try first.seal("reused")) == "reused")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == key)
    }

    @Test("CRYPTO-3: LGPS_DATA_KEY wins over the key file; a key that is not 32 bytes is refused")
    func environmentKey() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("unused.key").path
        let raw = Data((0..<32).map { UInt8($0) })
        let fromEnvironment = try FieldCipher.load(environment: ["LGPS_DATA_KEY": raw.base64EncodedString()],
                                                   keyFile: path)
        #expect(!FileManager.default.fileExists(atPath: path))
        let direct = FieldCipher(key: SymmetricKey(data: raw))
        #expect(try direct.open(try fromEnvironment.seal("same key")) == "same key")
        #expect(throws: FieldCipherError.badKey(source: "LGPS_DATA_KEY")) {
            try FieldCipher.load(environment: ["LGPS_DATA_KEY": Data(raw.prefix(16)).base64EncodedString()],
                                 keyFile: path)
        }
    }
}
