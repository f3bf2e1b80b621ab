"""A build plugin: the browser fetches Radix's and the icons' code as two files instead of
about two dozen."""

import reflex as rx

ANCHOR = 'name: "reflex-env",\n            },'
GROUPS = """
            { test: /[\\\\/]node_modules[\\\\/]@radix-ui[\\\\/]/, name: "radix" },
            { test: /[\\\\/]node_modules[\\\\/]lucide-react[\\\\/]/, name: "icons" },"""


def grouped(config: str) -> str:
    """Reflex's Vite config with Radix's and the icons' modules each in one file."""
    if ANCHOR not in config:
        raise ValueError("Reflex's Vite config changed: its chunk groups were not found")
    return config.replace(ANCHOR, ANCHOR + GROUPS, 1)


class FewerScriptFiles(rx.plugins.Plugin):
    """Groups the build's third-party modules into fewer files."""

    def pre_compile(self, **context) -> None:
        """Rewrite the Vite config as the app is compiled."""
        context["add_modify_task"]("vite.config.js", grouped)
