/// JSON string literals written by hand, for the outputs that must be byte-for-byte repeatable with keys in a
/// chosen order (the audit chain's before/after fields, statement extracts), where `JSONEncoder` is not used.
/// - Standard: RFC 8259 section 7 (quotation mark, reverse solidus and control characters escaped).
public enum JSONString {
    /// Appends `text` as a JSON string literal to `out`. Text with nothing to escape (the common case) is copied
    /// whole; control characters other than `\n`, `\r` and `\t` become `\u00XX`.
    public static func append(_ text: String, to out: inout String) {
        out += "\""
        defer { out += "\"" }
        guard needsEscaping(text) else {
            out += text
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
    }

    /// Whether `text` has a quote, a backslash or a control character, scanning its UTF-8 bytes in place.
    static func needsEscaping(_ text: String) -> Bool {
        let special: (UInt8) -> Bool = { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }
        return text.utf8.withContiguousStorageIfAvailable { $0.contains(where: special) }
            ?? text.utf8.contains(where: special)
    }

    /// `text` as a JSON string literal.
    public static func quoted(_ text: String) -> String {
        var out = ""
        append(text, to: &out)
        return out
    }
}
