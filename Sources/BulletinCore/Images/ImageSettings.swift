import BulletinImages
import Foundation

/// `images:` in site.yaml: which copies of each photo are made and how.
///
///     images:
///       widths: [480, 960, 1600]   # resized copies, never wider than the photo
///       quality: 75                # WebP
///       jpeg_quality: 80           # the copies in the photo's own format (JPEG)
///       webp: true
///       keep_originals: false      # true: the photo itself is published as it was sent
///       cache: .bulletin-cache     # beside the content folder, or an absolute path
///       warn_megapixels: 30
///       warn_megabytes: 20
///       max_megapixels: 100        # refused above this (a decompression bomb)
///       sizes: "(max-width: 52rem) 100vw, 52rem"   # `sizes` of the photos in article text
public struct ImageSettings: Sendable, Equatable {
    public var widths = [480, 960, 1600]
    public var quality = 75
    public var jpegQuality = 80
    public var webp = true
    public var keepOriginals = false
    /// As written in site.yaml; resolved against the folder holding the content folder.
    public var cache = ".bulletin-cache"
    public var warnMegapixels = 30
    public var warnMegabytes = 20
    public var maxMegapixels = 100
    public var bodySizes = "(max-width: 52rem) 100vw, 52rem"

    public init() {}

    static let keys = [
        "widths", "quality", "jpeg_quality", "webp", "keep_originals", "cache", "warn_megapixels", "warn_megabytes",
        "max_megapixels", "sizes",
    ]

    /// The quality a photo's own-format copies are written with (PNG is lossless).
    func quality(of format: ImageFormat) -> Int {
        switch format {
        case .webp: return quality
        case .jpeg: return jpegQuality
        default: return 100
        }
    }

    /// What the processed files depend on besides the photo: part of each cache entry's name.
    /// `engine` changes whenever the way files are made does.
    var cacheKey: String {
        let engine = "vips3"
        let text = [engine, widths.map(String.init).joined(separator: ","), "\(quality)", "\(jpegQuality)", "\(webp)"]
            .joined(separator: ";")
        return String(ImageCache.hash(of: Array(text.utf8)).prefix(12))
    }

    /// The cache folder for a site whose content folder is `contentPath`.
    func cacheFolder(contentPath: String) -> String {
        if cache.hasPrefix("/") { return cache }
        let parent = (contentPath as NSString).deletingLastPathComponent
        return parent.isEmpty ? cache : parent + "/" + cache
    }

    /// Reads the `images:` mapping; problems go to `reader`'s list.
    static func read(_ reader: inout FieldReader) -> ImageSettings {
        var settings = ImageSettings()
        reader.rejectUnknownKeys(keys, in: "images")
        if reader.has("widths") {
            var widths: [Int] = []
            for item in reader.stringList("widths") {
                guard let width = FieldReader.wholeNumber(item), (16...8192).contains(width) else {
                    reader.error(
                        .keyOutOfRange, ["key": .text("widths"), "lower": "16", "upper": "8192", "found": .text(item)],
                        at: "widths")
                    continue
                }
                widths.append(width)
            }
            if !widths.isEmpty { settings.widths = Array(Set(widths)).sorted() }
        }
        if let quality = reader.int("quality", range: 1...100) { settings.quality = quality }
        if let quality = reader.int("jpeg_quality", range: 1...100) { settings.jpegQuality = quality }
        if let webp = reader.bool("webp") { settings.webp = webp }
        if let keep = reader.bool("keep_originals") { settings.keepOriginals = keep }
        if let cache = reader.string("cache"), !cache.isEmpty { settings.cache = cache }
        if let limit = reader.int("warn_megapixels", range: 1...10_000) { settings.warnMegapixels = limit }
        if let limit = reader.int("warn_megabytes", range: 1...10_000) { settings.warnMegabytes = limit }
        if let limit = reader.int("max_megapixels", range: 1...10_000) { settings.maxMegapixels = limit }
        if let sizes = reader.string("sizes"), !sizes.isEmpty { settings.bodySizes = sizes }
        return settings
    }
}
