extension English {
    static let images: [MessageKey: String] = [
        .imageUnreadable:
            "{file} is not an image any program here can read{detail}; open it in a photo editor and save it again as JPEG or PNG",
        .imageExtensionWrong:
            "{file} is named .{extension} but holds a {format} image; rename it to end in .{right}, or save it again as {extension}",
        .imageTooManyPixels:
            "{file} is {width}×{height} pixels ({megapixels} megapixels), more than the {limit} megapixels a photo may have (images: max_megapixels in site.yaml); make it smaller in a photo editor before publishing",
        .imageLarge:
            "{file} is large ({megapixels} megapixels, {megabytes} MB): it is published in smaller copies, but it slows every build that has to make them; a photo of about 12 megapixels is plenty",
        .imageDamaged:
            "{file} is damaged or cut short and cannot be shown ({detail}); copy it again from the camera or phone, or save it again in a photo editor",
        .imagesNotGroup: "'images' must be a group of keys (widths:, quality:, cache:, …)",
        .imageCacheUnwritable:
            "the image cache {folder} cannot be written ({reason}); the photos' copies will be made again at every build. Check the folder (images: cache in site.yaml)",
        .imageCopyNameTaken:
            "the smaller copy of {file} would be published as {copy}, which is already a file under media/; rename one of the two files",
        .summaryImages:
            "photos: {made} made, {reused} from the cache; the copies save {saved} MB against sending every photo whole",
        .stageImages: "photos",
        .progressImagesLine: "{phase}  [{bar}]  {done}/{total} photos",
        .imageWithheld: "{problem}. No page uses it, so it is left out of the site",
    ]
}
