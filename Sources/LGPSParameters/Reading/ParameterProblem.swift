import LGPSRules

/// One thing wrong with a parameter file: where it is (file, line, column, key) and what is wrong.
public struct ParameterProblem: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file's path as given to the loader (absolute, or as the directory was named).
    public var file: String
    /// 1-based line, when known.
    public var line: Int?
    /// 1-based column, when known.
    public var column: Int?
    /// The key path inside the file, such as `values.2016-04-01` or `rows[3].born_to`; empty for the whole file.
    public var key: String
    /// What is wrong, in a sentence.
    public var message: String

    /// A problem at a position in a file.
    public init(file: String, line: Int? = nil, column: Int? = nil, key: String = "", message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.key = key
        self.message = message
    }

    /// `path:line: key: message`, the form compilers use so editors can jump to it.
    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        if let column { text += ":\(column)" }
        text += ": "
        if !key.isEmpty { text += key + ": " }
        return text + message
    }

    /// The problem as the typed error `LGPSRules` defines: the path, and the line, column and key in the reason.
    public var parameterError: ParameterError {
        var reason = ""
        if let line { reason += "line \(line)" + (column.map { ", column \($0)" } ?? "") + ": " }
        if !key.isEmpty { reason += key + ": " }
        return .invalidFile(path: file, reason: reason + message)
    }
}
