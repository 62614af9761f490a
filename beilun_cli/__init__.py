"""beilun: sourced facts about Beilun from the news, from the terminal or from Python.

    >>> import beilun_cli
    >>> base = beilun_cli.open_base()
    >>> base.fact("gdp-2018").claim.en
    'In 2018 Beilun (district level) produced a GDP of 114.646 billion yuan.'

`open_base(path=None)` returns a `store.catalog.Catalog`; see docs/python.md.
"""

# Not `from typing import ...`: typing costs milliseconds of start-up in which Ctrl-C would still
# be Python's (process.py takes it over once imported); mypy reads this name as typing's.
TYPE_CHECKING = False

__version__ = "0.1.0"

if TYPE_CHECKING:
    from typing import Any

    from beilun_cli.store.catalog import open_base as open_base

__all__ = ["open_base", "__version__"]


def __getattr__(name: str) -> "Any":
    # Imported on first use: the console script imports this package before anything else.
    if name == "open_base":
        from beilun_cli.store.catalog import open_base

        return open_base
    raise AttributeError(name)
