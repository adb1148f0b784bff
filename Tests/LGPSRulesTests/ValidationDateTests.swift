import LGPSRules
import Testing

/// GOV.UK date input pattern messages, and the date of birth rule (VAL-1).
@Suite("Validation: dates")
struct ValidationDateTests {
    let today = CalendarDate(2026, 11, 22)

    @Test("A blank required date asks for the date")
    func blankRequiredDate() {
        let result = validateDateInput(day: "", month: "", year: "", field: "d", label: "Date of birth", required: true)
        #expect(result.errors == [FieldError(field: "d", message: "Enter date of birth")])
    }

    @Test("A blank optional date is valid and empty")
    func blankOptionalDate() {
        let result = validateDateInput(day: " ", month: "", year: "", field: "d", label: "Leaving date", required: false)
        #expect(result.value == .some(nil))
    }

    @Test("A date missing its month says so")
    func missingMonth() {
        let result = validateDateInput(day: "3", month: "", year: "1980", field: "d", label: "Date of birth",
                                       required: true)
        #expect(result.errors.map(\.message) == ["Date of birth must include a month"])
    }

    @Test("30 February is not a real date")
    func impossibleDate() {
        let result = validateDateInput(day: "30", month: "2", year: "1980", field: "d", label: "Date of birth",
                                       required: true)
        #expect(result.errors.map(\.message) == ["Date of birth must be a real date"])
    }

    @Test("A two-digit year asks for 4 numbers")
    func shortYear() {
        let result = validateDateInput(day: "3", month: "2", year: "80", field: "d", label: "Date of birth",
                                       required: true)
        #expect(result.errors.map(\.message) == ["Year must include 4 numbers"])
    }

    @Test("A date of birth in the future is refused")
    func futureBirth() {
        let result = validateDateOfBirth(day: "1", month: "1", year: "2030", today: today)
        #expect(result.errors == [FieldError(field: "dateOfBirth", message: "Date of birth must be in the past")])
    }

    @Test("A date of birth of today is refused, yesterday is accepted")
    func todayBirth() {
        #expect(validateDateOfBirth(day: "22", month: "11", year: "2026", today: today).errors.count == 1)
        #expect(validateDateOfBirth(day: "21", month: "11", year: "2026", today: today).value == CalendarDate(2026, 11, 21))
    }

    @Test("A date of birth implying an age over 125 is refused")
    func tooOld() {
        let result = validateDateOfBirth(day: "1", month: "1", year: "1890", today: today)
        #expect(result.errors.map(\.message) == ["Date of birth must be after 22 November 1901"])
    }
}
