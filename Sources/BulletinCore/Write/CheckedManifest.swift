import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A generation's manifest checked against its folder: a file edited, replaced or removed by hand
/// since the build that wrote it (newer than the manifest, of another size, gone) is left out, so
/// that this build writes it again instead of linking or keeping it. Generations share files
/// (hard links), so a page edited in place in `public/` changes the previous generation's too:
/// both are checked. 16,000 `lstat` calls at 10,000 articles, on all cores.
struct CheckedManifest {
    let manifest: PublishedManifest
    /// Every listed file as written, and nothing at the top of the folder that no build wrote
    /// (an admin's .htaccess): only then may a build that changed nothing leave the folder as it is.
    let isExact: Bool

    static func check(_ folder: String) -> CheckedManifest? {
        guard let written = FileStamp.of(folder + "/" + PublishedManifest.fileName),
            var manifest = PublishedManifest.read(in: folder)
        else { return nil }
        let files = manifest.entries.compactMap { path, entry -> (String, Int64?)? in
            switch entry {
            case .page(_, _, let size): return (path, Int64(size))
            case .copy(let size, _, _, _): return (path, size)
            case .folder: return nil
            }
        }
        let lock = NSLock()
        var changed: [String] = []
        files.parallelForEach(chunkSize: 256) { path, size in
            var info = stat()
            if lstat(folder + "/" + path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int64(info.st_size) == size,
                Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec) <= written.modified
            {
                return
            }
            lock.lock()
            changed.append(path)
            lock.unlock()
        }
        for path in changed { manifest.entries[path] = nil }
        var exact = changed.isEmpty
        for entry in (try? POSIXFiles.list(folder)) ?? []
        where entry.name != PublishedManifest.fileName && manifest.entries[entry.name] == nil {
            exact = false
        }
        return CheckedManifest(manifest: manifest, isExact: exact)
    }
}
