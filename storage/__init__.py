"""Storage stage: everything in one DuckDB file.

:func:`storage.db.connect` opens (and migrates) the file; :mod:`storage.articles`
stores an article with its facts in one transaction, idempotently;
:mod:`storage.state` reads the tariff layers and negotiation rounds known so
far; :mod:`storage.runs` records runs, fetches and failures. The analyst's
views are created by the migrations (:mod:`storage.migrations`).
"""
