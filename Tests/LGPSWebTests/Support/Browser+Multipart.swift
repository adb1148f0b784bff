import Foundation
import Hummingbird
import HummingbirdTesting

extension Browser {
    static let boundary = "----lgpsTestBoundary7MA4YWxkTrZu0gW"

    /// A `multipart/form-data` body of text fields and one file, as a browser sends it.
    static func multipartBody(fields: [(String, String)], file: (name: String, filename: String, type: String, bytes: [UInt8])?)
        -> [UInt8] {
        var body: [UInt8] = []
        for (name, value) in fields {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        if let file {
            body += Array(("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.name)\"; "
                + "filename=\"\(file.filename)\"\r\nContent-Type: \(file.type)\r\n\r\n").utf8)
            body += file.bytes + Array("\r\n".utf8)
        }
        return body + Array("--\(boundary)--\r\n".utf8)
    }

    /// POSTs a file upload, adding the CSRF token as a field unless `csrf` is false.
    @discardableResult
    func upload(_ uri: String, fields: [(String, String)], filename: String, bytes: [UInt8],
                type: String = "application/pdf", csrf: Bool = true) async throws -> TestResponse {
        var all = fields
        if csrf, let token = csrfToken { all.insert(("csrfToken", token), at: 0) }
        var headers = HTTPFields()
        headers[.contentType] = "multipart/form-data; boundary=\(Self.boundary)"
        let body = Self.multipartBody(fields: all, file: ("file", filename, type, bytes))
        return try await send(uri, method: .post, headers: headers, body: ByteBuffer(bytes: body))
    }
}
