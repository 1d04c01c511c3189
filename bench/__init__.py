"""Benchmarks: every stage against its best alternative, measured in the same run.

``make bench`` (``python -m bench``) runs each module and prints one table:
the project's figure, a baseline measured in the same process and run, their
ratio and the target. Machines are noisy: absolute times drift, ratios taken
in one run hold. Nothing here leaves 127.0.0.1.
"""

# flows/__init__.py turns Prefect's analytics and telemetry off; import it before
# any benchmark can import prefect.
import flows  # noqa: F401
