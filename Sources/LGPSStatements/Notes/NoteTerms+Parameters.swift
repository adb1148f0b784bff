import LGPSRules

extension NoteTerms {
    /// The terms in force on `date` (the statement date), read from the dated, cited parameters. The one term
    /// the parameters do not hold, the Scheme year of the 2025 underpin discretion, comes from `guide`.
    /// - Legislation: as cited on each parameter series (pension ages, membership, death benefits, commutation,
    ///   survivors, final salary, underpin, pension credit); SI 2024/880 for the discretion year.
    public init(parameters: SchemeParameters, on date: CalendarDate) throws(ParameterError) {
        let ages = try parameters.pensionAges.value(on: date)
        let change = parameters.pensionAges.entries.first {
            $0.effective > date && $0.value.earliestVoluntaryRetirement != ages.earliestVoluntaryRetirement
        }
        let membership = try parameters.membership.value(on: date)
        let death = try parameters.deathBenefits.value(on: date)
        let survivors = try parameters.survivors.value(on: date)
        let underpin = try parameters.underpin.value(on: date)
        let finalSalary = try parameters.finalSalary.value(on: date)
        let pensionCredit = try parameters.pensionCredit.value(on: date)
        self.init(
            earliestPaymentAge: ages.earliestVoluntaryRetirement,
            earliestPaymentAgeChange: change.map { AgeChange(age: $0.value.earliestVoluntaryRetirement, from: $0.effective) },
            latestPaymentAge: ages.latestRetirement,
            minimumNormalPensionAge: ages.minimumNormalPensionAge2014,
            finalSalaryNormalPensionAge: ages.normalPensionAge2008,
            vestingYears: membership.vestingYears,
            deathInServiceMultiple: death.inServiceMultipleOfPay,
            deferredDeathGrantMultiple: death.deferredMultipleOfPension,
            commutationRate: try parameters.commutation.value(on: date).lumpSumPerPoundOfPension,
            survivorOfFinalPay: survivors.survivorOfFinalPay,
            survivorOfCarePension: survivors.survivorOfCarePension,
            cohabitingPartnerMembershipFrom: survivors.cohabitingPartnerMembershipFrom,
            postLeavingWidowerMembershipFrom: survivors.postLeavingMarriageWidowerFrom,
            postLeavingWidowMembershipFrom: survivors.postLeavingMarriageWidowFrom,
            careSchemeStart: finalSalary.finalSalaryEnd.adding(days: 1),
            remedyPeriodStart: underpin.remedyPeriodStart,
            remedyPeriodEnd: underpin.remedyPeriodEnd,
            qualifyingMembershipBefore: underpin.qualifyingMembershipBefore,
            disqualifyingBreakYears: membership.disqualifyingBreakYears,
            underpinDiscretionYear: NoteTerms.guide.underpinDiscretionYear,
            pensionCreditSchemeAgeFrom: pensionCredit.schemeNormalPensionAgeFrom,
            pensionCreditDeathGrantMultiple: pensionCredit.deathGrantMultipleOfPension)
    }
}
