"""Protection of valid opportunities (P3.PROTECT.1–4) in the desktop.

``territories`` — the territories editor (Team page, "Territories…");
``lists`` — expired deals awaiting a decision and the public field (Board
page, "Protection…"); ``decide`` — the decision dialog (penalise, release,
transfer, extend, claim); ``section`` — the deal panel's countdown and
actions; ``commands`` — their undo commands.
"""
