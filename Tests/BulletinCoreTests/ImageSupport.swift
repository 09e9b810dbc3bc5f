import Foundation

@testable import BulletinCore

/// Photos for the image tests, made by Debian's tools as a camera or phone would leave them:
/// `vips` (libvips-tools) draws the pixels, `exiftool` writes GPS, serial and orientation tags.
enum TestPhotos {
    /// Runs a tool; its output, or a failure naming it.
    @discardableResult
    static func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: output, as: UTF8.self)
        guard process.terminationStatus == 0 else {
            throw NSError(domain: "TestPhotos", code: 1, userInfo: [NSLocalizedDescriptionKey: "\(tool) \(arguments): \(text)"])
        }
        return text
    }

    /// A `width`×`height` JPEG with a gradient and noise (so its copies differ in size), GPS
    /// coordinates, a camera serial number and, when given, an EXIF orientation.
    static func camera(at path: String, width: Int, height: Int, orientation: Int? = nil) throws {
        let work = path + ".work"
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: work) }
        try run("vips", ["xyz", work + "/xy.v", "\(width)", "\(height)"])
        try run("vips", ["linear", work + "/xy.v", work + "/scaled.v", "0.05", "40"])
        try run("vips", ["gaussnoise", work + "/noise.v", "\(width)", "\(height)", "--sigma", "20", "--mean", "90"])
        try run("vips", ["bandjoin", work + "/scaled.v " + work + "/noise.v", work + "/rgb.v"])
        try run("vips", ["cast", work + "/rgb.v", work + "/photo.v", "uchar"])
        try run("vips", ["jpegsave", work + "/photo.v", path, "--Q", "90"])
        var tags = [
            "-q", "-overwrite_original", "-GPSLatitude=21.3270", "-GPSLatitudeRef=N", "-GPSLongitude=103.9141",
            "-GPSLongitudeRef=E", "-SerialNumber=083021001234", "-Make=Canon", "-Model=EOS 90D",
        ]
        if let orientation { tags.append("-Orientation#=\(orientation)") }
        try run("exiftool", tags + [path])
    }

    /// A real 4×3 PNG (black), for sites that need an image but not a photo.
    static let tinyPNG = Data(
        base64Encoded:
            "iVBORw0KGgoAAAANSUhEUgAAAAQAAAADCAIAAAA7ljmRAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAADElEQVQImWNgIAoAAAAnAAGfWjwcAAAAAElFTkSuQmCC")!

    /// A small PNG with nothing but pixels.
    static func smallPNG(at path: String, width: Int, height: Int) throws {
        try run("vips", ["black", path + ".v", "\(width)", "\(height)", "--bands", "3"])
        try run("vips", ["pngsave", path + ".v", path])
        try FileManager.default.removeItem(atPath: path + ".v")
    }

    /// The tags exiftool finds in a file (group:name → value), without the file system's.
    static func tags(of path: String) throws -> [String: String] {
        let text = try run("exiftool", ["-j", "-G", "-a", "-n", path])
        let data = Data(text.utf8)
        guard let list = try JSONSerialization.jsonObject(with: data) as? [[String: Any]], let first = list.first else { return [:] }
        var tags: [String: String] = [:]
        for (key, value) in first where !key.hasPrefix("System:") && !key.hasPrefix("ExifTool:") && key != "SourceFile" {
            tags[key] = "\(value)"
        }
        return tags
    }

    /// The header of a PNG of `width`×`height` with hardly any data after it: what a
    /// decompression bomb looks like before it is decoded.
    static func bombPNG(width: UInt32, height: UInt32) -> [UInt8] {
        func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
            let body = Array(type.utf8) + data
            return bigEndian(UInt32(data.count)) + body + bigEndian(crc32(body))
        }
        let header = bigEndian(width) + bigEndian(height) + [8, 2, 0, 0, 0]
        // A deflate stream of a few zero bytes (stored block): the rows that follow are missing.
        let idat: [UInt8] = [0x78, 0x01, 0x01, 0x04, 0x00, 0xFB, 0xFF, 0, 0, 0, 0]
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + chunk("IHDR", header) + chunk("IDAT", idat)
            + chunk("IEND", [])
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }

    private static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}
