/// The date a statement is issued, written `YYYY-MM-DD`, which the renderer stamps into the PDF as its creation
/// and modification date (at midnight UTC) in place of the moment Chromium printed it.
struct DocumentDate: Sendable, Equatable {
    /// The date's digits without separators, `YYYYMMDD`, as a PDF date string begins.
    let compactDigits: String

    /// Reads `text`; throws `invalidDocumentDate` unless it is a real Gregorian date written `YYYY-MM-DD`.
    init(_ text: String) throws {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let widths = [4, 2, 2]
        guard parts.count == widths.count,
            zip(parts, widths).allSatisfy({ $0.count == $1 && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...Self.monthsInYear).contains(month), (1...Self.days(inMonth: month, of: year)).contains(day)
        else { throw PDFError.invalidDocumentDate(text) }
        compactDigits = parts.joined()
    }

    /// Months in a Gregorian year.
    private static let monthsInYear = 12
    /// Days in each month of a common year, January first.
    private static let commonYearMonthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    /// The month that gains a day in a leap year.
    private static let february = 2

    /// Days in `month` of `year`, by the Gregorian leap-year rule.
    private static func days(inMonth month: Int, of year: Int) -> Int {
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        return commonYearMonthLengths[month - 1] + (leap && month == february ? 1 : 0)
    }
}
