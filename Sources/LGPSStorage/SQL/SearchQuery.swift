import Foundation

import LGPSRules

/// What a staff search box query means.
enum SearchQuery: Equatable {
    /// A whole National Insurance number (compact, upper case).
    case nationalInsuranceNumber(String)
    /// A member number or payroll reference (anything with a digit in it).
    case reference(String)
    /// A surname prefix, optionally with a forenames prefix ("jo smi" → forenames "jo", surname "smi").
    case name(surname: String, forenames: String?)
    /// Nothing to search for.
    case empty

    init(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty {
            self = .empty
        } else if let number = NationalInsuranceNumber(trimmed) {
            self = .nationalInsuranceNumber(number.value)
        } else if trimmed.contains(where: \.isNumber) {
            self = .reference(trimmed)
        } else {
            let words = trimmed.split(whereSeparator: { $0.isWhitespace || $0 == "," }).map(String.init)
            let surname = SearchKey.normalise(words.last ?? "")
            self = words.count > 1 ? .name(surname: surname, forenames: SearchKey.normalise(words[0]))
                : .name(surname: surname, forenames: nil)
        }
    }
}
