"""Reading a post: decoding and positions (source), the Markdown or plain-text document
model (document, frontmatter), sentences (segment), clause, negation and question logic
(clauses), phrase matching (lexicon) and the literal words a regular expression needs
(prefilter).
"""
