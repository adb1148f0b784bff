/// JSON text built as UTF-8 bytes, for the outputs a bulk run writes once per record (statement figures, notes
/// and dashboards values): appending bytes is several times cheaper than growing a `String`. Strings are
/// escaped as `JSONString` escapes them, so both give the same text.
/// - Standard: RFC 8259 section 7 (quotation mark, reverse solidus and control characters escaped).
public struct JSONBytes: Sendable {
    public private(set) var bytes: [UInt8] = []

    public init(capacity: Int = 1_024) {
        bytes.reserveCapacity(capacity)
    }

    /// The text written so far.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends JSON syntax (or anything already written as JSON) as it is.
    public mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends bytes already written as JSON (a key kept from an earlier `string`, say).
    public mutating func raw(_ json: [UInt8]) {
        bytes.append(contentsOf: json)
    }

    /// Appends text that is already JSON (a number, say) as it is.
    public mutating func raw(_ json: String) {
        bytes.append(contentsOf: json.utf8)
    }

    /// Appends `text` as a JSON string literal: runs with nothing to escape are copied whole.
    public mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var start = 0
            for (index, byte) in utf8.enumerated() where byte < 0x20 || byte == Self.quote || byte == Self.backslash {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
                appendEscape(byte)
                start = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Appends `count` spaces (indentation).
    public mutating func spaces(_ count: Int) {
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
    }

    private static let quote = UInt8(ascii: "\"")
    private static let backslash = UInt8(ascii: "\\")

    private mutating func appendEscape(_ byte: UInt8) {
        switch byte {
        case Self.quote: raw("\\\"")
        case Self.backslash: raw("\\\\")
        case UInt8(ascii: "\n"): raw("\\n")
        case UInt8(ascii: "\r"): raw("\\r")
        case UInt8(ascii: "\t"): raw("\\t")
        default:
            let digits = Array("0123456789abcdef".utf8)
            raw("\\u00")
            bytes.append(digits[Int(byte >> 4)])
            bytes.append(digits[Int(byte & 0x0f)])
        }
    }
}
