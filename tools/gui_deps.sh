#!/usr/bin/env bash
# The system libraries Qt's X11/Wayland platform plugin needs, checked before `make run`.
# Installs the missing Debian/Ubuntu packages when run as root with apt-get; otherwise
# prints the exact command. Usage: tools/gui_deps.sh PATH/TO/venv/python
set -uo pipefail
python=${1:-python3}
[[ $(uname -s) == Linux ]] || exit 0
command -v ldd >/dev/null || exit 0

qt_dir=$("$python" -c 'import os, PySide6; print(os.path.join(os.path.dirname(PySide6.__file__), "Qt"))' 2>/dev/null) || exit 0
[[ -d $qt_dir ]] || exit 0

# soname -> Debian package
declare -A PACKAGE=(
    [libxcb-cursor.so.0]=libxcb-cursor0 [libxkbcommon-x11.so.0]=libxkbcommon-x11-0
    [libxkbcommon.so.0]=libxkbcommon0 [libEGL.so.1]=libegl1 [libGL.so.1]=libgl1
    [libOpenGL.so.0]=libopengl0 [libxcb-icccm.so.4]=libxcb-icccm4
    [libxcb-keysyms.so.1]=libxcb-keysyms1 [libxcb-image.so.0]=libxcb-image0
    [libxcb-randr.so.0]=libxcb-randr0 [libxcb-render-util.so.0]=libxcb-render-util0
    [libxcb-shape.so.0]=libxcb-shape0 [libxcb-xkb.so.1]=libxcb-xkb1
    [libxcb-xinerama.so.0]=libxcb-xinerama0 [libxcb-xinput.so.0]=libxcb-xinput0
    [libxcb-sync.so.1]=libxcb-sync1 [libxcb-xfixes.so.0]=libxcb-xfixes0
    [libxcb-shm.so.0]=libxcb-shm0 [libxcb-render.so.0]=libxcb-render0
    [libxcb-util.so.1]=libxcb-util1 [libxcb.so.1]=libxcb1 [libX11-xcb.so.1]=libx11-xcb1
    [libX11.so.6]=libx11-6 [libSM.so.6]=libsm6 [libICE.so.6]=libice6
    [libfontconfig.so.1]=libfontconfig1 [libfreetype.so.6]=libfreetype6
    [libdbus-1.so.3]=libdbus-1-3 [libglib-2.0.so.0]=libglib2.0-0
    [libwayland-client.so.0]=libwayland-client0 [libwayland-cursor.so.0]=libwayland-cursor0
)

missing=()
for lib in "$qt_dir/plugins/platforms/libqxcb.so" "$qt_dir/lib/libQt6XcbQpa.so.6" \
           "$qt_dir/lib/libQt6Gui.so.6" "$qt_dir/lib/libQt6Widgets.so.6"; do
    [[ -e $lib ]] || continue
    while read -r soname _; do missing+=("$soname"); done \
        < <(ldd "$lib" 2>/dev/null | awk '/not found/ {print $1}')
done
# Qt 6.5+ loads libxcb-cursor at run time: ldd cannot see it.
if command -v ldconfig >/dev/null && ! ldconfig -p 2>/dev/null | grep -q 'libxcb-cursor\.so\.0'; then
    missing+=(libxcb-cursor.so.0)
fi
[[ ${#missing[@]} -eq 0 ]] && exit 0

packages=() unknown=()
for soname in $(printf '%s\n' "${missing[@]}" | sort -u); do
    if [[ -n ${PACKAGE[$soname]:-} ]]; then packages+=("${PACKAGE[$soname]}"); else unknown+=("$soname"); fi
done
packages=($(printf '%s\n' "${packages[@]}" | sort -u))

if [[ ${#packages[@]} -gt 0 ]]; then
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
        echo "Installiere Systembibliotheken für die Oberfläche: ${packages[*]}"
        export DEBIAN_FRONTEND=noninteractive
        if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${packages[@]}"; } >/dev/null 2>&1; then
            echo "Die Installation ist fehlgeschlagen. Bitte von Hand ausführen:"
            echo "  apt-get install ${packages[*]}"
            exit 1
        fi
    else
        echo "Für die Oberfläche fehlen Systembibliotheken. Bitte installieren:"
        echo "  sudo apt-get install ${packages[*]}"
        exit 1
    fi
fi
if [[ ${#unknown[@]} -gt 0 ]]; then
    echo "Für die Oberfläche fehlen außerdem: ${unknown[*]} (Paket der Distribution installieren)"
    exit 1
fi
exit 0
