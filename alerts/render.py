"""Render a change into a message: plain text, HTML (escaped) and Slack Block Kit.

Pure: ``render(change) -> Message``. Sending is elsewhere.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any

from alerts.changes import Change


@dataclass(frozen=True)
class Message:
    subject: str
    text: str
    html: str
    slack: dict[str, Any]


def _facts(change: Change) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    if change.kind == "source_health":
        return [("Source", change.source), ("Problem", change.status)]
    if change.kind == "rate_change":
        old = "unknown" if change.old_rate_pct is None else f"{change.old_rate_pct:g}%"
        rows.append(("Rate", f"{old} -> {change.new_rate_pct:g}%"))
        rows.append(("Status", (change.status or "").replace("_", " ")))
        if change.effective_date:
            rows.append(("Effective", change.effective_date.isoformat()))
    else:
        rows.append(("Round", f"{change.round_number} ({change.status})"))
        if change.meeting_date or change.date_text:
            when = change.meeting_date.isoformat() if change.meeting_date else ""
            if change.date_text:
                when = f"{when} ({change.date_text})" if when else change.date_text
            rows.append(("When", when))
        if change.location:
            rows.append(("Where", change.location))
        if change.participants:
            rows.append(("Who", ", ".join(change.participants)))
    published = (
        change.published_at.strftime("%Y-%m-%d %H:%M UTC") if change.published_at else "unknown"
    )
    rows.append(("Published", f"{published} by {change.outlet or change.source}"))
    outlets = "1 outlet" if change.outlets <= 1 else f"{change.outlets} outlets"
    rows.append(("Reported by", outlets))
    return rows


def render(change: Change) -> Message:
    facts = _facts(change)
    text_lines = [change.headline, ""]
    text_lines += [f"{label}: {value}" for label, value in facts]
    text_lines += ["", f"\u201c{change.sentence}\u201d", "", change.article_title,
                   change.article_url, ""]
    text = "\n".join(text_lines)

    rows = "".join(
        f"<tr><th align='left'>{html.escape(label)}</th><td>{html.escape(value)}</td></tr>"
        for label, value in facts
    )
    body_html = (
        "<html><body>"
        f"<h2>{html.escape(change.headline)}</h2>"
        f"<table>{rows}</table>"
        f"<blockquote>{html.escape(change.sentence)}</blockquote>"
        f"<p><a href=\"{html.escape(change.article_url, quote=True)}\">"
        f"{html.escape(change.article_title)}</a></p>"
        "</body></html>"
    )
    fields = [{"type": "mrkdwn", "text": f"*{_mrkdwn(label)}*\n{_mrkdwn(value)}"}
              for label, value in facts]
    slack = {
        "text": f"{change.headline} - {change.article_url}",
        "blocks": [
            {"type": "header", "text": {"type": "plain_text", "text": change.headline[:150]}},
            {"type": "section", "fields": fields[:10]},
            {"type": "section", "text": {"type": "mrkdwn", "text": f">{_mrkdwn(change.sentence)}"}},
            {
                "type": "context",
                "elements": [{
                    "type": "mrkdwn",
                    "text": f"<{_link(change.article_url)}|{_mrkdwn(change.article_title)}>",
                }],
            },
        ],
    }
    return Message(subject=change.headline, text=text, html=body_html, slack=slack)


def _mrkdwn(value: str) -> str:
    """Slack asks for exactly these three escapes in mrkdwn text."""
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _link(url: str) -> str:
    return url.replace("|", "%7C").replace(">", "%3E").replace("<", "%3C")


def render_digest(changes: list[Change], title: str = "tariffwatch digest") -> Message:
    """Several changes in one message (digest subscribers): headlines, then each in full."""
    singles = [render(change) for change in changes]
    count = f"{len(changes)} change" + ("" if len(changes) == 1 else "s")
    subject = f"{title}: {count}"
    text = "\n".join(
        [subject, ""] + [f"- {c.headline}" for c in changes] + [""]
        + [m.text for m in singles]
    )
    body = "".join(
        m.html.removeprefix("<html><body>").removesuffix("</body></html>") + "<hr>"
        for m in singles
    )
    items = "".join(f"<li>{html.escape(c.headline)}</li>" for c in changes)
    page = f"<html><body><h1>{html.escape(subject)}</h1><ul>{items}</ul><hr>{body}</body></html>"
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": {"type": "plain_text", "text": subject[:150]}}
    ]
    for message in singles:
        blocks.extend(message.slack["blocks"][1:])  # each change without its own header
        blocks.append({"type": "divider"})
    fallback = subject + ": " + "; ".join(c.headline for c in changes)
    return Message(subject=subject, text=text, html=page,
                   slack={"text": fallback, "blocks": blocks[:50]})
