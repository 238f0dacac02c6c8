"""The engine understands people as they really type, and says so honestly when it does not."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from careers_bot.engine import Engine, Message, Reply
from careers_bot.engine.entities import strip_personal_data


def all_text(reply: Reply) -> str:
    return " ".join([*reply.texts, *(line for c in reply.cards for line in (c.title, *c.lines))])


@pytest.mark.parametrize(
    ("typed", "corrected"),
    [
        ("apprentiseship", "apprenticeship"),
        ("nurce", "nurse"),
        ("sallary", "salary"),
        ("qualifacations", "qualifications"),
        ("physioterapist", "physiotherapist"),
        # A four-letter word one letter short.
        ("crer", "carer"),
        ("strt", "start"),
    ],
)
def test_typos_are_corrected_to_the_knowledge_base_spelling(
    engine: Engine, typed: str, corrected: str
) -> None:
    assert typed not in engine.lexicon.vocabulary
    assert engine.read(typed).raw == [corrected]


@pytest.mark.parametrize("word", ["care", "role", "lols", "tues", "france", "router", "grans"])
def test_an_english_word_or_a_short_word_is_left_as_typed(engine: Engine, word: str) -> None:
    assert engine.lexicon.correct(word) == word


def test_text_speak_and_synonyms_are_understood(engine: Engine) -> None:
    reading = engine.read("wat do u need 2 be a HCA")
    assert reading.entities.roles == ["healthcare-support-worker"]


def test_several_things_at_once_are_picked_out(engine: Engine) -> None:
    found = engine.read("I'm 45, ex-retail, no GCSEs, live in Hinckley, can I do care?").entities
    assert (found.age, found.qualifications, found.experience, found.area) == (
        45,
        "none",
        "other-work",
        "hinckley-and-bosworth",
    )


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("my customer is 58, no quals, some back problems, lives in Hinckley", 58),
        ("my son is 14 and interested in care", 14),
        ("we have a carer who is 54 and wants to step up", None),
        ("my son is 16 hours a week at the chip shop", None),
        ("cust 48 f no quals ex cleaner lives loughborough", 48),
        ("customer 59, back problems, no quals, Hinckley", 59),
        ("client 30 hours a week max", None),
        ("he is 16, can he start now", 16),
        ("she is 30 hours a week at the moment", None),
    ],
)
def test_the_age_of_the_person_asked_about_is_their_age(engine: Engine, text: str, age: int | None) -> None:
    assert engine.read(text).entities.age == age


@pytest.mark.parametrize(
    ("text", "barrier"),
    [
        ("i cant drive", "driving"),
        ("i have 2 kids and need school hours", "childcare"),
        ("i have a criminal record", "criminal-record"),
        ("my english is not good", "english"),
        ("i have a disability", "health"),
        ("customer has back problems", "health"),
        ("she has bad knees", "health"),
        ("55, ex-lorry driver, coalville, bad shoulder", "health"),
        ("been a lorry driver for twenty years, knees have gone", "health"),
        ("my back is knackered from the warehouse", "health"),
    ],
)
def test_barriers_are_recognised(engine: Engine, text: str, barrier: str) -> None:
    assert barrier in engine.read(text).entities.barriers


def test_town_is_placed_in_its_district(engine: Engine) -> None:
    assert engine.read("I live in Loughborough").entities.area == "charnwood"
    assert engine.read("near Oakham").entities.area == "rutland"


def test_pay_question_naming_a_role_answers_with_that_roles_pay(talk: Callable[..., Reply]) -> None:
    reply = talk("wat does a nursing associate earn")
    assert reply.intent == "role-pay" and reply.entities["role"] == "nursing-associate"
    assert "Band 4" in all_text(reply)


def test_follow_up_leans_on_the_last_role(talk: Callable[..., Reply]) -> None:
    talk("tell me about paramedics")
    reply = talk("what does it pay?")
    assert reply.intent == "role-pay" and reply.entities["role"] == "paramedic"


def test_an_answer_set_aside_for_a_follow_up_leaves_no_trace_in_the_plan(engine: Engine) -> None:
    # "how much is it?" first reads as a care worker's pay; read with the DBS answer, it is the check's cost.
    _, state = engine.respond({}, Message(text="what is a dbs check"))
    reply, state = engine.respond(state, Message(text="how much is it"))
    assert reply.intent == "faq:who-pays-for-dbs"
    assert state["topic"] == "faq:who-pays-for-dbs"
    assert "care-worker-pay" not in state["faqs"] and "roles" not in state


def test_car_insurance_for_a_carer_gets_the_pointer_to_who_helps(talk: Callable[..., Reply]) -> None:
    reply = talk("whats the cheapest car insurance, i'm a carer")
    assert "insurance" in reply.texts[0] and reply.intent == "out-of-scope"


def test_a_job_asked_about_beside_a_card_or_a_song_is_still_answered(talk: Callable[..., Reply]) -> None:
    reply = talk("what do nurses earn, i want to buy my mum a retirement card that says how hard they work")
    assert reply.intent == "role-pay"


def test_unknown_question_offers_menu_and_human_contact(talk: Callable[..., Reply]) -> None:
    first = talk("can carers have tattoos")
    assert first.intent == "fallback"
    assert "Sorry, I don't know" in first.texts[0]
    assert "Talk to a person" in [q.label for q in first.quick_replies]
    second = talk("tattoos as a carer?")
    assert second.intent == "fallback"
    assert {c.ref for c in second.cards} >= {"jobs-and-careers-service"}


def test_none_of_these_after_a_clarification_is_honest(talk: Callable[..., Reply]) -> None:
    reply = talk("@not-listed")
    assert reply.intent == "fallback" and "Try asking in a different way" in " ".join(reply.texts)


@pytest.mark.parametrize(
    "text",
    [
        "whats the weather like in leicester",
        "who won the football",
        "can i get a bank loan",
        "recipe for lasagne",
        "help with my maths homework",
        # A job named in passing, and something asked for that is not about work.
        "write me a poem about nurses for my mums retirement card",
        "nurse costume halloween",
        "doctor jokes",
        "my friend is a nurse and getting married in june, any gift ideas",
        # Round 21: a care word in passing, and something else asked for.
        "whats the weather in loughborough tomorrow for my care shift",
        "i work in a care home, can you recommend a good takeaway in hinckley",
        "can you recommend a hair dryer, im a healthcare assistant on nights",
        "whats a good name for my cat, my support worker suggested Dave",
        # Round 22: declined even when the message also asks about a job ("how much", "start as").
        "how much is a pint in oakham, im celebrating my nursing degree",
        "can you recommend a cheap used car, i start as a home carer next week",
        "how do i get rid of mould in my flat, my carer says its bad",
        "whats the capital of australia, its for my care home quiz night",
        "which gym is open 24 hours in leicester, i work nights as a hca",
    ],
)
def test_out_of_scope_is_declined_politely_not_answered_with_a_random_faq(engine: Engine, text: str) -> None:
    reply, _ = engine.respond({}, Message(text=text))
    assert reply.intent == "out-of-scope"
    assert "I can only help with" in reply.texts[0]


@pytest.mark.parametrize(
    ("text", "phones"),
    [
        ("i want to kill myself", {"999", "116 123", "111"}),
        ("i feel like ending it all, also what jobs are there", {"999", "116 123", "111"}),
        ("my carer hits me", {"999", "116 123"}),
        ("someone is abusing my nan in her care home", {"999"}),
    ],
)
def test_distress_gets_urgent_help_first(engine: Engine, text: str, phones: set[str]) -> None:
    reply, _ = engine.respond({}, Message(text=text))
    assert reply.intent == "urgent-help"
    assert any("999" in t for t in reply.texts[:3])
    assert phones <= {c.phone for c in reply.cards}


def test_urgent_help_names_the_local_council_when_the_area_is_known(engine: Engine) -> None:
    reply, _ = engine.respond({}, Message(text="my neighbour in Oakham is being abused"))
    councils = [c.ref for c in reply.cards if c.ref and c.ref.endswith("adult-social-care")]
    assert councils == ["rutland-adult-social-care"]


def test_personal_details_are_not_repeated_or_kept(engine: Engine) -> None:
    reply, state = engine.respond(
        {}, Message(text="my email is jo.bloggs@example.com and phone 07700 900123")
    )
    shown = json.dumps(reply.to_dict())
    assert "jo.bloggs" not in shown and "07700" not in shown
    assert "personal details" in reply.texts[0]
    assert "jo.bloggs" not in json.dumps(state) and "07700" not in json.dumps(state)


def test_text_already_cleaned_of_personal_details_gets_the_same_reply(engine: Engine) -> None:
    # The web layer keeps only the cleaned words and replays them to rebuild the transcript.
    typed = "I'm Jo Bloggs, call me on 07700 900123 about care jobs in Melton"
    cleaned, had = strip_personal_data(typed)
    assert had
    first, state = engine.respond({}, Message(text=typed))
    again, state_again = engine.respond({}, Message(text=cleaned, redacted=True))
    assert again == first and state_again == state


@pytest.mark.parametrize("number", ["QQ123456C", "qq 12 34 56 c", "AB 123456 D"])
def test_a_national_insurance_number_is_personal_data_and_never_repeated(engine: Engine, number: str) -> None:
    reply, _ = engine.respond({}, Message(text=f"my NI number is {number}, can i work in care"))
    assert reply.texts[0].startswith("Please do not share personal details")
    assert number.lower().replace(" ", "")[:6] not in all_text(reply).lower().replace(" ", "")


def test_close_readings_ask_which_one(engine: Engine) -> None:
    reply, _ = engine.respond({}, Message(text="care pay"))
    assert reply.intent in ("clarify", "faq:care-worker-pay", "role-pay")
    if reply.intent == "clarify":
        assert len(reply.quick_replies) >= 2


def test_every_reply_is_json_serialisable_with_the_documented_keys(engine: Engine) -> None:
    reply, state = engine.respond({}, Message(text="how do i become a nurse"))
    data = json.loads(json.dumps(reply.to_dict()))
    assert set(data) == {"messages", "quick_replies", "intent", "confidence", "entities"}
    assert 0.0 <= data["confidence"] <= 1.0
    assert json.loads(json.dumps(state)) == state


def test_a_common_question_that_is_not_ours_is_declined_with_who_can_help(engine: Engine) -> None:
    reply, state = engine.respond({}, Message(text="how do i book an appointment with my gp"))
    assert reply.intent == "out-of-scope"
    assert reply.entities["elsewhere"] == "health-advice-elsewhere"
    assert "NHS 111" in {c.title for c in reply.cards}
    assert engine.plan(state).empty  # a pointer elsewhere is not part of anyone's plan


def test_arranging_care_for_a_relative_points_to_the_council(engine: Engine) -> None:
    reply, _ = engine.respond({}, Message(text="my grandad needs carers to come in, who do we ask?"))
    assert reply.intent == "out-of-scope"
    assert any(c.ref and c.ref.endswith("adult-social-care") for c in reply.cards)
    # A question about the cost of care is not a safeguarding concern: no lines for an adult at risk.
    assert not any(c.title and ("adult at risk" in c.title or "safeguarding" in c.title) for c in reply.cards)


@pytest.mark.parametrize("typed", ["Sarah Jones", "it's Priya Patel", "I'm Jade", "my name's Tom Price"])
def test_a_name_typed_on_its_own_is_personal_data(engine: Engine, typed: str) -> None:
    cleaned, had = engine.redact(typed)
    assert had and not cleaned.strip()
    reply, state = engine.respond({}, Message(text=typed))
    assert reply.intent == "personal-data"
    assert typed.split()[-1] not in json.dumps(reply.to_dict()) + json.dumps(state)


@pytest.mark.parametrize(
    ("typed", "address"),
    [
        ("I live at 12 High Street, can I be a carer", "12 High Street"),
        ("4a victoria rd loughborough, any care jobs near me", "4a victoria rd"),
        ("im at 7 Ashby Drive in Coalville", "7 Ashby Drive"),
    ],
)
def test_a_street_address_is_personal_data(engine: Engine, typed: str, address: str) -> None:
    cleaned, had = engine.redact(typed)
    assert had and address not in cleaned


@pytest.mark.parametrize(
    "typed",
    ["I live a 20 minute drive from Oakham", "its a 10 min walk to the home", "I did 12 years on the wards"],
)
def test_a_distance_or_a_count_is_not_an_address(engine: Engine, typed: str) -> None:
    assert engine.redact(typed) == (typed, False)


@pytest.mark.parametrize(
    "typed", ["Care Worker", "Melton Mowbray", "Hello There", "Think Rutland", "jade smith"]
)
def test_words_the_guide_knows_or_lower_case_words_are_not_taken_for_a_name(
    engine: Engine, typed: str
) -> None:
    assert engine.redact(typed) == (typed, False)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("I'm a care worker, how do I become a senior carer", "senior-care-worker"),
        ("ex care worker, how much does a registered manager get paid", "registered-manager"),
        ("is a nursing associate the same as a nurse", "nursing-associate"),
        ("my GP said I should think about nursing", "registered-nurse-adult"),
        ("nurse or paramedic, which pays more", "registered-nurse-adult"),
        (
            "I'm a receptionist and they offered me training as a HCA, what do HCAs get",
            "healthcare-support-worker",
        ),
    ],
)
def test_of_two_jobs_named_the_one_asked_about_comes_first(engine: Engine, text: str, role: str) -> None:
    assert engine.read(text).entities.roles[0] == role


def test_a_job_named_in_a_story_is_answered_when_no_other_answer_fits(engine: Engine) -> None:
    reply, _ = engine.respond(
        {}, Message(text="my brother's an ODP at the LRI and loves it, what do they do")
    )
    assert reply.intent == "role-about"
    assert reply.entities["role"] == "operating-department-practitioner"


def test_everyday_family_talk_in_a_long_story_does_not_make_it_about_care(engine: Engine) -> None:
    text = (
        "off to Skegness for the weekend with the kids, will the weather hold up? last time it poured all day"
    )
    reply, _ = engine.respond({}, Message(text=text))
    assert reply.intent == "out-of-scope"


@pytest.mark.parametrize(
    "text", ["im in year 10 and want to know if i need biology to do nursing", "wondering if care pays ok"]
)
def test_a_question_asked_without_a_question_word_is_still_a_question(engine: Engine, text: str) -> None:
    assert engine.read(text).question


@pytest.mark.parametrize(
    "text", ["LRI parking", "care home building for sale in Melton, what do they go for"]
)
def test_care_words_with_nothing_about_work_are_declined_not_fallen_back_on(
    engine: Engine, text: str
) -> None:
    reply, _ = engine.respond({}, Message(text=text))
    assert reply.intent == "out-of-scope"


def test_a_question_at_the_end_of_a_long_story_is_answered(engine: Engine) -> None:
    text = (
        "stay at home dad, kids are at secondary now. whats this care certificate everyone keeps mentioning"
    )
    reply, _ = engine.respond({}, Message(text=text))
    assert reply.intent == "faq:what-is-the-care-certificate"


@pytest.mark.parametrize(
    ("text", "audience"),
    [
        ("provider", "provider"),
        ("supported living provider in charnwood", "provider"),
        ("HR for a care company", "provider"),
        ("student, looking at careers", "student"),
        ("hairdresser 20 years, considering care", "career-changer"),
        ("HR lead for a group of nursing homes across leicestershire", "provider"),
        ("I've just taken over a home care company in Blaby", "provider"),
        ("we're a small family run care home", "provider"),
        ("we're a group of year 10s from a school in Coalville", "student"),
        ("home educated, 16, interested in care work", "student"),
        ("on the access to nursing course at college", "student"),
        ("I am 59 and have taken early retirement from the police", "career-changer"),
        ("I've been a stay at home dad for 8 years", "jobseeker"),
    ],
)
def test_who_is_asking_is_read_from_everyday_words(engine: Engine, text: str, audience: str) -> None:
    assert engine.read(text).entities.audience == audience


@pytest.mark.parametrize(
    ("text", "intent"),
    [("after senior carer?", "role-progression"), ("shared lives carer, what does it involve", "role-about")],
)
def test_what_is_asked_about_a_job_is_read_from_few_words(engine: Engine, text: str, intent: str) -> None:
    reply, _ = engine.respond({}, Message(text=text))
    assert reply.intent == intent


def test_in_a_story_the_sentence_that_asks_counts_most(engine: Engine) -> None:
    text = "Hi, I'm 16 and just finished my GCSEs at school. How much do apprentices actually get paid?"
    reading = engine.read(text)
    assert reading.candidates[0].intent == "faq:apprentice-pay"


def test_a_job_in_the_story_does_not_take_the_question_asked_after_it(engine: Engine) -> None:
    text = "Team leader at a supported living place. What do the levels 2 to 5 actually mean?"
    reply, _ = engine.respond({}, Message(text=text))
    assert reply.intent == "faq:what-do-levels-mean"
    reply, _ = engine.respond({}, Message(text="I'm a team leader. What does a lead practitioner earn?"))
    assert reply.intent == "role-pay" and reply.entities["role"] == "lead-practitioner"


def test_my_carers_is_an_employer_speaking(engine: Engine) -> None:
    reply, _ = engine.respond({}, Message(text="should my carers do the L2 ASC cert"))
    assert reply.intent == "faq:level-2-certificate-for-staff"
    reply, _ = engine.respond({}, Message(text="should i do the L2 ASC cert"))
    assert reply.intent == "faq:level-2-adult-social-care-certificate"


def test_wanting_to_become_a_manager_is_not_running_a_service(engine: Engine) -> None:
    assert engine.read("how do i become the manager of a care home one day").entities.audience != "provider"
    assert engine.read("I'm the manager of a care home in Melton").entities.audience == "provider"


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("17 at loughborough college, want to work with old people", 17),
        ("45, out of work", 45),
        ("30 hours a week", None),
    ],
)
def test_a_message_that_opens_with_an_age_gives_it(engine: Engine, text: str, age: int | None) -> None:
    assert engine.read(text).entities.age == age


def test_someone_telling_us_only_who_they_are_starts_their_journey(engine: Engine) -> None:
    reply, _ = engine.respond(
        {}, Message(text="im 45, been made redundant from Next, looking for something new")
    )
    assert reply.intent == "flow-jobseeker"


@pytest.mark.parametrize(
    "text", ["loughborough help", "any help in braunstone for me", "support near lutterworth"]
)
def test_a_place_and_a_plea_for_help_gets_what_is_there(engine: Engine, text: str) -> None:
    reply, _ = engine.respond({}, Message(text=text))
    assert reply.intent == "area-support"


def test_a_standard_is_known_by_its_reference(engine: Engine) -> None:
    assert engine.read("st0006").entities.apprenticeships == ["lead-adult-care-worker"]
    reply, _ = engine.respond({}, Message(text="ST0006"))
    assert reply.intent == "apprenticeship-about"


@pytest.mark.parametrize(
    ("text", "intent", "role"),
    [
        ("mh support worker then what", "role-progression", "mental-health-support-worker"),
        ("dental nurse how to get in", "role-entry", "dental-nurse"),
        ("how do u qualify as a pharmacy technician", "role-entry", "pharmacy-technician"),
        ("paeds nurse how to get in", "role-entry", "registered-nurse-children"),
    ],
)
def test_short_job_questions_in_everyday_words(engine: Engine, text: str, intent: str, role: str) -> None:
    reply, _ = engine.respond({}, Message(text=text))
    assert (reply.intent, reply.entities.get("role")) == (intent, role)


def test_how_to_become_one_outranks_the_pay_it_mentions(engine: Engine) -> None:
    reply, _ = engine.respond({}, Message(text="how do i become a nursing associate without losing my wage"))
    assert reply.intent in ("faq:how-to-become-a-nursing-associate", "role-entry")


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("whats the pay like in care honestly", "faq:care-worker-pay"),
        ("paid hols?", "faq:holiday-and-pension"),
        ("wats band 3 mean", "faq:nhs-pay-bands"),
    ],
)
def test_filler_words_and_text_speak_do_not_make_a_question_foreign(
    engine: Engine, text: str, intent: str
) -> None:
    reply, _ = engine.respond({}, Message(text=text))
    assert reply.intent == intent


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("my english not so good, i speak gujarati mostly", "barriers", ["english"]),
        ("never had a job ever, would they still have me", "experience", "none"),
    ],
)
def test_everyday_ways_of_saying_what_holds_someone_back(
    engine: Engine, text: str, kind: str, value: object
) -> None:
    assert getattr(engine.read(text).entities, kind) == value


def test_the_way_in_from_the_job_someone_does_is_to_somewhere_else(engine: Engine) -> None:
    reply, _ = engine.respond({}, Message(text="been a carer 2 yrs, can i get into the nhs from that"))
    assert reply.intent == "faq:move-from-care-into-nhs"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("the lady in the care home who does the bingo, what do they get paid", "activities-coordinator"),
        ("people who deliver babies, how do you train", "midwife"),
        ("the ones who do the x rays at the hospital, what do they earn", "diagnostic-radiographer"),
        ("the nurse at the dentist, what do they earn", "dental-nurse"),
    ],
)
def test_a_job_described_not_named_is_found(engine: Engine, text: str, role: str) -> None:
    reply, _ = engine.respond({}, Message(text=text))
    assert reply.intent.startswith("role-") and reply.entities["role"] == role


def test_whats_next_for_the_job_someone_has(engine: Engine) -> None:
    text = "after a few years as a social worker whats next, senior practitioner? team manager?"
    reply, _ = engine.respond({}, Message(text=text))
    assert (reply.intent, reply.entities["role"]) == ("role-progression", "social-worker")


@pytest.mark.parametrize("text", ["carers allowance how much is it now", "carers credit what is it"])
def test_carers_allowance_is_a_benefit_not_the_care_worker_job(engine: Engine, text: str) -> None:
    reply, _ = engine.respond({}, Message(text=text))
    assert reply.intent == "out-of-scope" and "role" not in reply.entities


@pytest.mark.parametrize(
    ("text", "intent", "role"),
    [
        # The answer written for "How do I become a paramedic?" answers neither another job nor another question.
        (
            "emergency care assistant how do i apply with the ambulance service",
            "role-entry",
            "emergency-care-assistant",
        ),
        ("paramedic after some years, where next? consultant?", "role-progression", "paramedic"),
        ("OT assistant, is it a uni job", "role-entry", "occupational-therapy-assistant"),
    ],
)
def test_an_answer_written_for_another_job_or_question_does_not_take_it(
    engine: Engine, text: str, intent: str, role: str
) -> None:
    reply, _ = engine.respond({}, Message(text=text))
    assert (reply.intent, reply.entities.get("role")) == (intent, role)


def test_a_degree_or_uni_asks_the_way_in(engine: Engine) -> None:
    reply, _ = engine.respond({}, Message(text="midwife how many years at uni"))
    assert (reply.intent, reply.entities.get("role")) == ("role-entry", "midwife")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("nurse in mental health, how do i train", "registered-nurse-mental-health"),
        ("the lady on the desk at my doctors, what do they earn", "gp-receptionist"),
        ("nurses who only look after kids, what's the pay", "registered-nurse-children"),
    ],
)
def test_a_word_many_jobs_share_is_made_specific_by_the_words_around_it(
    engine: Engine, text: str, role: str
) -> None:
    reply, _ = engine.respond({}, Message(text=text))
    assert reply.intent.startswith("role-") and reply.entities["role"] == role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # Two jobs named: the shared word is a job of its own.
        ("i'm a dental nurse, could i become a nurse", "registered-nurse-adult"),
        # What comes next: "advanced" is where they might go.
        ("paramedic, what can you progress to? advanced?", "paramedic"),
    ],
)
def test_a_shared_word_stays_itself_beside_another_job_or_a_next_step(
    engine: Engine, text: str, role: str
) -> None:
    assert engine.read(text).entities.roles[0] == role


@pytest.mark.parametrize(
    "text", ["can i phone my doctor about a sick note", "sick note from my gp, how do i get one"]
)
def test_a_job_of_someone_the_person_sees_is_not_a_job_they_ask_about(engine: Engine, text: str) -> None:
    reply, _ = engine.respond({}, Message(text=text))
    assert not reply.intent.startswith("role-")
    assert reply.entities.get("elsewhere") == "health-advice-elsewhere"


def test_a_job_someone_they_see_suggested_is_still_the_job(engine: Engine) -> None:
    reply, _ = engine.respond({}, Message(text="my nurse says i'd be good at her job, how do i start"))
    assert reply.entities.get("role") == "registered-nurse-adult" and "elsewhere" not in reply.entities


def test_a_word_of_ours_in_passing_does_not_make_a_question_ours(engine: Engine) -> None:
    reply, _ = engine.respond({}, Message(text="what time does the pharmacy in wigston close tonight"))
    assert reply.intent == "out-of-scope"


@pytest.mark.parametrize(
    "text",
    [
        "tell me about caring",
        "something in care maybe",
    ],
)
def test_a_vague_message_about_care_is_not_declined(engine: Engine, text: str) -> None:
    reply, _ = engine.respond({}, Message(text=text))
    assert reply.intent == "fallback"


def test_someone_tired_of_shop_work_asking_if_care_would_have_them_gets_the_career_change_answer(
    engine: Engine,
) -> None:
    reply, _ = engine.respond({}, Message(text="fed up of the tills, would a care home even look at me"))
    assert reply.intent == "faq:career-change-from-other-work"


def test_a_job_asked_about_beats_a_weak_pointer_elsewhere(engine: Engine) -> None:
    text = "retired from the fire service, could i get in as a social work assistant"
    reply, _ = engine.respond({}, Message(text=text))
    assert (reply.intent, reply.entities.get("role")) == ("role-entry", "social-work-assistant")


@pytest.mark.parametrize(
    "text",
    [
        "my dads nurse said he needs a care home, what now",
        "my grandads social worker isnt returning calls, what can i do",
    ],
)
def test_the_job_of_someone_a_relative_sees_is_not_asked_about(engine: Engine, text: str) -> None:
    reply, _ = engine.respond({}, Message(text=text))
    assert not reply.intent.startswith("role-")


@pytest.mark.parametrize(
    "text", ["nursing home owner, opened 2 years ago", "care agency owner, opened two years ago"]
)
def test_how_long_someone_has_run_a_service_is_telling_not_asking(engine: Engine, text: str) -> None:
    reply, _ = engine.respond({}, Message(text=text))
    assert reply.intent == "flow-provider"


@pytest.mark.parametrize(
    ("text", "intent", "says"),
    [
        # The step between the two jobs, when there is one (not everywhere a care worker can go).
        ("from care worker to senior carer", "role-progression", "to senior care worker"),
        ("support worker to social worker", "faq:how-to-become-a-social-worker", "social work degree"),
    ],
)
def test_one_job_to_another_asks_the_way_in(engine: Engine, text: str, intent: str, says: str) -> None:
    reply, _ = engine.respond({}, Message(text=text))
    assert reply.intent == intent
    assert says in reply.texts[0]


def test_a_degree_apprenticeship_is_named_without_its_brackets(engine: Engine) -> None:
    assert engine.read("the midwife apprenticeship, what is it").entities.apprenticeships == [
        "midwife-degree"
    ]


def test_social_work_names_the_social_worker(engine: Engine) -> None:
    assert engine.read("is social work hard going").entities.roles == ["social-worker"]


def test_a_question_word_does_not_turn_an_apprenticeship_question_into_another(engine: Engine) -> None:
    reply, _ = engine.respond({}, Message(text="lead adult care worker apprenticeship, what is it"))
    assert reply.intent == "apprenticeship-about"


def test_leics_is_a_place_not_a_question(engine: Engine) -> None:
    reply, _ = engine.respond({}, Message(text="help for registered managers in leics?"))
    assert reply.intent == "faq:registered-manager-support"


def test_getting_on_a_course_asks_the_way_in(engine: Engine) -> None:
    assert "entry" in engine.read("trainee pharmacy technician, how do you get on it").entities.aspects


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("we are year 11s from a school in hinckley", "flow-student"),
        ("i want a job, any ideas", "flow-jobseeker"),
    ],
)
def test_a_group_of_students_or_someone_who_wants_a_job_starts_their_journey(
    engine: Engine, text: str, intent: str
) -> None:
    reply, _ = engine.respond({}, Message(text=text))
    assert reply.intent == intent


def test_english_that_is_ok_but_not_perfect_is_a_barrier(engine: Engine) -> None:
    assert engine.read("my english is ok but not perfect").entities.barriers == ["english"]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "im a pharmacy technician in Hinckley, 4 years now. could i move up or into something else?",
            "pharmacy-technician",
        ),
        ("I'm a staff nurse in Leicester, what are my options for moving up?", "registered-nurse-adult"),
    ],
)
def test_where_my_own_job_leads_is_that_jobs_next_steps(engine: Engine, text: str, role: str) -> None:
    reply, _ = engine.respond({}, Message(text=text))
    # The job's next steps, or the answer written for them ("How can a nurse move up to a Band 6 or 7 job?").
    written = engine.named._role_faqs.get((role, "progression"))
    assert reply.intent in ("role-progression", f"faq:{written}")
    assert reply.entities.get("role") == role


def test_a_staff_nurse_is_not_an_employer_speaking(engine: Engine) -> None:
    assert "=we" not in engine.read("i'm a staff nurse").terms


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("I'm a senior carer. what's next for me, straight to deputy manager?", "senior-care-worker"),
        ("im a hca, where can i go from here, is it up to nursing associate?", "healthcare-support-worker"),
    ],
)
def test_whats_next_for_me_is_about_my_job_not_the_ones_i_might_go_to(
    engine: Engine, text: str, role: str
) -> None:
    reply, _ = engine.respond({}, Message(text=text))
    assert (reply.intent, reply.entities.get("role")) == ("role-progression", role)


@pytest.mark.parametrize(
    "text",
    ["any warehouse jobs round hinckley, care's not for me", "any office jobs in wigston? done with care"],
)
def test_asking_for_work_outside_care_gets_who_helps_with_that(engine: Engine, text: str) -> None:
    reply, _ = engine.respond({}, Message(text=text))
    assert reply.intent == "out-of-scope" and reply.entities.get("elsewhere") == "jobs-outside-care"


def test_other_work_done_before_is_still_experience(engine: Engine) -> None:
    assert engine.read("did 8 years warehouse work, can i do care").entities.experience == "other-work"


@pytest.mark.parametrize(
    ("text", "experience"),
    [
        ("i work in care and want to move up", "care-work"),
        ("ive worked as a carer for 3 years", "care-work"),
        # Wishing or asking to work in care is not having done it.
        ("im 50 and got no qualifications can i still work in care", None),
        ("i want to work in care", None),
        ("could i work in care with a bad back", None),
    ],
)
def test_care_experience_is_work_done_not_work_wished_for(
    engine: Engine, text: str, experience: str | None
) -> None:
    assert engine.read(text).entities.experience == experience


def test_a_driving_test_question_gets_who_books_them(engine: Engine) -> None:
    reply, _ = engine.respond({}, Message(text="can you book me a driving test for next week"))
    assert reply.entities.get("elsewhere") == "driving-tests-elsewhere"
    assert "Book a driving test (GOV.UK)" in {c.title for c in reply.cards}


def test_finding_childcare_gets_who_helps_and_work_around_childcare_stays_ours(engine: Engine) -> None:
    reply, _ = engine.respond({}, Message(text="where can i find a nursery place for my son"))
    assert reply.entities.get("elsewhere") == "childcare-elsewhere"
    reply, _ = engine.respond({}, Message(text="can i work in care around childcare"))
    assert reply.intent == "faq:part-time-and-flexible-hours"


def test_a_job_wished_for_is_where_they_head_not_the_job_they_have(engine: Engine) -> None:
    reading = engine.read("i want to work in a hospital as a physio one day")
    assert reading.towards == {"physiotherapist"} and not reading.own
    assert "entry" in engine.read("care work, where do i even start").entities.aspects


def test_carers_for_a_relative_are_care_to_arrange_not_a_job_to_do(engine: Engine) -> None:
    reply, _ = engine.respond({}, Message(text="i cant find care workers for my mum"))
    assert reply.entities.get("elsewhere") == "finding-care-for-someone"


@pytest.mark.parametrize(
    "text",
    [
        "i was a nurse in nigeria, how do i work as a nurse in uk",
        "came from romania last year where i was a midwife",
    ],
)
def test_a_nurse_or_midwife_who_trained_abroad_gets_the_way_onto_the_register(
    engine: Engine, text: str
) -> None:
    reply, _ = engine.respond({}, Message(text=text))
    assert reply.intent == "faq:trained-abroad-as-a-nurse"
    assert "Nursing and Midwifery Council (NMC)" in {c.title for c in reply.cards}


def test_a_country_is_not_mended_into_another_word(engine: Engine) -> None:
    assert engine.read("moved here from poland").raw[-1] == "poland"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("take me back", "back"),
        ("can i start over", "restart"),
        ("what have we got so far", "plan"),
        ("im just looking", "start-browse"),
    ],
)
def test_everyday_ways_of_asking_for_the_conversations_own_moves(
    engine: Engine, text: str, intent: str
) -> None:
    reply, _ = engine.respond({}, Message(text=text))
    assert reply.intent == intent


def test_what_comes_after_becoming_one_asks_where_the_job_leads(engine: Engine) -> None:
    reply, _ = engine.respond({}, Message(text="what happens after you become a nursing associate"))
    assert (reply.intent, reply.entities.get("role")) == ("role-progression", "nursing-associate")


def test_care_providers_in_the_plural_say_who_is_asking(engine: Engine) -> None:
    reply, _ = engine.respond({}, Message(text="help for care providers in melton"))
    assert reply.intent == "flow-provider"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("will i have to wipe bums", "faq:nervous-about-personal-care"),
        ("i have dyslexia can i do an apprenticeship", "faq:health-condition-or-disability"),
        ("do i need to be fit", "faq:is-care-work-physical"),
        ("is there a grant for student midwives", "faq:money-for-health-degrees"),
    ],
)
def test_worries_young_people_ask_at_careers_events(engine: Engine, text: str, intent: str) -> None:
    reply, _ = engine.respond({}, Message(text=text))
    assert reply.intent == intent


@pytest.mark.parametrize(
    ("text", "interest"),
    [
        ("i like science what jobs", "science-and-health"),
        ("what jobs are good for people who like computers", "organising"),
    ],
)
def test_what_jobs_suit_what_i_enjoy_starts_the_journey_that_suggests_some(
    engine: Engine, text: str, interest: str
) -> None:
    reply, state = engine.respond({}, Message(text=text))
    assert reply.intent == "flow-student"
    assert state["slots"]["interest"] == interest


def test_a_question_an_answer_fits_is_not_turned_into_suggestions(engine: Engine) -> None:
    reply, _ = engine.respond({}, Message(text="what jobs are there in care"))
    assert reply.intent == "faq:what-jobs-are-in-care"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("can i get paid for looking after my dad", "faq:paid-to-care-for-family"),
        ("could my nan pay me as her carer out of her direct payments", "faq:paid-to-care-for-family"),
        # Whether it counts as experience is another question, with its own answer.
        ("i look after my dad, does that count as experience", "faq:family-caring-counts"),
    ],
)
def test_being_paid_to_care_for_family_is_not_whether_it_counts_as_experience(
    engine: Engine, text: str, intent: str
) -> None:
    reply, _ = engine.respond({}, Message(text=text))
    assert reply.intent == intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("do student nurses get paid", "faq:money-for-health-degrees"),
        ("physio students, do they get paid anything", "faq:money-for-health-degrees"),
        # The job's own pay, when no students are named.
        ("how much do physios get paid", "role-pay"),
    ],
)
def test_students_of_a_job_ask_about_money_while_training_not_the_jobs_pay(
    engine: Engine, text: str, intent: str
) -> None:
    reply, _ = engine.respond({}, Message(text=text))
    assert reply.intent == intent


@pytest.mark.parametrize(
    "text",
    ["would working as a PA suit me better", "thinking about going as a pa for one person, how does it work"],
)
def test_a_job_weighed_up_is_where_they_might_head_not_the_job_they_have(engine: Engine, text: str) -> None:
    reading = engine.read(text)
    assert reading.towards == {"personal-assistant"} and not reading.own


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("what is mental health support work like", "mental-health-support-worker"),
        ("learning disability support work pay?", "learning-disability-support-worker"),
        ("reablement work, what is it", "reablement-worker"),
    ],
)
def test_the_work_named_for_a_job_names_the_job(engine: Engine, text: str, role: str) -> None:
    assert engine.read(text).entities.roles == [role]


@pytest.mark.parametrize("text", ["is care work hard", "how do i go from care home work to a hospital job"])
def test_care_work_in_general_names_no_one_job(engine: Engine, text: str) -> None:
    assert engine.read(text).entities.roles == []


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("pharmacy technician hourly rate", "role-pay"),
        ("ward clerk day rate through an agency", "role-pay"),
        ("doctor how many years", "role-entry"),
        ("whats a normal day for a home carer, how long do you get with each person", "role-about"),
    ],
)
def test_more_ways_to_ask_a_jobs_pay_or_how_long_it_takes_to_get_in(
    engine: Engine, text: str, intent: str
) -> None:
    reply, _ = engine.respond({}, Message(text=text))
    assert reply.intent == intent


@pytest.mark.parametrize("text", ["how do i recruit more carers", "hiring new care workers, any tips"])
def test_recruiting_carers_is_an_employer_asking_not_someone_wanting_the_job(
    engine: Engine, text: str
) -> None:
    reply, _ = engine.respond({}, Message(text=text))
    assert reply.intent == "faq:recruit-care-staff"


@pytest.mark.parametrize(
    "text",
    ["will anyone take me on with no experience", "would somebody in care look at a 60 year old"],
)
def test_a_question_without_a_question_mark_is_still_a_question(engine: Engine, text: str) -> None:
    assert engine.read(text).question


@pytest.mark.parametrize(
    ("text", "role", "button"),
    [
        (
            "how do i get a job as a pharmacy assistant with no experience",
            "pharmacy-assistant",
            "role:pharmacy-assistant:entry",
        ),
        ("band 5 nurse salary newly qualified", "registered-nurse-adult", "role:registered-nurse-adult:pay"),
    ],
)
def test_an_answer_about_something_else_keeps_the_job_asked_about_beside_it(
    engine: Engine, text: str, role: str, button: str
) -> None:
    reply, _ = engine.respond({}, Message(text=text))
    assert reply.intent.startswith("faq:") or reply.intent == "clarify"
    assert (reply.cards[0].kind, reply.cards[0].ref) == ("role", role)
    assert reply.quick_replies[0].payload == button


def test_the_job_someone_does_now_is_not_put_beside_an_answer(engine: Engine) -> None:
    reply, _ = engine.respond({}, Message(text="im a dental nurse, can i get a care job with no experience"))
    assert reply.intent.startswith("faq:")
    assert "dental-nurse" not in {c.ref for c in reply.cards}


@pytest.mark.parametrize(
    ("text", "own", "towards"),
    [
        ("looking for work as a carer in hinckley", set(), {"care-worker"}),
        ("how do i get a job as a pharmacy assistant", set(), {"pharmacy-assistant"}),
        ("i work as a carer and want more pay", {"care-worker"}, set()),
    ],
)
def test_looking_for_a_job_heads_towards_it(
    engine: Engine, text: str, own: set[str], towards: set[str]
) -> None:
    reading = engine.read(text)
    assert (set(reading.own), set(reading.towards)) == (own, towards)


@pytest.mark.parametrize(
    ("text", "refused", "kept"),
    [
        ("i want to help people with mental health but not be a nurse", "registered-nurse-adult", None),
        ("the ambulance person who isnt a paramedic but works alongside them", "paramedic", None),
        (
            "not a nurse but a nursing associate, what do they earn",
            "registered-nurse-adult",
            "nursing-associate",
        ),
        ("i dont want to work as a care worker, what else is there", "care-worker", None),
    ],
)
def test_a_job_turned_down_is_not_the_job_asked_about(
    engine: Engine, text: str, refused: str, kept: str | None
) -> None:
    found = engine.read(text).entities
    assert refused in found.refused and refused not in found.roles
    assert kept is None or kept in found.roles


@pytest.mark.parametrize(
    "text",
    [
        "I'm only about 5 foot and not very strong. Do carers have to lift people?",
        "do you not need a degree to be a nurse",
    ],
)
def test_not_near_a_job_does_not_turn_it_down(engine: Engine, text: str) -> None:
    assert not engine.read(text).entities.refused


@pytest.mark.parametrize(
    "text",
    ["our cash flow is terrible the council pays late", "funding to buy a minibus for our care home"],
)
def test_a_care_business_asking_about_money_is_sent_to_grants_loans_and_the_growth_hub(
    engine: Engine, text: str
) -> None:
    reply, _ = engine.respond({}, Message(text=text))
    assert reply.intent == "faq:money-for-a-care-business"
    assert "business-gateway-growth-hub" in {card.ref for card in reply.cards}
    assert "Start Up Loans" in reply.texts[0]


def test_how_long_cqc_registration_takes_is_answered_with_cqcs_own_aim(engine: Engine) -> None:
    reply, _ = engine.respond({}, Message(text="how long does cqc registration take"))
    assert reply.intent == "faq:start-a-care-service"
    assert "10 weeks" in " ".join(reply.texts)


def test_a_student_asking_if_care_is_all_old_people_is_told_who_else_it_helps(engine: Engine) -> None:
    reply, _ = engine.respond({}, Message(text="is it all old people"))
    assert reply.intent == "faq:who-you-care-for"
    assert "every age" in reply.texts[0]


def test_someone_homeless_is_told_they_can_still_apply_and_where_to_get_a_bed_tonight(engine: Engine) -> None:
    text = "im homeless at the moment sofa surfing, no fixed address. can i still get a care job"
    reply, _ = engine.respond({}, Message(text=text))
    assert reply.intent == "faq:homeless-and-looking-for-work"
    assert "no fixed abode" in reply.texts[0] and "housing team" in reply.texts[0]


def test_wanting_to_help_people_with_anxiety_is_an_interest_not_a_health_condition(engine: Engine) -> None:
    reply, _ = engine.respond({}, Message(text="im intrested in mental health like helping ppl with anxiety"))
    assert "barriers" not in reply.entities
    reply, _ = engine.respond({}, Message(text="i have anxiety can i still work in care"))
    assert reply.entities.get("barriers") == ["health"]


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("thanks mate", "thanks"),
        ("thank you brother", "thanks"),
        ("ok", "thanks"),
        ("ok then", "thanks"),
        ("I'd rather speak to someone on the phone if that's possible", "human"),
        ("are you a robot", "human"),
        ("whats your name", "human"),
    ],
)
def test_everyday_small_talk_gets_a_small_reply_not_a_refusal(engine: Engine, text: str, intent: str) -> None:
    reply, _ = engine.respond({}, Message(text=text))
    assert reply.intent == intent


def test_work_with_disabled_children_is_not_a_disability_of_ones_own(engine: Engine) -> None:
    reply, _ = engine.respond({}, Message(text="are there term time jobs like care for disabled kids"))
    assert "barriers" not in reply.entities


def test_a_nursing_home_is_explained_beside_care_homes_and_home_care(engine: Engine) -> None:
    reply, _ = engine.respond({}, Message(text="whats the difference between a care home and a nursing home"))
    assert reply.intent == "faq:care-home-or-home-care"
    assert "nurses on duty" in reply.texts[0]


def test_a_worker_whose_sponsor_closed_gets_their_own_answer_not_the_employers(engine: Engine) -> None:
    reply, _ = engine.respond({}, Message(text="my sponser company closed what i do now"))
    assert reply.intent == "faq:sponsor-lost-licence"
    assert "60 days" in reply.texts[0]


def test_what_cqc_registration_costs_is_answered_with_its_yearly_fee(engine: Engine) -> None:
    reply, _ = engine.respond({}, Message(text="how much does cqc registration cost"))
    assert reply.intent == "faq:start-a-care-service"
    assert any("yearly fee" in t for t in reply.texts)


@pytest.mark.parametrize(
    "text",
    ["can we pay mileage tax free", "how do we recruit drivers", "can we recruit carers who dont drive"],
)
def test_a_home_care_service_asking_about_miles_and_drivers_is_answered(engine: Engine, text: str) -> None:
    reply, _ = engine.respond({}, Message(text=text))
    assert reply.intent == "faq:travel-costs-and-drivers"
    assert "45p a mile" in reply.texts[0]


def test_a_manager_asking_where_to_report_a_safeguarding_concern_gets_the_council_lines(
    engine: Engine,
) -> None:
    reply, _ = engine.respond({}, Message(text="who do i report a safeguarding concern to in leicestershire"))
    assert reply.intent == "faq:report-a-safeguarding-concern"
    assert "0116 305 0004" in reply.texts[0] and "999" in reply.texts[0]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("my son wants to be a doctor, what grades does he need", "doctor"),
        (
            "can i be a physio assistant with no experience, i used to be a personal trainer",
            "physiotherapy-assistant",
        ),
    ],
)
def test_a_job_someone_asks_to_do_is_answered_rather_than_a_weak_answer_to_something_else(
    engine: Engine, text: str, role: str
) -> None:
    reply, _ = engine.respond({}, Message(text=text))
    assert reply.intent == "role-entry" and reply.entities.get("role") == role


@pytest.mark.parametrize("text", ["i want a job in health but i cant stand blood", "is pharmacy blood"])
def test_someone_squeamish_is_told_which_jobs_have_little_blood(engine: Engine, text: str) -> None:
    reply, _ = engine.respond({}, Message(text=text))
    assert reply.intent == "faq:jobs-without-blood"
    assert "pharmacy assistant" in reply.texts[0]


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("what is golearn", "golearn-leicestershire"),
        ("what is LPT", "leicestershire-partnership-nhs-trust"),
        ("what about loughborough college", "loughborough-college"),
        ("who are nacro", "nacro-criminal-record-support"),
        ("what is uhl", "uhl-apprenticeships"),
        ("university hospitals of leicester", "uhl-apprenticeships"),
        ("where is my nearest jobcentre in leicester", "jobcentre-plus"),
        # The answer found is for employers, and nobody said they were one.
        ("what is access to work", "access-to-work"),
        ("hinckley growth hub", "business-gateway-growth-hub"),
    ],
)
def test_a_service_asked_about_by_name_is_explained(engine: Engine, text: str, service: str) -> None:
    reply, _ = engine.respond({}, Message(text=text))
    assert reply.intent == "service-about"
    assert [card.ref for card in reply.cards] == [service]


@pytest.mark.parametrize(
    "text", ["what is llr", "nhs", "how do we get the lpt to visit our resident", "leicester college road"]
)
def test_a_name_inside_another_question_or_a_place_is_not_taken_for_a_service(
    engine: Engine, text: str
) -> None:
    reply, _ = engine.respond({}, Message(text=text))
    assert reply.intent != "service-about"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # An employer asking gets the employers' answer, which is about the service.
        ("what is access to work, we employ carers", "faq:employ-disabled-staff"),
        ("what is think rutland", "faq:think-rutland-support"),
        # The Growth Hub serves Leicester and Leicestershire, not Rutland.
        ("rutland growth hub", "faq:think-rutland-support"),
        ("what is the growth hub", "faq:business-support-for-providers"),
    ],
)
def test_a_service_named_by_an_employer_or_outside_its_area_gets_the_answer_written_for_it(
    engine: Engine, text: str, intent: str
) -> None:
    reply, _ = engine.respond({}, Message(text=text))
    assert reply.intent == intent


@pytest.mark.parametrize("text", ["what are my options", "what are my opts", "my options"])
def test_asking_what_my_options_are_asks_who_they_are_first(engine: Engine, text: str) -> None:
    reply, _ = engine.respond({}, Message(text=text))
    assert reply.intent == "first-step"


def test_no_gcses_and_options_is_about_starting_without_qualifications(engine: Engine) -> None:
    reply, _ = engine.respond({}, Message(text="no gcses what are my options"))
    assert reply.intent == "faq:do-i-need-qualifications"


def test_an_adult_asking_about_apprenticeships_is_told_there_is_no_upper_age_or_fee(engine: Engine) -> None:
    reply, _ = engine.respond({}, Message(text="are apprenticeships only for young people"))
    assert reply.intent == "faq:can-i-do-an-apprenticeship"
    assert "no upper age limit" in reply.texts[0] and "do not pay for the training" in reply.texts[0]


@pytest.mark.parametrize("text", ["how do i become a dentist", "how do i become a biomedical scientist"])
def test_an_nhs_job_we_have_no_page_for_is_pointed_to_health_careers(engine: Engine, text: str) -> None:
    reply, _ = engine.respond({}, Message(text=text))
    assert reply.intent == "faq:other-nhs-jobs"


def test_level_7_and_old_nvqs_are_placed_among_the_levels(engine: Engine) -> None:
    reply, _ = engine.respond({}, Message(text="whats a level 7 apprenticeship"))
    assert reply.intent == "faq:what-do-levels-mean"
    assert "master's degree" in reply.texts[0] and "NVQ" in reply.texts[0]


def test_childcare_while_studying_is_answered_not_declined(engine: Engine) -> None:
    reply, _ = engine.respond({}, Message(text="can i get childcare help while i study"))
    assert reply.intent == "faq:childcare-while-studying"
    assert "Care to Learn" in reply.texts[0]


def test_a_pregnant_jobseeker_is_told_she_can_work_in_care_and_her_rights(engine: Engine) -> None:
    reply, _ = engine.respond({}, Message(text="i am pregnant can i work in care"))
    assert reply.intent == "faq:pregnant-and-working-in-care"
    assert "must not turn you down" in reply.texts[0]


@pytest.mark.parametrize(
    "text",
    [
        "sixth form student here what even is a t level in health",
        "what exactly is the LSCDG",
        "how exactly do we apply",
    ],
)
def test_a_question_word_with_a_filler_still_asks(engine: Engine, text: str) -> None:
    assert engine.read(text).question


@pytest.mark.parametrize(
    "text",
    [
        "customer care advisor jobs in Leicester",
        "how do i become a personal trainer at a gym, do i need a level 3",
    ],
)
def test_care_in_another_trade_is_other_work(engine: Engine, text: str) -> None:
    reply, _ = engine.respond({}, Message(text=text))
    assert reply.intent == "out-of-scope" and reply.entities.get("elsewhere")


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        (
            "im a teacher, what should i tell my year 10 class about care careers",
            "faq:telling-a-class-about-care-careers",
        ),
        ("can i sponsor carers from abroad", "faq:overseas-recruitment"),
        ("can i get a visa to work in care", "faq:visas-for-care-work"),
    ],
)
def test_a_teacher_and_an_employer_get_the_answers_written_for_them(
    engine: Engine, text: str, intent: str
) -> None:
    reply, _ = engine.respond({}, Message(text=text))
    assert reply.intent == intent


def test_an_adult_who_talks_of_school_is_not_taken_for_a_pupil(engine: Engine) -> None:
    found = engine.read("I'm 52 and never sat my GCSEs, the jobcentre says I can do maths for free").entities
    assert found.audience == "jobseeker"
    assert engine.read("im 16 and doing my gcses").entities.audience == "student"


def test_a_message_written_as_one_of_an_answers_phrasings_gets_that_answer(engine: Engine) -> None:
    # "read" is no care word, and the ESOL answer fits the words about as well.
    reply, _ = engine.respond({}, Message(text="i cant read good"))
    assert reply.intent == "faq:free-english-and-maths"


def test_a_message_with_just_the_words_of_one_phrasing_gets_that_answer(engine: Engine) -> None:
    # "cv for carer job" has the words of a CV phrasing; the way to apply is likelier by the words alone.
    reply, _ = engine.respond({}, Message(text="cv for carer job"))
    assert reply.intent == "faq:write-a-cv"


def test_a_health_condition_beside_applying_for_a_job_is_about_work(engine: Engine) -> None:
    reply, _ = engine.respond(
        {},
        Message(
            text="I have diabetes. Do I have to put that on the application form or wait till I'm offered the job?"
        ),
    )
    assert reply.intent == "faq:telling-employer-about-health"


@pytest.mark.parametrize(
    "text",
    [
        "I was doctor in Pakistan 10 years. How I can work doctor in UK?",
        "im a doctor from pakistan, passed plab 1, what next",
    ],
)
def test_a_doctor_from_abroad_gets_the_answer_for_doctors_trained_abroad(engine: Engine, text: str) -> None:
    reply, _ = engine.respond({}, Message(text=text))
    assert reply.intent == "faq:trained-abroad-as-a-doctor"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("my dad passed away in 2020, i looked after him before that", "faq:family-caring-counts"),
        ("i have a lot of debt from my old business, can i still work in care", "faq:debt-and-care-work"),
        ("i cant afford the bus fare to leicester every day", "faq:flexible-support-fund"),
        ("what happens if a patient dies on my shift", "faq:when-someone-you-cared-for-dies"),
    ],
)
def test_round_14_everyday_sentences_that_are_care_questions_are_answered(
    engine: Engine, text: str, intent: str
) -> None:
    reply, _ = engine.respond({}, Message(text=text))
    assert reply.intent == intent


def test_the_ldss_answer_says_who_can_use_it(engine: Engine) -> None:
    reply, _ = engine.respond({}, Message(text="can a dental practice get ldss"))
    assert reply.intent == "faq:claim-ldss-funding"
    assert "not for GP or dental practices" in reply.texts[0]


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("what is the learning support fund", "faq:money-for-health-degrees"),
        ("does being in care show on my dbs", "faq:care-leavers"),
    ],
)
def test_round_15_questions_reach_their_answers(engine: Engine, text: str, intent: str) -> None:
    reply, _ = engine.respond({}, Message(text=text))
    assert reply.intent == intent


def test_an_older_person_asking_about_their_age_gets_the_answer_on_age(engine: Engine) -> None:
    reply, _ = engine.respond({}, Message(text="can i still work at my age"))
    assert reply.intent == "faq:too-old-for-care"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("can dependants work in the uk", "faq:right-to-work"),
        ("can we pay 17 year olds less", "faq:minimum-pay-rules"),
    ],
)
def test_short_questions_round_15_found_refused_are_answered(engine: Engine, text: str, intent: str) -> None:
    reply, _ = engine.respond({}, Message(text=text))
    assert reply.intent == intent


def test_student_funding_names_parents_money_and_hardship_help(engine: Engine) -> None:
    reply, _ = engine.respond({}, Message(text="what if im struggling for money as a student nurse"))
    assert reply.intent == "faq:money-for-health-degrees"
    assert "£2,000" in reply.texts[0] and "Exceptional Support Fund" in reply.texts[0]


def test_someone_not_paid_on_time_is_told_what_to_do(engine: Engine) -> None:
    reply, _ = engine.respond({}, Message(text="who do i talk to if he doesnt pay me on time"))
    assert reply.intent == "faq:not-paid-on-time"
    assert "Acas" in reply.texts[0]


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("how do i get back on the nmc register", "faq:return-to-nursing"),
        ("do i have to tell my employer im dyslexic", "faq:telling-employer-about-health"),
        ("i feel sick at the sight of blood, is nursing out for me", "faq:jobs-without-blood"),
    ],
)
def test_round_16_questions_reach_their_answers(engine: Engine, text: str, intent: str) -> None:
    reply, _ = engine.respond({}, Message(text=text))
    assert reply.intent == intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("i feel like giving up the course", "faq:struggling-with-a-course"),
        ("thinking of dropping out of uni", "faq:struggling-with-a-course"),
    ],
)
def test_gaps_left_by_round_18_reach_their_answers(engine: Engine, text: str, intent: str) -> None:
    reply, _ = engine.respond({}, Message(text=text))
    assert reply.intent == intent


def test_someone_struggling_on_a_course_hears_they_can_pause_not_only_quit(engine: Engine) -> None:
    reply, _ = engine.respond({}, Message(text="can i take a break from my apprenticeship and come back"))
    assert reply.intent == "faq:struggling-with-a-course"
    assert "break from learning" in reply.texts[0]


def test_a_relative_who_needs_carers_coming_in_is_pointed_to_who_arranges_care(engine: Engine) -> None:
    reply, _ = engine.respond(
        {}, Message(text="my grandad needs carers coming in every morning, how do we get that")
    )
    assert reply.intent == "out-of-scope"
    assert "elsewhere" in reply.entities


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("can I work as HCA while I wait for my NMC registration", "faq:trained-abroad-as-a-nurse"),
        ("how much should i pay my carers", "faq:minimum-pay-rules"),
        ("how long does a dbs check take", "faq:what-is-a-dbs-check"),
        ("what about childrens care i like kids", "faq:who-you-care-for"),
        ("cash flow help for a care business", "faq:money-for-a-care-business"),
    ],
)
def test_round_19_questions_reach_their_answers(engine: Engine, text: str, intent: str) -> None:
    reply, _ = engine.respond({}, Message(text=text))
    assert reply.intent == intent


def test_occupational_therapy_is_the_job_so_two_therapies_are_set_side_by_side(engine: Engine) -> None:
    reply, _ = engine.respond({}, Message(text="physio or occupational therapy which is better"))
    assert reply.texts[0].startswith("How a physiotherapist and an occupational therapist compare")


@pytest.mark.parametrize(
    ("text", "intent"),
    [("bck", "back"), ("start agen", "restart"), ("can we print this off for him please", "plan")],
)
def test_fresh_14s_short_moves_are_understood(engine: Engine, text: str, intent: str) -> None:
    reply, _ = engine.respond({}, Message(text=text))
    assert reply.intent == intent


def test_a_tablet_that_is_not_working_is_not_a_jobseeker(engine: Engine) -> None:
    reply, _ = engine.respond({}, Message(text="the tablet is not working"))
    assert not reply.intent.startswith("flow-")


def test_a_job_described_as_not_another_is_not_that_other_job(engine: Engine) -> None:
    text = "whats the person called who helps the mums on the maternity ward but isnt actually a midwife"
    reply, _ = engine.respond({}, Message(text=text))
    assert reply.intent == "role-about"
    assert reply.entities.get("role") == "maternity-support-worker"


def test_an_employer_asking_about_employment_law_is_sent_to_acas(engine: Engine) -> None:
    reply, _ = engine.respond(
        {}, Message(text="where can a small care agency get free hr advice on contracts")
    )
    assert reply.intent == "faq:employment-advice-for-providers"
    assert "acas" in [card.ref for card in reply.cards]


def test_a_barrier_they_name_settles_which_of_two_close_answers_fits(talk: Callable[..., Reply]) -> None:
    # "turn me down" is said of a criminal record too; anxiety and a health form make it the health answer.
    reply = talk(
        "I've got anxiety and depression, on meds, been stable for about a year now. Would care work be "
        "possible or would they just turn me down when they see it on the health form?"
    )
    assert reply.intent == "faq:health-condition-or-disability"


@pytest.mark.parametrize(
    ("text", "experience"),
    [
        ("no care experience at all", "none"),
        ("i have no experience in care", "none"),
        ("5 years care experience", "care-work"),
    ],
)
def test_no_care_experience_is_not_read_as_care_experience(
    engine: Engine, text: str, experience: str
) -> None:
    # Round 22: "no care experience at all" was noted as "I've worked in care".
    assert engine.read(text).entities.experience == experience


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # fresh-16: someone from care setting up on their own was sent into the providers' journey.
        (
            "ive been a carer for ten years and now i want to open my own home care agency in oakham. "
            "where do i start?",
            "faq:start-a-care-service",
        ),
        ("our registered manager handed in his notice today, what now", "faq:registered-manager-leaves"),
        ("finished the health t level last summer, what are my options", "faq:after-a-t-level"),
    ],
)
def test_setting_up_a_service_a_manager_leaving_and_after_a_t_level_are_understood(
    engine: Engine, text: str, intent: str
) -> None:
    reply, _ = engine.respond({}, Message(text=text))
    assert reply.intent == intent


def test_an_employers_new_starter_of_16_does_not_make_the_employer_a_pupil(engine: Engine) -> None:
    # fresh-16: "a 16 yr old apprentice" made the speaker a student and started the students' journey.
    text = "any grants for hiring a 17 year old apprentice"
    assert engine.read(text).entities.audience != "student"
    reply, _ = engine.respond({}, Message(text=text))
    assert reply.intent == "faq:apprentice-incentive-payments"


def test_asking_if_you_can_get_an_apprenticeship_at_16_is_not_asking_the_pay(engine: Engine) -> None:
    reply, _ = engine.respond({}, Message(text="can i do a care apprenticeship at 16?"))
    assert reply.intent == "faq:can-i-do-an-apprenticeship"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # Round 23: refused as off-topic.
        ("whats the hcpc", "faq:what-is-the-hcpc"),
        ("what's a preceptorship?", "faq:what-is-preceptorship"),
        ("what does an ultrasound sonographer do", "faq:other-nhs-jobs"),
        ("how do you become an audiologist", "faq:other-nhs-jobs"),
        # Round 23's single questions.
        ("got a driving ban, could i still be a home carer", "faq:no-driving-licence"),
        ("can we get funding for our seniors to do the level 3 diploma", "faq:funding-for-staff-training"),
        ("how do we host a care ambassador in our home", "faq:care-ambassadors"),
        ("can you do my biology homework essay for me", "out-of-scope"),
        ("whats the difference between level 2 and level 3", "faq:what-do-levels-mean"),
        ("what is the difference between level 3 and level 2?", "faq:what-do-levels-mean"),
        # Round 24.
        ("do we have to pay our carers for the gaps between calls", "faq:travel-time-and-sleep-ins"),
        ("if our carers use their own car, what should we pay", "faq:travel-costs-and-drivers"),
        ("how do we get work from leicester city council", "faq:selling-care-to-the-council"),
        ("any start up funding for a new home care business", "faq:business-support-for-providers"),
    ],
)
def test_questions_from_rounds_23_and_24_reach_their_answers(engine: Engine, text: str, intent: str) -> None:
    reply, _ = engine.respond({}, Message(text=text))
    assert reply.intent == intent


def test_what_a_job_does_is_answered_even_beside_wanting_to_become_one(engine: Engine) -> None:
    # Round 23: "my mum wants me to be a pharmacist, what do they do" got the way in.
    reply, _ = engine.respond({}, Message(text="my dad wants me to be a dietitian, what do they actually do"))
    assert reply.intent == "role-about"
    assert reply.entities["role"] == "dietitian"


def test_the_job_asked_about_beside_another_answer_is_the_one_a_follow_up_means(
    talk: Callable[..., Reply],
) -> None:
    # Round 23: "what does that pay" after a DBS answer about GP reception got the DBS fee.
    talk("what about a gp receptionist, do they need a dbs check")
    reply = talk("what does that pay")
    assert reply.intent == "role-pay"
    assert reply.entities["role"] == "gp-receptionist"


@pytest.mark.parametrize(
    "text",
    ["worked in a takeaway for two years serving customers", "5 years customer service at a call centre"],
)
def test_work_with_the_public_is_noted_as_experience_with_people(engine: Engine, text: str) -> None:
    assert engine.read(text).entities.experience == "other-work"


@pytest.mark.parametrize(
    "text", ["would they really take someone who is 61", "do care homes take people of 65"]
)
def test_asking_if_they_take_someone_older_is_about_age_not_arranging_care(engine: Engine, text: str) -> None:
    reply, _ = engine.respond({}, Message(text=text))
    assert reply.intent == "faq:too-old-for-care"


def test_my_carers_allowance_is_a_benefit_not_an_employer_speaking(engine: Engine) -> None:
    reply, _ = engine.respond({}, Message(text="if i get a job will i lose my carers allowance"))
    assert reply.intent == "faq:benefits-when-i-start-work"


@pytest.mark.parametrize("job", ["a dentist", "a police officer"])
def test_wanting_to_be_a_job_we_do_not_know_is_not_a_follow_up_on_the_last_job(
    talk: Callable[..., Reply], job: str
) -> None:
    # Found while fixing round 23: "i want to be a dentist" after a care worker's pay got the care worker's way in.
    talk("what does a care worker earn")
    reply = talk(f"i want to be {job}")
    assert reply.entities.get("role") != "care-worker"


def test_paid_while_doing_it_after_a_degree_jobs_way_in_is_money_while_studying(
    talk: Callable[..., Reply],
) -> None:
    # Rounds 21, 22 and 23: this got the qualified job's Band 5 pay.
    talk("how do i become a physio")
    reply = talk("would i get paid while doing it")
    assert reply.intent == "faq:money-for-health-degrees"
    assert "degree apprenticeship you earn a wage" in " ".join(reply.texts)


def test_mileage_questions_after_the_drivers_answer_get_the_rate_per_mile(talk: Callable[..., Reply]) -> None:
    # Round 23: "do we have to pay them mileage" lost the 45p; "whats the going rate per mile" got apprentice pay.
    talk("half the people who apply to us cant drive. what can we do")
    assert "45p a mile" in " ".join(talk("do we have to pay them mileage").texts)
    reply = talk("whats the going rate per mile")
    assert reply.intent == "faq:travel-costs-and-drivers"
    assert "45p a mile" in " ".join(reply.texts)


def test_a_new_question_pulled_back_to_the_last_answer_gets_its_own_answer(
    talk: Callable[..., Reply],
) -> None:
    # Round 23: "how much would i get paid at 16 tho" after "can I work at 16" got "In short: Often, yes. I do
    # not have more detail than this."
    talk("can i work in a care home at 16")
    reply = talk("how much would i get paid at 16 tho")
    assert reply.intent != "faq:work-in-care-at-16"
    assert "£" in " ".join(reply.texts)


def test_a_provider_asking_about_nursing_associates_gets_the_answer_written_for_them(
    talk: Callable[..., Reply],
) -> None:
    # Round 23: "could we grow our own through nursing associates instead" and "can a nursing associate do the
    # medication round for us" got "Sorry, I don't know".
    talk("we are a nursing home in ibstock and we cant find nurses")
    assert (
        talk("could we train up our own nursing associates").intent == "faq:grow-your-own-nursing-associates"
    )
    reply = talk("and can a nursing associate do the meds round")
    assert "give out medicines" in " ".join(reply.texts)


@pytest.mark.parametrize(
    ("after", "question", "says"),
    [
        ("what should a good induction include", "how long should that take", "first weeks"),
        ("we still use paper care plans, how do we go digital", "how much would we get", "set amount"),
        (
            "we still use paper care plans, how do we go digital",
            "who do i contact about it round here",
            "Digital",
        ),
        # Round 24's providers.
        ("what does the fair pay agreement mean for us", "when does that start", "2028"),
        (
            "could one of our seniors become a nursing associate",
            "would we have to release them for uni days",
            "day a week",
        ),
        (
            "could one of our seniors become a nursing associate",
            "who pays their wages while theyre training",
            "wage",
        ),
    ],
)
def test_short_follow_ups_read_the_last_providers_answer(
    talk: Callable[..., Reply], after: str, question: str, says: str
) -> None:
    talk(after)
    assert says in " ".join(talk(question).texts)


def test_a_drink_driving_ban_is_still_read_as_a_conviction(engine: Engine) -> None:
    reply, _ = engine.respond({}, Message(text="would a drink driving ban from 6 years ago show on my dbs"))
    assert reply.intent in ("faq:old-convictions-on-dbs", "faq:criminal-record")


@pytest.mark.parametrize(
    ("text", "own_condition"),
    [
        # Round 23: "i look after my mum who has MS" was noted as the speaker's own health condition.
        ("i look after my mum who has MS, thinking about nursing", False),
        ("my son with autism needs me after school, can i work part time", False),
        ("i have MS and look after my dad", True),
    ],
)
def test_a_relatives_condition_is_not_the_speakers_own(
    engine: Engine, text: str, own_condition: bool
) -> None:
    assert ("health" in engine.read(text).entities.barriers) is own_condition


def test_a_short_follow_up_about_the_job_just_shown_reads_that_job(talk: Callable[..., Reply]) -> None:
    # Round 23: "is it all night shifts" after the 999 call handler got the care workers' shifts.
    talk("what does an emergency call handler do")
    reply = talk("is it all nights?")
    assert reply.intent == "role-about"
    assert "day and night" in " ".join(reply.texts)


def test_a_parents_own_kids_do_not_make_nursing_childrens_nursing(engine: Engine) -> None:
    # Round 23: "im a lone parent with 3 kids can i train as a nurse" got the children's nurse route.
    reply, _ = engine.respond({}, Message(text="single mum with my two kids, could i train to be a nurse"))
    assert reply.entities.get("role") != "registered-nurse-children"
    reply, _ = engine.respond({}, Message(text="i want to be a nurse for kids"))
    assert reply.entities.get("role") == "registered-nurse-children"


def test_asking_if_the_growth_hub_charges_gets_that_its_help_is_free(talk: Callable[..., Reply]) -> None:
    # Rounds 21, 22 and 23: "do they charge for that" after business support got another answer or a repeat.
    talk("where can our care business get support")
    reply = talk("do they charge for it")
    assert reply.intent == "faq:business-support-for-providers"
    assert "free business help" in " ".join(reply.texts)


def test_how_long_after_a_jobs_way_in_gives_the_part_that_says_how_long(talk: Callable[..., Reply]) -> None:
    # Round 23: "how long does it take" after the pharmacist's way in repeated the whole answer.
    talk("my mum wants me to be a pharmacist, how do i become one")
    reply = talk("how long does it take")
    assert reply.texts[0].startswith("Pharmacist: A 4-year")
    assert "foundation training year" in reply.texts[0]
    assert len(reply.texts) == 1


def test_paid_while_ur_training_after_a_degree_job_is_money_while_studying(
    talk: Callable[..., Reply],
) -> None:
    # Round 24: "do u get paid while ur training" after the ODP's way in got the qualified pay (a fourth round).
    talk("how do you become an operating department practitioner")
    reply = talk("do u get paid while ur training")
    assert reply.intent == "faq:money-for-health-degrees"


def test_what_a_job_is_asked_with_a_story_gets_the_job(engine: Engine) -> None:
    # Round 24: "what is an odp my cousin does it at the glenfield" got "Can I do an apprenticeship in care?".
    reply, _ = engine.respond({}, Message(text="whats an odp, my cousin does it at glenfield"))
    assert reply.intent == "role-about"


def test_starting_a_home_care_company_and_asking_where_to_start_gets_the_answer(engine: Engine) -> None:
    # Round 24: this got the providers' journey instead of what starting a service needs.
    text = "hi i want to start my own home care company in markfield, where do i start"
    reply, _ = engine.respond({}, Message(text=text))
    assert reply.intent == "faq:start-a-care-service"


def test_who_to_contact_after_an_answer_that_names_nobody_is_who_helps_locally(
    talk: Callable[..., Reply],
) -> None:
    # Round 24: "who do i contact about that" after "Is care work only with old people?" got "I cannot arrange care".
    talk("is care work only with old people")
    assert talk("who do i contact about that").intent == "faq:who-helps-locally"
