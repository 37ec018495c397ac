#!/usr/bin/env bash
# Re-records the fixture traces: NAME.jsonl (the trace) and NAME.out (standard
# output) for every NAME.py here, from LoopLab's own engine (`looplab run
# --trace-out`). A program the engine cannot run yet (it fails, other than by the
# deliberate deadlock of a `waits_forever` demo) falls back to trace_cpython.py,
# which records the same schema from CPython 3.11's asyncio.
# Then re-record the goldens: RECORD_SNAPSHOTS=1 swift test --filter TimelineKitTests
#
# usage: Tests/TimelineKitTests/Fixtures/record.sh   (SCRATCH=/path sets swift's --scratch-path)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here/../../.."
scratch=(); [[ -n "${SCRATCH:-}" ]] && scratch=(--scratch-path "$SCRATCH")
swift build "${scratch[@]}" --product looplab >/dev/null
bin="$(swift build "${scratch[@]}" --show-bin-path)/looplab"
cd "$here"
for program in *.py; do
    [[ "$program" == trace_cpython.py ]] && continue
    name="${program%.py}"
    if "$bin" run --trace-out "$name.jsonl" "$program" >"$name.out" 2>/dev/null \
        || grep -q '"kind":"waits_forever"' "$name.jsonl"; then
        echo "$name: $(($(wc -l <"$name.jsonl") - 1)) events from the engine"
    else
        python3 trace_cpython.py "$program" >"$name.jsonl" 2>/dev/null
        python3 "$program" >"$name.out" 2>/dev/null || true
        echo "$name: $(($(wc -l <"$name.jsonl") - 1)) events from CPython (the engine cannot run it yet)"
    fi
done
