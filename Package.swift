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
        // Debian's libxxhash-dev: the content hashes of published files, kept from build to build
        // (Swift's Hasher is seeded per process, so its values cannot be compared across runs).
        .systemLibrary(
            name: "CXXHash",
            pkgConfig: "libxxhash",
            providers: [.apt(["libxxhash-dev"])]
        ),
        // Debian's libvips-dev: decoding, resizing and encoding photos (see BulletinImages); its
        // module map also links libwebpmux (WebP without metadata) and libturbojpeg0-dev's
        // library (a JPEG's metadata removed without decoding it).
        .systemLibrary(
            name: "CVips",
            pkgConfig: "vips",
            providers: [.apt(["libvips-dev", "libturbojpeg0-dev"])]
        ),
        // The image engine: headers, resized copies, metadata stripped; knows nothing of sites.
        .target(name: "BulletinImages", dependencies: ["CVips"]),
        // The few POSIX calls Swift's Glibc module does not expose (renameat2). Not "CSystem":
        // swift-system (under Hummingbird) has a target of that name, and names must be unique.
        .target(name: "CBulletinSystem"),
        .target(
            name: "BulletinCore",
            dependencies: [
                "CMark",
                "CXXHash",
                "BulletinImages",
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
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // `bulletin import`: Jekyll and Hugo sites into Bulletin content (TOML front matter and
        // Hugo's config need TOMLKit; kept out of the core and the fuzz builds).
        .target(
            name: "BulletinImport",
            dependencies: ["BulletinCore", "CMark", "Yams", .product(name: "TOMLKit", package: "TOMLKit")]
        ),
        .executableTarget(
            name: "bulletin",
            dependencies: [
                "BulletinCore",
                "BulletinServe",
                "BulletinImport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `bulletin build` from the core alone, for the LeakSanitizer runs of Tests/reliability/leaks.sh
        // (the command's preview server would triple that sanitizer build's time).
        .executableTarget(name: "leak-build", dependencies: ["BulletinCore"], path: "Tests/reliability/LeakBuild"),
        // `make bench-incremental`: rebuild times after one-article edits, for developers.
        .executableTarget(
            name: "bench-incremental",
            dependencies: ["BulletinCore", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Tests/bench/Incremental"
        ),
        // swift-mustache renders the theme in TemplateEngineTests, to check that Bulletin's own
        // Mustache engine gives the same pages.
        .testTarget(
            name: "BulletinCoreTests",
            dependencies: ["BulletinCore", .product(name: "Mustache", package: "swift-mustache")],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "BulletinImportTests",
            dependencies: ["BulletinImport", "BulletinCore"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "BulletinServeTests",
            dependencies: ["BulletinServe", "BulletinCore"]
        ),
    ],
    swiftLanguageModes: [.v5]
)
