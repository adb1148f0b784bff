import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One HTTP response as the benchmark needs it: status, headers (names lower-cased) and body bytes.
struct BenchReply {
    var status: Int
    var headers: [(name: String, value: String)]
    var body: [UInt8]

    func header(_ name: String) -> String? { headers.first { $0.name == name }?.value }

    /// The `name=value` part of every `Set-Cookie` header.
    var cookies: [(name: String, value: String)] {
        headers.filter { $0.name == "set-cookie" }.compactMap { header in
            let pair = header.value.split(separator: ";", maxSplits: 1).first ?? ""
            guard let equals = pair.firstIndex(of: "=") else { return nil }
            return (String(pair[..<equals]), String(pair[pair.index(after: equals)...]))
        }
    }

    var text: String { String(decoding: body, as: UTF8.self) }
}

/// Why a benchmark request failed before a response arrived.
enum BenchHTTPError: Error {
    case connect(Int32)
    case io(Int32)
    case timedOut
    case closed
    case malformed
}

/// A minimal blocking HTTP/1.1 keep-alive client over a loopback TCP socket, used from the benchmark's own
/// threads (never the server's). Every send and receive has a timeout (SO_SNDTIMEO/SO_RCVTIMEO) and the whole
/// response a deadline. Any failure closes the connection; the next request opens a new one. One thread uses a
/// connection at a time (each benchmark worker thread has its own), hence `@unchecked Sendable`.
final class BenchConnection: @unchecked Sendable {
    let port: UInt16
    let timeout: Duration
    private var socket: Int32 = -1
    private var buffer: [UInt8] = []

    init(port: UInt16, timeout: Duration) {
        self.port = port
        self.timeout = timeout
    }

    deinit { close() }

    func close() {
        if socket >= 0 { _ = Glibc.close(socket) }
        socket = -1
        buffer.removeAll(keepingCapacity: true)
    }

    /// Sends one request and reads its response. `headers` are sent as given after Host.
    func send(_ method: String, _ path: String, headers: [(String, String)] = [], body: String? = nil) throws
        -> BenchReply {
        if socket < 0 { try open() }
        var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        let bodyBytes = Array((body ?? "").utf8)
        if body != nil {
            head += "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: \(bodyBytes.count)\r\n"
        }
        do {
            try write(Array((head + "\r\n").utf8) + bodyBytes)
            return try readReply(deadline: ContinuousClock.now + timeout)
        } catch {
            close()
            throw error
        }
    }

    private func open() throws {
        let fd = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw BenchHTTPError.connect(errno) }
        var interval = timeval(tv_sec: Int(timeout.components.seconds),
                               tv_usec: Int(timeout.components.attoseconds / 1_000_000_000_000))
        _ = setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &interval, socklen_t(MemoryLayout<timeval>.size))
        _ = setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &interval, socklen_t(MemoryLayout<timeval>.size))
        var one: Int32 = 1
        _ = setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            let code = errno
            _ = Glibc.close(fd)
            throw BenchHTTPError.connect(code)
        }
        socket = fd
    }

    private func write(_ bytes: [UInt8]) throws {
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if count < 0 {
                throw errno == EAGAIN || errno == EWOULDBLOCK ? BenchHTTPError.timedOut : BenchHTTPError.io(errno)
            }
            sent += count
        }
    }

    /// Reads more bytes into `buffer`; throws when the peer closed, the socket timed out or the deadline passed.
    private func fill(deadline: ContinuousClock.Instant) throws {
        guard ContinuousClock.now < deadline else { throw BenchHTTPError.timedOut }
        var chunk = [UInt8](repeating: 0, count: 16_384)
        let count = chunk.withUnsafeMutableBytes { Glibc.recv(socket, $0.baseAddress, $0.count, 0) }
        if count == 0 { throw BenchHTTPError.closed }
        if count < 0 {
            throw errno == EAGAIN || errno == EWOULDBLOCK ? BenchHTTPError.timedOut : BenchHTTPError.io(errno)
        }
        buffer += chunk[0..<count]
    }

    private func readReply(deadline: ContinuousClock.Instant) throws -> BenchReply {
        let separator: [UInt8] = [13, 10, 13, 10]
        var headEnd: Int?
        while headEnd == nil {
            try fill(deadline: deadline)
            headEnd = Self.find(separator, in: buffer)
        }
        let head = String(decoding: buffer[0..<headEnd!], as: UTF8.self)
        buffer.removeFirst(headEnd! + separator.count)
        var lines = head.components(separatedBy: "\r\n")
        let statusParts = lines.removeFirst().split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { throw BenchHTTPError.malformed }
        let headers = lines.compactMap { line -> (name: String, value: String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (line[..<colon].lowercased(),
                    line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        var reply = BenchReply(status: status, headers: headers, body: [])
        if reply.header("transfer-encoding")?.lowercased().contains("chunked") == true {
            reply.body = try readChunked(deadline: deadline)
        } else {
            let length = Int(reply.header("content-length") ?? "0") ?? 0
            while buffer.count < length { try fill(deadline: deadline) }
            reply.body = Array(buffer[0..<length])
            buffer.removeFirst(length)
        }
        if reply.header("connection")?.lowercased() == "close" { close() }
        return reply
    }

    private func readChunked(deadline: ContinuousClock.Instant) throws -> [UInt8] {
        var body: [UInt8] = []
        while true {
            var lineEnd = Self.find([13, 10], in: buffer)
            while lineEnd == nil { try fill(deadline: deadline); lineEnd = Self.find([13, 10], in: buffer) }
            let sizeText = String(decoding: buffer[0..<lineEnd!], as: UTF8.self).split(separator: ";").first ?? ""
            guard let size = Int(sizeText.trimmingCharacters(in: .whitespaces), radix: 16) else {
                throw BenchHTTPError.malformed
            }
            buffer.removeFirst(lineEnd! + 2)
            while buffer.count < size + 2 { try fill(deadline: deadline) }
            body += buffer[0..<size]
            buffer.removeFirst(size + 2)
            if size == 0 { return body }
        }
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if Array(haystack[start..<start + needle.count]) == needle { return start }
        }
        return nil
    }
}

/// A loopback port that was free a moment ago (bound to port 0, read back, closed).
enum FreePort {
    static func find() throws -> Int {
        let fd = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw BenchHTTPError.connect(errno) }
        defer { _ = Glibc.close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                Glibc.bind(fd, pointer, length) == 0 && getsockname(fd, pointer, &length) == 0
            }
        }
        guard bound else { throw BenchHTTPError.connect(errno) }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
