"""The ``digest`` flow: each digest subscriber gets one message per channel with every
alert that is due (scheduled daily at ``[alerts] digest_hour``, UTC)."""

from __future__ import annotations

from prefect import flow, get_run_logger

from alerts.deliver import DeliveryReport
from flows import pipeline
from flows.collect import run_name
from flows.settings import load_settings
from storage.db import connect


@flow(name="digest", flow_run_name=run_name("digest"))
def digest(config_path: str | None = None) -> DeliveryReport:
    """Send every digest subscriber one message per channel with the alerts due.

    Args:
        config_path: path of tariffwatch.toml (default: $TARIFFWATCH_CONFIG, ./tariffwatch.toml)
    """
    logger = get_run_logger()
    settings = load_settings(config_path)
    conn = connect(settings.database, wait_s=settings.lock_wait_s)
    try:
        report = pipeline.deliver_digest(conn, settings)
    finally:
        conn.close()
    logger.info("digest: %d messages carrying %d alerts sent, %d failed",
                report.messages, report.sent, report.failed)
    for error in report.errors:
        logger.warning(error)
    return report
