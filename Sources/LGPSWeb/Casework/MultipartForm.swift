import Foundation

/// A parsed `multipart/form-data` body (RFC 7578): each part's field name, filename (for files) and bytes.
/// Written by hand because multipart-kit is not a dependency; it handles only what browsers send for a form
/// (a boundary from the Content-Type, CRLF line ends, a Content-Disposition per part) and refuses anything
/// else with ``MultipartError`` rather than guessing.
struct MultipartForm: Sendable, Equatable {
    /// One part of the body.
    struct Part: Sendable, Equatable {
        var name: String
        /// Present for file inputs (possibly empty when no file was chosen).
        var filename: String?
        var contentType: String?
        var body: [UInt8]
    }

    var parts: [Part]

    /// Most parts accepted, so a body of thousands of empty parts is refused early.
    static let maximumParts = 32

    /// The first part named `name`.
    func part(_ name: String) -> Part? { parts.first { $0.name == name } }

    /// The text fields (parts without a filename), as form fields, decoded as UTF-8.
    var fields: FormFields {
        FormFields(pairs: parts.filter { $0.filename == nil }.map { ($0.name, String(decoding: $0.body, as: UTF8.self)) })
    }

    /// The boundary named in a `multipart/form-data` Content-Type, or nil for any other type.
    static func boundary(contentType: String) -> String? {
        let pieces = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard pieces.first?.lowercased() == "multipart/form-data" else { return nil }
        for piece in pieces.dropFirst() {
            let pair = piece.split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "boundary" else { continue }
            var value = pair[1].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") { value = String(value.dropFirst().dropLast()) }
            // RFC 2046 §5.1.1: 1 to 70 characters.
            return (1...70).contains(value.utf8.count) ? value : nil
        }
        return nil
    }

    /// Parses `body` split by `boundary`.
    init(body: [UInt8], boundary: String) throws(MultipartError) {
        let delimiter = Array("--\(boundary)".utf8)
        let separator = Array("\r\n--\(boundary)".utf8)
        guard body.starts(with: delimiter) else { throw .missingBoundary }
        var index = delimiter.count
        var parts: [Part] = []
        while true {
            // After a delimiter: "--" ends the body, CRLF starts a part.
            if body[index...].starts(with: [45, 45]) { break }
            guard body[index...].starts(with: [13, 10]) else { throw .malformed("a boundary is not followed by a line end") }
            index += 2
            guard let headerEnd = Self.find([13, 10, 13, 10], in: body, from: index) else {
                throw .malformed("a part's headers do not end")
            }
            let headers = try Self.headers(body[index..<headerEnd])
            let start = headerEnd + 4
            guard let end = Self.find(separator, in: body, from: start) else { throw .malformed("a part does not end") }
            parts.append(Part(name: headers.name, filename: headers.filename, contentType: headers.contentType,
                              body: Array(body[start..<end])))
            guard parts.count <= Self.maximumParts else { throw .tooManyParts }
            index = end + separator.count
        }
        self.parts = parts
    }

    /// The part's Content-Disposition name and filename, and its Content-Type.
    private static func headers(_ bytes: ArraySlice<UInt8>) throws(MultipartError)
        -> (name: String, filename: String?, contentType: String?) {
        guard bytes.count <= 8 * 1024 else { throw .malformed("a part's headers are too long") }
        var name: String?, filename: String?, contentType: String?
        for line in String(decoding: bytes, as: UTF8.self).components(separatedBy: "\r\n") {
            let pair = line.split(separator: ":", maxSplits: 1).map(String.init)
            guard pair.count == 2 else { throw .malformed("a part header has no colon") }
            let value = pair[1].trimmingCharacters(in: .whitespaces)
            switch pair[0].lowercased() {
            case "content-disposition":
                let parameters = dispositionParameters(value)
                guard parameters.type == "form-data" else { throw .malformed("a part is not form-data") }
                name = parameters.values["name"]
                filename = parameters.values["filename"]
            case "content-type": contentType = value
            default: continue
            }
        }
        guard let name, !name.isEmpty else { throw .malformed("a part has no name") }
        return (name, filename, contentType)
    }

    /// `form-data; name="x"; filename="y"` as its type and parameters (quoted strings may hold `;` and `\"`).
    static func dispositionParameters(_ value: String) -> (type: String, values: [String: String]) {
        var values: [String: String] = [:]
        let characters = Array(value)
        var index = characters.firstIndex(of: ";") ?? characters.endIndex
        let type = String(characters[..<index]).trimmingCharacters(in: .whitespaces).lowercased()
        while index < characters.endIndex {
            index += 1
            let nameStart = index
            while index < characters.endIndex, characters[index] != "=", characters[index] != ";" { index += 1 }
            let key = String(characters[nameStart..<index]).trimmingCharacters(in: .whitespaces).lowercased()
            guard index < characters.endIndex, characters[index] == "=" else { continue }
            index += 1
            var text = ""
            if index < characters.endIndex, characters[index] == "\"" {
                index += 1
                while index < characters.endIndex, characters[index] != "\"" {
                    if characters[index] == "\\", index + 1 < characters.endIndex { index += 1 }
                    text.append(characters[index])
                    index += 1
                }
                index = characters[index...].firstIndex(of: ";") ?? characters.endIndex
            } else {
                let start = index
                index = characters[index...].firstIndex(of: ";") ?? characters.endIndex
                text = String(characters[start..<index]).trimmingCharacters(in: .whitespaces)
            }
            if !key.isEmpty, values[key] == nil { values[key] = text }
        }
        return (type, values)
    }

    /// The first index of `needle` in `haystack` at or after `start`.
    static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        var index = start
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first, haystack[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}

/// Why a multipart body was refused (the request answers 400).
enum MultipartError: Error, Equatable, Sendable {
    /// The body does not start with the boundary the Content-Type named.
    case missingBoundary
    /// The body's structure is wrong; the reason is for logs only.
    case malformed(String)
    /// More than ``MultipartForm/maximumParts`` parts.
    case tooManyParts
}
