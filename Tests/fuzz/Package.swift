// swift-tools-version: 6.0
// libFuzzer targets, in a package of their own so that the project's own build and tests are
// unchanged. Built and run by `make fuzz` (see "Fuzzing" in docs/reliability.md):
//   swift build --package-path Tests/fuzz -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
import PackageDescription

let dependencies: [Target.Dependency] = [.product(name: "BulletinCore", package: "Bulletin"), "FuzzDriver", "FuzzChecks"]

let package = Package(
    name: "BulletinFuzz",
    dependencies: [
        .package(name: "Bulletin", path: "../..")
    ],
    targets: [
        .target(name: "FuzzDriver"),
        .target(name: "FuzzChecks"),
        .executableTarget(name: "FuzzFrontMatter", dependencies: dependencies),
        .executableTarget(name: "FuzzMarkdown", dependencies: dependencies),
        .executableTarget(name: "FuzzSlugs", dependencies: dependencies),
        .executableTarget(name: "FuzzScores", dependencies: dependencies),
        .executableTarget(name: "FuzzTemplates", dependencies: dependencies),
    ],
    swiftLanguageModes: [.v5]
)
