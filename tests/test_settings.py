"""Config loading: validation errors name the key; secrets come from the environment
and never appear in messages."""

from __future__ import annotations

from pathlib import Path

import pytest

from flows.settings import ConfigError, load_settings

GOOD = """
[storage]
database = "db/tw.duckdb"

[[sources]]
name = "wire"
feed = "https://news.example/feed.xml"

[[sources]]
name = "release"
pages = ["https://gov.example/a", "https://gov.example/b"]
adapter = "generic"

[smtp]
host = "localhost"
port = 2525
sender = "tw@example.org"
username_env = "TW_SMTP_USER"
password_env = "TW_SMTP_PASSWORD"

[[subscribers]]
name = "desk"
email = "desk@example.org"
countries = ["jp", "EU"]
alerts = ["new_round"]

[[subscribers]]
name = "slack"
slack_webhook_env = "TW_SLACK"
"""
ENV = {"TW_SMTP_USER": "user", "TW_SMTP_PASSWORD": "s3cret-pw",
       "TW_SLACK": "https://hooks.example/T/B/s3cret-hook"}


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "tariffwatch.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_good_config(tmp_path: Path) -> None:
    settings = load_settings(write(tmp_path, GOOD), env=ENV)
    assert settings.database == tmp_path / "db" / "tw.duckdb"  # relative to the config file
    assert [s.name for s in settings.sources] == ["wire", "release"]
    assert settings.sources[1].pages == ("https://gov.example/a", "https://gov.example/b")
    assert settings.smtp is not None and settings.smtp.port == 2525
    desk, slack = settings.subscribers
    assert desk.countries == {"JP", "EU"} and desk.alerts == {"new_round"}
    assert desk.channels == ("email",) and slack.channels == ("slack",)
    assert slack.slack_webhook is not None
    assert slack.slack_webhook.reveal() == ENV["TW_SLACK"]
    assert "s3cret" not in repr(settings)


@pytest.mark.parametrize(
    ("edit", "key"),
    [
        (lambda t: t.replace('port = 2525', 'port = "2525"'), "smtp.port"),
        (lambda t: t.replace('[storage]', '[storage]\ncolour = "red"'), "storage.colour"),
        (lambda t: t.replace('name = "wire"\n', 'name = "wire"\nfeeds = "x"\n'),
         "sources[1].feeds"),
        (lambda t: t.replace('feed = "https://news.example/feed.xml"', ''), "sources[1]"),
        (lambda t: t.replace('adapter = "generic"', 'adapter = "nosuch"'), "sources[2].adapter"),
        (lambda t: t.replace('["jp", "EU"]', '["XX"]'), "subscribers[1].countries"),
        (lambda t: t.replace('["new_round"]', '["new_rounds"]'), "subscribers[1].alerts"),
        (lambda t: t.replace('name = "slack"', 'name = "desk"'), "subscribers[2].name"),
        (lambda t: t + '\n[[subscribers]]\nname = "x"\nmode = "weekly"\nemail = "a@b.c"\n',
         "subscribers[3].mode"),
        (lambda t: t.replace('feed = "https://news.example/feed.xml"', 'feed = "ftp://x/y"'),
         "sources[1]"),
        (lambda t: t.replace('starttls', 'x') + '\nunknown_table = 1\n', "unknown_table"),
    ],
)
def test_bad_config_names_the_key(tmp_path: Path, edit, key: str) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path, edit(GOOD))
    with pytest.raises(ConfigError) as caught:
        load_settings(path, env=ENV)
    message = str(caught.value)
    assert str(path) in message
    assert f"{key}:" in message


def test_missing_secret_names_the_variable_not_the_value(tmp_path: Path) -> None:
    env = {k: v for k, v in ENV.items() if k != "TW_SLACK"}
    with pytest.raises(ConfigError) as caught:
        load_settings(write(tmp_path, GOOD), env=env)
    assert "subscribers[2].slack_webhook_env" in str(caught.value)
    assert "TW_SLACK" in str(caught.value)


def test_unreadable_configs(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="file not found"):
        load_settings(tmp_path / "missing.toml", env={})
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_settings(write(tmp_path, "[storage\n"), env={})


def test_starter_example_config_is_valid_and_all_off() -> None:
    example = Path(__file__).resolve().parents[1] / "tariffwatch.toml.example"
    settings = load_settings(example, env={})
    assert settings.sources == ()  # every public feed ships switched off
    raw = example.read_text(encoding="utf-8")
    assert raw.count("[[sources]]") >= 8 and raw.count("enabled = false") >= 8
    assert "tariffwatch/0.1 (+mailto:trade-desk@example.org)" == settings.fetch.user_agent
