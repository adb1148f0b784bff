/// A calculated value with the working that produced it (DESIGN.md principle 4: calculations explain
/// themselves). When the value is money made by adding amounts, the steps marked `isAddend` sum to it.
public struct Calculation<Value: Sendable>: Sendable {
    public var value: Value
    public var steps: [CalculationStep]

    public init(value: Value, steps: [CalculationStep]) {
        self.value = value
        self.steps = steps
    }

    /// The same working with the value transformed.
    public func map<T>(_ transform: (Value) throws -> T) rethrows -> Calculation<T> {
        Calculation<T>(value: try transform(value), steps: steps)
    }

    /// Parameters used that are not verified (derived or unverified), for flagging a result.
    public var unverifiedParameters: [ParameterUse] {
        var seen = Set<String>()
        var uses: [ParameterUse] = []
        for step in steps where step.usesUnverifiedParameter {
            if let use = step.parameter, seen.insert(use.name).inserted { uses.append(use) }
        }
        return uses
    }
}

extension Calculation where Value == Money {
    /// The sum of the steps marked as addends (equal to `value` for a well-formed sum).
    public var sumOfAddends: Money {
        steps.reduce(Money.zero) { total, step in
            guard step.isAddend, case .money(let m) = step.result else { return total }
            return total + m
        }
    }
}
