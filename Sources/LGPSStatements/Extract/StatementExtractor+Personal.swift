import LGPSRules

extension StatementExtractor {
    /// Part 2 Table 1, "Personal Details": who the member is, which post the statement is for, the section, the
    /// normal pension age and date, the partnership status recorded and the one used for survivor benefits, pay.
    /// - Source: LGA guide Part 2 Table 1 and Part 3 (a), (b), (c), (i) [seed 001]; SI 2013/2734 Sch. 5 paras 3–4.
    func personalDetails(_ subject: StatementSubject, kind: StatementKind, year: SchemeYear, estimate: BenefitEstimate,
                         facts: MemberFacts, into row: inout ExtractRow) {
        let person = subject.person, record = subject.member.record
        let s = StatementSection.personalDetails
        row.set("Title", s, person.title)
        row.set("Initials", s, person.forenames.split(separator: " ").compactMap(\.first).map(String.init).joined())
        row.set("First name(s)", s, person.forenames)
        row.set("Surname", s, person.surname)
        for (index, line) in person.contact.addressLines.prefix(ContactDetails.maximumAddressLines).enumerated() {
            row.set("Address \(index + 1)", s, line)
        }
        row.set("Post code", s, person.contact.postcode)
        row.set("Date of birth", s, date: person.dateOfBirth)
        row.set("NI number", s, person.nationalInsuranceNumber?.description)
        row.set("Reference number", s, record.memberNumber)
        let others = subject.otherRecords.map(\.record).filter { $0.id != record.id }.map(\.memberNumber)
        row.set("Other posts (reference numbers)", s, others.isEmpty ? nil : others.joined(separator: "; "))
        row.set("Email address", s, person.contact.email)
        row.set("Normal Pension Age", s, ExtractFormat.age(born: person.dateOfBirth, on: estimate.ages.normalPensionAge))
        row.set("Normal pension date", s, date: estimate.ages.normalPensionAge)
        if kind != .pensionCredit {
            row.set("Partnership status (used in calculation of survivor benefits)", s, survivorBasis(person, facts: facts))
            row.set("Date pensionable service started", s, date: record.pensionableStart)
        }
        guard kind == .active else { return }
        row.set("Payroll number", s, record.payrollReference)
        row.set("Employer on 31 March 20xx", s, subject.employerName)
        row.set("Job title", s, record.jobTitle)
        row.set("Section of scheme on 31 March 20xx", s, section(of: record, on: year.end)?.label)
        row.set("Partnership status (recorded)", s, person.relationship.label)
        let pay = subject.member.careYears.first { $0.schemeYear == year }.map { $0.mainPay + $0.fiftyFiftyPay }
        row.set("Pensionable pay for year ending 31 March 20xx", s, money: pay)
        let finalPay = subject.member.finalPay.last { $0.yearEnding <= year.end }?.wholeTimePay
        row.set("Final salary pay for year ending 31 March 20xx", s, money: finalPay)
    }

    /// The relationship the survivor's pension quoted is based on (Part 3 (i) asks the notes to say it).
    func survivorBasis(_ person: Person, facts: MemberFacts) -> String {
        if person.relationship.hasPartner { return person.relationship.label }
        return facts.hasPartner ? "Spouse assumed (no partner recorded)" : "No survivor pension quoted (no partner recorded)"
    }
}
