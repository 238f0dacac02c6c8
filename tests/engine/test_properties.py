"""Whatever anyone types, the engine answers and never fails."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from careers_bot.engine import MAX_MESSAGE_LENGTH, Engine, Message


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=MAX_MESSAGE_LENGTH), payload=st.one_of(st.none(), st.text(max_size=60)))
def test_any_unicode_message_gets_a_reply(engine: Engine, text: str, payload: str | None) -> None:
    reply, state = engine.respond({}, Message(text=text, payload=payload))
    assert reply.texts
    json.dumps(reply.to_dict())
    json.dumps(state)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    state=st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=20),
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=6),
        max_leaves=20,
    )
)
def test_any_cookie_state_is_survived(engine: Engine, state: object) -> None:
    reply, new_state = engine.respond(state, Message(text="what does a care worker earn"))
    assert reply.texts and json.dumps(new_state)
