#!/usr/bin/env bash
# macOS end of `mvn -Pdist package`: builds the .dmg from the app bundle Maven just built.
#   package.sh DIST_DIR JAVA_HOME INSTALLERS(true|false)
set -euo pipefail
[[ "$3" == true ]] || exit 0
"$2/bin/jpackage" "@$1/jpackage.options" @packaging/macos/installer.options --app-image "$1/Chamberlain.app" --dest "$1"
