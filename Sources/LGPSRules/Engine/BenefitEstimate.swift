/// A member's benefits from one record at a calculation date, payable from a retirement date: each part of the
/// pension, the adjustment for early or late payment, the lump sum choice, death benefits and the McCloud
/// underpin, with every step of the working.
public struct BenefitEstimate: Sendable {
    public var recordID: Int64
    /// Benefits are built up to this date (membership and pay after it are not counted).
    public var calculationDate: CalendarDate
    /// Benefits are paid from this date.
    public var retirementDate: CalendarDate
    public var ages: KeyAges
    /// Accrued benefits at the calculation date, revalued or increased to it, before any age adjustment.
    public var lines: [BenefitLine]
    /// Benefits payable from the retirement date after early or late adjustment.
    public var payable: PayableBenefits
    public var death: DeathBenefits
    /// The underpin outcome for a protected member, or why the member is not protected.
    public var underpin: UnderpinSummary
    /// Matters a reader should know: unverified parameters used, data the calculation had to assume.
    public var warnings: [String]
    public var steps: [CalculationStep]

    public init(recordID: Int64, calculationDate: CalendarDate, retirementDate: CalendarDate, ages: KeyAges,
                lines: [BenefitLine], payable: PayableBenefits, death: DeathBenefits, underpin: UnderpinSummary,
                warnings: [String], steps: [CalculationStep]) {
        self.recordID = recordID
        self.calculationDate = calculationDate
        self.retirementDate = retirementDate
        self.ages = ages
        self.lines = lines
        self.payable = payable
        self.death = death
        self.underpin = underpin
        self.warnings = warnings
        self.steps = steps
    }

    /// Total annual pension built up, before age adjustment.
    public var accruedPension: Money { lines.reduce(.zero) { $0 + $1.pension } }
    /// Total automatic lump sum built up (pre-2008 membership), before age adjustment.
    public var accruedLumpSum: Money { lines.reduce(.zero) { $0 + $1.lumpSum } }
}

/// The dates that fix when benefits are payable without reduction.
public struct KeyAges: Sendable, Hashable {
    public var statePensionAge: CalendarDate
    /// 2014 Scheme normal pension age: the later of the 65th birthday and State Pension age (for a pension credit
    /// record, the pension credit's own normal pension age).
    public var normalPensionAge: CalendarDate
    /// 2008 Scheme normal pension age (65, or a protected 60), for pre-2014 membership and the underpin.
    public var normalPensionAge2008: CalendarDate
    /// The earliest date benefits may be taken voluntarily (55th birthday).
    public var earliestRetirement: CalendarDate
    /// The date benefits must be taken by (75th birthday).
    public var latestRetirement: CalendarDate

    public init(statePensionAge: CalendarDate, normalPensionAge: CalendarDate, normalPensionAge2008: CalendarDate,
                earliestRetirement: CalendarDate, latestRetirement: CalendarDate) {
        self.statePensionAge = statePensionAge
        self.normalPensionAge = normalPensionAge
        self.normalPensionAge2008 = normalPensionAge2008
        self.earliestRetirement = earliestRetirement
        self.latestRetirement = latestRetirement
    }
}

/// Benefits payable from the retirement date, and the lump sum trade-off.
public struct PayableBenefits: Sendable, Hashable {
    /// Pension after early retirement reduction or late retirement increase, plus any final guarantee amount.
    public var pension: Money
    /// Automatic lump sum after adjustment.
    public var lumpSum: Money
    /// Most lump sum the member can take by giving up pension at 12:1 (within the 25% limit).
    public var maximumLumpSum: Money
    /// Pension left after taking the maximum lump sum.
    public var residualPension: Money
    /// "Reduced by 9.3% for 2 years early", "Increased by 3.65% for 1 year late", "No adjustment".
    public var adjustment: String

    public init(pension: Money, lumpSum: Money, maximumLumpSum: Money, residualPension: Money, adjustment: String) {
        self.pension = pension
        self.lumpSum = lumpSum
        self.maximumLumpSum = maximumLumpSum
        self.residualPension = residualPension
        self.adjustment = adjustment
    }
}

/// Death benefits if the member died on the calculation date.
public struct DeathBenefits: Sendable, Hashable {
    public var deathGrant: Money
    /// Pension for a spouse, civil partner or eligible cohabiting partner (`nil` when none is recorded and the
    /// fund does not quote one).
    public var survivorPension: Money?
    public var basis: String
    /// The assumed pensionable pay the death grant is 3 times (reg. 40), when the grant is the death in service
    /// grant; `nil` for a deferred or pensioner member's grant, which is not worked out from pay.
    public var assumedPensionablePay: Money?
    /// The final salary part of `survivorPension` (1/160 × final pay × counted pre-2014 membership, reg. 41(4)
    /// and SI 2014/525 Sch. 1); `nil` when no survivor's pension is quoted or there is no final salary membership.
    public var finalSalarySurvivorPension: Money?

    public init(deathGrant: Money, survivorPension: Money?, basis: String, assumedPensionablePay: Money? = nil,
                finalSalarySurvivorPension: Money? = nil) {
        self.deathGrant = deathGrant
        self.survivorPension = survivorPension
        self.basis = basis
        self.assumedPensionablePay = assumedPensionablePay
        self.finalSalarySurvivorPension = finalSalarySurvivorPension
    }

    /// The rest of `survivorPension`: the CARE part, with any transfers-in part, the prospective enhancement on a
    /// death in service and the survivor guarantee amount (the parts the survivor's pension rule adds after the
    /// final salary part); `nil` when no survivor's pension is quoted.
    /// - Legislation: SI 2013/2356 reg. 41(4); LGA guide Part 2 Table 1, "CARE survivor pension" [seed 001].
    public var careSurvivorPension: Money? {
        survivorPension.map { $0 - (finalSalarySurvivorPension ?? .zero) }
    }
}

/// What the McCloud underpin means for this record at this date.
public struct UnderpinSummary: Sendable, Hashable {
    public var isProtected: Bool
    /// Why the member is or is not protected, in plain words.
    public var reason: String
    public var underpinDate: CalendarDate?
    public var provisionalAssumedBenefits: Money
    public var provisionalUnderpinAmount: Money
    public var provisionalGuaranteeAmount: Money
    public var finalGuaranteeAmount: Money
    public var survivorGuaranteeAmount: Money
    /// The provisional assumed benefits (revalued to the calculation date) adjusted for age from the 2014 Scheme
    /// NPA at the retirement date.
    public var finalAssumedBenefits: Money
    /// The provisional underpin amount (increased to the calculation date) adjusted for age from the 2008 Scheme
    /// NPA at the retirement date.
    public var finalUnderpinAmount: Money
    /// The provisional assumed benefits with the revaluation and pensions increase from the underpin date to the
    /// calculation date (`revaluedAssumedBenefits`); the provisional figure when the two dates are the same.
    public var revaluedAssumedBenefits: Money
    /// The provisional underpin amount with the pensions increase from the underpin date to the calculation date
    /// (`revaluedUnderpinAmount`); the provisional figure when the two dates are the same.
    public var revaluedUnderpinAmount: Money

    public init(isProtected: Bool, reason: String, underpinDate: CalendarDate?, provisionalAssumedBenefits: Money,
                provisionalUnderpinAmount: Money, provisionalGuaranteeAmount: Money, finalGuaranteeAmount: Money,
                survivorGuaranteeAmount: Money, finalAssumedBenefits: Money = .zero, finalUnderpinAmount: Money = .zero,
                revaluedAssumedBenefits: Money? = nil, revaluedUnderpinAmount: Money? = nil) {
        self.isProtected = isProtected
        self.reason = reason
        self.underpinDate = underpinDate
        self.provisionalAssumedBenefits = provisionalAssumedBenefits
        self.provisionalUnderpinAmount = provisionalUnderpinAmount
        self.provisionalGuaranteeAmount = provisionalGuaranteeAmount
        self.finalGuaranteeAmount = finalGuaranteeAmount
        self.survivorGuaranteeAmount = survivorGuaranteeAmount
        self.finalAssumedBenefits = finalAssumedBenefits
        self.finalUnderpinAmount = finalUnderpinAmount
        self.revaluedAssumedBenefits = revaluedAssumedBenefits ?? provisionalAssumedBenefits
        self.revaluedUnderpinAmount = revaluedUnderpinAmount ?? provisionalUnderpinAmount
    }

    /// Not protected, for `reason`.
    public static func notProtected(_ reason: String) -> UnderpinSummary {
        UnderpinSummary(isProtected: false, reason: reason, underpinDate: nil, provisionalAssumedBenefits: .zero,
                        provisionalUnderpinAmount: .zero, provisionalGuaranteeAmount: .zero, finalGuaranteeAmount: .zero,
                        survivorGuaranteeAmount: .zero)
    }
}
