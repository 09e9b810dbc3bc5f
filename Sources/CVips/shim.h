// libvips for Bulletin's image engine. Swift cannot call C's variadic functions (every vips
// operation takes its options as NULL-terminated pairs), so each call the engine makes is a
// small inline function here with its options spelled out.
#include <vips/vips.h>
#include <webp/mux.h>
#include <turbojpeg.h>
#include <string.h>

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

/// The photo upright at its own size and in sRGB, read as it is written (sequentially, never
/// whole in memory): for the full-size copy, which needs no resizing.
static inline VipsImage *bulletin_vips_full_size(const char *path) {
    VipsImage *in = NULL, *upright = NULL, *out = NULL;
    in = vips_image_new_from_file(path, "access", VIPS_ACCESS_SEQUENTIAL, "fail_on", VIPS_FAIL_ON_TRUNCATED, NULL);
    if (!in) return NULL;
    if (vips_image_get_orientation(in) > 1) {
        // Turning it reads its lines out of order: open it for that instead.
        g_object_unref(in);
        in = vips_image_new_from_file(path, "access", VIPS_ACCESS_RANDOM, "fail_on", VIPS_FAIL_ON_TRUNCATED, NULL);
        if (!in) return NULL;
    }
    int status = vips_autorot(in, &upright, NULL);
    g_object_unref(in);
    if (status) return NULL;
    if (!vips_image_get_typeof(upright, VIPS_META_ICC_NAME)) return upright;
    // Its own profile (a camera's Adobe RGB) would go with the metadata: convert to sRGB first.
    status = vips_icc_transform(upright, &out, "srgb", "embedded", TRUE, NULL);
    g_object_unref(upright);
    return status ? NULL : out;
}

/// Whether the header carries a colour profile.
static inline int bulletin_vips_has_profile(VipsImage *in) { return vips_image_get_typeof(in, VIPS_META_ICC_NAME) != 0; }

/// A JPEG without any of its markers (EXIF, XMP, IPTC, comments, profile), turned upright by
/// the EXIF `orientation` (1-8), losslessly: the compressed blocks are copied, never decoded
/// again. Edges a quarter turn cannot move whole (under 16 pixels) are trimmed. The result is
/// freed with `bulletin_jpeg_free`.
static inline int bulletin_jpeg_bare(const unsigned char *jpeg, unsigned long size, int orientation,
    unsigned char **out, unsigned long *out_size) {
    static const int ops[9] = {TJXOP_NONE, TJXOP_NONE, TJXOP_HFLIP, TJXOP_ROT180, TJXOP_VFLIP, TJXOP_TRANSPOSE,
        TJXOP_ROT90, TJXOP_TRANSVERSE, TJXOP_ROT270};
    tjhandle handle = tjInitTransform();
    if (!handle) return -1;
    tjtransform transform;
    memset(&transform, 0, sizeof transform);
    transform.op = orientation >= 1 && orientation <= 8 ? ops[orientation] : TJXOP_NONE;
    transform.options = TJXOPT_COPYNONE | (transform.op == TJXOP_NONE ? 0 : TJXOPT_TRIM);
    *out = NULL;
    *out_size = 0;
    int status = tjTransform(handle, jpeg, size, 1, out, out_size, &transform, 0);
    tjDestroy(handle);
    return status;
}

static inline void bulletin_jpeg_free(unsigned char *buffer) { tjFree(buffer); }

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

/// `progressive`: interlaced with optimised Huffman tables, for copies that pages show (they
/// appear whole at once, and are a few per cent smaller). Off for the full-size photo itself,
/// linked but rarely shown, where both cost more than the rest of its processing together.
static inline int bulletin_vips_save_jpeg(VipsImage *in, int quality, int progressive, void **buffer, size_t *length) {
    return vips_jpegsave_buffer(in, buffer, length, "Q", quality, "strip", TRUE, "optimize_coding", progressive,
        "interlace", progressive, NULL);
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
