import Hummingbird
import HummingbirdTesting
import Testing

/// Finding members, page by page.
@Suite("Web: search")
struct SearchTests {
    @Test("Results come 20 to a page with a count and previous and next links", arguments: WebBackend.all)
    func paging(backend: WebBackend) async throws {
        try await WebTest.run(backend) { env in
            try await env.browser.signIn(email: env.fixture.staffA.email)
            let first = try await env.browser.get("/search?q=Pagetest")
            #expect(first.status == .ok)
            #expect(first.text.contains("Showing 1 to 20 of 25 results"))
            #expect(first.text.contains(#"href="/search?q=Pagetest&amp;page=2" rel="next""#))
            #expect(!first.text.contains(#"rel="prev""#))
            let second = try await env.browser.get("/search?q=Pagetest&page=2")
            #expect(second.text.contains("Showing 21 to 25 of 25 results"))
            #expect(second.text.contains(#"rel="prev""#))
            #expect(!second.text.contains(#"rel="next""#))
        }
    }

    @Test("A member is found by NI number (typed with spaces too), member number, payroll reference and name", arguments: WebBackend.all)
    func findByIdentifiers(backend: WebBackend) async throws {
        try await WebTest.run(backend) { env in
            try await env.browser.signIn(email: env.fixture.staffA.email)
            for query in ["QQ123456A", "QQ+12+34+56+A", "qq%2012%2034%2056%20a", "M-AAA-1", "PAY-AAA-7", "Archer", "Jill+Archer"] {
                let page = try await env.browser.get("/search?q=\(query)")
                #expect(page.text.contains(#"href="/people/\#(env.fixture.personA.id)""#), "\(query)")
            }
        }
    }

    @Test("The empty search page explains what can be searched")
    func helpText() async throws {
        try await WebTest.run(.sqlite) { env in
            try await env.browser.signIn(email: env.fixture.staffA.email)
            let page = try await env.browser.get("/search")
            #expect(page.text.contains("National Insurance number, a member number or a payroll reference"))
            #expect(!page.text.contains("No members found"))
        }
    }

    @Test("A malformed page number is a 400")
    func badPage() async throws {
        try await WebTest.run(.sqlite) { env in
            try await env.browser.signIn(email: env.fixture.staffA.email)
            #expect(try await env.browser.get("/search?q=Archer&page=0").status == .badRequest)
            #expect(try await env.browser.get("/search?q=Archer&page=two").status == .badRequest)
        }
    }

    @Test("Person and record pages show the whole record", arguments: WebBackend.all)
    func personAndRecordPages(backend: WebBackend) async throws {
        try await WebTest.run(backend) { env in
            try await env.browser.signIn(email: env.fixture.staffA.email)
            let person = try await env.browser.get("/people/\(env.fixture.personA.id)")
            for text in ["QQ 12 34 56 A", "Phil Archer", "Signed form received 3 May 2024", "Tom Archer", "60%",
                         #"href="/records/\#(env.fixture.recordA.record.id)""#, "Change history"] {
                #expect(person.text.contains(text), "\(text)")
            }
            let record = try await env.browser.get("/records/\(env.fixture.recordA.record.id)")
            for text in ["Fund A County Council", "M-AAA-1", "PAY-AAA-7", "1 September 1995", "Before April 2008 (80ths)",
                         "18.5", "Strike", "2015/16", "£25,000.00", "-0.1%", "£1,019.69", "Pension sharing order",
                         "NHS Pensions confirmation", "Main section", "Lump sum debit", "£3,703.68", "£617.28"] {
                #expect(record.text.contains(text), "\(text)")
            }
        }
    }
}
