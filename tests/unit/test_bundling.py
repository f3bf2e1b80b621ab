"""The build plugin groups Radix's and the icons' modules, and says so when Reflex's Vite
config no longer has the place it writes them."""

import pytest

from myecoach.bundling import grouped

CONFIG = """codeSplitting: {
          groups: [
            {
              test: /env.json/,
              name: "reflex-env",
            },
          ],
        },"""


def test_radix_and_the_icons_each_get_a_group_after_reflexs_own():
    assert (
        grouped(CONFIG)
        == """codeSplitting: {
          groups: [
            {
              test: /env.json/,
              name: "reflex-env",
            },
            { test: /[\\\\/]node_modules[\\\\/]@radix-ui[\\\\/]/, name: "radix" },
            { test: /[\\\\/]node_modules[\\\\/]lucide-react[\\\\/]/, name: "icons" },
          ],
        },"""
    )


def test_an_unknown_config_is_refused_rather_than_built_unchanged():
    with pytest.raises(ValueError, match="chunk groups were not found"):
        grouped("export default {}")
