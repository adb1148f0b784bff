extension PDFNormalizer {
    /// The opening of a structure element id string, `(node`, before its digits and closing parenthesis.
    private static let nodePrefix = Array("(node".utf8)

    /// Renumbers every `(nodeDIGITS)` string by its rank among the distinct ids, zero-padded to its own width.
    static func renumberNodeIDs(in bytes: inout [UInt8]) {
        var found: [(digits: Range<Int>, value: Int)] = []
        var searchFrom = bytes.startIndex
        while let prefix = bytes.firstIndex(of: nodePrefix, from: searchFrom) {
            let digitsStart = prefix + nodePrefix.count
            var end = digitsStart
            while end < bytes.endIndex, isDigit(bytes[end]) { end += 1 }
            searchFrom = end
            guard end > digitsStart, end < bytes.endIndex, bytes[end] == UInt8(ascii: ")"),
                let value = Int(String(decoding: bytes[digitsStart..<end], as: UTF8.self))
            else { continue }
            found.append((digitsStart..<end, value))
        }
        let ranks = Dictionary(
            uniqueKeysWithValues: Set(found.map(\.value)).sorted().enumerated().map { ($1, $0 + 1) })
        for (digits, value) in found {
            guard let rank = ranks[value] else { continue }
            let text = String(rank)
            guard text.count <= digits.count else { continue }
            let padded = String(repeating: "0", count: digits.count - text.count) + text
            bytes.replaceSubrange(digits, with: Array(padded.utf8))
        }
    }

    /// Whether `byte` is an ASCII digit.
    private static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
