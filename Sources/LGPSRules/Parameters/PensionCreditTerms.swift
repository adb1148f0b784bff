/// Terms for pension credit members that fund pages state and the regulations read so far do not: which normal
/// pension age a pension credit has, and the death grant before it is paid. Both values are UNVERIFIED in the
/// parameter file (`pension_credit/terms`), which gives their sources.
/// - Legislation: not identified in SI 2013/2356 as read; Kent Pension Fund and Derbyshire Pension Fund pension
///   credit member pages; lgpsmember.org "Pension Credits in the LGPS".
public struct PensionCreditTerms: Sendable, Hashable {
    /// A pension credit whose transfer day is on or after this date (1 April 2014) is payable in full at the 2014
    /// Scheme normal pension age (State Pension age, at least 65); an earlier one at the 2008 Scheme's (65).
    public var schemeNormalPensionAgeFrom: CalendarDate
    /// Death grant on the death of a pension credit member before the credit is paid, as a multiple of the
    /// annual pension credit increased to the date of death.
    public var deathGrantMultipleOfPension: Fraction

    public init(schemeNormalPensionAgeFrom: CalendarDate, deathGrantMultipleOfPension: Fraction) {
        self.schemeNormalPensionAgeFrom = schemeNormalPensionAgeFrom
        self.deathGrantMultipleOfPension = deathGrantMultipleOfPension
    }
}
