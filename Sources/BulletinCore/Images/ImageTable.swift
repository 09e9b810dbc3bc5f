import BulletinImages

/// One published image of the site: its size as shown, the files published for it, and the
/// resized copies a page offers the browser (`srcset`).
public struct PublishedImage: Sendable, Equatable {
    /// A file of the output and where its bytes are: the cache, or the content folder.
    public struct File: Sendable, Equatable {
        public let output: String
        public let from: String
    }

    /// A resized copy: its width and format, and its output path.
    public struct Copy: Sendable, Equatable {
        public let width: Int
        public let format: ImageFormat
        public let path: String
    }

    /// Content-relative path of the source ("media/anh/hoi-nghi.jpg").
    public let source: String
    public let format: ImageFormat
    /// As shown (EXIF orientation applied).
    public let width: Int
    public let height: Int
    public let files: [File]
    /// Narrowest first; empty for images published as they are (SVG, GIF, small ones).
    public let copies: [Copy]

    /// "…-480w.webp 480w, …-960w.webp 960w" for `format`, under `basePath`; "" when none.
    /// Paths are percent-encoded, so no comma or space inside a candidate; safe in an attribute.
    func srcset(_ format: ImageFormat, basePath: String) -> String {
        var out = ""
        for copy in copies where copy.format == format {
            if !out.isEmpty { out += ", " }
            out += basePath + Escape.urlPath(copy.path) + " \(copy.width)w"
        }
        return out
    }

    /// What a page writes for it: both `srcset` lists and the size.
    func markup(basePath: String) -> ImageMarkup {
        let fallback: ImageFormat = format == .webp ? .webp : format
        let webp = fallback == .webp ? "" : srcset(.webp, basePath: basePath)
        let widest = copies.last { $0.format == fallback }.map { basePath + Escape.urlPath($0.path) }
        return ImageMarkup(
            srcset: srcset(fallback, basePath: basePath), webpSrcset: webp, width: width, height: height, widest: widest)
    }
}

/// The attributes of an `<img>` (and its `<picture>`'s WebP `<source>`), ready for a page.
public struct ImageMarkup: Sendable, Equatable {
    /// In the image's own format ("" when there are no copies).
    public let srcset: String
    /// WebP copies ("" when not made, or when the image is WebP itself).
    public let webpSrcset: String
    public let width: Int
    public let height: Int
    /// The widest copy in the image's own format, for sharing (`og:image`): a social network
    /// fetches it whole. nil when there are no copies.
    public var widest: String? = nil
}

/// Every image the site publishes with what was made for it, by content-relative path.
public struct ImageTable: Sendable, Equatable {
    public var images: [String: PublishedImage] = [:]
    /// This build: photos whose copies were made, taken from the cache, and the bytes the
    /// published copies saved against sending every photo whole.
    public var made = 0
    public var reused = 0
    public var bytesSaved: Int64 = 0
    /// Files under media/ that are not published: images no page uses that could not be read
    /// (their metadata could not be checked either).
    public var withheld: Set<String> = []

    public init() {}

    public subscript(path: String) -> PublishedImage? { images[path] }

    /// Output path → the file to copy there, for every image with files of its own.
    var files: [PublishedImage.File] { images.keys.sorted().flatMap { images[$0]!.files } }

    func markup(of path: String?, basePath: String) -> ImageMarkup? {
        path.flatMap { images[$0] }.map { $0.markup(basePath: basePath) }
    }

    /// The tables describe the same pages (the counts of this build aside).
    func samePages(as other: ImageTable) -> Bool { images == other.images && withheld == other.withheld }
}

/// Markers the Markdown stage leaves around an image of the site's own (`TreeEdits`), filled
/// once the images are known: a `<picture>` with a WebP `<source>` around the `<img>`, and its
/// `srcset`, `sizes`, `width` and `height`. Like `LinkPlaceholders`, U+0001 keeps authors out.
public enum ImageMarkers {
    static func open(_ index: Int) -> String { "<\u{1}picture " + String(index) + "\u{1}>" }
    static func attributes(_ index: Int) -> String { "\u{1}img " + String(index) + "\u{1}" }
    static func close(_ index: Int) -> String { "<\u{1}/picture " + String(index) + "\u{1}>" }

    /// Fills the markers of `html` (image N is `images[N]`; nil: the image is shown as written).
    public static func fill(_ html: String, with images: [ImageMarkup?], sizes: String) -> String {
        if images.isEmpty { return html }
        let sizes = Escape.html(sizes)
        var out = LinkPlaceholders.replaceMarkers(in: html, prefix: "<\u{1}picture ", suffix: "\u{1}>") { index in
            guard index < images.count else { return nil }
            guard let image = images[index], !image.webpSrcset.isEmpty else { return "" }
            return "<picture><source type=\"image/webp\" srcset=\"\(image.webpSrcset)\" sizes=\"\(sizes)\">"
        }
        out = LinkPlaceholders.replaceMarkers(in: out, prefix: "\u{1}img ", suffix: "\u{1}") { index in
            guard index < images.count else { return nil }
            guard let image = images[index] else { return "" }
            let srcset = image.srcset.isEmpty ? "" : "srcset=\"\(image.srcset)\" sizes=\"\(sizes)\" "
            return srcset + "width=\"\(image.width)\" height=\"\(image.height)\" "
        }
        return LinkPlaceholders.replaceMarkers(in: out, prefix: "<\u{1}/picture ", suffix: "\u{1}>") { index in
            guard index < images.count else { return nil }
            return images[index].map { $0.webpSrcset.isEmpty ? "" : "</picture>" } ?? ""
        }
    }
}
