"""The README is a promise: every command and SQL example in it runs, as written."""

from __future__ import annotations

import re
import shlex
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from flows.cli import app
from flows.demo import DemoSite
from flows.settings import load_settings
from flows.sinks import HttpSite

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", README, flags=re.S)


def commands() -> list[str]:
    return [line.strip() for block in blocks("sh") for line in block.splitlines()
            if line.strip().startswith("tariffwatch ")]


def test_readme_gives_the_two_setup_commands() -> None:
    lines = [line.split("#")[0].strip() for block in blocks("sh") for line in block.splitlines()]
    assert "make demo" in lines and "make test" in lines
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^demo:.*\n\t\$\(BIN\)/tariffwatch demo$", makefile, re.M)
    assert re.search(r"^test:.*\n\t\$\(BIN\)/pytest$", makefile, re.M)
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_readme_documents_every_cli_command() -> None:
    registered = {command.name or command.callback.__name__  # type: ignore[union-attr]
                  for command in app.registered_commands}
    documented = {command.split()[1] for command in commands()}
    table = set(re.findall(r"^\| `tariffwatch (\w+)", README, flags=re.M))
    assert registered == table
    assert documented <= registered
    assert {"demo", "run", "extract", "sql"} <= documented


def test_readme_config_example_is_valid(tmp_path: Path) -> None:
    (example,) = [b for b in blocks("toml") if "[[subscribers]]" in b]
    path = tmp_path / "tariffwatch.toml"
    path.write_text(example, encoding="utf-8")
    settings = load_settings(path, env={
        "TARIFFWATCH_SMTP_USER": "u", "TARIFFWATCH_SMTP_PASSWORD": "p",
        "TARIFFWATCH_SLACK_WEBHOOK": "https://hooks.example/T/B/x",
    })
    assert [s.name for s in settings.subscribers] == ["trade-desk", "slack-trade"]


@pytest.fixture(scope="module")
def user_dir(tmp_path_factory: pytest.TempPathFactory, prefect_harness: None) -> Iterator[Path]:
    """A directory laid out like a checkout where `tariffwatch demo` has been run."""
    home = tmp_path_factory.mktemp("user")
    shutil.copytree(ROOT / "flows" / "demo_site", home / "flows" / "demo_site")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(home)
        result = CliRunner().invoke(app, ["demo"])
        assert result.exit_code == 0, result.output
        yield home


@pytest.mark.flow
@pytest.mark.parametrize("command", commands())
def test_readme_command_runs(command: str, user_dir: Path,
                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(user_dir)
    site = DemoSite()
    with HttpSite(site.route) as http:
        site.base_url = http.url
        # `run --config tariffwatch.toml`: a user's config, here pointing at a local site.
        (user_dir / "tariffwatch.toml").write_text(
            f'[storage]\ndatabase = "data/run.duckdb"\n\n[[sources]]\nname = "local"\n'
            f'feed = "{http.url}/feed.xml"\n', encoding="utf-8")
        args = shlex.split(command)[1:]
        if args[0] == "demo":
            args += ["--workdir", "data/demo-again"]  # keep the module's demo database
        if args[0] == "serve":
            pytest.fail("serve runs forever; it is tested elsewhere, not from the README")
        result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, f"{command}\n{result.output}"
    assert "Traceback" not in result.output
    if args[0] == "extract" and "6th-round" in command:
        assert "15 comments (ignored)" in result.output and "Tokyo Guy" not in result.output
        assert re.search(r"JP\+US\s+ministerial\s+6\s+planned\s+2025-06-05", result.output)
    if args[0] == "sql":
        assert len(result.output.strip().splitlines()) >= 2


@pytest.mark.flow
@pytest.mark.parametrize("query", blocks("sql"))
def test_readme_sql_runs_on_the_demo_database(query: str, user_dir: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(user_dir)
    result = CliRunner().invoke(app, ["sql", query, "--db", "data/demo/tariffwatch.duckdb",
                                      "--format", "json"])
    assert result.exit_code == 0, result.output
    import json

    rows = json.loads(result.output)
    assert rows, f"no rows for:\n{query}"
    if "offsets_ok" in query:
        assert all(row["offsets_ok"] for row in rows)
    if "tariffs_asof" in query:
        assert rows[0]["rate_pct"] == 15.0 and rows[0]["target"] == "JP"
