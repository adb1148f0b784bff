extension CompiledTemplate {
    /// The characters a name can have (swift-mustache's set; brackets mean a transform, which is not compiled).
    static let nameCharacters = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*")
    static let partialNameCharacters = nameCharacters.union("()/")

    /// Text up to the next tag (its opening delimiter read) or the next line break (not read).
    static func readText(_ scanner: inout TemplateScanner, state: ParserState) throws -> String {
        guard let opening = state.startDelimiter.first else { return "" }
        var text = ""
        while !scanner.atEnd {
            text += try scanner.read(until: { $0 == "\n" || $0 == "\r\n" || $0 == opening }, required: false)
            if scanner.current.isNewline { break }
            if scanner.current == opening {
                if try scanner.read(string: state.startDelimiter) { break }
                text.append(opening)
                scanner.advance()
            }
        }
        return text
    }

    /// A tag's name and its closing delimiter.
    static func parseName(_ scanner: inout TemplateScanner, state: ParserState) throws -> String {
        scanner.read(while: \.isWhitespace)
        let name = String(scanner.read(while: { nameCharacters.contains($0) || $0 == "(" || $0 == ")" }))
        scanner.read(while: \.isWhitespace)
        guard try scanner.read(string: state.endDelimiter), !name.contains("("), !name.contains(")") else {
            throw TemplateScanner.Stop()
        }
        return name
    }

    static func parsePartialName(_ scanner: inout TemplateScanner, state: ParserState) throws -> String {
        scanner.read(while: \.isWhitespace)
        let name = String(scanner.read(while: { partialNameCharacters.contains($0) }))
        scanner.read(while: \.isWhitespace)
        guard try scanner.read(string: state.endDelimiter) else { throw TemplateScanner.Stop() }
        return name
    }

    /// `.` and `` are the current value; `.a.b` looks only in it; `a.b` searches the stack for `a`.
    static func path(_ name: String) -> Path {
        guard name != "." else { return Path(names: [], anchored: false) }
        return Path(names: name.split(separator: ".").map(String.init), anchored: name.first == ".")
    }

    /// A tag alone on its line: the rest of the line (and its line break) is skipped.
    static func isStandalone(_ scanner: inout TemplateScanner, state: ParserState) -> Bool {
        guard state.newLine else { return false }
        if scanner.atEnd { return true }
        var ahead = scanner
        ahead.read(while: { $0 == " " || $0 == "\t" })
        guard ahead.current.isNewline else { return false }
        ahead.advance()
        scanner.move(to: ahead.position)
        return true
    }

    /// `{{=<% %>=}}`: the new delimiters.
    static func setDelimiters(_ scanner: inout TemplateScanner, state: ParserState) throws -> ParserState {
        scanner.read(while: \.isWhitespace)
        let start = try scanner.read(until: \.isWhitespace, required: true)
        scanner.read(while: \.isWhitespace)
        let end = try scanner.read(until: { $0 == "=" || $0.isWhitespace }, required: true)
        scanner.read(while: \.isWhitespace)
        guard try scanner.read("="), try scanner.read(string: state.endDelimiter), !start.isEmpty, !end.isEmpty else {
            throw TemplateScanner.Stop()
        }
        var state = state
        state.startDelimiter = String(start)
        state.endDelimiter = String(end)
        return state
    }

    /// `{{% CONTENT_TYPE: HTML }}`: the escaping it names (`HTML`, `STATEMENT_HTML` or `TEXT`).
    static func contentType(_ scanner: inout TemplateScanner, state: ParserState) throws -> Escaping {
        scanner.read(while: \.isWhitespace)
        let variable = scanner.read(while: { nameCharacters.contains($0) })
        scanner.read(while: \.isWhitespace)
        guard try scanner.read(":") else { throw TemplateScanner.Stop() }
        scanner.read(while: \.isWhitespace)
        let value = scanner.read(while: { nameCharacters.contains($0) })
        scanner.read(while: \.isWhitespace)
        guard try scanner.read(string: state.endDelimiter), variable == "CONTENT_TYPE" else { throw TemplateScanner.Stop() }
        switch value {
        case "HTML", Substring(StatementHTMLEscaping.name): return .html
        case "TEXT": return .none
        default: throw TemplateScanner.Stop()
        }
    }
}
