# Shared helpers for regenerate.sh and check-expectations.sh (sourced, not run).

PYTHON="${PYTHON:-python3}"
TIMEOUT_SECS="${TIMEOUT_SECS:-20}"

# Every program compared with CPython, sorted; skips dirs marked `.not-cpython`.
list_programs() {
    local root="$1" f d skip
    find "$root" -mindepth 2 -name '*.py' -type f | LC_ALL=C sort | while IFS= read -r f; do
        d="$(dirname "$f")"; skip=0
        while [[ "$d" == "$root"* ]]; do
            [[ -e "$d/.not-cpython" ]] && { skip=1; break; }
            [[ "$d" == "$root" ]] && break
            d="$(dirname "$d")"
        done
        [[ $skip -eq 0 ]] && printf '%s\n' "$f"
    done
}

# run_program PATH HASHSEED -> sets RUN_OUT (stdout, exact, trailing newlines kept)
# and RUN_ERRFILE (the .err text without final newline, empty when exit 0).
run_program() {
    local prog="$1" seed="$2" dir name tmpo tmpe rc
    dir="$(dirname "$prog")"; name="$(basename "$prog")"
    tmpo="$(mktemp)"; tmpe="$(mktemp)"
    (cd "$dir" && PYTHONHASHSEED="$seed" PYTHONIOENCODING=utf-8 PYTHONDONTWRITEBYTECODE=1 \
        LC_ALL=C.UTF-8 timeout "$TIMEOUT_SECS" "$PYTHON" "$name" </dev/null >"$tmpo" 2>"$tmpe")
    rc=$?
    # $(...) strips trailing newlines; append a sentinel to keep the output exact.
    RUN_OUT="$(cat "$tmpo"; printf x)"; RUN_OUT="${RUN_OUT%x}"
    if [[ $rc -ne 0 ]]; then
        RUN_ERRFILE="$(printf 'exit: %s\nlast: %s' "$rc" "$(tail -n 1 "$tmpe")")"
    else
        RUN_ERRFILE=""
    fi
    rm -f "$tmpo" "$tmpe"
    return $rc
}
