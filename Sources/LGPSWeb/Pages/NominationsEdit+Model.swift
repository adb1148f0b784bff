import LGPSRules

/// The death grant nomination form: up to five beneficiaries with name, relationship and share.
struct NominationsEditPage {
    struct Beneficiary {
        var legend: String
        var name: TextField
        var relationship: TextField
        var share: TextField
    }

    var layout: LayoutModel
    var action: String
    var cancelHref: String
    var backText = "Back to member"
    var member: String
    var errors: ErrorSummary?
    var beneficiaries: [Beneficiary]

    init(context: StaffRequestContext, personID: Int64, member: String, rows: [NominationRow], errors: [FieldError]) {
        let summary = ErrorSummary(errors)
        self.errors = summary
        layout = LayoutModel(title: "Change death grant nominations", context: context, hasErrors: summary != nil)
        action = "/people/\(personID)/nominations/edit"
        cancelHref = "/people/\(personID)"
        self.member = member
        beneficiaries = (1...maximumNominationRows).map { number in
            let row = number <= rows.count ? rows[number - 1] : NominationRow()
            return Beneficiary(
                legend: "Beneficiary \(number)",
                name: TextField(id: "name\(number)", label: "Full name", value: row.name, errors: summary),
                relationship: TextField(id: "relationship\(number)", label: "Relationship to the member",
                                        value: row.relationship, errors: summary, widthClass: "input--width-20"),
                share: TextField(id: "share\(number)", label: "Share (%)", value: row.share, errors: summary,
                                 hint: "For example, 50 or 33.33", widthClass: "input--width-5"))
        }
    }

    /// The rows for the current nominations.
    static func rows(_ nominations: [Nomination]) -> [NominationRow] {
        nominations.map {
            let share = $0.share.description
            return NominationRow(name: $0.name, relationship: $0.relationship, share: String(share.dropLast()))
        }
    }

    /// The member's own form in the portal: the portal's layout, posting to `/portal/nominations`.
    static func portal(context: StaffRequestContext, member: String, rows: [NominationRow],
                       errors: [FieldError]) -> NominationsEditPage {
        var page = NominationsEditPage(context: context, personID: 0, member: member, rows: rows, errors: errors)
        page.layout = LayoutModel(portalTitle: "Change death grant nominations", context: context,
                                  hasErrors: !errors.isEmpty)
        page.action = "/portal/nominations"
        page.cancelHref = "/portal/home"
        page.backText = "Back to your pensions"
        return page
    }
}
