import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A generation's manifest checked against its folder: a file edited, replaced or removed by hand
/// since the build that wrote it (newer than the manifest, of another size, gone) is left out, so
/// that this build writes it again instead of linking or keeping it. Generations share files
/// (hard links), so a page edited in place in `public/` changes the previous generation's too:
/// both are checked. Files added by hand are found through their folder: adding or removing a
/// name changes a folder's time, so only folders newer than the manifest are listed. 26,000
/// `lstat` calls at 10,000 articles (files and folders), on all cores.
struct CheckedManifest {
    let manifest: PublishedManifest
    /// What the folder holds that no build wrote (relative paths, at any depth).
    let foreign: [String]
    /// Every listed file and folder as written, and nothing else: only then may a build that
    /// changed nothing leave the folder as it is.
    let isExact: Bool

    static func check(_ folder: String) -> CheckedManifest? {
        guard let written = FileStamp.of(folder + "/" + PublishedManifest.fileName),
            var manifest = PublishedManifest.read(in: folder)
        else { return nil }
        let entries = Array(manifest.entries)
        let lock = NSLock()
        var changed: [String] = []
        var foreign: [String] = []
        func isNewer(_ info: stat) -> Bool {
            Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec) > written.modified
        }
        /// Names in `relative` (a folder) that the manifest does not list.
        func unlisted(in relative: String?) -> [String] {
            let full = relative.map { folder + "/" + $0 } ?? folder
            return ((try? POSIXFiles.list(full)) ?? []).compactMap { entry in
                let path = relative.map { $0 + "/" + entry.name } ?? entry.name
                return path == PublishedManifest.fileName || manifest.entries[path] != nil ? nil : path
            }
        }
        entries.parallelForEach(chunkSize: 256) { path, entry in
            var info = stat()
            let found = lstat(folder + "/" + path, &info) == 0
            var isChanged = false
            var added: [String] = []
            switch entry {
            case .page(_, _, let size):
                isChanged = !found || (info.st_mode & S_IFMT) != S_IFREG || Int(info.st_size) != size || isNewer(info)
            case .copy(let size, _, _, _):
                isChanged = !found || (info.st_mode & S_IFMT) != S_IFREG || Int64(info.st_size) != size || isNewer(info)
            case .folder:
                isChanged = !found || (info.st_mode & S_IFMT) != S_IFDIR
                if !isChanged && isNewer(info) { added = unlisted(in: path) }
            }
            guard isChanged || !added.isEmpty else { return }
            lock.lock()
            if isChanged { changed.append(path) }
            foreign += added
            lock.unlock()
        }
        for path in changed { manifest.entries[path] = nil }
        foreign += unlisted(in: nil)
        return CheckedManifest(manifest: manifest, foreign: foreign, isExact: changed.isEmpty && foreign.isEmpty)
    }
}
