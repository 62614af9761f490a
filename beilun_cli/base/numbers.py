"""Numbers as people write them: kept with the vocabulary that writes amounts
(`beilun_cli.lexicon.numbers`), named here too for the layers that import them from base."""

from __future__ import annotations

from beilun_cli.lexicon.numbers import readable_number, tidy_number

__all__ = ["readable_number", "tidy_number"]
