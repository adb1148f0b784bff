import LGPSGenerate
import LGPSRules
import Testing

@Suite("Generator inputs")
struct FundGeneratorInputTests {
    @Test("The fund code is the initials of the name, ignoring small words")
    func fundCode() throws {
        #expect(try FundGenerator(seed: 1, members: 1).fundCode == "NPF")
        #expect(try FundGenerator(seed: 1, members: 1, fundName: "City of Westmoor Pension Fund").fundCode == "CWPF")
        #expect(try FundGenerator(seed: 1, members: 1, fundName: "Demo").fundCode == "DEMO")
        #expect(try FundGenerator(seed: 1, members: 1, fundCode: "T1").fundCode == "T1")
    }

    @Test("Impossible requests are refused with a typed error")
    func refusals() {
        #expect(throws: GenerationError.memberCountOutOfRange(0)) { try FundGenerator(seed: 1, members: 0) }
        #expect(throws: GenerationError.invalidBatchSize(0)) { try FundGenerator(seed: 1, members: 5, batchSize: 0) }
        #expect(throws: GenerationError.asAtDateNotCovered(CalendarDate(2030, 1, 1))) {
            try FundGenerator(seed: 1, members: 5, asAt: CalendarDate(2030, 1, 1))
        }
        #expect(throws: GenerationError.unusableFundName("123")) { try FundGenerator(seed: 1, members: 5, fundName: "123") }
    }
}
