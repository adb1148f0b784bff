/// Death grant multiples and the age limit.
/// - Legislation: SI 2013/2356 reg. 40 (death in service: 3 × assumed pensionable pay), reg. 43 (deferred
///   member: 5 × deferred pension), reg. 44 (pensioner: 10 × pension less pension paid and commuted lump sum).
public struct DeathBenefitTerms: Sendable, Hashable {
    public var inServiceMultipleOfPay: Fraction
    public var deferredMultipleOfPension: Fraction
    public var pensionerMultipleOfPension: Fraction
    /// Death grants are paid only for deaths before this age; `nil` once the limit is removed.
    public var ageLimit: Int?

    public init(inServiceMultipleOfPay: Fraction, deferredMultipleOfPension: Fraction,
                pensionerMultipleOfPension: Fraction, ageLimit: Int?) {
        self.inServiceMultipleOfPay = inServiceMultipleOfPay
        self.deferredMultipleOfPension = deferredMultipleOfPension
        self.pensionerMultipleOfPension = pensionerMultipleOfPension
        self.ageLimit = ageLimit
    }
}
