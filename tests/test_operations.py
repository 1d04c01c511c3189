"""Operating it the Prefect way: prefect.yaml loads with Prefect's own models, its
entrypoints import, parameters validate, schedules parse; `serve` stops cleanly."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml
from prefect.cli.deploy._models import PrefectYamlModel
from prefect.client.schemas.schedules import CronSchedule
from prefect.flows import load_flow_from_entrypoint

ROOT = Path(__file__).resolve().parents[1]


def deployments() -> list[dict]:  # type: ignore[type-arg]
    raw = yaml.safe_load((ROOT / "prefect.yaml").read_text(encoding="utf-8"))
    model = PrefectYamlModel.model_validate(raw)  # raises on any invalid field
    return [d.model_dump(exclude_unset=True, mode="json") for d in model.deployments]


def test_prefect_yaml_declares_the_three_deployments() -> None:
    by_name = {d["name"]: d for d in deployments()}
    assert set(by_name) == {"collect", "digest", "backfill"}
    assert by_name["collect"]["concurrency_limit"] == 1
    assert by_name["collect"]["schedules"][0]["cron"] == "*/30 * * * *"
    assert by_name["backfill"].get("schedules") in (None, [])
    for deployment in by_name.values():
        assert deployment["work_pool"]["name"] == "tariffwatch"


@pytest.mark.parametrize("deployment", deployments(), ids=lambda d: d["name"])
def test_entrypoints_import_and_parameters_validate(deployment: dict) -> None:  # type: ignore[type-arg]
    flow = load_flow_from_entrypoint(str(ROOT / deployment["entrypoint"]))
    assert flow.name == deployment["name"]
    validated = flow.validate_parameters(deployment.get("parameters", {}))
    assert validated["config_path"] == "tariffwatch.toml"
    for schedule in deployment.get("schedules") or []:
        cron = CronSchedule(cron=schedule["cron"], timezone=schedule["timezone"])
        assert cron.timezone == "UTC"


def test_unknown_parameter_is_refused() -> None:
    flow = load_flow_from_entrypoint(str(ROOT / "flows/collect.py:collect"))
    with pytest.raises(Exception, match="colour"):
        flow.validate_parameters({"config_path": "x.toml", "colour": "red"})


@pytest.mark.flow
def test_serve_stops_cleanly_on_sigterm(tmp_path: Path) -> None:
    (tmp_path / "tariffwatch.toml").write_text(
        '[storage]\ndatabase = "tw.duckdb"\n\n[[sources]]\nname = "x"\n'
        'feed = "http://127.0.0.1:9/feed.xml"\n', encoding="utf-8")
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "flows.cli", "serve", "--config", "tariffwatch.toml"],
        cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    assert process.stdout is not None
    output = []
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        output.append(line)
        if "backfill/backfill" in line or not line:
            break
    assert any("collect/collect" in line for line in output), "".join(output)
    time.sleep(3)  # let the runner finish starting (it installs its own SIGTERM handling)
    process.send_signal(signal.SIGTERM)
    rest, _ = process.communicate(timeout=60)
    text = "".join(output) + rest
    assert process.returncode == 0, text
    assert "Traceback" not in text
    assert "tariffwatch serve: stopped" in text
