/// One step of a calculation's working: what was worked out, from which inputs, with which parameter, under
/// which regulation, and the result.
public struct CalculationStep: Sendable, Hashable {
    /// What the step works out, in plain words: "Earned pension for 2024/25".
    public var title: String
    /// The inputs, each labelled: ("Pensionable pay", £30,000.00), ("Accrual", 1/49).
    public var inputs: [Input]
    public var result: Quantity
    /// Whether `result` is one of the amounts added together to make the calculation's value.
    public var isAddend: Bool
    public var parameter: ParameterUse?
    /// The regulation the step follows: `SI 2013/2356 reg. 23(4)`.
    public var regulation: String
    /// A rounding or method note: "rounded to the nearest penny", "part year by straight line (UNVERIFIED)".
    public var note: String?

    /// A labelled input.
    public struct Input: Sendable, Hashable {
        public var label: String
        public var value: Quantity
        public init(_ label: String, _ value: Quantity) {
            self.label = label
            self.value = value
        }
    }

    public init(title: String, inputs: [Input] = [], result: Quantity, isAddend: Bool = false,
                parameter: ParameterUse? = nil, regulation: String, note: String? = nil) {
        self.title = title
        self.inputs = inputs
        self.result = result
        self.isAddend = isAddend
        self.parameter = parameter
        self.regulation = regulation
        self.note = note
    }
}
