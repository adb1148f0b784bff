extension MemberStatus {
    /// Whether the record is building up benefits (an active member or a councillor member).
    public var isActiveMembership: Bool { self == .active || self == .councillor }

    /// Whether the record is an entitlement without membership of its own (a dependant's or a pension credit). The
    /// engine calculates a pension credit from the record's `PensionCredit`, and refuses a dependant's record.
    public var isEntitlementOnly: Bool { self == .dependant || self == .pensionCredit }
}
