"""A lighter check of what each imported module is, for PySide6's ``__feature__`` hook.

Once PySide6 is imported it looks at every module imported after it, to know
which ones may switch on its opt-in ``snake_case`` / ``true_property`` features:
it reads the module's whole source (``inspect.getsource``) and searches it for
"PySide6". SQLAlchemy, NumPy, networkx and our model are imported after the
first paint, so start-up paid for reading some 300 source files (~80 ms on a
two-core laptop) and every page's first visit for its own.

We never switch those features on, so whether a module counts as using
PySide6 only has to be right in the common case; a module counted as not
using it is left alone by the feature machinery, which is what no feature
means anyway. The lighter check looks at the module's names instead of its
text: a module that imported anything from PySide6 or shiboken6 uses it.
"""

from __future__ import annotations

import sys
from types import ModuleType

QT_PACKAGES = ("PySide6", "shiboken6")


def uses_pyside(module: ModuleType) -> bool:
    """True if one of the module's names is, or comes from, PySide6 or shiboken6."""
    try:
        values = list(vars(module).values())
    except TypeError:
        return False
    for value in values:
        try:
            name = value.__name__ if isinstance(value, ModuleType) else value.__module__
        except Exception:  # a name without either (or a lazy object that refuses)
            continue
        if isinstance(name, str) and name.startswith(QT_PACKAGES):
            return True
    return False


def lighten_feature_scan() -> bool:
    """Put :func:`uses_pyside` in place of PySide6's source scan; False if this
    PySide6 has no such scan (then nothing is changed)."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    return True
