/// Why the statement templates could not be loaded, naming the file (and for a template that does not parse,
/// the line, column and what is wrong), so the fund can put it right. Nothing is rendered with a broken set.
/// - Standard: DESIGN.md principle 6 ("bad input gets a clear error ... line and column for files").
public struct StatementTemplateError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The template file (`benefits.mustache`).
    public var file: String
    /// The folder it was read from.
    public var directory: String
    /// Where in the file the template stops making sense, when it does not parse.
    public var line: Int?
    public var column: Int?
    /// What is wrong, in plain English.
    public var reason: String

    public init(file: String, directory: String, line: Int? = nil, column: Int? = nil, reason: String) {
        self.file = file
        self.directory = directory
        self.line = line
        self.column = column
        self.reason = reason
    }

    /// The whole message: file, folder, place and reason.
    public var description: String {
        if file.isEmpty { return "The statement template folder \(directory) cannot be used: \(reason)" }
        let place = line.map { " at line \($0)" + (column.map { ", column \($0)" } ?? "") } ?? ""
        return "The statement template \(file) (in \(directory)) cannot be used\(place): \(reason)"
    }
}
