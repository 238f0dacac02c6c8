"""Turning what people type into plain lower-case words the engine can look up."""

from __future__ import annotations

import re
import unicodedata

MAX_MESSAGE_LENGTH = 500

# Text-speak and contractions: everyday language, not care vocabulary (that lives in synonyms.yaml).
TEXT_SPEAK = {
    "u": "you",
    "ya": "you",
    "yu": "you",
    "r": "are",
    "ur": "your",
    "wat": "what",
    "du": "do",
    "ned": "need",
    "wana": "want to",
    "wrk": "work",
    "pepul": "people",
    "stil": "still",
    "wats": "whats",
    "wots": "whats",
    "hols": "holidays",
    "opts": "options",
    "lic": "licence",
    "license": "licence",  # the American spelling, common in typing
    "licenses": "licences",
    "wivout": "without",
    "witout": "without",
    "widout": "without",
    "wivin": "within",
    "wile": "while",
    "bf": "boyfriend",
    "gf": "girlfriend",
    "no1": "no one",
    "nite": "night",
    "cust": "customer",
    "conv": "conviction",
    "convs": "convictions",
    "dat": "that",
    "dis": "this",
    "nites": "nights",
    "tonite": "tonight",
    "wot": "what",
    "wut": "what",
    "wht": "what",
    "cn": "can",
    "cld": "could",
    "cud": "could",
    "wud": "would",
    "wiv": "with",
    "wid": "with",
    "w": "with",
    "im": "i am",
    "ive": "i have",
    "ill": "i will",
    "dont": "do not",
    "doesnt": "does not",
    "didnt": "did not",
    "cant": "can not",
    "cannot": "can not",
    "wont": "will not",
    "isnt": "is not",
    "arent": "are not",
    "havent": "have not",
    "hasnt": "has not",
    "wasnt": "was not",
    "shouldnt": "should not",
    "couldnt": "could not",
    "wouldnt": "would not",
    "whats": "what is",
    "hows": "how is",
    "wheres": "where is",
    "whos": "who is",
    "weve": "we have",
    "youve": "you have",
    "theyve": "they have",
    "shes": "she is",
    "hes": "he is",
    "thats": "that is",
    "theres": "there is",
    "youre": "you are",
    "theyre": "they are",
    "pls": "please",
    "plz": "please",
    "thx": "thanks",
    "ty": "thanks",
    "ta": "thanks",
    "cheers": "thanks",
    "b4": "before",
    "n": "and",
    "y": "why",
    "yr": "year",
    "yrs": "years",
    "wanna": "want to",
    "gonna": "going to",
    "gotta": "have to",
    "dunno": "do not know",
    "idk": "i do not know",
    "hw": "how",
    "hv": "have",
    "abt": "about",
    "bc": "because",
    "cos": "because",
    "coz": "because",
    "cuz": "because",
    "ppl": "people",
    "tbh": "",
    "pwease": "please",
    "sumthin": "something",
    "summat": "something",
    "gud": "good",
    "luv": "love",
    "needa": "need to",
    "lemme": "let me",
    "gimme": "give me",
    "nah": "no",
    "nope": "no",
    "yeah": "yes",
    "yep": "yes",
    "yup": "yes",
    "ya'll": "you",
    "k": "ok",
    "okay": "ok",
    "kk": "ok",
    "mch": "much",
    "pd": "paid",
    "bcome": "become",
    "bcum": "become",
    "wen": "when",
    "whr": "where",
    "shud": "should",
    "jus": "just",
    "hav": "have",
    "nd": "and",
    "lyk": "like",
    "kno": "know",
    "sum1": "someone",
    "some1": "someone",
    "any1": "anyone",
    "gettin": "getting",
    "workin": "working",
    "lookin": "looking",
}
# Digits and letters that stand for words only after these words ("how 2 become", "looking 4 work",
# "wanna b a nurse"); elsewhere they are themselves ("2 kids", "level 2", "council tax band b").
_CONTEXT_WORDS = {
    "2": ("to", {"how", "want", "need", "going", "like", "able", "used", "go", "me"}),
    "4": ("for", {"looking", "jobs", "job", "work", "apply", "good", "training", "pay"}),
    # "what dose it pay": a common slip for "does", and near enough to talk of doses to look like a crisis.
    "dose": (
        "does",
        {"what", "how", "much", "where", "who", "when", "why", "which", "it", "she", "he", "that", "this"},
    ),
    "b": (
        "be",
        {
            "to",
            "2",
            "wanna",
            "gonna",
            "want",
            "wants",
            "will",
            "can",
            "could",
            "would",
            "should",
            "might",
            "i",
            "must",
        },
    ),
}

_ARE = re.compile(r"\b(we|they|you)'re\b")
_NON_WORD = re.compile(r"[^a-z0-9£+]+")
_MIXED = re.compile(r"(?=.*[a-z])(?=.*[0-9])[a-z0-9]+")
_RUN = re.compile(r"[a-z]+|[0-9]+")


def fold(text: str) -> str:
    """Lower case with accents and odd characters removed: 'Café  NURSE!' -> 'cafe nurse'."""
    plain = text[:MAX_MESSAGE_LENGTH]
    if not plain.isascii():  # most messages are plain ASCII: nothing to take apart
        decomposed = unicodedata.normalize("NFKD", plain)
        plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = plain.lower().replace("’", "'")
    # "we're" must not become "were" when the apostrophe goes: who is speaking matters.
    plain = _ARE.sub(r"\1 are", plain).replace("'", "")
    return " ".join(_NON_WORD.sub(" ", plain).split())


def words(text: str) -> list[str]:
    """The folded words of a message, with text-speak spelled out."""
    tokens = fold(text).split()
    out: list[str] = []
    for i, token in enumerate(tokens):
        if token in _CONTEXT_WORDS:
            word, after = _CONTEXT_WORDS[token]
            out.append(word if i > 0 and tokens[i - 1] in after else token)
            continue
        expanded = TEXT_SPEAK.get(token)
        if expanded is None and _MIXED.fullmatch(token):
            out.extend(
                _RUN.findall(token)
            )  # "signpost2grow", "level2", "year11": the words and numbers apart
            continue
        out.extend((expanded or token).split())
    return out
