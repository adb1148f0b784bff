import LGPSGenerate
import LGPSRules
import Testing

@Suite("Identities and contact details")
struct IdentityTests {
    @Test("NI numbers are valid, unique and in the QQ example range; children under 16 have none")
    func nationalInsuranceNumbers() {
        let numbers = Sample.people.compactMap(\.nationalInsuranceNumber)
        #expect(Set(numbers).count == numbers.count)
        #expect(numbers.allSatisfy { $0.isExampleRange && NationalInsuranceNumber($0.value) == $0 })
        for person in Sample.people where person.nationalInsuranceNumber == nil {
            #expect(person.dateOfBirth.completedYears(on: Sample.asAt) < 16)
        }
    }

    @Test("Member numbers and payroll references are unique")
    func uniqueReferences() {
        #expect(Set(Sample.records.map(\.record.memberNumber)).count == Sample.records.count)
        #expect(Set(Sample.records.map(\.record.payrollReference)).count == Sample.records.count)
        #expect(Set(Sample.records.map(\.record.id)).count == Sample.records.count)
    }

    @Test("Addresses are fictional with valid postcodes; emails and phones are in reserved ranges")
    func contactDetails() {
        for person in Sample.people {
            let contact = person.contact
            #expect(Postcode(contact.postcode)?.value == contact.postcode)
            #expect(contact.postcode.hasPrefix("Q"))
            #expect((2...ContactDetails.maximumAddressLines).contains(contact.addressLines.count))
            if let email = contact.email { #expect(email.hasSuffix("@example.com") || email.hasSuffix("@example.org")) }
            if let mobile = contact.mobilePhone { #expect(mobile.hasPrefix("07700 900") && mobile.count == 12) }
            if let home = contact.homePhone { #expect(home.hasPrefix("01632 960") && home.count == 12) }
            #expect(!person.digitalPreference.evidence.isEmpty)
        }
        #expect(Set(Sample.people.map(\.digitalPreference.choice)) == Set(DigitalChoice.allCases))
    }

    @Test("Titles are consistent with sex")
    func titles() {
        for person in Sample.people {
            switch person.title {
            case "Mr", "Master": #expect(person.sex == .male)
            case "Mrs", "Ms", "Miss": #expect(person.sex == .female)
            default: #expect(["Dr", "Revd"].contains(person.title))
            }
        }
    }

    @Test("Names include apostrophes and hyphens")
    func awkwardNames() {
        #expect(Sample.people.contains { $0.surname.contains("'") })
        #expect(Sample.people.contains { $0.surname.contains("-") })
        #expect(Set(Sample.people.map(\.surname)).count > 300)
    }

    @Test("Each person's nominations total exactly 100%")
    func nominationsTotal() {
        let byPerson = Dictionary(grouping: Sample.nominations, by: \.personID)
        for (personID, items) in byPerson {
            #expect(items.map(\.nomination).sharesAreComplete, "person \(personID)")
            #expect(Sample.peopleByID[personID] != nil)
        }
        #expect(byPerson.values.contains { $0.count >= 3 })
    }
}
