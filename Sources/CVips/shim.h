// libvips for Bulletin's image engine. Swift cannot call C's variadic functions (every vips
// operation takes its options as NULL-terminated pairs), so each call the engine makes is a
// small inline function here with its options spelled out.
#include <vips/vips.h>
#include <webp/mux.h>

/// Starts libvips once per process. Its operation cache is off: no image is asked for twice,
/// and cached decoded photos would only hold memory. One thread per operation: the engine
/// gives each core its own photo, which is cheaper than sharing one photo between cores.
static inline int bulletin_vips_start(void) {
    if (VIPS_INIT("bulletin")) return -1;
    vips_cache_set_max(0);
    vips_concurrency_set(1);
    return 0;
}

/// The loader libvips would use, chosen by the file's first bytes (not its name); NULL when no
/// loader knows them.
static inline const char *bulletin_vips_loader(const char *path) {
    const char *loader = vips_foreign_find_load(path);
    if (!loader) vips_error_clear();
    return loader;
}

/// The image's header only: no pixel is decoded until asked for.
static inline VipsImage *bulletin_vips_open(const char *path) {
    return vips_image_new_from_file(path, "access", VIPS_ACCESS_SEQUENTIAL, NULL);
}

/// The photo upright (EXIF orientation applied), `width` pixels wide at most (never wider than
/// it is), decoded into memory: one decode, shrunk while loading where the format allows.
/// A truncated or damaged file is an error here, not a grey band.
static inline VipsImage *bulletin_vips_upright(const char *path, int width) {
    VipsImage *thumb = NULL, *memory = NULL;
    if (vips_thumbnail(path, &thumb, width, "height", VIPS_MAX_COORD, "size", VIPS_SIZE_DOWN,
            "fail_on", VIPS_FAIL_ON_TRUNCATED, NULL))
        return NULL;
    memory = vips_image_copy_memory(thumb);
    g_object_unref(thumb);
    return memory;
}

/// A smaller copy of an image already upright (its orientation is not applied twice).
static inline VipsImage *bulletin_vips_narrower(VipsImage *in, int width) {
    VipsImage *out = NULL;
    if (vips_thumbnail_image(in, &out, width, "height", VIPS_MAX_COORD, "size", VIPS_SIZE_DOWN,
            "no_rotate", TRUE, NULL))
        return NULL;
    return out;
}

/// A copy of the header without any metadata but the pixels' description: no EXIF (GPS, camera
/// serial, maker notes), XMP, IPTC, ICC profile or orientation. Removed by hand because some
/// savers keep EXIF despite `strip` (WebP in 8.14).
static inline VipsImage *bulletin_vips_bare(VipsImage *in) {
    VipsImage *out = NULL;
    if (vips_copy(in, &out, NULL)) return NULL;
    gchar **fields = vips_image_get_fields(out);
    static const char *kept[] = {"width", "height", "bands", "format", "coding", "interpretation",
        "xoffset", "yoffset", "xres", "yres", "filename", "mode", "scale", "offset", NULL};
    for (int i = 0; fields[i]; i++) {
        int keep = 0;
        for (int k = 0; kept[k]; k++)
            if (g_str_equal(fields[i], kept[k])) keep = 1;
        if (!keep) vips_image_remove(out, fields[i]);
    }
    g_strfreev(fields);
    return out;
}

static inline int bulletin_vips_save_jpeg(VipsImage *in, int quality, void **buffer, size_t *length) {
    return vips_jpegsave_buffer(in, buffer, length, "Q", quality, "strip", TRUE, "optimize_coding", TRUE,
        "interlace", TRUE, NULL);
}

/// WebP without metadata. libvips 8.14 writes an EXIF chunk of its own making (orientation,
/// resolution) even with `strip`; libwebp's mux takes the EXIF and XMP chunks out again.
/// The result is freed with `bulletin_webp_free`.
static inline int bulletin_vips_save_webp(VipsImage *in, int quality, void **buffer, size_t *length) {
    void *saved = NULL;
    size_t saved_length = 0;
    if (vips_webpsave_buffer(in, &saved, &saved_length, "Q", quality, "strip", TRUE, NULL)) return -1;
    WebPData data = {saved, saved_length};
    WebPMux *mux = WebPMuxCreate(&data, 1);
    g_free(saved);
    if (!mux) return -1;
    WebPMuxDeleteChunk(mux, "EXIF");
    WebPMuxDeleteChunk(mux, "XMP ");
    WebPData out = {NULL, 0};
    WebPMuxError status = WebPMuxAssemble(mux, &out);
    WebPMuxDelete(mux);
    if (status != WEBP_MUX_OK) return -1;
    *buffer = (void *)out.bytes;
    *length = out.size;
    return 0;
}

static inline void bulletin_webp_free(void *buffer) { WebPFree(buffer); }

static inline int bulletin_vips_save_png(VipsImage *in, void **buffer, size_t *length) {
    return vips_pngsave_buffer(in, buffer, length, "strip", TRUE, "compression", 6, NULL);
}

/// Whether the header carries metadata a published file should not (see `bulletin_vips_bare`).
static inline int bulletin_vips_has_metadata(VipsImage *in) {
    static const char *private[] = {VIPS_META_EXIF_NAME, VIPS_META_XMP_NAME, VIPS_META_IPTC_NAME,
        VIPS_META_PHOTOSHOP_NAME, NULL};
    for (int k = 0; private[k]; k++)
        if (vips_image_get_typeof(in, private[k])) return 1;
    return 0;
}

static inline void bulletin_vips_unref(VipsImage *image) { g_object_unref(image); }
