"""What the funding tests compare: each funding found as (amount, qualifier, scope, funder)."""

from pipeline.rules import default_rules

RULES = default_rules()


def funding_rows(text: str, place=None) -> list[tuple]:
    """The fundings the shipped rules find in `text` about `place` (a gazetteer Place)."""
    return [(f.amount_eur, f.qualifier, f.scope, f.funder_id)
            for f in RULES.funding.find(text, place)]  # fmt: skip
