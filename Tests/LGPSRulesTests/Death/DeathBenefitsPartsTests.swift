import LGPSRules
import Testing

/// The parts a death benefits result reports beside its totals: the CARE part of the survivor's pension (what is
/// left after the final salary part) and the guarantee amount carried to the date of death that a deferred
/// member's grant includes. Constructed figures.
/// - Legislation: SI 2013/2356 regs. 41(4), 43(3); SI 2014/525 reg. 4 as amended by SI 2023/972 (draft reg. 4(20),
///   (22), seed 003 Annex B)
struct DeathBenefitsPartsTests {
    @Test("CARE part of the survivor's pension: £2,345.67 − final salary part £1,501.03 = £844.64")
    func careSurvivorPart() {
        let death = DeathBenefits(deathGrant: .zero, survivorPension: Money(pence: 234_567), basis: "death in service",
                                  assumedPensionablePay: Money(pounds: 60_000),
                                  finalSalarySurvivorPension: Money(pence: 150_103))
        #expect(death.careSurvivorPension == Money(pence: 84_464))
        let careOnly = DeathBenefits(deathGrant: .zero, survivorPension: Money(pence: 234_567), basis: "death in service")
        #expect(careOnly.careSurvivorPension == Money(pence: 234_567))
        let none = DeathBenefits(deathGrant: .zero, survivorPension: nil, basis: "death in service")
        #expect(none.careSurvivorPension == nil)
    }

    @Test("Guarantee carried to the date of death: £4,532 − £4,200 = £332; nil when the assumed benefits are higher")
    func revaluedGuarantee() {
        let summary = UnderpinSummary(isProtected: true, reason: "", underpinDate: CalendarDate(2023, 3, 31),
                                      provisionalAssumedBenefits: Money(pounds: 4_000),
                                      provisionalUnderpinAmount: Money(pounds: 4_400),
                                      provisionalGuaranteeAmount: Money(pounds: 400), finalGuaranteeAmount: .zero,
                                      survivorGuaranteeAmount: .zero, revaluedAssumedBenefits: Money(pounds: 4_200),
                                      revaluedUnderpinAmount: Money(pounds: 4_532))
        #expect(summary.revaluedGuaranteeAmount == Money(pounds: 332))
        var higher = summary
        higher.revaluedAssumedBenefits = Money(pounds: 5_000)
        #expect(higher.revaluedGuaranteeAmount == .zero)
        #expect(UnderpinSummary.notProtected("joined after 2012").revaluedGuaranteeAmount == .zero)
    }
}
