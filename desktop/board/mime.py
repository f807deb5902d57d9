"""The drag payload of board cards: which deals, and from which column.

A private MIME type keeps card drags from being mistaken for text drops in
other widgets, and carrying the source column lets a column refuse a drop
of its own cards without a database read.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QByteArray, QMimeData

MIME_TYPE = "application/x-keyaccount-deal-ids"


def encode(deal_ids: list[int], source: str) -> QMimeData:
    mime = QMimeData()
    payload = json.dumps({"ids": [int(i) for i in deal_ids], "from": source})
    mime.setData(MIME_TYPE, QByteArray(payload.encode("utf-8")))
    return mime


def decode(mime: QMimeData | None) -> tuple[list[int], str] | None:
    """(deal ids, source column) or None when the data is not ours or is damaged."""
    if mime is None or not mime.hasFormat(MIME_TYPE):
        return None
    try:
        data = json.loads(bytes(mime.data(MIME_TYPE).data()).decode("utf-8"))
        ids = [int(i) for i in data["ids"]]
        source = str(data.get("from", ""))
    except (ValueError, KeyError, TypeError):
        return None
    return (ids, source) if ids else None
