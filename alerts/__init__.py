"""Alerts stage: detect changes against stored state, and deliver them exactly once.

:mod:`alerts.changes` (detect, pure) -> :mod:`alerts.ledger` (record changes and
one delivery row per subscriber and channel) -> :mod:`alerts.render` (pure)
-> :mod:`alerts.email` / :mod:`alerts.slack` (IO), driven by
:mod:`alerts.deliver`.
"""
