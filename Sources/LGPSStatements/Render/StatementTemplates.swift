import Foundation
import Mustache

/// The Mustache templates a statement is rendered with: the bundled set, with any template of the same name
/// from a fund's folder in its place, so a fund can change one section without copying the rest. Every value
/// is escaped by Mustache (`{{ }}`); the bundled templates use no raw (`{{{ }}}`) output.
/// - Source: DESIGN.md ("swift-mustache (templates a fund can edit)"); security-reliability VAL-6.
public struct StatementTemplates: Sendable {
    let library: MustacheLibrary
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
        library = MustacheLibrary(templates: templates)
        names = templates.keys.sorted()
    }

    /// The templates in `directory`, by name (file name without `.mustache`), read in name order.
    static func load(_ directory: String) throws -> [String: MustacheTemplate] {
        let files: [String]
        do {
            files = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        } catch {
            throw StatementTemplateError(file: "", directory: directory, reason: "the folder cannot be read")
        }
        var templates: [String: MustacheTemplate] = [:]
        for file in files where file.hasSuffix(fileExtension) {
            templates[String(file.dropLast(fileExtension.count))] = try parse(file: file, in: directory)
        }
        return templates
    }

    /// One template file, parsed.
    static func parse(file: String, in directory: String) throws -> MustacheTemplate {
        guard let data = FileManager.default.contents(atPath: directory + "/" + file),
              let text = String(data: data, encoding: .utf8) else {
            throw StatementTemplateError(file: file, directory: directory, reason: "the file cannot be read as UTF-8 text")
        }
        do {
            return try MustacheTemplate(string: text)
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

    /// `model` rendered with the layout template.
    func render(_ model: Any) throws -> String {
        guard let html = library.render(model, withTemplate: Self.layout) else {
            throw StatementTemplateError(file: Self.layout + Self.fileExtension, directory: StatementResources.templatesDirectory,
                                         reason: "the layout template is missing")
        }
        return html
    }
}
