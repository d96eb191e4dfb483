#!/usr/bin/env bash
# Retake the README's screenshots: the real app in a real window under Xvfb (with openbox for
# focus), driven with xdotool as a person would, on a fresh demo diary, light and dark, at
# 1366x768 and 1024x700. Needs Debian's xvfb openbox xdotool imagemagick.
#
#   docs/screenshots/take.sh [PYTHON]              (default: .venv/bin/python)
#   docs/screenshots/take.sh --languages [PYTHON]  only Today, People and Insights in de, es, fr
set -euo pipefail
cd "$(dirname "$0")/../.."
only_languages=false
if [ "${1:-}" = --languages ]; then
    only_languages=true
    shift
fi
python=${1:-.venv/bin/python}
python="$(cd "$(dirname "$python")" && pwd)/$(basename "$python")"  # absolute, still the venv's
out=docs/screenshots
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

shoot() {  # shoot SIZE THEME SUFFIX
    local size=$1 theme=$2 suffix=$3 display=:$((RANDOM % 400 + 100))
    Xvfb "$display" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 &
    sleep 1
    DISPLAY=$display openbox >/dev/null 2>&1 &
    sleep 0.5
    mkdir -p "$work/$theme$size/config/Hearth"
    printf '{"theme": "%s"}\n' "$theme" >"$work/$theme$size/config/Hearth/settings.json"
    DISPLAY=$display XDG_CONFIG_HOME=$work/$theme$size/config env -u QT_QPA_PLATFORM \
        "$python" -m diary --data-dir "$work/$theme$size/demo" --demo >/dev/null 2>&1 &
    local app=$!
    local window=""
    for _ in $(seq 60); do
        window=$(DISPLAY=$display xdotool search --name '^Hearth$' 2>/dev/null | tail -n 1) || true
        [ -n "$window" ] && break
        sleep 0.5
    done
    if [ -z "$window" ]; then
        echo "take.sh: Hearth did not open a window on $display" >&2
        exit 1
    fi
    sleep 6  # the demo diary is being made
    case $suffix in "" | -dark) DISPLAY=$display import -window "$(DISPLAY=$display xdotool getactivewindow)" "$out/unlock$suffix.png" ;; esac
    DISPLAY=$display xdotool type --delay 50 demo
    DISPLAY=$display xdotool key Return
    sleep 4
    if [ "$suffix" = "" ]; then  # tonight's entry, typed as a person would
        DISPLAY=$display xdotool key Right Right Right Up Up
        DISPLAY=$display xdotool key Tab
        DISPLAY=$display xdotool type --delay 30 calm
        DISPLAY=$display xdotool key Return Tab
        DISPLAY=$display xdotool type --delay 30 "Cora, call, 20 min, light, she called"
        DISPLAY=$display xdotool key Return
        DISPLAY=$display xdotool type --delay 30 "Mum and Dad, lunch, 90 min in person, deep"
        sleep 1.5
        DISPLAY=$display import -window "$(DISPLAY=$display xdotool getactivewindow)" "$out/evening.png"
        DISPLAY=$display xdotool key Return
        sleep 1
    fi
    local page=1
    for name in today journal people insights settings; do
        DISPLAY=$display xdotool key "ctrl+$page"
        sleep 3
        if [ "$name" = insights ]; then  # last month: a whole month to read
            DISPLAY=$display xdotool key alt+Left
            sleep 3
        fi
        DISPLAY=$display import -window "$(DISPLAY=$display xdotool getactivewindow)" "$out/$name$suffix.png"
        page=$((page + 1))
    done
    kill "$app" 2>/dev/null || true
    wait "$app" 2>/dev/null || true
    pkill -f "Xvfb $display" || true
}

welcome() {  # the first run's welcome, on a folder without a diary
    local display=:$((RANDOM % 400 + 100))
    Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
    sleep 1
    DISPLAY=$display openbox >/dev/null 2>&1 &
    sleep 0.5
    mkdir -p "$work/welcome/config/Hearth"
    printf '{"theme": "light"}\n' >"$work/welcome/config/Hearth/settings.json"
    DISPLAY=$display XDG_CONFIG_HOME=$work/welcome/config env -u QT_QPA_PLATFORM \
        "$python" -m diary --data-dir "$work/welcome/diary" >/dev/null 2>&1 &
    local app=$!
    sleep 5
    DISPLAY=$display import -window "$(DISPLAY=$display xdotool getactivewindow)" "$out/welcome.png"
    kill "$app" 2>/dev/null || true
    wait "$app" 2>/dev/null || true
    pkill -f "Xvfb $display" || true
}

features() {  # On this day, quick contact, Your week, a person, streaks, a tag, photos: light
    local display=:$((RANDOM % 400 + 100))
    Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
    sleep 1
    DISPLAY=$display openbox >/dev/null 2>&1 &
    sleep 0.5
    mkdir -p "$work/features/config/Hearth"
    printf '{"theme": "light"}\n' >"$work/features/config/Hearth/settings.json"
    DISPLAY=$display XDG_CONFIG_HOME=$work/features/config env -u QT_QPA_PLATFORM \
        "$python" -m diary --data-dir "$work/features/demo" --demo >/dev/null 2>&1 &
    local app=$!
    sleep 10
    DISPLAY=$display xdotool type --delay 50 demo
    DISPLAY=$display xdotool key Return
    sleep 5
    local window
    window=$(DISPLAY=$display xdotool getactivewindow)
    DISPLAY=$display xdotool mousemove --window "$window" 700 690
    for _ in $(seq 15); do DISPLAY=$display xdotool click 5; done  # down to the companions
    sleep 1
    DISPLAY=$display import -window "$window" "$out/on-this-day.png"
    DISPLAY=$display xdotool key ctrl+shift+n  # log a contact now
    sleep 1.5
    DISPLAY=$display xdotool type --delay 40 "Cora, walk, 40 min in person, deep, I reached out"
    sleep 1
    DISPLAY=$display import -window "$(DISPLAY=$display xdotool getactivewindow)" "$out/quick-contact.png"
    DISPLAY=$display xdotool key Escape
    sleep 1
    DISPLAY=$display xdotool key ctrl+4
    sleep 4
    DISPLAY=$display xdotool mousemove --window "$window" 630 70 click 1  # the "Your week" tab
    sleep 5
    DISPLAY=$display import -window "$window" "$out/insights-week.png"
    DISPLAY=$display xdotool key ctrl+3
    sleep 3
    DISPLAY=$display xdotool mousemove --window "$window" 240 358 click --repeat 2 1  # Dad
    sleep 3
    DISPLAY=$display import -window "$window" "$out/person.png"
    DISPLAY=$display xdotool key ctrl+4
    sleep 3
    DISPLAY=$display xdotool key alt+Left  # last month: the year's streaks up to it
    sleep 3
    DISPLAY=$display xdotool mousemove --window "$window" 424 69 click 1  # the "Streaks" tab
    sleep 5
    DISPLAY=$display import -window "$window" "$out/insights-streaks.png"
    DISPLAY=$display xdotool key ctrl+2 ctrl+f
    sleep 1
    DISPLAY=$display xdotool type --delay 60 "#therapy"  # the demo's weekly sessions
    sleep 4
    DISPLAY=$display import -window "$window" "$out/journal-tag.png"
    DISPLAY=$display xdotool mousemove --window "$window" 886 104 click --repeat 2 1  # the newest
    sleep 3
    DISPLAY=$display xdotool mousemove --window "$window" 880 500
    for _ in $(seq 20); do DISPLAY=$display xdotool click 4; done  # to the top (the page kept
    for _ in $(seq 4); do DISPLAY=$display xdotool click 5; done  # its place), down to its tags
    DISPLAY=$display xdotool mousemove --window "$window" 1150 700
    sleep 1
    DISPLAY=$display import -window "$window" "$out/today-tags.png"
    # A day's photos: three pictures added with "Add photos…", their names typed in its dialog
    mkdir -p "$work/photos"
    "$python" - "$work/photos" <<'PY'
import sys
from pathlib import Path
from PIL import Image, ImageDraw

def picture(name, top, bottom, sun, land):
    image = Image.new("RGB", (1600, 1200))
    draw = ImageDraw.Draw(image)
    for y in range(1200):
        t = y / 1200
        draw.line([(0, y), (1600, y)], fill=tuple(int(a + (b - a) * t) for a, b in zip(top, bottom)))
    x, y, r = sun
    draw.ellipse([x - r, y - r, x + r, y + r], fill=(255, 236, 180))
    draw.polygon([(0, 1200), *land, (1600, 1200)], fill=(52, 46, 60))
    image.save(Path(sys.argv[1]) / name, "JPEG", quality=88)

picture("IMG_2040.jpg", (246, 170, 112), (118, 62, 92), (1040, 660, 110), [(0, 860), (500, 780), (900, 900), (1600, 820)])
picture("IMG_2041.jpg", (150, 200, 240), (232, 240, 250), (300, 260, 80), [(0, 900), (700, 840), (1200, 930), (1600, 880)])
picture("IMG_2042.jpg", (40, 52, 104), (214, 120, 86), (800, 760, 120), [(0, 940), (400, 900), (1100, 960), (1600, 900)])
PY
    DISPLAY=$display xdotool key ctrl+1 ctrl+t  # this evening, on Today
    sleep 2
    DISPLAY=$display xdotool mousemove --window "$window" 880 500
    for _ in $(seq 20); do DISPLAY=$display xdotool click 4; done  # to the top
    DISPLAY=$display xdotool mousemove --window "$window" 880 580 click 1  # the text
    DISPLAY=$display xdotool type --delay 30 "Sea air all afternoon; the light on the water at six."
    DISPLAY=$display xdotool mousemove --window "$window" 851 632 click 1  # "Add photos…"
    sleep 2
    DISPLAY=$display xdotool key ctrl+a
    DISPLAY=$display xdotool type --delay 20 "$work/photos"
    DISPLAY=$display xdotool key Return
    sleep 1
    DISPLAY=$display xdotool type --delay 20 '"IMG_2040.jpg" "IMG_2041.jpg" "IMG_2042.jpg"'
    DISPLAY=$display xdotool key Return
    sleep 4
    DISPLAY=$display xdotool mousemove --window "$window" 880 500
    for _ in $(seq 4); do DISPLAY=$display xdotool click 5; done  # down to the photos
    DISPLAY=$display xdotool mousemove --window "$window" 1150 700
    sleep 1
    DISPLAY=$display import -window "$window" "$out/today-photos.png"
    kill "$app" 2>/dev/null || true
    wait "$app" 2>/dev/null || true
    pkill -f "Xvfb $display" || true
}

speak() {  # speak LANGUAGE: Today, People and Insights of a demo diary made in that language
    local language=$1 display=:$((RANDOM % 400 + 100))
    Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
    sleep 1
    DISPLAY=$display openbox >/dev/null 2>&1 &
    sleep 0.5
    mkdir -p "$work/$language/config/Hearth"
    printf '{"theme": "light", "language": "%s"}\n' "$language" >"$work/$language/config/Hearth/settings.json"
    DISPLAY=$display XDG_CONFIG_HOME=$work/$language/config env -u QT_QPA_PLATFORM \
        "$python" -m diary --data-dir "$work/$language/demo" --demo >/dev/null 2>&1 &
    local app=$!
    sleep 10  # the window opens and the demo diary is made
    DISPLAY=$display xdotool type --delay 50 demo
    DISPLAY=$display xdotool key Return
    sleep 4
    DISPLAY=$display import -window "$(DISPLAY=$display xdotool getactivewindow)" "$out/today-$language.png"
    DISPLAY=$display xdotool key ctrl+3
    sleep 3
    DISPLAY=$display import -window "$(DISPLAY=$display xdotool getactivewindow)" "$out/people-$language.png"
    DISPLAY=$display xdotool key ctrl+4
    sleep 3
    DISPLAY=$display xdotool key alt+Left
    sleep 3
    DISPLAY=$display import -window "$(DISPLAY=$display xdotool getactivewindow)" "$out/insights-$language.png"
    kill "$app" 2>/dev/null || true
    wait "$app" 2>/dev/null || true
    pkill -f "Xvfb $display" || true
}

for language in de es fr; do
    speak "$language"
done
if $only_languages; then
    echo "screenshots in de, es and fr retaken in $out"
    exit 0
fi
welcome
features
shoot 1366x768 light ""
shoot 1366x768 dark "-dark"
shoot 1024x700 light "-small"
shoot 1024x700 dark "-small-dark"
echo "screenshots retaken in $out"
