"""Fill unfinished Chinese translations from a JSON file of {source: translation}.

The .ts files are XML that several people edit; this sets only messages that
are still unfinished and whose source text is in the JSON, in any context, so
a translator works from one flat list printed by ``update_translations.py``.

    .venv/bin/python tools/fill_translations.py zh.json [more.json ...]
    .venv/bin/python tools/fill_translations.py --correct fixes.json

``--correct`` takes {context: {source: translation}} and also replaces finished
translations of exactly those messages (a reviewed wording, a badge that was
left in English); everything else is untouched.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ZH = ROOT / "resources" / "i18n" / "keyaccount_zh_CN.ts"


def fill(
    ts: Path, texts: dict[str, str], corrections: dict[tuple[str, str], str] | None = None
) -> int:
    tree = ET.parse(ts)
    done = 0
    corrections = corrections or {}
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            fixed = corrections.get((name, source))
            if (
                translation is not None
                and fixed
                and message.get("numerus") != "yes"
                and (translation.text != fixed or translation.get("type") == "unfinished")
            ):
                translation.text = fixed
                translation.attrib.pop("type", None)
                done += 1
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        if message.get("numerus") == "yes":
            text = texts.get(source)
            if text:
                forms = translation.findall("numerusform") or [
                    ET.SubElement(translation, "numerusform")
                ]
                for form in forms:
                    form.text = text
                del translation.attrib["type"]
                done += 1
            continue
        if texts.get(source):
            translation.text = texts[source]
            del translation.attrib["type"]
            done += 1
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return done


def flatten(data: dict[str, object]) -> dict[str, str]:
    """Accept {source: translation} or {context: {source: translation}}."""
    flat: dict[str, str] = {}
    for key, value in data.items():
        if isinstance(value, dict):
            flat.update({str(k): str(v) for k, v in value.items()})
        else:
            flat[key] = str(value)
    return flat


def by_context(data: dict[str, object]) -> dict[tuple[str, str], str]:
    """{context: {source: translation}} as {(context, source): translation}."""
    found: dict[tuple[str, str], str] = {}
    for context, value in data.items():
        if not isinstance(value, dict):
            raise SystemExit(f"--correct needs {{context: {{source: text}}}}, not {context!r}")
        found.update({(context, str(k)): str(v) for k, v in value.items()})
    return found


def main(argv: list[str]) -> int:
    texts: dict[str, str] = {}
    corrections: dict[tuple[str, str], str] = {}
    args = argv[1:]
    correct = "--correct" in args
    for name in (a for a in args if a != "--correct"):
        data = json.loads(Path(name).read_text(encoding="utf-8"))
        if correct:
            corrections.update(by_context(data))
        else:
            texts.update(flatten(data))
    print(f"{fill(ZH, texts, corrections)} messages translated in {ZH.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
