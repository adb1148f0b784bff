import LGPSPortal

/// `/portal`: what the portal offers, with the ways in (sign in, or create an account with an activation key).
struct PortalStartPage {
    var layout: LayoutModel
    var helpText: String
    var contactText: String

    init(context: StaffRequestContext, settings: PortalSettings) {
        layout = LayoutModel(portalTitle: "Your pension online", context: context)
        helpText = settings.helpText
        contactText = settings.contactText
    }
}
