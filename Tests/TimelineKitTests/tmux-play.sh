#!/usr/bin/env bash
# End-to-end check of `looplab run --play` in a real terminal (tmux): start the
# animation, pause, step one event and one iteration, change speed, quit; check the
# final chart is left in the scrollback and the shell gets a clean terminal back
# (main screen, cursor visible, cooked mode with echo). Then Ctrl-C and SIGTERM
# in the middle of a playback must restore the terminal too.
#
# usage: Tests/TimelineKitTests/tmux-play.sh    (SCRATCH=/path sets swift's --scratch-path;
#        DEMO=file.py|file.jsonl picks what to play, default the gather_count demo)
set -euo pipefail
cd "$(dirname "$0")/../.."

command -v tmux >/dev/null || { echo "tmux-play: tmux is not installed (apt-get install tmux)"; exit 77; }
scratch=(); [[ -n "${SCRATCH:-}" ]] && scratch=(--scratch-path "$SCRATCH")
swift build "${scratch[@]}" --product looplab >/dev/null
bin="$(swift build "${scratch[@]}" --show-bin-path)/looplab"
demo="$(pwd)/${DEMO:-Tests/TimelineKitTests/Fixtures/gather_count.py}"

step() { echo "tmux-play: $*"; }
step "static chart manners (no terminal needed)"
plain="$(env -i PATH="$PATH" LANG=C.UTF-8 FORCE_COLOR=1 NO_COLOR=1 "$bin" run --timeline --width 60 "$demo")"
grep -q $'\e' <<<"$plain" && { echo "tmux-play: FAIL: NO_COLOR should win over FORCE_COLOR"; exit 1; }
widest="$(LC_ALL=C.UTF-8 wc -L <<<"$plain")"
((widest <= 60)) || { echo "tmux-play: FAIL: --width 60 gave a line $widest wide"; exit 1; }
ascii="$(env -i PATH="$PATH" LANG=C "$bin" run --timeline "$demo")"
LC_ALL=C grep -q '[^ -~]' <<<"$ascii" && { echo "tmux-play: FAIL: a C locale should get ASCII only"; exit 1; }
colour="$(env -i PATH="$PATH" LANG=C.UTF-8 FORCE_COLOR=1 TERM=xterm-256color "$bin" run --timeline "$demo")"
grep -q $'\e\\[' <<<"$colour" || { echo "tmux-play: FAIL: FORCE_COLOR should colour the chart"; exit 1; }
nocolor="$(env -i PATH="$PATH" LANG=C.UTF-8 FORCE_COLOR=1 TERM=xterm-256color "$bin" --no-color run --timeline "$demo")"
grep -q $'\e' <<<"$nocolor" && { echo "tmux-play: FAIL: --no-color before run should win"; exit 1; }

state="$(mktemp -d)"
socket="looplab-play-$$"
t() { tmux -L "$socket" "$@"; }
cleanup() { t kill-server 2>/dev/null || true; rm -rf "$state"; }
trap cleanup EXIT

screen() { t capture-pane -p -t play; }
fail() { echo "tmux-play: FAIL: $1"; echo "----- screen -----"; screen; exit 1; }
wait_for() {
    local deadline=$((SECONDS + ${2:-20}))
    until screen | grep -qF -- "$1"; do
        ((SECONDS < deadline)) || fail "timed out waiting for '$1'"
        sleep 0.1
    done
}
send() { t send-keys -t play "$@"; }
check_clean() {
    [[ "$(t display -p -t play '#{alternate_on}')" == 0 ]] || fail "still on the alternate screen ($1)"
    [[ "$(t display -p -t play '#{cursor_flag}')" == 1 ]] || fail "the cursor is hidden ($1)"
    send 'clear; echo "MODES: $(stty -a | tr " " "\n" | grep -xE -- "-?(icanon|echo|isig|icrnl|opost)" | tr "\n" " ")"' Enter
    local deadline=$((SECONDS + 20))
    until screen | grep -qE '^MODES: '; do
        ((SECONDS < deadline)) || fail "no stty report ($1)"
        sleep 0.1
    done
    local modes
    modes="$(screen | grep -E '^MODES: ' | tail -1)"
    [[ "$modes" == *"-icanon"* || "$modes" == *"-echo "* || "$modes" == *"-isig"* ]] && fail "terminal left in raw mode ($1): $modes"
    step "stty after $1: $modes"
}

t -f /dev/null new-session -d -s play -x 100 -y 32 \
    "env -i HOME='$state' TERM=xterm-256color LANG=C.UTF-8 PATH='$PATH' PS1='play\$ ' bash --norc --noprofile"
wait_for 'play$'
send 'clear' Enter

step "start the playback"
send "$bin run --play $demo" Enter
wait_for 'playing'
[[ "$(t display -p -t play '#{alternate_on}')" == 1 ]] || fail "playback should use the alternate screen"
[[ "$(t display -p -t play '#{cursor_flag}')" == 0 ]] || fail "the cursor should be hidden while playing"

step "pause"
send ' '
wait_for 'paused'
first="$(screen | head -1)"
sleep 0.5
[[ "$(screen | head -1)" == "$first" ]] || fail "the header changed while paused"

step "restart paused, then step one event"
send 'r' ' '
wait_for 'event 0/'
send '.'
wait_for 'event 1/'

step "step one iteration"
send 'n'
wait_for 'iteration 1 '
screen | grep -qF 'Ready queue' || fail "no ready queue pane while stepping"
send 'n'
wait_for 'iteration 2 '
screen | grep -qF 'Task-3 count()' || fail "the ready queue should list Task-3's step in iteration 2"
send 'n'
wait_for 'iteration 3 '
screen | grep -qF '1.000 s → Task-2 count()' || fail "the timer pane should show the sleep's deadline"

step "speed up, play to the end"
send '+' '+'
wait_for '×4'
send ' '
wait_for 'end: r replays' 30
screen | grep -qF 'Two' || fail "the output pane should show the program's output by the end"

step "quit"
send 'q'
wait_for 'play$'
history="$(t capture-pane -p -S -200 -t play)"
grep -qF 'Task-1 main()' <<<"$history" || fail "the final chart should be in the scrollback"
grep -qF 'loop callback' <<<"$history" || fail "the final chart should end with its legend"
junk="$(t capture-pane -p -e -S -200 -t play | grep -cE $'\e\\[\\?(1049|25)' || true)"
[[ "$junk" == 0 ]] || fail "escape sequences leaked onto the screen"
check_clean "quitting"

step "Ctrl-C in the middle of a playback"
send 'clear' Enter
send "$bin run --play $demo" Enter
wait_for 'playing'
send C-c
wait_for 'play$'
check_clean "Ctrl-C"

step "SIGTERM in the middle of a playback"
send 'clear' Enter
send "$bin run --play $demo" Enter
wait_for 'playing'
pane_pid="$(t display -p -t play '#{pane_pid}')"
player="$(pgrep -P "$pane_pid" -x looplab || true)"
[[ -n "$player" ]] || fail "cannot find the playback's process"
kill -TERM "$player"
wait_for 'play$'
check_clean "SIGTERM"

step "not a terminal: the static chart"
send 'clear' Enter
send "$bin run --play $demo | cat | grep -c 'Task-' " Enter
wait_for 'play$'
sleep 0.3
[[ "$(screen | grep -xE '[0-9]+' | tail -1)" -ge 4 ]] || fail "a pipe should get the static chart"

echo "tmux-play: PASS"
