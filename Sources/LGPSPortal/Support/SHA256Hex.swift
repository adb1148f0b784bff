import Crypto

/// SHA-256 of a text's UTF-8 bytes, as 64 lowercase hex digits (AUTH-9, AUTH-13: keys and codes are stored only
/// as this digest; also the bcrypt pre-hash for long passwords, AUTH-14).
enum SHA256Hex {
    /// The lowercase hex SHA-256 of `text`'s UTF-8 bytes.
    static func digest(_ text: String) -> String {
        Hex.string(SHA256.hash(data: Array(text.utf8)))
    }
}
