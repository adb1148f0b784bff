import LGPSRules

extension StatementNotes {
    /// Part 3 (t): a member with final salary benefits or McCloud protection is asked to check the service
    /// details used; where lines of service history are shown, the note says at most the fund's number of lines
    /// is shown and that all membership before 1 April 2014 counts; protected members are directed to check
    /// their service in the remedy period. Part 4: the same for protected deferred members.
    /// - Source: LGA annual benefit statements guide, Part 3 (t), Part 2 Table 1 "Service history" and Part 4
    ///   [seed 001].
    static func serviceDetails(_ facts: NoteFacts) -> StatementNote? {
        guard facts.kind != .pensionCredit else { return nil }
        let service = facts.finalSalaryService
        let protected = facts.isProtected
        guard !service.isEmpty || protected else { return nil }
        var paragraphs = ["It is important that you check the service details we have used to work out your pension."]
        if facts.row.text("Service history", .serviceHistory) != nil {
            let shown = min(service.count, max(0, facts.settings.serviceHistoryLines))
            var lines = "This statement shows " + (shown == 1 ? "your latest period" : "your latest \(shown) periods")
                + " of final salary service"
            if service.count > shown {
                lines += " out of \(service.count). Not all of them are shown"
            }
            paragraphs.append(lines + ". All your membership before \(StatementFormat.date(facts.terms.careSchemeStart)) "
                + "is used to work out your final salary benefits, even where it is not shown.")
        } else if !service.isEmpty {
            paragraphs.append("Contact us if you would like to see the details of your membership before "
                + "\(StatementFormat.date(facts.terms.careSchemeStart)), which is used to work out your final salary benefits.")
        }
        if protected {
            paragraphs.append("As you are protected by the McCloud remedy, please also check your hours and any breaks "
                + "in your membership between \(StatementFormat.date(facts.terms.remedyPeriodStart)) and "
                + "\(StatementFormat.date(facts.terms.remedyPeriodEnd)). Contact us if you would like a copy of these details.")
        }
        return StatementNote(letter: "t", title: "Checking your service details", paragraphs: paragraphs)
    }
}
