"""What urgent help says, by the kind of trouble a message shows (safety.kinds).

Each kind has its own first words and its own contacts, most useful first: a young person thinking of
suicide needs Childline and a text line, not the council's adult safeguarding number; a manager who
saw a resident abused needs the council's safeguarding team and CQC, and what to do now. When only the
examples said a message was urgent, its kind is not known and the general help is shown.
"""

from __future__ import annotations

COUNCIL = "council"  # the adult social care line of the person's council, or of each council when unknown
YOUNG_LINE = "childline"  # for someone at school or college, or under 19
YOUNG_AGE = 19
MOST_CARDS = 6

SUICIDE = "suicide or self-harm"
GENERAL = "general"
YOUNG_NOWHERE = "young and nowhere to sleep"  # not a cue group: nowhere to sleep, said by someone under 19

# kind: (what to say, the contacts to show)
HELP: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "overdose taken": (
        (
            "Call 999 now, or ask someone near you to call. Do it even if you feel fine: some tablets harm you "
            "hours later.",
            "When you are safe, you can talk to someone at any time, for free.",
        ),
        ("emergency-999", "samaritans", "shout"),
    ),
    SUICIDE: (
        (
            "I'm really sorry you feel like this. You do not have to cope with it on your own.",
            "Please talk to someone now. These lines are free and open day and night. If you might act on "
            "these thoughts, or you have hurt yourself, call 999.",
        ),
        ("samaritans", "shout", "nhs-111", "emergency-999"),
    ),
    "swallowed something harmful": (
        (
            "Call 999 now if they are very sleepy or hard to wake, struggling to breathe, having a fit, or in a lot "
            "of pain. If not, call NHS 111 now, even if they seem fine.",
            "Do not try to make them sick. Keep the bottle or packet, and have it with you when you call or go to "
            "hospital.",
        ),
        ("emergency-999", "nhs-111"),
    ),
    "panic attack": (
        (
            "I'm sorry, that sounds really frightening. A panic attack feels awful, but it is not dangerous, and it "
            "will pass, often within minutes.",
            "Breathe slowly: in through your nose while you count to 4, then out through your mouth while you count "
            "to 6. Keep going until it eases. If you are with someone who is having one, stay with them and breathe "
            "slowly together.",
            "If there is chest pain, or this has never happened before, or it does not pass, call 999 or NHS 111. "
            "When it has passed, you can text SHOUT to 85258, or call NHS 111 and choose option 2 for mental health "
            "help.",
        ),
        ("nhs-111", "shout", "emergency-999"),
    ),
    "medical emergency": (
        (
            "Call 999 now if someone is badly hurt, very ill, not breathing or will not wake up.",
            "If it is not an emergency, NHS 111 can tell you what to do.",
        ),
        ("emergency-999", "nhs-111"),
    ),
    "domestic abuse": (
        (
            "I'm sorry this is happening to you. It is not your fault, and you do not have to deal with it alone.",
            "If you are in danger now, call 999. If you cannot speak, call 999 from a mobile and press 55 when "
            "asked.",
            "The National Domestic Abuse Helpline is free and open day and night. When you are ready, I can help "
            "with jobs too.",
        ),
        ("emergency-999", "national-domestic-abuse-helpline", "samaritans"),
    ),
    "domestic abuse of someone else": (
        (
            "Thank you for telling me. Nobody should be treated like that, and it is not their fault.",
            "If they are in danger now, call 999. The National Domestic Abuse Helpline is free and open day "
            "and night. It also talks to friends, family and anyone supporting someone.",
            "Abuse at home does not stop someone working in care. When they are ready, I can help with jobs too.",
        ),
        ("emergency-999", "national-domestic-abuse-helpline"),
    ),
    "harm to me at work": (
        (
            "I'm sorry this is happening to you. Nobody should be hurt or abused at work.",
            "If you are in danger now, call 999. To report a crime, call the police on 101. Victim Support helps "
            "anyone hurt by a crime, day or night. Acas gives free advice on what to do next at work.",
        ),
        ("emergency-999", "victim-support", "acas", "samaritans"),
    ),
    "harm to a worker": (
        (
            "Thank you for telling me. Nobody should be hurt, touched or harassed at work, and it is not their "
            "fault.",
            "If they are in danger now, call 999. To report a crime, call the police on 101. Acas gives free "
            "advice on what to do next at work, and a trade union can help too.",
        ),
        ("emergency-999", "acas"),
    ),
    "harm to me": (
        (
            "I'm sorry this is happening to you. You do not have to put up with it.",
            "If you are in danger now, call 999. The council's adult social care team can help keep you safe. "
            "You can also talk to Samaritans at any time, for free.",
        ),
        ("emergency-999", COUNCIL, "samaritans"),
    ),
    "hurt by someone I care for": (
        (
            "I'm sorry you were hurt. Get first aid, or call NHS 111 or 999 if you need to.",
            "Report it to your manager as an incident. Your employer must support you and look at how to keep "
            "everyone safe. Acas can explain your rights at work.",
        ),
        ("nhs-111", "acas", "emergency-999"),
    ),
    "harm in care": (
        (
            "Thank you for speaking up. The person's safety comes first.",
            "If they are in danger now, call 999. Make them safe, and keep them away from the person who hurt "
            "them.",
            "Tell the council's adult safeguarding team today. If you run the service, follow your safeguarding "
            "policy and tell CQC. If you work there, you can go straight to the council or CQC without asking "
            "your manager. The law protects workers who speak up, and Protect gives free, private advice.",
        ),
        ("emergency-999", COUNCIL, "care-quality-commission", "protect"),
    ),
    "child telling": (
        (
            "I'm really sorry. This is not your fault, and you were right to tell someone.",
            "If you are in danger now, call 999. Childline is free and there for you any time: call 0800 1111 "
            "or chat online. You can also tell a teacher or another adult you trust.",
        ),
        ("childline", "emergency-999"),
    ),
    "child at risk": (
        (
            "If a child is in danger now, call 999.",
            "If a child has told you something, listen, and do not promise to keep it secret. Write down what they "
            "said, in their own words. If you are at a school, a nursery or on a placement, tell the safeguarding "
            "lead there today.",
            "You can also call the police on 101, or the council's children's services: they must check that the "
            "child is safe. If you are young yourself, tell a teacher or an adult you trust, or talk to Childline "
            "for free.",
        ),
        ("emergency-999", "childline"),
    ),
    "attacked": (
        (
            "I'm sorry this happened to you. It is not your fault.",
            "If you are hurt, get help: NHS 111, or 999 in an emergency. If you are in danger now, call 999. To "
            "report it, call the police on 101. Victim Support is free and private, day or night, whether or not "
            "you tell the police.",
        ),
        ("emergency-999", "victim-support", "nhs-111"),
    ),
    "forced marriage": (
        (
            "Nobody can make you marry. It is against the law, and it is not your fault.",
            "If you are in danger now, or someone is about to take you abroad, call 999. The government's Forced "
            "Marriage Unit gives free, private advice, to you or to anyone worried about you. If you are under "
            "18, you can also talk to Childline or a teacher you trust.",
        ),
        ("emergency-999", "forced-marriage-unit", "childline"),
    ),
    "mental health crisis": (
        (
            "I'm sorry you are going through this. Please get help today.",
            "Call NHS 111 and choose option 2 for urgent mental health help, for you or for someone you are worried "
            "about, day or night. You can also see a GP. If you support the person at work, tell your senior or the "
            "manager on call now, and follow their care or crisis plan.",
            "If anyone is in danger now, or might hurt themselves or someone else, call 999. Samaritans will listen at "
            "any time, for free.",
        ),
        ("nhs-111", "samaritans", "emergency-999"),
    ),
    "drink or drugs": (
        (
            "Thank you for telling me. Lots of people use drink or drugs to get through hard times, and help "
            "works, for them and for the people close to them.",
            "Your GP can help, or you can go straight to a free local drug and alcohol service: search 'find "
            "alcohol support' on the NHS website. These services help families too. NHS 111 can help at any "
            "time, and Samaritans will listen. If someone will not wake up, is breathing very slowly or is very "
            "unwell, call 999.",
        ),
        ("nhs-111", "samaritans", "emergency-999"),
    ),
    "gambling": (
        (
            "Thank you for telling me. Lots of people get into trouble with gambling, and help works.",
            "The National Gambling Helpline is free, private and open day and night: call 0808 8020 133 or chat "
            "online. Citizens Advice can help you sort out debts. If you feel you cannot cope, Samaritans will "
            "listen, free, on 116 123.",
        ),
        ("national-gambling-helpline", "citizens-advice", "samaritans"),
    ),
    "bullied at work": (
        (
            "I'm sorry. Nobody should be bullied at work.",
            "Write down what happens and when. Tell your manager, their manager or HR, or a union if you have "
            "one. If you are an apprentice or a student on placement, tell your training provider, tutor or "
            "placement lead too: they are there to make sure you are treated properly. Acas gives free, private "
            "advice on what to do. If it is getting you down, talk to your GP or Samaritans.",
        ),
        ("acas", "samaritans"),
    ),
    "sexual violence": (
        (
            "I'm so sorry. What happened is not your fault, and you do not have to deal with it alone.",
            "If you are in danger now, call 999. The Rape and Sexual Abuse Support Line is free and open day and "
            "night, for anyone 16 or over, however long ago it happened. A sexual assault referral centre can "
            "check your health and help you, even if you do not want to go to the police: NHS 111 can tell you "
            "where your nearest one is.",
        ),
        ("emergency-999", "rape-crisis", "nhs-111", "samaritans"),
    ),
    "sexual harassment at work": (
        (
            "I'm sorry. Touching you, or sexual jokes or comments, at work or on a placement is sexual harassment. "
            "It is not your fault, and your employer must take steps to stop it.",
            "Write down what happened and when. Tell your manager or someone senior you trust. If you are a student "
            "on placement, tell your placement lead, practice assessor or university or college tutor. If you are "
            "an apprentice, tell your training provider too.",
            "Acas gives free, private advice, and a union can help. If you were touched against your will, that "
            "can be a crime: call the police on 101, or 999 if you are in danger. The Rape and Sexual Abuse "
            "Support Line is there for you too.",
        ),
        ("acas", "rape-crisis", "emergency-999"),
    ),
    "no food": (
        (
            "I'm sorry you are going without. If you, or a child with you, feel very unwell, call NHS 111, or 999 "
            "in an emergency.",
            "A food bank can give you food today. Most need a referral first: Citizens Advice, your work coach or "
            "the council can give you one. The council may also help with food and energy bills, and your energy "
            "supplier can give emergency credit. If you get Universal Credit, ask your work coach about an "
            "advance.",
        ),
        ("citizens-advice", "jobcentre-plus", "nhs-111"),
    ),
    "feeling low": (
        (
            "I'm sorry you feel like this. Lots of people do, and it can get better with the right help.",
            "Talking helps. Samaritans will listen at any time, for free, or you can text Shout. Your GP can "
            "help, and so can NHS Talking Therapies. If it is about work, tell your manager or someone you "
            "trust there. If you might hurt yourself, call 999.",
        ),
        ("samaritans", "shout", "nhs-111"),
    ),
    "someone being harmed": (
        (
            "If someone is in danger now, call 999.",
            "If you are worried an adult is being harmed or neglected, tell the council's adult social care "
            "team. They can check on them.",
        ),
        ("emergency-999", COUNCIL, "nhs-111"),
    ),
    "someone not seen": (
        (
            "If you think someone is hurt or very ill, call 999.",
            "If you are worried but not sure, call the police on 101 and ask them to check on the person. The "
            "council's adult social care team can help too.",
        ),
        ("emergency-999", COUNCIL),
    ),
    "someone else at risk": (
        (
            "It is good that you want to help. Call 999 now if they have taken something, are hurt, or might act "
            "on it now, or if they have said goodbye and you cannot reach them. Do not leave them alone if it is "
            "safe to stay.",
            "Help them talk to someone. These lines are free and open day and night, and Samaritans also talk to "
            "people who are worried about someone else. You do not have to keep it a secret.",
        ),
        ("emergency-999", "samaritans", "shout", "nhs-111"),
    ),
    "exploitation at work": (
        (
            "Thank you for telling me. This sounds like it could be exploitation. Nobody may take someone's "
            "passport or force them to work, and it is never the worker's fault.",
            "If anyone is in danger now, call 999. The Modern Slavery & Exploitation Helpline is free, private "
            "and open day and night, for the person it is happening to or anyone worried about them. Acas "
            "gives free advice on pay and rights at work.",
        ),
        ("emergency-999", "modern-slavery-helpline", "acas"),
    ),
    "concern at work": (
        (
            "Thank you for speaking up. People's safety comes first.",
            "If anyone is in danger now, call 999. Tell the person in charge of the shift now. If you cannot, or "
            "nothing happens, go straight to the council's safeguarding team or to CQC: you do not need your "
            "manager's permission. The law protects workers who speak up, and Protect gives free, private advice.",
        ),
        ("emergency-999", COUNCIL, "care-quality-commission", "protect"),
    ),
    "nowhere to sleep": (
        (
            "If you have nowhere safe to sleep tonight, ask the council for help today. Councils must help people "
            "who are homeless or about to be.",
            "In Leicester, call 0116 454 1008 (Monday to Friday, 8am to 5pm). At night and at weekends, call the "
            "Dawn Centre on 0116 221 2770. In Leicestershire, call your district or borough council and ask for "
            "housing help. In Rutland, call Rutland County Council. If you are under 18, the council's children's "
            "services must help you too.",
            "If you are in danger or very unwell, call 999.",
        ),
        ("leicester-homelessness-help", "streetlink", "emergency-999"),
    ),
    YOUNG_NOWHERE: (
        (
            "Call your council today and say you have nowhere safe to stay. Councils must help people who are "
            "homeless or about to be. If you are under 18, children's services must help you, and if you are "
            "leaving care, so must your personal adviser.",
            "Childline is free and there for you any time: call 0800 1111. If you are in danger now, call 999.",
        ),
        ("childline", "emergency-999", "leicester-homelessness-help"),
    ),
    "in danger": (
        (
            "If you are in danger now, call 999. If you cannot speak, call 999 from a mobile and press 55 when "
            "asked.",
            "When you are safe, you can talk to someone for free, day or night. The National Domestic Abuse "
            "Helpline can help you find a safe place to stay.",
        ),
        ("emergency-999", "national-domestic-abuse-helpline", "samaritans"),
    ),
    GENERAL: (
        (
            "I'm sorry you are going through this. You do not have to deal with it alone.",
            "If you or someone else is in danger now, call 999. You can talk to someone at any time, for free. "
            "If you are worried an adult is being harmed or neglected, tell the council.",
        ),
        ("emergency-999", "samaritans", "shout", "nhs-111", COUNCIL),
    ),
}
# Kinds that a pointer to who helps with something else ("I cannot deal with complaints about care") would
# only muddle: the help says what to do.
NO_POINTER = frozenset(
    {
        SUICIDE,
        "sexual violence",
        "overdose taken",
        "swallowed something harmful",
        "someone else at risk",
        "concern at work",
        "harm to me at work",
        "domestic abuse",
        "exploitation at work",
        "domestic abuse of someone else",
        "child telling",
        "child at risk",
        "forced marriage",
        "mental health crisis",
        "drink or drugs",
        "gambling",
        "bullied at work",
        "feeling low",
        "attacked",
        "panic attack",
        "sexual harassment at work",
    }
)
# Kinds for which a young person also gets Childline, after the first contact.
FOR_THE_YOUNG = frozenset(
    {
        SUICIDE,
        "mental health crisis",
        "drink or drugs",
        "gambling",
        "bullied at work",
        "attacked",
        "no food",
        "sexual violence",
        "feeling low",
        "overdose taken",
        "panic attack",
        "sexual harassment at work",
        "domestic abuse",
        "in danger",
        "someone being harmed",
        "nowhere to sleep",
        GENERAL,
    }
)


# Harm to a young person is a child at risk, whoever does it.
CHILD_HARM = frozenset({"harm to me", "someone being harmed", "in danger", "domestic abuse"})


def contacts(found: list[str], young: bool) -> tuple[tuple[str, ...], list[str]]:
    """What to say and which contacts to show (service ids, or COUNCIL), for the most pressing kind found."""
    found = [k for k in found if k in HELP] or [GENERAL]
    if young and found[0] in CHILD_HARM:
        found.insert(0, "child at risk")
    if young and found[0] == "nowhere to sleep":
        found.insert(0, YOUNG_NOWHERE)
    # The most pressing kind says what to do and who to call: more contacts from the others would only crowd
    # them (a child telling of abuse needs Childline, not the adult safeguarding lines).
    texts, ids = HELP[found[0]][0], list(HELP[found[0]][1])
    if young and found[0] in FOR_THE_YOUNG:
        ids.insert(1, YOUNG_LINE)
    if found[0] == "sexual violence" and "harm to me at work" in found:
        ids.append("acas")  # touched or groped at work: the employer must act too, and Acas says how
    if found[0] == "attacked" and "medical emergency" in found:
        texts = ("If you are badly hurt or bleeding a lot, call 999 now.", *texts)
    return texts, list(dict.fromkeys(ids))
