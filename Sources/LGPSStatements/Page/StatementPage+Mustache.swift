// The statement's view model answers the templates' names directly, with one `switch` per lookup: no `Mirror`
// reflection and no dynamic casts. The names are the ones `Resources/templates/README.md` documents for funds.

extension StatementPage: TemplateNode {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "documentTitle": .text(documentTitle)
        case "title": .text(title)
        case "introduction": .texts(introduction)
        case "contents": .node(contents)
        case "personal": .node(personal)
        case "benefits": .node(benefits)
        case "death": .node(death)
        case "projection": .node(projection)
        case "reduced": .node(reduced)
        case "underpin": .node(underpin)
        case "lifetimeAllowance": .node(lifetimeAllowance)
        case "serviceHistory": .node(serviceHistory)
        case "deferred": .node(deferred)
        case "notes": .node(notes)
        case "fund": .node(fund)
        default: nil
        }
    }
}

extension StatementPage.ContentsView: TemplateNode {
    func value(named name: String) -> TemplateValue? { name == "links" ? .nodes(links) : nil }
}

extension StatementPage.ContentsLink: TemplateNode {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "anchor": .text(anchor)
        case "label": .text(label)
        default: nil
        }
    }
}

extension StatementPage.NotesView: TemplateNode {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "notesHeading": .text(notesHeading)
        case "items": .nodes(items)
        default: nil
        }
    }
}

extension StatementNote: TemplateNode {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "letter": .text(letter)
        case "title": .text(title)
        case "paragraphs": .texts(paragraphs)
        default: nil
        }
    }
}

extension StatementSectionView: TemplateNode {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "sectionID": .text(sectionID)
        case "heading": .text(heading)
        case "paragraphs": .texts(paragraphs)
        case "tables": .nodes(tables)
        default: nil
        }
    }
}

extension StatementTable: TemplateNode {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "tableID": .text(tableID)
        case "caption": .text(caption)
        case "headings": .nodes(headings)
        case "rows": .nodes(rows)
        default: nil
        }
    }
}

extension StatementTable.Heading: TemplateNode {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "heading": .text(heading)
        case "numeric": .flag(numeric)
        default: nil
        }
    }
}

extension StatementTable.Row: TemplateNode {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "header": .text(header)
        case "cells": .nodes(cells)
        default: nil
        }
    }
}

extension StatementTable.Cell: TemplateNode {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "text": .text(text)
        case "numeric": .flag(numeric)
        default: nil
        }
    }
}

extension FundView: TemplateNode {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "name": .text(self.name)
        case "addressLines": .texts(addressLines)
        case "hasAddress": .flag(hasAddress)
        case "emailAddress": .text(emailAddress)
        case "phoneNumber": .text(phoneNumber)
        case "websiteLink": .text(websiteLink)
        case "websiteText": .text(websiteText)
        default: nil
        }
    }
}
