import Foundation
import Hummingbird
import LGPSRules

/// An RFC 9457 problem details body (`application/problem+json`), with the field errors of a 400 or 422.
struct Problem: Codable, Sendable {
    /// Field errors of a 400 or 422, in the form's `{field, message}` shape.
    struct InvalidField: Codable, Sendable {
        var field: String
        var message: String
    }

    var type: String
    var title: String
    var status: Int
    var detail: String
    var errors: [InvalidField]?

    /// The response for this problem.
    func response() -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = (try? encoder.encode(self)) ?? Data("{}".utf8)
        var headers = HTTPFields()
        headers[.contentType] = "application/problem+json"
        headers[.cacheControl] = "no-store"
        if status == 503 { headers[.retryAfter] = "5" }
        if status == 401 { headers[.wwwAuthenticate] = "Cookie realm=\"OpenLGPS staff\"" }
        return Response(status: .init(code: status), headers: headers,
                        body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func notFound() -> Problem {
        Problem(type: "https://openlgps.org/problems/not-found", title: "Not found", status: 404,
                detail: "There is nothing at this address in your fund.", errors: nil)
    }

    static func unauthenticated() -> Problem {
        Problem(type: "https://openlgps.org/problems/unauthenticated", title: "Sign in required", status: 401,
                detail: "Sign in at /login; the API uses the same session cookie.", errors: nil)
    }

    static func badRequest(_ errors: [FieldError]) -> Problem {
        Problem(type: "https://openlgps.org/problems/invalid-parameters", title: "Invalid query parameters",
                status: 400, detail: "One or more query parameters are not valid.",
                errors: errors.map { InvalidField(field: $0.field, message: $0.message) })
    }

    static func forbidden() -> Problem {
        Problem(type: "https://openlgps.org/problems/csrf", title: "Forbidden", status: 403,
                detail: "The request did not carry a valid anti-forgery token.", errors: nil)
    }

    static func overloaded() -> Problem {
        Problem(type: "https://openlgps.org/problems/overloaded", title: "Service busy", status: 503,
                detail: "Too many requests are being handled. Try again in a few seconds.", errors: nil)
    }

    static func generic(status: Int) -> Problem {
        Problem(type: "about:blank", title: HTTPResponse.Status(code: status).reasonPhrase, status: status,
                detail: status >= 500 ? "Something went wrong. Try again later." : "The request could not be handled.",
                errors: nil)
    }
}
