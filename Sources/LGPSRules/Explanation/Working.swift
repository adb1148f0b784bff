/// Collects the steps of a calculation as a rule works, then wraps the value with them.
///
/// A calculation run inside ``figuresOnly(_:)`` records no steps: every rule works out the same figures, but
/// no step is even built (``record(_:)`` takes it unevaluated). The bulk statement run uses this; a page or a
/// command that shows the working does not.
public struct Working: Sendable {
    public private(set) var steps: [CalculationStep] = []
    /// Whether this working records steps (false inside ``figuresOnly(_:)``).
    public let isRecording: Bool

    /// Whether rules started in the current task record their working.
    @TaskLocal static var recording = true

    public init() {
        isRecording = Working.recording
    }

    /// Runs `body` with no working recorded by any rule it calls: the same figures without the explanation.
    public static func figuresOnly<R>(_ body: () throws -> R) rethrows -> R {
        try $recording.withValue(false, operation: body)
    }

    /// Records a step (built only when this working records).
    public mutating func record(_ step: @autoclosure () -> CalculationStep) {
        if isRecording { steps.append(step()) }
    }

    /// Appends another calculation's steps and returns its value.
    public mutating func include<V>(_ calculation: Calculation<V>) -> V {
        if isRecording { steps.append(contentsOf: calculation.steps) }
        return calculation.value
    }

    /// Appends another calculation's steps, no longer counting them as addends of this result.
    public mutating func includeAsWorking<V>(_ calculation: Calculation<V>) -> V {
        guard isRecording else { return calculation.value }
        steps.append(contentsOf: calculation.steps.map { step in
            guard step.isAddend else { return step }
            var copy = step
            copy.isAddend = false
            return copy
        })
        return calculation.value
    }

    /// The value with the working recorded so far.
    public func result<V>(_ value: V) -> Calculation<V> {
        Calculation(value: value, steps: steps)
    }
}
