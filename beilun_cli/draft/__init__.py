"""`draft`: candidate facts read from a new article, for a curator to finish."""
