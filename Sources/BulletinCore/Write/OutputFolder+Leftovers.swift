import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Cleaning up after killed builds, and the folder tools the build and its tests share.
extension OutputFolder {
    /// Cleans up after builds that were killed writing to `target` (see `removeLeftovers`).
    public static func recoverInterrupted(target rawTarget: String) {
        let cleaned = lexicallyNormalised(absolute(rawTarget))
        guard cleaned != "/", let parent = POSIXFiles.realPath((cleaned as NSString).deletingLastPathComponent) else { return }
        removeLeftovers(in: parent, name: (cleaned as NSString).lastPathComponent)
    }

    /// Deletes `.NAME.building-PID-*` and `.NAME.old-PID-*` folders left by builds that were
    /// killed (their process is gone), or keeps one as the previous generation when it is whole.
    /// A build still running keeps its folder.
    ///
    /// Where the site was swapped with two renames (no RENAME_EXCHANGE), a build killed between
    /// them leaves no NAME but the previous site as `.NAME.old-…`: that one is put back first.
    static func removeLeftovers(in parent: String, name: String) {
        guard let entries = try? POSIXFiles.list(parent) else { return }
        var leftovers: [(name: String, isOld: Bool)] = []
        for entry in entries where entry.kind == .directory {
            for kind in [".\(name).building-", ".\(name).old-"] where entry.name.hasPrefix(kind) {
                let rest = entry.name.dropFirst(kind.count)
                guard let pid = Int32(rest.prefix { $0.isNumber }), !isRunning(pid) else { continue }
                leftovers.append((entry.name, kind.hasSuffix(".old-")))
            }
        }
        var info = stat()
        if lstat(parent + "/" + name, &info) != 0, let previous = newest(leftovers.filter(\.isOld).map(\.name), in: parent),
            rename(parent + "/" + previous, parent + "/" + name) == 0
        {
            leftovers.removeAll { $0.name == previous }
        }
        // A killed build's folder with a manifest is a whole site (killed after its last write
        // or between the switch and the rename after it): it can serve as the previous generation.
        let previousPath = previousPath(parent: parent, name: name)
        for leftover in leftovers {
            let path = parent + "/" + leftover.name
            if !POSIXFiles.exists(previousPath), PublishedManifest.isPresent(in: path), rename(path, previousPath) == 0 {
                continue
            }
            removeTree(path)
        }
    }

    /// Whether another build with this process id is still running (EPERM: it is, as another user).
    private static func isRunning(_ pid: Int32) -> Bool {
        pid != getpid() && (kill(pid, 0) == 0 || errno == EPERM)
    }

    /// The most recently changed of `names` (folders in `parent`).
    private static func newest(_ names: [String], in parent: String) -> String? {
        names.max { a, b in
            (FileStamp.of(parent + "/" + a)?.modified ?? 0) < (FileStamp.of(parent + "/" + b)?.modified ?? 0)
        }
    }

    /// Relative paths whose presence or bytes differ between two folders.
    public static func differences(_ a: String, _ b: String) -> [String] {
        func files(_ root: String) -> [String: [UInt8]] {
            let tree = ContentTree(root: root, displayRoot: root, io: .posix)
            var found: [String: [UInt8]] = [:]
            // ContentTree skips hidden names; the marker is compared on its own.
            for path in tree.files(under: ".", diagnostics: Diagnostics()) + ["./" + OutputFolder.marker] {
                found[path] = try? POSIXFiles.read(root + "/" + path)
            }
            return found
        }
        let left = files(a), right = files(b)
        return Set(left.keys).union(right.keys).filter { left[$0] != right[$0] }.sorted()
    }

    /// `rm -rf` without following symbolic links.
    public static func removeTree(_ path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            for entry in (try? POSIXFiles.list(path)) ?? [] {
                removeTree(path + "/" + entry.name)
            }
            rmdir(path)
        } else {
            unlink(path)
        }
    }

    static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }

    static func lexicallyNormalised(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == "." { continue }
            if part == ".." {
                if !parts.isEmpty { parts.removeLast() }
                continue
            }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }
}
