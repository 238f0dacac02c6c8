"""The conversation's own moves (greeting, start again, back...) and the words that ask for them.

These are the mechanics of talking, the same whatever the knowledge base holds; questions
about care live in faqs.yaml.
"""

from __future__ import annotations

CONTROL_PHRASES: dict[str, tuple[str, ...]] = {
    "greeting": (
        "hi",
        "hello",
        "hiya",
        "hey",
        "hey there",
        "good morning",
        "good afternoon",
        "good evening",
        "alright",
        "hi there",
        "hello there",
        "yo",
        "morning",
    ),
    "thanks": (
        "thanks",
        "thank you",
        "thanks a lot",
        "that helps",
        "brilliant thanks",
        "great thanks",
        "thank you so much",
        "ok thanks",
        "helpful",
        "that was helpful",
        "lovely thanks",
    ),
    "goodbye": (
        "bye",
        "goodbye",
        "see you",
        "see ya",
        "that is all",
        "i am done",
        "finished",
        "no more",
        "nothing else",
        "bye bye",
    ),
    "menu": (
        "menu",
        "main menu",
        "options",
        "what can you do",
        "help",
        "what can i ask",
        "show me options",
        "what do you do",
        "what can you help with",
        "help me",
        "home",
    ),
    "restart": (
        "start again",
        "restart",
        "start over",
        "reset",
        "clear",
        "new conversation",
        "begin again",
        "clear chat",
        "start from the beginning",
    ),
    "back": ("back", "go back", "previous question", "undo", "last question"),
    "human": (
        "talk to a person",
        "speak to someone",
        "real person",
        "human",
        "an adviser",
        "talk to an adviser",
        "can i speak to a human",
        "speak to a real person",
        "talk to someone",
        "i want to talk to a person",
        "person please",
        "is there someone i can ring",
        "can i ring someone",
        "someone to call",
        "a number to ring",
        "can i phone someone",
    ),
    "start:browse": (
        "just browsing",
        "just having a look",
        "just looking",
        "browsing",
        "having a look around",
        "just curious",
    ),
    "plan": (
        "my plan",
        "show my plan",
        "save my results",
        "print my plan",
        "take this home",
        "save this",
        "send this to my phone",
        "email me this",
    ),
}

# Moves whose words are distinctive enough to find inside a longer message ("can I speak to a real person").
INDEXED_CONTROLS = ("human", "plan", "goodbye", "restart", "thanks", "menu", "start:browse")

AUDIENCE_FLOW = {
    "student": "student",
    "jobseeker": "jobseeker",
    "career-changer": "jobseeker",
    "provider": "provider",
}
