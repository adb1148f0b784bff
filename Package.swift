// swift-tools-version:6.1
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "OpenLGPS",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "lgps", targets: ["lgps"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/vapor/sql-kit.git", from: "3.36.0"),
        .package(url: "https://github.com/vapor/sqlite-kit.git", from: "4.5.2"),
        .package(url: "https://github.com/vapor/postgres-kit.git", from: "2.17.0"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
    ],
    targets: [
        .target(name: "LGPSRules", swiftSettings: strict),
        .target(
            name: "LGPSParameters",
            dependencies: ["LGPSRules", .product(name: "Yams", package: "Yams")],
            resources: [.copy("Resources")],
            swiftSettings: strict
        ),
        .target(
            name: "LGPSStorage",
            dependencies: [
                "LGPSRules",
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "SQLiteKit", package: "sqlite-kit"),
                .product(name: "PostgresKit", package: "postgres-kit"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "LGPSStatements",
            dependencies: ["LGPSRules", .product(name: "Mustache", package: "swift-mustache")],
            resources: [.copy("Resources")],
            swiftSettings: strict
        ),
        .target(name: "LGPSPDF", swiftSettings: strict),
        .target(
            name: "LGPSPortal",
            dependencies: [
                "LGPSRules", "LGPSStorage",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "HummingbirdOTP", package: "hummingbird-auth"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            ],
            resources: [.copy("Resources")],
            swiftSettings: strict
        ),
        .target(
            name: "LGPSStatementRun",
            dependencies: [
                "LGPSRules", "LGPSParameters", "LGPSStorage", "LGPSStatements", "LGPSPDF",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "LGPSGenerate",
            dependencies: ["LGPSRules", "LGPSStorage", .product(name: "Logging", package: "swift-log")],
            swiftSettings: strict
        ),
        .target(
            name: "LGPSNotify",
            dependencies: [
                "LGPSRules", "LGPSStorage",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOFoundationCompat", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "LGPSWeb",
            dependencies: [
                "LGPSRules", "LGPSParameters", "LGPSStorage", "LGPSStatements", "LGPSStatementRun", "LGPSPDF",
                "LGPSPortal", "LGPSNotify",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            resources: [.copy("Resources")],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "lgps",
            dependencies: [
                "LGPSRules", "LGPSParameters", "LGPSStorage", "LGPSGenerate", "LGPSWeb", "LGPSStatements",
                "LGPSStatementRun", "LGPSPortal", "LGPSNotify",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "LGPSTestSupport",
            dependencies: [
                "LGPSStorage", "LGPSRules", .product(name: "Logging", package: "swift-log"),
                .product(name: "SQLKit", package: "sql-kit"),
            ],
            path: "Tests/LGPSTestSupport",
            swiftSettings: strict
        ),
        .testTarget(
            name: "LGPSRulesTests",
            dependencies: ["LGPSRules", .product(name: "PropertyBased", package: "swift-property-based")],
            swiftSettings: strict
        ),
        .testTarget(name: "LGPSParametersTests", dependencies: ["LGPSParameters"], swiftSettings: strict),
        .testTarget(name: "LGPSStatementsTests", dependencies: ["LGPSStatements", "LGPSRules", "LGPSParameters"],
                    swiftSettings: strict),
        .testTarget(name: "LGPSPDFTests", dependencies: ["LGPSPDF"], swiftSettings: strict),
        .testTarget(name: "LGPSPortalTests", dependencies: ["LGPSPortal", "LGPSStorage", "LGPSRules"],
                    swiftSettings: strict),
        .testTarget(
            name: "LGPSStatementRunTests",
            dependencies: ["LGPSStatementRun", "LGPSStatements", "LGPSStorage", "LGPSGenerate", "LGPSParameters",
                           "LGPSRules", "LGPSTestSupport"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "LGPSNotifyTests",
            dependencies: [
                "LGPSNotify", "LGPSStorage", "LGPSRules", "LGPSTestSupport",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: strict
        ),
        .testTarget(name: "LGPSStorageTests", dependencies: ["LGPSStorage", "LGPSRules", "LGPSTestSupport"],
                    swiftSettings: strict),
        .testTarget(name: "LGPSGenerateTests", dependencies: ["LGPSGenerate", "LGPSStorage", "LGPSParameters",
                                                          "LGPSTestSupport"],
                    swiftSettings: strict),
        .testTarget(
            name: "LGPSWebTests",
            dependencies: [
                "LGPSWeb", "LGPSStorage", "LGPSGenerate", "LGPSStatementRun", "LGPSRules", "LGPSPortal", "LGPSNotify",
                "LGPSStatements", "LGPSTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: strict
        ),
    ]
)
