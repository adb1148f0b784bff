/// FILE-3 for PNG uploads: the image data and the chunks that change how it looks (palette, transparency,
/// gamma, colour space, ICC profile, background, pixel size, significant bits) are kept; text (`tEXt`, `zTXt`,
/// `iTXt`), EXIF (`eXIf`), the modification time (`tIME`) and any other ancillary chunk are taken out. A file whose
/// chunks do not add up, or that does not start with `IHDR` and end with `IEND`, is refused as damaged.
enum PNGMetadata {
    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    /// Ancillary chunks that affect rendering, kept.
    static let keptAncillary: Set<String> = ["tRNS", "gAMA", "cHRM", "sRGB", "iCCP", "bKGD", "pHYs", "sBIT"]
    /// Bytes around a chunk's data: length, type, and CRC.
    static let chunkOverhead = 12

    /// Chunk types are four ASCII letters.
    static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
    }

    /// The image without metadata chunks, or nil when it is not a well-formed PNG.
    static func strip(_ bytes: [UInt8]) -> [UInt8]? {
        guard bytes.starts(with: signature) else { return nil }
        var output = signature
        output.reserveCapacity(bytes.count)
        var index = signature.count
        var first = true
        while index + chunkOverhead <= bytes.count {
            let length = bytes[index..<(index + 4)].reduce(0) { $0 << 8 | Int($1) }
            let end = index + chunkOverhead + length
            let typeBytes = bytes[(index + 4)..<(index + 8)]
            guard end <= bytes.count, typeBytes.allSatisfy(isLetter) else { return nil }
            let type = String(decoding: typeBytes, as: UTF8.self)
            if first, type != "IHDR" { return nil }
            first = false
            let critical = type.first?.isUppercase == true
            if critical || keptAncillary.contains(type) { output += bytes[index..<end] }
            if type == "IEND" { return output }
            index = end
        }
        return nil
    }
}
