#!/bin/sh
# Builds Chamberlain's class-data-sharing archive, so that the JVM maps pre-parsed classes instead of loading them
# from jars at every start. Shipped inside the app image (lib/app/) because the archive is only valid for the exact
# location of the runtime and jars: the build runs it for the app image, the .deb's postinst for /opt/chamberlain.
#
#   cds-archive.sh classlist APP_DIR   record the classes that typical starts load (build time): --version, check,
#                                      and the window up to its first frame when a display (or Xvfb) is at hand
#   cds-archive.sh dump APP_DIR        write lib/app/chamberlain.jsa from that list (no display needed)
set -eu

mode=$1
app=$(cd "$2" && pwd)
launcher="$app/bin/chamberlain"
list="$app/lib/app/chamberlain.classlist"
archive="$app/lib/app/chamberlain.jsa"

record() {
    work=$(mktemp -d)
    xvfb_pid=
    trap 'if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; fi; rm -rf "$work"' EXIT
    export CHAMBERLAIN_HOME="$work/home"
    JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$work/cli.lst" "$launcher" --version >/dev/null 2>&1
    JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$work/check.lst" "$launcher" check --db "$work/train.db" >/dev/null 2>&1 || true
    if [ -z "${DISPLAY:-}" ] && command -v Xvfb >/dev/null 2>&1; then
        n=90
        while [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ]; do n=$((n + 1)); done
        Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
        xvfb_pid=$!
        sleep 2
        DISPLAY=":$n"
        export DISPLAY
    fi
    if [ -n "${DISPLAY:-}" ]; then
        # the window exits by itself once its first frame is drawn
        JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$work/window.lst -Dchamberlain.benchmark.firstFrame=true" \
            timeout 300 "$launcher" >/dev/null 2>&1 || echo "cds-archive: window training run failed; archive covers the CLI only" >&2
    else
        echo "cds-archive: no display and no Xvfb; the archive covers the command line only" >&2
    fi
    # Several runs' lists merged: ids are per run, so drop them (they are optional for the class-path loader) and
    # keep the first occurrence of each line.
    cat "$work"/*.lst | grep -v '^#' | grep -v ' source: ' | sed 's/ id: [0-9]*$//' | awk '!seen[$0]++' > "$list"
    echo "cds-archive: $(wc -l < "$list") classes recorded in $list"
}

dump() {
    [ -f "$list" ] || { echo "cds-archive: no class list at $list" >&2; exit 1; }
    rm -f "$archive"
    # The launcher passes -XX:SharedArchiveFile=<this archive> itself, so -Xshare:dump writes exactly the file it
    # will later map, with exactly the class path it will later use.
    log=$(mktemp)
    if ! JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$list" "$launcher" >"$log" 2>&1 || [ ! -f "$archive" ]; then
        cat "$log" >&2
        rm -f "$log"
        echo "cds-archive: dump failed" >&2
        exit 1
    fi
    rm -f "$log"
    echo "cds-archive: wrote $archive ($(du -h "$archive" | cut -f1))"
}

case "$mode" in
    classlist) record ;;
    dump) dump ;;
    *) echo "usage: cds-archive.sh classlist|dump APP_DIR" >&2; exit 2 ;;
esac
