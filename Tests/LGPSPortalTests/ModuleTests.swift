import Testing
@testable import LGPSPortal

@Test func moduleLoads() {
    #expect(String(describing: LGPSPortal.self) == "LGPSPortal")
}
