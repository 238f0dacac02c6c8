"""Guided journeys: the flow's next question, the answers read from what people say, and going back.

A journey's answers live in the state's slots. They come from buttons, from an answer typed to the
question just asked, or from what a message told us on the way (an age, a town, "can't find staff").
"""

from __future__ import annotations

import re
from dataclasses import replace

from rapidfuzz import fuzz, process

from careers_bot.engine.compose import Composer
from careers_bot.engine.entities import Entities, age_band, answer_slots
from careers_bot.engine.normalise import fold
from careers_bot.engine.outcomes import SLOT_LABELS, chosen_labels, finish
from careers_bot.engine.reading import Reader, Reading
from careers_bot.engine.reply import QuickReply, Reply
from careers_bot.engine.state import State
from careers_bot.knowledge.model import Flow, FlowOption, FlowStep, KnowledgeBase

# An option that says what someone cannot do ("I can't drive") is picked by words that say so too: "could I drive
# people to appointments?" says the opposite.
NOT_WORDS = re.compile(r"\b(?:no|not|cant|can t|cannot|dont|don t|never|without|lost|banned|ban|none)\b")

# Slots whose answers are plain words ("recruiting", "part time"), read from a message that starts a journey.
WORDED_SLOTS = frozenset({"need", "hours", "interest", "setting"})
# Journey answers that say "not sure": taken when tapped or typed as the answer, never guessed.
UNSURE_VALUES = frozenset({"any", "not-sure"})
QUIET_AFTER = 2  # asides before the journey's question stops being repeated under each answer
ASIDES_LIMIT = 9
CARRY_ON = QuickReply("Carry on with my questions", "carry-on")
SUGGEST_ROLES = "suggest-roles"  # the outcome of the journey that suggests jobs from what someone enjoys
ASKING_WORDS = frozenset({"need", "needs", "support", "help", "advice", "struggling", "want", "looking"})


class Journeys:
    """The knowledge base's guided journeys, with each option's words indexed once."""

    def __init__(self, kb: KnowledgeBase, reader: Reader, compose: Composer) -> None:
        self.kb = kb
        self.compose = compose
        self._role_names = frozenset(name for names in reader.role_names.values() for name in names)
        # Each journey option's words as a message reads them, and each step's answers by those words.
        self._option_phrases: dict[FlowOption, tuple[str, ...]] = {}
        self._choices: dict[FlowStep, dict[str, FlowOption]] = {}
        for flow in kb.flows:
            for step in flow.steps:
                choices = self._choices.setdefault(step, {})
                for option in step.options:
                    said = [" ".join(reader.lexicon.read(w)) for w in (option.label, *option.words)]
                    self._option_phrases[option] = tuple(said)
                    for text in (option.label, option.value.replace("-", " "), *option.words):
                        choices[" ".join(reader.lexicon.read(text))] = option

    def suggesting(self, reading: Reading) -> Flow | None:
        """The journey that suggests jobs, when a message names something it asks about ("I like science")."""
        said = f" {' '.join(reading.tokens)} "
        for flow in self.kb.flows:
            if flow.outcome != SUGGEST_ROLES:
                continue
            for step in flow.steps:
                if step.slot not in WORDED_SLOTS:
                    continue
                for option in step.options:
                    if option.value not in UNSURE_VALUES and any(
                        len(p) > 3 and f" {p} " in said and p not in self._role_names
                        for p in self._option_phrases[option]
                    ):
                        return flow
        return None

    def current_step(self, state: State) -> tuple[Flow, FlowStep] | None:
        """The journey under way and the question it last asked, if any."""
        if not state.flow or not state.step:
            return None
        flow = self.kb.flow(state.flow)
        step = next((s for s in flow.steps if s.id == state.step), None)
        return (flow, step) if step else None

    def start(self, state: State, flow: Flow, entities: Entities, reading: Reading | None = None) -> Reply:
        """Begin a journey with what the message told us, and ask its first unanswered question."""
        state.flow, state.step, state.trail = flow.id, None, []
        state.slots = {}
        self.fill_slots(state, entities, reading)
        reply = self.next_step(state, flow, heard=bool(state.slots))
        # What the message told us, including journey answers read from its words ("can't find staff").
        told = {**entities.as_dict(), **state.slots}
        return replace(reply, texts=(flow.intro, *reply.texts), entities=told)

    def fill_slots(self, state: State, entities: Entities, reading: Reading | None = None) -> None:
        """Note the journey's answers that a message gave: its entities, and words that name an option."""
        if not state.flow:
            return
        flow = self.kb.flow(state.flow)
        for slot, value in entities.slots().items():
            for step in flow.steps:
                if slot in answer_slots(step.slot) and any(o.value == value for o in step.options):
                    state.slots[slot] = value
        if reading is None:
            return
        said = f" {' '.join(reading.tokens)} "
        asking = bool(set(reading.raw) & ASKING_WORDS)
        for step in flow.steps:
            if step.slot in state.slots or step.slot not in WORDED_SLOTS:
                continue
            for option in step.options:
                if option.value in UNSURE_VALUES:
                    continue  # "no idea what I want to do" is not an answer to where they'd like to work
                # Naming a job while saying who you are ("I'm the registered manager") answers nothing.
                if any(
                    len(p) > 3 and f" {p} " in said and (asking or p not in self._role_names)
                    for p in self._option_phrases[option]
                ):
                    state.slots[step.slot] = option.value
                    break

    def match_option(self, step: FlowStep, reading: Reading) -> FlowOption | None:
        """The option of a step that a typed message picks ("part time", "I'm 19"), if any."""
        found = reading.entities.slots().get(step.slot)
        if found:
            option = next((o for o in step.options if o.value == found), None)
            if option:
                return option
        if len(reading.raw) > 8 or (reading.entities.barriers and step.slot != "barrier"):
            return None  # "she has no car" at "Have you worked with people?" tells a barrier, not "no"
        choices = self._choices[step]
        if step.slot == "age_band":
            number = next((int(w) for w in reading.raw if w.isdigit() and 14 <= int(w) <= 90), None)
            if number is not None:
                return next((o for o in step.options if o.value == age_band(number)), None)
        for said in (" ".join(reading.raw), " ".join(reading.tokens)):
            if said in choices:
                return choices[said]
        if step.slot == "barrier" and not NOT_WORDS.search(reading.folded):
            choices = {c: o for c, o in choices.items() if not NOT_WORDS.search(fold(o.label))}
        for said in (" ".join(reading.raw), " ".join(reading.tokens)):
            # The longest option words said in full: "a job in a care home" is the care home, not "home".
            hits = [c for c in choices if f" {c} " in f" {said} "]
            if hits:
                return choices[max(hits, key=len)]
        said = " ".join(reading.tokens)
        best = process.extractOne(said, list(choices), scorer=fuzz.token_set_ratio, score_cutoff=90)
        return choices[best[0]] if best else None

    def answer(
        self, state: State, flow: Flow, step: FlowStep, option: FlowOption, reading: Reading | None
    ) -> Reply:
        """Take an option as the answer to a step, and go on to the next question or the outcome."""
        state.slots[step.slot] = option.value
        state.trail.append(step.id)
        if reading:
            self.fill_slots(state, reading.entities)
        reply = self.next_step(state, flow, heard=False)
        return replace(
            reply,
            intent=reply.intent if reply.intent.endswith("-done") else "flow-answer",
            entities={**(reading.entities.as_dict() if reading else {}), step.slot: option.value},
        )

    def next_step(self, state: State, flow: Flow, heard: bool) -> Reply:
        """The journey's first unanswered question, or its outcome when every one is answered."""
        state.asides = 0
        remaining = [s for s in flow.steps if s.slot not in state.slots]
        if not remaining:
            state.step = None
            reply = finish(self.compose, flow, state)
            state.topic = reply.intent  # "back" next opens the last question again
            state.flow = None if flow.outcome != "menu" else state.flow
            return reply
        step = remaining[0]
        state.step = step.id
        texts = []
        if heard:
            texts.append(self._heard(flow, state))
        texts.append(step.ask if not step.why else f"{step.ask} {step.why}")
        return Reply(
            tuple(t for t in texts if t), (), tuple(self._step_buttons(step)), f"flow-{flow.id}", 1.0
        )

    def _heard(self, flow: Flow, state: State) -> str:
        told = [f"{SLOT_LABELS[slot]}: {label}" for slot, label in chosen_labels(flow, state).items()]
        return ("Thanks. I've noted this. " + "; ".join(told) + ".") if told else ""

    def _step_buttons(self, step: FlowStep) -> list[QuickReply]:
        buttons = [QuickReply(o.label, f"answer:{o.value}") for o in step.options]
        return buttons + [QuickReply("Back", "back"), QuickReply("Start again", "restart")]

    def _reopen(self, state: State, confidence: float) -> Reply | None:
        """The last question of the journey whose results were just shown, asked again; else None."""
        flow = next(
            (f for f in self.kb.flows if f.audience == state.audience and f.steps and f.outcome != "menu"),
            None,
        )
        if flow is None or not state.topic == f"flow-{flow.id}-done":
            return None
        step = flow.steps[-1]
        if step.slot not in state.slots:
            return None
        state.flow, state.step = flow.id, step.id
        state.trail = [s.id for s in flow.steps[:-1] if s.slot in state.slots]
        for slot in answer_slots(step.slot):
            state.slots.pop(slot, None)
        return Reply((step.ask,), (), tuple(self._step_buttons(step)), "back", confidence)

    def note_in_passing(self, state: State, entities: Entities) -> str:
        """A barrier or hours told beside a question mid-journey ("she has 2 kids", "she cant do weekends"):
        noted for the journey's later question, and said back; "" when nothing new was noted."""
        current = self.current_step(state)
        if not current:
            return ""
        flow, step = current
        noted = []
        asks = next((each for each in flow.steps if each.slot == "barrier"), None)
        # The journey's own question takes the answer when it is the one asked.
        if asks is not None and step is not asks and entities.barriers:
            values = {o.value for o in asks.options}
            for value in entities.barriers:
                held = [state.slots.get(slot) for slot in answer_slots("barrier")]
                empty = next((slot for slot in answer_slots("barrier") if slot not in state.slots), None)
                if value in values and value not in held and empty:
                    state.slots[empty] = value
                    noted.append("barrier")
        asks = next((each for each in flow.steps if each.slot == "hours"), None)
        if asks is not None and step is not asks and "hours" not in state.slots:
            if entities.hours in {o.value for o in asks.options}:
                state.slots["hours"] = entities.hours
                noted.append("hours")
        labels = chosen_labels(flow, state)
        said = " ".join(f"{SLOT_LABELS[slot]}: {labels[slot]}." for slot in dict.fromkeys(noted))
        return f"I've noted this. {said}" if noted else ""

    def ask_again(self, state: State, lead: str) -> Reply | None:
        """The journey's question again after "ok" or "no", which answer nothing; None when no journey is on."""
        current = self.current_step(state)
        if not current:
            return None
        flow, step = current
        return Reply(
            (lead, f"To carry on: {step.ask}"), (), tuple(self._step_buttons(step)), f"flow-{flow.id}", 0.9
        )

    def with_step(self, state: State, reply: Reply) -> Reply:
        """After answering a question mid-journey, offer the journey's question again.

        Not every time: after a few answers in a row with the question left unanswered, someone is asking
        their own questions, so a "Carry on" button waits instead of the question and its buttons.
        """
        current = self.current_step(state)
        if not current or reply.intent.startswith("flow"):
            return reply
        flow, step = current
        state.asides = min(state.asides + 1, ASIDES_LIMIT)
        if state.asides > QUIET_AFTER:
            return replace(reply, quick_replies=(*reply.quick_replies[:3], CARRY_ON))
        return replace(
            reply,
            texts=(*reply.texts, f"To carry on: {step.ask}"),
            quick_replies=tuple(self._step_buttons(step)) + reply.quick_replies[:2],
        )

    def without_step(self, state: State, reply: Reply) -> Reply:
        """An answer without the journey's question that with_step added (urgent help comes first)."""
        current = self.current_step(state)
        if not current:
            return reply
        step = current[1]
        asked = f"To carry on: {step.ask}"
        step_buttons = set(self._step_buttons(step))
        return replace(
            reply,
            texts=tuple(t for t in reply.texts if t != asked),
            quick_replies=tuple(b for b in reply.quick_replies if b not in step_buttons),
        )

    def back(self, state: State, confidence: float) -> Reply | None:
        """The journey's previous question again, its answer forgotten; None when no journey is under way.

        Just after a journey's results, back opens its last question again.
        """
        current = self.current_step(state)
        if not current:
            return self._reopen(state, confidence)
        if not state.trail:
            # Back from the journey's first question: out of the journey, to the opening choices.
            state.flow = state.step = None
            return None
        flow = current[0]
        previous = state.trail.pop()
        step = next(s for s in flow.steps if s.id == previous)
        for slot in answer_slots(step.slot):
            state.slots.pop(slot, None)
        state.step = step.id
        return Reply((step.ask,), (), tuple(self._step_buttons(step)), "back", confidence)
