"""Alerts: change detection, rendering, and delivery through the ledger to a real SMTP
server (aiosmtpd) and a local Slack webhook endpoint."""

from __future__ import annotations

import socket
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import duckdb
import httpx
import pytest

from alerts import ledger
from alerts.changes import Change, KnownState, Support, detect
from alerts.deliver import deliver_pending
from alerts.email import EmailSender, SmtpSettings
from alerts.errors import DeliveryError
from alerts.render import render
from alerts.secrets import Secret
from alerts.slack import SlackSender
from alerts.subscribers import Subscriber
from flows.sinks import SlackSink, SmtpSink, free_port
from storage.db import connect
from storage.state import StoredMeeting, StoredTariff

WHEN = datetime(2025, 7, 23, 1, 45, tzinfo=UTC)


def tariff(rate: float, *, target: str = "JP", sector: str | None = None,
           kind: str = "reciprocal", previous: float | None = None, status: str = "agreed",
           sentence: str = "The tariff was cut.", article: str = "a1",
           published: datetime = WHEN) -> StoredTariff:
    return StoredTariff(
        mention_id=f"m-{article}-{rate}-{sector}", article_id=article, imposer="US",
        target=target, sector=sector, kind=kind, rate_pct=rate, previous_rate_pct=previous,
        status=status, effective_date=None, sentence=sentence, sentence_start=0,
        title="Deal <struck>", url=f"https://news.example/{article}", source="wire",
        published_at=published, outlet=f"outlet-{article}.example",
    )


def meeting(round_number: int | None, *, status: str = "planned", article: str = "a1",
            level: str = "ministerial") -> StoredMeeting:
    return StoredMeeting(
        mention_id=f"mm-{article}-{round_number}", article_id=article, parties=("JP", "US"),
        party_key="JP-US", level=level, round_number=round_number, status=status,
        meeting_date=date(2025, 6, 5), date_text="later this week", location="United States",
        participants=("Ryosei Akazawa",), sentence="A sixth round is planned.", sentence_start=0,
        title="Talks", url=f"https://news.example/{article}", source="wire", published_at=WHEN,
        outlet=f"outlet-{article}.example",
    )


def test_rate_change_against_known_layer() -> None:
    state = KnownState.from_history([tariff(24, article="old")], [])
    changes = detect(state, [tariff(15, previous=24)], []).changes
    assert [c.headline for c in changes] == ["US tariff on Japan: 24% -> 15% (agreed)"]
    assert changes[0].countries == ("JP", "US")


def test_same_rate_is_not_a_change_and_layers_stack() -> None:
    state = KnownState.from_history(
        [tariff(24, article="old"), tariff(10, target="*", kind="baseline", article="old")], [])
    # "Japan faces the 10% baseline" says nothing new about Japan's 24%.
    assert detect(state, [tariff(10, target="*", kind="baseline"), tariff(24)], []).changes == []


def test_country_layer_falls_back_to_all_partner_layer() -> None:
    state = KnownState.from_history(
        [tariff(25, target="*", sector="autos", kind="sectoral", article="old")], [])
    changes = detect(state, [tariff(15, sector="autos", kind="sectoral")], []).changes
    assert [c.headline for c in changes] == ["US tariff on Japan (autos): 25% -> 15% (agreed)"]


def test_recaps_do_not_alert() -> None:
    state = KnownState.from_history([tariff(15, article="old")], [])
    recap = tariff(30, sentence="The deal averts the 30 percent rate Trump had threatened.",
                   status="threatened")
    assert detect(state, [recap], []).changes == []


def test_new_round_only_when_higher_and_one_per_article() -> None:
    state = KnownState.from_history([], [meeting(4, status="held", article="old")])
    changes = detect(state, [], [meeting(5, status="held"), meeting(6)]).changes
    assert [c.headline for c in changes] == ["JP-US ministerial talks: round 6 planned"]
    # A later "held" report of round 6 is no news.
    assert detect(state, [], [meeting(6, status="held", article="a2")]).changes == []


def test_same_change_from_two_urls_is_one_change() -> None:
    state = KnownState.from_history([tariff(24, article="old")], [])
    changes = detect(state, [tariff(15, article="a1"), tariff(15, article="a2")], []).changes
    assert len(changes) == 1


def sample_change() -> Change:
    state = KnownState.from_history([tariff(24, article="old")], [])
    (change,) = detect(state, [tariff(
        15, sentence='Tariffs on <b>cars</b> & "parts" fall to 15% from 24%.')], []).changes
    return change


def test_render_escapes_html_and_slack() -> None:
    message = render(sample_change())
    assert "<b>cars</b>" not in message.html
    assert "&lt;b&gt;cars&lt;/b&gt; &amp;" in message.html
    assert "Deal &lt;struck&gt;" in message.html
    assert message.subject == "US tariff on Japan: 24% -> 15% (agreed)"
    assert "<b>cars</b>" in message.text  # plain text stays as written
    quoted = [b for b in message.slack["blocks"] if b["type"] == "section" and "text" in b]
    assert "&lt;b&gt;cars&lt;/b&gt; &amp;" in quoted[0]["text"]["text"]
    assert message.slack["text"].startswith(message.subject)
    assert "https://news.example/a1" in message.text


def _ledger_db(tmp_path: Path) -> duckdb.DuckDBPyConnection:
    conn = connect(tmp_path / "alerts.duckdb")
    change = sample_change()
    ledger.record_changes(conn, [change], "run-1", WHEN)
    ledger.record_supports(conn, [Support(change.change_id, "a1", "wire.example", "u")], WHEN)
    assert [c.change_id for c in ledger.confirm(conn, 1, WHEN)] == [change.change_id]
    return conn


def _subscribers(slack_url: str) -> tuple[Subscriber, ...]:
    return (
        Subscriber("desk", email="desk@example.org", countries=frozenset({"JP"})),
        Subscriber("eu-desk", email="eu@example.org", countries=frozenset({"EU"})),
        Subscriber("rounds-only", email="r@example.org", alerts=frozenset({"new_round"})),
        Subscriber("slack", slack_webhook=Secret(slack_url, "SLACK_URL")),
    )


def test_delivery_via_real_smtp_and_slack_exactly_once(
    tmp_path: Path, smtp_sink: SmtpSink, slack_sink: SlackSink
) -> None:
    conn = _ledger_db(tmp_path)
    subscribers = _subscribers(slack_sink.webhook_url())
    change = sample_change()
    assert ledger.enqueue(conn, [change], subscribers, WHEN) == 2  # desk email + slack
    assert ledger.enqueue(conn, [change], subscribers, WHEN) == 0  # idempotent
    email = EmailSender(SmtpSettings("127.0.0.1", smtp_sink.port, "tw@example.org"))
    with httpx.Client() as client:
        report = deliver_pending(conn, subscribers, email, SlackSender(client),
                                 lambda: WHEN)
        again = deliver_pending(conn, subscribers, email, SlackSender(client), lambda: WHEN)
    email.close()
    assert (report.sent, report.failed, again.sent) == (2, 0, 0)
    assert [m["Subject"] for m in smtp_sink.messages] == [change.headline]
    assert smtp_sink.recipients == [["desk@example.org"]]
    mail = smtp_sink.messages[0]
    assert mail.get_body(preferencelist=("html",)) is not None
    assert "15%" in mail.get_body(preferencelist=("plain",)).get_content()
    assert [p["text"] for p in slack_sink.posts] == [f"{change.headline} - {change.article_url}"]
    assert conn.execute("SELECT count(*) FROM alert_log WHERE delivery_status = 'sent'"
                        ).fetchone() == (2,)


def test_failed_sends_stay_pending_then_deliver_once(tmp_path: Path) -> None:
    conn = _ledger_db(tmp_path)
    port = free_port()  # nothing listens here yet: the SMTP server is "down"
    with SlackSink(statuses=[500]) as slack:
        subscribers = _subscribers(slack.webhook_url())
        ledger.enqueue(conn, [sample_change()], subscribers, WHEN)
        email = EmailSender(SmtpSettings("127.0.0.1", port, "tw@example.org", timeout_s=2))
        with httpx.Client() as client:
            down = deliver_pending(conn, subscribers, email, SlackSender(client), lambda: WHEN)
            assert (down.sent, down.failed) == (0, 2)
            rows = conn.execute("SELECT channel, status, attempts, last_error FROM deliveries"
                                " ORDER BY channel").fetchall()
            assert [(r[0], r[1], r[2]) for r in rows] == [("email", "pending", 1),
                                                          ("slack", "pending", 1)]
            assert "127.0.0.1" in rows[0][3] and "HTTP 500" in rows[1][3]
            with SmtpSink(port=port) as smtp:
                # Backoff: not retried a minute later; retried once due.
                early = deliver_pending(conn, subscribers, email, SlackSender(client),
                                        lambda: WHEN + timedelta(minutes=1))
                assert (early.sent, early.failed) == (0, 0)
                up = deliver_pending(conn, subscribers, email, SlackSender(client),
                                     lambda: WHEN + timedelta(minutes=6))
                email.close()
                assert (up.sent, up.failed) == (2, 0)
                assert len(smtp.messages) == 1
            assert len(slack.posts) == 1


def test_slack_rate_limit_and_secret_never_in_errors(tmp_path: Path) -> None:
    conn = _ledger_db(tmp_path)
    with SlackSink(statuses=[429]) as slack:
        secret_url = slack.webhook_url("/services/T123/B456/very-secret-token")
        subscribers = (Subscriber("slack", slack_webhook=Secret(secret_url, "SLACK_URL")),)
        ledger.enqueue(conn, [sample_change()], subscribers, WHEN)
        with httpx.Client() as client:
            report = deliver_pending(conn, subscribers, None, SlackSender(client), lambda: WHEN)
    assert report.failed == 1 and "429" in report.errors[0]
    # Slack's Retry-After (1 s here) sets the next attempt, not the default backoff.
    assert conn.execute("SELECT next_attempt_at FROM deliveries").fetchone() == (
        WHEN + timedelta(seconds=1),)
    closed = free_port()
    unreachable = Secret(f"http://127.0.0.1:{closed}/services/very-secret-token", "SLACK_URL")
    with httpx.Client() as client:
        report2 = deliver_pending(conn, (Subscriber("slack", slack_webhook=unreachable),), None,
                                  SlackSender(client), lambda: WHEN + timedelta(seconds=2))
    assert report2.failed == 1
    stored = " ".join(str(r) for r in conn.execute("SELECT * FROM deliveries").fetchall())
    for text in [*report.errors, *report2.errors, stored, repr(unreachable)]:
        assert "very-secret-token" not in text


def test_smtp_login_secret_not_in_error() -> None:
    with socket.socket() as bound:  # bound but not listening: connections are refused
        bound.bind(("127.0.0.1", 0))
        refused = bound.getsockname()[1]
        settings = SmtpSettings("127.0.0.1", refused, "tw@example.org",
                            username=Secret("user", "U"), password=Secret("hunter2-pw", "P"),
                                timeout_s=1)
        with pytest.raises(DeliveryError) as caught:
            EmailSender(settings).send(render(sample_change()), "desk@example.org")
    assert caught.value.channel_down
    assert "hunter2-pw" not in str(caught.value)


def test_sector_and_kind_filters() -> None:
    state = KnownState.from_history([], [])
    changes = detect(state, [
        tariff(50, target="*", sector="steel", kind="sectoral", article="s"),
        tariff(15, article="g"),
    ], []).changes
    (steel,) = [c for c in changes if c.sector == "steel"]
    (all_goods,) = [c for c in changes if c.sector is None]
    autos_desk = Subscriber("autos", email="a@example.org", sectors=frozenset({"autos"}))
    assert not autos_desk.wants(steel)  # another sector
    assert autos_desk.wants(all_goods)  # a rate on all goods concerns every sector
    rounds_only = Subscriber("r", email="r@example.org", alerts=frozenset({"new_round"}))
    assert not rounds_only.wants(all_goods)
    default = Subscriber("d", email="d@example.org")
    health = check_sources_change()
    assert not default.wants(health)  # operators' alerts only for those who ask
    assert Subscriber("ops", email="o@example.org",
                      alerts=frozenset({"source_health"})).wants(health)


def check_sources_change() -> Change:
    from alerts.health import _health

    return _health("wire", "failing", "run-1", "failed 3 runs in a row", WHEN)


def test_source_health_failing_and_silent_episodes(tmp_path: Path) -> None:
    from alerts.health import SourceRun, check_sources, record_source_runs

    conn = connect(tmp_path / "h.duckdb")
    start = datetime(2025, 7, 1, tzinfo=UTC)
    for hour in range(4):  # "quiet" answers but brings nothing new; "down" fails
        at = start + timedelta(hours=hour)
        record_source_runs(conn, f"run-{hour}", [SourceRun("quiet", True, 1 if hour == 0 else 0),
                                                  SourceRun("down", False, 0, "HTTP 503")], at)
    now = start + timedelta(hours=3)
    found = check_sources(conn, ["quiet", "down"], 3, timedelta(hours=2), now)
    assert [c.headline for c in found] == [
        "Source quiet: no new articles for 3 hours",
        "Source down: failed 4 runs in a row; last error: HTTP 503",
    ]
    again = check_sources(conn, ["quiet", "down"], 3, timedelta(hours=2),
                          now + timedelta(minutes=30))
    assert {c.change_id for c in again} == {c.change_id for c in found}  # same episodes
