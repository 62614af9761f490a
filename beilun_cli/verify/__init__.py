"""`check`: a claim aligned with the facts that bear on it, and a verdict with its rule."""
