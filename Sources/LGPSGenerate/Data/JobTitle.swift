/// Job titles by kind of employer, each with a typical whole-time salary in pounds at 2025/26 pay levels, and
/// whether the job is usually term-time only. Generator data only: invented, not taken from any pay scale.
struct JobTitle: Sendable {
    let title: String
    /// Typical whole-time equivalent salary, pounds a year, at 2025/26 levels.
    let salary2025: Int64
    /// Whether the post is usually term-time only (schools).
    let termTime: Bool
}
