/// Cheap decimal formatting for identifiers and text built in hot loops (no Foundation, no `String(format:)`).
enum Digits {
    /// `value` in decimal, left-padded with zeros to `width` digits (longer values are not truncated).
    static func padded(_ value: Int, width: Int) -> String {
        var digits = [UInt8](repeating: UInt8(ascii: "0"), count: width)
        var rest = value
        var position = width - 1
        while rest > 0 && position >= 0 {
            digits[position] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
            position -= 1
        }
        let text = String(decoding: digits, as: UTF8.self)
        return rest > 0 ? String(rest) + text : text
    }
}
