import Mustache

// The statement's view model answers mustache's lookups by name directly. Without this, swift-mustache finds each
// `{{name}}` through `Mirror` reflection, which made rendering a statement take about 7 ms (`lgps bench
// statements`: 250 statements a second on two cores); with it, a lookup is one `switch`.

extension StatementPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "documentTitle": documentTitle
        case "title": title
        case "introduction": introduction
        case "contents": contents
        case "personal": personal
        case "benefits": benefits
        case "death": death
        case "projection": projection
        case "reduced": reduced
        case "underpin": underpin
        case "lifetimeAllowance": lifetimeAllowance
        case "serviceHistory": serviceHistory
        case "deferred": deferred
        case "notes": notes
        case "fund": fund
        default: nil
        }
    }
}

extension StatementPage.ContentsView: MustacheParent {
    func child(named name: String) -> Any? { name == "links" ? links : nil }
}

extension StatementPage.ContentsLink: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "anchor": anchor
        case "label": label
        default: nil
        }
    }
}

extension StatementPage.NotesView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "notesHeading": notesHeading
        case "items": items
        default: nil
        }
    }
}

extension StatementNote: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "letter": letter
        case "title": title
        case "paragraphs": paragraphs
        default: nil
        }
    }
}

extension StatementSectionView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "sectionID": sectionID
        case "heading": heading
        case "paragraphs": paragraphs
        case "tables": tables
        default: nil
        }
    }
}

extension StatementTable: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "tableID": tableID
        case "caption": caption
        case "headings": headings
        case "rows": rows
        default: nil
        }
    }
}

extension StatementTable.Heading: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "heading": heading
        case "numeric": numeric
        default: nil
        }
    }
}

extension StatementTable.Row: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "header": header
        case "cells": cells
        default: nil
        }
    }
}

extension StatementTable.Cell: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "text": text
        case "numeric": numeric
        default: nil
        }
    }
}

extension FundView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "addressLines": addressLines
        case "hasAddress": hasAddress
        case "emailAddress": emailAddress
        case "phoneNumber": phoneNumber
        case "websiteLink": websiteLink
        case "websiteText": websiteText
        default: nil
        }
    }
}
