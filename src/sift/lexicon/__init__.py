"""Multilingual text knowledge every room shares: one ``fold``, one quote table, one reporting-vocabulary table per
language, one attribution-frame stripper. Ground floor: imports nothing from sift but itself.

- :mod:`sift.lexicon.fold`: accent- and case-free forms for comparing words and keys.
- :mod:`sift.lexicon.quotes`: which quotation mark closes which, in every style sift reads.
- :mod:`sift.lexicon.languages`: reporting verbs, "according to" words, complementisers… per language.
- :mod:`sift.lexicon.frame_stripper`: a sentence without its attribution frame (claims, match).
- :mod:`sift.lexicon.page_furniture`: ad labels, reading-time widgets, appeals, "read also" cues (extract, claims).
- :mod:`sift.lexicon.legal_forms`: company legal forms ("GmbH", "S.A.") and what each use leaves out.
"""
