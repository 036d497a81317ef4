#!/usr/bin/env bash
# Linux end of `mvn -Pdist package` (called by Maven after it built the app image; run from the project folder):
# records the start-up class list, builds the .deb (and the .rpm where rpmbuild exists) from the app image, then
# writes the class-data-sharing archive into the app image itself. The packages build theirs at install time.
#   package.sh DIST_DIR JAVA_HOME INSTALLERS(true|false)
set -euo pipefail
dist=$1
jpackage="$2/bin/jpackage"
installers=$3
app="$dist/chamberlain"

sh "$app/lib/app/cds-archive.sh" classlist "$app"

if [[ "$installers" == true ]]; then
    common=("@$dist/jpackage.options" @packaging/linux/installer.options --app-image "$app" --dest "$dist")
    "$jpackage" --type deb "${common[@]}" --linux-package-deps "libgtk-3-0, libgl1, libxxf86vm1, libxtst6"
    if command -v rpmbuild >/dev/null 2>&1; then
        "$jpackage" --type rpm "${common[@]}" --linux-rpm-license-type "ASL 2.0" \
            --linux-package-deps "gtk3, mesa-libGL, libXxf86vm, libXtst"
    else
        echo "package.sh: rpmbuild not found, no .rpm built"
    fi
fi

sh "$app/lib/app/cds-archive.sh" dump "$app"
ls -l "$dist"/*.deb "$dist"/*.rpm 2>/dev/null || true
du -sh "$app"
