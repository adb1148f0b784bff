import Hummingbird
import LGPSRules

/// The search page's query parameters: `q` (what to find) and `page` (from 1). Shared by the page and the API.
struct SearchQuery: Equatable {
    /// Longest search text accepted.
    static let maximumLength = 100
    /// Highest page number accepted (deep paging is refused rather than scanned).
    static let maximumPage = 10_000

    var text: String
    var page: Int

    /// Reads and checks the parameters; malformed ones are a 400 with field errors.
    init(_ request: Request) throws {
        // Parsed as a form, so `+` is a space (as browsers send GET forms: "QQ+12+34+56+C").
        let parameters = FormFields(urlEncoded: request.uri.query ?? "")
        var errors: [FieldError] = []
        text = parameters["q"].trimmingWhitespace()
        if text.count > Self.maximumLength {
            errors.append(FieldError(field: "q", message: "Search must be \(Self.maximumLength) characters or fewer"))
        }
        let pageText = parameters.contains("page") ? parameters["page"] : "1"
        if let number = Int(pageText), number >= 1, number <= Self.maximumPage {
            page = number
        } else {
            page = 1
            errors.append(FieldError(field: "page", message: "Page must be a whole number from 1 to \(Self.maximumPage)"))
        }
        if !errors.isEmpty { throw WebError.badRequest(errors) }
    }
}
