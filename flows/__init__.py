"""Flows: the Prefect flows, the ``tariffwatch`` CLI and settings.

The only package that imports prefect. There is no network to send
telemetry to: analytics are off unless the operator turns them back on
(``pyproject.toml``'s ``[tool.prefect]`` says the same for runs started in
the project directory).
"""

import os

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_CLOUD_ENABLE_ORCHESTRATION_TELEMETRY", "false")
