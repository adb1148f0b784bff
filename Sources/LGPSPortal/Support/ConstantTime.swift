/// Comparison that takes the same time wherever the first difference is (AUTH-13: codes are compared without
/// leaking, through timing, how many leading characters were right).
enum ConstantTime {
    /// Whether `a` and `b` hold the same bytes. Only the lengths, which are public (digests), leak.
    static func equal(_ a: some Collection<UInt8>, _ b: some Collection<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for (x, y) in zip(a, b) { difference |= x ^ y }
        return difference == 0
    }

    /// Whether two texts have the same UTF-8 bytes, compared in constant time.
    static func equal(_ a: String, _ b: String) -> Bool {
        equal(Array(a.utf8), Array(b.utf8))
    }
}
