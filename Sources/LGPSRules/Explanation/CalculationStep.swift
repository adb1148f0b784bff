/// One step of a calculation's working: what was worked out, from which inputs, with which parameter, under
/// which regulation, and the result.
///
/// A value type whose fields live in one shared, copy-on-write box: working is passed up through every rule
/// that includes it, and a copy then costs one reference count rather than one per string.
public struct CalculationStep: Sendable, Hashable {
    /// What the step works out, in plain words: "Earned pension for 2024/25".
    public var title: String {
        get { box.title }
        set { unique().title = newValue }
    }
    /// The inputs, each labelled: ("Pensionable pay", £30,000.00), ("Accrual", 1/49).
    public var inputs: [Input] {
        get { box.inputs }
        set { unique().inputs = newValue }
    }
    public var result: Quantity {
        get { box.result }
        set { unique().result = newValue }
    }
    /// Whether `result` is one of the amounts added together to make the calculation's value.
    public var isAddend: Bool {
        get { box.isAddend }
        set { unique().isAddend = newValue }
    }
    public var parameter: ParameterUse? {
        get { box.parameter }
        set { unique().parameter = newValue }
    }
    /// The regulation the step follows: `SI 2013/2356 reg. 23(4)`.
    public var regulation: String {
        get { box.regulation }
        set { unique().regulation = newValue }
    }
    /// A rounding or method note: "rounded to the nearest penny", "part year by straight line (UNVERIFIED)".
    public var note: String? {
        get { box.note }
        set { unique().note = newValue }
    }

    /// Whether the step used a parameter that is not verified (without copying the parameter).
    public var usesUnverifiedParameter: Bool {
        box.parameter.map { $0.verification != .verified } ?? false
    }

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
        box = Box(title: title, inputs: inputs, result: result, isAddend: isAddend, parameter: parameter,
                  regulation: regulation, note: note)
    }

    public static func == (l: Self, r: Self) -> Bool { l.box === r.box || l.box.fields == r.box.fields }
    public func hash(into hasher: inout Hasher) { hasher.combine(box.fields) }

    private var box: Box

    private mutating func unique() -> Box {
        if !isKnownUniquelyReferenced(&box) { box = box.copy() }
        return box
    }

    /// The step's fields. Mutated only through `unique()`, so a shared box is never changed.
    private final class Box: @unchecked Sendable {
        var title: String
        var inputs: [Input]
        var result: Quantity
        var isAddend: Bool
        var parameter: ParameterUse?
        var regulation: String
        var note: String?

        init(title: String, inputs: [Input], result: Quantity, isAddend: Bool, parameter: ParameterUse?,
             regulation: String, note: String?) {
            self.title = title
            self.inputs = inputs
            self.result = result
            self.isAddend = isAddend
            self.parameter = parameter
            self.regulation = regulation
            self.note = note
        }

        func copy() -> Box {
            Box(title: title, inputs: inputs, result: result, isAddend: isAddend, parameter: parameter,
                regulation: regulation, note: note)
        }

        struct Fields: Hashable {
            let title: String, inputs: [Input], result: Quantity, isAddend: Bool, parameter: ParameterUse?
            let regulation: String, note: String?
        }

        var fields: Fields {
            Fields(title: title, inputs: inputs, result: result, isAddend: isAddend, parameter: parameter,
                   regulation: regulation, note: note)
        }
    }
}
