import LGPSRules

extension FundRepository {
    /// The fund with `code`, or the first fund when `code` is nil; nil when there is no such fund. Commands that
    /// take `--fund CODE` use this.
    public func chosen(_ code: String?) async throws -> Fund? {
        if let code { return try await get(code: code) }
        return try await all().first
    }
}
