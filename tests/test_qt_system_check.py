"""tools/qt_system_check.py: `make run` names the missing Qt xcb libraries first.

A clean machine had libxcb-cursor0 (which Qt's message names) but lacked
libxcb-icccm4 and libxcb-keysyms1. The checker is fed a made-up set of
present libraries and must print the one command that installs exactly the
missing packages, for Debian/Ubuntu and for Fedora.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
TOOL = ROOT / "tools" / "qt_system_check.py"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("qt_system_check", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


check = _load()
ALL = set(check.LIBRARIES)
CLEAN_MACHINE = ALL - {"libxcb-icccm.so.4", "libxcb-keysyms.so.1"}


def test_the_clean_machine_of_the_issue_on_debian(capsys: pytest.CaptureFixture[str]) -> None:
    missing = check.missing_libraries(CLEAN_MACHINE)
    assert missing == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    assert check.install_command(missing, "debian") == (
        "sudo apt-get install -y libxcb-icccm4 libxcb-keysyms1"
    )
    text = check.report(missing, "debian")
    commands = [line.strip() for line in text.splitlines() if "install -y" in line]
    assert commands == ["sudo apt-get install -y libxcb-icccm4 libxcb-keysyms1"]
    assert "libxcb-cursor0" not in commands[0]


def test_the_clean_machine_of_the_issue_on_fedora() -> None:
    missing = check.missing_libraries(CLEAN_MACHINE)
    assert check.install_command(missing, "fedora") == (
        "sudo dnf install -y xcb-util-wm xcb-util-keysyms"
    )
    text = check.report(missing, "fedora")
    commands = [line.strip() for line in text.splitlines() if "install -y" in line]
    assert commands == ["sudo dnf install -y xcb-util-wm xcb-util-keysyms"]


def test_an_unknown_distribution_gets_both_lines() -> None:
    text = check.report(["libxcb-cursor.so.0"], None)
    commands = [line.split("#")[0].strip() for line in text.splitlines() if "install -y" in line]
    assert commands == [
        "sudo apt-get install -y libxcb-cursor0",
        "sudo dnf install -y xcb-util-cursor",
    ]


def test_libraries_of_one_package_name_it_once() -> None:
    present = ALL - {"libxcb-randr.so.0", "libxcb-shape.so.0", "libxcb-xkb.so.1", "libGL.so.1"}
    missing = check.missing_libraries(present)
    assert check.packages(missing, "fedora") == ["libxcb", "libglvnd-glx"]
    assert check.packages(missing, "debian") == [
        "libxcb-randr0",
        "libxcb-shape0",
        "libxcb-xkb1",
        "libgl1",
    ]


def test_a_bare_machine_names_every_package() -> None:
    missing = check.missing_libraries(set())
    assert missing == list(check.LIBRARIES)
    line = check.install_command(missing, "debian")
    for name in ("libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxkbcommon-x11-0"):
        assert f" {name}" in line


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, True),
        ("", True),
        ("xcb", True),
        ("xcb:nogl", True),
        ("wayland;xcb", True),
        ("offscreen", False),
        ("wayland", False),
        ("vnc:size=800x600", False),
    ],
)
def test_the_check_applies_only_where_qt_would_load_xcb(value: str | None, expected: bool) -> None:
    environ = {} if value is None else {"QT_QPA_PLATFORM": value}
    assert check.applies(environ, "linux") is expected


def test_the_check_does_not_apply_off_linux() -> None:
    assert not check.applies({}, "darwin")
    assert not check.applies({}, "win32")


@pytest.mark.parametrize(
    ("os_release", "expected"),
    [
        ('ID=ubuntu\nID_LIKE=debian\nVERSION_ID="24.04"', "debian"),
        ("ID=debian\n", "debian"),
        ('ID=linuxmint\nID_LIKE="ubuntu debian"', "debian"),
        ("ID=fedora\n", "fedora"),
        ('ID="rocky"\nID_LIKE="rhel centos fedora"', "fedora"),
        ("ID=arch\n", None),
    ],
)
def test_the_distribution_family(os_release: str, expected: str | None) -> None:
    assert check.family(os_release) == expected


def test_ldd_catches_what_the_list_does_not_know(tmp_path: Path) -> None:
    out = (
        "\tlibxcb-icccm.so.4 => not found\n"
        "\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x00007f)\n"
        "\tlibfuture-xcb.so.2 => not found\n"
        "\tlibxcb-icccm.so.4 => not found\n"
    )
    missing = check.ldd_missing(tmp_path / "libqxcb.so", run=lambda *args: out)
    assert missing == ["libxcb-icccm.so.4", "libfuture-xcb.so.2"]
    text = check.report(missing, "debian")
    assert "sudo apt-get install -y libxcb-icccm4" in text
    assert "libfuture-xcb.so.2" in text and "apt-file search" in text


def test_main_prints_the_command_and_fails(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(check, "loadable", lambda soname: soname in CLEAN_MACHINE)
    monkeypatch.setattr(check.sys, "platform", "linux")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    code = check.main(["--venv", str(tmp_path), "--family", "debian"])
    err = capsys.readouterr().err
    assert code == 1
    assert "sudo apt-get install -y libxcb-icccm4 libxcb-keysyms1" in err


def test_main_is_quiet_when_all_are_there(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(check, "loadable", lambda soname: True)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    assert check.main(["--venv", str(tmp_path)]) == 0
    assert capsys.readouterr().err == ""


def test_offscreen_skips_the_check(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(check, "loadable", lambda soname: False)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert check.main(["--venv", str(tmp_path)]) == 0
    assert capsys.readouterr().err == ""


def test_the_tool_runs_without_site_packages(tmp_path: Path) -> None:
    """It runs before the venv exists: only the standard library (`python -I -S`)."""
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    done = subprocess.run(
        [sys.executable, "-I", "-S", str(TOOL), "--venv", str(ROOT / ".venv")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert "Traceback" not in done.stderr, done.stderr
    if sys.platform.startswith("linux") and done.returncode:
        assert done.returncode == 1 and "install -y" in done.stderr
    else:
        assert done.returncode == 0 and done.stderr == ""


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
def test_make_run_checks_the_libraries_before_anything_else() -> None:
    """`make -n run`: the check is the first command, before the venv and the app."""
    # Under `make test` this runs in a sub-make, which prints "make[1]: Entering directory".
    env = {k: v for k, v in os.environ.items() if k not in ("MAKELEVEL", "MAKEFLAGS", "MFLAGS")}
    done = subprocess.run(
        ["make", "--no-print-directory", "-n", "run"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
        env=env,
    )
    lines = [line.strip() for line in done.stdout.splitlines() if line.strip()]
    assert "tools/qt_system_check.py" in lines[0], lines
    app = next(i for i, line in enumerate(lines) if "keyaccount --sample" in line)
    assert app > 0
    assert all("pip install" not in line for line in lines[:1])
