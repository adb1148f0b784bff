import Crypto

/// The hash that chains audit entries: hex SHA-256 over a canonical serialisation of an entry's fields and the
/// previous entry's hash. Each field is written as `<utf8 length>:<text>` (or `~` for absent) and fields are
/// joined by `|`, so no two different entries serialise the same way.
enum AuditHash {
    /// The previous hash of the first entry: 64 zeros.
    static let genesis = String(repeating: "0", count: 64)

    static func canonical(sequence: Int64, fundID: Int64, at: Int64, actorID: String, channel: String,
                          entity: String, entityID: Int64, action: String, before: String?, after: String?,
                          previousHash: String) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(256 + (before?.utf8.count ?? 0) + (after?.utf8.count ?? 0))
        let fields: [String?] = [String(sequence), String(fundID), String(at), actorID, channel, entity,
                                 String(entityID), action, before, after, previousHash]
        for (index, field) in fields.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: "|")) }
            guard let field else {
                bytes.append(UInt8(ascii: "~"))
                continue
            }
            bytes.append(contentsOf: String(field.utf8.count).utf8)
            bytes.append(UInt8(ascii: ":"))
            bytes.append(contentsOf: field.utf8)
        }
        return bytes
    }

    /// Hex SHA-256 of `bytes`.
    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for byte in SHA256.hash(data: bytes) {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The hash of an entry.
    static func hash(of entry: AuditEntry) -> String {
        hex(canonical(sequence: entry.sequence, fundID: entry.fundID, at: entry.at.microseconds,
                      actorID: entry.actor.id, channel: entry.actor.channel.rawValue, entity: entry.entity,
                      entityID: entry.entityID, action: entry.action, before: entry.before, after: entry.after,
                      previousHash: entry.previousHash))
    }
}
