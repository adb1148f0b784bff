import LGPSRules
import LGPSStorage

/// The find-a-member page: the search box, then a page of results with previous and next links.
struct SearchPage {
    struct Row {
        var name: String
        var href: String
        var dateOfBirth: String
        var nationalInsuranceNumber: String
        var postcode: String
        var memberNumbers: String
    }

    struct Link {
        var href: String
    }

    var layout: LayoutModel
    var query: String
    var searched: Bool
    var rows: [Row]
    var hasRows: Bool
    var showing: String
    var previous: Link?
    var next: Link?
    var pageNumber: Int
    var pageCount: Int

    init(context: StaffRequestContext, query: String, results: Page<PersonSummary>?, flash: String?) {
        layout = LayoutModel(title: query.isEmpty ? "Find a member" : "Search results for \(query)", context: context)
        layout.flash = flash
        layout.markCurrent("/search")
        self.query = query
        searched = results != nil
        rows = (results?.items ?? []).map {
            Row(name: $0.name, href: "/people/\($0.personID)", dateOfBirth: $0.dateOfBirth.longUK,
                nationalInsuranceNumber: $0.nationalInsuranceNumber.flatMap { NationalInsuranceNumber($0)?.spaced }
                    ?? $0.nationalInsuranceNumber ?? "None",
                postcode: $0.postcode, memberNumbers: $0.memberNumbers.joined(separator: ", "))
        }
        hasRows = !rows.isEmpty
        pageNumber = results?.page ?? 1
        pageCount = results?.pageCount ?? 1
        showing = ""
        previous = nil
        next = nil
        guard let results, !results.items.isEmpty else { return }
        let first = (results.page - 1) * results.pageSize + 1
        let last = min(results.total, first + results.items.count - 1)
        showing = "Showing \(first) to \(last) of \(results.total) " + (results.total == 1 ? "result" : "results")
        let encoded = SearchPage.encode(query)
        if results.page > 1 { previous = Link(href: "/search?q=\(encoded)&page=\(results.page - 1)") }
        if results.page < results.pageCount { next = Link(href: "/search?q=\(encoded)&page=\(results.page + 1)") }
    }

    /// Percent-encodes a query for a link.
    static func encode(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            let c = Character(Unicode.Scalar(byte))
            if c.isASCII && (c.isLetter || c.isNumber || c == "-" || c == "." || c == "_" || c == "~") {
                out.append(c)
            } else {
                out += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        }
        return out
    }
}
