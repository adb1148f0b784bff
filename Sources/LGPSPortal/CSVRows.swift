/// Comma-separated rows as RFC 4180 writes them (quoted fields may hold commas, quotes doubled, line breaks), with
/// the line each row starts on, so an error can say where it is.
public enum CSVRows {
    /// One row and the 1-based line it starts on.
    public struct Row: Sendable, Equatable {
        public var line: Int
        public var fields: [String]

        public init(line: Int, fields: [String]) {
            self.line = line
            self.fields = fields
        }
    }

    /// What cannot be read, and where.
    public struct Problem: Error, Sendable, Equatable {
        public var line: Int
        public var column: Int
        public var message: String

        public init(line: Int, column: Int, message: String) {
            self.line = line
            self.column = column
            self.message = message
        }
    }

    /// Every non-blank row of `text`; a quote left open is a ``Problem``.
    public static func parse(_ text: String) throws(Problem) -> [Row] {
        var rows: [Row] = [], fields: [String] = [], field = ""
        var quoted = false, line = 1, rowLine = 1, column = 1, quoteLine = 0, quoteColumn = 0, afterQuote = false
        var scalars = Array(text.unicodeScalars)[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        func endRow() {
            fields.append(field)
            if !(fields.count == 1 && fields[0].isEmpty) { rows.append(Row(line: rowLine, fields: fields)) }
            fields = []; field = ""
        }
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            index = scalars.index(after: index)
            if quoted {
                if scalar == "\"" {
                    if index < scalars.endIndex, scalars[index] == "\"" {
                        field.unicodeScalars.append("\""); index = scalars.index(after: index); column += 1
                    } else { quoted = false; afterQuote = true }
                } else {
                    field.unicodeScalars.append(scalar)
                    if scalar == "\n" { line += 1; column = 0 }
                }
            } else if scalar == "\"" && field.isEmpty && !afterQuote {
                quoted = true; quoteLine = line; quoteColumn = column
            } else if scalar == "," {
                fields.append(field); field = ""; afterQuote = false
            } else if scalar == "\r" {
                // part of a CRLF line end; a lone CR is ignored
            } else if scalar == "\n" {
                endRow(); afterQuote = false; line += 1; rowLine = line; column = 0
            } else {
                field.unicodeScalars.append(scalar)
            }
            column += 1
        }
        if quoted { throw Problem(line: quoteLine, column: quoteColumn, message: "A quoted field is not closed") }
        endRow()
        return rows
    }
}
