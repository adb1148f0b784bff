import Foundation

/// Character classes that people type in several forms, so that comparisons treat the forms alike (used by the
/// registration match, AUTH-10, and by the bank details and key parsers, VAL-1).
enum TextFolding {
    /// Apostrophe look-alikes: ' ’ ‘ ʼ ` ´ ′ (ASCII, right and left quotation marks, modifier letter apostrophe,
    /// grave accent, acute accent, prime).
    static let apostrophes: Set<Character> = ["'", "\u{2019}", "\u{2018}", "\u{02BC}", "`", "\u{00B4}", "\u{2032}"]

    /// Hyphen and dash look-alikes: - ‐ ‑ ‒ – — − (hyphen-minus, hyphen, non-breaking hyphen, figure dash, en dash,
    /// em dash, minus sign).
    static let hyphens: Set<Character> = ["-", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2212}"]

    /// Whether `character` is an apostrophe, hyphen or whitespace: the separators a person may type differently.
    static func isSeparator(_ character: Character) -> Bool {
        character.isWhitespace || apostrophes.contains(character) || hyphens.contains(character)
    }

    /// `text` case-folded and without accents: "Zoë" and "ZOE" both give "zoe", "Straße" gives "strasse".
    /// Upper-casing first turns "ß" into "SS"; canonical decomposition then splits "ë" into "e" and a combining
    /// mark, and the marks are dropped. Letters with no decomposition ("ø", "ł") are kept as they are.
    static func foldedForComparison(_ text: String) -> String {
        let decomposed = text.uppercased().lowercased().decomposedStringWithCanonicalMapping
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: decomposed.unicodeScalars.filter { !isCombiningMark($0) })
        return String(scalars)
    }

    /// Whether `scalar` is a combining mark (an accent written on the letter before it).
    private static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }
}
