#!/usr/bin/env bash
# Start-up benchmark: time from process start to the main window's first frame, `java -jar target/chamberlain.jar`
# against the app image's launcher (trimmed runtime + class-data-sharing archive). Each run gets a fresh, empty data
# folder; runs alternate between the two so that a busy machine slows both alike. Prints a markdown table.
#   packaging/measure-startup.sh [RUNS]     (after `mvn -Pdist verify`; needs Xvfb unless DISPLAY is set)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
jar=target/chamberlain.jar
launcher=target/dist/chamberlain/bin/chamberlain
[[ -f "$jar" && -x "$launcher" ]] || { echo "build first: mvn -B -Pdist verify -DskipTests" >&2; exit 1; }

work=$(mktemp -d)
xvfb_pid=
cleanup() { if [[ -n "$xvfb_pid" ]]; then kill "$xvfb_pid" 2>/dev/null || true; fi; rm -rf "$work"; }
trap cleanup EXIT
if [[ -z "${DISPLAY:-}" ]]; then
    n=90
    while [[ -e /tmp/.X11-unix/X$n || -e /tmp/.X$n-lock ]]; do n=$((n + 1)); done
    Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    sleep 2
    export DISPLAY=":$n"
fi

# One run: prints "<first-frame ms> <CPU ms>" (CPU = user + system time of the process, less sensitive to load).
first_frame() {
    local home="$work/home-$RANDOM$RANDOM" out
    out=$( { TIMEFORMAT='%U %S'; time CHAMBERLAIN_HOME="$home" "$@" 2>/dev/null; } 2>&1 )
    local ms cpu
    ms=$(grep -o 'FIRST_FRAME_MS=[0-9]*' <<<"$out" | cut -d= -f2)
    cpu=$(tail -1 <<<"$out" | awk '{printf "%d", ($1 + $2) * 1000}')
    [[ -n "$ms" ]] || { echo "no first frame from: $*" >&2; exit 1; }
    echo "$ms $cpu"
}

median() { sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }

: >"$work/jar" ; : >"$work/image"
for ((i = 1; i <= runs; i++)); do
    first_frame java -Dchamberlain.benchmark.firstFrame=true -jar "$jar" >>"$work/jar"
    first_frame env JAVA_TOOL_OPTIONS=-Dchamberlain.benchmark.firstFrame=true "$launcher" >>"$work/image"
done

jar_ms=$(cut -d' ' -f1 "$work/jar" | median);   jar_cpu=$(cut -d' ' -f2 "$work/jar" | median)
img_ms=$(cut -d' ' -f1 "$work/image" | median); img_cpu=$(cut -d' ' -f2 "$work/image" | median)
ratio=$(awk -v a="$img_ms" -v b="$jar_ms" 'BEGIN {printf "%.2f", a / b}')
cpu_ratio=$(awk -v a="$img_cpu" -v b="$jar_cpu" 'BEGIN {printf "%.2f", a / b}')

echo "| start | first frame, median of $runs (ms) | CPU time, median (ms) | all runs, first frame (ms) |"
echo "|---|---:|---:|---|"
echo "| \`java -jar target/chamberlain.jar\` (JDK $(java -version 2>&1 | head -1 | cut -d'"' -f2)) | $jar_ms | $jar_cpu | $(cut -d' ' -f1 "$work/jar" | paste -sd' ') |"
echo "| app image \`bin/chamberlain\` (jlinked runtime + AppCDS) | $img_ms | $img_cpu | $(cut -d' ' -f1 "$work/image" | paste -sd' ') |"
echo "| ratio (app image / jar) | **${ratio}x** | ${cpu_ratio}x | |"
echo
echo "Load average while measuring: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; display $DISPLAY."
