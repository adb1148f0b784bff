import LGPSPortal
import LGPSRules

/// The portal settings form.
struct PortalSettingsPage {
    struct Choice { var id: String; var name: String; var value: String; var label: String; var checked: Bool }
    struct Area { var id: String; var label: String; var value: String; var error: String? }

    var layout: LayoutModel
    var errors: ErrorSummary?
    var registrable: [Choice]
    var registrableError: String?
    var cetv: [Choice]
    var cetvError: String?
    var bank: [Choice]
    var annualAllowance: Choice
    var dependantMinimumAge: TextField
    var estimatePayGrowth: TextField
    var estimateInflation: TextField
    var postalKeyLifetimeDays: TextField
    var emailLinkLifetimeMinutes: TextField
    var helpText: Area
    var contactText: Area

    init(context: StaffRequestContext, settings: PortalSettings, typed: FormFields?, errors: [FieldError]) {
        let summary = ErrorSummary(errors)
        self.errors = summary
        layout = LayoutModel(title: "Portal settings", context: context, hasErrors: summary != nil)
        layout.markCurrent("/portal-admin")
        func statuses(_ name: String, _ chosen: [MemberStatus]) -> [Choice] {
            MemberStatus.allCases.enumerated().map { index, status in
                Choice(id: index == 0 ? name : "\(name)-\(status.rawValue)", name: name, value: status.rawValue,
                       label: status.label, checked: chosen.contains(status))
            }
        }
        registrable = statuses("registrableStatuses", settings.registrableStatuses)
        registrableError = summary?.message(for: "registrableStatuses")
        cetv = statuses("cetvStatuses", settings.cetvStatuses)
        cetvError = summary?.message(for: "cetvStatuses")
        let bankLabels: [BankDetailsMode: String] = [
            .off: "Members cannot change bank details online",
            .applyDirectly: "Changes apply straight away (the member is emailed)",
            .staffTask: "Changes go to a member of staff to check first (the member is emailed)",
        ]
        bank = BankDetailsMode.allCases.enumerated().map { index, mode in
            Choice(id: index == 0 ? "bankDetails" : "bankDetails-\(mode.rawValue)", name: "bankDetails",
                   value: mode.rawValue, label: bankLabels[mode] ?? mode.rawValue, checked: settings.bankDetails == mode)
        }
        annualAllowance = Choice(id: "showsAnnualAllowance", name: "showsAnnualAllowance", value: "yes",
                                 label: "Show members their annual allowance history", checked: settings.showsAnnualAllowance)
        func value(_ field: String, _ number: Int) -> String { typed?[field] ?? String(number) }
        dependantMinimumAge = TextField(id: "dependantMinimumAge", label: "Minimum age for dependants to register",
                                        value: value("dependantMinimumAge", settings.dependantMinimumAge),
                                        errors: summary, widthClass: "input--width-4")
        postalKeyLifetimeDays = TextField(id: "postalKeyLifetimeDays", label: "Days an activation key sent by post lasts",
                                          value: value("postalKeyLifetimeDays", settings.postalKeyLifetimeDays),
                                          errors: summary, widthClass: "input--width-4")
        emailLinkLifetimeMinutes = TextField(id: "emailLinkLifetimeMinutes", label: "Minutes a link sent by email lasts",
                                             value: value("emailLinkLifetimeMinutes", settings.emailLinkLifetimeMinutes),
                                             errors: summary, widthClass: "input--width-5")
        func percent(_ field: String, _ rate: Rate) -> String { typed?[field] ?? String(rate.description.dropLast()) }
        estimatePayGrowth = TextField(id: "estimatePayGrowth", label: "Pay growth the estimate starts from, % a year",
                                      value: percent("estimatePayGrowth", settings.estimatePayGrowth), errors: summary,
                                      hint: "Members see it beside every estimate and can change it",
                                      widthClass: "input--width-4")
        estimateInflation = TextField(id: "estimateInflation", label: "Inflation (CPI) the estimate starts from, % a year",
                                      value: percent("estimateInflation", settings.estimateInflation), errors: summary,
                                      hint: "Used after the increases already published", widthClass: "input--width-4")
        helpText = Area(id: "helpText", label: "Help text on the portal's first page", value: settings.helpText,
                        error: summary?.message(for: "helpText"))
        contactText = Area(id: "contactText", label: "How members contact the fund", value: settings.contactText,
                           error: summary?.message(for: "contactText"))
    }
}
