// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Bulletin",
    products: [
        .executable(name: "bulletin", targets: ["bulletin"]),
        // For the fuzzing package in Tests/fuzz, which builds against the library.
        .library(
            name: "BulletinCore",
            targets: ["BulletinCore", "BulletinSupport", "BulletinTemplates", "BulletinMarkdown", "BulletinSearchIndex"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        // Debian's libcmark-dev, found through pkg-config.
        .systemLibrary(
            name: "CMark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // The few POSIX calls Swift's Glibc module does not expose (renameat2). Not "CSystem":
        // swift-system (under Hummingbird) has a target of that name, and names must be unique.
        .target(name: "CBulletinSystem"),
        // What every part uses and nothing of the site: text and bytes (NFC, slugs, collation,
        // numbers, escaping), files, parallel loops, and the messages in Vietnamese and English.
        .target(name: "BulletinSupport", dependencies: ["CBulletinSystem"]),
        // Engines that know nothing of the site: Bulletin's Mustache engine, Markdown on cmark's
        // node tree, and the search index with its query folding.
        .target(name: "BulletinTemplates", dependencies: ["BulletinSupport"]),
        .target(name: "BulletinMarkdown", dependencies: ["BulletinSupport", "CMark", "CBulletinSystem"]),
        .target(name: "BulletinSearchIndex", dependencies: ["BulletinSupport"]),
        // The pipeline (load → validate → model → render → write), the features that plug into it
        // (scores, documents, feeds, search, addresses) and incremental rebuilds.
        .target(
            name: "BulletinCore",
            dependencies: [
                "BulletinSupport",
                "BulletinTemplates",
                "BulletinMarkdown",
                "BulletinSearchIndex",
                "CBulletinSystem",
                "Yams",
                "SwiftCSV",
            ]
        ),
        // `bulletin serve`: the HTTP server, file watcher and live reload (kept out of the core).
        .target(
            name: "BulletinServe",
            dependencies: [
                "BulletinCore",
                "BulletinSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // `bulletin import`: Jekyll and Hugo sites into Bulletin content (TOML front matter and
        // Hugo's config need TOMLKit; kept out of the core and the fuzz builds).
        .target(
            name: "BulletinImport",
            dependencies: [
                "BulletinCore", "BulletinSupport", "BulletinMarkdown", "CMark", "Yams", .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        .executableTarget(
            name: "bulletin",
            dependencies: [
                "BulletinCore",
                "BulletinSupport",
                "BulletinServe",
                "BulletinImport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // swift-mustache renders the theme in TemplateEngineTests, to check that Bulletin's own
        // Mustache engine gives the same pages.
        .testTarget(
            name: "BulletinCoreTests",
            dependencies: [
                "BulletinCore", "BulletinSupport", "BulletinTemplates", "BulletinMarkdown", "BulletinSearchIndex",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "BulletinImportTests",
            dependencies: ["BulletinImport", "BulletinCore", "BulletinSupport", "BulletinMarkdown"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "BulletinServeTests",
            dependencies: ["BulletinServe", "BulletinCore", "BulletinSupport"]
        ),
    ],
    swiftLanguageModes: [.v5]
)
