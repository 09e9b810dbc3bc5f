/// What a file's name says it is.
package enum FileNames {
    /// Longer than ".md" and ending in it, in any case, on the bytes of a name (every link of
    /// every article is asked this, before its path is a String).
    package static func isMarkdown<Name: BidirectionalCollection<UInt8>>(bytes name: Name) -> Bool {
        name.count > 3
            && name.suffix(3).elementsEqual(".md".utf8) { byte, wanted in
                wanted == UInt8(ascii: ".") ? byte == wanted : byte | 0x20 == wanted
            }
    }
}
