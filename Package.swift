// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Bulletin",
    products: [
        .executable(name: "bulletin", targets: ["bulletin"]),
        // For the fuzzing package in Tests/fuzz, which builds against the library.
        .library(name: "BulletinCore", targets: ["BulletinCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
    ],
    targets: [
        // Debian's libcmark-dev, found through pkg-config.
        .systemLibrary(
            name: "CMark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // The few POSIX calls Swift's Glibc module does not expose (renameat2).
        .target(name: "CSystem"),
        .target(
            name: "BulletinCore",
            dependencies: [
                "CMark",
                "CSystem",
                "Yams",
                .product(name: "Mustache", package: "swift-mustache"),
                "SwiftCSV",
            ]
        ),
        .executableTarget(
            name: "bulletin",
            dependencies: [
                "BulletinCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "BulletinCoreTests",
            dependencies: ["BulletinCore"],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v5]
)
