"""Picking out what a message says about the person and the jobs: roles, places, age, barriers.

Roles, apprenticeships and places come from the knowledge base; the everyday cues ("made
redundant", "can't drive") are patterns over the words of the message.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from careers_bot.engine.lexicon import Lexicon
from careers_bot.engine.normalise import words
from careers_bot.knowledge.model import KnowledgeBase

Phrases = dict[tuple[str, ...], tuple[str, ...]]


def _cues(table: dict[str, str]) -> list[tuple[str, re.Pattern[str]]]:
    return [(value, re.compile(rf"\b(?:{pattern})\b")) for value, pattern in table.items()]


# Someone about to run a service: "want to open my own home care agency". The words say who they are and
# also what they ask about.
STARTING_A_SERVICE = (
    r"(?:starting|start|set(?:ting)? up|opening|open) (?:a |an |my own |our own |my |our )?(?:\w+ )?(?:home care"
    r"|domiciliary|dom care|care|nursing) (?:agency|company|business|service)\b"
)
AUDIENCE_CUES = _cues(
    {
        "provider": r"i (?:run|own|manage) (?:a|an|the|my|our)|i am (?:an? |the )?(?:employer|care provider|provider|"
        r"owner|registered manager|care home manager|home manager|manager of)|were an? (?:small |new |large )?"
        r"(?:care|home|nursing|domiciliary|residential|supported)|my (?:care home|staff|team|service|business|agency)"
        r"|our (?:care home|staff|team|service|business|agency|carers|workers|home|company)|we (?:run|employ|"
        r"need (?:more )?staff|cant (?:recruit|find staff|keep))|(?:registered|home) manager here"
        # Not the providers asked about: "who are the care providers in Rutland?", "which care providers are hiring".
        r"|(?<!the )(?<!which )(?<!any )(?<!good )(?<!best )care providers?(?! (?:in|near|round|around|are|hiring|that)\b)"
        r"|(?:were|we are) an? (?:\w+ ){0,3}(?:care home|nursing home|home care|care company|care agency|care provider"
        r"|domiciliary|residential home|supported living)|(?:hr|training|recruitment|people|workforce) (?:lead|manager"
        r"|coordinator|officer|director|side)\b.{0,40}\b(?:care homes?|nursing homes?|home care|care (?:company|agency"
        r"|group|provider)|supported living|day centre)|(?:company|agency|franchise|business|(?:care|nursing|residential) home) owner"
        r"|taken over an? "
        r"(?:\w+ )?(?:care|home care|nursing)|manager (?:of|at) an? (?:day centre|supported living)"
        r"|my (?:employees|workers|carers(?! allowance| allowence| credit| element))|(?:recruit|hire)(?:ing)? (?:more |new |some |enough )?(?:staff|carers|care workers)|(?:keep|retain)(?:ing)? (?:staff|carers)"
        r"|i employ\b|(?:care|social care) employers?|employers like us|as (?:an |the )?employer|owner of (?:a|an|the)"
        r"|(?<!become the )(?<!become a )(?<!be the )(?<!be a )(?<!become the registered )(?<!become a registered )"
        r"(?:deputy|manager|owner) (?:at|of) (?:a|an|the|our) "
        r"(?:care|home|nursing|residential|supported)"
        r"|we provide (?:care|home care|support|supported)|^provider$|(?:supported living|domiciliary|dom care|home care"
        r"|residential|nursing home) provider|(?:hr|owner|director|recruiter|recruitment lead|training lead) (?:for|at|of)"
        r" (?:a|an|the|our) (?:care|home care|nursing|residential|supported)"
        # A message that opens with the service: "home care agency in Loughborough, rated requires improvement".
        r"|^(?:a |our |my )?(?:small )?(?:home care|domiciliary|dom care|care|nursing) (?:agency|company|business)\b"
        rf"|{STARTING_A_SERVICE}",
        "student": r"(?:i am|still|currently) (?:at|in) (?:school|college|sixth form)|i am a (?:student|pupil)"
        r"|year (?:9|10|11|12|13)\b|(?:my|doing) (?:gcses|a levels)|student here|sixth former"
        r"|(?:school|college) (?:student|leaver)|still at school|sixth form"
        r"|(?:doing|taking) (?:a levels|my t level|a t level|btec)|^(?:im a |i am a )?student\b(?! nurse| midwife| paramedic)"
        r"|(?:doing|taking) (?:her|his|their|my) (?:gcses|a levels)|year (?:9|10|11|12|13)s\b|home educated|home schooled"
        r"|access (?:to \w+ )?course|student at|^(?:at |in |still at )?(?:school|college|sixth form)$",
        "career-changer": r"(?:career|job) change|retired|early retirement|took retirement|taken retirement"
        r"|not retiring|instead of retiring|change (?:career|careers|jobs?)|ex (?:retail|hospitality|army|"
        r"military|forces|factory|office|police|teacher|shop)|used to work in|worked in (?:retail|hospitality|a shop|"
        r"an office|a factory|sales)|switch (?:careers?|jobs?)|new career|retrain|retraining|been in (?:retail|"
        r"hospitality|sales|admin)|leaving (?:the army|the forces|retail)"
        r"|(?:considering|thinking (?:about|of)) (?:going into |moving into |working in |a career in )?care\b",
        "jobseeker": r"unemployed|out of work|made redundant|redundan\w*|lost my job|looking for (?:a )?(?:job|work)"
        r"|looking for (?:something (?:new|different|else)|a (?:change|new start|fresh start))"
        r"|job ?centre|jobcentre plus|work coach|universal credit|on benefits|jobseekers|find (?:a )?job"
        # in few words or little English: "i want job", "need work please", "i not have job", "help job please"
        r"|(?:need|want|looking for|look for|search for) (?:a |an |some )?(?:new )?(?:job|work)\b(?! experience| placement)"
        r"|(?:not have|no have|have no|got no|havent got|have not got|dont have|do not have|without) (?:a |any )?(?:job|work)\b(?! experience)"
        r"|help (?:me )?(?:with |find |get |finding |getting |with finding )?(?:a )?(?:job|work)\b(?! experience)"
        r"|^(?:a )?job (?:help|please)\b"
        r"|back to work|(?<!\bis )(?<!\bare )(?<!wifi )(?<!internet )(?<!phone )(?<!tablet )(?<!screen )(?<!app )(?<!it )(?<!this )(?<!printer )(?<!link )not working|stay at home (?:mum|mom|dad|parent)|(?:full time|fulltime) (?:mum|mom|dad|parent)"
        r"|career break|(?:been )?at home with (?:the|my) (?:kids|children)",
    }
)
# Countries many people in LLR trained in; with "nurse" or "trained", they say a qualification from abroad.
TRAINED_IN = (
    "india|pakistan|bangladesh|sri lanka|nepal|philippines|nigeria|ghana|kenya|zimbabwe|zambia|uganda|somalia"
    "|south africa|poland|romania|bulgaria|portugal|spain|italy|greece|ukraine|lithuania|latvia|hungary"
    "|china|hong kong|egypt|iran|iraq|syria|afghanistan|sudan|eritrea|jamaica|turkey|brazil"
)
QUALIFICATION_CUES = _cues(
    {
        "overseas": r"(?:trained|qualified|studied|registered|nurse|nurses|nursing|midwife|midwifery|doctor|pharmacist"
        r"|dentist) (?:\w+ ){0,3}?"
        rf"(?:abroad|overseas|back home|in my (?:home )?country|outside (?:the )?uk|(?:in|from) (?:the )?(?:{TRAINED_IN}))\b"
        rf"|(?:from|in) (?:the )?(?:{TRAINED_IN})\b.{{0,40}}\b(?:was|were|as|have|had|got) (?:an? )?(?:\w+ )?"
        r"(?:nurse|midwife|doctor|pharmacist|dentist)\b",
        "none": r"no (?:gcses?|qualifications?|quals|exams|certificates)|(?:not got|never got|dont have|do not have|"
        r"without|left school with) (?:any )?(?:gcses?|qualifications?|quals|exams)|failed (?:my )?(?:gcses|exams)"
        r"|no formal",
        "degree": r"(?:have|got|with) (?:a )?degree|graduate|graduated|bachelors|masters",
        "level-3": r"(?:have|got|with|did|done) (?:my )?(?:a levels|a level|t level|btec|level 3)",
        "gcses": r"(?:have|got|with|passed) (?:my |some |a few |\d )?gcses?|gcses? in (?:english|maths)"
        # the older exams: CSEs and O levels
        r"|(?:have|got|with|passed|left school with) (?:my |some |a few |\d )?(?:cses?|o levels?)",
    }
)
EXPERIENCE_CUES = _cues(
    {
        # "my dad passed away in 2020, i looked after him before that": him, her or them, after a relative.
        "family": r"(?:mum|mom|dad|mother|father|nan|gran|grandma|grandad|husband|wife|partner|son|daughter)\b.{0,40}"
        r"\b(?:looked|cared) (?:after|for) (?:him|her|them)\b"
        r"|(?:looked|look|looking|cared|care|caring) (?:after|for) (?:my )?(?:mum|mom|dad|mother|father|"
        r"nan|nana|gran|grandma|grandad|grandmother|grandfather|husband|wife|partner|son|daughter|child|brother|"
        r"sister|family|parents?|relative|aunt|uncle)|(?:unpaid|family) carer|carer for my \w+|my (?:mum|dad|nan|"
        r"husband|wife|son|daughter)s carer",
        # "I work in care", "I've worked as a carer"; not the wish "can I still work in care?", "want to work in care".
        "care-work": r"(?:(?:worked|been|was)|(?<!can )(?<!could )(?<!would )(?<!will )(?<!should )(?<!do )"
        r"\b(?:i|im|i am|currently|already) (?:work|working)) (?:in|as a) (?:care|a care worker|a carer|care home)"
        r"|(?<!no )(?<!not any )(?<!without )(?<!without any )experience in care"
        r"|(?<!no )(?<!not any )(?<!without )(?<!without any )(?<!zero )care experience",
        "other-work": r"ex (?:retail|hospitality|army|military|forces|factory|office|police|shop)|used to work"
        r"|worked in (?:retail|hospitality|a shop|an office|a factory|sales)|(?:retail|hospitality|shop|factory|"
        r"warehouse|office|admin) (?:worker|job|work|background)|serving customers|customer service"
        r"|(?:worked|working|work) (?:in|at) (?:a |an |the )?(?:chippy|takeaway|cafe|restaurant|pub|bar|supermarket"
        r"|call centre|kitchen)\b",
        "none": r"no experience|never worked|not worked|no (?:care )?experience|first job|never had a (?:proper )?job",
    }
)
BARRIER_CUES = _cues(
    {
        "driving": r"(?:no|not got a|dont have a|do not have a|without a) (?:driving )?licen[cs]e|(?:cant|can not|"
        r"dont|do not|cannot) drive|no car|not got a car|dont have a car|non driver|(?<!drink )(?<!drunk )driving ban|banned from driving"
        r"|(?:lost|lose) my (?:driving )?licen[cs]e",
        "childcare": r"childcare|child care|school run|(?:my|the|young|small|3|three|2|two) (?:kids|children)"
        r"|(?:has|have|got) (?:a |the |her |his |\d )?(?:kids|children|baby|newborn|toddler)\b"
        r"|single (?:mum|mom|dad|parent)|(?:mum|dad) of|around (?:school|my kids)",
        "criminal-record": r"criminal record|(?:a |my )?convictions?|been (?:in|to) (?:prison|jail)|ex offender"
        r"|caution|police record|record for|prison|jail|done for|drink driving|drunk driving|arrested|charged with"
        r"|offen[cs]es?|(?:been|went|go|going) to court|probation|tagged|community service|spent conviction",
        # Not other people's ("I want to help people with anxiety"): that is an interest in the work.
        "health": r"(?<!people with )(?<!ppl with )(?<!others with )(?<!children with )(?<!kids with )"
        r"(?:(?:(?<!learning )disabilit\w*|disabled)(?! (?:kids|children|child|people|adults|young|residents|clients|son"
        r"|daughter|brother|sister))|epilep\w*|diabet\w*|asthma|arthritis|cancer|\bms\b|health (?:condition"
        r"|problem|issue)|mental health (?:condition|issue|problem)s?|(?:bad|my) back|back (?:problems?|pain)|bad (?:knees?|hips?|legs?|shoulders?)|(?:dodgy|knackered) (?:back|knees?|hips?)|(?:back|knees?|hips?) (?:has|have|are|is) (?:gone|shot|knackered|bad)|(?:knee|hip|shoulder) problems?|anxiety|depression|chronic"
        r"|wheelchair|deaf|blind|dyslexi\w*|autis\w*|adhd|self ?harm\w*|bipolar|ptsd|eating disorder)",
        "english": r"(?:my )?english (?:is not|isnt|not) (?:so |that |very |too )?(?:good|great|strong|first|my first)"
        r"|limited english|i (?:mostly |mainly |only )?speak (?!english)\w+(?: mostly| mainly| only| at home)"
        r"|(?:learning|improve|improving|weak|poor|basic|little) english|esol|not (?:my )?first language"
        r"|english (?:as a )?second language|english is (?:ok|okay|alright|fine) but|english (?:is )?not perfect",
    }
)
HEALTH_CUE = dict(BARRIER_CUES)["health"]
# A condition a relative has: "my mum who has MS", "my son with autism". Caring for them is experience, not a
# barrier of the speaker's own.
RELATIVES_CONDITION = re.compile(
    r"\b(?:my|our|her|his) (?:mum|mom|mother|dad|father|nan|nana|gran|grandma|grandad|grandmother|grandfather|husband"
    r"|wife|partner|son|daughter|brother|sister|child|kids?|children|aunt|uncle|friend|neighbour)s? (?:who |that )?"
    r"(?:has|has got|had|with|suffers from|is|got|lives with)(?: \w+){1,4}"
)
HOURS_CUES = _cues(
    {
        # "only 9.30 to 2.30", "9 till 3": set hours in the day.
        "part-time": r"part time|few hours|(?:16|20|24) hours|school hours|term time"
        r"|only (?:work |do )?(?:[1-9]|1[0-2])(?: [0-5]\d)?(?: ?am| ?pm)? (?:to|till|until|til) (?:[1-9]|1[0-2])\b",
        # "i cant work weekends", "no saturdays for me", "mon to fri only".
        "weekdays": r"(?:cant|cannot|not|no|never|dont|wont)(?: (?:work|do|doing|working|available|on|at|any))*"
        r" (?:weekends?|saturdays?|sundays?)|weekdays only|only (?:\w+ )?weekdays|mon(?:day)? (?:to|-) fri(?:day)?"
        r"|(?:weekends?|saturdays?|sundays?) (?:are|is) (?:out|a no|not possible|impossible)",
        "nights-weekends": r"nights?|night shifts?|weekends?|evenings?",
        # Not "I use a wheelchair full time" or "a full time carer for my mum".
        "full-time": r"(?<!wheelchair )(?<!carer )full time(?! (?:carer|wheelchair|mum|mom|dad|parent|student))|(?:37|40) hours",
        "flexible": r"flexible|flexi|zero hours|bank (?:work|shifts|staff)|around my",
    }
)
ASPECT_CUES = _cues(
    {
        # "band 5 pay" asks the pay; "move up to band 6", "become a band 6 nurse" ask the way up.
        "pay": r"pay(?! for (?:uni|university|the course|my course|a course|the degree|my degree|fees|tuition|training))|pays|paid|salary|salaries|earn|earns|earning|wage|wages|money|per hour|an hour|how much"
        r"|(?<!to )(?<!an )(?<!a )band"
        r"|£\d*|hourly|(?:pay|hourly|day) rates?|rates? of pay|per (?:year|annum)|a year",
        # "How do I become a physio without giving up my wage?": the way in, whatever else it says.
        "becoming": r"how (?:do|can|would|could) (?:i|you|u|we|one|he|she|they) (?:\w+ )?(?:become|qualify|train)"
        r"(?! an? band)|how to (?:become|qualify|train)(?! an? band)",
        "entry": r"(?:what|which) grades|grades? (?:do|would|will|did) (?:i|you|u) need|become|becoming|becum\w*|get into|getting into|get in\b|how to get|get to be|qualify|entry requirements|(?:job|work) as an?|qualifications?|need to|requirements?|entry|how (?:do|can) i"
        r"|train(?:ing)?|courses?|routes?|steps? to|start as|be an?|(?:want to|wanna|would like to|hope to) be\b|how\s*$"
        r"|degrees?|uni|university|get on (?:it|to it|the course|a course|the programme|one)|get onto"
        r"|where (?:do|should|can|would) i (?:even )?start|where to (?:even )?start"
        r"|(?:quicker|faster|easier|shorter|cheaper|another|other|different) (?:way|route)s?",
        "progression": r"(?:to|become|becoming|get to|reach|go for) (?:an? )?band \d|next|after being|^after|(?:do|go) after|then what|what then|work up to|move on to|progress to|ladder|progress\w*|promotion|promoted|mov(?:e|ing) (?:up|on)|career path|lead to|leads to"
        r"|after that|comes? after|where (?:can|could|does|do|will|would) .* (?:go|lead)|step up|climb|options for (?:moving|going)"
        r"|after (?:you|i|they|we) (?:become|qualify|finish)|once (?:you are |youre |im |i am )?qualified",
        "duration": r"how long|long does|duration|years? does|months?|takes?|how many (?:years|yrs|months)",
        "apprenticeship": r"apprenticeships?",
        # "My mum wants me to be a pharmacist, what do they do?": the work itself, whatever else it says.
        "doing": r"what (?:do|does) (?:they|he|she|an? \w+(?: \w+)?) (?:actually |really |even )?do\b(?! to\b)",
        "about": r"what (?:is|does) (?:an? )?|what do they do|day to day|tell me about|what.*like|about|duties|role"
        r"|involves?|involved",
    }
)
# The words people use to ask about a job itself (its pay, the way in, what comes next, the work):
# a message made only of these and a job's name asks for that job's facts.
ASPECT_WORDS = frozenset(
    """pay pays paid salary salaries earn earns earning wage wages money hour hourly band bands rate much
    become becoming get getting into qualification qualifications need requirement requirements entry train qualify
    degree degrees uni university
    training course courses route routes step steps start job jobs work how way
    next after then ladder progress progression promotion promoted move moving up on options career path lead leads climb
    long duration year years month months take takes
    what whats tell about do does like day role duties really actually mean means meaning involve involves involved""".split()
)
PERSONAL_DATA = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mail
    r"|(?:\+44\s?|\b0)(?:\d\s?){9,10}\b"  # UK phone
    r"|\b[a-z]{1,2}\d[a-z\d]?\s*\d[a-z]{2}\b"  # postcode
    r"|\b[a-z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[a-d]\b"  # National Insurance number
    # a house number and street: "12 High Street", "4a Victoria rd"
    # ("a 10 minute walk" or "a 20 min drive" is no address: those words count after a capital only)
    r"|\b\d{1,4}[a-z]?,?\s+(?:[a-z']+\s+){1,3}(?:street|st|road|rd|avenue|ave|lane|close|crescent|gardens"
    r"|grove|terrace|mews)\b"
    r"|\b\d{1,4}[a-z]?,?\s+(?:(?-i:[A-Z])[a-z']*\s+){1,3}(?-i:Drive|Way|Walk|Court|Place|Hill|View|Rise|Green"
    r"|Square|Row|Parade)\b",
    re.IGNORECASE,
)
# "call me Jo", not "call me about care jobs", "call me back" or "they call me names".
NAME_INTRO = re.compile(
    r"\b(?:my name(?:'s| is|s)|i am called|call me(?!\s+(?:about|back|on|at|when|if|later|please|tomorrow|today|to|and"
    r"|or|for|re|regarding|with|now|asap|sometime|names|a|an|the|stupid|thick|lazy|fat|ugly|useless|horrible|nasty)\b)"
    r"(?!\s+\w+\s+names\b))\s+\w+(?:\s+(?-i:[A-Z])[\w'-]*)?",
    re.IGNORECASE,
)
# What someone says before the details: "my email is", "my number is". Taken out with the details,
# so "my email is ..." is not read as "email me this".
DATA_INTRO = re.compile(
    r"\b(?:my|our|the) (?:e ?mail(?: address)?|(?:phone|mobile|contact|telephone) (?:number|no)|number|address"
    r"|post ?code|ni number|national insurance(?: number)?)(?: is)?\b|\b(?:ring|call|text|phone|email|e mail|contact) (?:me|us)(?: on| at)?\b",
    re.IGNORECASE,
)
# An employer's new starter: "taking on a 16 year old apprentice" is not the speaker's age.
TAKING_ON = re.compile(
    r"\b(?:take|taking|took|employ|employing|hire|hiring|recruit|recruiting) (?:on )?an? \d{2}\b"
)
AGE_PATTERNS = (
    re.compile(r"\b(?:i am|aged|age|turning|nearly|almost)\s+(\d{2})\b"),
    re.compile(r"\b(\d{2})\s*(?:years? old|yrs? old|yo|year old)\b"),
    # Said of the person asked about: "my customer is 58", "my son is 16".
    re.compile(
        r"\bmy (?:customer|client|son|daughter|lad|boy|girl|grandson|granddaughter)"
        r" is (1[4-9]|[2-8]\d)\b(?! (?:hours|hrs|pounds|percent|per|miles|minutes|mins|days|weeks|months))"
    ),
    # Said of someone else: "he is 16, can he start now", "shes 15".
    re.compile(
        r"^(?:he is|she is|hes|shes) (1[4-9]|[2-8]\d)\b"
        r"(?! (?:hours|hrs|pounds|percent|per|miles|minutes|mins|days|weeks|months|years|yrs|stone|kg))"
    ),
    # "would they take someone who is 61", "do care homes take people of 65"
    re.compile(
        r"\b(?:take|takes|taking|employ|employs|hire|hires|accept|accepts|want|wants) (?:on )?(?:someone|somebody"
        r"|a person|anyone|people) (?:who is|whos|who are|aged|of) ([2-8]\d)\b"
        r"(?! (?:hours|hrs|pounds|percent|per|miles|minutes|mins|days|weeks|months))"
    ),
    # A work coach's shorthand: "customer 59, no quals", "cust 48 f", "client aged 56".
    re.compile(
        r"\b(?:customer|client) (?:aged |age )?(1[4-9]|[2-8]\d)\b"
        r"(?! (?:hours|hrs|pounds|percent|per|miles|minutes|mins|days|weeks|months|years|yrs))"
    ),
    # "carer at 16?", "start at 58": "at" and a teenage or older age, not a time ("at 9"), nor an age in
    # the past ("I left school at 16", "married at 19").
    re.compile(
        r"(?<!left school )(?<!left )(?<!finished school )(?<!school )(?<!married )(?<!pregnant )"
        r"\b(?:at|from) (1[4-9]|[2-8]\d)\b(?! (?:hours|hrs|pounds|pence|percent|per))"
    ),
    # "17, at college", "45 and out of work": a message that opens with an age, not a count ("30 hours").
    re.compile(
        r"^(1[4-9]|[2-8]\d) (?!(?:hours?|hrs?|pounds|pence|percent|per|years?|yrs?|months?|weeks?|days?|mins?"
        r"|minutes|miles|staff|carers?|residents?|beds?|bed|people|clients?|workers?|employees|k|grand|quid)\b)"
    ),
)
ADULT_AGE = 25  # from this age, school words ("my GCSEs") are about the past, not a pupil now
# What the engine notes for itself, never shown in a reply's entities.
ALSO = "_also"


def answer_slots(slot: str) -> tuple[str, str, str]:
    """Where a step's answers are kept: "barrier", then "barrier_also" and "barrier_also2".

    Someone may have more than one thing making work harder: no car, children and a record.
    """
    return (slot, slot + ALSO, slot + ALSO + "2")


INTERNAL_FIELDS = frozenset(
    {"cue_terms", "audience_guessed", "audience_inferred", "other_work", "area_theirs", "refused"}
)
BRACKETS = re.compile(r"\s*\([^)]*\)")
# Not "school" (school nurses are ours), "bank" (NHS bank staff) or "station" (ambulance stations).
WORKPLACES_ELSEWHERE = (
    "hotel airport supermarket shop store gym pub restaurant warehouse factory vet vets veterinary"
).split()
OTHER_WORK = re.compile(
    r"\b(?:any|looking for|look for|want|wanting|need|find|are there|get) (?:some |a |an )?(?:\w+ ){0,2}?"
    r"(?:warehouse|factory|retail|shop|office|driving|delivery|cleaning|bar|hotel|security|building|construction"
    r"|admin|amazon|call centre) (?:jobs?|work|shifts?)\b"
    r"|\bcares? not for me|\bsick of care\b|\b(?:done|finished|had enough) with care\b|\bget out of care\b"
    # "care" in other trades: "customer care advisor jobs", "a car care place", "personal trainer at a gym"; not
    # "no car, care jobs?"
    r"|(?<!no )(?<!without a )\b(?:customer|car|skin|hair|nail|pet|lawn) care (?:jobs?|work|advisors?|advisers?|assistants?|place|centre|"
    r"company|roles?|team|agent)\b|\bbecome an? personal trainer\b|\bpersonal trainer (?:jobs?|work|course)\b|\bcar valet\w*"
)
GENERAL_WORK = frozenset(
    {
        "care",
        "support",
        "social",
        "healthcare support",
        "care and support",
        "home care",
        "care home",
        "residential care",
    }
)
LEVEL_PATTERN = re.compile(r"\b(?:level|lvl|nvq|l)\s?([1-8])\b")


@dataclass
class Entities:
    """What a message told us. Values use the same words as the flow options' values."""

    roles: list[str] = field(default_factory=list)
    apprenticeships: list[str] = field(default_factory=list)
    area: str | None = None
    level: int | None = None
    age: int | None = None
    audience: str | None = None
    qualifications: str | None = None
    experience: str | None = None
    barriers: list[str] = field(default_factory=list)
    hours: str | None = None
    other_work: bool = False  # asks for jobs outside care ("any warehouse jobs round here?")
    refused: list[str] = field(default_factory=list)  # jobs turned down ("but not be a nurse")
    aspects: list[str] = field(default_factory=list)
    # The stems of the words that said any of the above: known words, even if no phrasing uses them.
    cue_terms: frozenset[str] = frozenset()
    audience_guessed: bool = False  # from an age alone, not from what they said they do
    audience_inferred: bool = False  # from likeness to examples (audience.py), not a cue they said
    area_theirs: bool = (
        False  # the place is a relative's ("my nan was in a home in Wigston"), not the speaker's
    )

    def slots(self) -> dict[str, str]:
        """The entities that fill guided-journey slots directly."""
        found: dict[str, str] = {}
        if self.area and not self.area_theirs:
            found["area"] = self.area
        if self.age is not None:
            found["age_band"] = age_band(self.age)
        for name in ("qualifications", "experience", "hours"):
            value = getattr(self, name)
            if value:
                found[name] = value
        # "I can't drive and I have a record": each counts.
        found.update(zip(answer_slots("barrier"), self.barriers, strict=False))  # up to three
        return found

    def as_dict(self) -> dict[str, object]:
        """Only what was found, for the reply."""
        data: dict[str, object] = {}
        for key, value in self.__dict__.items():
            if value not in (None, [], "", False) and key not in INTERNAL_FIELDS:
                data[key] = value
        if self.roles:
            data["role"] = self.roles[0]
        return data

    @property
    def about_person(self) -> int:
        """How many things the message said about the person (age, qualifications, barriers...)."""
        told = (
            self.age,
            self.qualifications,
            self.experience,
            self.hours,
            self.area and not self.area_theirs,
        )
        return sum(1 for v in told if v is not None) + len(self.barriers)


def age_band(age: int) -> str:
    """The flow's age band for an age."""
    if age < 16:
        return "under-16"
    if age <= 18:
        return "16-18"
    if age <= 24:
        return "19-24"
    if age <= 49:
        return "25-49"
    return "50-plus"


def _degree_names(name: str) -> list[str]:
    """'Registered Nurse (degree apprenticeship)' is also 'the nurse degree apprenticeship' ('my nursing
    degree apprenticeship')."""
    if "degree" not in name.lower():
        return []
    base = BRACKETS.sub("", name).strip()
    names = [f"{base} degree apprenticeship"]
    if base.lower().startswith("registered "):
        names.append(f"{base[len('registered ') :]} degree apprenticeship")
    return names


class EntityFinder:
    """Finds entities in messages, with the knowledge base's names indexed once."""

    def __init__(self, kb: KnowledgeBase, lexicon: Lexicon) -> None:
        self._lexicon = lexicon
        self._roles = self._phrases((role.id, (*role.names, *_as_work(role.names))) for role in kb.roles)
        self._apprenticeships = self._phrases(
            # A standard's reference ("ST0006") names it too: employers and advisers use them. So does the
            # name without its brackets: "the doctor apprenticeship" is "Doctor (degree apprenticeship)".
            (
                a.id,
                [
                    a.name,
                    f"{a.name} apprenticeship",
                    f"{BRACKETS.sub('', a.name).strip()} apprenticeship",
                    *_degree_names(a.name),
                    *([a.reference] if a.reference else []),
                ],
            )
            for a in kb.apprenticeships
        )
        # Roles and apprenticeships in one table, so the longer name wins: "lead adult care worker"
        # is the apprenticeship, not the care worker inside it.
        self._named: Phrases = {}
        for prefix, table in (("role:", self._roles), ("apprenticeship:", self._apprenticeships)):
            for key, ids in table.items():
                self._named[key] = self._named.get(key, ()) + tuple(prefix + i for i in ids)
        self._places: dict[tuple[str, ...], str] = {}
        for area in kb.areas:
            for place in (area.name, *area.towns):
                self._places.setdefault(tuple(words(place)), area.id)
        self._place_ids: Phrases = {k: (v,) for k, v in self._places.items()}
        # Workplaces outside care: a job title straight after one is that place's job ("hotel porter").
        self._elsewhere = frozenset(self._key(list(WORKPLACES_ELSEWHERE)))
        # For each first word of a name, the lengths of the names it starts, longest first: a scan
        # tries only those, not every length at every word.
        self._sizes: dict[str, tuple[int, ...]] = {}
        for key in [*self._named, *self._place_ids]:
            self._sizes[key[0]] = tuple(sorted({len(key), *self._sizes.get(key[0], ())}, reverse=True))

    def _phrases(self, named: object) -> Phrases:
        table: dict[tuple[str, ...], list[str]] = {}
        for record_id, phrases in named:  # type: ignore[attr-defined]
            for phrase in phrases:
                key = self._key(self._lexicon.apply_synonyms(words(phrase)))
                if key and record_id not in table.setdefault(key, []):
                    table[key].append(record_id)
        return {k: tuple(v) for k, v in table.items()}

    def _key(self, tokens: list[str]) -> tuple[str, ...]:
        return tuple(self._lexicon.stem(t) for t in tokens)

    def find(self, raw_words: list[str], tokens: list[str]) -> Entities:
        """Entities in a message: raw_words as typed (corrected), tokens after synonyms."""
        text = " ".join(raw_words)
        said = " ".join(tokens)
        # Cues are looked for as typed and after synonyms: "no experiance" is "no experience".
        text = text if said == text else f"{text} | {said}"
        found = Entities()
        words_used: set[str] = set()
        stems_used: set[str] = set()
        stems = self._key(tokens)
        named = self._scan(stems, self._named, stems_used, self._elsewhere)
        found.roles = [n[5:] for n in named if n.startswith("role:")]
        if found.roles:
            refused = self._turned_down(tokens)
            found.refused = [r for r in found.roles if r in refused]
            found.roles = [r for r in found.roles if r not in refused]
        found.apprenticeships = [n[15:] for n in named if n.startswith("apprenticeship:")]
        places = self._scan(tuple(raw_words), self._place_ids, words_used)
        found.area = places[0] if places else None
        found.area_theirs = bool(places) and self._someone_elses_place(raw_words)
        level = LEVEL_PATTERN.search(text)
        found.level = int(level.group(1)) if level else None
        for pattern in AGE_PATTERNS:
            match = pattern.search(text)
            if match and 14 <= int(match.group(1)) <= 90:
                found.age = int(match.group(1))
                words_used.update(match.group(0).split())
                break
        found.audience = _first(AUDIENCE_CUES, text, words_used)
        if found.audience == "student" and found.age is not None and found.age >= ADULT_AGE:
            # "I'm 52 and never sat my GCSEs": an adult who talks of school, not a pupil.
            found.audience = _first([c for c in AUDIENCE_CUES if c[0] != "student"], text, words_used)
        found.qualifications = _first(QUALIFICATION_CUES, text, words_used)
        # "any warehouse jobs round here?" asks for other work; "did 8 years in a warehouse" is experience.
        found.other_work = OTHER_WORK.search(text) is not None
        found.experience = None if found.other_work else _first(EXPERIENCE_CUES, text, words_used)
        found.barriers = _all(BARRIER_CUES, text, words_used)
        if "health" in found.barriers and not HEALTH_CUE.search(RELATIVES_CONDITION.sub(" ", text)):
            found.barriers.remove("health")  # "i look after my mum who has MS": her condition, not theirs
        found.hours = _first(HOURS_CUES, text, words_used)
        found.aspects = _all(ASPECT_CUES, text, set())
        if (
            found.audience is None
            and found.age is not None
            and found.age <= 17
            and not TAKING_ON.search(text)
        ):
            found.audience, found.audience_guessed = "student", True
        # As typed and as the synonyms spell them: "no gcses" used the term "gcse".
        said_words = [*words_used, *self._lexicon.apply_synonyms(sorted(words_used))]
        found.cue_terms = frozenset(self._lexicon.stem(w) for w in said_words) | frozenset(stems_used)
        return found

    def _someone_elses_place(self, raw_words: list[str]) -> bool:
        """True when the first place named is where a relative is ("my nan was in a care home in Wigston"),
        and nothing says where the person is ("I live in...", "I'm in...")."""
        start = next(
            (
                i
                for i in range(len(raw_words))
                if any(tuple(raw_words[i : i + n]) in self._places for n in (1, 2, 3))
            ),
            None,
        )
        if start is None:
            return False
        before = " ".join(raw_words[max(0, start - 9) : start])
        return bool(RELATIVE_THERE.search(before)) and not SELF_THERE.search(" ".join(raw_words))

    def _turned_down(self, tokens: list[str]) -> set[str]:
        """Jobs someone says they do not want, or are not ("help with mental health but not be a nurse").

        Straight after "not" or "never" (or "don't want to"), past "to be a" and the like, a few words up
        to the next "but" or "and" are read for jobs: a job named there and nowhere else in the message is
        not what they ask about.
        """
        refused: set[str] = set()
        for i, word in enumerate(tokens):
            if word in NOT_WORDS:
                start = i + 1
            elif word in DONT_WORDS and tokens[i + 1 : i + 2] in (["want"], ["wanna"], ["like"]):
                start = i + 2
            else:
                continue
            while start < len(tokens) and tokens[start] in REFUSAL_FILLER:
                start += 1  # "not (to) be a", "don't want to work as a"
            window: list[str] = []
            for later in tokens[start : start + REFUSED_WINDOW]:
                if later in WINDOW_ENDS:
                    break
                window.append(later)
            named = self._scan(self._key(window), self._named, set(), self._elsewhere)
            if not window or named == self._scan(self._key(window[1:]), self._named, set(), self._elsewhere):
                continue  # the job must come straight after: "can't find care workers" turns none down
            elsewhere = tokens[:i] + tokens[start + len(window) :]
            also = (
                set(self._scan(self._key(elsewhere), self._named, set(), self._elsewhere))
                if elsewhere
                else set()
            )
            refused.update(n[5:] for n in named if n.startswith("role:") and n not in also)
        return refused

    def _scan(
        self,
        stems: tuple[str, ...],
        table: Phrases,
        used: set[str],
        skip_after: frozenset[str] = frozenset(),
    ) -> list[str]:
        """The ids of the longest names found, left to right; the words of each name go into `used`.

        A name straight after a word of `skip_after` is passed over: "hotel porter" is not our porter.
        """
        found: list[str] = []
        i = 0
        while i < len(stems):
            for size in self._sizes.get(stems[i], ()):
                ids = table.get(stems[i : i + size]) if i + size <= len(stems) else None
                if ids and i and stems[i - 1] in skip_after:
                    i += size
                    break
                if ids:
                    found.extend(x for x in ids if x not in found)
                    used.update(stems[i : i + size])
                    i += size
                    break
            else:
                i += 1
        return found


# "my nan was in a care home in ...": a place that is a relative's, not the person's own.
RELATIVE_THERE = re.compile(
    r"\b(?:my|our|his|her) (?:nan|nana|nanna|gran|granny|grandma|grandad|grandpa|mum|mam|mom|dad|aunt|auntie"
    r"|uncle|sister|brother|son|daughter|friend|mate|neighbour)s?\b"
)
SELF_THERE = re.compile(
    r"\b(?:i live|i am (?:in|from|based)|im (?:in|from|based)|we live|near me|round me|my area)\b"
)


def _as_work(names: tuple[str, ...]) -> list[str]:
    """ "Mental health support work" for "mental health support worker": the work named for the job.

    Not "care work" (all of care) or "support work" and "social work" as such, which say more than one job.
    """
    found = []
    for name in names:
        head, _, last = name.lower().rpartition(" ")
        if last == "worker" and head and head not in GENERAL_WORK:
            found.append(f"{head} work")
    return found


def _first(cues: list[tuple[str, re.Pattern[str]]], text: str, used: set[str]) -> str | None:
    """The first cue's value that the text says; every place it says it goes into `used`."""
    for value, pattern in cues:
        matches = [m.group(0) for m in pattern.finditer(text)]
        if matches:
            used.update(w for m in matches for w in m.split())
            return value
    return None


def _all(cues: list[tuple[str, re.Pattern[str]]], text: str, used: set[str]) -> list[str]:
    found = []
    for value, pattern in cues:
        match = pattern.search(text)
        if match:
            used.update(match.group(0).split())
            found.append(value)
    return found


# A name typed on its own: "Sarah Jones", "it's Priya", "I'm Jade Smith". Judged on the words as typed,
# with capitals; the engine then checks that the words are not ones it knows (a job, a place, "Hello").
BARE_NAME = re.compile(
    r"^\s*(?:(?i:it'?s|its|i'?m|im|i am|this is|me|name|my name'?s|call me)[:,]?\s+)?"
    r"((?:[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?\s*){1,3})(?:\s+here)?[.!]?\s*$"
)
NAME_INTRO_WORDS = re.compile(
    r"^\s*(?:it'?s|its|i'?m|im|i am|this is|me|name|my name'?s|call me)\b", re.IGNORECASE
)


# Words that turn a job down: "not (be) a nurse", "never a carer", "don't want to be a nurse".
NOT_WORDS = frozenset({"not", "never", "nor", "isnt", "arent", "wasnt", "werent"})
DONT_WORDS = frozenset({"dont", "doesnt", "didnt", "wont", "wouldnt"})
WINDOW_ENDS = frozenset({"but", "and", "just", "only", "instead", "rather"})
REFUSAL_FILLER = frozenset(
    "to be become becoming being a an as the work working job train training really even going gonna want wanna actual"
    " actually proper qualified".split()
)
REFUSED_WINDOW = 3  # a job's name, or two: "not surgeons or nurses"


def strip_personal_data(text: str) -> tuple[str, bool]:
    """The message without e-mails, phone numbers, postcodes or a stated name; and whether any was there."""
    cleaned = PERSONAL_DATA.sub(" ", text)
    cleaned = NAME_INTRO.sub(" ", cleaned)
    if cleaned != text:
        cleaned = DATA_INTRO.sub(" ", cleaned)
    return cleaned, cleaned != text
