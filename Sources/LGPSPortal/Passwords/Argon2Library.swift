import Glibc

/// The system's libargon2 (Debian package `libargon2-1`), loaded with `dlopen` when first needed (AUTH-14,
/// CRYPTO-1). There is no argon2 Swift package in our mirror and no libargon2 headers, so the two C functions used
/// are declared here with the types of `argon2.h` (reference implementation, version 20171227).
struct Argon2Library: Sendable {
    /// The shared object's file name (its soname).
    static let fileName = "libargon2.so.1"

    /// `argon2_error_codes.ARGON2_OK`.
    static let ok: Int32 = 0

    /// `int argon2id_hash_encoded(uint32_t t_cost, uint32_t m_cost, uint32_t parallelism, const void *pwd,
    /// size_t pwdlen, const void *salt, size_t saltlen, size_t hashlen, char *encoded, size_t encodedlen)`.
    typealias HashEncoded = @convention(c) (
        UInt32, UInt32, UInt32, UnsafeRawPointer?, Int, UnsafeRawPointer?, Int, Int, UnsafeMutablePointer<CChar>?, Int
    ) -> Int32

    /// `int argon2id_verify(const char *encoded, const void *pwd, size_t pwdlen)`.
    typealias Verify = @convention(c) (UnsafePointer<CChar>?, UnsafeRawPointer?, Int) -> Int32

    /// `argon2id_hash_encoded`.
    let hashEncoded: HashEncoded
    /// `argon2id_verify`.
    let verify: Verify

    /// The library, loaded once for the life of the process, or why it could not be.
    static let shared: Result<Argon2Library, PasswordHasherError> = load()

    /// Opens the library and looks up the functions. The handle is never closed.
    private static func load() -> Result<Argon2Library, PasswordHasherError> {
        guard let handle = dlopen(fileName, RTLD_NOW) else {
            return .failure(.libraryMissing(dlerror().map { String(cString: $0) } ?? "not found"))
        }
        guard let hash = dlsym(handle, "argon2id_hash_encoded"), let verify = dlsym(handle, "argon2id_verify") else {
            return .failure(.libraryMissing("it has no argon2id functions"))
        }
        return .success(Argon2Library(hashEncoded: unsafeBitCast(hash, to: HashEncoded.self),
                                      verify: unsafeBitCast(verify, to: Verify.self)))
    }
}
