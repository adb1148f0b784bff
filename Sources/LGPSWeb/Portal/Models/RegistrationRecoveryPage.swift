/// Step 4 of creating an account: the recovery codes to keep somewhere safe.
struct RegistrationRecoveryPage {
    var layout: LayoutModel
    var codes: [String]
    /// Why the account could not be created, when it could not.
    var problem: String?

    init(context: StaffRequestContext, codes: [String], error: String?) {
        layout = LayoutModel(portalTitle: "Save your recovery codes", context: context, hasErrors: error != nil)
        self.codes = codes
        problem = error
    }
}
