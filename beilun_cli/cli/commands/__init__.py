"""One module per command; each parses its options, asks the catalog, and hands records to its Output."""
