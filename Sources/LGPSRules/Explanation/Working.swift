/// Collects the steps of a calculation as a rule works, then wraps the value with them.
public struct Working: Sendable {
    public private(set) var steps: [CalculationStep] = []

    public init() {}

    /// Records a step and returns its money result, so a rule reads as its arithmetic.
    @discardableResult
    public mutating func record(_ step: CalculationStep) -> Quantity {
        steps.append(step)
        return step.result
    }

    /// Appends another calculation's steps and returns its value.
    public mutating func include<V>(_ calculation: Calculation<V>) -> V {
        steps.append(contentsOf: calculation.steps)
        return calculation.value
    }

    /// Appends another calculation's steps, no longer counting them as addends of this result.
    public mutating func includeAsWorking<V>(_ calculation: Calculation<V>) -> V {
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
