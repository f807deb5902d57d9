"""Check the system libraries Qt's X11 (xcb) platform plugin needs, before Qt runs.

When one of them is missing, Qt only says it "could not load the Qt platform
plugin xcb" and suggests libxcb-cursor0, even when that is installed and the
missing ones are, say, libxcb-icccm4 and libxcb-keysyms1. This check names
what is missing and prints the one command that installs it (apt-get on
Debian/Ubuntu, dnf on Fedora), so ``make run`` stops with a clear message.

Pure Python without third-party imports (it runs before the venv exists, with
any python3 >= 3.8). Exit codes: 0 all found (or the check does not apply:
not Linux, or ``QT_QPA_PLATFORM`` names a platform other than xcb), 1 some
are missing.

The list below is what Qt 6's ``libqxcb.so`` and ``libQt6XcbQpa.so.6`` link
against (``ldd`` of the PySide6 wheel), less glibc and libstdc++; when the
installed plugin is found, ``ldd`` on it also catches anything not listed.
"""

from __future__ import annotations

import argparse
import ctypes
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import NamedTuple


class Package(NamedTuple):
    debian: str  # Debian and Ubuntu
    fedora: str


# soname -> the package that ships it.
LIBRARIES: dict[str, Package] = {
    # the xcb plugin itself
    "libxcb.so.1": Package("libxcb1", "libxcb"),
    "libxcb-cursor.so.0": Package("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": Package("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-image.so.0": Package("libxcb-image0", "xcb-util-image"),
    "libxcb-keysyms.so.1": Package("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-randr.so.0": Package("libxcb-randr0", "libxcb"),
    "libxcb-render.so.0": Package("libxcb-render0", "libxcb"),
    "libxcb-render-util.so.0": Package("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-shape.so.0": Package("libxcb-shape0", "libxcb"),
    "libxcb-shm.so.0": Package("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": Package("libxcb-sync1", "libxcb"),
    "libxcb-util.so.1": Package("libxcb-util1", "xcb-util"),
    "libxcb-xfixes.so.0": Package("libxcb-xfixes0", "libxcb"),
    "libxcb-xkb.so.1": Package("libxcb-xkb1", "libxcb"),
    "libX11.so.6": Package("libx11-6", "libX11"),
    "libX11-xcb.so.1": Package("libx11-xcb1", "libX11-xcb"),
    "libxkbcommon.so.0": Package("libxkbcommon0", "libxkbcommon"),
    "libxkbcommon-x11.so.0": Package("libxkbcommon-x11-0", "libxkbcommon-x11"),
    # Qt Gui and Qt DBus, which the plugin loads
    "libGL.so.1": Package("libgl1", "libglvnd-glx"),
    "libEGL.so.1": Package("libegl1", "libglvnd-egl"),
    "libfontconfig.so.1": Package("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": Package("libfreetype6", "freetype"),
    "libdbus-1.so.3": Package("libdbus-1-3", "dbus-libs"),
    "libglib-2.0.so.0": Package("libglib2.0-0", "glib2"),
    "libgthread-2.0.so.0": Package("libglib2.0-0", "glib2"),
}

FAMILIES = ("debian", "fedora")
INSTALL = {"debian": "sudo apt-get install -y", "fedora": "sudo dnf install -y"}
NAMES = {"debian": "Debian/Ubuntu", "fedora": "Fedora"}


def applies(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Whether Qt will use the xcb plugin: on Linux unless QT_QPA_PLATFORM names others.

    ``QT_QPA_PLATFORM`` may hold a list (``wayland;xcb``) and plugin options
    (``xcb:nogl``); offscreen, wayland-only or vnc need none of these libraries.
    """
    if not platform.startswith("linux"):
        return False
    value = environ.get("QT_QPA_PLATFORM", "").strip()
    if not value:
        return True
    names = [part.split(":", 1)[0].strip() for part in re.split(r"[;,]", value)]
    return "xcb" in names


def loadable(soname: str) -> bool:
    """Whether the dynamic loader finds ``soname`` (and what it needs), as Qt's would."""
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def missing_libraries(
    present: Callable[[str], bool] | Iterable[str] = loadable,
    libraries: Iterable[str] = LIBRARIES,
) -> list[str]:
    """The sonames of ``libraries`` that are not present.

    ``present`` is a test (by default: can it be loaded?) or a set of the
    sonames that are there, which is how the tests describe a machine.
    """
    test = present if callable(present) else frozenset(present).__contains__
    return [soname for soname in libraries if not test(soname)]


def ldd_missing(binary: Path, run: Callable[..., str] | None = None) -> list[str]:
    """The libraries ``ldd`` reports as "not found" for ``binary`` (none without ldd)."""
    if run is None:
        if shutil.which("ldd") is None or not binary.is_file():
            return []

        def run(*args: str) -> str:
            done = subprocess.run(args, capture_output=True, text=True, timeout=30, check=False)
            return done.stdout

    out = run("ldd", str(binary))
    missing = []
    for line in out.splitlines():
        name, _, where = line.strip().partition("=>")
        if where.strip() == "not found" and name.strip() not in missing:
            missing.append(name.strip())
    return missing


def xcb_plugin(root: Path) -> Path | None:
    """The installed PySide6 xcb plugin under ``root`` (a venv or site-packages), if any."""
    for pattern in (
        "lib/python3*/site-packages/PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
    ):
        for found in sorted(root.glob(pattern)):
            return found
    return None


def family(os_release: str | None = None) -> str | None:
    """ "debian" or "fedora" from /etc/os-release (ID and ID_LIKE), else None."""
    if os_release is None:
        for candidate in ("/etc/os-release", "/usr/lib/os-release"):
            try:
                os_release = Path(candidate).read_text(encoding="utf-8", errors="replace")
                break
            except OSError:
                continue
        else:
            return None
    ids: list[str] = []
    for line in os_release.splitlines():
        key, _, value = line.partition("=")
        if key.strip() in ("ID", "ID_LIKE"):
            ids += value.strip().strip("\"'").lower().split()
    if any(i in ("debian", "ubuntu") for i in ids):
        return "debian"
    if any(i in ("fedora", "rhel", "centos") for i in ids):
        return "fedora"
    return None


def packages(missing: Iterable[str], which: str) -> list[str]:
    """The packages of ``which`` family that provide the ``missing`` sonames, once each."""
    names: list[str] = []
    for soname in missing:
        package = LIBRARIES.get(soname)
        if package is not None:
            name = getattr(package, which)
            if name not in names:
                names.append(name)
    return names


def install_command(missing: Iterable[str], which: str) -> str | None:
    """The one command that installs what provides ``missing``: ``sudo apt-get install -y …``."""
    names = packages(missing, which)
    return f"{INSTALL[which]} {' '.join(names)}" if names else None


def report(missing: list[str], which: str | None) -> str:
    """What to tell the user: what is missing and the command(s) that install it."""
    lines = [
        "Qt cannot open a window here: its X11 (xcb) platform plugin needs system",
        "libraries that are missing (Qt itself would only name libxcb-cursor0):",
    ]
    for soname in missing:
        package = LIBRARIES.get(soname)
        where = (
            f"Debian/Ubuntu: {package.debian}, Fedora: {package.fedora}"
            if package
            else "find its package with `apt-file search` or `dnf provides`"
        )
        lines.append(f"  {soname}  ({where})")
    families = [which] if which else list(FAMILIES)
    commands = [(f, install_command(missing, f)) for f in families]
    commands = [(f, c) for f, c in commands if c]
    if commands:
        lines.append("Install them with:" if len(commands) == 1 else "Install them with one of:")
        for f, command in commands:
            lines.append(f"  {command}" + ("" if which else f"    # {NAMES[f]}"))
    lines.append(
        "then run `make run` again. (Without a desktop, QT_QPA_PLATFORM=offscreen skips this.)"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Check the system libraries Qt's xcb platform plugin needs."
    )
    parser.add_argument(
        "--venv", type=Path, default=Path(".venv"), help="where PySide6 may be installed"
    )
    parser.add_argument(
        "--family", choices=FAMILIES, help="the distribution family (default: /etc/os-release)"
    )
    args = parser.parse_args(argv)
    if not applies(os.environ):
        return 0
    missing = missing_libraries(loadable)
    plugin = xcb_plugin(args.venv)
    if plugin is not None:
        missing += [soname for soname in ldd_missing(plugin) if soname not in missing]
    if not missing:
        return 0
    print(report(missing, args.family or family()), file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
