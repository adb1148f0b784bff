import Foundation
import Hummingbird
import LGPSStorage

/// Hummingbird's `PersistDriver` over the database's `KeyValueStore`, so sessions are server-side and survive a
/// restart (SESS-1). Values are stored as JSON; expiry times come from the injected clock.
struct KeyValuePersistDriver: PersistDriver {
    let store: any KeyValueStore
    let clock: any WallClock
    /// Lifetime applied when a value is written without one (the session idle timeout, so activity slides it).
    let defaultLifetime: Duration

    func create<Object: Codable & Sendable>(key: String, value: Object, expires: Duration?) async throws {
        do {
            try await store.create(key: key, value: try encode(value), expiresAt: expiry(expires))
        } catch StorageError.duplicateKey {
            throw PersistError.duplicate
        }
    }

    func set<Object: Codable & Sendable>(key: String, value: Object, expires: Duration?) async throws {
        try await store.set(key: key, value: try encode(value), expiresAt: expiry(expires))
    }

    func get<Object: Codable & Sendable>(key: String, as type: Object.Type) async throws -> Object? {
        guard let bytes = try await store.get(key: key, now: clock.now()) else { return nil }
        do {
            return try JSONDecoder().decode(Object.self, from: Data(bytes))
        } catch {
            throw PersistError.invalidConversion
        }
    }

    func remove(key: String) async throws {
        try await store.remove(key: key)
    }

    private func encode<Object: Encodable>(_ value: Object) throws -> [UInt8] {
        Array(try JSONEncoder().encode(value))
    }

    private func expiry(_ expires: Duration?) -> Timestamp {
        let lifetime = expires ?? defaultLifetime
        return Timestamp(microseconds: clock.now().microseconds + lifetime.microseconds)
    }
}

extension Duration {
    /// Whole microseconds in the duration.
    var microseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1_000_000 + attoseconds / 1_000_000_000_000
    }
}
