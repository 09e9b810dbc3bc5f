import Foundation
import Testing

@testable import BulletinCore

/// Photos as editors publish them: straight from a camera or phone, with GPS in them.
@Suite("Photos: copies, metadata, cache and bad files")
struct ImageTests {
    /// The basic fixture with the repository's theme and one article whose cover and body are
    /// camera photos (the body's through a figure).
    func photoSite(orientation: Int? = nil) throws -> TestSite {
        let site = try TestSite()
        try FileManager.default.removeItem(atPath: site.templates)
        try FileManager.default.copyItem(atPath: TestSite.repository.appendingPathComponent("templates").path, toPath: site.templates)
        try FileManager.default.createDirectory(atPath: site.content + "/media/anh", withIntermediateDirectories: true)
        try TestPhotos.camera(at: site.content + "/media/anh/le-ky-ket.jpg", width: 2000, height: 1500, orientation: orientation)
        try site.write(
            "articles/2023/02/le-ky-ket.md",
            """
            ---
            title: "Lễ ký kết giao ước thi đua"
            date: 2023-02-10
            category: Cải cách hành chính
            image: /media/anh/le-ky-ket.jpg
            image_alt: "Đại diện các đơn vị ký giao ước"
            ---

            Sáng 10/02, các đơn vị ký kết giao ước thi đua năm 2023.

            ![Toàn cảnh buổi lễ](/media/anh/le-ky-ket.jpg)

            """)
        return site
    }

    static let article = "tin-tuc/le-ky-ket-giao-uoc-thi-dua/index.html"

    @Test("published photos carry no GPS, serial or camera tags, and stand upright")
    func metadataGone() throws {
        let site = try photoSite(orientation: 6)
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.succeeded, "\(report.errorLines)")
        let folder = site.output + "/media/anh"
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(
            files
                == [
                    "le-ky-ket-480w.jpg", "le-ky-ket-480w.webp", "le-ky-ket-960w.jpg", "le-ky-ket-960w.webp", "le-ky-ket-1500w.webp",
                    "le-ky-ket.jpg",
                ].sorted())
        for file in files {
            let tags = try TestPhotos.tags(of: folder + "/" + file)
            let leaked = tags.keys.filter { $0.hasPrefix("EXIF:") || $0.hasPrefix("XMP") || $0.hasPrefix("IPTC") || $0.contains("GPS") }
            #expect(leaked.isEmpty, "\(file): \(leaked)")
            // Turned a quarter by the camera's tag: published 1500 wide and 2000 high, no tag left.
            let size = try #require(ImageSizes.of(folder + "/" + file))
            #expect(size.width < size.height, "\(file) is upright")
        }
        // The photo itself is turned without decoding it again: an edge that is not a whole block
        // of 8 or 16 pixels is trimmed (see the shim's bulletin_jpeg_bare).
        let turned = try #require(ImageSizes.of(folder + "/le-ky-ket.jpg"))
        #expect((1485...1500).contains(turned.width) && turned.height == 2000, "\(turned)")
        #expect(ImageSizes.of(folder + "/le-ky-ket-480w.webp")! == (480, 640))
    }

    @Test("pages offer the copies in srcset, WebP first, with the photo's width and height")
    func srcsetInPages() throws {
        let site = try photoSite()
        defer { site.cleanUp() }
        #expect(site.build().succeeded)
        let html = try site.page(Self.article)
        let webp =
            "/bantin/media/anh/le-ky-ket-480w.webp 480w, /bantin/media/anh/le-ky-ket-960w.webp 960w, /bantin/media/anh/le-ky-ket-1600w.webp 1600w"
        let jpeg =
            "/bantin/media/anh/le-ky-ket-480w.jpg 480w, /bantin/media/anh/le-ky-ket-960w.jpg 960w, /bantin/media/anh/le-ky-ket-1600w.jpg 1600w"
        // The cover (the theme's <picture>) and the body's image (the Markdown stage's markers).
        #expect(html.components(separatedBy: "<source type=\"image/webp\" srcset=\"\(webp)\"").count == 3)
        #expect(html.components(separatedBy: "srcset=\"\(jpeg)\"").count == 3)
        #expect(html.contains("width=\"2000\" height=\"1500\""))
        #expect(
            html.contains(
                "<picture><source type=\"image/webp\" srcset=\"\(webp)\" sizes=\"(max-width: 52rem) 100vw, 52rem\"><img loading=\"lazy\" srcset=\"\(jpeg)\" sizes=\"(max-width: 52rem) 100vw, 52rem\" width=\"2000\" height=\"1500\" src=\"/bantin/media/anh/le-ky-ket.jpg\" alt=\"Toàn cảnh buổi lễ\" /></picture>"
            ))
        #expect(!html.utf8.contains(1), "no marker is left")
        // Sharing shows the widest copy, not the photo a social network would fetch whole.
        #expect(html.contains("<meta property=\"og:image\" content=\"https://example.gov.vn/bantin/media/anh/le-ky-ket-1600w.jpg\">"))
        let list = try site.page("chuyen-muc/cai-cach-hanh-chinh/index.html")
        #expect(list.contains("<img class=\"card-image\" src=\"/bantin/media/anh/le-ky-ket.jpg\" srcset=\"\(jpeg)\""))
    }

    @Test("the second build takes every copy from the cache and writes the same files")
    func cacheReused() throws {
        let site = try photoSite()
        defer { site.cleanUp() }
        let first = site.build()
        #expect(first.succeeded)
        #expect(first.images.made == 1 && first.images.reused == 0)
        let before = site.snapshot()
        let cache = site.root.appendingPathComponent(".bulletin-cache").path
        let entries = try FileManager.default.subpathsOfDirectory(atPath: cache).filter { $0.hasSuffix(".webp") }
        #expect(entries.count == 3, "\(entries)")
        try FileManager.default.removeItem(atPath: site.output)
        let second = site.build()
        #expect(second.images.made == 0 && second.images.reused == 1)
        let after = site.snapshot()
        #expect(after.keys.sorted() == before.keys.sorted())
        // The manifest records when the copies' sources were stamped, not what they hold.
        #expect(before.keys.filter { after[$0] != before[$0] && $0 != PublishedManifest.fileName }.isEmpty)
    }

    @Test("a cache that cannot be written is a warning; the copies are still published, without metadata")
    func cacheUnwritable() throws {
        let site = try photoSite()
        defer { site.cleanUp() }
        // A file where the cache folder should be: nothing can be created under it.
        let blocked = site.root.appendingPathComponent("khong-ghi-duoc").path
        try Data("x".utf8).write(to: URL(fileURLWithPath: blocked))
        let config = try String(contentsOfFile: site.content + "/site.yaml", encoding: .utf8)
        try site.write("site.yaml", config + "images:\n  cache: \(blocked)/cache\n")
        let report = site.build()
        #expect(report.succeeded, "\(report.errorLines)")
        #expect(
            report.warningLines.contains { $0.contains("the image cache \(blocked)/cache cannot be written") }, "\(report.warningLines)")
        #expect(site.exists("media/anh/le-ky-ket-480w.webp"))
        let tags = try TestPhotos.tags(of: site.output + "/media/anh/le-ky-ket.jpg")
        #expect(!tags.keys.contains { $0.contains("GPS") })
    }

    @Test("a small image without metadata is published as it is, with its size")
    func smallPassesThrough() throws {
        let site = try photoSite()
        defer { site.cleanUp() }
        try TestPhotos.smallPNG(at: site.content + "/media/anh/logo.png", width: 300, height: 120)
        try site.write(
            "articles/2023/02/logo.md", "---\ntitle: Biểu trưng\ndate: 2023-02-11\n---\n\n![Biểu trưng của Sở](/media/anh/logo.png)\n")
        let report = site.build()
        #expect(report.succeeded, "\(report.errorLines)")
        #expect(
            FileManager.default.contents(atPath: site.output + "/media/anh/logo.png")
                == FileManager.default.contents(atPath: site.content + "/media/anh/logo.png"))
        #expect(!site.exists("media/anh/logo-480w.png"))
        let html = try site.page("tin-tuc/bieu-trung/index.html")
        #expect(html.contains("<img loading=\"lazy\" width=\"300\" height=\"120\" src=\"/bantin/media/anh/logo.png\""))
        #expect(!html.contains("<picture>"))
    }

    @Test("a damaged, misnamed, unreadable or enormous image stops the build at the line that uses it")
    func badImages() throws {
        let site = try photoSite()
        defer { site.cleanUp() }
        #expect(site.build().succeeded)
        let published = site.snapshot()
        let photo = try #require(FileManager.default.contents(atPath: site.content + "/media/anh/le-ky-ket.jpg"))
        try site.writeBytes("media/anh/cat-ngang.jpg", Array(photo.prefix(photo.count / 2)))
        try TestPhotos.smallPNG(at: site.content + "/media/anh/ten-sai.jpg", width: 40, height: 30)
        try site.write("media/anh/khong-phai-anh.jpg", "Đây là văn bản, không phải ảnh.\n")
        try site.writeBytes("media/anh/qua-lon.png", TestPhotos.bombPNG(width: 50_000, height: 50_000))
        try site.write(
            "articles/2023/02/anh-loi.md",
            """
            ---
            title: Ảnh lỗi
            date: 2023-02-12
            image: /media/anh/qua-lon.png
            image_alt: Ảnh quá lớn
            ---

            ![Cắt ngang](/media/anh/cat-ngang.jpg)

            ![Tên sai](/media/anh/ten-sai.jpg)

            ![Không phải ảnh](/media/anh/khong-phai-anh.jpg)

            """)
        let started = Date()
        let report = site.build()
        #expect(Date().timeIntervalSince(started) < 30, "the bomb is refused from its header, not decoded")
        #expect(!report.succeeded)
        let file = site.content + "/articles/2023/02/anh-loi.md"
        let lines = report.errorLines
        #expect(lines.contains { $0.hasPrefix(file + ":8:1: error:") && $0.contains("cat-ngang.jpg is damaged or cut short") }, "\(lines)")
        #expect(
            lines.contains {
                $0.hasPrefix(file + ":10:1: error:")
                    && $0.contains("ten-sai.jpg is named .jpg but holds a PNG image; rename it to end in .png")
            }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix(file + ":12:1: error:") && $0.contains("khong-phai-anh.jpg is not an image") }, "\(lines)")
        #expect(
            lines.contains {
                $0.hasPrefix(file + ":4:") && $0.contains("qua-lon.png is 50") && $0.contains("megapixels), more than the 100 megapixels")
            }, "\(lines)")
        #expect(site.snapshot() == published, "nothing was written")
    }
}

/// Pixel sizes of published files, read by libvips.
enum ImageSizes {
    static func of(_ path: String) -> (width: Int, height: Int)? {
        guard let text = try? TestPhotos.run("vipsheader", ["-f", "width", path]),
            let height = try? TestPhotos.run("vipsheader", ["-f", "height", path]),
            let w = Int(text.trimmingCharacters(in: .whitespacesAndNewlines)),
            let h = Int(height.trimmingCharacters(in: .whitespacesAndNewlines))
        else { return nil }
        return (w, h)
    }
}
