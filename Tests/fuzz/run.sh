#!/usr/bin/env bash
# Runs each libFuzzer target for a while (make fuzz builds them first).
#
#   Tests/fuzz/run.sh SECONDS TARGET...
#
# New inputs go to Tests/fuzz/.build/corpus/<target> (kept between runs, not committed); the seed
# corpus Tests/fuzz/corpus/<target> is read too. A crash, an invariant broken (a failed
# precondition), a leak, an input slower than 10 s or using 2 GB stops the target with its input
# in Tests/fuzz/.build/artifacts/; the script then fails. Turn each into a test in
# Tests/BulletinCoreTests/FuzzRegressionTests.swift before fixing it.
#
# MERGE=1 also adds the inputs that found new coverage to the seed corpus (minimised, at most
# 8 KB each): commit them when they are worth keeping.
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
seconds=${1:?usage: run.sh SECONDS TARGET...}
shift
bin=$here/.build/release
mkdir -p "$here/.build/artifacts"
failed=0
for target in "$@"; do
    case $target in
        FuzzFrontMatter) dict=frontmatter.dict ;;
        FuzzScores) dict=scores.dict ;;
        FuzzTemplates) dict=templates.dict ;;
        *) dict=markdown.dict ;;
    esac
    work=$here/.build/corpus/$target
    mkdir -p "$work" "$here/corpus/$target"
    echo "== $target for ${seconds}s"
    log=$here/.build/$target.log
    # Swift's own crash reporter would run under ASan and be reported as a second error.
    SWIFT_BACKTRACE=enable=no "$bin/$target" "$work" "$here/corpus/$target" -dict="$here/dict/$dict" -max_total_time="$seconds" -timeout=10 \
        -rss_limit_mb=2048 -max_len=8192 -print_final_stats=1 -artifact_prefix="$here/.build/artifacts/$target-" >"$log" 2>&1
    status=$?
    # The last status line (runs, coverage, corpus) and the final statistics.
    grep -E '^#[0-9]+' "$log" | tail -n 1
    grep -E 'stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)' "$log"
    if [ "$status" -ne 0 ]; then
        echo "$target FAILED (status $status); see $log"
        grep -E 'ERROR|Fatal error|Test unit written' "$log" | head -n 5
        failed=1
    elif [ "${MERGE:-0}" = 1 ]; then
        "$bin/$target" -merge=1 -max_len=8192 "$here/corpus/$target" "$work" >/dev/null 2>&1
    fi
done
exit $failed
