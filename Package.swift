// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Purser",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "purser", targets: ["purser"]),
        .library(name: "Rego", targets: ["Rego"]),
        .library(name: "PurserAnalytics", targets: ["PurserAnalytics"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/apple/swift-certificates", from: "1.21.1"),
        .package(url: "https://github.com/apple/swift-asn1", from: "1.7.4"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/swiftlang/swift-subprocess", from: "1.0.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-system", from: "1.8.1"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/modelcontextprotocol/swift-sdk", from: "0.12.1"),
        // Only the OTLP/HTTP exporter: gRPC would double the build for a second wire format.
        .package(url: "https://github.com/swift-otel/swift-otel", from: "1.6.0", traits: ["OTLPHTTP"]),
        .package(url: "https://github.com/apple/swift-distributed-tracing", from: "1.7.3"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/HdrHistogram/hdrhistogram-swift", from: "0.2.0"),
    ],
    targets: [
        .target(name: "PurserConcurrency"),
        .target(name: "PurserModel", dependencies: ["PurserConcurrency", .product(name: "Yams", package: "Yams")]),
        .target(name: "Rego", dependencies: [
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "_CryptoExtras", package: "swift-crypto"),
            .product(name: "X509", package: "swift-certificates"),
            .product(name: "SwiftASN1", package: "swift-asn1"),
            .product(name: "Yams", package: "Yams"),
        ]),
        .target(name: "PurserCost", dependencies: ["PurserModel"], resources: [.copy("Resources/pricing-catalog.yaml")]),
        .target(name: "PurserRender", dependencies: ["PurserModel"]),
        .target(name: "PurserGit", dependencies: [
            .product(name: "Subprocess", package: "swift-subprocess"),
            .product(name: "SystemPackage", package: "swift-system"),
        ]),
        .target(name: "PurserAnalytics"),
        .target(name: "CPurserPrefetch"),
        .target(name: "PurserLedger", dependencies: [
            "CPurserPrefetch",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "GRDBSQLite", package: "GRDB.swift"),
            .product(name: "PostgresNIO", package: "postgres-nio"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "NIOSSL", package: "swift-nio-ssl"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .target(
            name: "PurserCore",
            dependencies: [
                "PurserModel", "Rego", "PurserCost", "PurserRender", "PurserGit", "PurserAnalytics", "PurserLedger", "PurserConcurrency",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ]
        ),
        .target(
            name: "PurserAgents",
            dependencies: [
                "PurserCore",
                .product(name: "MCP", package: "swift-sdk"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "PurserServer",
            dependencies: [
                "PurserCore", "PurserAgents",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HummingbirdTLS", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "OTel", package: "swift-otel"),
                .product(name: "Tracing", package: "swift-distributed-tracing"),
            ]
        ),
        .executableTarget(
            name: "purser",
            dependencies: [
                "PurserCore", "PurserServer", "PurserAgents",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "purser-bench", dependencies: ["PurserLedger"]),
        .executableTarget(name: "bench-rego", dependencies: ["Rego"]),
        .executableTarget(name: "bench-analytics", dependencies: ["PurserAnalytics", "PurserConcurrency"]),
        .executableTarget(name: "bench-load", dependencies: [
            .product(name: "Histogram", package: "hdrhistogram-swift"),
        ]),

        // libFuzzer targets (see fuzz/README.md); built without -DFUZZING they replay saved inputs.
        .target(name: "LibFuzzerDriver", path: "fuzz/LibFuzzerDriver"),
        .target(name: "FuzzSupport", dependencies: ["LibFuzzerDriver"], path: "fuzz/Support"),
        .executableTarget(name: "fuzz-component-yaml", dependencies: ["FuzzSupport", "PurserModel"], path: "fuzz/component-yaml"),
        .executableTarget(name: "fuzz-rego-compile", dependencies: ["FuzzSupport", "Rego"], path: "fuzz/rego-compile"),
        .executableTarget(name: "fuzz-rego-builtins", dependencies: ["FuzzSupport", "Rego"], path: "fuzz/rego-builtins"),
        .executableTarget(name: "fuzz-json-rego-value", dependencies: ["FuzzSupport", "Rego"], path: "fuzz/json-rego-value"),
        .executableTarget(name: "fuzz-admission-review", dependencies: ["FuzzSupport", "PurserCore", "PurserModel", "Rego"], path: "fuzz/admission-review"),
        .executableTarget(name: "fuzz-focus-csv", dependencies: ["FuzzSupport", "PurserLedger"], path: "fuzz/focus-csv"),

        .testTarget(name: "PurserModelTests", dependencies: ["PurserModel"], resources: [.copy("Fixtures")]),
        .testTarget(name: "RegoTests", dependencies: ["Rego", "PurserTestSupport"]),
        .testTarget(name: "PurserCostTests", dependencies: ["PurserCost", "PurserModel"]),
        .testTarget(name: "PurserRenderTests", dependencies: ["PurserRender", "PurserModel"]),
        .testTarget(name: "PurserGitTests", dependencies: ["PurserGit", "PurserTestSupport"]),
        .testTarget(name: "PurserAnalyticsTests", dependencies: ["PurserAnalytics"], exclude: ["Fixtures"]),
        .testTarget(name: "PurserBenchTests", dependencies: ["purser-bench", "PurserLedger"]),
        .testTarget(name: "PurserLedgerTests", dependencies: [
            "PurserLedger", "PurserTestSupport", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "PostgresNIO", package: "postgres-nio"),
        ], exclude: ["Fixtures"]),
        .testTarget(name: "PurserCoreTests", dependencies: ["PurserCore", "PurserModel", "PurserGit", "PurserRender", "Rego", "PurserTestSupport"]),
        .testTarget(
            name: "PurserServerTests",
            dependencies: [
                "PurserServer", "PurserCore", "PurserTestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(name: "PurserTestSupport", path: "Tests/PurserTestSupport"),
        // The CLI tests run the built `purser` binary; the dependency only makes sure it is built.
        .testTarget(name: "PurserCLITests", dependencies: ["purser", "PurserTestSupport"]),
    ]
)
