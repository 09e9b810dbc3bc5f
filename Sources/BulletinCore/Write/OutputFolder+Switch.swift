import CBulletinSystem
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The end of a build's writing: the new site switched in with the live one, or, when it stops,
/// the claimed generation kept for the next build.
extension OutputFolder {
    /// Puts the new site in place of the live one in a single step; the live one becomes the
    /// previous generation.
    public func commit() throws {
        let manifest = recorder.manifest()
        let previousPath = OutputFolder.previousPath(parent: parent, name: name)
        var info = stat()
        let hasLive = lstat(target, &info) == 0
        if hasLive, let live { changes = OutputChanges(from: live, to: manifest) }
        if hasLive, liveIsExact, let live, live == manifest {
            // The same site: the live one stays as it is (its files, their times), and this
            // folder, with what it holds now, waits for the next build.
            if (try? recorder.state(after: previous).write(in: staging)) == nil || rename(staging, previousPath) != 0 {
                OutputFolder.removeTree(staging)
            }
            return
        }
        try linkFromLive()
        removeGone(since: previous, now: manifest)
        try manifest.write(in: staging)
        OutputFolder.pauseForKillTrials()
        if !hasLive {
            guard rename(staging, target) == 0 else { throw FileError(path: target, errno: errno) }
            return
        }
        if bulletin_exchange_paths(staging, target) == 0 {
            // `staging` now holds the site that was live.
            OutputFolder.pauseForKillTrials()
            keepAsPrevious(staging)
            return
        }
        // File systems without RENAME_EXCHANGE: two renames, with a moment without a site.
        let old = "\(parent)/.\(name).old-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        guard rename(target, old) == 0 else { throw FileError(path: target, errno: errno) }
        guard rename(staging, target) == 0 else {
            let code = errno
            _ = rename(old, target)
            throw FileError(path: target, errno: code)
        }
        keepAsPrevious(old)
    }

    /// The files this site has as the live one has them: where this folder has its own older
    /// file, written over with the live one's bytes (see `create`); elsewhere a hard link to the
    /// live one's (a copy where the file system has no hard links).
    func linkFromLive() throws {
        let failure = FirstFailure()
        recorder.takeFromLive().parallelForEach(chunkSize: 64) { path, entry in
            let from = target + "/" + path
            do {
                if previous.entries[path] == nil || previous.entries[path] == .folder {
                    removeOld(path)
                    if link(from, staging + "/" + path) == 0 { return recorder.record(path, entry) }
                }
                let fd = try create(path)
                defer { close(fd) }
                try POSIXFiles.copy(from: from, into: fd, path: path)
                try endFile(fd, path)
                recorder.record(path, entry)
            } catch {
                failure.record(error)
            }
        }
        if let error = failure.error { throw error }
    }

    /// `Tests/reliability/kill-trials.sh` sets BULLETIN_KILL_TRIAL_PAUSE (milliseconds) so that its
    /// SIGKILLs can land between the steps of the switch, which otherwise take microseconds.
    static let killTrialPause = ProcessInfo.processInfo.environment["BULLETIN_KILL_TRIAL_PAUSE"].flatMap { UInt32($0) } ?? 0

    static func pauseForKillTrials() {
        if killTrialPause > 0 { usleep(killTrialPause * 1000) }
    }

    /// Keeps the site that was live as the next build's previous generation, when it has a
    /// manifest to trust (sites written before manifests existed have none), else removes it.
    func keepAsPrevious(_ folder: String) {
        let previousPath = OutputFolder.previousPath(parent: parent, name: name)
        if !PublishedManifest.isPresent(in: folder) || rename(folder, previousPath) != 0 {
            OutputFolder.removeTree(folder)
        }
    }

    /// Removes what the previous generation had and this one has not: files, then folders
    /// deepest first.
    func removeGone(since previous: PublishedManifest, now: PublishedManifest) {
        var folders: [String] = []
        for (path, entry) in previous.entries where now.entries[path] == nil {
            recorder.touch(path)
            if entry == .folder { folders.append(path) } else { unlink(staging + "/" + path) }
        }
        let deepestFirst = folders.map { ($0, $0.utf8.count { $0 == UInt8(ascii: "/") }) }.sorted { $0.1 > $1.1 }
        for (folder, _) in deepestFirst where rmdir(staging + "/" + folder) != 0 {
            OutputFolder.removeTree(staging + "/" + folder)
        }
    }

    /// Stops without touching the live site. A claimed generation stays for the next build, its
    /// manifest saying what it holds now; an empty start is removed.
    public func abandon() {
        if !previous.entries.isEmpty,
            (try? recorder.state(after: previous).write(in: staging)) != nil,
            rename(staging, OutputFolder.previousPath(parent: parent, name: name)) == 0
        {
            return
        }
        OutputFolder.removeTree(staging)
    }
}
