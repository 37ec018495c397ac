#!/usr/bin/env bash
# Re-run CPython on every conformance program and compare with the stored
# expectations (.out, and .err when the program exits non-zero).
# Exits 1 and lists the programs that differ; always ends with a summary line:
#   conformance expectations: N match CPython, M differ
# Programs in directories marked `.not-cpython` are skipped (see README.md).
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/lib.sh"

if ! command -v "$PYTHON" >/dev/null 2>&1; then
    echo "check-expectations: $PYTHON not found; skipping" >&2
    exit 0
fi
ver="$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
[[ "$ver" != "3.11" ]] && echo "warning: expectations come from CPython 3.11, found $ver" >&2

match=0; differ=0; failed=()
while IFS= read -r prog; do
    rel="${prog#$here/}"; base="${prog%.py}"
    run_program "$prog" "random" || true
    reason=""
    if [[ ! -f "$base.out" ]]; then
        reason="missing ${rel%.py}.out"
    else
        exp_out="$(cat "$base.out"; printf x)"; exp_out="${exp_out%x}"
        [[ "$RUN_OUT" != "$exp_out" ]] && reason="stdout differs"
    fi
    if [[ -z "$reason" ]]; then
        exp_err=""
        [[ -f "$base.err" ]] && { exp_err="$(cat "$base.err")"; }
        [[ "$RUN_ERRFILE" != "$exp_err" ]] && reason="exit/stderr differs (expected: ${exp_err//$'\n'/ | }; got: ${RUN_ERRFILE//$'\n'/ | })"
    fi
    if [[ -n "$reason" ]]; then
        differ=$((differ + 1)); failed+=("$rel: $reason")
    else
        match=$((match + 1))
    fi
done < <(list_programs "$here")

for f in "${failed[@]+"${failed[@]}"}"; do echo "DIFFERS: $f"; done
echo "conformance expectations: $match match CPython, $differ differ"
[[ $differ -eq 0 ]]
