import Foundation

/// The addresses a build published, kept in the output as `bulletin-addresses.txt`, so that the
/// next build can tell which address moved (a corrected title) and which went away (a deleted
/// article). Keyed by the source file, relative to the content folder; addresses are routes.
///
/// Plain lines of tab-separated fields, not JSON: at 10,000 articles Foundation's JSON encoder
/// took 0.1 s of a 2 s build, and its decoder as long again in the next one; these lines are
/// written and read in a few milliseconds, and are as easy to compare between two builds.
struct AddressManifest: Equatable {
    struct Entry: Equatable {
        /// Where the file's page is now.
        var address: String
        /// Addresses it had before, each still answered by a page that sends readers on.
        var moved: [String] = []
    }

    var addresses: [String: Entry] = [:]
    /// The names at the top of the output folder that the build wrote: anything else found
    /// there was put by someone else, and the next build says so before replacing it.
    var top: [String]?

    static let fileName = "bulletin-addresses.txt"
    private static let heading = "# Bulletin: the addresses this build published. Source file, address, earlier addresses."
    private static let topMark = "#top"

    /// The manifest of the site published in `folder`; nil when there is none (a first build).
    /// Throws when one is there but unreadable, which the caller reports.
    static func read(publishedIn folder: String, io: FileIO) throws -> AddressManifest? {
        let path = folder + "/" + fileName
        guard io.realPath(path) != nil else { return nil }
        guard let manifest = parse(String(decoding: try io.read(path), as: UTF8.self)) else {
            throw FileError(path: path, problem: Message(.addressManifestUnreadable, ["file": .text(path)]))
        }
        return manifest
    }

    /// Nil when the text is not such a manifest (its first line says what it is). Split on the
    /// bytes: splitting the String itself, by Characters, took 60 ms at 10,000 lines.
    static func parse(_ text: String) -> AddressManifest? {
        let bytes = Array(text.utf8)
        let lines = bytes.split(separator: UInt8(ascii: "\n"))
        guard let first = lines.first, String(decoding: first, as: UTF8.self) == heading else { return nil }
        var manifest = AddressManifest()
        manifest.addresses.reserveCapacity(lines.count)
        for line in lines.dropFirst() {
            let fields = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false).map {
                String(decoding: $0, as: UTF8.self)
            }
            if fields[0] == topMark {
                manifest.top = Array(fields.dropFirst())
            } else if fields.count >= 2 {
                manifest.addresses[fields[0]] = Entry(address: fields[1], moved: Array(fields.dropFirst(2)))
            } else {
                return nil
            }
        }
        return manifest
    }

    /// Sorted by source file. A name with a tab or a line break cannot be a field: such a file
    /// (which no editor makes) is left out, and its address is simply not followed.
    func text() -> String {
        var out: [UInt8] = []
        out.reserveCapacity(128 * (addresses.count + 1))
        func line(_ fields: [String]) {
            for (index, field) in fields.enumerated() {
                if index > 0 { out.append(UInt8(ascii: "\t")) }
                out.append(contentsOf: field.utf8)
            }
            out.append(UInt8(ascii: "\n"))
        }
        line([Self.heading])
        if let top { line([Self.topMark] + top.filter(Self.isField)) }
        for file in addresses.keys.sorted() where Self.isField(file) {
            let entry = addresses[file]!
            line([file, entry.address] + entry.moved)
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func isField(_ text: String) -> Bool {
        !text.utf8.contains(where: { $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") })
    }
}
