import Testing
import LGPSRules

@Suite("National Insurance numbers (HMRC NIM39110)")
struct NationalInsuranceNumberTests {
    @Test("Valid numbers are accepted ignoring spaces and case", arguments: ["AB123456C", "ab 12 34 56 c", "QQ123456C", "JZ 99 00 11 D"])
    func valid(text: String) throws {
        let number = try #require(NationalInsuranceNumber(text))
        #expect(number.value.count == 9)
        #expect(!number.value.contains(" "))
    }

    @Test("Wrong shapes are refused with the GOV.UK format message", arguments: ["", "AB12345C", "AB1234567C", "A1123456C", "AB12345XC"])
    func wrongShape(text: String) {
        #expect(NationalInsuranceNumber.parse(text) == .failure(.wrongShape))
    }

    @Test("Prefixes HMRC never allocates are refused", arguments: ["DA123456A", "AD123456A", "GB123456A", "NK123456A", "TN123456A", "ZZ123456A", "AO123456A", "QA123456A"])
    func invalidPrefix(text: String) {
        #expect(NationalInsuranceNumber.parse(text) == .failure(.invalidPrefix))
    }

    @Test("The suffix must be A, B, C or D")
    func invalidSuffix() {
        #expect(NationalInsuranceNumber.parse("AB123456E") == .failure(.invalidSuffix))
    }

    @Test("QQ is HMRC's example range: accepted and marked, and masked for logs")
    func exampleRange() throws {
        let number = try #require(NationalInsuranceNumber("QQ 12 34 56 C"))
        #expect(number.isExampleRange)
        #expect(number.spaced == "QQ 12 34 56 C")
        #expect(!number.masked.contains("123456"))
        #expect(NationalInsuranceNumber("AB123456C")?.isExampleRange == false)
    }
}
