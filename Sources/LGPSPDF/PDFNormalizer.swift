/// Makes Chromium's PDF a function of its HTML alone, rewriting in place (same byte length, so the
/// cross-reference offsets stay valid) the two things that otherwise change from one print to the next:
/// - `/CreationDate` and `/ModDate`, which Chromium sets to the moment of printing, become the document date at
///   midnight UTC (`D:YYYYMMDD000000+00'00'`);
/// - the structure elements' ids `(node00000123)`, taken from a per-process DOM node counter that keeps growing
///   as a tab is reused, are renumbered 1, 2, 3… in their original order, keeping each one's width (so the ID
///   tree stays sorted).
enum PDFNormalizer {
    /// Rewrites `pdf` for `date`; throws `renderFailed` when a date is not in a form that can be rewritten
    /// in the same length.
    static func normalize(_ pdf: [UInt8], date: DocumentDate) throws -> [UInt8] {
        var bytes = pdf
        for key in ["/CreationDate (D:", "/ModDate (D:"] {
            try rewriteDate(after: Array(key.utf8), in: &bytes, date: date)
        }
        renumberNodeIDs(in: &bytes)
        return bytes
    }

    /// The time-zone suffixes a PDF date may end with after its 14 digits, by length: Chromium writes
    /// `+00'00'`; `Z` and none are the shorter forms the PDF date syntax allows.
    private static let zoneByLength = [7: "+00'00'", 1: "Z", 0: ""]
    /// `YYYYMMDDHHmmSS`: the digits of a PDF date up to the seconds.
    private static let dateDigits = 14
    /// Midnight, the time of day every rewritten date gets.
    private static let midnight = "000000"

    /// Replaces the date string that follows the first `key` (up to its closing parenthesis).
    private static func rewriteDate(after key: [UInt8], in bytes: inout [UInt8], date: DocumentDate) throws {
        guard let found = bytes.firstIndex(of: key, from: 0),
            let end = bytes[(found + key.count)...].firstIndex(of: UInt8(ascii: ")"))
        else { return }
        let start = found + key.count
        let length = end - start
        guard length >= dateDigits, let zone = zoneByLength[length - dateDigits] else {
            let found = String(decoding: bytes[start..<end], as: UTF8.self)
            throw PDFError.renderFailed("Chromium wrote a PDF date that cannot be rewritten: D:\(found)")
        }
        let replacement = Array((date.compactDigits + midnight + zone).utf8)
        bytes.replaceSubrange(start..<end, with: replacement)
    }
}
