import Testing
import LGPSRules
@testable import LGPSPortal

/// AUTH-9, AUTH-10: matching typed details with the record, forgiving how people type names.
@Suite struct RegistrationIdentityTests {
    let born = CalendarDate(1970, 5, 17)

    func held(_ surname: String, ni: String = "QQ 12 34 56 C") -> RegistrationIdentity {
        RegistrationIdentity(surname: surname, dateOfBirth: born, nationalInsuranceNumber: ni)
    }

    @Test("Surnames match across apostrophes, hyphens, spaces, case and accents", arguments: [
        ("O’Brien", "O'Brien"), ("O'Brien", "o brien"), ("O‘Brien", "OBRIEN"), ("Oʼbrien", "O`Brien"),
        ("O´Brien", "O′Brien"), ("Smith-Jones", "Smith Jones"), ("Smith–Jones", "smith—jones"),
        ("Smith‐Jones", "SMITHJONES"), ("Zoë", "Zoe"), ("Núñez", "NUNEZ"), ("Straße", "STRASSE"),
        ("St. John", "St John"), ("van der Berg", "Van Der Berg"), ("  Patel ", "patel"),
    ])
    func surnameVariants(record: String, typed: String) {
        #expect(held(record).matches(surname: typed, dateOfBirth: born, nationalInsuranceNumber: "qq123456c"))
    }

    @Test("Different surnames do not match", arguments: [
        ("O'Brien", "O'Bryan"), ("Smith", "Smyth"), ("Zoë", "Zoey"), ("Lee", "Le"), ("Øst", "Ost"),
    ])
    func differentSurnames(record: String, typed: String) {
        #expect(!held(record).matches(surname: typed, dateOfBirth: born, nationalInsuranceNumber: "QQ123456C"))
    }

    @Test("The date of birth must be exact")
    func dateOfBirth() {
        #expect(!held("Patel").matches(surname: "Patel", dateOfBirth: CalendarDate(1970, 5, 18),
                                       nationalInsuranceNumber: "QQ123456C"))
    }

    @Test("NI numbers match without spaces or case, and must otherwise be the same")
    func nationalInsuranceNumber() {
        let record = held("Patel")
        #expect(record.matches(surname: "Patel", dateOfBirth: born, nationalInsuranceNumber: " qq 123456 c"))
        #expect(!record.matches(surname: "Patel", dateOfBirth: born, nationalInsuranceNumber: "QQ123456D"))
        #expect(!record.matches(surname: "Patel", dateOfBirth: born, nationalInsuranceNumber: ""))
    }

    @Test("Without an NI number asked for, surname and date decide; a blank held number never matches a typed one")
    func noNumber() {
        #expect(held("Patel").matches(surname: "Patel", dateOfBirth: born, nationalInsuranceNumber: nil))
        #expect(!held("Patel", ni: "").matches(surname: "Patel", dateOfBirth: born, nationalInsuranceNumber: ""))
    }

    @Test("A blank surname on record matches nothing, not even a blank answer")
    func blankSurname() {
        #expect(!held(" ").matches(surname: "", dateOfBirth: born, nationalInsuranceNumber: nil))
    }
}
