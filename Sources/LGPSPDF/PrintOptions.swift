/// The parameters of the DevTools calls that print a document.
enum PrintOptions {
    /// `Page.printToPDF`: backgrounds printed, the page size and margins from the document's CSS `@page`, no
    /// browser header or footer, a tagged (accessible) PDF with an outline built from the headings.
    static let pdf: [String: JSONValue] = [
        "printBackground": .bool(true),
        "preferCSSPageSize": .bool(true),
        "displayHeaderFooter": .bool(false),
        "generateTaggedPDF": .bool(true),
        "generateDocumentOutline": .bool(true),
    ]

    /// `Runtime.evaluate` of a promise that settles when every font the document uses has loaded.
    static let fontsReady: [String: JSONValue] = [
        "expression": .string("document.fonts.ready.then(() => true)"),
        "awaitPromise": .bool(true),
    ]
}
