"""English plural forms that tools/update_translations.py cannot derive from the source text.

English is the source language; its catalogue (feasibility_en.ts) only holds plural messages,
whose forms are derived automatically: "%n party(ies)" -> ("%n party", "%n parties"). Add an
entry here only where that derivation is wrong: {"source": ("singular", "plural")}.
"""

COMMON: dict[object, object] = {}

BY_CONTEXT: dict[str, dict[object, object]] = {}
