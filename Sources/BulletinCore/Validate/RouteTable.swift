/// Which file owns each address, so that two items with one URL are caught before anything is
/// written (the second would silently overwrite the first).
public struct RouteTable: Sendable {
    private var owners: [String: SourceLocation] = [:]

    public init() {}

    /// Claims `route` for `owner`; on a clash returns the location of the file that has it.
    public mutating func claim(_ route: String, by owner: SourceLocation) -> SourceLocation? {
        if let existing = owners[route] { return existing }
        owners[route] = owner
        return nil
    }

    public func owner(of route: String) -> SourceLocation? { owners[route] }

    /// Gives `route` up (an article whose address changed, in an incremental rebuild).
    mutating func release(_ route: String) { owners[route] = nil }

    public var routes: Dictionary<String, SourceLocation>.Keys { owners.keys }
}
