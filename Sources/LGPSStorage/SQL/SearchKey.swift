import Foundation

/// Normalised keys for indexed prefix search: lowercased and trimmed, compared bytewise.
enum SearchKey {
    /// The stored key for a name.
    static func normalise(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespaces).lowercased()
    }

    /// The smallest string greater than every string starting with `prefix` (its last character incremented),
    /// so `key >= prefix AND key < upperBound(prefix)` is a prefix match that uses a B-tree index.
    static func upperBound(_ prefix: String) -> String {
        var scalars = Array(prefix.unicodeScalars)
        while let last = scalars.popLast() {
            var value = last.value + 1
            if (0xD800...0xDFFF).contains(value) { value = 0xE000 }
            if let next = Unicode.Scalar(value) {
                scalars.append(next)
                var result = String.UnicodeScalarView()
                result.append(contentsOf: scalars)
                return String(result)
            }
        }
        return "\u{10FFFF}"
    }
}
