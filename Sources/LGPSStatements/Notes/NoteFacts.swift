import LGPSRules

/// What the note rules read: the member's record, their statement row, the fund's settings, the year and the
/// terms the notes quote, with the few facts several notes share worked out once.
struct NoteFacts: Sendable {
    let subject: StatementSubject
    let row: ExtractRow
    let settings: StatementSettings
    let year: SchemeYear
    let terms: NoteTerms

    var kind: StatementKind { row.kind }
    var isActive: Bool { kind == .active }
    var member: MemberRecord { subject.member }
    var record: PensionRecord { subject.member.record }
    /// The statement date: 31 March at the end of the Scheme year.
    var statementDate: CalendarDate { year.end }
    /// `31 March 2025`.
    var statementDay: String { StatementFormat.date(year.end) }

    /// The normal pension date on the row.
    var normalPensionDate: CalendarDate? { row.date("Normal pension date", .personalDetails) }

    /// Whether the member had reached normal pension age by 31 March.
    var isOverNormalPensionAge: Bool { normalPensionDate.map { $0 <= statementDate } ?? false }

    /// The section of the Scheme on 31 March, in words (`main section`), from the row.
    var sectionName: String? {
        row.text("Section of scheme on 31 March 20xx", .personalDetails).map { $0.lowercasedFirst }
    }

    /// This Scheme year's pension account, if the record has one.
    var careYear: CareYear? { member.careYears.first { $0.schemeYear == year } }

    /// The pension account years up to and including this one.
    var careYearsToDate: [CareYear] { member.careYears.filter { $0.schemeYear <= year } }

    /// Whether the record has membership in the McCloud remedy period (1 April 2014 to 31 March 2022).
    var hasRemedyPeriodMembership: Bool {
        record.pensionableStart <= terms.remedyPeriodEnd && (record.leftOn.map { $0 >= terms.remedyPeriodStart } ?? true)
    }

    /// Whether the row says the member is protected by the McCloud remedy.
    var isProtected: Bool { row.isYes("Protected by the McCloud remedy", .mcCloudRemedy) }

    /// The record's final salary service periods, oldest first.
    var finalSalaryService: [ServicePeriod] { member.service.sorted { $0.from < $1.from } }

    /// The section the row's figures for this kind of statement sit in.
    var benefitsSection: StatementSection { isActive ? .benefitsAt31March : .deferredBenefits }

    /// The pension credit of a pension credit member's statement (`nil` for other statements).
    var pensionCredit: PensionCredit? { kind == .pensionCredit ? member.pensionCredit : nil }

    /// Whether a pension credit has the 2014 Scheme normal pension age (its transfer day is on or after the date
    /// in the terms) rather than 65.
    var isPensionCreditScheme2014: Bool {
        pensionCredit.map { $0.transferDay >= terms.pensionCreditSchemeAgeFrom } ?? false
    }
}

extension String {
    /// The text with its first letter in lower case (`Main section` becomes `main section`), for use mid-sentence.
    var lowercasedFirst: String {
        guard let first else { return self }
        return first.lowercased() + dropFirst()
    }
}
