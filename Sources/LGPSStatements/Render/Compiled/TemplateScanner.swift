/// Reads a template a `Character` at a time, as swift-mustache's parser does, so the compiled template splits
/// text, tags and standalone lines exactly where swift-mustache does.
struct TemplateScanner {
    /// Why the scanner could not go on: the text ended early, or a tag is not one the compiled renderer handles.
    struct Stop: Error {}

    let text: String
    private(set) var position: String.Index

    init(_ text: String) {
        self.text = text
        position = text.startIndex
    }

    var atEnd: Bool { position == text.endIndex }

    /// The current character, `\0` at the end.
    var current: Character { atEnd ? "\0" : text[position] }

    mutating func advance() { position = text.index(after: position) }

    mutating func move(to index: String.Index) { position = index }

    /// Skips past `character` when it is next; throws at the end.
    mutating func read(_ character: Character) throws -> Bool {
        guard !atEnd else { throw Stop() }
        guard current == character else { return false }
        advance()
        return true
    }

    /// Skips past `string` when it comes next; throws when fewer characters are left than it has.
    mutating func read(string: String) throws -> Bool {
        guard let end = text.index(position, offsetBy: string.count, limitedBy: text.endIndex) else { throw Stop() }
        guard text[position..<end] == string else { return false }
        position = end
        return true
    }

    @discardableResult
    mutating func read(while matches: (Character) -> Bool) -> Substring {
        let start = position
        while !atEnd, matches(text[position]) { advance() }
        return text[start..<position]
    }

    /// The text up to the first character that `stops`; at the end, throws when `required`, else all of it.
    mutating func read(until stops: (Character) -> Bool, required: Bool) throws -> Substring {
        let start = position
        while !atEnd {
            if stops(text[position]) { return text[start..<position] }
            advance()
        }
        if required {
            position = start
            throw Stop()
        }
        return text[start..<position]
    }

    /// Skips past the first `string` (a comment's end), matching as swift-mustache does: a partial match that
    /// fails starts again from the next character. Throws when it never comes.
    mutating func skip(past string: String) throws {
        let pattern = Array(string)
        guard !pattern.isEmpty else { return }
        let start = position
        var matched = 0
        while !atEnd {
            if text[position] == pattern[matched] {
                matched += 1
                if matched == pattern.count {
                    advance()
                    return
                }
            } else {
                matched = 0
            }
            advance()
        }
        position = start
        throw Stop()
    }
}
