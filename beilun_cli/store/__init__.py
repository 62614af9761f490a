"""A fact base at rest: the TOML loader and its checks, the SQLite index (its life cycle and its
fact tables) and the Catalog, the one query API the layers above read facts through."""
