extension UnderpinSummary {
    /// The provisional guarantee amount carried to the calculation date: the revalued underpin amount less the
    /// revalued assumed benefits, not less than nil (the provisional figures when the calculation date is the
    /// underpin date, and nil for a member not protected). It is the difference the survivor guarantee amount is
    /// 49/160 of, and stands for the "adjusted provisional guarantee amount" a deferred member's death grant
    /// includes: the provisional guarantee amount "updated to include any revaluation adjustment or index rate
    /// adjustment ... between the member's underpin date and their date of death".
    /// - Legislation: SI 2014/525 reg. 4 as amended by SI 2023/972 (draft reg. 4(20) and (22), seed 003 Annex B);
    ///   SI 2013/2356 reg. 43(3); LGA guide Part 2A [seed 001].
    public var revaluedGuaranteeAmount: Money {
        max(revaluedUnderpinAmount - revaluedAssumedBenefits, .zero)
    }
}
