import LGPSRules

extension StatementNotes {
    /// Part 3 (v): for a protected member, what McCloud protection means (the underpin check on leaving or
    /// retiring for membership in the remedy period, ending earlier at 2008 Scheme normal pension age or on
    /// leaving) and where to find out more.
    /// - Source: LGA annual benefit statements guide, Part 3 (v) and Part 4 [seed 001]; SI 2014/525 regs. 4A–4U.
    static func mcCloudMeaning(_ facts: NoteFacts) -> StatementNote? {
        guard facts.kind != .pensionCredit, facts.isProtected else { return nil }
        let terms = facts.terms
        return StatementNote(letter: "v", title: "What McCloud protection means", paragraphs: [
            "The McCloud remedy removes age discrimination from the LGPS. If you are protected, when you take your "
                + "pension we will check whether it would have been higher if the final salary scheme had continued "
                + "for your membership between \(StatementFormat.date(terms.remedyPeriodStart)) and "
                + "\(StatementFormat.date(terms.remedyPeriodEnd)), or up to the date you left or reached age "
                + "\(terms.finalSalaryNormalPensionAge) if earlier. This check is called the underpin.",
            "If the final salary pension would have been higher, we add the difference to your pension. You do not "
                + "need to do anything. You can find out more about the McCloud remedy on the national LGPS member "
                + "website, www.lgpsmember.org, or by contacting us.",
        ])
    }
}
