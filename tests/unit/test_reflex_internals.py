"""The Reflex internals myecoach leans on are still there: an upgrade that removes or renames
one fails here in a second, instead of silently in production."""

import inspect

import reflex as rx
from reflex.app import EventNamespace
from reflex.utils.token_manager import RedisTokenManager
from reflex_base.components.component import Component


def test_the_relay_restart_finds_the_token_manager_and_its_listeners():
    # state/relay.py: namespace._token_manager, and two listener starters on it.
    assert "self._token_manager" in inspect.getsource(EventNamespace)
    assert callable(RedisTokenManager.ensure_lost_and_found_task)
    assert callable(RedisTokenManager._ensure_socket_record_task)


def test_the_date_picker_can_memoize_its_trigger_separately():
    # components/date_picker.py: a PopoverTrigger subclass with a recursive memoization mode.
    from reflex.constants import MemoizationMode
    from reflex_components_radix.themes.components.popover import PopoverTrigger

    assert issubclass(PopoverTrigger, Component)
    assert "_memoization_mode" in Component.get_fields()
    assert MemoizationMode(recursive=True).recursive


def test_shared_states_link_and_unlink_as_documented():
    # state/live.py: SharedState._link_to, _unlink and _linked_to (documented SharedState API).
    assert inspect.iscoroutinefunction(rx.SharedState._link_to)
    assert inspect.iscoroutinefunction(rx.SharedState._unlink)
    assert "_linked_to" in rx.SharedState.get_fields()


def test_client_addresses_come_from_the_connection_and_trusted_proxies():
    # services/throttle.py counts by self.router.session.client_ip, which Reflex takes from the
    # connection, or from X-Forwarded-For only through `trusted_proxy_hops` proxies.
    assert "trusted_proxy_hops" in inspect.getsource(EventNamespace._build_static_router_data)


def test_the_warning_for_a_shared_inbox_key_is_the_one_left_out_of_the_log():
    # state/live.py drops Reflex's "disconnected client" warning for inbox keys, by its words.
    import logging

    import myecoach.state.live  # noqa: F401  (adds the filter)

    words = "Attempting to send delta to disconnected client"
    assert f"{words} {{token!r}}" in inspect.getsource(EventNamespace.emit_update)
    reflex_log = logging.getLogger("reflex.app")
    inbox_key, tab_token = "3f" * 32, "6f1c2b4e-93d1-4c57-a0de-5b1f7d1e2a90"
    for token, logged in ((inbox_key, False), (tab_token, True)):
        message = f"{words} {token!r}"
        record = reflex_log.makeRecord("reflex.app", logging.WARNING, "", 0, message, (), None)
        assert bool(reflex_log.filter(record)) is logged


def test_the_vite_config_still_has_the_chunk_groups_the_build_plugin_extends():
    # bundling.py: Reflex's Vite config template, with its reflex-env chunk group.
    from reflex.config import get_config
    from reflex.utils.frontend_skeleton import _compile_vite_config

    from myecoach.bundling import grouped

    config = grouped(_compile_vite_config(get_config()))
    assert 'name: "radix"' in config and 'name: "icons"' in config
