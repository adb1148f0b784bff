/// Small, well-formed PNG and JPEG files for upload tests, with and without metadata (FILE-3). The image data is
/// arbitrary bytes: what is checked is the file's structure, not the picture.
enum ImageSamples {
    static func pngChunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let length = UInt32(data.count)
        return [UInt8(length >> 24), UInt8(length >> 16 & 0xFF), UInt8(length >> 8 & 0xFF), UInt8(length & 0xFF)]
            + Array(type.utf8) + data + [0, 0, 0, 0]
    }

    static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    static let ihdr = pngChunk("IHDR", [0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0])
    static let idat = pngChunk("IDAT", [0x78, 0x9C, 1, 2, 3, 4])
    static let iend = pngChunk("IEND", [])
    static let gama = pngChunk("gAMA", [0, 0, 0xB1, 0x8F])

    /// A PNG with text, EXIF and time chunks.
    static let pngWithMetadata = pngSignature + ihdr + pngChunk("tEXt", Array("Author\u{0}Jill Archer".utf8)) + gama
        + pngChunk("eXIf", Array("GPS 52.1N 1.2W".utf8)) + idat + pngChunk("tIME", [7, 234, 11, 23, 6, 0, 0]) + iend
    /// The same PNG as it should be stored.
    static let pngClean = pngSignature + ihdr + gama + idat + iend

    static func jpegSegment(_ marker: UInt8, _ payload: [UInt8]) -> [UInt8] {
        let length = payload.count + 2
        return [0xFF, marker, UInt8(length >> 8), UInt8(length & 0xFF)] + payload
    }

    static let jfif = jpegSegment(0xE0, Array("JFIF\u{0}".utf8) + [1, 1, 0, 0, 1, 0, 1, 0, 0])
    static let icc = jpegSegment(0xE2, Array("ICC_PROFILE\u{0}".utf8) + [1, 1, 9, 9])
    static let quantisation = jpegSegment(0xDB, [0, 1, 2, 3])
    static let scan = jpegSegment(0xDA, [1, 1, 0, 0, 63, 0]) + [0x12, 0x34, 0xFF, 0x00, 0x56] + [0xFF, 0xD9]

    /// A JPEG with EXIF (location), XMP, a comment and a Photoshop segment.
    static let jpegWithMetadata = [0xFF, 0xD8] + jfif + jpegSegment(0xE1, Array("Exif\u{0}\u{0}GPS 52.1N".utf8))
        + jpegSegment(0xE1, Array("http://ns.adobe.com/xap/1.0/\u{0}<x:xmpmeta/>".utf8)) + icc
        + jpegSegment(0xFE, Array("Taken at 1 High Street".utf8)) + jpegSegment(0xED, Array("Photoshop 3.0".utf8))
        + quantisation + scan
    /// The same JPEG as it should be stored.
    static let jpegClean = [0xFF, 0xD8] + jfif + icc + quantisation + scan
}
