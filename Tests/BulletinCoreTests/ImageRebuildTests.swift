import Foundation
import Testing

@testable import BulletinCore

/// Photos in `serve`: a new or replaced photo is processed at the next rebuild and its pages
/// follow it; a rebuild in which no photo changed makes none.
@Suite("Photos in incremental rebuilds")
struct ImageRebuildTests {
    @Test("a photo added, replaced by one of another shape, then left alone", arguments: [false, true])
    func photoEdits(hinted: Bool) throws {
        var h = try IncrementalTests.Harness(articles: 12, hinted: hinted)
        defer { h.site.cleanUp() }
        #expect(h.rebuild("first build").report.succeeded)

        let photo = h.site.content + "/media/anh/moi.jpg"
        try FileManager.default.createDirectory(atPath: h.site.content + "/media/anh", withIntermediateDirectories: true)
        try TestPhotos.camera(at: photo, width: 1200, height: 900)
        let cover = h.site.articlePath(2)
        try h.site.write(cover, setKey(try h.site.read(cover), "image", "/media/anh/moi.jpg"))
        var changed: Set<String>? = hinted ? [photo, h.site.content + "/" + cover] : nil
        let added = h.rebuild("a photo added as a cover", changed: changed)
        #expect(added.report.images.made + added.report.images.reused == 1)
        #expect(FileManager.default.fileExists(atPath: h.output + "/media/anh/moi-480w.webp"))

        // Same name, other bytes and shape: the copies and the pages' sizes follow.
        try TestPhotos.camera(at: photo, width: 900, height: 1200)
        changed = hinted ? [photo] : nil
        let replaced = h.rebuild("the photo replaced by a portrait one", changed: changed)
        #expect(replaced.report.succeeded)
        let pages = try FileManager.default.contentsOfDirectory(atPath: h.output + "/tin-tuc").compactMap {
            try? String(contentsOfFile: h.output + "/tin-tuc/" + $0 + "/index.html", encoding: .utf8)
        }
        let page = try #require(
            pages.first {
                $0.contains("<figure class=\"article-cover\"><picture><source type=\"image/webp\" srcset=\"/bantin/media/anh/moi-480w.webp")
            })
        #expect(page.contains("width=\"900\" height=\"1200\""))

        let body = h.site.articlePath(5)
        try h.site.write(body, try h.site.read(body) + "\nMột câu thêm.\n")
        changed = hinted ? [h.site.content + "/" + body] : nil
        let unrelated = h.rebuild("an unrelated edit", changed: changed)
        #expect(unrelated.report.images.made == 0)
    }
}
