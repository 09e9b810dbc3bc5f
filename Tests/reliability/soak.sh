#!/usr/bin/env bash
# Soak: `bulletin serve` on a 1,000-article corpus, then EDITS one-article edits (default 1,000),
# each waited for until serve has rebuilt. Resident memory (VmRSS) is read after the first 100
# rebuilds and at the end; the run fails when it grew by more than LIMIT_KB (default 2048, 2 MB).
# A serve left running all day must not grow with each rebuild.
#
#   Tests/reliability/soak.sh          (make soak runs it; ARTICLES and EDITS set the sizes)
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
cd "$repo"
articles=${ARTICLES:-1000}
edits=${EDITS:-1000}
limit_kb=${LIMIT_KB:-2048}
# The log is read for its English words (Built, Rebuilt, ": error:").
export BULLETIN_LANG=en
work=$(mktemp -d "${TMPDIR:-/tmp}/bulletin-soak.XXXXXX")
server=""
cleanup() {
    [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
    rm -rf "$work"
}
trap 'status=$?; cleanup; exit $status' EXIT

swift build -c release --product bulletin >/dev/null
bin=$(swift build -c release --show-bin-path)/bulletin
python3 "$repo/Tests/bench/corpus.py" "$work/corpus" --articles "$articles" >/dev/null
content=$work/corpus/content
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

"$bin" serve --content "$content" --templates templates --port "$port" >"$work/serve.log" 2>&1 &
server=$!

# wait_for COUNT: until the log holds COUNT lines of finished builds (at most 60 s).
wait_for() {
    local deadline=$((SECONDS + 60))
    while [ "$(grep -cE '^(Built|Rebuilt)' "$work/serve.log" || true)" -lt "$1" ]; do
        if [ $SECONDS -ge $deadline ] || ! kill -0 "$server" 2>/dev/null; then
            echo "soak: serve did not finish build $1; its log:"
            tail -n 20 "$work/serve.log"
            exit 1
        fi
        sleep 0.01
    done
}
rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$server/status"; }

wait_for 1
mapfile -t files < <(find "$content/articles" -name '*.md' | sort)
[ ${#files[@]} -gt 0 ] || { echo "soak: the corpus has no articles"; exit 1; }
baseline=""
start=$SECONDS
for i in $(seq 1 "$edits"); do
    file=${files[$(((i * 7919) % ${#files[@]}))]}
    printf '\nSửa lần %d.\n' "$i" >>"$file"
    wait_for $((i + 1))
    if [ $((i % 100)) -eq 0 ]; then
        echo "soak: after $i rebuilds: $(rss_kb) KB resident"
        [ "$i" -eq 100 ] && baseline=$(rss_kb)
    fi
done
final=$(rss_kb)
grown=$((final - baseline))
echo "soak: after $edits rebuilds: ${final} KB resident (${grown} KB more than after 100; limit ${limit_kb} KB) in $((SECONDS - start)) s"
if grep -q ': error:' "$work/serve.log"; then
    echo "soak: serve reported errors:"
    grep ': error:' "$work/serve.log" | head
    exit 1
fi
if [ "$grown" -gt "$limit_kb" ]; then
    echo "soak: FAILED: memory grew by ${grown} KB"
    exit 1
fi
echo "soak: passed"
