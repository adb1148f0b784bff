/// A coarse grouping of employers for choosing jobs and working patterns.
enum EmployerKindClass: Sendable {
    case council, school, otherBody, contractor
}
