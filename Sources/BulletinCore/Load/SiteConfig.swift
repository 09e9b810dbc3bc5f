import Foundation
import Yams

/// The agency that publishes the portal, shown in every page's footer (Decree 42/2022 asks for it).
public struct Agency: Sendable, Equatable {
    public var name: String?
    public var parent: String?
    public var address: String?
    public var phone: String?
    public var fax: String?
    public var email: String?
    public var website: String?
    public var responsible: String?
    public var licence: String?

    public init() {}

    static let keys = ["name", "parent", "address", "phone", "fax", "email", "website", "responsible", "licence"]

    /// The website as a link: an http(s) address as written, anything else ("sonoivu.sonla.gov.vn",
    /// or "javascript://…", which would run in the browser) under https://. nil when not given.
    public var websiteURL: String? {
        guard let website, !website.isEmpty else { return nil }
        return Reference.isWebAddress(website) ? website : "https://" + website
    }
}

public struct MenuItem: Sendable, Equatable {
    public var label: String
    /// As written: a site path ("/gioi-thieu/") or an absolute URL.
    public var url: String
    public var location: SourceLocation
}

/// `content/site.yaml`.
public struct SiteConfig: Sendable {
    public var title: String
    /// Always ends with '/': "https://host/bantin/".
    public var baseURL: String
    /// "https://host"
    public var origin: String
    /// The path part, always starting and ending with '/': "/bantin/" or "/".
    public var basePath: String
    public var language: String
    public var pageSize: Int
    public var timeZone: TimeZone
    public var unsafeHTML: Bool
    public var description: String?
    public var defaultAuthor: String?
    public var agency: Agency
    /// Menus by name ("main", "quick_links"), in file order.
    /// `categories:`: categories the site means to have. A new one close to another is then
    /// not taken for a misspelling of it.
    public var declaredCategories: [String] = []
    public var menus: [String: [MenuItem]]
    /// `images:`: the resized copies of photos.
    public var images = ImageSettings()
    public var file: String

    static let knownKeys = [
        "title", "base_url", "language", "page_size", "timezone", "unsafe_html", "description",
        "default_author", "agency", "menus", "categories", "images",
    ]

    /// The configuration for `--base-url` style overrides and tests.
    public init(title: String, baseURL: String, file: String = "site.yaml") {
        self.title = title
        let parsed = SiteConfig.splitBaseURL(baseURL) ?? ("https://example.invalid", "/")
        self.origin = parsed.origin
        self.basePath = parsed.path
        self.baseURL = parsed.origin + parsed.path
        self.language = "vi"
        self.pageSize = 20
        // Without the time-zone database, the same offset (Việt Nam has no summer time).
        self.timeZone = TimeZone(identifier: "Asia/Ho_Chi_Minh") ?? TimeZone(secondsFromGMT: 7 * 3600)!
        self.unsafeHTML = false
        self.agency = Agency()
        self.menus = [:]
        self.file = file
    }

    public mutating func setBaseURL(_ url: String) -> Bool {
        guard let parsed = SiteConfig.splitBaseURL(url) else { return false }
        origin = parsed.origin
        basePath = parsed.path
        baseURL = parsed.origin + parsed.path
        return true
    }

    /// Splits "https://host/bantin" into ("https://host", "/bantin/"); nil unless http(s) with a host.
    static func splitBaseURL(_ raw: String) -> (origin: String, path: String)? {
        let text = raw.trimmingCharacters(in: .whitespaces)
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = url.host, !host.isEmpty, url.query == nil, url.fragment == nil
        else { return nil }
        let port = url.port.map { ":\($0)" } ?? ""
        var path = url.path
        if path.isEmpty || !path.hasPrefix("/") { path = "/" + path }
        if !path.hasSuffix("/") { path += "/" }
        // Only plain path characters: the base path is pasted into every attribute and feed.
        guard path.utf8.allSatisfy(Escape.isPlainPathByte), !path.contains("/../"), !path.contains("/./") else { return nil }
        return ("\(scheme)://\(host.lowercased())\(port)", path)
    }

    /// Reads site.yaml; problems go to `diagnostics`. Returns nil when the site cannot be built.
    public static func load(text: String, file: String, diagnostics: Diagnostics) -> SiteConfig? {
        let mapping: Node.Mapping?
        switch YAMLText.parseMapping(text, file: file, firstLine: 1) {
        case .success(let m): mapping = m
        case .failure(let problem):
            diagnostics.add(problem)
            return nil
        }
        var fields = FieldReader(mapping: mapping, file: file, firstLine: 1)
        fields.rejectUnknownKeys(knownKeys, in: "site.yaml")
        let title = fields.requiredString("title", example: "title: \"Sở Nội vụ tỉnh Sơn La\"")
        let base = fields.requiredString("base_url", example: "base_url: \"https://sonoivu.sonla.gov.vn/\"")
        var config = SiteConfig(title: title ?? "", baseURL: "https://example.invalid/", file: file)
        if let base, !config.setBaseURL(base) {
            fields.error(.baseURLInvalid, ["found": .text(base)], at: "base_url")
        }
        if let language = fields.string("language") { config.language = language }
        if let size = fields.int("page_size", range: 1...1000) { config.pageSize = size }
        if let zoneName = fields.string("timezone") {
            if let zone = TimeZone(identifier: zoneName) {
                config.timeZone = zone
            } else {
                fields.error(.timeZoneUnknown, ["found": .text(zoneName)], at: "timezone")
            }
        }
        if let unsafe = fields.bool("unsafe_html") { config.unsafeHTML = unsafe }
        config.description = fields.string("description")
        config.defaultAuthor = fields.string("default_author")
        config.declaredCategories = fields.stringList("categories")
        if fields.has("agency") {
            if var agency = fields.nested("agency") {
                agency.rejectUnknownKeys(Agency.keys, in: "agency")
                config.agency.name = agency.string("name")
                config.agency.parent = agency.string("parent")
                config.agency.address = agency.string("address")
                config.agency.phone = agency.string("phone")
                config.agency.fax = agency.string("fax")
                config.agency.email = agency.string("email")
                config.agency.website = agency.string("website")
                config.agency.responsible = agency.string("responsible")
                config.agency.licence = agency.string("licence")
                diagnostics.add(contentsOf: agency.problems)
            } else {
                fields.error(.agencyNotGroup, at: "agency")
            }
        }
        if fields.has("images") {
            if var images = fields.nested("images") {
                config.images = ImageSettings.read(&images)
                diagnostics.add(contentsOf: images.problems)
            } else {
                fields.error(.imagesNotGroup, at: "images")
            }
        }
        if fields.has("menus") {
            if let menus = fields.nested("menus") {
                for name in menus.keys {
                    config.menus[name] = readMenu(menus.node(name), name: name, reader: menus, diagnostics: diagnostics)
                }
            } else {
                fields.error(.menusNotGroup, at: "menus")
            }
        }
        diagnostics.add(contentsOf: fields.problems)
        if title == nil || base == nil { return nil }
        return config
    }

    private static func readMenu(_ node: Node?, name: String, reader: FieldReader, diagnostics: Diagnostics) -> [MenuItem] {
        guard let sequence = node?.sequence else {
            diagnostics.error(.menuNotList, ["name": .text(name)], at: reader.location(of: name))
            return []
        }
        var items: [MenuItem] = []
        for entry in sequence {
            let place = reader.location(ofNode: entry)
            guard let map = entry.mapping else {
                diagnostics.error(.menuItemNotMapping, ["name": .text(name)], at: place)
                continue
            }
            var item = FieldReader(mapping: map, file: reader.file, firstLine: reader.lineOffset + 1, headerLine: place.line)
            item.rejectUnknownKeys(["label", "url"], in: .message(Message(.placeMenuItem)))
            let label = item.requiredString("label", example: "label: \"Giới thiệu\"")
            var url = item.requiredString("url", example: "url: \"/gioi-thieu/\"")
            if let given = url, !isMenuAddress(given) {
                item.error(.menuAddressInvalid, ["address": .text(given)], at: "url")
                url = nil
            }
            diagnostics.add(contentsOf: item.problems)
            if let label, let url {
                items.append(MenuItem(label: label, url: url, location: place))
            }
        }
        return items
    }

    static let menuSchemes: Set<String> = ["http", "https", "mailto", "tel", "ftp"]

    /// Site paths and web, mail and phone addresses: never `javascript:` or `data:`.
    static func isMenuAddress(_ url: String) -> Bool {
        if Reference.isWebAddress(url) { return true }
        if let scheme = Reference.scheme(of: url) { return menuSchemes.contains(scheme.lowercased()) }
        return !url.hasPrefix("//")
    }
}
