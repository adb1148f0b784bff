/// The final-salary tranche a period of membership falls in.
/// - Legislation: SI 1997/1612 reg. 17 (1/80 with 3/80 lump sum, to 31 March 2008);
///   SI 2007/1166 reg. 4 (1/60, 1 April 2008 to 31 March 2014).
public enum Tranche: String, Sendable, Codable, CaseIterable {
    case pre2008Eightieths = "pre2008_80ths"
    case from2008Sixtieths = "2008_2014_60ths"

    public var label: String {
        self == .pre2008Eightieths ? "Before April 2008 (80ths)" : "April 2008 to March 2014 (60ths)"
    }
}
