"""Words of distress, harm or danger: whatever else a message asks, these get urgent help first.

The patterns run over folded text (lower case, no apostrophes: "can't" is "cant"). They are grouped
by what is happening, so a gap is easy to see and fill. A missed cry for help costs far more than
an extra line of phone numbers above an answer, so the cues lean wide; the few guards below only
keep everyday worries about the work itself ("I'm scared of losing my benefits", "what if I can't
cope with the toileting?") from being read as a crisis.
"""

from __future__ import annotations

import re

_PERSON = (
    r"(?:me|him|her|them|us|residents?|patients?|clients?|people|my \w+|our \w+|(?:the|a|an|one of the) "
    r"(?:residents?|patients?|clients?|old (?:man|lady|woman|people)|man|lady|woman|child|kid))"
)
_RELATIVE = r"(?:partner|husband|wife|boyfriend|girlfriend|ex|dad|father|mum|mother|carer|son|daughter|brother|sister|manager|boss)"

CUES: dict[str, tuple[str, ...]] = {
    "suicide or self-harm": (
        r"suicid\w*",
        r"kill(?:ing)? (?:my ?self|myself)",
        r"(?:end|ending|take|taking) (?:my|his|her|their) (?:own )?life|(?:end|ending) it all",
        r"(?:want|wanted|wanting|going) to die|wanna die|wish i (?:was|were) dead|better off (?:dead|without me)",
        r"self ?harm\w*|(?:hurt|hurting|hurts|harm|harming|harms|cut|cutting|cuts|burn|burning|burns) "
        r"(?:my ?self|herself|himself|themselves|themself|yourself)",
        r"no (?:reason|point) (?:to|in) (?:live|living|going on|being here)",
        r"(?:dont|do not|cant|can not|cannot) see (?:the|any) point(?: (?:anymore|any more|in (?:anything|life|living|"
        r"going on)|of (?:anything|life|living|going on)))?\s*(?:,|$| been| ive| i | im | and | so | just )",
        # Worn out by living itself, not by a job or a course: "im so tired of everything".
        r"(?:tired|sick|exhausted) of (?:living|life|being alive|it all|everything|everyone)"
        r"(?! (?:about|at|in|with|to do with) (?:work|my job|the job|school|college|uni|care|retail))",
        r"(?:whats|what is) the point (?:of|in) (?:living|life|going on|anything)",
        r"(?:dont|do not|cant|can not|cannot) see (?:the|any) point (?:in|of) (?:anything|life|living|going on)",
        # "been cutting again": self-harm said without saying who (not "cutting back on hours").
        r"cutting again|(?:been|started|keep|kept) cutting(?! (?:back|down|costs?|hours|hair|grass|the|my hours))",
        r"(?:cant|can not|cannot) (?:go on|carry on|take (?:it|this|any more|anymore))(?: anymore| any more)?\s*$",
        r"(?:cant|can not|cannot) cope(?:\s*$| anymore| any more| with (?:life|anything|everything|it all))",
        r"(?:dont|do not|doesnt|does not|didnt|did not) want to (?:be here|be alive|live|wake up|go on)",
        r"(?:no longer|not) want(?:s|ing)? to (?:be alive|live)",
        r"overdos\w*|(?:took|taken|swallowed) (?:too many|loads of|a load of|all (?:my|the)|a lot of) (?:\w+ )?"
        r"(?:tablets|pills|paracetamol|meds|medication)",
    ),
    "medical emergency": (
        r"(?:not|isnt|is not|stopped|cant|can not|cannot|struggling to) breath\w*",
        # "had a stroke in March" is a past event; "has had a stroke" may be now.
        r"chest pains?|heart attack|(?:having|had|has) a (?:stroke|fit|seizure)(?! (?:in (?:january|february|march|"
        r"april|may|june|july|august|september|october|november|december|20\d\d)|last (?:year|month|week)|\w+ "
        r"(?:years?|months?|weeks?) ago))|seizure|choking",
        r"unconscious|unresponsive|collapsed|passed out|(?:wont|will not|cant|can not) wake (?:him|her|them) up",
        r"(?:fallen|fell|fall) (?:over |down )?and (?:hit|banged|cut|hurt) (?:his|her|their|my) head",
        # "my nan has fallen and she's not answering me": a fall, then no answer or no getting up.
        r"(?:fallen|fell|had a fall)(?! (?:behind|out|asleep|for|through|apart|pregnant))\b.{0,40}\b"
        r"(?:not|isnt|wont|cant|can not|cannot|will not) "
        r"(?:answer|respond|wake|get up|move|speak|talk)\w*",
        r"blood everywhere|bleeding (?:badly|heavily|a lot|loads)|lots of blood|wont stop bleeding",
        r"on fire|theres a fire|a fire (?:in|at)|smoke (?:coming|pouring|everywhere)|smell(?:s|ing)? (?:of )?(?:gas|smoke)|gas leak",
        r"allergic reaction|anaphyla\w*",
        r"(?:on|lying on|found on|is on) the floor|(?:cant|can not|cannot) get (?:him|her|them) up|(?:fallen|had a fall) "
        r"and (?:cant|can not|cannot|couldnt) get up",
        r"(?:gone|go|went|goes|is|has gone) missing|wander(?:ed|s|ing) off",
    ),
    "someone being harmed": (
        r"(?:being|been|am|is|are|getting|get|got) (?:hurt|hit(?! (?:and|or) miss)|abused|beaten|attacked|threatened|bullied|"
        r"assaulted|raped|groomed|exploited|kicked|punched|slapped|pushed)",
        r"touch(?:ed|es|ing) (?:me|her|him|them|residents?) (?:inappropriately|sexually|where|there)"
        r"|(?:inappropriately|sexually) touch\w*",
        rf"(?:hurts|hurting|hits|hitting|beats|beating|abuses|abusing|grabs|grabbing|touches|touching|threatens|"
        rf"threatening|scares|kicks|kicking|punches|punching|slaps|slapping|pushes|pushing|shoves|shoving) {_PERSON}",
        rf"(?:shouts|shouting|shouted|screams|screaming|screamed|yells|yelling|yelled|swears|swearing) "
        rf"(?:at {_PERSON}|in (?:her|his|their|my|your) face)",
        # A threat of harm: "he'll hurt me if I go out to work".
        r"(?:hell|he will|shell|she will|theyll|they will|(?:he|she|they)(?:s| is| are)? (?:going to|gonna)"
        rf"|threatens? to|threatened to|threatening to) (?:hurt|hit|kill|beat|harm) (?:me|us|her|him|them|my "
        rf"(?:kids|children|baby|{_RELATIVE}))",
        rf"rough with {_PERSON}|(?:locks|locked|locking) (?:her|him|them|residents?|my \w+) (?:in|up)\b"
        r"|(?:tied|ties|tie|tying) (?:her|him|them|residents?) (?:up|down)\b",
        r"abus(?:e|ed|ing|ive)\b|domestic (?:violence|abuse)|raped?\b|sexual(?:ly)? (?:assault|abuse)\w*|assaulted",
        r"neglected|neglecting|(?:signs of|suffering|victim of|facing) neglect|harming|slapp?\w*|punch(?:ed|ing|es)?\b|kick(?:ed|ing) (?:me|her|him|a resident)",
        r"(?:steal|steals|stealing|stole|takes|took|taking|taken) (?:money|cash|things|stuff|\w+ bank card) (?:out of|from)",
        r"(?:steal|steals|stealing|stole|takes|took|taking|taken|using|uses|spending|spends) (?:his|her|their|my \w+s?) "
        r"(?:money|cash|savings|pension|bank card|card|benefits)",
        r"stealing from|steals from|financial abuse",
        r"(?:left|leave|leaves|leaving|lying|sitting|sat) (?:\w+ )?(?:in|on) (?:a |her |his |their )?(?:wet|soiled|dirty) "
        r"(?:bed|clothes|pad|sheets)",
        r"(?:pressure|bed) sores|getting sores|bruises? (?:on|all over)|covered in bruises|unexplained bruis\w*",
        r"(?:not|isnt|is not|arent|are not|never|hardly) (?:being )?(?:feeding|fed|washing|washed|turning|turned|"
        r"changing|changed|given (?:food|water|a drink|(?:her|his|their) (?:meds|medication|medicine)))"
        r"(?: (?:her|him|them|properly|enough))?",
        r"(?:nobody|no one|noone) (?:turns|feeds|washes|changes|checks on|helps) (?:her|him|them)",
    ),
    "someone not seen": (
        r"(?:hasnt|has not|havent|have not|not) (?:been )?seen (?:her|him|them )?(?:for|in) (?:days|a few days|\d+ days"
        r"|ages|a while|a week|over a week)",
        r"(?:isnt|is not|not|wont|will not|hasnt been|has not been) answering (?:the |her |his |their )?door",
        # A person not answering the phone; a surgery or an office not answering is not a worry for their safety.
        rf"(?:she|he|they|{_RELATIVE}|nan|nana|gran|granny|grandma|grandad|grandpa|neighbour|friend)s? "
        r"(?:(?:is|has|been|still|just) )*(?:isnt|not|wont|will not|hasnt been|has not been|stopped) answering "
        r"(?:the |her |his |their )?phone",
        r"curtains (?:are |have been )?(?:still )?(?:shut|closed|drawn)",
    ),
    "in danger": (
        r"in danger|not safe|unsafe|(?:scared|afraid|frightened|terrified) (?:for my (?:life|safety)|to go home)",
        rf"(?:scared|afraid|frightened|terrified) of (?:him|her|them|my {_RELATIVE}|the (?:carers?|staff|manager))",
        r"(?:im|i am|i feel) (?:so |really |very )?(?:scared|frightened|terrified)\s*$",
    ),
}
DISTRESS = re.compile(r"\b(?:" + "|".join(p for patterns in CUES.values() for p in patterns) + r")")


def in_distress(folded: str) -> bool:
    """True when folded text speaks of distress, harm or danger."""
    return DISTRESS.search(folded) is not None
