/// JSON string literals written by hand, for the outputs that must be byte-for-byte repeatable with keys in a
/// chosen order (the audit chain's before/after fields, statement extracts), where `JSONEncoder` is not used.
/// - Standard: RFC 8259 section 7 (quotation mark, reverse solidus and control characters escaped).
public enum JSONString {
    /// Appends `text` as a JSON string literal to `out` (escaped as `JSONBytes.string` escapes it: control
    /// characters other than `\n`, `\r` and `\t` become `\u00XX`).
    public static func append(_ text: String, to out: inout String) {
        var json = JSONBytes(capacity: text.utf8.count + 2)
        json.string(text)
        out += json.text
    }

    /// `text` as a JSON string literal.
    public static func quoted(_ text: String) -> String {
        var out = ""
        append(text, to: &out)
        return out
    }
}
