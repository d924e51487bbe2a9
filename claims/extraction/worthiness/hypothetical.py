"""A hypothetical as the claim: -0.35, weighed by combine() where no speaker is found."""

from __future__ import annotations

import re

# A hypothetical as the claim (-0.35 unless a speaker is found, in the sentence or carried over from
# the one before: German reported speech also uses the Konjunktiv II): a conditional clause, then a
# main verb in the Konjunktiv II or "would"/"could"/"might" ("Hätte der Westen früher gehandelt,
# wäre ...", "Sollte die Waffenruhe halten, könnte ...", "Had the West acted sooner, the war might
# ...", "If the sanctions bite, Moscow could ..."), or an indefinite subject before such a verb ("Ein
# Treffen ... wäre ein Signal", "A deal with Tehran would ease ..."). Not a reduced clause ("If
# convicted, he could face life in prison"), an indicative main clause ("Sollte der Vertrag
# ratifiziert werden, tritt er ... in Kraft") or a sentence with a figure.
_KONJUNKTIV_II = (
    r"(?:wäre|wären|hätte|hätten|würde|würden|könnte|könnten|müsste|müssten|dürfte|dürften|käme|kämen|gäbe"
    r"|stünde|stünden|ginge)"
)
_HYPOTHETICAL = re.compile(
    r"(?i)[\s„“\"»«]*(?:"
    r"(?:wenn|falls|sofern|sollte|sollten|" + _KONJUNKTIV_II + r")\s[^,;:?]+,\s*(?:dann\s+|so\s+)?" + _KONJUNKTIV_II
    # (a share of people is a finding: "Eine Mehrheit der Befragten würde ...", "A majority would ...")
    + r"\b|(?:ein|eine|ohne)\s+(?!(?:mehrheit|minderheit|großteil|hälfte)\b)(?:[\wäöüß-]+\s+){1,6}?" + _KONJUNKTIV_II
    + r"\b"
    r"|(?:if|unless|even\s+if|had|were|should|without)\s+(?!(?:\w+ed|found|given|chosen|taken|re-elected|elected)\b)"
    r"[^,;:?]+,\s*(?:[\w'’-]+\s+){1,6}?(?:would|could|might)\b"
    r"|an?\s+(?!(?:majority|minority)\b)(?:(?!that\b)[\w'’-]+\s+){1,6}?(?:would|could|might)\b"
    r")"
)
HYPOTHETICAL_WEIGHT = 0.35


def is_hypothetical(text: str) -> bool:
    """A hypothetical as the claim (see _HYPOTHETICAL); the engine checks it where the sentence has a word
    of HYPOTHETICAL and no quantity, and combine() weighs it where no speaker is found."""
    return _HYPOTHETICAL.match(text) is not None
