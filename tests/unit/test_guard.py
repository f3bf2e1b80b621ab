"""Every event handler goes through the guard, which refuses what the client may not send."""

import reflex as rx

import myecoach.myecoach  # noqa: F401  (defines every state and page)
from myecoach.state.auth import GUARD_MARKER, _fits


def our_states() -> list[type[rx.State]]:
    """Every Reflex state class myecoach defines."""
    found, pending = [], [rx.State]
    while pending:
        state = pending.pop()
        pending.extend(state.get_substates())
        if state.__module__.startswith("myecoach."):
            found.append(state)
    return found


def test_every_event_handler_of_every_state_is_guarded():
    handlers = {
        f"{state.__name__}.{name}": handler.fn
        for state in our_states()
        for name, handler in state.event_handlers.items()
        if handler.fn.__module__.startswith("myecoach.")
    }
    assert len(handlers) >= 15
    assert [name for name, fn in handlers.items() if not hasattr(fn, GUARD_MARKER)] == []


def test_the_client_signature_hides_the_caller():
    from myecoach.state.editor import EditorState

    handler = EditorState.event_handlers["save"].fn
    assert list(handler.__signature__.parameters) == ["self", "form"]
    assert "caller" not in handler.__annotations__


def test_arguments_must_have_the_declared_type():
    assert _fits("history", str) and not _fits(["history"], str)
    assert _fits(3, int) and not _fits(True, int) and not _fits("3", int) and not _fits(3.0, int)
    assert _fits({"a": "b"}, dict) and not _fits("x", dict)
    assert _fits(None, int | None) and not _fits("x", int | None)
    assert _fits(False, bool) and not _fits(0, bool)
    assert _fits(["a", "b"], list[str]) and not _fits(["a", 1], list[str])
