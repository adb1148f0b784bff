/// FILE-3 for JPEG uploads: the image is kept as it is, but the segments that carry metadata — EXIF (camera,
/// location, time), XMP, IPTC, comments and other application segments — are taken out. JFIF (APP0), the ICC
/// colour profile (APP2 `ICC_PROFILE`) and Adobe's colour transform flag (APP14) stay, so the picture looks the
/// same; only an EXIF orientation is lost. A file whose segments do not add up is refused as damaged.
enum JPEGMetadata {
    /// Start of image, start of scan, comment, and the range of application segment markers.
    static let startOfImage: UInt8 = 0xD8
    static let startOfScan: UInt8 = 0xDA
    static let comment: UInt8 = 0xFE
    static let applicationSegments: ClosedRange<UInt8> = 0xE0...0xEF
    /// JFIF and Adobe application segments, kept.
    static let jfif: UInt8 = 0xE0
    static let adobe: UInt8 = 0xEE
    static let iccSegment: UInt8 = 0xE2
    static let iccName = Array("ICC_PROFILE\0".utf8)

    /// The image without metadata segments, or nil when it is not a well-formed JPEG up to its first scan.
    static func strip(_ bytes: [UInt8]) -> [UInt8]? {
        guard bytes.count >= 4, bytes[0] == 0xFF, bytes[1] == startOfImage else { return nil }
        var output: [UInt8] = [0xFF, startOfImage]
        output.reserveCapacity(bytes.count)
        var index = 2
        while index + 4 <= bytes.count {
            guard bytes[index] == 0xFF else { return nil }
            let marker = bytes[index + 1]
            if marker == 0xFF { index += 1; continue }  // fill byte before a marker
            let length = Int(bytes[index + 2]) << 8 | Int(bytes[index + 3])
            let end = index + 2 + length
            guard length >= 2, end <= bytes.count else { return nil }
            if keeps(marker, payload: bytes[(index + 4)..<end]) { output += bytes[index..<end] }
            if marker == startOfScan {
                output += bytes[end...]  // the compressed image data and everything after it, as they are
                return output
            }
            index = end
        }
        return nil
    }

    /// Whether a segment stays: everything but comments and application segments other than JFIF, ICC and Adobe.
    static func keeps(_ marker: UInt8, payload: ArraySlice<UInt8>) -> Bool {
        if marker == comment { return false }
        guard applicationSegments.contains(marker) else { return true }
        if marker == jfif || marker == adobe { return true }
        return marker == iccSegment && payload.starts(with: iccName)
    }
}
