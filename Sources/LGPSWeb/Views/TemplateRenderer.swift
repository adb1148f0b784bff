import Foundation
import Mustache

/// Renders pages from the Mustache templates in `Resources/templates`, with any same-named templates from the
/// fund's override folder taking their place. Mustache escapes every `{{value}}` (VAL-6); templates use no
/// triple-brace raw output.
struct TemplateRenderer: Sendable {
    let library: MustacheLibrary

    /// Loads the built-in templates, then the overrides.
    static func load(overrideDirectory: String?) throws -> TemplateRenderer {
        var library = MustacheLibrary()
        try register(directory: WebResources.templatesDirectory, into: &library)
        if let overrideDirectory { try register(directory: overrideDirectory, into: &library) }
        return TemplateRenderer(library: library)
    }

    private static func register(directory: String, into library: inout MustacheLibrary) throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        for file in files where file.hasSuffix(".mustache") {
            let text = try String(contentsOfFile: directory + "/" + file, encoding: .utf8)
            try library.register(text, named: String(file.dropLast(".mustache".count)))
        }
    }

    /// The page `name` rendered with `model` (read through `ReflectedModel`, so each field is found once).
    func render(_ model: Any, _ name: String) -> String {
        guard let html = library.render(ReflectedModel(model), withTemplate: name) else {
            preconditionFailure("Template \(name) is missing")
        }
        return html
    }
}
