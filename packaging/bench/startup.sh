#!/usr/bin/env bash
# Start-up benchmark (not a test): starts the installed app in demo mode and a bare JavaFX window
# (BareWindow.java, one Label, plain JDK) alternately under Xvfb and prints the medians of
#   first window  app: the time of its log line "window shown after N ms"; bare: the time it prints when shown
#   ready         app: the time of its log line "ready after N ms"; bare: = its first window
#   memory        RSS from /proc a few seconds after ready
# both counted from the moment the script starts the process (so each side includes what its launcher does
# before the JVM runs: the jpackage launcher's package lookup, the java launcher's own), and the app's ratio to
# the bare window. (Not from the start time in /proc: on this VM the boot time it is counted from is off from
# the wall clock by up to 1.5 s, which changes after the VM is paused.)
# The app runs twice per round: a daily start (a data folder used before, so the catalog kept from the last
# start is served at once and revalidated) and a first start (a new, empty data folder: the catalog comes from
# the embedded sandbox). Goals (issue 9): window <= 1.0x, ready <= 1.5x, memory <= 1.3x.
#
#   packaging/bench/startup.sh [runs]          (default 7)
#   APP=/path/to/bin/cloudhub-order packaging/bench/startup.sh
#   SEEDED=/path/to/data-folder packaging/bench/startup.sh
# SEEDED adds another contestant: the app on a copy of that data folder (made once, e.g. with 10 000 drafts by
# SeedDraftsForStartup, see the README), and prints how much later its window and "ready" come than the daily
# start with the empty store (issue 8: no more than 100 ms).
# APP defaults to the installed /opt/cloudhub-order, else target/dist/cloudhub-order (then its CDS archive
# is made first). The bare window is compiled against the JavaFX jars in ~/.m2 with the JDK on PATH.
# Until the app logs its start-up times, the first window is taken from the moment xdotool sees it and
# "ready" from the log line of the catalog's sign-in.
set -euo pipefail

RUNS=${1:-7}
IDLE_SECONDS=${IDLE_SECONDS:-4}
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)

if [[ -z "${BENCH_IN_XVFB:-}" ]]; then
    BENCH_IN_XVFB=1 exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$@"
fi

if [[ -z "${APP:-}" ]]; then
    if [[ -x /opt/cloudhub-order/bin/cloudhub-order ]]; then
        APP=/opt/cloudhub-order/bin/cloudhub-order
    else
        APP="$ROOT/target/dist/cloudhub-order/bin/cloudhub-order"
    fi
fi
[[ -x "$APP" ]] || { echo "no app at $APP: build it with mvn -Ppackage package or install the .deb" >&2; exit 1; }
app_root=$(cd "$(dirname "$APP")/.." && pwd)
if [[ ! -f "$app_root/lib/app/app.jsa" ]]; then
    "$app_root/lib/cloudhub-order-cds" create
fi

# the bare window, compiled once
fx_version=${JAVAFX_VERSION:-21.0.11}
repo=${M2_REPO:-$HOME/.m2/repository}/org/openjfx
fx_path=$(for m in base graphics controls; do printf '%s:' "$repo/javafx-$m/$fx_version/javafx-$m-$fx_version-linux.jar"; done)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
javac -d "$work/bare" --module-path "$fx_path" --add-modules javafx.controls "$HERE/BareWindow.java"

now_ms() { date +%s%3N; }
log_ms() { date -d "$(cut -c1-23 <<<"$1")" +%s%3N; }
rss_mb() { awk '/^VmRSS/ {printf "%d", $2 / 1024}' "/proc/$1/status"; }
median() { sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2)}'; }

data="$work/data"
run_app() {
    local data=${1:-$data}
    local out="$work/app.txt" log="$data/logs/cloudhub-order.log" pid start seen="" window ready="" line
    local signed_in="" signed_in_at=0 polls=0
    rm -f "$log"
    start=$(now_ms)
    "$APP" --sandbox --data-dir "$data" >"$out" 2>&1 &
    pid=$!
    # "ready after" comes after "window shown after" in the log; both are written a little after the
    # event, so the window seen by xdotool is only the stand-in for an app that does not log them
    for _ in $(seq 1 3000); do
        # xdotool only every 100 ms: it is a process of its own, on the same 2 cores as the app
        if [[ -z "$seen" ]] && (( polls++ % 5 == 0 )) && xdotool search --onlyvisible --name "^Cloudhub Order" >/dev/null 2>&1; then
            seen=$(( $(now_ms) - start ))
        fi
        if line=$(grep -m1 "ready after [0-9]*" "$log" 2>/dev/null); then
            ready=$(( $(log_ms "$line") - start ))
            break
        fi
        if [[ -z "$signed_in" ]] && line=$(grep -m1 "Connected as user" "$log" 2>/dev/null); then
            signed_in=$(( $(log_ms "$line") - start )); signed_in_at=$(now_ms)
        fi
        if [[ -n "$signed_in" && -n "$seen" ]] && (( $(now_ms) - signed_in_at > 2000 )); then
            ready=$signed_in
            break
        fi
        kill -0 "$pid" 2>/dev/null || { cat "$out" >&2; echo "the app ended" >&2; exit 1; }
        sleep 0.02
    done
    [[ -n "$ready" ]] || { echo "the app was not ready" >&2; exit 1; }
    if line=$(grep -m1 "window shown after [0-9]*" "$log" 2>/dev/null); then
        window=$(( $(log_ms "$line") - start ))
    else
        window=$seen
    fi
    sleep "$IDLE_SECONDS"
    echo "$window $ready $(rss_mb "$pid")"
    kill -TERM "$pid"; wait "$pid" || true
}
run_bare() {
    local out="$work/bare.txt" pid start window="" shown
    start=$(now_ms)
    java --module-path "$fx_path" --add-modules javafx.controls -cp "$work/bare" BareWindow >"$out" 2>&1 &
    pid=$!
    for _ in $(seq 1 3000); do
        shown=$(grep -m1 -o "window shown at [0-9]*" "$out" | awk '{print $4}') && [[ -n "$shown" ]] \
            && window=$(( shown - start )) && break
        kill -0 "$pid" 2>/dev/null || { cat "$out" >&2; echo "the bare window ended" >&2; exit 1; }
        sleep 0.02
    done
    sleep "$IDLE_SECONDS"
    echo "$window $window $(rss_mb "$pid")"
    kill -TERM "$pid"; wait "$pid" || true
}

echo "app:  $APP"
echo "bare: $(java -version 2>&1 | head -1), JavaFX $fx_version; $RUNS runs each, alternating, after one warm-up each"
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
seeded_data="$work/seeded"
if [[ -n "${SEEDED:-}" ]]; then
    cp -a "$SEEDED" "$seeded_data"
    echo "seeded: a copy of $SEEDED ($(du -sh "$SEEDED" | cut -f1))"
fi
run_app >/dev/null; run_bare >/dev/null
[[ -z "${SEEDED:-}" ]] || run_app "$seeded_data" >/dev/null
: >"$work/app.res"; : >"$work/first.res"; : >"$work/bare.res"; : >"$work/seeded.res"
for i in $(seq 1 "$RUNS"); do
    a=$(run_app); f=$(run_app "$work/first-$i"); rm -rf "$work/first-$i"; b=$(run_bare)
    line="run $i: window/ready/MB app $a | first start $f | bare $b"
    if [[ -n "${SEEDED:-}" ]]; then
        c=$(run_app "$seeded_data")
        line="$line | seeded $c"
        echo "$c" >>"$work/seeded.res"
    fi
    echo "$line"
    echo "$a" >>"$work/app.res"; echo "$f" >>"$work/first.res"; echo "$b" >>"$work/bare.res"
done
col() { awk -v c="$2" '{print $c}' "$1" | median; }
aw=$(col "$work/app.res" 1); ar=$(col "$work/app.res" 2); am=$(col "$work/app.res" 3)
fw=$(col "$work/first.res" 1); fr=$(col "$work/first.res" 2); fm=$(col "$work/first.res" 3)
bw=$(col "$work/bare.res" 1); bm=$(col "$work/bare.res" 3)
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
echo
printf '%-14s %9s %9s %9s %7s %7s %6s\n' "median" "app" "1st start" "bare" "ratio" "1st" "goal"
printf '%-14s %6s ms %6s ms %6s ms %6sx %6sx %6s\n' "first window" "$aw" "$fw" "$bw" "$(ratio "$aw" "$bw")" "$(ratio "$fw" "$bw")" "1.0x"
printf '%-14s %6s ms %6s ms %6s ms %6sx %6sx %6s\n' "ready" "$ar" "$fr" "$bw" "$(ratio "$ar" "$bw")" "$(ratio "$fr" "$bw")" "1.5x"
printf '%-14s %6s MB %6s MB %6s MB %6sx %6sx %6s\n' "memory (RSS)" "$am" "$fm" "$bm" "$(ratio "$am" "$bm")" "$(ratio "$fm" "$bm")" "1.3x"
if [[ -n "${SEEDED:-}" ]]; then
    sw=$(col "$work/seeded.res" 1); sr=$(col "$work/seeded.res" 2); sm=$(col "$work/seeded.res" 3)
    echo
    printf '%-14s %10s %10s %8s\n' "median" "empty" "seeded" "later by"
    printf '%-14s %7s ms %7s ms %5s ms\n' "first window" "$aw" "$sw" "$((sw - aw))"
    printf '%-14s %7s ms %7s ms %5s ms\n' "ready" "$ar" "$sr" "$((sr - ar))"
    printf '%-14s %7s MB %7s MB %5s MB\n' "memory (RSS)" "$am" "$sm" "$((sm - am))"
fi
echo "machine load after: $(cut -d' ' -f1-3 /proc/loadavg)"
