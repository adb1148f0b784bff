/// Other public service pension schemes, for McCloud "earlier public service membership" facts, and the kinds of
/// evidence a fund holds for them.
enum EarlierSchemes {
    static let names: [String] = [
        "NHS Pension Scheme (1995 Section)", "Teachers' Pension Scheme", "Principal Civil Service Pension Scheme",
        "Armed Forces Pension Scheme 1975", "Police Pension Scheme 1987", "Firefighters' Pension Scheme 1992",
        "Local Government Pension Scheme (Westmoor Pension Fund)", "Local Government Pension Scheme (Eastvale Pension Fund)",
        "Scottish Teachers' Superannuation Scheme", "NHS Pension Scheme (2008 Section)",
    ]

    /// Evidence text stems; a date is appended.
    static let evidence: [String] = [
        "Member declaration form received", "Confirmation of membership from the other scheme dated",
        "Transfer-in papers on file, dated", "McCloud data collection exercise response received",
    ]
}
