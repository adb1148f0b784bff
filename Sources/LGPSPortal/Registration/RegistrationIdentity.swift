import LGPSRules

/// What the fund holds about a person, to compare with what they type when registering (AUTH-9, AUTH-10): the
/// activation key proves the letter arrived; these details prove it is the right person reading it.
///
/// The comparison forgives how people type, not what they type:
/// - surname: case, accents ("Zoë" = "Zoe", "Straße" = "STRASSE"), and separators are ignored, where a separator
///   is any whitespace, any apostrophe (' ’ ‘ ʼ ` ´ ′) or any hyphen or dash (- ‐ ‑ ‒ – — −). So "O’Brien",
///   "O'Brien", "o brien" and "OBRIEN" all match, as do "Smith-Jones" and "Smith Jones": payroll systems often
///   drop or change these characters, and a person should not be refused for the record's punctuation. Full stops
///   are ignored too ("St. John" = "St John").
/// - date of birth: exact.
/// - National Insurance number: spaces and case ignored; otherwise exact.
public struct RegistrationIdentity: Sendable, Equatable {
    /// Surname as the fund holds it.
    public var surname: String
    /// Date of birth as the fund holds it.
    public var dateOfBirth: CalendarDate
    /// National Insurance number as the fund holds it, in any spacing or case; empty if the fund has none.
    public var nationalInsuranceNumber: String

    /// The details held for one person.
    public init(surname: String, dateOfBirth: CalendarDate, nationalInsuranceNumber: String) {
        self.surname = surname
        self.dateOfBirth = dateOfBirth
        self.nationalInsuranceNumber = nationalInsuranceNumber
    }

    /// Whether the typed details are this person's (AUTH-10). Pass `nationalInsuranceNumber: nil` only when the
    /// journey does not ask for it (for example for a dependant with no number on record); a number that is asked
    /// for and left blank does not match, and nothing matches a held number that is empty.
    public func matches(surname: String, dateOfBirth: CalendarDate, nationalInsuranceNumber: String?) -> Bool {
        let surnameMatches = Self.foldedSurname(surname) == Self.foldedSurname(self.surname)
            && !Self.foldedSurname(self.surname).isEmpty
        let niMatches = nationalInsuranceNumber.map { typed in
            let held = Self.compactNumber(self.nationalInsuranceNumber)
            return !held.isEmpty && Self.compactNumber(typed) == held
        } ?? true
        return surnameMatches && dateOfBirth == self.dateOfBirth && niMatches
    }

    /// Also ignored in surnames, as in "St. John".
    static let fullStop: Character = "."

    /// `surname` case-folded, without accents and without separators or full stops.
    static func foldedSurname(_ surname: String) -> String {
        TextFolding.foldedForComparison(surname).filter { !TextFolding.isSeparator($0) && $0 != fullStop }
    }

    /// A National Insurance number without whitespace, upper-cased.
    static func compactNumber(_ number: String) -> String {
        number.filter { !$0.isWhitespace }.uppercased()
    }
}
