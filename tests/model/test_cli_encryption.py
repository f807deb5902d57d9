"""keyaccount encrypt / decrypt, and check and forecast on an encrypted workspace."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from keyrings import MemoryKeyring, no_outside_keys, using  # noqa: F401 (autouse fixture)

from desktop.cli import main
from model import encryption
from model.encryption import ENV_VAR, HEADER, KEYRING_SERVICE

PASSPHRASE = "s3cret passphrase"


@pytest.fixture
def path(tmp_path: Path) -> Path:
    made = tmp_path / "w.kan"
    assert main(["new", str(made)]) == 0
    return made


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_encrypt_check_and_decrypt_with_the_environment(
    path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(ENV_VAR, PASSPHRASE)
    assert main(["encrypt", str(path)]) == 0
    assert f"encrypted {path}" in capsys.readouterr().out
    assert not path.read_bytes().startswith(HEADER)
    encryption.forget_all()  # each command is a new process in real use
    assert main(["check", str(path)]) == 0
    assert "No problems found." in capsys.readouterr().out
    encryption.forget_all()
    assert main(["forecast", str(path), "--json"]) == 0
    assert capsys.readouterr().out.startswith("{")
    encryption.forget_all()
    assert main(["decrypt", str(path)]) == 0
    assert path.read_bytes().startswith(HEADER)
    monkeypatch.delenv(ENV_VAR)
    encryption.forget_all()
    assert main(["check", str(path)]) == 0


def test_check_without_or_with_a_wrong_passphrase_says_so(
    path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(ENV_VAR, PASSPHRASE)
    main(["encrypt", str(path)])
    capsys.readouterr()
    encryption.forget_all()
    monkeypatch.delenv(ENV_VAR)
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert "[file.passphrase]" in out and "is encrypted" in out and ENV_VAR in out
    monkeypatch.setenv(ENV_VAR, "wrong")
    assert main(["check", str(path)]) == 1
    assert "does not open" in capsys.readouterr().out


def test_a_wrong_passphrase_is_a_clear_message_and_no_change(
    path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(ENV_VAR, PASSPHRASE)
    main(["encrypt", str(path)])
    encryption.forget_all()
    before = digest(path)
    capsys.readouterr()
    monkeypatch.setenv(ENV_VAR, "wrong")
    assert main(["decrypt", str(path)]) == 2
    err = capsys.readouterr().err
    assert "does not open" in err and str(path) in err
    assert digest(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["w.kan"]


def test_the_prompt_asks_twice_and_refuses_two_different_answers(
    path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import getpass
    import sys

    answers: list[str] = []
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": answers.pop(0))
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    before = digest(path)
    answers[:] = ["one", "two"]
    assert main(["encrypt", str(path)]) == 2
    assert "differ" in capsys.readouterr().err
    assert digest(path) == before
    answers[:] = [PASSPHRASE, PASSPHRASE]
    assert main(["encrypt", str(path)]) == 0
    assert not answers
    encryption.forget_all()
    answers[:] = [PASSPHRASE]
    assert main(["decrypt", str(path)]) == 0
    assert path.read_bytes().startswith(HEADER)


def test_no_terminal_and_no_variable_is_a_clear_refusal(
    path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import sys

    monkeypatch.setattr(sys.stdin, "isatty", lambda: False, raising=False)
    assert main(["encrypt", str(path)]) == 2
    assert ENV_VAR in capsys.readouterr().err
    assert path.read_bytes().startswith(HEADER)


def test_the_keyring_keeps_the_passphrase_until_decrypting(
    path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    ring = MemoryKeyring()
    with using(ring):
        monkeypatch.setenv(ENV_VAR, PASSPHRASE)
        assert main(["encrypt", str(path)]) == 0
        assert "saved in the system's keyring" in capsys.readouterr().out
        assert ring.saved == {(KEYRING_SERVICE, str(path.resolve())): PASSPHRASE}
        monkeypatch.delenv(ENV_VAR)
        encryption.forget_all()
        assert main(["check", str(path)]) == 0  # the keyring's passphrase
        encryption.forget_all()
        assert main(["decrypt", str(path)]) == 0
        assert ring.saved == {}


def test_encrypt_new_and_the_refusals(
    tmp_path: Path, path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(ENV_VAR, PASSPHRASE)
    missing = tmp_path / "none.kan"
    assert main(["encrypt", str(missing)]) == 2
    assert "--new" in capsys.readouterr().err
    assert main(["encrypt", "--new", str(missing)]) == 0
    assert not missing.read_bytes().startswith(HEADER)
    encryption.forget_all()
    assert main(["check", str(missing)]) == 0
    assert main(["encrypt", str(missing)]) == 2
    assert "encrypted already" in capsys.readouterr().err
    assert main(["decrypt", str(path)]) == 2
    assert "not encrypted" in capsys.readouterr().err


def test_without_sqlcipher_decrypt_says_so_before_asking(
    path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import getpass
    import sys

    monkeypatch.setenv(ENV_VAR, PASSPHRASE)
    assert main(["encrypt", str(path)]) == 0
    monkeypatch.delenv(ENV_VAR)
    encryption.forget_all()
    capsys.readouterr()
    before = digest(path)
    asked: list[str] = []
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": asked.append(prompt) or "x")
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setitem(sys.modules, "sqlcipher3", None)
    monkeypatch.setitem(sys.modules, "sqlcipher3.dbapi2", None)
    assert main(["decrypt", str(path)]) == 2
    err = capsys.readouterr().err
    assert "sqlcipher3" in err and str(path) in err
    assert asked == []
    assert main(["encrypt", str(path.with_name("other.kan")), "--new"]) == 2
    assert "not available" in capsys.readouterr().err and asked == []
    assert digest(path) == before
