"""The analyzer and ranking: words and terms in both languages, postings, BM25, query expansion,
and the marks of what matched."""
