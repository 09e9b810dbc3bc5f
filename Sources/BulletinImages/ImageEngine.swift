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
    /// EXIF orientation, 1 (upright) to 8.
    public let orientation: Int
    /// An embedded colour profile (its colours are converted to sRGB when the file is made again).
    public let hasProfile: Bool

    public var pixels: Int { width * height }
}

/// One file to make from a photo: its width and how it is encoded.
public struct ImageVariant: Sendable, Hashable {
    public let width: Int
    public let format: ImageFormat
    public let quality: Int
    /// JPEG only: progressive with optimised tables (see the shim's `bulletin_vips_save_jpeg`).
    public let progressive: Bool

    public init(width: Int, format: ImageFormat, quality: Int, progressive: Bool = true) {
        self.width = width
        self.format = format
        self.quality = quality
        self.progressive = progressive
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
                hasMetadata: bulletin_vips_has_metadata(image) != 0, orientation: Int(vips_image_get_orientation(image)),
                hasProfile: bulletin_vips_has_profile(image) != 0))
    }

    /// Encodes every variant without metadata, upright, in the order given. Widths at or above
    /// the photo's are made at its own size, from the file read once as it is written; the others
    /// from one decode shrunk while loading (a JPEG decodes at half or quarter size for nothing),
    /// each width resized from the next wider one: less to read at every step.
    public static func encode(_ path: String, variants: [ImageVariant]) -> Result<[[UInt8]], ImageEngineError> {
        guard started else { return .failure(lastError()) }
        // libvips keeps buffers per thread until told the thread is done with it; these are the
        // caller's threads, which live on (50 MB held after three photos in `serve`).
        defer { vips_thread_shutdown() }
        guard case .success(let header) = header(of: path) else { return .failure(lastError()) }
        var sized: [Int: UnsafeMutablePointer<VipsImage>] = [:]
        defer { for image in sized.values { bulletin_vips_unref(image) } }
        let smaller = Set(variants.map(\.width).filter { $0 < header.width }).sorted(by: >)
        if let widest = smaller.first {
            guard let upright = bulletin_vips_upright(path, Int32(clamping: widest)) else { return .failure(lastError()) }
            var source = upright
            for width in smaller {
                if width < Int(vips_image_get_width(source)) {
                    guard let narrower = bulletin_vips_narrower(source, Int32(width)), let copied = vips_image_copy_memory(narrower)
                    else {
                        bulletin_vips_unref(source)
                        return .failure(lastError())
                    }
                    bulletin_vips_unref(narrower)
                    bulletin_vips_unref(source)
                    source = copied
                }
                guard let bare = bulletin_vips_bare(source) else {
                    bulletin_vips_unref(source)
                    return .failure(lastError())
                }
                sized[width] = bare
            }
            bulletin_vips_unref(source)
        }
        var made: [[UInt8]] = []
        for variant in variants {
            if variant.width >= header.width && variant.format == .jpeg && header.format == .jpeg && !header.hasProfile {
                // The photo itself, its metadata removed without decoding it again.
                guard let bytes = losslessBare(path, orientation: header.orientation) else { return .failure(lastError()) }
                made.append(bytes)
                continue
            }
            if variant.width >= header.width {
                // Streamed: each full-size file reads the photo again, which costs less than
                // holding it decoded (48 MB for 12 megapixels) beside the others.
                guard let full = bulletin_vips_full_size(path) else { return .failure(lastError()) }
                defer { bulletin_vips_unref(full) }
                guard let bare = bulletin_vips_bare(full) else { return .failure(lastError()) }
                defer { bulletin_vips_unref(bare) }
                guard let bytes = save(bare, as: variant) else { return .failure(lastError()) }
                made.append(bytes)
                continue
            }
            guard let image = sized[variant.width], let bytes = save(image, as: variant) else { return .failure(lastError()) }
            made.append(bytes)
        }
        return .success(made)
    }

    /// A JPEG file without its markers, upright (see the shim's `bulletin_jpeg_bare`).
    private static func losslessBare(_ path: String, orientation: Int) -> [UInt8]? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        var out: UnsafeMutablePointer<UInt8>? = nil
        var size: UInt = 0
        let status = data.withUnsafeBytes { bytes in
            bulletin_jpeg_bare(
                bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), UInt(bytes.count), Int32(orientation), &out, &size)
        }
        guard status == 0, let out else { return nil }
        defer { bulletin_jpeg_free(out) }
        return Array(UnsafeBufferPointer(start: out, count: Int(size)))
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
        case .jpeg: status = bulletin_vips_save_jpeg(image, Int32(variant.quality), variant.progressive ? 1 : 0, &buffer, &length)
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
