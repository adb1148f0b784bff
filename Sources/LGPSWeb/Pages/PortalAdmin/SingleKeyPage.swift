/// One activation key, shown once to the member of staff who made it.
struct SingleKeyPage {
    var layout: LayoutModel
    var name: String
    var key: String
    var expires: String
    var personHref: String

    init(context: StaffRequestContext, letter: ActivationKeyIssuer.Letter) {
        layout = LayoutModel(title: "Activation key", context: context)
        name = letter.person.fullName
        key = letter.key
        expires = letter.expiresOn.longUK
        personHref = "/people/\(letter.person.id)"
    }
}
