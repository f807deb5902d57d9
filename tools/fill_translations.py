"""Fill unfinished Chinese translations from a JSON file of {source: translation}.

The .ts files are XML that several people edit; this sets only messages that
are still unfinished and whose source text is in the JSON, in any context, so
a translator works from one flat list printed by ``update_translations.py``.

    .venv/bin/python tools/fill_translations.py zh.json [more.json ...]
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ZH = ROOT / "resources" / "i18n" / "keyaccount_zh_CN.ts"


def fill(ts: Path, texts: dict[str, str]) -> int:
    tree = ET.parse(ts)
    done = 0
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


def main(argv: list[str]) -> int:
    texts: dict[str, str] = {}
    for name in argv[1:]:
        texts.update(flatten(json.loads(Path(name).read_text(encoding="utf-8"))))
    print(f"{fill(ZH, texts)} messages translated in {ZH.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
