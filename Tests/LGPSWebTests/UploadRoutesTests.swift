import Testing
@testable import LGPSWeb

/// FILE-2: only the upload routes take multipart bodies (and the larger body limit); every other POST is a
/// small urlencoded form.
@Suite("Upload routes")
struct UploadRoutesTests {
    @Test("The member's document form and a record's P60 form take uploads; nothing else does")
    func matches() {
        #expect(CSRFMiddleware.takesUpload("/portal/documents/new"))
        #expect(CSRFMiddleware.takesUpload("/records/42/payroll/new"))
        for path in ["/records/x/payroll/new", "/records/42/payroll", "/records/42/payroll/new/extra",
                     "/records//payroll/new", "/portal/documents", "/people/42/edit"] {
            #expect(!CSRFMiddleware.takesUpload(path), "\(path)")
        }
    }
}
