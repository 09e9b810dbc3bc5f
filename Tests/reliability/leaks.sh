#!/usr/bin/env bash
# Leaks: builds `leak-build` (`bulletin build` from the core alone, without the preview server's
# SwiftNIO: see Tests/reliability/LeakBuild) with AddressSanitizer (LeakSanitizer comes with it on
# Linux) into .build-asan, then runs whole builds under it: the sample site, the test fixtures, a generated
# corpus, and a site full of hostile input (so the error paths run too). LeakSanitizer reports
# at exit and makes the run fail (exit 23); a successful or a refused build (exit 0 or 1) with no
# report passes. Known noise outside this project is suppressed in lsan.supp, each entry with
# its reason.
#
#   Tests/reliability/leaks.sh          (make leaks runs it; ARTICLES=300 sets the corpus size)
#
# VALGRIND=1 also runs the release binary under valgrind --leak-check=full on the fixture.
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
cd "$repo"
articles=${ARTICLES:-300}
# The logs are read for their English words (": error: ").
export BULLETIN_LANG=en
work=$(mktemp -d "${TMPDIR:-/tmp}/bulletin-leaks.XXXXXX")
trap 'rm -rf "$work"' EXIT

swift build --build-path .build-asan --sanitize=address --product leak-build
bin=$repo/.build-asan/debug/leak-build
export ASAN_OPTIONS=detect_leaks=1
export LSAN_OPTIONS=suppressions=$repo/Tests/reliability/lsan.supp:print_suppressions=0
# Swift's crash reporter would otherwise run inside ASan on a crash and blur the report.
export SWIFT_BACKTRACE=enable=no

failed=0
runs=0
# run NAME CONTENT TEMPLATES: one build; exit 0 (built) and 1 (input refused) are both fine.
run() {
    local name=$1 content=$2 templates=$3 status=0
    mkdir -p "$work/$name"
    "$bin" --content "$content" --templates "$templates" --output "$work/$name/public" >"$work/$name.log" 2>&1 || status=$?
    runs=$((runs + 1))
    if [ "$status" -le 1 ] && ! grep -q "LeakSanitizer" "$work/$name.log"; then
        echo "leaks: $name: no leak (exit $status, $(grep -c ': error: ' "$work/$name.log" || true) input errors)"
    else
        echo "leaks: $name: FAILED (exit $status)"
        sed -n '/ERROR: LeakSanitizer/,$p;/ERROR: AddressSanitizer/,$p' "$work/$name.log" | head -n 60 || true
        failed=1
    fi
}

run sample content templates
run fixture-basic Tests/BulletinCoreTests/Fixtures/basic/content Tests/BulletinCoreTests/Fixtures/basic/templates
cp -r Tests/BulletinCoreTests/Fixtures/xss/content "$work/xss"
printf '<svg xmlns="http://www.w3.org/2000/svg"/>' >"$work/xss/media/\"><img src=x onerror=alert('XSS-media-name')>.svg"
run fixture-xss "$work/xss" templates

python3 "$repo/Tests/bench/corpus.py" "$work/corpus" --articles "$articles" >/dev/null
run "corpus-$articles" "$work/corpus/content" templates

# Hostile input: every kind of error at once, so that each error path frees what it made.
cp -r Tests/BulletinCoreTests/Fixtures/basic/content "$work/hostile"
python3 - "$work/hostile" <<'EOF'
import os, sys
root = sys.argv[1]
def write(path, data):
    path = os.path.join(root, path)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    open(path, "wb").write(data if isinstance(data, bytes) else data.encode())
head = "---\ntitle: {}\ndate: 2023-01-01\n{}---\n"
write("articles/h/sau.md", head.format("Sâu", "") + ">" * 10000 + " x\n")
write("articles/h/danh-sach.md", head.format("Danh sách", "") + "- " * 10000 + "x\n")
write("articles/h/nhan.md", head.format("Nhấn", "") + "*a " * 10000 + "x" + " b*" * 10000 + "\n")
write("articles/h/anh.md", head.format("Ảnh", "") + "![" * 5000 + "x" + "](/media/anh.svg)" * 5000 + "\n")
write("articles/h/alias.md", head.format("Bí danh", "a: &a [1]\nb: *a\n") + "x\n")
write("articles/h/yaml.md", "---\ntitle: \"không đóng\ndate: 2023-01-01\n---\nx\n")
write("articles/h/sau-yaml.md", head.format("Y", "x: " + "[" * 1000 + "\n") + "x\n")
write("articles/h/nhi-phan.md", bytes(range(256)) * 10)
write("articles/h/utf8.md", b"---\ntitle: \xff\n---\n")
write("articles/h/rong.md", "")
write("articles/h/lon.md", head.format("Lớn", "") + "x" * (2 << 20))
write("articles/h/lien-ket.md", head.format("Liên kết", "") + "[a](../../../x.md) [b](khong-co.md) [c](javascript:x) ![d](/media/khong.png)\n\n{{< khong-co a=\"1\" >}}\n\n{{< hong\n")
write("articles/h/trung-1.md", head.format("Trùng", "category: a/b\ntags: [\"..\"]\n") + "x\n")
write("articles/h/trung-2.md", head.format("Trùng", "slug: ../x\n") + "x\n")
write("articles/h/dai.md", head.format("Dài " * 200, "") + "x\n")
EOF
run hostile "$work/hostile" Tests/BulletinCoreTests/Fixtures/basic/templates

# valgrind on the release binary, for a second opinion. Valgrind 3.19 (Debian 12) cannot read
# the DWARF 5 of Swift 6 binaries, so it runs a copy without debug information. Only memory no
# pointer reaches ("definitely" and "indirectly lost") fails the run: "possibly lost" blocks are
# the Swift runtime's metadata caches, which it keeps for the life of the process through
# interior pointers.
if [ "${VALGRIND:-0}" = 1 ]; then
    swift build -c release --product bulletin
    cp .build/release/bulletin "$work/bulletin-nodebug"
    strip --strip-debug "$work/bulletin-nodebug"
    for name in sample fixture-basic hostile; do
        case $name in
            sample) content=content templates=templates ;;
            fixture-basic) content=Tests/BulletinCoreTests/Fixtures/basic/content templates=Tests/BulletinCoreTests/Fixtures/basic/templates ;;
            hostile) content=$work/hostile templates=Tests/BulletinCoreTests/Fixtures/basic/templates ;;
        esac
        status=0
        valgrind --leak-check=full --errors-for-leak-kinds=definite,indirect --error-exitcode=99 \
            "$work/bulletin-nodebug" build --content "$content" --templates "$templates" \
            --output "$work/valgrind-$name/public" >"$work/valgrind-$name.log" 2>&1 || status=$?
        grep -E "(definitely|indirectly|possibly) lost:" "$work/valgrind-$name.log" | sed "s/^==[0-9]*== */leaks: valgrind $name: /"
        if [ "$status" -gt 1 ]; then
            echo "leaks: valgrind $name: FAILED (exit $status)"
            grep -B2 -A20 "definitely lost in\|indirectly lost in" "$work/valgrind-$name.log" | head -n 60 || true
            failed=1
        fi
    done
fi

echo "leaks: $runs builds under LeakSanitizer, $([ $failed = 0 ] && echo 'no leak found' || echo 'LEAKS FOUND')"
exit $failed
