import Foundation
import Hummingbird
import LGPSStorage

/// Serves a stored upload so it can never render as a page (FILE-6): as an attachment named with RFC 6266's
/// `filename*`, with its sniffed type, `nosniff`, a CSP that allows nothing, and `no-store`. Quarantined files
/// are not served.
enum DocumentDownload {
    static func response(_ document: MemberDocument, files: DocumentStore) throws -> Response {
        guard document.status != .quarantined, let bytes = try? files.read(key: document.storageKey) else {
            throw WebError.notFound
        }
        var headers = HTTPFields()
        headers[.contentType] = document.mediaType
        headers[.contentDisposition] = contentDisposition(document.originalName)
        headers[.xContentTypeOptions] = "nosniff"
        headers[.contentSecurityPolicy] = "default-src 'none'; sandbox"
        headers[.cacheControl] = "no-store"
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// `attachment; filename="ascii"; filename*=UTF-8''percent-encoded` (RFC 6266 §4.3, RFC 8187).
    static func contentDisposition(_ name: String) -> String {
        let ascii = String(name.unicodeScalars.map { scalar -> Character in
            scalar.isASCII && scalar.value >= 0x20 && scalar != "\"" && scalar != "\\" && scalar != "%" ? Character(scalar) : "_"
        })
        // RFC 8187 attr-char: ASCII letters and digits and these marks; everything else is percent-encoded.
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$&+-.^_`|~")
        let encoded = name.addingPercentEncoding(withAllowedCharacters: allowed) ?? ascii
        return "attachment; filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)"
    }
}
