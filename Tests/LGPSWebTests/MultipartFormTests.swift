import Testing
@testable import LGPSWeb

/// The hand-written multipart/form-data parser (RFC 7578): what browsers send parses; anything malformed is a
/// clear error, never a crash (VAL-9).
@Suite("Multipart form parser")
struct MultipartFormTests {
    static let boundary = Browser.boundary

    static let malformedBodies = [
        "",
        "no boundary here",
        "--\(Browser.boundary)",
        "--\(Browser.boundary)\r\n",
        "--\(Browser.boundary)\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nvalue with no end",
        "--\(Browser.boundary)\r\nContent-Disposition: form-data\r\n\r\nx\r\n--\(Browser.boundary)--",
        "--\(Browser.boundary)\r\nno colon\r\n\r\nx\r\n--\(Browser.boundary)--",
        "--\(Browser.boundary)\r\nContent-Disposition: attachment; name=\"a\"\r\n\r\nx\r\n--\(Browser.boundary)--",
        "--\(Browser.boundary)XX",
    ]

    @Test("Fields and a file parse with their names, filename, type and exact bytes")
    func parses() throws {
        let bytes: [UInt8] = [0x25, 0x50, 0x44, 0x46, 0x0D, 0x0A, 0x2D, 0x2D, 0x00, 0xFF]  // CRLF and "--" inside
        let body = Browser.multipartBody(fields: [("csrfToken", "abc"), ("recordID", "12")],
                                         file: ("file", "scan.pdf", "application/pdf", bytes))
        let form = try MultipartForm(body: body, boundary: Self.boundary)
        #expect(form.fields["csrfToken"] == "abc")
        #expect(form.fields["recordID"] == "12")
        let file = try #require(form.part("file"))
        #expect(file.filename == "scan.pdf")
        #expect(file.contentType == "application/pdf")
        #expect(file.body == bytes)
    }

    @Test("The boundary is read from the Content-Type, quoted or not; other types have none")
    func boundaryFromContentType() {
        #expect(MultipartForm.boundary(contentType: "multipart/form-data; boundary=abc") == "abc")
        #expect(MultipartForm.boundary(contentType: "Multipart/Form-Data; charset=utf-8; boundary=\"a b\"") == "a b")
        #expect(MultipartForm.boundary(contentType: "application/x-www-form-urlencoded") == nil)
        #expect(MultipartForm.boundary(contentType: "multipart/form-data") == nil)
        #expect(MultipartForm.boundary(contentType: "multipart/form-data; boundary=" + String(repeating: "x", count: 71)) == nil)
    }

    @Test("Quoted Content-Disposition parameters may hold semicolons and escaped quotes")
    func disposition() {
        let parsed = MultipartForm.dispositionParameters(#"form-data; name="file"; filename="a;b \"c\".pdf""#)
        #expect(parsed.type == "form-data")
        #expect(parsed.values["name"] == "file")
        #expect(parsed.values["filename"] == #"a;b "c".pdf"#)
    }

    @Test("Malformed bodies are refused with an error, never a crash", arguments: malformedBodies)
    func malformed(text: String) {
        #expect(throws: MultipartError.self) { try MultipartForm(body: Array(text.utf8), boundary: Self.boundary) }
    }

    @Test("More than the maximum number of parts is refused")
    func tooManyParts() {
        let body = Browser.multipartBody(fields: (0...MultipartForm.maximumParts).map { ("f\($0)", "") }, file: nil)
        #expect(throws: MultipartError.tooManyParts) { try MultipartForm(body: body, boundary: Self.boundary) }
    }
}
