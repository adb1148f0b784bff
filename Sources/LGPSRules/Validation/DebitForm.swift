/// The add-a-debit form as typed by staff: what the debit is for, when it took effect, its amounts and the
/// order's or charge's reference.
public struct DebitForm: Hashable, Sendable {
    /// `DebitKind` raw value chosen ("pension_sharing" or "scheme_pays"); blank when none was chosen.
    public var kind = ""
    /// Day, month and year boxes of the date the debit took effect.
    public var effectiveDay = "", effectiveMonth = "", effectiveYear = ""
    /// Annual pension debit, in pounds as typed.
    public var annualAmount = ""
    /// Debit to the automatic lump sum (pension sharing only; optional).
    public var lumpSumAmount = ""
    /// Reduction to the annual survivor's pension (pension sharing only; optional).
    public var survivorAmount = ""
    /// Cash equivalent transferred, or the tax charge scheme pays settled (optional).
    public var cashAmount = ""
    /// Court order or tax charge reference.
    public var reference = ""

    /// An empty form.
    public init() {}
}
