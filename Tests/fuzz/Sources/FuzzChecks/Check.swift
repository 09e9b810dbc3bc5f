/// A broken invariant: stops the fuzzer with the reason (precondition loses it in -O builds).
/// Shared by every fuzz target.
public func check(_ condition: Bool, _ message: @autoclosure () -> String = "invariant broken", line: UInt = #line) {
    if !condition { fatalError("line \(line): \(message())") }
}
