/// Notify's configuration could not be read; the message says which setting and how to fix it (never a secret).
public enum NotifyConfigurationError: Error, Hashable, Sendable, CustomStringConvertible {
    case invalid(String)

    public var description: String {
        switch self { case .invalid(let message): message }
    }
}
