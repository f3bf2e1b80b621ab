"""Reflex configuration: SQLite and one process by default, env vars for production."""

from pathlib import Path

import reflex as rx

from myecoach import settings
from myecoach.bundling import FewerScriptFiles

BUN = Path(__file__).parent / "tools" / "node_modules" / ".bin" / "bun"
SETTINGS = {"bun_path": BUN} if BUN.exists() else {}
if settings.redis_url():
    SETTINGS["redis_url"] = settings.redis_url()
else:  # one worker process: keep app state in memory rather than pickling it to disk
    SETTINGS["state_manager_mode"] = "memory"
if settings.public_url():
    SETTINGS["api_url"] = settings.public_url()

config = rx.Config(
    app_name="myecoach",
    db_url=settings.db_url(),
    telemetry_enabled=False,
    show_built_with_reflex=False,
    plugins=[
        rx.plugins.RadixThemesPlugin(
            theme=rx.theme(accent_color="indigo", gray_color="slate", radius="medium")
        ),
        FewerScriptFiles(),
    ],
    disable_plugins=[rx.plugins.SitemapPlugin],
    **SETTINGS,
)
