"""Two what-ifs weighed against each other ("which is better: 10% more calls or a point
more conversion?", "is raising price $10 better than cutting AHT by 30 seconds?"): the
model answers one what-if at a time, and once answered both at once, which is neither. The
question is asked back with each alone, and the levers, which rank every input."""

from __future__ import annotations

from calc.english.associate import associate
from calc.english.tokens import Tok, setting_key
from calc.errors import Ask

#: Words that weigh one thing against another.
_WEIGHED = frozenset(
    "better worse best which helps help more bigger preferable rather instead".split()
)
#: What stands between the two: "A or B", "A better than B", "A vs B".
_BETWEEN = frozenset({"or", "than", "vs", "vs.", "versus"})
_ROUGHLY = (["so"], ["take"], ["thereabouts"], ["more"], ["less"], ["fewer"], ["two"])


def alternatives_asked(tokens: list[Tok], asked: bool = True) -> None:
    """Raise an Ask when two what-ifs of different inputs are offered as alternatives ("A
    or B", and "A better than B" where something is weighed); "uplift 6% or 7%" (one input)
    is left to the reader's own rules. `asked`: whether a what-if is what is asked."""
    texts = [t.text for t in tokens]
    if not asked or _BETWEEN.isdisjoint(texts):
        return
    weighed = not _WEIGHED.isdisjoint(texts)
    for at, text in enumerate(texts):
        if text not in _BETWEEN or (text != "or" and not weighed):
            continue
        if "rather" in texts[at - 1 : at] or "instead" in texts:
            continue  # "7% uplift rather than 6%", "… instead of …": a value corrected
        if texts[at - 1 : at] == ["give"] or texts[at + 1 : at + 2] in _ROUGHLY:
            continue  # "9k a day, give or take", "a point or so": roughly
        left, right = associate(tokens[:at]), associate(tokens[at + 1 :])
        if not left.settings or not right.settings:
            continue
        first, second = left.settings[-1], right.settings[0]
        if setting_key(first) == setting_key(second):
            continue
        # what else was said (a scenario, other settings) holds for both
        said = [*left.names, *right.names, *left.settings[:-1], *right.settings[1:]]
        raise Ask(
            "each what-if is answered on its own: which one? (the levers rank them all)",
            (" ".join([*said, first]), " ".join([*said, second]), " ".join(["levers", *said])),
        )
