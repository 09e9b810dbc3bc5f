import CVips
import Foundation

/// The formats the engine tells apart, by the file's bytes.
public enum ImageFormat: String, Sendable, Equatable {
    case jpeg, png, webp, gif, svg, other

    /// From libvips's loader name ("VipsForeignLoadJpegFile" → jpeg).
    init(loader: String) {
        let name = loader.lowercased()
        if name.contains("jpeg") {
            self = .jpeg
        } else if name.contains("png") {
            self = .png
        } else if name.contains("webp") {
            self = .webp
        } else if name.contains("gif") {
            self = .gif
        } else if name.contains("svg") {
            self = .svg
        } else {
            self = .other
        }
    }

    /// The formats the engine writes.
    public var canEncode: Bool { self == .jpeg || self == .png || self == .webp }
}

/// What an image's header says, before any pixel is decoded.
public struct ImageHeader: Sendable, Equatable {
    public let format: ImageFormat
    /// As shown: width and height swapped when the EXIF orientation turns the photo a quarter.
    public let width: Int
    public let height: Int
    /// Frames (an animated GIF or WebP has more than one).
    public let pages: Int
    /// EXIF, XMP, IPTC or Photoshop data in the file.
    public let hasMetadata: Bool

    public var pixels: Int { width * height }
}

/// One file to make from a photo: its width and how it is encoded.
public struct ImageVariant: Sendable, Hashable {
    public let width: Int
    public let format: ImageFormat
    public let quality: Int

    public init(width: Int, format: ImageFormat, quality: Int) {
        self.width = width
        self.format = format
        self.quality = quality
    }
}

public struct ImageEngineError: Error, Sendable, Equatable {
    /// What libvips said, on one line.
    public let detail: String
}

/// Reads and resizes images with libvips; knows nothing of sites. Every function may be called
/// from any thread, on different files at once.
public enum ImageEngine {
    private static let started: Bool = bulletin_vips_start() == 0

    /// Reads the header alone: cheap, whatever the image's size (a decompression bomb is found
    /// here, before it is decoded). nil format: no loader knows the bytes.
    public static func header(of path: String) -> Result<ImageHeader, ImageEngineError> {
        guard started else { return .failure(lastError()) }
        guard let loader = bulletin_vips_loader(path) else { return .failure(ImageEngineError(detail: "")) }
        let format = ImageFormat(loader: String(cString: loader))
        guard let image = bulletin_vips_open(path) else { return .failure(lastError()) }
        defer { bulletin_vips_unref(image) }
        let swap = vips_image_get_orientation_swap(image) != 0
        let pages = max(1, Int(vips_image_get_n_pages(image)))
        let (w, h) = (Int(vips_image_get_width(image)), Int(vips_image_get_height(image)))
        return .success(
            ImageHeader(
                format: format, width: swap ? h : w, height: swap ? w : h, pages: pages,
                hasMetadata: bulletin_vips_has_metadata(image) != 0))
    }

    /// Decodes the photo once, upright, and encodes every variant from it without metadata, in
    /// the order given. Widths above the photo's are made at its own width.
    public static func encode(_ path: String, variants: [ImageVariant]) -> Result<[[UInt8]], ImageEngineError> {
        guard started else { return .failure(lastError()) }
        guard let widest = variants.map(\.width).max() else { return .success([]) }
        guard let upright = bulletin_vips_upright(path, Int32(clamping: widest)) else { return .failure(lastError()) }
        defer { bulletin_vips_unref(upright) }
        var made: [[UInt8]] = []
        var sized: [Int: UnsafeMutablePointer<VipsImage>] = [:]
        defer { for image in sized.values { bulletin_vips_unref(image) } }
        for variant in variants {
            let image: UnsafeMutablePointer<VipsImage>
            if let done = sized[variant.width] {
                image = done
            } else {
                let narrower =
                    variant.width >= Int(vips_image_get_width(upright)) ? upright : bulletin_vips_narrower(upright, Int32(variant.width))
                guard let narrower, let bare = bulletin_vips_bare(narrower) else { return .failure(lastError()) }
                if narrower != upright { bulletin_vips_unref(narrower) }
                sized[variant.width] = bare
                image = bare
            }
            guard let bytes = save(image, as: variant) else { return .failure(lastError()) }
            made.append(bytes)
        }
        return .success(made)
    }

    /// The pixel width and height of an encoded image (for checking what was made).
    public static func size(ofEncoded path: String) -> (width: Int, height: Int)? {
        guard case .success(let header) = header(of: path) else { return nil }
        return (header.width, header.height)
    }

    private static func save(_ image: UnsafeMutablePointer<VipsImage>, as variant: ImageVariant) -> [UInt8]? {
        var buffer: UnsafeMutableRawPointer? = nil
        var length = 0
        let status: Int32
        switch variant.format {
        case .jpeg: status = bulletin_vips_save_jpeg(image, Int32(variant.quality), &buffer, &length)
        case .webp: status = bulletin_vips_save_webp(image, Int32(variant.quality), &buffer, &length)
        case .png: status = bulletin_vips_save_png(image, &buffer, &length)
        default: return nil
        }
        guard status == 0, let buffer else { return nil }
        defer { variant.format == .webp ? bulletin_webp_free(buffer) : g_free(buffer) }
        return Array(UnsafeRawBufferPointer(start: buffer, count: length))
    }

    /// libvips's error buffer (shared by all threads; cleared as it is read), on one line.
    private static func lastError() -> ImageEngineError {
        guard let copy = vips_error_buffer_copy() else { return ImageEngineError(detail: "") }
        defer { g_free(copy) }
        let text = String(cString: copy).split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        return ImageEngineError(detail: text.filter { !$0.isEmpty }.joined(separator: "; "))
    }
}
