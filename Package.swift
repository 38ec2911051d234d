// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "Qingxi",
  platforms: [.macOS(.v14)],
  products: [
    .library(name: "Qingxi", targets: ["Qingxi"]),
    .library(name: "QingxiNumbers", targets: ["QingxiNumbers"]),
    .library(name: "QingxiAnalysis", targets: ["QingxiAnalysis"]),
    .executable(name: "qingxi", targets: ["qingxi"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
  ],
  targets: [
    // C seams. Their public headers use only stdint/stddef types: Foundation on Linux ships its own ICU
    // module, and importing ICU's (or libxml2's) headers into Swift clashes with it.
    .target(
      name: "CICUShim",
      linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc"), .linkedLibrary("icudata")]
    ),
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]
    ),
    .target(name: "CXMLShim", dependencies: ["CLibXML2"]),
    .target(name: "CZlibShim", linkerSettings: [.linkedLibrary("z")]),
    .target(name: "CCryptoShim", linkerSettings: [.linkedLibrary("crypto")]),
    // The only Swift importer of the C seams.
    .target(name: "TextSupport", dependencies: ["CICUShim", "CXMLShim", "CZlibShim", "CCryptoShim"]),
    // Numbers, money, durations and calendar dates read from Chinese and English text; depends on nothing.
    .target(name: "QingxiNumbers"),
    .target(
      name: "Qingxi",
      dependencies: [
        "TextSupport",
        "QingxiNumbers",
        .product(name: "Yams", package: "Yams"),
      ],
      exclude: ["Data/Generators"],
      resources: [
        // Compiled into the binary: the JSON Schema of the record, and the default pipeline
        // (a link to Pipelines/default.yaml, which stays the one source).
        .embedInCode("Writers/Schema/document.schema.json"),
        .embedInCode("Writers/Schema/stats.schema.json"),
        .embedInCode("Writers/Schema/case.schema.json"),
        .embedInCode("Writers/Schema/summary.schema.json"),
        .embedInCode("Spec/Embedded/default.yaml"),
      ]
    ),
    // Reading records back, statistics, case merging, the HTML report and exports (SQLite through GRDB):
    // a target of its own so that the core library does not depend on GRDB.
    .target(
      name: "QingxiAnalysis",
      dependencies: ["Qingxi", .product(name: "GRDB", package: "GRDB.swift")]
    ),
    .executableTarget(
      name: "qingxi",
      dependencies: [
        "Qingxi",
        "QingxiAnalysis",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "Logging", package: "swift-log"),
      ]
    ),
    .target(name: "QingxiTestSupport", dependencies: ["Qingxi"]),
    .testTarget(name: "TextSupportTests", dependencies: ["TextSupport"]),
    .testTarget(name: "QingxiNumbersTests", dependencies: ["QingxiNumbers"]),
    .testTarget(name: "QingxiTests", dependencies: ["Qingxi", "QingxiTestSupport"]),
    .testTarget(
      name: "QingxiAnalysisTests",
      dependencies: ["QingxiAnalysis", "QingxiTestSupport", .product(name: "GRDB", package: "GRDB.swift")]
    ),
    .testTarget(name: "qingxiTests", dependencies: ["qingxi", "QingxiTestSupport"], exclude: ["Snapshots"]),
    .testTarget(name: "ConformanceTests", dependencies: ["QingxiNumbers", "Qingxi", "QingxiTestSupport"]),
  ],
  swiftLanguageModes: [.v6]
)
