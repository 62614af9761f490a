"""One module per command; each parses its options, asks query, hands records to render."""
