#!/usr/bin/env bash
# Interrupted builds: SIGKILL a release build of a large corpus at random moments and check that
# the published folder is exactly as it was each time, then that the next build succeeds and
# cleans up what the killed ones left.
#
#   Tests/reliability/kill-trials.sh            (make kill-test runs it)
#
# Settings (environment): TRIALS (21), ARTICLES (10000), BULLETIN (.build/release/bulletin),
# WORKDIR (under /dev/shm when it is writable: the corpus and the output live there),
# CORPUS_SCRIPT (Tests/bench/corpus.py), SEED (random).
#
# Between trials one article's body changes back and forth, so that every build has a new site
# to write: into the previous generation (.public.previous, claimed as .public.building-PID-N)
# or, without one, into an empty folder. A kill can land anywhere: while reading, rendering,
# writing, just before or after the switch. After each one, public/ must hash as before (same
# paths, same bytes) or as a clean build of the new content: the new site switched in whole.
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
trials=${TRIALS:-21}
articles=${ARTICLES:-10000}
bulletin=${BULLETIN:-$repo/.build/release/bulletin}
corpus_script=${CORPUS_SCRIPT:-$repo/Tests/bench/corpus.py}
seed=${SEED:-$RANDOM}
if [ -z "${WORKDIR:-}" ]; then
    if [ -d /dev/shm ] && [ -w /dev/shm ]; then WORKDIR=/dev/shm/bulletin-kill; else WORKDIR=${TMPDIR:-/tmp}/bulletin-kill; fi
fi
content=$WORKDIR/corpus/content
site=$WORKDIR/site
output=$site/public

[ -x "$bulletin" ] || { echo "kill-trials: no release binary at $bulletin (run: swift build -c release --product bulletin)" >&2; exit 2; }
[ -f "$corpus_script" ] || { echo "kill-trials: corpus generator not found at $corpus_script" >&2; exit 2; }

# Content hash: every path with its type, then every file's bytes. Path list: the paths alone.
tree_hash() { (cd "$1" && find . -printf '%y %p\n' | LC_ALL=C sort && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 -r sha256sum) | sha256sum | cut -c1-16; }
path_hash() { (cd "$1" && find . -printf '%y %p\n' | LC_ALL=C sort) | sha256sum | cut -c1-16; }
now() { date +%s.%N; }
# What killed builds left (the previous generation is kept on purpose).
leftovers() { find "$site" -maxdepth 1 -name '.public.*' ! -name .public.previous -printf '%f\n' | LC_ALL=C sort | tr '\n' ' '; }

mkdir -p "$WORKDIR" "$site"
if [ ! -f "$WORKDIR/corpus/.articles-$articles" ]; then
    echo "kill-trials: writing a corpus of $articles articles to $WORKDIR/corpus"
    rm -rf "$WORKDIR/corpus"
    python3 "$corpus_script" "$WORKDIR/corpus" --articles "$articles" >/dev/null
    touch "$WORKDIR/corpus/.articles-$articles"
fi
rm -rf "$output" "$site"/.public.*
# Copies of the theme and the binary, so that editing or rebuilding during a run changes nothing.
rm -rf "$WORKDIR/templates"
cp -r "$repo/templates" "$WORKDIR/templates"
cp "$bulletin" "$WORKDIR/bulletin"
bulletin=$WORKDIR/bulletin

build() { "$bulletin" build --content "$content" --templates "$WORKDIR/templates" --output "$output" 2>"$WORKDIR/build.log"; }
# BULLETIN_KILL_TRIAL_PAUSE (ms): the build pauses after writing its manifest and after the
# exchange, so that a kill can land before, between and after the steps of the switch.
start_build() { BULLETIN_KILL_TRIAL_PAUSE=${1:-0} "$bulletin" build --content "$content" --templates "$WORKDIR/templates" --output "$output" >/dev/null 2>&1 & }
staging_of() { ls -d "$site/.public.building-$1-"* 2>/dev/null | head -n 1; }
# Polls until the build `pid` has created its staging folder (it starts writing); fails if it ended.
await_staging() { while [ -z "$(staging_of "$1")" ]; do running "$1" || return 1; sleep 0.01; done; }
# Polls until the build `pid` has written its last file, the manifest, just before the switch.
await_switch() {
    while ! ls "$site/.public.building-$1-"*/.bulletin-manifest >/dev/null 2>&1; do running "$1" || return 1; sleep 0.001; done
}
# The article that changes between trials: state 0 as generated, state 1 with a paragraph more.
article=$(find "$content/articles" -name '*.md' | LC_ALL=C sort | sed -n 1p)
cp "$article" "$WORKDIR/article.0"
{ cat "$WORKDIR/article.0"; printf '\nMột đoạn thêm cho lần thử.\n'; } > "$WORKDIR/article.1"
set_state() { cp "$WORKDIR/article.$1" "$article"; state=$1; }
# Whether `pid` still runs (an exited child stays a zombie until waited for: kill -0 would say yes).
running() { local state; state=$(ps -o stat= -p "$1" 2>/dev/null) || return 1; [[ $state != Z* ]]; }
seconds_since() { awk -v a="$(now)" -v b="$1" 'BEGIN { printf "%.3f", a - b }'; }

# The two sites, each from a clean build; then the first builds into public/ (the second one
# leaves a previous generation), the last of them timed: the whole of it, and its writing part
# (the building folder appearing to exit).
for s in 0 1; do
    set_state "$s"
    rm -rf "$WORKDIR/clean" "$WORKDIR/.clean".*
    "$bulletin" build --content "$content" --templates "$WORKDIR/templates" --output "$WORKDIR/clean" >/dev/null 2>&1
    expected[$s]=$(tree_hash "$WORKDIR/clean")
done
rm -rf "$WORKDIR/clean" "$WORKDIR/.clean".*
set_state 0
build >/dev/null || { cat "$WORKDIR/build.log" >&2; echo "kill-trials: the first build failed" >&2; exit 1; }
set_state 1
build >/dev/null || { cat "$WORKDIR/build.log" >&2; echo "kill-trials: the second build failed" >&2; exit 1; }
set_state 0
live=0
start=$(now)
start_build
pid=$!
await_staging "$pid" || true
writing_start=$(now)
wait "$pid" || { echo "kill-trials: the timed build failed" >&2; exit 1; }
duration=$(seconds_since "$start")
writing=$(seconds_since "$writing_start")
reference=$(tree_hash "$output")
[ "$reference" = "${expected[0]}" ] || { echo "kill-trials: FAILED, the rebuilt site differs from a clean build" >&2; exit 1; }
files=$(find "$output" -type f | wc -l)
echo "kill-trials: a build takes ${duration}s, ${writing}s of it writing; $files files, hash $reference; seed $seed"

RANDOM=$seed
survived=0
swapped=0
failed=0
for trial in $(seq 1 "$trials"); do
    # A third of the kills anywhere in the build, a third while it writes the new site, a third
    # around the switch (slowed down for the purpose): the short moments where a mistake would show.
    set_state $((1 - live))
    if [ $((trial % 3)) = 0 ]; then start_build 20; else start_build; fi
    pid=$!
    percent=$((RANDOM % 110))
    case $((trial % 3)) in
        1)
            phase=anywhere
            delay=$(awk -v d="$duration" -v p="$percent" 'BEGIN { printf "%.3f", d * p / 100 }')
            ;;
        2)
            phase=writing
            await_staging "$pid" || true
            delay=$(awk -v d="$writing" -v p="$percent" 'BEGIN { printf "%.3f", d * p / 100 }')
            ;;
        0)
            phase="switching"
            # 0-55 ms after the manifest: before the exchange (20 ms pause), between it and the
            # rename of the old site to .public.previous (20 ms more), or after.
            await_switch "$pid" || true
            delay=$(awk -v p="$percent" 'BEGIN { printf "%.4f", p / 2000 }')
            ;;
    esac
    sleep "$delay"
    kill -KILL "$pid" 2>/dev/null || true
    status=0
    { wait "$pid"; } 2>/dev/null || status=$?
    if [ "$status" -eq 137 ]; then outcome=killed; else outcome="finished first"; fi
    left=$(leftovers)
    when="${delay}s into the phase '$phase' (${percent}%), $outcome"
    if [ ! -d "$output" ]; then
        echo "trial $trial: FAILED, $output is missing after a kill $when"
        failed=$((failed + 1))
        continue
    fi
    hash=$(tree_hash "$output")
    if [ "$hash" = "$reference" ]; then
        result="public/ unchanged"
    elif [ "$hash" = "${expected[$state]}" ]; then
        result="the new site was switched in whole"
        reference=$hash
        live=$state
        swapped=$((swapped + 1))
    else
        echo "trial $trial: FAILED, public/ changed ($hash, expected $reference or ${expected[$state]}) after a kill $when"
        failed=$((failed + 1))
        continue
    fi
    survived=$((survived + 1))
    echo "trial $trial: kill $when: $result; left behind: ${left:-nothing}"
done

# The next build succeeds, publishes the same site and removes every leftover.
build >/dev/null || { cat "$WORKDIR/build.log" >&2; echo "kill-trials: the build after the kills failed" >&2; exit 1; }
after=$(tree_hash "$output")
left=$(leftovers)
echo "kill-trials: build after the kills succeeded, hash $after; leftovers: ${left:-none}"
[ -z "$left" ] || { echo "kill-trials: FAILED, the next build left $left" >&2; failed=$((failed + 1)); }
[ "$after" = "${expected[$state]}" ] || { echo "kill-trials: FAILED, the rebuilt site differs from a clean build" >&2; failed=$((failed + 1)); }

echo "kill-trials: $survived of $trials kills survived ($swapped switched in a complete new site), $articles articles"
[ "${KEEP:-0}" = 1 ] || rm -rf "$site"
[ "$failed" -eq 0 ]
