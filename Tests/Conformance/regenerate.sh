#!/usr/bin/env bash
# Rewrite the expectations (.out / .err) of every conformance program from CPython.
#
#   Tests/Conformance/regenerate.sh            # all programs
#   Tests/Conformance/regenerate.sh strings    # only programs whose path contains "strings"
#
# Each program runs as `python3 NAME.py` from its own directory, with stdin
# from /dev/null, twice with different PYTHONHASHSEED values; a program whose
# output differs between the two runs is reported as non-deterministic and its
# expectations are not written (exit status 1).
# Directories holding a `.not-cpython` marker file (e.g. unsupported/) are
# skipped: their expectations are written by hand.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/lib.sh"

filter="${1:-}"
written=0; unstable=0
while IFS= read -r prog; do
    [[ -n "$filter" && "$prog" != *"$filter"* ]] && continue
    run_program "$prog" 1 || true; out1="$RUN_OUT"; err1="$RUN_ERRFILE"
    run_program "$prog" 2 || true; out2="$RUN_OUT"; err2="$RUN_ERRFILE"
    if [[ "$out1" != "$out2" || "$err1" != "$err2" ]]; then
        echo "NON-DETERMINISTIC: ${prog#$here/}" >&2
        unstable=$((unstable + 1))
        continue
    fi
    base="${prog%.py}"
    printf '%s' "$out1" > "$base.out"
    if [[ -n "$err1" ]]; then printf '%s\n' "$err1" > "$base.err"; else rm -f "$base.err"; fi
    written=$((written + 1))
done < <(list_programs "$here")
echo "regenerated expectations for $written programs, $unstable non-deterministic"
[[ $unstable -eq 0 ]]
