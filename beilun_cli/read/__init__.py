"""Readers of text: numerals, amounts with their units and quantifiers, times, and a claim read
into its parts. Pure functions over strings; they know nothing of a fact base."""
