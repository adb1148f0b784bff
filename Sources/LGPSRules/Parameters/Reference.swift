/// The legislation (or other source) behind a parameter value: a title such as `SI 2013/2356 reg. 23(4)` and a link.
public struct Reference: Sendable, Hashable, Codable, CustomStringConvertible {
    public var title: String
    public var href: String?

    public init(title: String, href: String? = nil) {
        self.title = title
        self.href = href
    }

    public var description: String { title }
}
