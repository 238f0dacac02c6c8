"""Buttons and the conversation's own moves: what a tapped payload does, and the replies that need no reading.

A payload is "faq:<id>", "role:<id>[:aspect]", "start:<flow>", "answer:<value>", "area:<id>", or a move
("restart", "menu", "back", "carry-on", "human", "first-step", "plan", "not-listed", "simpler", and the small
talk of "greeting", "thanks" and "goodbye"). Typed words that mean a move reach it here too.
"""

from __future__ import annotations

from dataclasses import replace

from careers_bot.engine.compose import MENU_LABEL, Composer, first_sentence
from careers_bot.engine.entities import Entities
from careers_bot.engine.intents import AUDIENCE_FLOW
from careers_bot.engine.journeys import Journeys
from careers_bot.engine.reading import Reader, Reading
from careers_bot.engine.reply import QuickReply, Reply
from careers_bot.engine.state import State
from careers_bot.knowledge.model import KnowledgeBase

MENU_ASK = "Who are you? Or just type a question."


class Buttons:
    """What each payload does. Build once per knowledge base."""

    def __init__(self, kb: KnowledgeBase, reader: Reader, compose: Composer, journeys: Journeys) -> None:
        self.kb = kb
        self.reader = reader
        self.compose = compose
        self.journeys = journeys

    def not_understood(self, state: State, reading: Reading, text: str | None) -> Reply:
        state.misses += 1
        if state.misses >= 2:
            state.misses = 0
            reply = self.compose.human(state, 0.0)
            return replace(
                reply,
                texts=("Sorry, I still don't understand.", *reply.texts),
                intent="fallback",
                entities=reading.entities.as_dict(),
            )
        texts = (
            text or "Sorry, I don't know the answer to that one.",
            "Try asking in a different way, or pick one of these.",
        )
        buttons = [*self.compose.menu_buttons(), QuickReply("Talk to a person", "human")]
        return Reply(texts, (), tuple(buttons), "fallback", 0.0, reading.entities.as_dict())

    def press(self, state: State, payload: str, confidence: float = 1.0) -> Reply:
        kind, _, rest = payload.partition(":")
        if kind == "faq" and self.kb.get("faqs", rest):
            state.topic = payload
            return self.journeys.with_step(state, self.compose.faq(self.kb.faq(rest), state, confidence, {}))
        if kind == "role":
            role_id, _, aspect = rest.partition(":")
            if self.kb.get("roles", role_id):
                return self.journeys.with_step(
                    state, self.compose.role(self.kb.role(role_id), aspect or "about", state, confidence, {})
                )
        if kind == "start" and self.kb.get("flows", rest):
            flow = self.kb.flow(rest)
            state.audience = flow.audience
            return self.journeys.start(state, flow, Entities())
        if kind == "answer":
            step = self.journeys.current_step(state)
            if step:
                option = next((o for o in step[1].options if o.value == rest), None)
                if option:
                    return self.journeys.answer(state, step[0], step[1], option, None)
        if kind == "area" and self.kb.get("areas", rest):
            return self.compose.area(rest, state, confidence, {})
        if payload in ("restart", "menu"):
            found = (state.roles, state.services, state.faqs) if payload == "menu" else ([], [], [])
            state.__init__()  # type: ignore[misc]
            state.roles, state.services, state.faqs = found
            if payload == "menu":
                # The main menu keeps what was found: the plan stays one tap away. (No reply reads the plan's
                # lists: see replay_start.)
                return Reply(
                    ("Here is the main menu. Anything we found is still in your plan.", MENU_ASK),
                    (),
                    (*self.compose.menu_buttons(), QuickReply("See my plan", "plan")),
                    payload,
                    confidence,
                )
            return replace(self.welcome(), intent=payload, confidence=confidence)
        if payload == "back":
            back = self.journeys.back(state, confidence)
            if back:
                return back
            # No question to go back to: say so, with the opening choices; nothing found so far is lost.
            return Reply(
                ("There is no earlier question to go back to. Pick one of these, or type a question.",),
                (),
                tuple(self.compose.menu_buttons()),
                "back",
                confidence,
            )
        if payload == "carry-on":
            current = self.journeys.current_step(state)
            if current:
                return self.journeys.next_step(state, current[0], heard=False)
            return replace(self.welcome(), intent="welcome", confidence=confidence)
        if payload == "human":
            return self.compose.human(state, confidence)
        if payload == "first-step":
            return self._first_step(state, confidence)
        if payload == "plan":
            # A reply never reads the plan's lists (see replay_start): a conversation that has not yet found
            # or been told anything has an empty plan, whatever the lists say.
            if not (state.topic or state.slots or state.role or state.audience):
                return Reply(
                    ("Your plan is empty so far. Ask about a job or a service, and it will be added.",),
                    quick_replies=tuple(self.compose.menu_buttons()),
                    intent="plan",
                    confidence=confidence,
                )
            return Reply(
                (
                    "Open your plan to see what we found. You can print it, or scan its QR code with your phone "
                    "to take it with you.",
                ),
                quick_replies=(QuickReply(MENU_LABEL, "menu"),),
                intent="plan",
                confidence=confidence,
            )
        if payload == "not-listed":
            return self.not_understood(state, self.reader.read(""), "Sorry I didn't get it right.")
        if payload in ("greeting", "thanks", "goodbye"):
            return self._small_talk(state, payload, confidence)
        if payload == "simpler":
            return self._simpler(state, confidence)
        return self.not_understood(state, self.reader.read(""), None)

    def _small_talk(self, state: State, intent: str, confidence: float) -> Reply:
        texts = {
            "greeting": "Hello! I can help you find a job in health and social care, or help for your care "
            "service. Who are you?",
            "thanks": "You're welcome. Is there anything else I can help with?",
            "goodbye": "Good luck! You can take your plan with you. On a shared tablet, tap Start again so the "
            "next person does not see your answers.",
        }
        if intent == "goodbye":
            # Leaving: no journey question after "Good luck!", and one "Start again".
            leaving = (QuickReply("See my plan", "plan"), QuickReply("Start again", "restart"))
            return Reply((texts[intent],), (), leaving, intent, confidence)
        buttons = tuple(self.compose.menu_buttons())
        return self.journeys.with_step(state, Reply((texts[intent],), (), buttons, intent, confidence))

    def _simpler(self, state: State, confidence: float) -> Reply:
        """The last answer was too hard to follow ("i not understand"): its first sentence, then easy choices."""
        topic = state.topic or ""
        texts = ["Sorry that was not clear. I will use fewer words."]
        if self.journeys.current_step(state):
            # The question just asked is what was not understood: ask it again, on its own.
            return self.journeys.with_step(state, Reply(tuple(texts), (), (), "simpler", confidence))
        if topic == "role-pay" and state.role and self.kb.get("roles", state.role):
            role = self.kb.role(state.role)
            texts.append(f"{role.title}: {first_sentence(role.pay.summary)}")
        elif topic.startswith("faq:") and self.kb.get("faqs", topic[4:]):
            faq = self.kb.faq(topic[4:])
            texts.append(f"{faq.question} In short: {first_sentence(faq.answer)}")
        elif topic.startswith("role-") and state.role and self.kb.get("roles", state.role):
            role = self.kb.role(state.role)
            texts.append(f"{role.title}: {first_sentence(role.summary)}")
        texts.append("Ask me again with a few words, or tap one of these.")
        buttons = [*self.compose.menu_buttons(), QuickReply("Talk to a person", "human")]
        return Reply(tuple(texts), (), tuple(buttons), "simpler", confidence)

    def _first_step(self, state: State, confidence: float) -> Reply:
        """Where to start: the way into the job we were talking about, the journey for who they are, or ask."""
        current = self.journeys.current_step(state)
        if current:
            return self.journeys.next_step(state, current[0], heard=False)
        if state.role and self.kb.get("roles", state.role):
            return self.compose.role(self.kb.role(state.role), "entry", state, confidence, {})
        audience = state.audience
        if (
            not audience
            and state.topic
            and state.topic.startswith("faq:")
            and self.kb.get("faqs", state.topic[4:])
        ):
            # The answer just given was written for one kind of person ("Can I get a care job with no experience?").
            flows = {AUDIENCE_FLOW.get(a) for a in self.kb.faq(state.topic[4:]).audiences}
            audience = next(iter(flows)) if len(flows) == 1 else None
        flow_id = AUDIENCE_FLOW.get(audience or "")
        if flow_id and self.kb.get("flows", flow_id):
            flow = self.kb.flow(flow_id)
            state.audience = state.audience or flow.audience
            return self.journeys.start(state, flow, Entities())
        texts = (
            "Where to start depends on who you are. Tell me, and I'll ask a few quick questions, then suggest "
            "first steps.",
        )
        return Reply(texts, (), tuple(self.compose.menu_buttons()), "first-step", confidence)

    def welcome(self) -> Reply:
        texts = (
            "Hello! I'm the Care Careers Guide for Leicester, Leicestershire and Rutland.",
            "I can tell you about jobs in health and social care, what they pay, and how to get in. "
            f"I can also show people who run care services where to get help. {MENU_ASK}",
        )
        return Reply(texts, (), tuple(self.compose.menu_buttons()), "welcome", 1.0)
