import Glibc

/// Keys for the per-address and per-network throttles (AUTH-8): IPv4 addresses and IPv4-mapped IPv6 addresses
/// count as the same host, and networks are IPv4 /24 and IPv6 /64 (the block an ISP usually gives one customer).
/// Text that is not an IP address is its own address and its own network.
enum NetworkAddress {
    /// Bytes kept of an IPv4 address for its network (/24).
    static let ipv4NetworkBytes = 3
    /// Bytes kept of an IPv6 address for its network (/64).
    static let ipv6NetworkBytes = 8
    /// Bytes of an IPv6 address.
    private static let ipv6Bytes = 16
    /// The first 12 bytes of an IPv4-mapped IPv6 address (`::ffff:a.b.c.d`, RFC 4291 §2.5.5.2).
    private static let ipv4MappedPrefix: [UInt8] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF]

    /// The address's bytes: 4 for IPv4 (also when written as IPv4-mapped IPv6), 16 for IPv6, `nil` otherwise.
    static func bytes(of text: String) -> [UInt8]? {
        var v4 = in_addr()
        if inet_pton(AF_INET, text, &v4) == 1 { return withUnsafeBytes(of: &v4) { Array($0) } }
        var v6 = in6_addr()
        guard inet_pton(AF_INET6, text, &v6) == 1 else { return nil }
        let all = withUnsafeBytes(of: &v6) { Array($0.prefix(ipv6Bytes)) }
        return all.starts(with: ipv4MappedPrefix) ? Array(all.dropFirst(ipv4MappedPrefix.count)) : all
    }

    /// The key for one host: its canonical bytes in hex, or the text itself.
    static func addressKey(_ text: String) -> String {
        bytes(of: text).map { "\($0.count):" + Hex.string($0) } ?? text
    }

    /// The key for the host's /24 or /64 network, or the text itself.
    static func networkKey(_ text: String) -> String {
        guard let bytes = bytes(of: text) else { return text }
        let kept = bytes.count == ipv6Bytes ? ipv6NetworkBytes : ipv4NetworkBytes
        return "\(bytes.count):" + Hex.string(bytes.prefix(kept))
    }
}
