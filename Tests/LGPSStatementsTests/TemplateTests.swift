import Foundation
import Testing
import LGPSRules
@testable import LGPSStatements

/// DESIGN.md "templates a fund can edit": a fund's folder replaces bundled templates by name; a broken template
/// is refused with an error naming the file (line and column), and nothing is rendered with it.
@Suite("Fund-editable statement templates")
struct TemplateTests {
    /// A new empty folder under the temporary directory holding `files` (name to text).
    static func folder(_ files: [String: String]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("statement-templates-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(toFile: path + "/" + name, atomically: true, encoding: .utf8)
        }
        return path
    }

    @Test("The bundled set has the layout and a partial per section, the notes and the table")
    func bundled() throws {
        let names = try StatementTemplates.bundled().names
        for name in ["statement", "style", "header", "contents", "personal", "benefits", "death", "projection", "reduced",
                     "underpin", "lifetimeAllowance", "serviceHistory", "deferred", "notes", "table", "contact"] {
            #expect(names.contains(name), "missing \(name)")
        }
    }

    @Test("VAL-6: no bundled template writes a value unescaped ({{{ }}} or {{& }})")
    func bundledEscapeEverything() throws {
        let directory = StatementResources.templatesDirectory
        let files = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".mustache") }
        #expect(files.count >= 16)
        for file in files {
            let text = try String(contentsOfFile: directory + "/" + file, encoding: .utf8)
            #expect(!text.contains("{{{") && !text.contains("{{&"), "raw output in \(file)")
        }
    }

    @Test("An override of one partial replaces only that partial")
    func overrideOnePartial() throws {
        let path = try Self.folder(["notes.mustache": "{{#notes}}<section><h2 id=\"notes\">Borsetshire notes</h2>"
            + "{{#items}}<p>{{letter}}: {{title}}</p>{{/items}}</section>{{/notes}}\n"])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let templates = try StatementTemplates(overrides: path)
        let html = try StatementFixtures.renderer(templates: templates)
            .render(Fixtures.subject(), row: try StatementFixtures.row(), year: Fixtures.year, issuedOn: StatementFixtures.issuedOn).html
        #expect(html.contains("Borsetshire notes") && html.contains("<p>f: If something in this statement looks wrong</p>"))
        #expect(!html.contains("class=\"notes__item\""))
        #expect(html.contains("id=\"benefits\"") && html.contains("<caption"))
    }

    @Test("DESIGN principle 6: a broken override template gives an error naming the file, with its line")
    func brokenOverride() throws {
        let path = try Self.folder(["benefits.mustache": "{{#benefits}}\n<h2>{{heading}}</h2>\n"])
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            _ = try StatementTemplates(overrides: path)
            Issue.record("expected the broken template to be refused")
        } catch {
            let failure = try #require(error as? StatementTemplateError)
            #expect(failure.file == "benefits.mustache")
            #expect(failure.line != nil)
            #expect("\(failure)".contains("benefits.mustache") && "\(failure)".contains("never closed"))
        }
    }

    @Test("A missing override folder is an error naming the folder")
    func missingFolder() throws {
        do {
            _ = try StatementTemplates(overrides: "/nonexistent/statement-templates")
            Issue.record("expected a missing folder to be refused")
        } catch {
            let failure = try #require(error as? StatementTemplateError)
            #expect("\(failure)".contains("/nonexistent/statement-templates"))
        }
    }
}
