/// Small accessible HTML documents for the renderer's tests: a language, a title, a heading and a table
/// with header cells, in the shape of a benefit statement.
enum StatementFixture {
    /// The document's `<title>`, which should become the PDF's title.
    static let title = "Annual benefit statement 2025/26"
    /// A figure the printed text must contain.
    static let figure = "£1,234.56"

    /// A statement for member `reference`, whose reference appears in the heading and the table.
    static func html(reference: String = "PEN-000123") -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>\(title)</title>
        <style>
          @page { size: A4; margin: 20mm; }
          body { font-family: sans-serif; }
          table { border-collapse: collapse; }
          th, td { border: 1px solid #000; padding: 4px; }
        </style>
        </head>
        <body>
        <h1>Your pension at 31 March 2026</h1>
        <p>Member reference \(reference)</p>
        <table>
          <caption>Your CARE pension</caption>
          <thead><tr><th scope="col">Item</th><th scope="col">Amount</th></tr></thead>
          <tbody>
            <tr><th scope="row">Pension earned this year</th><td>\(figure)</td></tr>
            <tr><th scope="row">Reference</th><td>\(reference)</td></tr>
          </tbody>
        </table>
        </body>
        </html>
        """
    }
}
