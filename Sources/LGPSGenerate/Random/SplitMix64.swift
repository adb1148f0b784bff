/// SplitMix64: a small, fast, deterministic pseudo-random generator (S. Vigna, 2015; the seeding generator of
/// xoshiro). Every draw in generation comes from one of these, so a fund is a pure function of its seed.
/// `SystemRandomNumberGenerator` is never used in this module.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    /// The internal state; advancing it by the golden-ratio increment gives the next output.
    public private(set) var state: UInt64

    static let increment: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// A generator starting from `seed` (any value, including zero, is a good seed).
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= SplitMix64.increment
        return SplitMix64.mix(state)
    }

    /// The SplitMix64 finaliser: a bijective scramble of 64 bits.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// An independent stream for item `index` of a run seeded with `seed` (one per person), so any batch can be
    /// generated on its own and still match a whole run.
    static func stream(seed: UInt64, index: UInt64, salt: UInt64 = 0) -> SplitMix64 {
        SplitMix64(seed: mix(seed ^ mix(index &+ salt &* 0xD1B5_4A32_D192_ED03)))
    }
}
