import Foundation
import LGPSRules
import LGPSStorage
import Testing
@testable import LGPSWeb

/// The home page's figures across posts: each post's pension from its latest statement, and a total only where
/// two or more posts have statements for the same year.
@Suite("Web: portal home totals")
struct PortalHomeTotalsTests {
    static func statement(record: Int64, year: Int, kind: String, pension: String, lumpSum: String = "")
        -> StoredStatement {
        let section = kind == "active" ? "Benefits at 31 March" : "Deferred benefits"
        var figures = ["\(section): Annual pension at 31 March 20xx": pension]
        if !lumpSum.isEmpty { figures["\(section): Automatic tax free lump sum at 31 March 20xx"] = lumpSum }
        let json = String(decoding: try! JSONSerialization.data(withJSONObject: figures), as: UTF8.self)
        return StoredStatement(fundID: 1, recordID: record, schemeYear: SchemeYear(startYear: year), kind: kind,
                               runID: 1, issuedOn: CalendarDate(year + 1, 5, 1), paper: false, html: "",
                               htmlSHA256: "", figuresJSON: json, notesJSON: "[]", dashboardJSON: "{}",
                               createdAt: Timestamp(microseconds: 0))
    }

    @Test("The pension and lump sum at 31 March are read from an active or a deferred statement's own figures")
    func headline() throws {
        let active = try #require(StatementHeadline(Self.statement(record: 1, year: 2025, kind: "active", pension: "1234.56")))
        #expect(active.pension == Money(pence: 123_456) && active.lumpSum == nil)
        let deferred = try #require(StatementHeadline(Self.statement(record: 2, year: 2025, kind: "deferred",
                                                                     pension: "2000.00", lumpSum: "3000.00")))
        #expect(deferred.pension == Money(pence: 200_000) && deferred.lumpSum == Money(pence: 300_000))
        #expect(StatementHeadline(Self.statement(record: 3, year: 2025, kind: "active", pension: "")) == nil)
    }

    @Test("Posts with statements for the same latest year are added up; an older year's is left out and said so")
    func totals() throws {
        let headlines = [
            Self.statement(record: 1, year: 2025, kind: "active", pension: "1000.00"),
            Self.statement(record: 2, year: 2025, kind: "deferred", pension: "500.50", lumpSum: "1500.00"),
            Self.statement(record: 3, year: 2024, kind: "deferred", pension: "9999.00"),
        ].compactMap(StatementHeadline.init)
        let totals = try #require(PortalHomePage.totals(headlines))
        #expect(totals.pension == "£1,500.50 a year, built up to 31 March 2026")
        #expect(totals.lumpSum == "£1,500.00 automatic tax-free lump sum")
        #expect(totals.note.contains("across 2 of your records") && totals.note.contains("older statement"))
        #expect(PortalHomePage.totals(Array(headlines.prefix(1))) == nil)  // one post: nothing to add up
        #expect(PortalHomePage.totals([headlines[0], headlines[2]]) == nil)  // different years
    }
}
