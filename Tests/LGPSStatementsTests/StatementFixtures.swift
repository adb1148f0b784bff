import Foundation
import LGPSRules
@testable import LGPSStatements

/// Factories for the statement rendering and notes tests, built on `Fixtures` (the April 2010 joiner with final
/// salary and CARE membership, protected by the McCloud remedy with a final guarantee amount).
enum StatementFixtures {
    static let year = Fixtures.year
    static let issuedOn = CalendarDate(2025, 8, 20)
    static let fund = StatementFund(name: "Borsetshire Pension Fund", addressLines: ["County Hall", "Borchester", "BC1 1AA"],
                                    email: "pensions@borsetshire.example", phone: "01632 960000",
                                    website: "https://pensions.borsetshire.example")

    /// The extract row for `subject` (the fixture member unless given).
    static func row(_ subject: StatementSubject = Fixtures.subject(),
                    settings: StatementSettings = StatementSettings()) throws -> ExtractRow {
        try Fixtures.extractor(settings).extract(subject, year: year).get()
    }

    /// The notes for `subject` and its row.
    static func notes(_ subject: StatementSubject = Fixtures.subject(), row: ExtractRow? = nil,
                      settings: StatementSettings = StatementSettings(), year: SchemeYear = year) throws -> [StatementNote] {
        let row = try row ?? Self.row(subject, settings: settings)
        return StatementNotes.applying(to: subject, row: row, settings: settings, year: year)
    }

    /// The note with `letter`, if it applies.
    static func note(_ letter: String, _ subject: StatementSubject = Fixtures.subject(), row: ExtractRow? = nil,
                     settings: StatementSettings = StatementSettings(), year: SchemeYear = year) throws -> StatementNote? {
        try notes(subject, row: row, settings: settings, year: year).first { $0.letter == letter }
    }

    /// A renderer with the bundled templates.
    static func renderer(_ settings: StatementSettings = StatementSettings(),
                         templates: StatementTemplates? = nil) throws -> StatementRenderer {
        StatementRenderer(templates: try templates ?? StatementTemplates.bundled(), fund: fund, settings: settings)
    }

    /// The rendered statement for `subject`.
    static func render(_ subject: StatementSubject = Fixtures.subject(), row: ExtractRow? = nil,
                       settings: StatementSettings = StatementSettings()) throws -> RenderedStatement {
        let row = try row ?? Self.row(subject, settings: settings)
        return try renderer(settings).render(subject, row: row, year: year, issuedOn: issuedOn)
    }

    /// A member who joined on `joined` (after March 2014): CARE membership only, no final salary service.
    static func careOnlyMember(joined: CalendarDate, id: Int64 = 10) -> MemberRecord {
        var member = Fixtures.member(id: id)
        member.record.pensionableStart = joined
        member.record.statusHistory = [StatusPeriod(status: .active, from: joined, to: nil)]
        member.record.sectionHistory = [SectionPeriod(section: .main, from: joined, to: nil)]
        member.service = []
        member.finalPay = []
        member.careYears = Fixtures.careYears(from: SchemeYear(containing: joined).startYear, through: year.startYear)
        return member
    }

    /// The fixture member, deferred since 31 March 2023.
    static func deferredMember() -> MemberRecord {
        Fixtures.member(status: DeferredAndExceptionTests.deferredHistory)
    }

    /// A person with `choice` as their digital preference.
    static func person(relationship: RelationshipStatus = .married, choice: DigitalChoice = .paper,
                       forenames: String = "Jane Mary") -> Person {
        var person = Fixtures.person(relationship: relationship)
        person.digitalPreference = DigitalPreference(choice: choice, recordedOn: Fixtures.joined, evidence: "form")
        person.forenames = forenames
        return person
    }

    /// The pension account years with `change` made to the last (the statement year), kept balanced.
    static func careYears(from start: [CareYear] = Fixtures.careYears(),
                          _ change: (inout CareYear) -> Void) -> [CareYear] {
        var years = start
        change(&years[years.count - 1])
        let last = years[years.count - 1]
        years[years.count - 1].closingBalance = last.openingBalance + last.revaluation + last.earnedPension
            + last.transfersIn + last.additionalPensionContributions + last.sharedCostAdditionalPension
            + last.additionalRegularContributions
        return years
    }
}

extension ExtractRow {
    /// The row with the item called `name` in `section` blanked.
    func clearing(_ name: String, _ section: StatementSection) -> ExtractRow {
        var copy = self
        copy.values["\(section.title): \(name)"] = nil
        return copy
    }

    /// The row with the item called `name` in `section` set to `text`.
    func setting(_ name: String, _ section: StatementSection, _ text: String) -> ExtractRow {
        var copy = self
        copy.set(name, section, text)
        return copy
    }
}

extension StatementNote {
    /// All the note's paragraphs as one string, for `contains` checks.
    var text: String { paragraphs.joined(separator: "\n") }
}

extension String {
    /// How many times `part` occurs.
    func occurrences(of part: String) -> Int { components(separatedBy: part).count - 1 }
}
