/// The bytes of a rendered template, with HTML escaping done by scanning UTF-8 (the five characters the HTML
/// standard says must be escaped in text and attribute values).
/// - Standard: HTML Living Standard, 13.1.2.6; the same characters as swift-mustache's HTML escaping.
struct TemplateOutput {
    var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    var count: Int { bytes.count }

    /// Whether the output from `start` on is not empty and ends a line with a lone `\n` (a `\r\n` is one
    /// character to swift-mustache, and does not count).
    func endsLine(after start: Int) -> Bool {
        guard bytes.count > start, bytes[bytes.count - 1] == UInt8(ascii: "\n") else { return false }
        return bytes.count < 2 || bytes[bytes.count - 2] != UInt8(ascii: "\r")
    }

    mutating func append(_ text: [UInt8]) { bytes.append(contentsOf: text) }

    mutating func insert(_ text: [UInt8], at index: Int) { bytes.insert(contentsOf: text, at: index) }

    /// `text` escaped as `escaping` says.
    mutating func append(_ text: String, escaping: CompiledTemplate.Escaping) {
        var text = text
        text.withUTF8 { utf8 in
            guard escaping == .html else { return bytes.append(contentsOf: utf8) }
            var runStart = 0
            for index in utf8.indices {
                let replacement: StaticString
                switch utf8[index] {
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "\""): replacement = "&quot;"
                case UInt8(ascii: "'"): replacement = "&#39;"
                default: continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                bytes.append(contentsOf: UnsafeBufferPointer(start: replacement.utf8Start,
                                                             count: replacement.utf8CodeUnitCount))
                runStart = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
    }
}
