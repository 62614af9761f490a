"""One module per command; each parses its options, asks the index (catalog), hands records to render."""
