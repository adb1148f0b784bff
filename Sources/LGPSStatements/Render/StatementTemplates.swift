import Foundation
import Mustache

/// The Mustache templates a statement is rendered with: the bundled set, with any template of the same name
/// from a fund's folder in its place, so a fund can change one section without copying the rest. Every value
/// is escaped by Mustache (`{{ }}`); the bundled templates use no raw (`{{{ }}}`) output.
/// - Source: DESIGN.md ("swift-mustache (templates a fund can edit)"); security-reliability VAL-6.
public struct StatementTemplates: Sendable {
    let library: MustacheLibrary
    /// The same templates compiled (`CompiledTemplate`), or `nil` when one of them uses Mustache the compiled
    /// renderer does not handle, and swift-mustache renders them all.
    let compiled: [String: CompiledTemplate]?
    /// The template names available, sorted (`benefits`, `contact`, ... `statement`).
    public let names: [String]

    /// The layout template every statement starts from.
    static let layout = "statement"
    /// The file extension of a template.
    static let fileExtension = ".mustache"

    /// The templates bundled with OpenLGPS.
    public static func bundled() throws -> StatementTemplates {
        try StatementTemplates(overrides: nil)
    }

    /// The bundled templates with those in `directory` (a fund's folder) in place of the bundled ones of the same
    /// name. Throws `StatementTemplateError` naming the file when a template cannot be read or parsed, or when
    /// the folder does not exist.
    public init(overrides directory: String?) throws {
        StatementHTMLEscaping.registered
        var templates = try Self.load(StatementResources.templatesDirectory)
        if let directory {
            for (name, template) in try Self.load(directory) { templates[name] = template }
        }
        library = MustacheLibrary(templates: templates.mapValues(\.parsed))
        compiled = try? templates.mapValues { try CompiledTemplate(compiling: $0.text) }
        names = templates.keys.sorted()
    }

    /// The templates in `directory`, by name (file name without `.mustache`), read in name order.
    static func load(_ directory: String) throws -> [String: (parsed: MustacheTemplate, text: String)] {
        let files: [String]
        do {
            files = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        } catch {
            throw StatementTemplateError(file: "", directory: directory, reason: "the folder cannot be read")
        }
        var templates: [String: (parsed: MustacheTemplate, text: String)] = [:]
        for file in files where file.hasSuffix(fileExtension) {
            templates[String(file.dropLast(fileExtension.count))] = try parse(file: file, in: directory)
        }
        return templates
    }

    /// One template file, parsed, with its text.
    static func parse(file: String, in directory: String) throws -> (parsed: MustacheTemplate, text: String) {
        guard let data = FileManager.default.contents(atPath: directory + "/" + file),
              let text = String(data: data, encoding: .utf8) else {
            throw StatementTemplateError(file: file, directory: directory, reason: "the file cannot be read as UTF-8 text")
        }
        do {
            return (try MustacheTemplate(string: text), text)
        } catch {
            guard let parse = error as? MustacheTemplate.ParserError else {
                throw StatementTemplateError(file: file, directory: directory, reason: "\(error)")
            }
            throw StatementTemplateError(file: file, directory: directory, line: parse.context.lineNumber,
                                         column: parse.context.columnNumber, reason: Self.explain(parse.error))
        }
    }

    /// A parser error in words.
    static func explain(_ error: any Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "the template is not valid Mustache (\(error))" }
        switch error {
        case .sectionCloseNameIncorrect: return "a section is closed with a different name from the one that opened it"
        case .unfinishedName: return "a tag is not finished (a {{ without its }})"
        case .expectedSectionEnd: return "a section is opened but never closed"
        case .invalidSetDelimiter: return "a set-delimiter tag is not valid"
        case .transformAppliedToInheritanceSection: return "a transform is applied to an inheritance section"
        case .illegalTokenInsideInheritSection: return "an inheritance section holds a tag it cannot hold"
        case .textInsideInheritSection: return "an inheritance section holds text outside its blocks"
        case .invalidConfigVariableSyntax: return "a configuration tag is not valid"
        case .unrecognisedConfigVariable: return "a configuration tag is not recognised"
        }
    }

    /// `page` rendered with the layout template: by the compiled templates when there are, else by swift-mustache.
    func render(_ page: some TemplateNode) throws -> String {
        guard let compiled else { return try renderWithLibrary(page) }
        guard let layout = compiled[Self.layout] else { throw missingLayout }
        var out = TemplateOutput(capacity: Self.expectedSize)
        var context = CompiledTemplate.Context(stack: [.node(page)], partials: compiled)
        layout.render(into: &out, context: &context, indentation: nil, escaping: .html)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    /// `page` rendered by swift-mustache (also how tests check the compiled templates give the same bytes).
    func renderWithLibrary(_ page: some TemplateNode) throws -> String {
        guard let html = library.render(MustacheBridge(node: page), withTemplate: Self.layout) else { throw missingLayout }
        return html
    }

    /// Room reserved for a statement's HTML (they are about 16 KB), so the output grows without copying.
    static let expectedSize = 32_768

    private var missingLayout: StatementTemplateError {
        StatementTemplateError(file: Self.layout + Self.fileExtension, directory: StatementResources.templatesDirectory,
                               reason: "the layout template is missing")
    }
}
