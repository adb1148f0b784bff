import Foundation
import LGPSStorage

/// What a member may upload (FILE-1): PDF, JPEG or PNG, at most 10 MB each, and at most 20 files or 50 MB in
/// all (FILE-8). The type is decided by the file's first bytes, never its name or the browser's Content-Type
/// (FILE-3), and images are stored with their metadata taken out (``JPEGMetadata``, ``PNGMetadata``: FILE-3's "at
/// least strip metadata"); the name is kept, sanitised, for display only (FILE-5).
///
/// FILE-7: the scan is a hook with one local signature, the EICAR test string, because ClamAV's signature
/// database cannot be fetched in this environment; a file containing it anywhere is stored quarantined and
/// never served. A fund with ClamAV would call it from ``scan(_:)``.
struct UploadPolicy: Sendable {
    /// A type members may upload, named by its magic bytes.
    enum FileType: String, Sendable, CaseIterable {
        case pdf = "application/pdf"
        case jpeg = "image/jpeg"
        case png = "image/png"

        /// The type's name in words.
        var label: String {
            switch self {
            case .pdf: "PDF"
            case .jpeg: "JPEG image"
            case .png: "PNG image"
            }
        }
    }

    /// The result of checking one upload.
    enum Decision: Equatable, Sendable {
        /// Store `bytes` (images without their metadata) as `type` with `status` (`.received`, or `.quarantined`
        /// when the scan matched).
        case store(FileType, DocumentStatus, bytes: [UInt8])
        /// Refuse it with a message for the member.
        case refused(String)
    }

    /// FILE-1: largest file, in bytes (10 MB).
    var maximumFileBytes = 10 * 1024 * 1024
    /// FILE-8: most files a member may have uploaded.
    var maximumFiles = 20
    /// FILE-8: most bytes a member may have uploaded in all (50 MB).
    var maximumTotalBytes: Int64 = 50 * 1024 * 1024

    /// Largest request body accepted on the upload route: one file plus the form's other fields and framing.
    var maximumRequestBytes: Int { maximumFileBytes + 64 * 1024 }

    /// The EICAR anti-virus test signature (FILE-7's local signature).
    static let eicar = Array(#"X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"#.utf8)

    /// Checks `bytes` against the size limit, the allowed types and the scan; `usage` is what the member has
    /// already uploaded.
    func check(_ bytes: [UInt8], usage: DocumentUsage) -> Decision {
        guard !bytes.isEmpty else { return .refused("The selected file is empty") }
        guard bytes.count <= maximumFileBytes else { return .refused("The selected file must be smaller than 10 MB") }
        guard usage.count < maximumFiles, usage.bytes + Int64(bytes.count) <= maximumTotalBytes else {
            return .refused("You have uploaded as many documents as we can accept online (\(maximumFiles) files or 50 MB). Contact us to send more")
        }
        guard let type = Self.sniff(bytes) else { return .refused("The selected file must be a PDF, JPG or PNG") }
        let status: DocumentStatus = Self.scan(bytes) ? .quarantined : .received
        let kept: [UInt8]?
        switch type {
        case .pdf: kept = bytes
        case .jpeg: kept = JPEGMetadata.strip(bytes)
        case .png: kept = PNGMetadata.strip(bytes)
        }
        guard let kept else { return .refused("The selected file is damaged. Save it again and upload the new copy") }
        return .store(type, status, bytes: kept)
    }

    /// The type named by the file's magic bytes, if it is one we accept.
    static func sniff(_ bytes: [UInt8]) -> FileType? {
        if bytes.starts(with: Array("%PDF-".utf8)) { return .pdf }
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
        return nil
    }

    /// Whether the scan matched (the EICAR signature anywhere in the bytes).
    static func scan(_ bytes: [UInt8]) -> Bool {
        MultipartForm.find(eicar, in: bytes, from: 0) != nil
    }

    /// The member's filename for display only: the last path component, without control or bidirectional
    /// formatting characters, at most 100 characters; "document" when nothing is left.
    static func displayName(_ filename: String) -> String {
        let last = filename.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let kept = last.unicodeScalars.filter { scalar in
            !(scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format)
        }
        let name = String(String.UnicodeScalarView(kept)).trimmingCharacters(in: .whitespaces)
        return name.isEmpty || name == "." || name == ".." ? "document" : String(name.prefix(100))
    }
}
