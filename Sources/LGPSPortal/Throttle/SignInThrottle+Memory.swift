import LGPSStorage

extension SignInThrottle {
    /// The live record for `key` in `scope` at `now`, dropping it if it has been quiet long enough to forget.
    func record(_ scope: ThrottleScope, _ key: String, at now: Timestamp) -> FailureRecord? {
        guard let entry = records[scope]?[key] else { return nil }
        guard now < entry.forgettableFrom(window: policy.windowSeconds) else {
            records[scope]?[key] = nil
            return nil
        }
        return entry
    }

    /// Drops every forgotten record in every scope.
    func sweep(at now: Timestamp) {
        for scope in ThrottleScope.allCases { sweep(scope, at: now) }
        failuresSinceSweep = 0
    }

    /// Drops forgotten records in `scope`.
    private func sweep(_ scope: ThrottleScope, at now: Timestamp) {
        records[scope] = records[scope]?.filter { now < $0.value.forgettableFrom(window: policy.windowSeconds) }
    }

    /// Brings `scope` back within the key limit: forgotten records first, then the longest-quiet ones, down to
    /// `keptAfterTrim` of the limit so that trimming is not repeated on every failure.
    func trim(_ scope: ThrottleScope, at now: Timestamp) {
        sweep(scope, at: now)
        let limit = policy.maximumKeysPerScope
        guard let entries = records[scope], entries.count > limit else { return }
        let keep = limit * Self.keptAfterTrimPercent / Self.percent
        let newestFirst = entries.sorted { $0.value.lastFailure > $1.value.lastFailure }
        records[scope] = Dictionary(uniqueKeysWithValues: newestFirst.prefix(keep).map { ($0.key, $0.value) })
    }

    /// Share of the key limit kept after dropping the longest-quiet keys, in percent.
    static let keptAfterTrimPercent = 90

    /// One hundred percent.
    private static let percent = 100
}
