import Foundation
import Testing
@testable import LGPSPortal

/// VAL-1: bank details checked field by field, with GOV.UK messages; masked for display (DATA-3).
@Suite struct BankAccountDetailsTests {
    func parse(_ name: String, _ sort: String, _ number: String) -> Result<BankAccountDetails, BankDetailsProblems> {
        BankAccountDetails.parse(accountName: name, sortCode: sort, accountNumber: number)
    }

    @Test("VAL-1: sort codes are accepted with hyphens, spaces or neither", arguments: [
        "12-34-56", "12 34 56", "123456", " 12–34–56 ",
    ])
    func sortCodeForms(sortCode: String) throws {
        let details = try parse("Jane Smith", sortCode, "12345678").get()
        #expect(details.sortCode == "123456")
        #expect(details.formattedSortCode == "12-34-56")
    }

    @Test("VAL-1: account numbers are 8 digits once spaces are removed")
    func accountNumber() throws {
        #expect(try parse("Jane Smith", "123456", "1234 5678").get().accountNumber == "12345678")
        #expect(try parse("Jane Smith", "123456", "00733445").get().maskedAccountNumber == "****3445")
    }

    @Test("VAL-1: a 6- or 7-digit account number is refused with advice to ask the bank")
    func shortAccountNumbers() {
        for number in ["123456", "1234567"] {
            guard case .failure(let problems) = parse("Jane Smith", "123456", number) else {
                Issue.record("\(number) should be refused")
                continue
            }
            #expect(problems.message(for: "accountNumber")
                    == "Enter an account number with 8 digits. If yours is shorter, ask your bank for the "
                    + "8-digit version")
        }
    }

    @Test("VAL-1: every problem is reported at once, in form order")
    func allProblems() {
        guard case .failure(let problems) = parse("", "12-34-5", "1234567x") else {
            Issue.record("expected problems")
            return
        }
        #expect(problems.problems == [
            FieldProblem(field: "accountName", message: "Enter the name on the account"),
            FieldProblem(field: "sortCode", message: "Enter a valid sort code like 309430"),
            FieldProblem(field: "accountNumber", message: "Enter a valid account number like 00733445"),
        ])
        guard case .failure(let more) = parse("J", "", "123456789") else {
            Issue.record("expected problems")
            return
        }
        #expect(more.message(for: "sortCode") == "Enter a sort code")
        #expect(more.message(for: "accountNumber") == "Account number must be 8 digits")
        #expect(more.message(for: "accountName") == nil)
    }

    @Test("VAL-1: names allow letters, spaces, apostrophes, hyphens, full stops and ampersands, up to 70")
    func names() throws {
        #expect(try parse("  Mr  J. O’Brien-Smith & Mrs Zoë Núñez ", "123456", "12345678").get().accountName
                == "Mr J. O'Brien-Smith & Mrs Zoë Núñez")
        guard case .failure(let digits) = parse("J Smith 2", "123456", "12345678"),
              case .failure(let long) = parse(String(repeating: "a", count: 71), "123456", "12345678") else {
            Issue.record("expected problems")
            return
        }
        #expect(digits.message(for: "accountName")?.hasPrefix("Name on the account must only include") == true)
        #expect(long.message(for: "accountName") == "Name on the account must be 70 characters or fewer")
        #expect((try? parse(String(repeating: "a", count: 70), "123456", "12345678").get()) != nil)
    }

    @Test("VAL-7: stored details are checked again when decoded")
    func decoding() throws {
        let details = try parse("Jane Smith", "123456", "12345678").get()
        let data = try JSONEncoder().encode(details)
        #expect(try JSONDecoder().decode(BankAccountDetails.self, from: data) == details)
        let bad = #"{"accountName":"Jane","sortCode":"12345","accountNumber":"12345678"}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(BankAccountDetails.self, from: Data(bad.utf8)) }
    }
}
