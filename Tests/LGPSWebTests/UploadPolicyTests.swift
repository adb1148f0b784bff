import LGPSStorage
import Testing
@testable import LGPSWeb

/// What members may upload: FILE-1 (PDF, JPEG, PNG, 10 MB), FILE-3 (type from magic bytes, not the name; image metadata removed),
/// FILE-5 (display name only), FILE-7 (EICAR local signature quarantines), FILE-8 (quota).
@Suite("Upload policy")
struct UploadPolicyTests {
    static let none = DocumentUsage(count: 0, bytes: 0)
    static let png = ImageSamples.pngClean
    static let pdf = Array("%PDF-1.4\n%%EOF\n".utf8)
    let policy = UploadPolicy()

    @Test("A PNG is a PNG whatever it is called; a PDF and a JPEG are accepted (FILE-1, FILE-3)")
    func sniffs() {
        #expect(policy.check(Self.png, usage: Self.none) == .store(.png, .received, bytes: Self.png))
        #expect(policy.check(Self.pdf, usage: Self.none) == .store(.pdf, .received, bytes: Self.pdf))
        #expect(policy.check(ImageSamples.jpegClean, usage: Self.none)
                == .store(.jpeg, .received, bytes: ImageSamples.jpegClean))
    }

    @Test("Images are stored without their metadata: EXIF, XMP, comments, text and time go; the picture stays (FILE-3)")
    func stripsMetadata() {
        #expect(policy.check(ImageSamples.jpegWithMetadata, usage: Self.none)
                == .store(.jpeg, .received, bytes: ImageSamples.jpegClean))
        #expect(policy.check(ImageSamples.pngWithMetadata, usage: Self.none)
                == .store(.png, .received, bytes: ImageSamples.pngClean))
    }

    @Test("An image whose structure does not add up is refused as damaged (FILE-3)")
    func refusesDamagedImages() {
        let damaged = "The selected file is damaged. Save it again and upload the new copy"
        let truncated: [[UInt8]] = [
            Array(ImageSamples.jpegClean.prefix(12)),        // stops inside the JFIF segment
            [0xFF, 0xD8, 0xFF, 0xE0, 0, 16],                  // a segment longer than the file
            Array(ImageSamples.pngClean.dropLast(12)),        // no IEND
            ImageSamples.pngSignature + ImageSamples.idat + ImageSamples.iend,  // IDAT before IHDR
            [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13],
        ]
        for bytes in truncated {
            #expect(policy.check(bytes, usage: Self.none) == .refused(damaged))
        }
    }

    @Test("Text or HTML called .pdf is refused (FILE-3)")
    func refusesText() {
        for text in ["hello, this is not a PDF", "<html><script>alert(1)</script></html>"] {
            #expect(policy.check(Array(text.utf8), usage: Self.none) == .refused("The selected file must be a PDF, JPG or PNG"))
        }
        #expect(policy.check([], usage: Self.none) == .refused("The selected file is empty"))
    }

    @Test("10 MB is accepted and 10 MB + 1 byte refused (FILE-1)")
    func size() {
        let limit = 10 * 1024 * 1024
        #expect(policy.check(Self.pdf + [UInt8](repeating: 0x20, count: limit - Self.pdf.count), usage: Self.none)
                == .store(.pdf, .received, bytes: Self.pdf + [UInt8](repeating: 0x20, count: limit - Self.pdf.count)))
        #expect(policy.check(Self.pdf + [UInt8](repeating: 0x20, count: limit + 1 - Self.pdf.count), usage: Self.none)
                == .refused("The selected file must be smaller than 10 MB"))
    }

    @Test("The EICAR test signature anywhere quarantines the file (FILE-7)")
    func eicar() {
        #expect(policy.check(Self.pdf + UploadPolicy.eicar + Self.pdf, usage: Self.none) == .store(.pdf, .quarantined, bytes: Self.pdf + UploadPolicy.eicar + Self.pdf))
    }

    @Test("The 21st file, or one that takes the total past 50 MB, is refused (FILE-8)")
    func quota() {
        if case .refused(let message) = policy.check(Self.pdf, usage: DocumentUsage(count: 20, bytes: 100)) {
            #expect(message.contains("20 files or 50 MB"))
        } else {
            Issue.record("the 21st file was accepted")
        }
        #expect(policy.check(Self.pdf, usage: DocumentUsage(count: 19, bytes: 50 * 1024 * 1024 - 10))
                != .store(.pdf, .received, bytes: Self.pdf))
        #expect(policy.check(Self.pdf, usage: DocumentUsage(count: 19, bytes: 0)) == .store(.pdf, .received, bytes: Self.pdf))
    }

    @Test("Filenames are for display only: paths, control and bidi characters are removed (FILE-5)")
    func displayName() {
        #expect(UploadPolicy.displayName("../../etc/passwd") == "passwd")
        #expect(UploadPolicy.displayName(#"C:\Users\me\birth.pdf"#) == "birth.pdf")
        #expect(UploadPolicy.displayName("evil\u{202E}fdp.exe\u{0}") == "evilfdp.exe")
        #expect(UploadPolicy.displayName("..") == "document")
        #expect(UploadPolicy.displayName(String(repeating: "a", count: 300)).count == 100)
    }

    @Test("Downloads are named with RFC 6266 filename* (FILE-6)")
    func disposition() {
        #expect(DocumentDownload.contentDisposition("Birth certificate é.pdf")
                == #"attachment; filename="Birth certificate _.pdf"; filename*=UTF-8''Birth%20certificate%20%C3%A9.pdf"#)
    }
}
