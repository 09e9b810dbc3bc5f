import CXXHash
import Foundation

/// Processed images kept between builds, by the source's bytes and the settings: a build in
/// which no photo changed makes nothing. One folder per photo and settings
/// (`ab/ab12…-<settings>/`), written under a temporary name and renamed into place when every
/// file is in it, so a killed build never leaves half an entry that a later one would trust.
struct ImageCache {
    let folder: String

    /// The entry's folder for a source with these bytes under these settings.
    func entry(for sourceHash: String, settings: ImageSettings) -> String {
        folder + "/" + sourceHash.prefix(2) + "/" + sourceHash + "-" + settings.cacheKey
    }

    func isComplete(_ entry: String) -> Bool {
        var status = stat()
        return stat(entry, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }

    /// Writes the files (name → bytes) as one entry; a concurrent build that wrote the same
    /// entry first wins, which is the same bytes.
    func store(_ files: [(name: String, bytes: [UInt8])], as entry: String) throws {
        let parent = (entry as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        let temporary = entry + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: false)
        do {
            for file in files {
                try Data(file.bytes).write(to: URL(fileURLWithPath: temporary + "/" + file.name))
            }
            if rename(temporary, entry) != 0 {
                let code = errno
                try? FileManager.default.removeItem(atPath: temporary)
                // ENOTEMPTY/EEXIST: another build stored it meanwhile.
                if code != ENOTEMPTY && code != EEXIST { throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO) }
            }
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
    }

    /// XXH3-128 of the file's bytes, as 32 hex digits; nil when it cannot be read. Remembered
    /// by the file's stamp (see `StampMemo`).
    static func hash(ofFile path: String) -> String? {
        hashes.value(of: path) {
            FileManager.default.contents(atPath: path).map { data in
                data.withUnsafeBytes { hex(XXH3_128bits($0.baseAddress, $0.count)) }
            }
        }
    }

    private static let hashes = StampMemo<String?>()

    static func hash(of bytes: [UInt8]) -> String {
        bytes.withUnsafeBytes { hex(XXH3_128bits($0.baseAddress, $0.count)) }
    }

    private static func hex(_ hash: XXH128_hash_t) -> String {
        String(format: "%016llx%016llx", hash.high64, hash.low64)
    }
}
