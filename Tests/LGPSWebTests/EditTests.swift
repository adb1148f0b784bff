import Hummingbird
import HummingbirdTesting
import LGPSRules
import LGPSStorage
import Testing

/// Staff edits: invalid input is refused beside the field with 422 and changes nothing; valid input is saved
/// with an audit entry (VAL-1, VAL-2, AUDIT-1, SESS-9).
@Suite("Web: editing")
struct EditTests {
    /// The personal details form as the page would submit it for `person`, with `changes` applied.
    static func personForm(_ person: Person, _ changes: [String: String] = [:]) -> [(String, String)] {
        let form = PersonalDetailsForm(person: person)
        var fields: [(String, String)] = [
            ("title", form.title), ("forenames", form.forenames), ("surname", form.surname),
            ("dateOfBirth-day", form.dateOfBirthDay), ("dateOfBirth-month", form.dateOfBirthMonth),
            ("dateOfBirth-year", form.dateOfBirthYear), ("nationalInsuranceNumber", form.nationalInsuranceNumber),
            ("postcode", form.postcode), ("email", form.email), ("homePhone", form.homePhone),
            ("mobilePhone", form.mobilePhone), ("digitalChoice", form.digitalChoice),
            ("digitalEvidence", form.digitalEvidence),
        ]
        fields += (1...5).map { ("addressLine\($0)", form.addressLine($0)) }
        return fields.map { name, value in (name, changes[name] ?? value) }
    }

    /// Checks a refused edit: 422, the message in the error summary and beside the field, the typed value kept.
    static func expectRefused(_ response: TestResponse, field: String, message: String, anchor: String? = nil,
                              sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(response.status == .unprocessableContent, sourceLocation: sourceLocation)
        let html = response.text
        #expect(html.contains("There is a problem"), sourceLocation: sourceLocation)
        #expect(html.contains("<title>Error: "), sourceLocation: sourceLocation)
        #expect(html.contains(#"<p id="\#(field)-error" class="error-message"><span class="visually-hidden">Error:</span> \#(message)</p>"#),
                sourceLocation: sourceLocation)
        #expect(html.contains(##"<a href="#\##(anchor ?? field)">\##(message)</a>"##), sourceLocation: sourceLocation)
    }

    @Test("A bad NI number is refused beside the field and nothing changes", arguments: WebBackend.all)
    func badNINumber(backend: WebBackend) async throws {
        try await WebTest.run(backend) { env in
            let person = env.fixture.personA
            try await env.browser.signIn(email: env.fixture.staffA.email)
            try await env.browser.get("/people/\(person.id)/edit")
            let response = try await env.browser.post("/people/\(person.id)/edit", form: Self.personForm(person, [
                "nationalInsuranceNumber": "QQ 12 34", "surname": "Changed",
            ]))
            Self.expectRefused(response, field: "nationalInsuranceNumber",
                               message: "Enter a National Insurance number in the correct format, like QQ 12 34 56 C")
            #expect(response.text.contains(#"value="QQ 12 34""#))
            #expect(response.text.contains(#"value="Changed""#))
            #expect(try await env.database.repositories.people.get(fundID: person.fundID, id: person.id) == person)
        }
    }

    @Test("A date of birth in the future is refused and nothing changes", arguments: WebBackend.all)
    func futureDateOfBirth(backend: WebBackend) async throws {
        try await WebTest.run(backend) { env in
            let person = env.fixture.personA
            try await env.browser.signIn(email: env.fixture.staffA.email)
            try await env.browser.get("/people/\(person.id)/edit")
            let response = try await env.browser.post("/people/\(person.id)/edit",
                                                      form: Self.personForm(person, ["dateOfBirth-year": "2030"]))
            Self.expectRefused(response, field: "dateOfBirth", message: "Date of birth must be in the past",
                               anchor: "dateOfBirth-day")
            #expect(try await env.database.repositories.people.get(fundID: person.fundID, id: person.id) == person)
        }
    }

    @Test("Leaving before joining is refused and nothing changes (VAL-2)", arguments: WebBackend.all)
    func leavingBeforeJoining(backend: WebBackend) async throws {
        try await WebTest.run(backend) { env in
            let record = env.fixture.recordA.record
            try await env.browser.signIn(email: env.fixture.staffA.email)
            try await env.browser.get("/records/\(record.id)/edit")
            let response = try await env.browser.post("/records/\(record.id)/edit", form: [
                ("pensionableStart-day", "1"), ("pensionableStart-month", "9"), ("pensionableStart-year", "1995"),
                ("leftOn-day", "31"), ("leftOn-month", "8"), ("leftOn-year", "1995"), ("jobTitle", "Senior Librarian"),
            ])
            Self.expectRefused(response, field: "leftOn",
                               message: "Leaving date must be the same as or after the pensionable start date",
                               anchor: "leftOn-day")
            let stored = try await env.database.repositories.records.get(fundID: record.fundID, id: record.id)
            #expect(stored?.record == record)
        }
    }

    @Test("Nomination shares that do not add up to 100% are refused and nothing changes", arguments: WebBackend.all)
    func sharesNotTotalling100(backend: WebBackend) async throws {
        try await WebTest.run(backend) { env in
            let person = env.fixture.personA
            let before = try await env.database.repositories.people.nominations(fundID: person.fundID, personID: person.id)
            try await env.browser.signIn(email: env.fixture.staffA.email)
            try await env.browser.get("/people/\(person.id)/nominations/edit")
            let response = try await env.browser.post("/people/\(person.id)/nominations/edit", form: [
                ("name1", "Tom Archer"), ("relationship1", "Son"), ("share1", "50"),
                ("name2", "Kate Archer"), ("relationship2", "Daughter"), ("share2", "30"),
            ])
            Self.expectRefused(response, field: "share1", message: "Shares must add up to 100%")
            #expect(try await env.database.repositories.people.nominations(fundID: person.fundID, personID: person.id) == before)
        }
    }

    @Test("A form posted without the CSRF token is refused and nothing changes (SESS-9)", arguments: WebBackend.all)
    func csrfRefused(backend: WebBackend) async throws {
        try await WebTest.run(backend) { env in
            let person = env.fixture.personA
            try await env.browser.signIn(email: env.fixture.staffA.email)
            let response = try await env.browser.post("/people/\(person.id)/edit",
                                                      form: Self.personForm(person, ["surname": "Forged"]), csrf: false)
            #expect(response.status == .forbidden)
            #expect(response.text.contains("This form has expired"))
            #expect(try await env.database.repositories.people.get(fundID: person.fundID, id: person.id) == person)
            #expect(env.logs.text.contains("event=security.csrf.refused"))
        }
    }

    @Test("A valid edit is saved, audited as the staff user and confirmed with a banner (AUDIT-1)", arguments: WebBackend.all)
    func successfulEdit(backend: WebBackend) async throws {
        try await WebTest.run(backend) { env in
            let person = env.fixture.personA
            try await env.browser.signIn(email: env.fixture.staffA.email)
            try await env.browser.get("/people/\(person.id)/edit")
            let response = try await env.browser.post("/people/\(person.id)/edit", form: Self.personForm(person, [
                "addressLine1": "2 The Green", "postcode": "ab1 3xy", "email": "jill.archer@example.org",
                "digitalChoice": "online", "digitalEvidence": "Phone call on 22 November 2026",
            ]))
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/people/\(person.id)")
            let stored = try #require(try await env.database.repositories.people.get(fundID: person.fundID, id: person.id))
            #expect(stored.contact.addressLines.first == "2 The Green")
            #expect(stored.contact.postcode == "AB1 3XY")
            #expect(stored.digitalPreference == DigitalPreference(choice: .online, recordedOn: env.clock.today(),
                                                                  evidence: "Phone call on 22 November 2026"))
            let history = try await env.database.repositories.audit.history(fundID: person.fundID, entity: "person",
                                                                            entityID: person.id, limit: 10)
            let latest = try #require(history.first)
            #expect(latest.actor == LGPSStorage.Actor(id: "staff:\(env.fixture.staffA.id)", channel: .staff))
            #expect(latest.action == "update")
            let page = try await env.browser.get("/people/\(person.id)")
            #expect(page.text.contains("Personal details saved"))
            #expect(page.text.contains("staff:\(env.fixture.staffA.id)"))
            #expect(!(try await env.browser.get("/people/\(person.id)")).text.contains("Personal details saved"))
        }
    }

    @Test("Valid nominations and record dates are saved", arguments: WebBackend.all)
    func nominationsAndRecordSaved(backend: WebBackend) async throws {
        try await WebTest.run(backend) { env in
            let person = env.fixture.personA, record = env.fixture.recordA.record
            try await env.browser.signIn(email: env.fixture.staffA.email)
            try await env.browser.get("/people/\(person.id)/nominations/edit")
            let nominations = try await env.browser.post("/people/\(person.id)/nominations/edit", form: [
                ("name1", "Tom Archer"), ("relationship1", "Son"), ("share1", "33.33"),
                ("name2", "Kate Archer"), ("relationship2", "Daughter"), ("share2", "33.33"),
                ("name3", "Pip Archer"), ("relationship3", "Granddaughter"), ("share3", "33.34"),
            ])
            #expect(nominations.status == .seeOther)
            let saved = try await env.database.repositories.people.nominations(fundID: person.fundID, personID: person.id)
            #expect(saved.map(\.shareBasisPoints) == [3333, 3333, 3334])
            try await env.browser.get("/records/\(record.id)/edit")
            let recordEdit = try await env.browser.post("/records/\(record.id)/edit", form: [
                ("pensionableStart-day", "1"), ("pensionableStart-month", "9"), ("pensionableStart-year", "1995"),
                ("leftOn-day", "31"), ("leftOn-month", "3"), ("leftOn-year", "2026"), ("jobTitle", "Senior Librarian"),
            ])
            #expect(recordEdit.status == .seeOther)
            let stored = try await env.database.repositories.records.get(fundID: record.fundID, id: record.id)
            #expect(stored?.record.leftOn == CalendarDate(2026, 3, 31))
            #expect(stored?.record.jobTitle == "Senior Librarian")
            #expect(try await env.browser.get("/records/\(record.id)").text.contains("Record details saved"))
        }
    }

    @Test("The edit form shows the current values")
    func editFormPrefilled() async throws {
        try await WebTest.run(.sqlite) { env in
            let person = env.fixture.personA
            try await env.browser.signIn(email: env.fixture.staffA.email)
            let page = try await env.browser.get("/people/\(person.id)/edit")
            #expect(page.status == .ok)
            #expect(page.text.contains(#"id="nationalInsuranceNumber" name="nationalInsuranceNumber" type="text" value="QQ 12 34 56 A""#))
            #expect(page.text.contains(#"id="dateOfBirth-year" name="dateOfBirth-year" type="text" inputmode="numeric" value="1970""#))
        }
    }
}
