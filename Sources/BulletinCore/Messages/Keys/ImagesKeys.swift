// The names and codes of the messages about photos and their resized copies (images: in
// site.yaml, files under media/). A code is never reused for another meaning.
extension MessageKey {
    /// No image loader knows the bytes.
    public static let imageUnreadable = MessageKey("BLT1401")
    /// The extension says one format, the bytes another.
    public static let imageExtensionWrong = MessageKey("BLT1402")
    /// More pixels than `max_megapixels`: refused before decoding (a decompression bomb).
    public static let imageTooManyPixels = MessageKey("BLT1403")
    /// More than `warn_megapixels` or `warn_megabytes`: published, but heavy to handle.
    public static let imageLarge = MessageKey("BLT1404")
    /// The header reads but the pixels do not (cut short, damaged).
    public static let imageDamaged = MessageKey("BLT1405")
    public static let imagesNotGroup = MessageKey("BLT1406")
    /// The cache folder cannot be written: the copies are made again next time.
    public static let imageCacheUnwritable = MessageKey("BLT1407")
    /// A resized copy's name is taken by a file under media/.
    public static let imageCopyNameTaken = MessageKey("BLT1408")
    /// The build's summary line about images.
    public static let summaryImages = MessageKey("BLT1409")
    /// A bad image no page uses: left out of the site (a warning, not an error).
    public static let imageWithheld = MessageKey("BLT1410")
    /// The progress line's name of the stage where photos are made.
    public static let stageImages = MessageKey("BLT1411")
    /// The progress line while photos are made ("… 12/20 photos").
    public static let progressImagesLine = MessageKey("BLT1412")
}
