import LGPSGenerate
import Testing

@Suite("SplitMix64")
struct SplitMix64Tests {
    // Reference output of S. Vigna's splitmix64.c (prng.di.unimi.it) seeded with 1234567.
    @Test("SplitMix64 reproduces the reference sequence for seed 1234567")
    func referenceSequence() {
        var rng = SplitMix64(seed: 1_234_567)
        let values = (0..<5).map { _ in rng.next() }
        #expect(values == [6_457_827_717_110_365_317, 3_203_168_211_198_807_973, 9_817_491_932_198_370_423,
                           4_593_380_528_125_082_431, 16_408_922_859_458_223_821])
    }
}
