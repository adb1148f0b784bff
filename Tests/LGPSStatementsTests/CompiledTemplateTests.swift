import Foundation
import Testing
import LGPSRules
@testable import LGPSStatements

/// The compiled statement templates give byte-for-byte the output swift-mustache gives, for the bundled
/// templates on each kind of statement and for fund templates using every tag the compiler handles; templates
/// using anything else are left to swift-mustache.
@Suite("Compiled statement templates")
struct CompiledTemplateTests {
    /// An object for the template tests: names to values.
    struct Node: TemplateNode {
        var values: [String: TemplateValue]
        func value(named name: String) -> TemplateValue? { values[name] }
    }

    /// A page with texts that need escaping, yes/no values, lists, nested objects and an empty list.
    static let page = Node(values: [
        "name": .text("Jo <O'Brien> & \"Co\" – café"),
        "raw": .text("<b>bold</b>"),
        "yes": .flag(true), "no": .flag(false), "empty": .list([]),
        "items": .list([.node(Node(values: ["name": .text("first")])), .node(Node(values: ["name": .text("<2>")]))]),
        "lines": .texts(["one", "two & three"]),
        "person": .node(Node(values: ["name": .text("Sam"), "post": .node(Node(values: ["title": .text("Clerk")]))])),
        "title": .text("Root title"),
    ])

    /// Layout templates (with their partials) covering each tag, standalone lines and indentation.
    static let cases: [String: [String: String]] = [
        "sections": ["statement.mustache": "<ul>\n  {{#items}}\n  <li>{{name}}</li>\n    {{> item}}\n  {{/items}}\n"
            + "  {{! a comment }}\n</ul>\n{{^empty}}none{{/empty}}{{^missing}}m{{/missing}}{{^no}}n{{/no}}"
            + "{{^yes}}y{{/yes}}{{#yes}}Y{{/yes}}{{#no}}N{{/no}}\n{{#name}}[{{.}}]{{/name}}\n",
                     "item.mustache": "<b>{{name}}</b>\n<i>{{title}}</i>\n\n  indented\n"],
        "names": ["statement.mustache": "{{person.name}} {{person.post.title}} {{#person}}{{name}}/{{.name}}/{{title}}/"
            + "[{{.title}}]{{/person}} {{missing.name}} {{yes}} {{no}} {{ name }}\n{{#lines}}\t{{.}}\n{{/lines}}"],
        "escaping": ["statement.mustache": "{{raw}} {{{raw}}} {{&raw}}\n{{% CONTENT_TYPE: TEXT }}\n{{raw}}\n{{> part}}\n"
            + "{{% CONTENT_TYPE: STATEMENT_HTML }}{{raw}}", "part.mustache": "{{raw}}|{{name}}"],
        "delimiters": ["statement.mustache": "{{=<% %>=}}\n<% name %> {{name}} <%# items %>(<% name %>)<%/ items %>\n"
            + "<%={{ }}=%>\n{{name}} {{{raw}}}\n"],
        "line endings": ["statement.mustache": "a\r\n  {{#items}}\r\n  {{name}}\r\n  {{/items}}\r\n   {{> part}}\r\nend   ",
                         "part.mustache": "x\r\ny\n{{#lines}}\n{{.}}\n{{/lines}}\n"],
        "whitespace": ["statement.mustache": "  {{#yes}}  \n\t{{name}}\n {{/yes}}\n{{#yes}}{{#lines}}{{.}},{{/lines}}"
            + "{{/yes}}\n  {{> part}}  tail\n{{missingPartial}}{{> nothing}}\n  ", "part.mustache": "p{{name}}\nq\n"],
    ]

    @Test("Each tag, standalone line and partial indentation renders as swift-mustache renders it", arguments: cases.keys.sorted())
    func sameAsSwiftMustache(_ name: String) throws {
        let path = try TemplateTests.folder(try #require(Self.cases[name]))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let templates = try StatementTemplates(overrides: path)
        #expect(templates.compiled != nil, "the \(name) templates should compile")
        let compiled = try templates.render(Self.page)
        #expect(compiled == (try templates.renderWithLibrary(Self.page)))
        #expect(!compiled.isEmpty)
    }

    @Test("The bundled templates give the same bytes both ways for active, deferred and pension credit statements",
          arguments: ["active", "deferred", "credit", "not partnered"])
    func bundledStatements(_ kind: String) throws {
        let subject: StatementSubject = switch kind {
        case "deferred": Fixtures.subject(StatementFixtures.deferredMember())
        case "credit": Fixtures.subject(PensionCreditStatementTests.member())
        case "not partnered": Fixtures.subject(person: Fixtures.person(relationship: .single))
        default: Fixtures.subject()
        }
        let templates = try StatementTemplates.bundled()
        #expect(templates.compiled != nil)
        let row = try StatementFixtures.row(subject)
        let notes = try StatementFixtures.notes(subject, row: row)
        let page = StatementPage(PageInput(subject: subject, row: row, settings: StatementSettings(),
                                           year: StatementFixtures.year, notes: notes),
                                 fund: StatementFixtures.fund, issuedOn: StatementFixtures.issuedOn)
        let html = try templates.render(page)
        #expect(html == (try templates.renderWithLibrary(page)))
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("</html>"))
    }

    @Test("A fund template using inheritance or a transform is rendered by swift-mustache",
          arguments: ["{{<base}}{{$title}}Mine{{/title}}{{/base}}", "{{uppercased(name)}}", "{{>*dynamic}}"])
    func fallsBackToSwiftMustache(_ layout: String) throws {
        let path = try TemplateTests.folder(["statement.mustache": layout, "base.mustache": "<h1>{{$title}}Base{{/title}}</h1>"])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let templates = try StatementTemplates(overrides: path)
        #expect(templates.compiled == nil)
        #expect((try templates.render(Self.page)) == (try templates.renderWithLibrary(Self.page)))
    }
}

/// The notes JSON stored with each statement is read back as the same headings; the paragraphs stay in the HTML.
@Suite("Statement notes JSON")
struct StatementNotesJSONTests {
    @Test("Headings with quotes, backslashes, line breaks and accents come back unchanged, without paragraphs; no notes is []")
    func roundTrip() throws {
        let notes = [StatementNote(letter: "a", title: "Say \"hello\" \\ café\nline\ttab", paragraphs: ["£1,234.56 – 31 March"]),
                     StatementNote(letter: "b", title: "Empty", paragraphs: []),
                     StatementNote(letter: "c", title: "Control \u{1} </script>", paragraphs: ["</script>"])]
        let json = StatementNote.json(notes)
        let headings = notes.map { StatementNote(letter: $0.letter, title: $0.title, paragraphs: []) }
        #expect(try JSONDecoder().decode([StatementNote].self, from: Data(json.utf8)) == headings)
        #expect(json.hasPrefix("[{\"letter\":\"a\",\"title\":") && json.hasSuffix("\"title\":\"Control \\u0001 </script>\"}]"))
        #expect(!json.contains("paragraphs") && !json.contains("31 March"))
        #expect(StatementNote.json([]) == "[]")
    }

    @Test("Notes stored before the paragraphs were left out still read back whole")
    func olderRows() throws {
        let stored = #"[{"letter":"a","paragraphs":["One","Two"],"title":"T"}]"#
        #expect(try JSONDecoder().decode([StatementNote].self, from: Data(stored.utf8))
                == [StatementNote(letter: "a", title: "T", paragraphs: ["One", "Two"])])
    }
}
