#!/usr/bin/env bash
# End-to-end smoke test of the tutor in a real terminal (tmux):
# open the tutor, open a lesson, turn a page, answer a quiz, quit, and check the shell
# gets back a clean terminal (main screen, cursor visible, cooked mode with echo).
# Then start it again, kill it with SIGTERM, and check the terminal was restored.
#
# usage: Tests/TutorAppTests/tmux-smoke.sh      (SCRATCH=/path sets swift's --scratch-path)
set -euo pipefail
cd "$(dirname "$0")/../.."

command -v tmux >/dev/null || { echo "tmux-smoke: tmux is not installed (apt-get install tmux)"; exit 77; }
scratch=(); [[ -n "${SCRATCH:-}" ]] && scratch=(--scratch-path "$SCRATCH")
swift build "${scratch[@]}" --product looplab >/dev/null
bin="$(swift build "${scratch[@]}" --show-bin-path)/looplab"

state="$(mktemp -d)"
socket="looplab-smoke-$$"
t() { tmux -L "$socket" "$@"; }
cleanup() { t kill-server 2>/dev/null || true; rm -rf "$state"; }
trap cleanup EXIT

screen() { t capture-pane -p -t smoke; }
fail() { echo "tmux-smoke: FAIL: $1"; echo "----- screen -----"; screen; exit 1; }
# wait_for TEXT [SECONDS]: poll the pane until TEXT shows up.
wait_for() {
    local deadline=$((SECONDS + ${2:-20}))
    until screen | grep -qF -- "$1"; do
        ((SECONDS < deadline)) || fail "timed out waiting for '$1'"
        sleep 0.2
    done
}
send() { t send-keys -t smoke "$@"; }
step() { echo "tmux-smoke: $*"; }

t -f /dev/null new-session -d -s smoke -x 100 -y 30 \
    "env -i HOME='$state' XDG_STATE_HOME='$state' TERM=xterm-256color LANG=C.UTF-8 PATH='$PATH' PS1='smoke\$ ' bash --norc --noprofile"
wait_for 'smoke$'
send 'clear' Enter

step "start the tutor"
send "$bin" Enter
wait_for 'Welcome to LoopLab'
[[ "$(t display -p -t smoke '#{alternate_on}')" == 1 ]] || fail "the tutor should use the alternate screen"

step "open lesson 2"
send 'open 2' Enter
wait_for 'Lesson 2/3'

step "next page (Enter on an empty line), leave the pager if the page is long"
send Enter
wait_for 'page 2/5'
if screen | grep -qF -- '-- more'; then
    send ' '
    sleep 0.3
    send q
fi
wait_for 'looplab>'

step "Tab completion"
send 'ans' Tab
wait_for 'looplab> answer'
send ' b' Enter
wait_for 'Right!'

step "Ctrl-C clears the line, Ctrl-D leaves"
send 'garbage' C-c
sleep 0.3
screen | grep -qF 'looplab> garbage' && fail "Ctrl-C should clear the line"
send C-d
wait_for 'smoke$'
wait_for 'Your progress is saved'

step "check the terminal after quitting"
[[ "$(t display -p -t smoke '#{alternate_on}')" == 0 ]] || fail "still on the alternate screen"
[[ "$(t display -p -t smoke '#{cursor_flag}')" == 1 ]] || fail "the cursor is hidden"
send 'clear; stty -a | tr " " "\n" | grep -xE -- "-?(icanon|echo|isig|icrnl|opost)" | tr "\n" " "; echo' Enter
wait_for 'icanon'
modes="$(screen | grep -E 'icanon' | tail -1)"
[[ "$modes" == *"-icanon"* || "$modes" == *"-echo "* || "$modes" == *"-isig"* ]] && fail "terminal left in raw mode: $modes"
step "stty: $modes"
junk="$(t capture-pane -p -e -t smoke | grep -cE $'\e\\[\\?(1049|2004)' || true)"
[[ "$junk" == 0 ]] || fail "escape sequences leaked onto the screen"

step "progress was saved"
send 'clear' Enter
send "$bin progress" Enter
wait_for 'you are here'
screen | grep -qF 'Coroutines and await: 2/5 pages, 1/2 quizzes right' || fail "progress summary is wrong"

step "resume, then SIGTERM while in raw mode"
send 'clear' Enter
send "$bin" Enter
wait_for 'Welcome back'
pane_pid="$(t display -p -t smoke '#{pane_pid}')"
tutor_pid="$(pgrep -P "$pane_pid" -x looplab || true)"
[[ -n "$tutor_pid" ]] || fail "cannot find the tutor's process"
kill -TERM "$tutor_pid"
wait_for 'smoke$'
[[ "$(t display -p -t smoke '#{alternate_on}')" == 0 ]] || fail "still on the alternate screen after SIGTERM"
send 'clear; stty -a | tr " " "\n" | grep -xE -- "-?(icanon|echo|isig)" | tr "\n" " "; echo' Enter
wait_for 'icanon'
modes="$(screen | grep -E 'icanon' | tail -1)"
[[ "$modes" == *"-icanon"* || "$modes" == *"-echo "* || "$modes" == *"-isig"* ]] && fail "terminal left in raw mode after SIGTERM: $modes"
step "stty after SIGTERM: $modes"

echo "tmux-smoke: PASS"
