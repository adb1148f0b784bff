extension [UInt8] {
    /// The index where `pattern` next occurs at or after `start`, or `nil`; a plain scan over the buffer, which
    /// is many times faster than the generic `firstRange(of:)` on a PDF of a few hundred kilobytes.
    func firstIndex(of pattern: [UInt8], from start: Int) -> Int? {
        guard let first = pattern.first, count >= pattern.count else { return nil }
        return withUnsafeBufferPointer { bytes in
            var index = Swift.max(start, 0)
            let last = bytes.count - pattern.count
            while index <= last {
                if bytes[index] == first, bytes[index..<(index + pattern.count)].elementsEqual(pattern) {
                    return index
                }
                index += 1
            }
            return nil
        }
    }
}
