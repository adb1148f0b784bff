import LGPSRules
import Testing

/// Single-field rules: NI number, postcode, email, phone, text (VAL-1).
@Suite("Validation: fields")
struct ValidationFieldTests {
    @Test("A malformed NI number gets HMRC's example in the message")
    func badNINumber() {
        let result = validateNationalInsuranceNumber("QQ12345")
        #expect(result.errors == [FieldError(
            field: "nationalInsuranceNumber",
            message: "Enter a National Insurance number in the correct format, like QQ 12 34 56 C")])
    }

    @Test("An NI number with a bad suffix says which letters are allowed")
    func badSuffix() {
        #expect(validateNationalInsuranceNumber("QQ123456E").errors.map(\.message)
            == ["Enter a National Insurance number that ends with A, B, C or D"])
    }

    @Test("A blank NI number is allowed; a spaced one is normalised")
    func blankAndSpacedNINumber() {
        #expect(validateNationalInsuranceNumber("  ").value == .some(nil))
        #expect(validateNationalInsuranceNumber("qq 12 34 56 c").value??.value == "QQ123456C")
    }

    @Test("A postcode must be given and real")
    func postcode() {
        #expect(validatePostcode("").errors.map(\.message) == ["Enter a postcode"])
        #expect(validatePostcode("12345").errors.map(\.message) == ["Enter a real postcode"])
        #expect(validatePostcode("ls14dy").value == "LS1 4DY")
    }

    @Test("An email address needs the correct format")
    func email() {
        let message = "Enter an email address in the correct format, like name@example.com"
        for bad in ["name", "name@", "@example.com", "name@example", "na me@example.com", "a@b@example.com"] {
            #expect(validateEmail(bad).errors.map(\.message) == [message], "\(bad)")
        }
        #expect(validateEmail("jo.bloggs@example.org").value == .some("jo.bloggs@example.org"))
        #expect(validateEmail("").value == .some(nil))
    }

    @Test("A phone number needs 10 to 15 digits and no letters")
    func phone() {
        let bad = validatePhone("0113 ABC", field: "homePhone", label: "home phone number")
        #expect(bad.errors.map(\.message)
            == ["Enter a home phone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192"])
        #expect(validatePhone("+44 808 157 0192", field: "m", label: "x").value == .some("+44 808 157 0192"))
    }

    @Test("Text fields are trimmed, required when asked, and bounded")
    func text() {
        #expect(validateText("  ", field: "f", label: "F", requiredMessage: "Enter F").errors.map(\.message) == ["Enter F"])
        let long = String(repeating: "a", count: 101)
        #expect(validateText(long, field: "f", label: "Address line 2", requiredMessage: nil).errors.map(\.message)
            == ["Address line 2 must be 100 characters or fewer"])
        #expect(validateText(" Leeds ", field: "f", label: "F", requiredMessage: nil).value == "Leeds")
    }
}
