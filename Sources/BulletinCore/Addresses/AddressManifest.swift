import Foundation

/// The addresses a build published, kept in the output as `bulletin-addresses.json`, so that the
/// next build can tell which address moved (a corrected title) and which went away (a deleted
/// article). Keyed by the source file, relative to the content folder; addresses are routes.
struct AddressManifest: Codable, Equatable {
    struct Entry: Codable, Equatable {
        /// Where the file's page is now.
        var address: String
        /// Addresses it had before, each still answered by a page that sends readers on.
        var moved: [String]?
    }

    var version = 1
    var addresses: [String: Entry] = [:]
    /// The names at the top of the output folder that the build wrote: anything else found
    /// there was put by someone else, and the next build says so before replacing it.
    var top: [String]?

    static let fileName = "bulletin-addresses.json"

    /// The manifest of the site published in `folder`; nil when there is none (a first build).
    /// Throws when one is there but unreadable, which the caller reports.
    static func read(publishedIn folder: String, io: FileIO) throws -> AddressManifest? {
        let path = folder + "/" + fileName
        guard io.realPath(path) != nil else { return nil }
        return try JSONDecoder().decode(AddressManifest.self, from: Data(try io.read(path)))
    }

    /// Sorted and indented: the file is small and is read by people comparing two builds.
    func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(self)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
