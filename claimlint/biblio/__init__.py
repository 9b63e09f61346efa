"""Citations and sources: which blocks are the source list (sourcelist), the reference-
string parser (refstring), in-text citations (intext), what each citation resolves to
(matching), and what a text says about a cited work: its journal (journals), its design
(study_types), its subject (subjects).
"""
