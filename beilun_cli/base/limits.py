"""Limits every layer keeps alike."""

# A question, a claim or a query fits in far fewer characters; the cap keeps a pasted book
# answering at once. The command line refuses a longer claim or question; search reads the start.
MAX_TEXT_CHARS = 1000
