"""Email delivery over SMTP (smtplib): text and HTML parts, one connection per batch."""

from __future__ import annotations

import html
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from alerts.errors import DeliveryError
from alerts.render import Message
from alerts.secrets import Secret


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int = 25
    sender: str = "tariffwatch@localhost"
    username: Secret | None = None
    password: Secret | None = None
    starttls: bool = False
    timeout_s: float = 30.0


@dataclass(frozen=True)
class Unsubscribe:
    """How a recipient leaves: a per-subscriber token, by mail or (if set up) by URL."""

    token: str
    url_template: str | None = None  # e.g. "https://example.org/unsubscribe?token={token}"

    def url(self) -> str | None:
        return self.url_template.format(token=self.token) if self.url_template else None


def build_email(
    message: Message, sender: str, recipient: str, unsubscribe: Unsubscribe | None = None
) -> EmailMessage:
    mail = EmailMessage()
    mail["Subject"] = message.subject
    mail["From"] = sender
    mail["To"] = recipient
    mail["Date"] = formatdate(localtime=False)
    mail["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or "localhost")
    text, page = message.text, message.html
    if unsubscribe is not None:
        mailto = f"mailto:{sender}?subject=unsubscribe%20{unsubscribe.token}"
        url = unsubscribe.url()
        mail["List-Unsubscribe"] = ", ".join(f"<{u}>" for u in (url, mailto) if u)
        mail["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
        how = url or f"reply to {sender} with the subject 'unsubscribe {unsubscribe.token}'"
        text += f"\n--\nTo stop these alerts: {how}\n"
        page = page.replace(
            "</body>", f"<hr><p>To stop these alerts: {html.escape(how)}</p></body>"
        )
    mail.set_content(text)
    mail.add_alternative(page, subtype="html")
    return mail


class EmailSender:
    """Sends messages through one SMTP session, opened on first use."""

    def __init__(self, settings: SmtpSettings) -> None:
        self.settings = settings
        self._smtp: smtplib.SMTP | None = None

    def send(
        self, message: Message, recipient: str, unsubscribe: Unsubscribe | None = None
    ) -> None:
        mail = build_email(message, self.settings.sender, recipient, unsubscribe)
        try:
            smtp = self._session()
            refused = smtp.send_message(mail)
        except smtplib.SMTPRecipientsRefused:
            raise DeliveryError("email", f"recipient refused: {recipient}") from None
        except (smtplib.SMTPException, OSError) as exc:
            self.close()
            raise DeliveryError("email", self._describe(exc), channel_down=True) from None
        if refused:
            raise DeliveryError("email", f"recipient refused: {recipient}")

    def _session(self) -> smtplib.SMTP:
        if self._smtp is None:
            s = self.settings
            smtp = smtplib.SMTP(s.host, s.port, timeout=s.timeout_s)
            if s.starttls:
                smtp.starttls(context=ssl.create_default_context())
            if s.username is not None and s.password is not None:
                smtp.login(s.username.reveal(), s.password.reveal())
            self._smtp = smtp
        return self._smtp

    def _describe(self, exc: BaseException) -> str:
        text = f"SMTP {self.settings.host}:{self.settings.port}: {type(exc).__name__}: {exc}"
        for secret in (self.settings.username, self.settings.password):
            if secret is not None:
                text = secret.redact(text)
        return text

    def close(self) -> None:
        if self._smtp is not None:
            try:
                self._smtp.quit()
            except (smtplib.SMTPException, OSError):
                pass
            self._smtp = None
