// swift-tools-version:6.0
// The fuzz target: a package of its own, so that the root package's `swift build`/`swift test` never need
// libFuzzer. Build and run it with `Fuzz/run.sh` (see the README, "Fuzzing").
import PackageDescription

let package = Package(
  name: "QingxiFuzz",
  platforms: [.macOS(.v14)],
  dependencies: [.package(name: "Qingxi", path: "..")],
  targets: [
    .executableTarget(
      name: "QingxiFuzz",
      dependencies: [.product(name: "Qingxi", package: "Qingxi")]
    )
  ],
  swiftLanguageModes: [.v6]
)
