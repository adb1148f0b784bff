import Hummingbird

/// Small builders for HTML responses.
enum HTML {
    /// An HTML page. Pages show personal data, so none may be stored by a browser or proxy (SESS-10).
    static func page(_ html: String, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    /// A redirect after a form or to the sign-in page: 303 See Other, so the browser follows with GET.
    static func redirect(to location: String) -> Response {
        var headers = HTTPFields()
        headers[.location] = location
        headers[.cacheControl] = "no-store"
        return Response(status: .seeOther, headers: headers)
    }
}
