import LGPSRules

extension StatementNotes {
    /// Part 3 (a): a member with more than one post in the LGPS is told how to tell which statement is for which
    /// post (employer, pensionable start date, payroll and reference numbers). Part 4: a deferred member is told
    /// what to do if they rejoin (or have rejoined) the LGPS in England or Wales, so it is always given to them.
    /// A pension credit member with other memberships is told the pension credit is kept separate from them.
    /// - Source: LGA annual benefit statements guide, Part 3 (a) and Part 4 (a)–(c) [seed 001]; Peninsula Pensions
    ///   pension sharing page (pension credit benefits cannot be combined with the member's own LGPS rights).
    static func moreThanOnePost(_ facts: NoteFacts) -> StatementNote? {
        let others = facts.row.text("Other posts (reference numbers)", .personalDetails)
        var paragraphs: [String] = []
        if let others {
            paragraphs.append("You have more than one membership of the LGPS with us, so we send you a separate "
                + "statement for each one. " + postIdentity(facts))
            if facts.kind == .pensionCredit {
                paragraphs.append("Your pension credit is kept separate from any benefits you build up in the LGPS "
                    + "in your own right, and cannot be joined with them.")
            }
            paragraphs.append("Your other memberships have these reference numbers: "
                + others.split(separator: ";").map { String($0).trimmingWhitespace() }.joined(separator: ", ") + ".")
        }
        if facts.kind == .deferred { paragraphs += rejoining }
        guard !paragraphs.isEmpty else { return nil }
        let title = facts.kind == .deferred ? "Your other LGPS memberships and rejoining the LGPS"
            : facts.kind == .pensionCredit ? "Your pension credit and your other LGPS memberships"
            : "If you have more than one job in the LGPS"
        return StatementNote(letter: "a", title: title, paragraphs: paragraphs)
    }

    /// "This statement is for your job as Librarian with Borsetshire County Council ..."
    private static func postIdentity(_ facts: NoteFacts) -> String {
        let row = facts.row
        var parts: [String] = []
        if let job = row.text("Job title", .personalDetails) { parts.append("your job as \(job)") }
        if let employer = row.text("Employer on 31 March 20xx", .personalDetails) { parts.append("with \(employer)") }
        let what = facts.kind == .pensionCredit ? "your pension credit from a pension sharing order" : "the membership"
        var text = "This statement is for " + (parts.isEmpty ? what : parts.joined(separator: " "))
        if let start = row.date("Date pensionable service started", .personalDetails) {
            text += ", which started on \(StatementFormat.date(start))"
        }
        var numbers: [String] = []
        if let reference = row.text("Reference number", .personalDetails) { numbers.append("reference number \(reference)") }
        if let payroll = row.text("Payroll number", .personalDetails) { numbers.append("payroll number \(payroll)") }
        return text + (numbers.isEmpty ? "." : " (\(StatementFormat.list(numbers))).")
    }

    /// Part 4's three things a deferred member who rejoins must tell the funds.
    private static let rejoining = [
        "If you join, or have already rejoined, the LGPS in England or Wales, and have not already done so, you "
            + "must tell the fund you are now paying into that you have a deferred benefit with us. You must also "
            + "tell them about any membership of another public service pension scheme since you left us, even if "
            + "you transferred that pension to a scheme outside the public sector.",
        "You must also tell us that you are paying into the LGPS with another fund.",
        "This makes sure you are offered the right choices about joining your benefits together, and that rights "
            + "such as a link to your final salary are not lost.",
    ]
}
