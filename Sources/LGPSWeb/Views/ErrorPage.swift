/// A simple error page.
struct ErrorPage {
    var layout: LayoutModel
    var heading: String
    var paragraphs: [String]
    var signInLink: Bool
    var searchLink: Bool

    init(context: StaffRequestContext, title: String, paragraphs: [String], signInLink: Bool = false,
         searchLink: Bool = false) {
        layout = LayoutModel(title: title, context: context)
        heading = title
        self.paragraphs = paragraphs
        self.signInLink = signInLink
        self.searchLink = searchLink
    }
}
