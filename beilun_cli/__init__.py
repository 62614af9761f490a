"""beilun: sourced facts about Beilun from the news, from the terminal."""

__version__ = "0.1.0"
