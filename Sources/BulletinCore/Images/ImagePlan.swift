import BulletinImages
import Foundation

/// What is made from one photo: the widths, the files and their names, in the cache and in the
/// output. Copies are never wider than the photo; a photo no wider than the smallest width gets
/// none, and is published as it is unless its metadata must go.
struct ImagePlan {
    /// The copies offered in `srcset`, narrowest first (WebP and the photo's own format).
    private(set) var copies: [PublishedImage.Copy] = []
    /// What the engine makes, in order, with the name of each in the cache entry and the output.
    private(set) var variants: [ImageVariant] = []
    private(set) var cacheNames: [String] = []
    private(set) var outputs: [String] = []
    let shownWidth: Int
    let shownHeight: Int

    var isEmpty: Bool { variants.isEmpty }

    init(path: String, header: ImageHeader, settings: ImageSettings) {
        shownWidth = header.width
        shownHeight = header.height
        let format = header.format
        guard format.canEncode, header.pages == 1 else { return }
        let ext = (path as NSString).pathExtension.lowercased()
        let stem = (path as NSString).deletingPathExtension
        let width = header.width
        let widest = settings.widths.max() ?? width
        var targets: [Int] = []
        if width > (settings.widths.min() ?? width) {
            targets = settings.widths.filter { $0 < width }
            if width <= widest { targets.append(width) }
        }
        // The photo itself, without its metadata, at its own size and a high quality: a link
        // to it gives the photo as taken, minus where it was taken.
        if !settings.keepOriginals && (header.hasMetadata || !targets.isEmpty) {
            add(
                ImageVariant(width: width, format: format, quality: max(settings.quality(of: format), 90)), cache: "original." + ext,
                output: path)
        }
        for target in targets {
            if settings.webp && format != .webp {
                let output = stem + "-\(target)w.webp"
                add(ImageVariant(width: target, format: .webp, quality: settings.quality), cache: "\(target).webp", output: output)
                copies.append(.init(width: target, format: .webp, path: output))
            }
            if target == width {
                // At its own width, the copy in its own format is the published photo.
                copies.append(.init(width: target, format: format, path: path))
            } else {
                let output = stem + "-\(target)w." + ext
                add(
                    ImageVariant(width: target, format: format, quality: settings.quality(of: format)), cache: "\(target)." + ext,
                    output: output)
                copies.append(.init(width: target, format: format, path: output))
            }
        }
    }

    private mutating func add(_ variant: ImageVariant, cache: String, output: String) {
        variants.append(variant)
        cacheNames.append(cache)
        outputs.append(output)
    }

    /// The cache entry's name of a copy ("960.webp"), or of the photo itself.
    func cacheName(of copy: PublishedImage.Copy) -> String {
        outputs.firstIndex(of: copy.path).map { cacheNames[$0] } ?? ""
    }
}
