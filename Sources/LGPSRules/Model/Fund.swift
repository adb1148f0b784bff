/// A pension fund run by an administering authority. Every record belongs to exactly one fund.
public struct Fund: Hashable, Sendable, Codable {
    public var id: Int64
    /// Short code, unique in the instance (`WYPF`).
    public var code: String
    public var name: String

    public init(id: Int64, code: String, name: String) {
        self.id = id
        self.code = code
        self.name = name
    }
}
