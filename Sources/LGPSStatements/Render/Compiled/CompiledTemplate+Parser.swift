extension CompiledTemplate {
    /// Where the parser is: inside which section, at the start of a line or not, and the delimiters in force.
    struct ParserState {
        var sectionName: String?
        var newLine = true
        var startDelimiter = "{{"
        var endDelimiter = "}}"

        func inside(_ name: String, newLine: Bool) -> ParserState {
            var state = self
            state.sectionName = name
            if !newLine { state.newLine = false }
            return state
        }
    }

    /// `text` compiled, following swift-mustache's parser step for step. Throws `TemplateScanner.Stop` for
    /// anything the compiled renderer does not handle; the caller then renders with swift-mustache.
    init(compiling text: String) throws {
        var scanner = TemplateScanner(text)
        self = try Self.parse(&scanner, state: ParserState())
    }

    static func parse(_ scanner: inout TemplateScanner, state: ParserState) throws -> CompiledTemplate {
        var tokens: [Token] = []
        var state = state
        var whiteSpaceBefore: Substring = ""
        func flushWhiteSpace() {
            if !whiteSpaceBefore.isEmpty { tokens.append(.text(Array(whiteSpaceBefore.utf8))) }
            whiteSpaceBefore = ""
        }
        while !scanner.atEnd {
            if state.newLine { whiteSpaceBefore = scanner.read(while: { $0 == " " || $0 == "\t" }) }
            let text = try readText(&scanner, state: state)
            if scanner.current.isNewline {
                tokens.append(.text(Array((whiteSpaceBefore + text + String(scanner.current)).utf8)))
                state.newLine = true
                scanner.advance()
                continue
            }
            if !text.isEmpty {
                tokens.append(.text(Array((whiteSpaceBefore + text).utf8)))
                whiteSpaceBefore = ""
                state.newLine = false
            }
            if scanner.atEnd { break }
            var setNewLine = false
            switch scanner.current {
            case "#", "^":
                let inverted = scanner.current == "^"
                scanner.advance()
                let name = try parseName(&scanner, state: state)
                if isStandalone(&scanner, state: state) { setNewLine = true } else { flushWhiteSpace() }
                let inner = try parse(&scanner, state: state.inside(name, newLine: setNewLine))
                tokens.append(inverted ? .invertedSection(path(name), inner) : .section(path(name), inner))
            case "/":
                scanner.advance()
                guard try parseName(&scanner, state: state) == state.sectionName else { throw TemplateScanner.Stop() }
                if !isStandalone(&scanner, state: state) { flushWhiteSpace() }
                return CompiledTemplate(tokens: tokens)
            case "!":
                scanner.advance()
                try scanner.skip(past: state.endDelimiter)
                setNewLine = isStandalone(&scanner, state: state)
            case "{", "&":
                let triple = scanner.current == "{"
                flushWhiteSpace()
                scanner.advance()
                let name = try parseName(&scanner, state: state)
                if triple { guard try scanner.read("}") else { throw TemplateScanner.Stop() } }
                tokens.append(.variable(path(name), escaped: false))
            case ">":
                scanner.advance()
                scanner.read(while: \.isWhitespace)
                guard scanner.current != "*" else { throw TemplateScanner.Stop() }
                let name = try parsePartialName(&scanner, state: state)
                if !whiteSpaceBefore.isEmpty { tokens.append(.text(Array(whiteSpaceBefore.utf8))) }
                if isStandalone(&scanner, state: state) {
                    setNewLine = true
                    tokens.append(.partial(name, indentation: Array(whiteSpaceBefore.utf8)))
                } else {
                    tokens.append(.partial(name, indentation: nil))
                }
                whiteSpaceBefore = ""
            case "=":
                scanner.advance()
                state = try setDelimiters(&scanner, state: state)
                setNewLine = isStandalone(&scanner, state: state)
            case "%":
                scanner.advance()
                tokens.append(.contentType(try contentType(&scanner, state: state)))
                setNewLine = isStandalone(&scanner, state: state)
            case "<", "$":
                throw TemplateScanner.Stop()  // inheritance: swift-mustache renders these
            default:
                flushWhiteSpace()
                tokens.append(.variable(path(try parseName(&scanner, state: state)), escaped: true))
            }
            state.newLine = setNewLine
        }
        guard state.sectionName == nil else { throw TemplateScanner.Stop() }
        return CompiledTemplate(tokens: tokens)
    }
}
