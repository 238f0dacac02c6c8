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

# Said of self-harm that is over: "I self harmed in the past", "when I was a teenager".
# A login that locks someone out is not a person doing it: "my account locked me out", "it locked me out of
# my journal".
_NOT_A_LOGIN = (
    r"(?<!\bits )(?<!\bit )(?<!\bapp )(?<!\baccount )(?<!\bpassword )(?<!\bsite )(?<!\bsystem )"
    r"(?!\w+ (?:me|us) out of (?:my|the|your|our) (?:account|app|journal|email|e mail|computer|laptop|phone|online))"
)
_IN_THE_PAST = (
    r"(?: \w+){0,2} (?:in the past|years ago|a long time ago|when i was (?:younger|a teen\w*|at school|a kid|little)"
    r"|as a teen\w*)"
)
PAST_SELF_HARM = re.compile(
    r"\b(?:used to|history of) self ?harm|\bself ?harm\w*"
    + _IN_THE_PAST
    + r"|\bold self ?harm scars\b|\bself ?harm scars\b.{0,40}\b(?:healed|old|years)"
)
# Harm that is over, told with a question about work: "I was abused as a child, can I be a social worker?"
PAST_HARM = re.compile(
    r"\b(?:(?:was|were|got|been) (?:sexually |physically )?(?:abused|neglected|beaten|hurt|assaulted|bullied)"
    r"|(?:abused|hit|hurt|beat|bullied) (?:me|us))"
    r"(?: \w+){0,3} (?:as a (?:child|kid|teen\w*|youngster)|at (?:school|primary|secondary)|in (?:school|year \d+)"
    r"|when i was (?:younger|a child|a kid|little|small|at school"
    r"|a teen\w*|\d+)|growing up|in the past|years ago|a long time ago|in my childhood)"
    r"|\b(?:childhood|past|historic(?:al)?) (?:abuse|trauma|neglect)\b"
)
# But not when it goes on: "he hurt me years ago and still does".
GOES_ON = re.compile(
    r"\b(?:still (?:does|do|is|are|happening|happens|going on|hurts|hits|beats|abuses|bullies)|again|keeps|every "
    r"(?:day|night|week)|these days|bringing it (?:all )?back|flashbacks?|reliving|triggering|triggered)\b"
)

CUES: dict[str, tuple[str, ...]] = {
    # Tablets already taken by the person writing: 999 first, before any talk of feelings.
    "overdose taken": (
        r"(?:i|ive|i have|i just|just|ive just|i have just|and) (?:took|taken|swallowed|had) (?:like |about |around |maybe )?"
        r"(?:too many|loads of|a load of|"
        r"all (?:my|the|of my)|a lot of|a handful of|a packet of|a box of|a bottle of|\d+) (?:\w+ )?"
        r"(?:tablets|pills|paracetamol|meds|medication|antidepressants|sleeping pills)"
        r"(?!.{0,30}\b(?:like normal|as normal|as usual|as prescribed|like usual|like i should|like im supposed to))",
        r"(?:i|ive|i have|i just|ive just) overdosed\b(?! on (?:coffee|caffeine|sugar|chocolate|energy drinks|red bull))"
        r"|(?:i|ive|i have|i just) (?:took|taken|had) an overdose",
        r"(?:took|taken|swallowed) (?:\d{2,}|loads|a lot|a load|a handful|the whole (?:box|packet|bottle|strip)) (?:of )?"
        r"(?:\w+ ){0,3}?(?:tablets|pills|paracetamol|meds|medication)\b|(?:took|taken|swallowed) all (?:\w+ )?(?:tablets|pills)\b"
        r".{0,20}\b(?:at once|in one go|together)",
        r"(?:drank|drunk|had)\b.{0,40}\b(?:and|then) (?:took|taken|swallowed) (?:some |loads of |a lot of |all (?:my |the )?)?"
        r"(?:tablets|pills|paracetamol|meds)",
    ),
    "suicide or self-harm": (
        # Said in passing or in shorthand: "i wanna kms", "I just want it all to end", "I can't go on like this".
        r"\bkms\b|(?:want|wish|need) (?:it|it all|everything|this|all this) to (?:end|stop|be over)"
        r"|at the end of my (?:rope|tether)(?! with (?:job|work|the|my|this|applications|looking))|(?:cant|can not|cannot) go on like this|(?:im|i am) not coping"
        r"|(?:im|i am) (?:really |so )?not ok(?:ay)?\b",
        r"suicid\w*|(?:cuts|cut marks|fresh cuts) (?:on|all over) (?:her|his|their) (?:arms|legs|wrists|thighs)"
        r"|(?:want|wanna|going) (?:to )?(?:finish|end) (?:my life|it all|myself)|(?:looking|looked) up ways$"
        r"|(?:looking|looked) up (?:ways|how) to (?:die|kill myself|end (?:it|my life)|do it)",
        r"(?:feel|feeling|felt) like giving up\b(?! (?:on|smoking|drinking|the|my|college|uni|care|nursing|work|this job))"
        r"|(?:want|wanna) to give up on (?:life|everything|living|myself)",
        r"(?:want|wanna|going|gonna|about|planning|plan|tempted) to (?:take|swallow|down) (?:all|a load of|loads of|a lot of|"
        r"the rest of|every one of|the whole (?:box|packet|bottle) of) (?:my |the |of my |these |them )?(?:\w+ )?"
        r"(?:pills|tablets|meds|medication|paracetamol)",
        r"kill(?:ing)? (?:my ?self|myself|herself|himself|themselves|themself)",
        r"(?:end|ending|take|taking) (?:my|his|her|their) (?:own )?life|(?:end|ending) it all",
        # Not fear for someone else: "im scared hes going to die" (a parent on heroin, a nan in hospital).
        r"(?:want|wanted|wanting|(?<!hes )(?<!shes )(?<!he is )(?<!she is )(?<!theyre )(?<!they are )going) to die(?! of (?:nerves|embarrassment|boredom|shame|laughing|laughter|excitement))"
        r"|wanna die|wish i (?:was|were) dead|better off (?:dead|without me)",
        # Not self-harm that is over: "I self harmed in the past", "used to self harm" (see PAST_SELF_HARM).
        r"(?<!used to )(?<!history of )(?<!old )self ?harm\w*\b(?! scars)(?!" + _IN_THE_PAST + r")"
        r"|(?:hurt|hurting|hurts|harm|harming|harms|cut|cutting|cuts|burn|burning|burns) "
        r"(?:my ?self|herself|himself|themselves|themself|yourself)",
        r"no (?:reason|point) (?:to|in) (?:live|living|going on|being here)|(?:no|whats the|what is the) point (?:to|in|of) me\b",
        r"(?:dont|do not|cant|can not|cannot) see (?:the|any) point(?: (?:anymore|any more|in (?:anything|life|living|"
        r"going on)|of (?:anything|life|living|going on)))?\s*(?:,|$| been| ive| i | im | and | so | just )",
        # Worn out by living itself, not by a job or a course: "im so tired of everything".
        r"(?:tired|sick|exhausted) of (?:living|life|being alive|it all|everything|everyone)"
        r"(?! (?:about|at|in|with|to do with) (?:work|my job|the job|school|college|uni|care|retail))",
        r"(?:whats|what is) the point (?:of|in) (?:living|life|going on|anything)",
        r"(?:dont|do not|cant|can not|cannot) see (?:the|any) point (?:in|of) (?:anything|life|living|going on|being alive"
        r"|being here|existing|waking up|carrying on|me being (?:alive|here))"
        r"|(?:no|whats the|what is the) point (?:in|of) (?:being alive|me being alive|existing|waking up)",
        # A goodbye posted or sent by someone who then cannot be reached: "my mate posted a goodbye message on snap".
        r"(?:posted|sent|left|wrote|put up|put out|texted|messaged) (?:me |us |everyone |her |his )?(?:a |an )?(?:goodbye|farewell"
        r"|suicide|final|last) (?:message|post|note|text|letter|video|snap|story|status|tweet)\b.{0,80}\b(?:not answering"
        r"|not replying|isnt answering|wont answer|not picking up|cant reach|cant get hold|phone (?:is )?off|worried|scared|missing"
        r"|(?:no one|nobody|noone) (?:can find|knows where)|not seen|hasnt replied|not been seen)",
        # Cuts told of without the word: "fresh cuts on his arms and says it's how he copes".
        r"(?:fresh|new|deep) cuts on (?:his|her|their|my) (?:arms?|wrists?|legs?|thighs?)"
        r"|(?:its|it is|thats|that is) how (?:he|she|they|i) cope(?:s)?\b",
        # "been cutting again": self-harm said without saying who (not "cutting back on hours").
        r"cutting again|(?:been|started|keep|kept) cutting(?! (?:back|down|costs?|hours|hair|grass|the|my hours))",
        r"(?:cant|can not|cannot) (?:go on|carry on|take (?:it|this|any more|anymore))(?: anymore| any more)?\s*$",
        r"(?:cant|can not|cannot) cope(?:\s*$| anymore| any more| with (?:life|anything|everything|it all))",
        # Not a place or a way to live ("i dont want to live on benefits anymore", "...in leicester").
        r"(?:dont|do not|doesnt|does not|didnt|did not) want to (?:be here|be alive|live(?! (?:on|in|with|at|near|off|somewhere|abroad|there|together|alone|round|around)\b)|wake up|go on)",
        r"(?:no longer|not) want(?:s|ing)? to (?:be alive|live(?! (?:on|in|with|at|near|off|somewhere|abroad|there|together|alone|round|around)\b))",
        # In a few words of English: "me no want live no more", "i want die".
        r"(?:no|not|dont|do not) (?:want|wanna) (?:to )?live (?:no ?more|any ?more)|\b(?:me|i) (?:want|wanna) die\b"
        r"|(?:think|want|going|plan) to finish my life|better (?:if )?i (?:die|am dead|was dead)\b",
        r"overdos\w*\b(?! on (?:coffee|caffeine|sugar|chocolate|energy drinks|red bull))|(?:took|taken|swallowed) (?:too many|loads of|a load of|all (?:my|the)|a lot of) (?:\w+ )?"
        r"(?:tablets|pills|paracetamol|meds|medication)(?!.{0,30}\b(?:like normal|as normal|as usual|as prescribed|like usual))",
        # Said without the usual words: the means, the place, the goodbye.
        r"(?:took|taken|swallowed|had|taking) (?:a load|loads|a lot|lots|all|a handful|a packet|a box|a bottle|\d+)"
        r" (?:of )?(?:my |mums |dads |nans |his |her |the |these )?(?:\w+ )?(?:tablets|pills|paracetamol|meds)"
        r"(?!.{0,30}\b(?:like normal|as normal|as usual|as prescribed|like usual))",
        r"(?:vodka|bottle|booze|drink)\b.{0,40}\b(?:paracetamol|pills|tablets)\b"
        r"|\b(?:paracetamol|pills|tablets)\b.{0,40}\b(?:vodka|bottle)",
        r"(?:saving|saved|stockpil\w*|hoard\w*) (?:up )?(?:my |some |all my )?(?:\w+ )?(?:pills|tablets|meds)",
        r"how many (?:of )?(?:these |my |the |them )?(?:\w+ )?(?:tablets|pills|paracetamol) (?:would|does|will|to)",
        r"(?:lethal|fatal|deadly) dose|(?:what|which) dose(?! (?:it|a|an|the|he|she|they|you|u|this|that|my|your|care|nhs|nursing|carers?|nurses?|apprentice\w*|staff)\b)",
        r"(?:not|never) (?:going to|gonna) be (?:here|around|alive) (?:much longer|anymore|any more|for long|by (?:summer|christmas|then|the end))"
        r"|(?:not|wont|will not|prob not|probably not|might not) be (?:here|around|alive)"
        r"(?: by| for(?! (?:the|my|an?|your|our|this|that|work|it|interview|induction|training)\b)| to| anymore| any more| much longer| next| tomorrow|\s*$)",
        r"(?:standing|stood|sat|sitting|stand) (?:on|at) (?:the |a )?(?:bridge|edge|roof|ledge|tracks|cliff)",
        r"(?:disappear|disappearing|gone) (?:for good|forever)|(?:want|wanna|going) to (?:just )?disappear",
        r"(?:nobody|no one|noone|no body) (?:would|will|even) (?:even )?(?:notice|care|miss me)"
        r"|(?:nobody|no one|noone) cares? (?:if|whether) i (?:live|die|lived|died|am)",
        r"(?:a |such a |just a )?burden (?:to|on) (?:everyone|everybody|my family|them|people)"
        r"|(?:relieved|happier|better|fine) (?:off )?(?:if|when) i (?:wasnt|was not|werent|was gone|am gone|die)",
        r"better (?:off )?without me|world (?:would be|is) better",
        r"(?:end|ending) it (?:tonight|today|now|soon|all)|(?:going|gonna|decided) to end it",
        r"hang(?:ing)? my ?self|(?:rope|something|belt|cord) (?:round|around) my neck",
        r"(?:go to sleep|fall asleep|sleep) and (?:not|never) wake(?: up)?|not (?:to )?wake up (?:again|tomorrow)",
        r"(?:dont|do not|cant|can not|cannot) see (?:a|any) future",
        r"(?:telling|tells|told|keeps telling) me to (?:jump|kill|hurt|die|end)",
        r"ways to (?:die|kill my ?self|end it|end my life)|how to (?:die|kill my ?self|end my life)|painless way",
        r"(?:live|living) or die|(?:knife|blade|razor) in my hand|(?:holding|got|have) (?:a|the) (?:knife|blade|razor)"
        r"(?! (?:course|skills|crime))",
        r"(?:stopped|stop) eating on purpose|starv(?:e|ing) my ?self",
        r"(?:scratch|scratched|scratching|cut|cuts) (?:my|her|his) (?:arms|legs|wrists|skin|thighs)"
        r"|cuts (?:all )?(?:over|on) my (?:arms|legs|wrists|thighs)|(?:till|until) (?:they|it) bled",
        r"written (?:letters|a letter|notes|a note|goodbye) to|(?:goodbye|suicide) (?:letter|note)",
        r"drive into (?:a|the) (?:wall|tree|lorry|river)|driving into (?:a|the) (?:wall|tree|lorry)"
        r"|(?:step|jump|walk) in front of (?:a|the) (?:train|bus|lorry|car)",
        r"(?:cant|can not|cannot|dont|do not) see (?:a|any) way out|thinking (?:about|of) ending it",
        r"(?:have|got|made) a plan (?:for|to)|(?:tonight|today) (?:is|will be) the (?:night|day)",
        r"looking down\b.{0,40}\b(?:bridge|edge|roof)|(?:bridge|edge|roof)\b.{0,40}\blooking down",
        r"(?:wrote|written|writing|left) (?:letters|a letter|notes|a note) (?:to|for) (?:my|everyone|the)",
        r"(?:wont|will not|dont think (?:ill|i will)|not going to) (?:make it|live) (?:to|till|until|past|much)",
        r"swallowed (?:a |the )?(?:whole |full )?(?:packet|bottle|box|load|lot) of",
        r"(?:im|i am) done with (?:life|living|it all|everything)|(?:no|nothing to) (?:reason|live) (?:to|for) "
        r"(?:carry on|live|go on)|nothing to live for|something to live for",
        r"(?:it|that) would be (?:so )?easy\b.{0,30}\b(?:cupboard|pills|tablets|drugs|meds)"
        r"|(?:cupboard|pills|tablets|drugs|meds)\b.{0,40}\bwould be (?:so )?easy",
        r"feel(?:ing)? like dying|engine running in the garage|gave (?:all )?my (?:stuff|things) away",
        r"(?:being|be) here (?:anymore|any more)|(?:being|be) alive (?:much longer|anymore|any more)"
        r"|(?:ill|i will|i ll|im|i am) (?:be )?gone (?:by|before) (?:friday|monday|tuesday|wednesday|thursday|saturday|sunday"
        r"|tomorrow|tonight|the weekend|next week|christmas|then|the end of)\b"
        r"(?!.{0,30}\b(?:holiday|hols|trip|travel\w*|abroad|away|flight|leave|visit\w*|back on|back by|return\w*))|not that it matters\b.{0,30}\b(?:gone|dead|here)\b"
        r"|(?:alive|here) (?:on|by|for) (?:friday|monday|tuesday|wednesday|thursday|saturday|sunday|tomorrow|next week)",
        r"(?:relapsed|did my (?:legs|arms|wrists))\b|(?:theres|there is) (?:a lot of|so much) blood",
        r"(?:doing|do) (?:everyone|everybody) a favou?r if i",
        r"(?:want|wish) (?:the|this) pain to stop|make it (?:all )?stop (?:for good|permanently|forever)",
        r"how (?:id|i would|i could|to) do it my ?self|(?:if|when) i jumped|jump(?:ed|ing)? off (?:the|a) (?:top|bridge|roof)",
        r"(?:rope|noose|pills|knife|blade) (?:is )?(?:ready|sorted)",
        r"jump(?:ing)? off (?:the|a) |(?:walking|walk|swim) into the (?:sea|river|canal|lake)",
        r"burn(?:t|ed|ing)? my ?self|(?:lighter|razor|blade) (?:again|on my)|in the bath with (?:a )?(?:razor|blade|knife)",
        r"if i die\b|(?:dont|do not) trust my ?self|number for (?:the )?samaritans",
        r"(?:dont|do not|cant|can not|cannot) see (?:a|any) way (?:forward|out|through)",
        r"(?:before|after) i end (?:things|it|my life)|end things\b|(?:kindest|best) thing would be (?:for me )?(?:not|to go)",
        r"goodbye (?:forever|for good|to everyone)|saying goodbye to (?:everyone|everybody|you all)"
        r"|goodbye (?:message|letter|note|text)s? (?:to|for) (?:my )?(?:kids|children|family|mum|dad|partner|husband|wife"
        r"|son|daughter|boyfriend|girlfriend|everyone)|(?:note|letter|message) (?:for|to) (?:my \w+ )?(?:for )?when (?:im|i am) gone",
        r"tried to kill|planning to (?:try|do it) again|(?:been )?planning how (?:id|i would|to) do it",
        r"(?:took|taken|taking) (?:too many|all|loads|lots) of my (?:\w+ )?(?:tablets|pills|antidepressants|meds)"
        r"|on purpose\b.{0,20}\b(?:pills|tablets|overdose)|(?:i|ive|i have|i just|ive just) (?:drank|drunk|swallowed) (?:some )?bleach",
        r"(?:pills|tablets) (?:lined up|in front of me|on my (?:desk|bed|table))|on the bridge",
        r"(?:still|even) be (?:alive|here|around) (?:by|for|then|long enough)|around long enough",
        r"(?:wants?|wanted) to die|(?:wanna|wana|wan|wnt|want) die\b(?! (?:my|her|his|your) hair)|locked (?:himself|herself|themselves) in|(?:i )?should (?:just )?end it",
        r"(?:be|am|im) (?:a )?burden|(?:free|better|happier) if i was gone|not going to be here",
        r"crash the car|(?:want|wanna) to crash",
        r"(?:want|wanted|wanting|wanna|wish) (?:to be|i was|i were|id be) dead",
        r"(?:dont|do not) think (?:ill|i will|i ll) (?:still )?be (?:alive|here|around)",
        r"(?:plan|planned|planning|planed) how (?:youd|you would|you d|id|i would|i d|to) do it",
        r"\brope\b.{0,30}\b(?:garage|loft|attic|shed|tree|beam|banister|neck)\b",
        r"(?:take|taking|swallow|swallowing) (?:them|these|it|the lot) all (?:at once|together|in one go|tonight)",
    ),
    # Something harmful swallowed, in any words: "my son swallow the cleaning liquid", "ate a washing pod".
    "swallowed something harmful": (
        r"(?:swallow|swallows|swallowed|drank|drunk|drink|drinks|ate|eaten|eat|eats|licked|sucked|chewed)"
        r" (?:some |a |an |the |a bit of |some of |a lot of |loads of )?(?:of )?(?:the |my |his |her |mums |dads )?"
        r"(?:bleach|cleaning (?:stuff|fluid|liquid|product|spray)|washing (?:up )?liquid|washing (?:pod|tablet|capsule)s?"
        r"|laundry (?:pod|capsule|tablet|liquid)s?|dishwasher (?:tablet|pod|liquid)s?|detergent|disinfectant|dettol|anti ?freeze"
        r"|white spirit|weed ?killer|rat poison|slug pellets|poison|button batter(?:y|ies)|batter(?:y|ies)|magnets?"
        r"|e ?liquid|vape liquid|(?:toilet|oven|drain) cleaner|perfume|nail varnish remover)\b",
    ),
    # A panic attack now: calm breathing first; 999 or 111 if there is chest pain or it is new.
    "panic attack": (
        r"(?:im|i am|i m|currently|i think im|think im|i think i am|think i am|still|hes|shes|he is|she is|theyre|they are"
        r"|my \w+ is) having (?:a |another )?(?:panic|anxiety) attack(?! (?:at|on|during) (?:work|shift|placement))"
        r"|(?:having|in the middle of) (?:a |another )?(?:panic|anxiety) attack (?:right )?now|(?:panic|anxiety) attack (?:right )?now",
    ),
    "medical emergency": (
        r"(?:shouting|screaming|calling|crying|yelling) (?:out )?for help",
        # A stroke's signs and a fit happening now: "face drop one side and he talk funny", "now hes fitting".
        r"face (?:has )?(?:drop|dropped|drops|dropping|droop\w*)|(?:talk|talks|talking|speak|speaks|speaking) (?:all )?funny"
        r"|(?:words|speech) (?:are |is )?slurr\w*|(?:is|hes|shes|theyre|s|now) (?:fitting|having a fit|having a seizure)\b",
        r"(?:not|isnt|is not|stopped|cant|can not|cannot|struggling to|barely|hardly) breath\w*",
        # "had a stroke in March" is a past event; "has had a stroke" may be now.
        # "I had a heart attack but the cardiologist says im fine": over, told by the one who had it.
        r"chest pains?|(?<!died of a )(?<!died from a )(?<!after a )(?<!passed away from a )(?<!\bi had a )(?<!\bive had a )"
        r"(?<!\bi have had a )(?<!survived a )(?<!recovered from a )(?<!since my )(?<!after my )heart attack"
        r"(?! (?:in (?:january|february|march|april|may|june|july|august|september|october|november|december|20\d\d)"
        r"|last (?:year|month|week)|\w+ (?:years?|months?|weeks?) ago))|(?:having|had|has) a (?:stroke|fit|seizure)(?! (?:in (?:january|february|march|"
        r"april|may|june|july|august|september|october|november|december|20\d\d)|last (?:year|month|week)|\w+ "
        r"(?:years?|months?|weeks?) ago|and (?:now )?(?:struggles|needs|uses|has carers)"
        # "had a stroke and is coming home from the general next week": over, and out of hospital.
        r"|and (?:\w+ ){0,3}(?:coming home|come home|came home|home from|discharged|out of hospital|recovering)))"
        # "no seizure in over 3 years", "seizure free": epilepsy that is under control.
        r"|(?<!no )(?<!without a )(?<!without )(?<!free of )seizures?(?! free)|choking",
        # Not "i passed out at my jabs in year 8": whoever types it is awake now.
        r"unconscious|unresponsive|collapsed|(?<!\bi )passed out(?! (?:most|every|all the|half the|again and again)\b)|(?:wont|will not|cant|can not) wake (?:him|her|them) up"
        r"|swallowed (?:something|bleach|washing|cleaning|dishwasher|\w+ from under the sink)|gone (?:all )?floppy"
        # A baby or child who is floppy, or has a rash that does not fade under a glass: signs of meningitis or sepsis.
        r"|(?:is|s|seems|looks|very|really|so|all|went|go|goes|gone|going) floppy\b|rash (?:that |which )?(?:\w+ )?(?:doesnt|does not"
        r"|didnt|did not|wont|will not|not|dont|do not) (?:fade|go away when|disappear when)|(?:glass|tumbler) test|non ?blanching"
        # "my toddler just drank some bleach": poisoning, whoever it is.
        r"|(?:drank|drunk|drink|eaten|ate|had) (?:some )?(?:of )?(?:the )?(?:bleach|washing (?:up )?liquid|cleaning (?:stuff|fluid|liquid|product)"
        r"|dishwasher (?:tablet|liquid)|anti ?freeze|white spirit|weed ?killer)",
        r"(?:fallen|fell|fall) (?:over |down )?and (?:hit|banged|cut|hurt) (?:his|her|their|my) head",
        # "my nan has fallen and she's not answering me": a fall, then no answer or no getting up.
        r"(?:fallen|fell|had a fall)(?! (?:behind|out|asleep|for|through|apart|pregnant))\b.{0,40}\b"
        r"(?:not|isnt|wont|cant|can not|cannot|will not) "
        r"(?:answer|respond|wake|get up|move|speak|talk)\w*",
        r"blood everywhere|bleeding (?:badly|heavily|a lot|loads)|lots of blood|wont stop bleeding",
        r"on fire|theres a fire|a fire (?:in|at)|smoke (?:coming|pouring|everywhere)|smell(?:s|ing)? (?:of )?(?:gas|smoke)|gas leak",
        r"allergic reaction|anaphyla\w*",
        # Trouble in pregnancy: call the maternity unit, 111 or 999, not a careers answer.
        r"pregnan\w*\b.{0,40}\b(?:bleed\w*|in pain|pains|cramp\w*|waters (?:have )?(?:broken|gone)|contractions"
        r"|(?:baby|it) (?:isnt|is not|hasnt|has not|stopped|not) (?:moving|moved|kicking|kicked))",
        # Not the work floor: "straight on the floor by day 3", "out on the floor".
        r"(?<!straight )(?<!out )(?<!back )(?<!working )(?:on|lying on|found on|is on) the floor"
        r"(?! (?:on|at) (?:minimum|min|the minimum|nmw|national|pay|£))|(?:cant|can not|cannot) get (?:him|her|them) up|(?:fallen|had a fall) "
        r"and (?:cant|can not|cannot|couldnt) get up",
        # A person gone missing, not a thing ("my national insurance number is missing").
        r"(?:gone|go|went|goes|has gone) missing|(?<!number )(?<!card )(?<!letter )(?<!form )(?<!payment )"
        r"(?<!money )(?<!document )(?<!certificate )(?<!page )(?<!file )(?<!wage )(?<!pay )is missing"
        r"|wander(?:ed|s|ing) off",
        r"face (?:has |is )?(?:dropped|drooping|droopy|gone funny)|(?:suddenly|all of a sudden) (?:cant|can not|cannot) "
        r"(?:talk|speak|move)|slurr\w*",
        r"head is bleeding|bleeding from (?:his|her|their|my|the) (?:head|mouth|ears)",
        r"(?:wont|will not|cant|can not|cannot) wake (?:up|him|her|them|my \w+)|(?:not|isnt|is not) waking up",
        r"(?:cant|can not|cannot|couldnt) find (?:him|her|them|my \w+|our \w+)(?: anywhere)?\b"
        r"(?! (?:a job|work|a course|an apprenticeship|a placement|the form))",
        r"swallow(?:ed)? (?:some |a |the |loads |lots |a lot )?(?:of )?(?:\w+ )?(?:tablets|pills|bleach|battery|batteries|medicine)",
        r"shaking\b.{0,30}\bsweating|not making (?:any )?sense|gasping",
        r"carbon monoxide|(?:co|smoke|fire|gas) alarm (?:is )?(?:going off|beeping)",
        r"skin (?:is )?(?:coming|peeling) off|burn(?:t|ed)? (?:\w+ )?(?:\w+ )?(?:really bad|badly)",
        r"took something\b.{0,40}\b(?:wont|will not|cant|can not)",
        r"(?:isnt|is not|not|stopped) (?:moving|responding|breathing properly)|lying (?:face down|still) ",
        r"fell down the stairs|fallen down the stairs|bent the wrong way|(?:screaming|crying out) in pain",
        r"asthma attack|inhaler (?:isnt|is not|not) working|vomiting blood|coughing (?:up )?blood|blood in (?:his|her) sick",
        r"(?:looked|searched|looking) everywhere|gone out in (?:his|her) (?:slippers|nightie|pyjamas)",
        r"(?:confused|drowsy),? (?:and )?(?:sweaty|sweating|shaking)|sweaty,? shaking",
        r"\bfire\b.{0,30}\b(?:inside|in the|lounge|kitchen|still in)|(?:residents|people) still inside",
        r"swelling up|swollen (?:throat|tongue|lips)|(?:cant|can not|cannot|hard to) (?:swallow|breathe)",
        r"turning (?:blue|grey)|(?:lips|face) (?:are |is )?(?:blue|grey)|oxygen (?:tube|mask) (?:came|has come) off",
        r"(?:really|burning|very) hot and (?:\w+ and )?(?:shaking|confused)|talking nonsense|getting worse fast",
        r"breathing is (?:really )?(?:shallow|funny|strange|noisy)|(?:severe|bad|crushing) (?:pain in (?:my|his|her) )?chest",
        r"going to pass out|(?:choked|choking) on|hasnt cleared|being sick and (?:its|it is) blood",
        # Signs of a heart attack or stroke, however they are put: "chest is really tight", "arm's gone numb".
        r"chest (?:is |feels |has gone |went )?(?:really |very |so )?(?:tight|heavy|crushing)|tight(?:ness)? in (?:my|his|her) chest"
        r"|(?:arm|arms|face|side|leg) (?:has |is |have |has gone |have gone |went |gone |going )(?:numb|dead|weak)",
    ),
    # Attacked in the street or on the way home: medical help, the police and Victim Support.
    "attacked": (
        r"(?:tried to|try to|going to) (?:stab|mug|rob) me|(?:got|been|was|i was) (?:beaten up|jumped|mugged|stabbed|attacked"
        r"|assaulted)\b(?!.{0,30}\b(?:by (?:my|her|his) (?:partner|husband|wife|boyfriend|girlfriend|ex|dad|mum)|at work"
        r"|on shift|by a (?:resident|client|patient)))"
        r"|racist (?:words|abuse|graffiti|attack)|hate crime|smashed my (?:car )?windows?"
        r"|(?:drink|drinks) (?:was|were|got) spiked|spiked my drink|(?:put|slipped) something in my drink"
        r"|(?:snatched|grabbed|nicked|stole|took) my (?:bag|phone|purse|wallet)\b.{0,40}\b(?:punched|hit|pushed|kicked|attacked"
        r"|threatened|knocked)|(?:someone|somebody|a man|a woman|a group|a gang|some lads|they) (?:just )?(?:attacked|assaulted|mugged|robbed|punched|stabbed|snatched) "
        r"(?:me|us)\b|(?:been|was|got|were) (?:burgled|robbed)"
        r"|(?:snatched|grabbed|nicked|stole|stolen|took|taken|robbed|mugged)\b.{0,60}\b(?:knife|blade|gun|machete|weapon)\b"
        r"|\b(?:knife|blade|gun|machete|weapon)\b.{0,60}\b(?:snatched|stole|nicked|took my|robbed|mugged)|(?:knife|gun) ?point"
        r"|pulled a (?:knife|blade|gun) on me|(?:threatened|held) me (?:up )?with a (?:knife|blade|gun)",
        # "some lads jumped me after my shift", "a man hit me in the street".
        r"(?:someone|somebody|a (?:man|woman|lad|guy|bloke|boy|girl|stranger|gang|group)|some (?:lads|guys|men|boys|girls"
        r"|blokes|people|kids|youths)|(?:two|three|four|a few|a couple of|a group of|a gang of) (?:\w+ )?(?:lads|guys|men|boys"
        r"|girls|blokes|people|kids|youths)) (?:just |had |have |has |then )?(?:attacked|assaulted|mugged|robbed|punched|stabbed"
        r"|snatched|jumped|battered|beat up|beat|kicked|hit|headbutted|glassed|slashed|spat (?:at|on)) (?:me|us)\b",
        # Hate crime: "called me names about my hijab", "pulled off my headscarf".
        r"(?:names|abuse|abused|hit|attacked|spat|pulled|shouted|insulted|threatened|harass\w*)\b.{0,40}\b(?:because of|about"
        r"|for|cos of|coz of|over|at) (?:my|her|his|our|the) (?:hijab|headscarf|head scarf|turban|niqab|burka|religion|skin"
        r"|colour|race|accent|disability|wheelchair|sexuality)\b|(?:pulled|ripped|grabbed|tore|tried to pull) (?:off )?(?:my|her)"
        r" (?:hijab|headscarf|head scarf|niqab|turban)|(?:homophobic|transphobic|islamophobic|anti ?muslim|antisemitic|racist)"
        r" (?:abuse|attack|assault|names|insults|slurs)\b(?!.{0,40}\b(?:at work|on shift|colleagues?|staff|manager|residents?"
        r"|patients?|clients?))",
        # Burgled: "someone broke into my house while i was at work and took everything".
        r"(?:broke|broken|break|breaking) (?:into|in to|in) (?:my|our|the) (?:house|flat|home|room|car|van|shed|garage)\b.{0,60}"
        r"\b(?:took|taken|stole|stolen|nicked|gone|everything|while (?:i|we) (?:was|were))|(?:house|flat|home|car|room|shed)"
        r" (?:was|has been|got|been|were) (?:broken into|burgled|robbed)|(?:stole|nicked|stolen) (?:everything|all my (?:stuff|things))",
    ),
    # Made to marry: "im being forced to marry someone".
    "forced marriage": (
        r"forc(?:ed|ing) (?:me |her |him |them )?(?:to|in ?to) (?:get )?marr\w*|(?:make|makes|making|made) (?:me|her|him)"
        r" (?:get )?marry|forced marriage|(?:taking|take|sending|send|took|sent) (?:her|him|me|them) (?:\w+ ){0,6}?to (?:get )?"
        r"marr\w*|found me a (?:husband|wife)|(?:arranged|arranging) (?:a )?marriage for me"
        r"|(?:says?|said|told me) i (?:have to|must|got to|ve got to) (?:get )?(?:engaged|married)"
        r"|(?:say|says|said|told me|telling me|tell me) i (?:must|have to|got to|need to|should) marry"
        r"|(?:arranged|arranging|planned|planning|fixed) (?:her|his|my|their) marriage"
        r"|(?:take|taking|send|sending|took) (?:me|her|him) (?:abroad|overseas|back home|away) and (?:not|never) (?:bring|let) "
        r"(?:me|her|him) (?:back|come back|home)"
        r"|(?:booked|planned|planning|arranged) a (?:wedding|marriage) for me|(?:must|has to|have to) marry (?:the|a) (?:man|woman"
        r"|person|guy|girl)|picked a (?:husband|wife) for me"
        # "if i refuse the marriage my brothers will kill me", "they talk about my wedding, i am scared".
        r"|(?:refuse|say no to|dont want|do not want|wont go through with) (?:the|this|that|an?) (?:marriage|wedding)"
        # "its to get me married. im 16", "made to marry someone you dont even know", "choose man for me".
        r"|get me married|marry me off|(?:made|forced|make me|makes me) to marry|(?:be|being) made to marry"
        r"|(?:choose|chose|chosen|picked|pick|found) (?:a )?(?:man|husband|wife|woman|boy|girl|boyfriend) for me"
        r"|(?:husband|wife|marriage|wedding|match|rishta) (?:\w+ )?(?:arranged|sorted|lined up|picked|chosen|planned) for me"
        r"|(?:arranged|lined up|sorted|found) (?:me )?(?:a |an )?(?:husband|wife|match|rishta) for me"
        r"|(?:married|marry|wedding)\b.{0,60}\b(?:parents|family|mum|dad|they|brothers?|uncle|father|mother)(?: are| is|re|s)?"
        r" (?:making|forcing|pushing|pressuring|pressurising) me\b"
        r"|(?:married|marry)\b.{0,80}\bi (?:really )?(?:dont|do not) want (?:to|it|him|her)\s*(?:$|[,.!?])"
        r"|(?:talk|talking|planning|arranging) (?:about )?my (?:wedding|marriage)\b.{0,40}\b(?:scared|afraid|dont want|frightened)",
        # "planning my wedding to my cousin, i said no", "got married in pakistan and she never wanted to".
        r"(?:planning|arranging|planned|arranged|organising|organizing|booked|booking|fixing|fixed|sorting) (?:my|her|his)"
        r" (?:wedding|marriage)\b.{0,80}\b(?:said no|say no|saying no|refuse\w*|dont want|do not want|didnt want|never wanted"
        r"|scared|afraid|frightened|took my phone|taken my phone|wont let me|not allowed|no choice)"
        r"|(?:my (?:wedding|marriage)|marry (?:him|her|my|a|the)|to marry)\b.{0,60}\b(?:i (?:said|say|keep saying|kept saying) no"
        r"|no choice)|(?:married|marry|wedding)\b.{0,60}\b(?:never|didnt|did not|doesnt|does not) want(?:ed)? to(?: marry"
        r"| get married| marry (?:him|her))?\s*(?:$|[,.!?]| but| and| so)|(?:married|marry)\b.{0,60}\bagainst (?:her|his|my|their) will",
    ),
    # A mental health crisis: "i havent slept in days and im hearing voices".
    "mental health crisis": (
        r"(?:watching|spying on) (?:me|her|him|them) through the (?:tv|telly|phone|walls|radio)"
        r"|having a (?:breakdown|mental breakdown|nervous breakdown)|(?:cant|cannot|can not) stop shaking and crying"
        r"|hearing voices|voices (?:in my head|(?:are |keep |)(?:telling|saying|talking to) me)|(?:seeing|hearing) things (?:that are not|that arent|nobody|no one)"
        r"|(?:havent|have not|hasnt|has not|not) slept (?:in|for) (?:days|\d+ days|a week|weeks)|(?:losing|lost) my mind"
        r"|(?:being|is being) (?:followed|watched) by (?:mi5|the government|the police|spies|aliens)|talking nonsense"
        r"|hearing (?:people|someone|things|voices)\b.{0,20}\bwhen (?:no one|nobody|noone) is (?:there|around)"
        # "keep hearing my name called when no ones there, scared im going mad".
        r"|hearing my name\b.{0,20}\bwhen (?:no one|nobody|noone|no ones)(?: is)? (?:there|around)"
        r"|(?:scared|afraid|worried|think|thinking) (?:that )?(?:im|i am|i m) going (?:mad|crazy|insane)"
        r"|(?:tv|telly|radio|phone|television) is (?:sending|talking to|giving) (?:me|her|him|them) (?:messages|signs)"
        r"|talking to (?:people|someone|voices|things) (?:who|that) (?:arent|are not|isnt|is not|werent|was not) there"
        r"|putting (?:things|stuff|something|poison|drugs) in my (?:food|drink|tea|coffee)|(?:cant|can not|cannot) trust anyone"
        r"|(?:everyone|people|they)(?: at work)? (?:is|are) (?:out to get|plotting against|spying on) me",
        # Psychosis or mania told by family: "keeps saying hes the messiah", "having a psychotic episode".
        r"(?:says|saying|thinks|believes|convinced|claims|keeps telling (?:us|me|everyone)) (?:that )?(?:hes|shes|he is|she is"
        r"|theyre|they are|im|i am|he|she) (?:the |a )?(?:messiah|jesus|god|chosen one|prophet|son of god|being poisoned"
        r"|on a mission from)\b|(?:having|had|in) (?:a |another )?(?:psychotic|manic) (?:episode|break)"
        r"|(?:gone|going|become|seems) (?:really |very )?(?:psychotic|manic|paranoid)\b(?! about)",
        # A person cared for who has stopped their medicine and speaks of harm: "talking about hurting people".
        r"(?:stopped|stopping|stops|not|isnt|is not|wont|refuses to|refusing to) (?:taking |take )?(?:his|her|their|my)"
        r" (?:meds|medication|medicine|tablets|injections?|depot)\b.{0,60}\b(?:hurt(?:ing)? (?:people|others|someone"
        r"|everyone|staff)|kill(?:ing)? (?:people|someone|everyone)|voices|paranoid|not (?:him|her)self)"
        r"|talk(?:s|ing)? about (?:hurting|killing|harming|attacking|stabbing) (?:people|others|someone|everyone|staff|us"
        r"|other residents|the staff)",
    ),
    # Drink or drugs to get by: "i drink every day just to get through it".
    "drink or drugs": (
        r"(?:i|im|i am|ive been|i have been|i keep) (?:\w+ )?(?:drink|drinking|drunk|using|taking drugs|smoking weed) "
        r"(?:every|each) (?:day|night)\b(?! water)"
        r"|(?:drink|drinking|drugs|using) (?:just )?to (?:cope|get through|get by|forget|numb)"
        r"|(?:cant|can not|cannot) stop (?:drinking|using|(?:smoking|taking|doing) (?:spice|weed|crack|coke|cocaine|ket|ketamine"
        r"|heroin|drugs|pills))|(?:addicted|an addiction) to (?:drink|alcohol|drugs|spice|crack|heroin|ketamine|weed)"
        r"|(?:a|half a|nearly a|almost a) bottle of (?:vodka|wine|gin|whisky|whiskey|rum|cider|brandy) (?:every|each|a) (?:day|night)"
        r"|(?:using|taking|doing|smoking|sniffing|on) (?:my \w+s |my \w+ )?(?:coke|cocaine|crack|weed|cannabis|spice|ket|ketamine"
        r"|mdma|speed|heroin|diazepam|valium|xanax|codeine|tramadol|pregabalin)\b.{0,40}\b(?:to (?:cope|get through|sleep"
        r"|function|deal|keep going|stay awake)|every (?:day|night)|cant stop|so i can (?:sleep|cope|function|work))"
        r"|(?:owe|owes|owing) (?:the |my |a )?dealer"
        r"|(?:taking|takes|using|uses|doing|does|sniffing|snorting|smoking|smokes|on) (?:coke|cocaine|crack|weed|cannabis|spice|ket"
        r"|ketamine|mdma|speed|heroin|drugs|lines)\b.{0,20}\b(?:before|during|on|at|between) (?:every|each|most|all) (?:\w+ )?"
        r"(?:shifts?|work|nights?|breaks?)\b"
        r"|need a (?:drink|few drinks|spliff|joint) (?:before|to get through) (?:every|each|my|the) (?:shift|day|morning)"
        # Someone close on hard drugs: "my son is on heroin and i dont know where to turn".
        r"|(?:son|daughter|husband|wife|partner|brother|sister|mum|mom|dad|boyfriend|girlfriend) (?:is|s|has been|keeps) "
        r"(?:on|using|taking|smoking|injecting|hooked on|addicted to) (?:heroin|crack|cocaine|coke|spice|meth|ketamine|drugs)\b"
        r"|(?:using|taking|doing) (?:coke|cocaine|crack|weed|cannabis|spice|ket|ketamine|mdma|speed|heroin|pills)\b.{0,40}\b"
        r"(?:getting worse|out of control|most (?:days|nights|weekends)|every weekend)"
        r"|addicted to (?:painkillers|pills|tablets|codeine|tramadol|opioids|coke|cocaine|weed|cannabis|heroin|crack|spice"
        r"|ketamine|valium|diazepam|xanax|booze|alcohol|drink|drugs)",
    ),
    # Gambling out of control: "gambled my whole wages again".
    "gambling": (
        r"(?:gambled|gambling|betting|bet|lost) (?:away )?(?:all )?(?:my|our|the) (?:whole )?(?:wages|money|pay|savings|rent|"
        r"benefits|universal credit|uc)\b(?! (?:on (?:a|the) (?:course|training)))"
        r"|(?:spend|spent|spending|blow|blew|blown|lost|losing|put|chucked) (?:all |most of |half of |half )?(?:my|our|the) (?:\w+ ){0,2}"
        r"(?:on|in) (?:the )?online (?:slots|casinos?|betting|bingo|poker|roulette|games?)"
        r"|(?:slots|betting|bets|gambl\w*|casinos?|bookies|roulette|scratch ?cards)\b.{0,60}\b(?:cant|can not|cannot) stop"
        r"|(?:spend|spent|spending|blow|blew|blown|lost|losing) (?:all |most of |half )?(?:my|our|the) (?:\w+ ){0,2}on (?:the )?"
        r"(?:slots|fruit machines|bookies|betting|scratch cards|online casinos?|roulette)"
        r"|(?:cant|can not|cannot) stop (?:gambling|betting)|gambling (?:problem|addiction|debts?)(?!"
        + _IN_THE_PAST
        + r"|"
        r"(?: \w+){0,3} (?:sorted|over|behind me|under control))|addicted to "
        r"(?:gambling|betting|slots|the slots|online casinos?)|(?:gambling|betting) (?:again|every day|every night)",
    ),
    # A child put at risk by someone else: left alone, groomed, locked in, hurt (kinds() asks for a child in the
    # message): "the neighbours leave their toddler alone for hours", "a man keeps giving my 12 yr old cousin vapes".
    "child at risk": (
        r"(?:leave|leaves|left|leaving) (?:their|the|his|her|a|that|those|them|these) (?:\w+ )?(?:toddler|baby|babies|kids|children"
        r"|child|little (?:one|boy|girl|lad)s?|(?:1[0-2]|[1-9]) (?:year|yr)s? olds?)\b.{0,30}\b(?:alone|on (?:their|his|her|its) own"
        r"|by (?:them|him|her)sel(?:f|ves)|unattended)"
        r"|(?:toddler|baby|babies|kids|children|child|little (?:one|boy|girl|lad)s?|(?:1[0-2]|[1-9]) (?:year|yr)s? olds?)\b.{0,20}"
        r"\b(?:home alone|left alone|alone in the (?:flat|house|car)|on (?:their|his|her) own)\b.{0,40}\b(?:hours|all day|all night"
        r"|days|screaming|crying|again|every|while)"
        r"|(?:leave|leaves|left|leaving) (?:me|us) (?:home )?(?:alone|on (?:my|our) own)\b.{0,20}\b(?:for days|for hours|all night"
        r"|all weekend|overnight|every)"
        # "parents go out and leave me and my baby brother for whole weekend, i am 11" (kinds() asks for a child).
        r"|(?:leave|leaves|left|leaving) (?:me|us)(?: and my (?:\w+ )?(?:brothers?|sisters?|siblings?|bro|sis|cousins?)(?: (?:home )?"
        r"(?:alone|on (?:my|our) own|by (?:my|our)sel(?:f|ves)))?| (?:home )?(?:alone|on (?:my|our) own|by (?:my|our)sel(?:f|ves)))"
        r"(?: \w+)? (?:for |all )(?:the |a )?(?:whole |entire )?"
        r"(?:weekend|weekends|night|nights|days|week)\b|(?:leave|leaves|left|leaving) (?:me|us) (?:to look after|looking after"
        r"|in charge of) (?:my|our) (?:\w+ )?(?:brothers?|sisters?|siblings?|bro|sis)\b",
        # Neglect seen: "one kid always comes in starving and with the same dirty clothes".
        r"(?:kid|child|boy|girl|lad|toddler|baby|little one|pupil)s?\b.{0,40}\b(?:always|often|every day|most days|keeps?|again)\b"
        r".{0,25}\b(?:starving|so hungry|filthy|smelly|smells|unwashed|same (?:dirty|smelly|filthy) clothes)\b"
        r"|(?:kid|child|boy|girl|lad|toddler|baby|little one|pupil)s?\b.{0,40}\b(?:starving|hungry|filthy|smelly|unwashed)\b.{0,40}"
        r"\b(?:same|dirty|filthy|smelly) clothes",
        # Exploited by older men: "a girl in my year has loads of money and new phones from older men".
        r"(?:money|cash|phones?|presents|gifts|vapes|clothes|trainers|alcohol|drink|drugs|weed|lifts)\b.{0,40}\bfrom (?:older|grown"
        r"|adult) (?:men|man|guys?|lads?|boys|blokes)\b|(?:older|grown) (?:men|man|guys?|lads?|blokes)\b.{0,60}\b(?:gives?|gave"
        r"|giving|buys?|bought|buying) (?:her|him|them) |(?:parties|flats?|hotels?|houses?) with (?:older|grown) (?:men|guys|lads"
        r"|blokes)",
        # Grooming: gifts, lifts, secrets, "come and sit in my car".
        r"(?:giv\w*|gave|buy\w*|bought|offer\w*) (?:her|him|them|the (?:kids|children|girls|boys)|my \w+(?: \w+){0,3}?) "
        r"(?:free )?(?:vapes?|cigarettes|fags|alcohol|booze|weed|drugs|money|cash|presents|gifts|lifts?)\b"
        r"|(?:asking|asks|asked|wants|wanted|trying to get|tries to get|telling|told|invit\w*) (?:her|him|them|my \w+(?: \w+){0,3}?)"
        r" (?:to )?(?:sit|get|come|go) (?:in|into|back to|round to|to) (?:his|her|their|a|the) (?:car|van|house|flat|place)\b"
        r"|(?:being|is being|been|getting|was|were) groomed|grooming (?:her|him|them|my|a|the)\b",
        # Told by a child, or seen: locked in, hurt, kept hungry.
        r"(?:gets?|got|is|was|being|are|were|keeps? getting) (?:locked|shut) (?:in|out|outside|inside) (?:of )?(?:the |a |his |her "
        r"|their )?(?:shed|cupboard|garage|cellar|basement|room|bedroom|garden|yard|car|bathroom|toilet)\b"
        r"|(?:boy|girl|child|kid|pupil|little one|toddler)\b.{0,30}\b(?:told|tells|said|says|showed)\b(?: (?:me|us|my \w+|the teacher)\b)?"
        r".{0,60}\b(?:locked|hits?|hurts?|beats?|kicks|punch\w*|slap\w*|touch\w*|burn\w*|starv\w*|no food|not allowed to eat"
        r"|hungry|tied|bruise\w*|marks)\b|(?:shak\w*|shook) (?:the|their|his|her|a) baby",
    ),
    # Rape and sexual assault, told by the person it happened to or by someone close to them.
    "sexual violence": (
        r"raped?\b(?! crisis)|rapist|sexual(?:ly)? assault\w*|(?:forced|made|making) me (?:to )?have sex"
        r"|if i (?:dont|do not|wont|will not) (?:sleep|have sex) with (?:him|her|them)"
        r"|if i (?:sleep|slept|sleeps|have sex|had sex|go to bed) with (?:him|her|them)"
        r"|(?:dirty|sexual|rude) (?:messages|texts|pictures|pics|photos)|sending me (?:nudes|pictures of (?:his|her)|pics of (?:his|her))|(?:sending|sends|sent|send) me (?:\w+ )?(?:pics|pictures"
        r"|photos|selfies|videos|vids) of (?:him|her|them)sel(?:f|ves)"
        r"|(?:force[sd]?|forcing|makes?|pressures?|pressured|pressuring) me (?:to |into )?(?:have sex|sleep with|do sexual)"
        r"|(?:have|had|having) sex when i (?:dont|didnt|do not|did not) want|wants? sex (?:instead of|for) (?:the )?(?:rent|money)"
        r"|grab(?:s|bing|bed)? my (?:bum|bottom|breasts?|boobs|chest|crotch|privates)|cornered me|forc(?:es|ed|ing) himself on"
        r"|(?:no clothes on|naked|undressed)\b.{0,40}\bno memory|no memory\b.{0,40}\b(?:no clothes|naked|undressed)"
        r"|woke up (?:naked|with no clothes)|forces? me to do (?:stuff|things) (?:in bed|i dont want)"
        r"|woke up\b.{0,40}\b(?:naked|undressed|half dressed|no clothes|with(?:out)? (?:my |no )?(?:clothes|underwear|knickers|pants"
        r"|bra)|(?:my )?(?:clothes|underwear|knickers|pants|trousers|jeans|top) (?:off|gone|missing|removed|ripped|torn))"
        r"|(?:clothes|underwear|knickers|pants|trousers|jeans) (?:off|missing|gone|ripped|torn)\b.{0,60}\b(?:(?:cant|can not|cannot"
        r"|dont|do not|couldnt) remember|no memory|blacked out|spiked|passed out)"
        r"|(?:force[sd]?|forcing|makes?|made|making|pressures?|pressured|pressuring) (?:her|him|them) (?:to |into )?(?:have sex|sleep with"
        r"|do (?:sexual|sex) (?:stuff|things|acts|favours)|do sexual)|(?:sexual|sex) (?:stuff|things|favours) (?:to keep|for)"
        r" (?:my|her|his|their) (?:job|shifts|hours|visa|reference)"
        r"|touch(?:es|ed|ing) me (?:up|inappropriately|in a sexual way|where)"
        r"|touch(?:es|ed|ing)? my (?:bum|bottom|breasts?|boobs|chest|crotch|privates|thighs?)"
        # "if i want a good reference i have to send him nudes", "someone spiked me and did something to me".
        r"|(?:send|sending|sent) (?:him|her|them) (?:nudes|naked (?:pics|pictures|photos))|(?:asks?|asked|wants?) (?:me )?for nudes"
        r"|spiked (?:me|my drink)|(?:did|done) something to me\b.{0,40}\b(?:remember|woke|spiked|drunk|drink)"
        r"|(?:spiked|woke up)\b.{0,60}\b(?:did|done) something to me"
        r"|(?:comes|came|goes|creeps|sneaks) (?:in|into) (?:her|his|my|their) (?:room|bed) at night"
        # Grooming: "a teacher keeps messaging me late at night saying im pretty", "says not to tell anyone, he buys
        # me stuff"; and "someone touched me on the bus".
        r"|(?:teacher|tutor|coach|older (?:guy|man|boy|lad)|grown (?:man|up)|adult)\b.{0,60}\b(?:messag\w*|texts?|dms?|snaps?)\b"
        r".{0,60}\b(?:pretty|fit|hot|sexy|gorgeous|beautiful|meet up|not to tell|secret)"
        r"|(?:says|said|told me) (?:not to tell|to keep it (?:a )?secret)\b.{0,60}\b(?:buys|bought|gives|gave|meet)"
        r"|(?:buys|bought) me (?:stuff|things|presents)\b.{0,60}\bnot to tell"
        r"|(?:sent|shared|posted|leaked) my (?:pics|pictures|photos|nudes)|(?:someone|a man|a guy|a stranger|he) touched me\b(?! up)",
    ),
    # Sexual harassment: touching, sexual jokes or comments ("a senior nurse keeps touching my waist and making sex
    # jokes"). At work it is the employer's to stop (kinds() says so); elsewhere it is the help for sexual violence.
    "sexual harassment": (
        r"(?:sex|sexual|sexist|dirty|smutty|pervy) (?:jokes|comments|remarks|innuendos?)|(?:comments|remarks) about my (?:body|bum"
        r"|boobs|breasts|legs|figure|chest)|touch(?:es|ed|ing)? my (?:waist|legs?|knees?|hair|back|hips?|neck|face)"
        r"|(?:rubs|rubbed|rubbing|brushes|brushed|brushing|presses|pressed) (?:himself |herself |up )?against me"
        r"|sexual(?:ly)? harass\w*|(?:keeps|kept) (?:trying to )?(?:kiss|hug)(?:ing)? me|tried to kiss me",
    ),
    # Going hungry: "i havent eaten in two days".
    "no food": (
        r"(?:i|ive|i have|we|weve|we have) (?:havent|have not|not) (?:eaten|had (?:any(?:thing)? )?(?:food|to eat))"
        r"|(?:i|we) (?:cant|cannot|can not) afford (?:food|to eat)|(?:i|we) (?:need|have to use) (?:a )?food ?bank"
        r"|(?:we|i) (?:havent|have not|aint|dont have|do not have) (?:got )?(?:any )?food|(?:theres|there is) no food (?:at home|in the house)"
        r"|(?:i|we) (?:have|got|have got|ve got) no food|(?:never|hardly ever|isnt|is not|aint) (?:any |ever any )?food (?:at home|in the house|in the fridge)|(?:have|ve) had nothing to eat|nothing to eat since"
        r"|(?:cant|cannot|can not) afford (?:my |the |our )?(?:electric|electricity|gas|heating)\b"
        r"|(?:gas|electric|electricity|heating) (?:has |have )?(?:run out|gone off|been cut off)|kids are (?:freezing|shivering|starving)",
    ),
    # Low mood told in everyday words: "i hate my life", "i cry every day after my shift".
    "feeling low": (
        r"(?:really |very )?bad days|(?:everyone|they all|people) (?:says?|thinks?|tells? me) (?:im|i am) (?:thick|stupid"
        r"|useless|worthless|a failure)"
        r"|hate my life|(?:cant|cannot|can not) stop crying|cry(?:ing)? (?:every|each|all) (?:day|night|the time)"
        r"|(?:i feel|i am|im|feeling) (?:so |really |very )?(?:low|down|depressed|lonely|alone|empty|numb|hopeless"
        r"|worthless)\b(?! (?:pay|paid|wages?|at)\b)|(?:^|\bi |\bive |\bim )(?:\w+ )?(?:feel|feeling|been) (?:so |really |very )?(?:low|lonely|hopeless"
        r"|worthless|empty|numb)\b(?! (?:pay|paid|wages?|at)\b)|(?:i have|ive got|i got) no friends|i hate everything"
        r"|my life is (?:rubbish|crap|shit|awful|pointless|a mess|falling apart)"
        r"|(?:job|work|it|this) is making me (?:depressed|ill|miserable)|(?:feel|feeling) like a waste of space"
        r"|nothing matters(?: any ?more)?|everything(?:s| is) pointless|cant be bothered with anything"
        r"|(?:whats|what is) the point (?:in|of) (?:trying|anything|it all)"
        r"|useless at everything|(?:everything|it all|life) (?:feels|seems|is) (?:so |really |just |completely )?hopeless"
        r"|nothing ever (?:works out|goes right) for me"
        # "feel so down lately i cant get out of bed", "nobody visits... cant face going out".
        r"|^(?:feel|feeling|been feeling) (?:so |really |very )?(?:down|low|lonely)\b(?! (?:pay|paid|wages?|at)\b)"
        r"|(?:cant|can not|cannot) (?:get out of bed|face (?:going out|anyone|people|leaving the house|the world))"
        # "i barely get out of bed and dont talk to anyone for days", "no friends, very sad every day".
        r"|(?:barely|hardly|never|cant be bothered to) (?:get|getting) out of bed(?! (?:before|till|til|until|on|after|in the"
        r"|at|for|when|after))(?!.{0,40}\b(?:nights?|night shifts?|shifts?|days off)\b)"
        r"|(?:dont|do not|never|havent|have not) (?:talk|talked|spoken|speak) to (?:anyone|anybody|a soul) for (?:days|weeks)"
        r"|(?:so |very |really )?sad (?:every ?day|all the time|every night|most days)|no friends\b.{0,30}\b(?:sad|lonely|alone)"
        r"|(?:feel|feeling|felt) (?:so |really |very )?(?:alone|isolated) (?:all the time|every day|most days)"
        r"|(?:havent|have not|not) (?:spoken|talked) to anyone (?:outside|for|in)|(?:eat|have|spend) (?:my )?lunch in the toilets?"
        r"|no heart for anything|(?:i have|ive got|i got|got) no friends"
        r"|(?:nobody|no one|noone) (?:ever )?(?:visits(?: me)?|comes round|talks to me|calls me|rings me)\b(?! back)"
        r"(?! (?:him|her|them|my|the|dad|mum|residents?))",
    ),
    "someone being harmed": (
        # Neglect or cruelty by staff: "staff leave residents in bed all day and shout at them".
        r"(?:leave|leaves|left|leaving) (?:the )?(?:residents?|clients?|patients?|them|him|her) in bed all day"
        r"|(?:staff|carers?|nurses?|seniors?)\b.{0,30}\b(?:shout|shouts|shouting|scream|screams|swear|swears) at (?:the )?"
        r"(?:residents?|clients?|patients?|service users?|them)\b"
        # "one of the staff keeps calling residents horrible names and tipping them out of bed really rough".
        r"|(?:staff|carers?|nurses?|seniors?|colleagues?)\b.{0,30}\bcall(?:s|ing)? (?:the )?(?:residents?|clients?|patients?)"
        r" (?:\w+ )?names|(?:tipping|throwing|pulling|dragging) (?:the )?(?:residents?|clients?|patients?|them|him|her) out of bed",
        # Control by a partner: money, work, friends, phone.
        r"(?:wont|will not|doesnt|does not|dont|do not|never) let me (?:work|have a job|get a job|have (?:any )?money"
        r"|see (?:my )?(?:friends|family|kids|children)|go out)|takes? (?:all )?my (?:money|wages|card)"
        r"|controls? (?:all )?(?:my|the|our) money|(?:is|so|really) controlling|tracks my (?:location|phone)"
        r"|checks my phone",
        # Put down at home: "my dad says im useless and ill never get a job".
        r"(?:mum|mom|mam|dad|father|mother|parents|step ?dad|step ?mum|teacher|teachers) (?:says|said|tells me|told me"
        r"|calls me|keeps saying|keep saying)"
        r" (?:(?:im|i am|that im|that i am|i\s?m) (?:useless|worthless|stupid|a failure|a waste of space|nothing|a disgrace)"
        r"|(?:that )?(?:i will|ill|i\s?ll) (?:never (?:be anything|amount to anything|be anybody|get anywhere)|fail))",
        # Sexual harassment or assault.
        r"touched me\b|grop(?:ed|es|ing)|sexual(?:ly)? harass\w*|comments about my body",
        r"i was (?:attacked|assaulted|beaten up|mugged|stabbed|punched|jumped)\b"
        r"|(?:being|been|am|is|are|getting|(?<!can you )(?<!could you )(?<!do you )(?<!can staff )(?<!can carers )(?<!nurses )(?<!carers )"
        r"(?<!workers )(?<!staff )get|got) "
        r"(?:hurt|hit(?! (?:and|or) miss)|abused|beaten|attacked|threatened|bullied|"
        r"assaulted|raped|groomed|exploited|kicked(?! out\b)|punched|slapped|pushed(?! into\b))",
        r"touch(?:ed|es|ing) (?:me|her|him|them|residents?) (?:inappropriately|sexually|where|there)"
        r"|(?:inappropriately|sexually) touch\w*",
        rf"(?:hurts|hurting|hits|hitting|beats|beating|abuses|abusing|grabs|grabbing|touches|touching|threatens|"
        rf"threatening|scares|kicks|kicking|punches|punching|slaps|slapping|shoves|shoving) {_PERSON}(?! out\b)",
        # Said in the past tense of someone close: "my husband hit me last night".
        rf"(?:my|her|his) {_RELATIVE} (?:has |just )?(?:hurt|hit|beat|beaten|strangled|choked|attacked) (?:me|her|him|us)\b",
        # Pushing people in beds and wheelchairs is a porter's job.
        rf"(?:pushes|pushing) {_PERSON}(?!.{{0,30}}\b(?:beds?|wheelchairs?|trolleys?|chairs?)\b)",
        rf"(?:shouts|shouting|shouted|screams|screaming|screamed|yells|yelling|yelled|swears|swearing) "
        rf"(?:at {_PERSON}|in (?:her|his|their|my|your) face)",
        # A threat of harm: "he'll hurt me if I go out to work".
        r"(?:hell|he will|shell|she will|theyll|they will|(?:he|she|they)(?:s| is| are)? (?:going to|gonna)"
        rf"|threatens? to|threatened to|threatening to) (?:hurt|hit|kill|beat|harm) (?:me|us|her|him|them|my "
        rf"(?:kids|children|baby|{_RELATIVE}))",
        rf"rough with {_PERSON}|(?:locks|locked|locking) (?:her|him|them|residents?|my \w+) (?:in|up)\b"
        r"|(?:tied|ties|tie|tying) (?:her|him|them|residents?) (?:up|down)\b",
        r"abus(?:e|ed|ing|ive)\b|domestic (?:violence|abuse)|raped?\b|sexual(?:ly)? (?:assault|abuse)\w*|assaulted",
        r"neglected|neglecting|(?:signs of|suffering|victim of|facing) neglect|harming|slapp?\w*|punch(?:ed|ing|es)?\b|kick(?:ed|ing) (?:me|her|him|a resident)(?! out\b)",
        r"(?:steal|steals|stealing|stole|takes|took|taking|taken) (?:money|cash|things|stuff|\w+ bank card) (?:out of|from)",
        r"(?:steal|steals|stealing|stole|takes|took|taking|taken|using|uses|spending|spends) (?:all )?(?:his|her|their|my \w+s?) "
        r"(?:money|cash|savings|pension|bank card|card|benefits)",
        r"stealing from|steals from|financial abuse",
        r"(?:left|leave|leaves|leaving|lying|sitting|sat) (?:\w+ )?(?:in|on) (?:a |her |his |their )?(?:wet|soiled|dirty) "
        r"(?:bed|clothes|pad|sheets)",
        r"(?:pressure|bed) sores|getting sores|bruises? (?:on|all over)|covered in bruises|unexplained bruis\w*",
        r"(?:not|isnt|is not|arent|are not|never|hardly) (?:being )?(?:feeding|fed|washing|washed|turning(?! up)|turned(?! up)|"
        r"changing|changed|given (?:food|water|a drink|(?:her|his|their) (?:meds|medication|medicine)))"
        r"(?: (?:her|him|them|properly|enough))?",
        r"(?:nobody|no one|noone) (?:turns|feeds|washes|changes|checks on|helps) (?:her|him|them|me|us)",
        r"\b(?:hit|strangled|choked|throttled|strangles|chokes|bit) (?:me|her|him|them|my \w+)\b(?! (?:up|back|with))",
        # (Not an account: "it's locked me out of my journal".)
        rf"{_NOT_A_LOGIN}(?:locks?|locked|locking) (?:me|us|her|him|them|residents?|my \w+) (?:in|up|out)\b"
        r"|(?:keeps?|kept|keeping) (?:a |the )?(?:resident|patient|client|service user|lady|man|woman) locked (?:in|up)",
        r"(?:doesnt|does not|dont|do not|wont|will not|never) (?:let|lets) (?:me|us|her|him|them) (?:eat|leave|go out|out)",
        r"(?:leaves?|left|leaving) (?:me|us|them|her|him)(?: and (?:my )?\w+(?: \w+)?)? (?:alone |on (?:my|our|their) own )"
        r"(?:for days|all night|all day|overnight)",
        r"(?:dont|do not|doesnt|does not|never|arent|are not|isnt|is not) (?:\w+ )?(?:feed|feeding|fed) "
        r"(?:him|her|them|us|me)\b|no food in the (?:house|flat)",
        r"controls? (?:all )?(?:my|her|his) (?:money|phone|bank)",
        r"\b(?:tie|ties|tied|tying|strap|straps|strapped) (?:a |the )?(?:\w+ )?(?:to|in) (?:her|his|their|a|the) (?:chair|bed)",
        r"(?:saw|seen|watched|witnessed|caught)\b.{0,50}\b(?:hit|hitting|slap\w*|push|pushing|shove\w*|kick\w*|drag\w*"
        r"|punch\w*|pinch\w*|hurt|hurting)\b",
        r"(?:kept|keeping|keep|living) in (?:a|the) (?:shed|garage|cellar|basement|cupboard)",
        r"(?:took|taken|takes|keeps|kept) (?:our|my|their) (?:passports|wages)|says i owe (?:him|her|them)",
        r"sedat\w+ (?:to keep|when they dont|residents|them)|(?:gives|giving|gave) (?:\w+ )?sedatives",
        r"look(?:s|ed)? (?:starved|starving)|crying all night",
        r"if i (?:tell|told) (?:anyone|anybody|someone|the police|my mum|what|you)|what he does to me",
        r"(?:in bed|in (?:her|his) chair) all day without|without (?:water|food|a drink) (?:all|for)",
        r"(?:throws?|threw|throwing) (?:things|stuff|\w+) at (?:me|her|him|us)",
        r"(?:being|been|is being) forced|forcing (?:her|him|me|them) to",
        r"(?:made|makes|making) me do (?:stuff|things|it) for (?:money|him)",
        r"laughing at (?:a |the )?(?:resident|patient|client|service user)|filming (?:him|her|them|residents?|a resident)"
        r"(?: while| naked|$)",
        r"send (?:him |her |them )?(?:pictures|pics|photos|nudes)|(?:asking|asks|asked) (?:me |him |her )?for (?:pictures|pics|nudes"
        r"|photos)",
        r"left hungry|losing weight (?:fast|quickly)",
        r"hides? (?:my|her|his) (?:meds|medication|tablets|insulin)|(?:wont|will not) let me (?:take|have) (?:my )?(?:meds|medication)",
        r"marks on (?:his|her|their|my) (?:back|arms|legs|face|body|neck)|finger ?marks|black eye",
        r"(?:grab|grabs|grabbed|grabbing) (?:her|him|them|me) (?:by|round)",
        r"(?:in|with) (?:wet|soiled|dirty) (?:pads|sheets|clothes|bed)",
        r"comes? in(?:to)? my (?:room|bed) at (?:night|nite)",
        r"(?:drags?|dragged|dragging) (?:a |the )?(?:residents?|people|her|him|them|patients?|clients?|man|woman|lady|person)|(?:pushed|shoved|threw) (?:her|him|them|me|my \w+)"
        r" (?:down|into|against|out)",
        r"(?:hasnt|has not|havent|have not|not) (?:been )?(?:fed|eaten|had a drink|had anything to eat)"
        r"(?: properly)? (?:for|since|in)|(?:hasnt|has not|havent|have not) (?:let|lets) (?:me|her|him) eat",
        r"(?:left|leaves|leaving|be left) (?:\w+ )?alone (?:all weekend|all night|for (?:hours|days|the weekend))"
        r"|(?:no|without) food\b.{0,20}\b(?:never home|alone)",
        r"(?:keep|keeping|kept) quiet about|told (?:me )?(?:to keep|not to say)",
        r"(?:has|got) nothing to eat|(?:takes|took|taking) (?:his|her|their|my \w+s?) (?:pension|benefits|money) "
        r"(?:every|each)|leaves (?:him|her|them) with nothing",
        r"(?:banging|shouting|screaming)\b.{0,30}\b(?:every night|all night)|screaming every night",
        r"too scared to (?:leave|go home|tell)|(?:sending|send|taking|take) me abroad\b.{0,30}\bmarr",
        r"cigarette burns|burns on (?:his|her|their) (?:arms|legs|body)|(?:pinched|slapped|kicked|punched) (?:a |the )?"
        r"(?:resident|patient|client|service user|her|him)",
        r"(?:in|left in) (?:the|a) car for hours|(?:extra|more) sedation|(?:hiding|hidden|crushing) (?:meds|tablets|"
        r"medication) in (?:\w+ )?food",
        r"bruises all the time|(?:her|his|my) (?:dad|mum|stepdad|step dad|partner|boyfriend) does it",
        r"(?:sore|bed sore|pressure sore) (?:down )?to the bone|nobody has reported|not (?:been )?reported",
        r"giving (?:my |her |him |them |kids |children )?(?:\d+ year old )?(?:\w+ )?drugs|lifts in his car",
        r"hit (?:his|her|their) head|dont give (?:residents|them|people) (?:drinks|water|food)",
        # "staff not give him food properly, he lose weight".
        r"(?:staff|carers?|nurses?|they|home)\b.{0,40}\b(?:not|dont|do not|doesnt|does not|never|arent|are not|wont)"
        r" (?:give|giving|feed|feeding|gives) (?:him|her|them|my \w+|residents|people|the residents) (?:\w+ )?(?:food|meals|enough to eat"
        r"|anything to eat|drinks?|water)\b",
        r"havent eaten since|calls them (?:animals|names)|pushes (?:the )?(?:\w+ )?(?:residents|people|them) around",
        r"left (?:alone|on (?:his|her|their) own|home alone)\b.{0,20}\b(?:all day|all night|no food|hungry|for days)"
        r"|older (?:guy|man|men|lad|lads|boy)\b.{0,40}\b(?:buys|bought|gives|gave|parties|party|lifts|wants me)"
        r"|(?:is|im|i am|shes|hes) 1[0-5]\b.{0,30}\b(?:boyfriend|girlfriend) is (?:1[89]|[2-9]\d)\b"
        r"|(?:making|made|make|makes|forcing|forced) (?:(?:me|him|her|them) |my (?:\w+ ){1,2}?)(?:to )?(?:carry|sell|deliver|hold|move|take) "
        r"(?:drugs|stuff|packages|weed|bags)|county lines"
        r"|(?:attack|attacks|beat up|beats up|gang up on|ganging up on) (?:me|him|her)\b|beat(?:s|ing)? (?:me|him|her) up\b"
        r"|(?:hasnt|has not|havent|have not|didnt|did not) (?:come|been) (?:back )?home (?:for|in|since)"
        r"|no (?:adults?|grown ?ups?|parents?) (?:at home|in the house|here|since)|(?:get|got|are|were|been) locked in (?:our|my|the) "
        r"(?:room|bedroom|house)|showed (?:her|him|me|them|us) his (?:private parts|privates|penis|willy|thing)"
        r"|(?:has|got|have) my (?:nudes|pics|pictures|photos)\b|(?:post|share|send) (?:them|my \w+) unless|unless i pay\b"
        r"|(?:its|it is|keep it) (?:our|a) (?:little )?secret|(?:messaging|messages|texting|dming) me\b.{0,30}\b(?:secret|dont tell)"
        r"|(?:share|post|send) (?:them|my pics|my pictures|the pics|the pictures)\b.{0,20}\bif i (?:dont|do not|wont)"
        r"|(?:online|on snap(?:chat)?|on insta(?:gram)?|on tiktok)\b.{0,30}\bwants? me to (?:meet|send|come)"
        r"|(?:not|dont|never) (?:to )?tell (?:my|your) (?:mum|mom|mam|dad|parents)"
        r"|(?:says|said|told me) (?:a|the|one of the) (?:carers?|staff|nurses?|workers?) (?:did it|hit|hurt|hits|hurts)"
        r"|"
        r"left alone for (?:\d+|two|three|a few|several) days|(?:leaves|left) my (?:baby |little )?(?:sister|brother|kids?)"
        r" with me for days",
        r"threatened to (?:put|send|kill|hurt|take)|(?:hell|shell|he will|she will) kill (?:my|me)",
        r"taking (?:residents|their|her|his|clients) money|(?:takes|took) (?:residents|clients) money"
        r"|made to hand (?:her|his|their) (?:benefits|money)",
        r"sit(?:s|ting)? on (?:a |the )?(?:residents?|patients?|clients?)|sat on (?:a |the )?(?:residents?|patients?|her|him)"
        r"|hold (?:him|her|them) down",
        r"(?:forgets|forgot|never remembers) to feed|always hungry|no food in\b",
        r"sedated all the time|like a zombie|left on the (?:toilet|commode) for",
        r"(?:hits|hit) (?:mr|mrs|the|a) (?!wall\b|brick wall|rough patch|dead end|low\b)\w*|hits (?:their|the|her|his) baby",
        r"taunting|filming (?:it|them|her|him)|abroad to (?:get married|marry)",
        r"without (?:water|drinks|a drink)\b|lips are cracked|going without (?:drinks|food|water)",
        r"(?:soaked|soaking|sat|lying) in (?:wee|urine|poo|their own)|same pad since|pad (?:all|since)",
        r"bruises (?:all )?(?:up|over|on) (?:her|his|their) (?:arms|legs|face)|looked like (?:she|he)s starving",
        r"takes all my (?:wages|money)|checks my phone|wont let me see my (?:friends|family)",
        r"(?:hasnt|has not|havent|have not) been given (?:any )?(?:food|drink|water|his meds|her meds)",
        r"nobody did (?:her|his|their) calls|(?:missed|no) calls? (?:since|for)",
        r"older men\b.{0,30}\b(?:picking (?:her|him) up|cars)|(?:come|comes|came) home with money",
        r"keeps my passport|(?:cant|can not|wont let me) leave\b(?! (?:him|her|them|my \w+) (?:long|for long|alone|on (?:his|her"
        r"|their) own|before|until|till|after|at home))",
        r"no heating|bedding (?:hasnt|has not) been changed",
        r"kicked (?:the|my) door in|turning up at my (?:house|flat|door)",
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
        r"(?:smell|stench) (?:coming )?from (?:\w+ ){0,3}(?:flat|house|door|room)|(?:post|mail|milk|milk bottles) "
        r"(?:is |are )?piling up|(?:hasnt|has not|not) (?:collected|taken in) (?:his|her|the) (?:post|mail|milk)",
        r"(?:not|hasnt|has not|havent|have not|isnt|is not|arent|are not) (?:been )?(?:answered|answering|replied|replying|"
        r"picking up|picked up|responded|responding)(?: to)? (?:my |our |her |his )?(?:calls|texts|messages|phone|me)\b",
        r"(?:not|havent|have not|nobody has|no one has) heard from (?:her|him|them|my \w+)",
        r"(?:nobody|no one|noone) (?:is )?answer\w*|(?:wont|will not|didnt|did not) (?:come to|answer) the door",
        r"heard a (?:thud|bang|crash|scream)",
        r"(?:cant|can not|cannot) (?:reach|get hold of|get through to|contact) (?:her|him|them|my \w+)",
        r"(?:not been seen|not seen (?:him|her|them)|hasnt been seen) (?:all week|since)",
        r"(?:in|for) (?:two |three |four |a few |several |\d+ )?days\b.{0,20}\b(?:not like (?:her|him)|worried)"
        r"|not like (?:her|him|them)\b",
        r"(?:phone|it) (?:just )?rings out|(?:no answer|nobody in|no one in),? (?:lights|tv|telly) on"
        r"|key ?safe (?:is )?empty",
        r"(?:texted|rung|rang|called|tried) (?:and (?:rung|rang|called) )?(?:her|him|them) all (?:weekend|day|week)",
        r"barking (?:non ?stop|all day|all night) for|(?:didnt|did not|hasnt|has not) (?:open|opened) the door",
        r"(?:hasnt|has not|not) been there for days|not answering for (?:\d+|two|three|a few) days|flat is all dark",
        r"(?:telly|tv) on all night|(?:hasnt|has not) replied to (?:anyone|me|us)",
        r"not replied to (?:anyone|me|us)|(?:hasnt|has not|not) picked up (?:in|for|since)|(?:didnt|did not) pick up\b",
        r"(?:keys|key) (?:still )?in the lock|straight to voicemail|(?:front )?door (?:was |is )?wide open",
        r"(?:didnt|did not|hasnt|has not) (?:ring|rung|call|called) at (?:her|his|their) usual time|not at home for",
        r"(?:she|he|they|shes|hes|theyre)(?: is| are)? not answering\b",
        r"(?:wandered off|has gone missing|gone missing|went missing)\b",
        r"(?:texted|sent|messaged) (?:me )?(?:a )?goodbye\b.{0,40}\b(?:wont|not|isnt|doesnt|will not) (?:answer|pick|reply)",
    ),
    # Forced work: a passport taken, work forced on someone, a debt for the job or the visa.
    "exploitation at work": (
        r"(?:took|taken|take|kept|keeps|keep|keeping|hold|holding|holds|has got|have got|wont give (?:me|her|him|them) back) "
        r"(?:away )?(?:my|her|his|their|our) passports?",
        # A threat that keeps someone in the job: "if I leave, police will take me".
        r"(?:says?|said|tells? (?:me|her|him|them|us)|told (?:me|her|him|them|us)|threaten\w*)\b.{0,40}\bif (?:i|she|he|"
        r"they|we) (?:leave|leaves|quit|quits|go|goes|run|runs)\b.{0,30}\b(?:police|home office|"
        r"immigration|deport\w*|arrest\w*)",
        r"(?:made|forced|making|forcing|being made|being forced) to work\b.{0,40}\b(?:hours|days a week|for nothing"
        r"|no pay|without pay|unpaid|cant leave|not allowed to leave)",
        r"(?:owe|owes|owing) (?:them|the agency|the boss|the sponsor|my sponsor|the employer) (?:money|thousands|£?\d[\d,]*"
        r"|for the "
        r"(?:visa|job|flight|sponsorship))|debt bondage|modern slavery(?! (?:statement|act|policy|policies|training|awareness|lead|champion))|trafficked"
        r"|(?<!helping )(?<!support )(?<!supporting )(?<!with )trafficking(?! survivors| victims)"
        # Wages taken, many to a room, a debt to leave: "boss take all our salary and give small cash, we live in
        # his house 6 in one room", "must pay back 12000 or they send him home", "says i owe him for the flight".
        r"|(?:boss|manager|agency|company|employer|owner|he|she|they|sponsor)\b(?: \w+){0,2} (?:take|takes|took|keep|keeps|kept)"
        r" (?:all |most |most of |half |half of )?(?:our|my|his|her|their) (?:salary|salaries|wages?|pay|money)\b"
        r"|\b\d+ (?:of us |people |men |women )?(?:in|to|sleep in|share) (?:one|a|1) room|(?:sleep|live|living) \d+ (?:in|to) (?:one|a) room"
        r"|(?:must|has to|have to|got to|needs? to) pay (?:back )?(?:them |him )?£?\d{3,}|pay back £?\d{3,}"
        r"|(?:make|makes|made) (?:her|him|them|me|us) pay (?:a )?£?\d{3,}(?: pounds?| pound)?(?: fee)?|sleeps? in the office"
        r"|workers? (?:are )?living (?:in|at) the back|(?:never|not) (?:allowed to )?go anywhere\b.{0,20}\b(?:scared|look)"
        r"|(?:look|looks|seem) scared and never go anywhere"
        r"|owe (?:him|her|them) for (?:the|my) (?:flight|visa|ticket|job|travel)|(?:not allowed|cant|cannot) (?:to )?talk to anyone\b.{0,40}\bowe",
        r"(?:report|reporting|call|calling|tell|telling) (?:me )?(?:to )?(?:immigration|the home office)\b.{0,20}\bif i"
        r"|(?:hasnt|has not|havent|have not) (?:paid|been paid)\b.{0,60}\b(?:immigration|home office|deport\w*)",
        r"never (?:gets|get) paid\b.{0,40}\b(?:drives|picks|takes) (?:her|him|them|me)"
        r"|(?:sleep|sleeping|live|living) in the (?:van|back of the van|car wash)"
        r"|(?:for|get|paid|pays|earn) £?[1-3] (?:pounds? )?(?:an|a|per) (?:hour|hr)"
        r"|(?:get|have) (?:me|us|her|him|them) deported|deport (?:me|us)|(?:get|getting|we get|paid) no (?:money|wages|pay)\b"
        r"|no money,? (?:just|only) (?:food|a bed)"
        r"|(?:people|of us|men|women) (?:sleep|sleeping|live|living|share|sharing) (?:in )?(?:one|1|a single|the same) "
        r"(?:room|bedroom)|(?:get|paid|earn|pays?|given) £ ?(?:[1-3]\d|[1-9]) (?:pounds? )?(?:a|per) day"
        r"|(?:made|make|makes|asked|forced) (?:me|us) (?:to )?pay (?:£ ?)?\d+k? (?:pounds )?(?:for|to get) (?:the |my |a )?"
        r"(?:sponsorship|visa|job|cos|certificate)"
        r"|(?:hold|holds|holding|kept|keep|keeps|took|taken|have got|has got) (?:my|our|her|his) (?:brp|brp card|id|id card"
        r"|identity card|residence permit|documents|papers)\b"
        r"|(?:we|i) (?:cant|can not|cannot|are not allowed to|arent allowed to|am not allowed to|not allowed to) leave\b"
        r"(?! (?:my|the|our|him|her|them|before|after|early|till|until|work|home|at|on|for|yet|it)\b)"
        r"|(?:cant|can not|cannot|not allowed to) leave (?:till|until) (?:i|we) (?:pay|paid|have paid)"
        r"|(?:keeps?|kept|took|taken|has|holding|holds) (?:my|our|her|his) (?:bank )?cards?\b.{0,60}\b(?:leave|owe|pay (?:it )?back)"
        r"|(?:take|takes|took|taking) (?:the )?rent (?:from|out of) (?:my |our |the )?(?:wages|pay)\b.{0,60}\b(?:£ ?\d\d? a week|cant leave)"
        r"|if (?:i|we) (?:complain|report|speak up|say anything|tell anyone)\b.{0,40}\b(?:visa|send (?:me|us) (?:home|back)|deport\w*)"
        r"|(?:[6-9]\d|1\d\d) hours a week for (?:£ ?)?(?:[12]\d\d|\d\d)\b",
        r"pocket money\b.{0,60}\b(?:live|living|sleep|sleeping|stay|staying) (?:in|at) (?:their|his|her|the (?:agencys|bosss))"
        r" (?:house|flat|home)|(?:keep|keeps|kept|take|takes|took) (?:all |most of )?(?:the |our )?(?:money|wages|pay) (?:we|i) (?:earn"
        r"|make)\b.{0,60}\bpocket money",
        # Debt bondage in any words: "i owe the man who brought me to england... i work for him until it is paid".
        r"work(?:ing|s)? for (?:him|her|them|free|nothing|no money) (?:until|till|til|untill) (?:it is |its |the debt is |the money"
        r" is |i have |ive |i |we |it )?(?:paid|pay)"
        r"|(?:brought|bring|took|smuggled|got) (?:me|us|her|him|them) (?:to|into|over to|over here to|here to) (?:england|the uk|uk"
        r"|britain|this country|here)\b.{0,80}\b(?:owe|debt|pay (?:it |him |them )?(?:back|off)|work for (?:him|her|them))"
        r"|(?:owe|owes|owing) (?:the |a |my )?(?:man|woman|people|person|agent|gang|men)\b.{0,60}\b(?:money|debt|thousands|£|work for)"
        r"|(?:work|working|pay|paying) off (?:the|a|my|our|his|her) debt (?:to|for) (?:him|her|them|the)",
        # "the agency takes most of my wages", "I came for a care job but there is no job and they want money".
        r"(?:agency|boss|employer|sponsor)\b.{0,80}\b(?:takes?|keeps?|took|take) (?:most |all |half )?(?:of )?(?:my|our|their|her|his|the) "
        r"(?:wages|pay|money)|(?:came|come|moved) (?:to the uk |here |over )?for a (?:care )?job\b.{0,40}\b(?:no job|want(?:s|ed)? "
        r"(?:money|me to pay)|asking (?:me )?for money)",
    ),
    # Bullied at work: "my manager picks on me", "people at work are horrible to me".
    "bullied at work": (
        r"(?:manager|boss|supervisor|colleagues?|staff|people at work|team leader|senior|everyone at work)\b.{0,30}"
        r"\b(?:picks? on|picking on|horrible to|nasty to|mean to|bull(?:y|ies|ying)|ganging up on|gang up on|shouts at|shouting at"
        r"|yells at|screams at|swears at) me\b|(?:being|been|getting) bullied (?:at work|by (?:my )?(?:manager|boss|colleagues?"
        r"|staff|senior))"
        r"|racist (?:comments|remarks|jokes|names|slurs)\b.{0,40}\b(?:at work|unit|ward|shift|colleagues?|staff|senior|manager)"
        r"|(?:leaving|leave|left) me out\b.{0,60}\b(?:work|shift|colleagues?|staff)\b|\bwork (?:whatsapp|group chat)\b.{0,40}\babout me"
        # "the girls at my current job freeze me out and mock me in the group chat".
        r"|(?:freeze|freezes|freezing|froze|frozen) me out\b.{0,60}\b(?:job|work|shift|colleagues?|staff|team|group chat)\b"
        r"|\b(?:job|work|shift|colleagues?|staff|team)\b.{0,60}\b(?:freeze|freezes|freezing|froze|frozen) me out\b"
        r"|(?:posting|saying|writing) (?:things |stuff )?about me\b.{0,40}\bwork (?:whatsapp|group)"
        r"|(?:staff|colleagues?|manager|senior|people at work)\b.{0,40}\bracist (?:comments|remarks|jokes|names|slurs)"
        # "they call me names cos of my accent at work", "the other staff ignore me", "picked on since i told them
        # im pregnant, they keep cutting my hours".
        r"|call(?:s|ing)? me names\b.{0,40}\b(?:work|shift|manager|boss|staff|colleagues?)"
        r"|(?:work|shift|staff|colleagues?)\b.{0,40}\bcall(?:s|ing)? me names"
        r"|(?:other staff|the staff|colleagues|everyone|the others|the team)\b.{0,10}\b(?:ignore|ignores|ignoring|blank|blanks|exclude|excludes) me\b"
        r"|(?:picked on|being picked on|singled out)\b.{0,30}\b(?:at work|since i told|pregnant|because im)"
        r"|(?:since|because|cos|after) i told (?:them|my (?:manager|boss)) (?:im|i am|i was) pregnant"
        # "mocks me in front of everyone", "a whatsapp group slagging me off", "make fun of my english", "the senior
        # shouts me down", "i dread going in".
        r"|(?:mocks|mocking|mock|make fun of|makes fun of|making fun of|laugh at|laughs at|slag\w* me off|slagging me|shouts me down)\b"
        r".{0,60}\b(?:work|shift|ward|everyone|handover|in front of|english|accent)"
        r"|(?:manager|boss|supervisor|senior|nurses|staff|colleagues)\b.{0,60}\b(?:mock\w*|make fun|makes fun|slagging|shouts me down)"
        r"|dread (?:going in|going to work|every shift|my shifts?)|cry in the car before (?:every|each|my) shift",
        # "gives me the worst rotas on purpose and ignores me", "make me do all the cleaning and laugh at me", "threaten me
        # if i take sick day she sack me", "shout at me in front of residents".
        r"(?:manager|boss|supervisor|team leader|senior|nurse in charge|deputy|colleagues?|staff|others|seniors)\b.{0,40}"
        r"\b(?:ignores|ignoring|blanks|blanking|excludes|excluding) me\b"
        r"|(?:gives?|giving|puts?|putting) me (?:all )?(?:the )?(?:worst|hardest|crappiest|rubbish|dirtiest|heaviest|horrible)"
        r" (?:shifts|rotas?|jobs|work|residents|clients|runs|calls)\b.{0,30}\b(?:on purpose|every|always|for months|since|because"
        r"|cos|to punish)|(?:make|makes|made|making) me do all the (?:cleaning|dirty (?:jobs|work)|worst jobs|horrible jobs|hard work"
        r"|heavy work|jobs (?:no one|nobody) wants)"
        r"|(?:staff|colleagues|others|the team|seniors?|nurses|carers|manager|boss|everyone)\b.{0,60}\b(?:laugh(?:s|ing)? at me"
        r"|mock(?:s|ing)? me|make fun of me|makes fun of me|making fun of me|talk(?:s|ing)? about me behind my back)"
        r"|shout\w* at me in front of (?:the )?(?:residents|patients|clients|service users|staff|everyone|colleagues|the team"
        r"|families)|(?:sack|fire)\b.{0,6}\bme if i (?:take|have|call|go|am|phone|ring|get|book)"
        r"|if i (?:take|have|call in|call|get|book) (?:a |any )?(?:sick|time off|day off|holiday)\b.{0,40}\b(?:sack|fire)\w*"
        r"|threaten\w* (?:me )?(?:to sack|with the sack|the sack|to fire)",
    ),
    # Unsafe care at work that a worker sees: someone drunk on duty, a cover-up. Speak up now.
    "concern at work": (
        r"(?:drunk|smell(?:s|ing)? of (?:alcohol|drink|booze)|under the influence|high on (?:drugs|something)|off "
        r"(?:his|her|their) face)\b.{0,60}\b(?:work|shift|ward|meds|medication|medicines|residents?|patients?"
        r"|clients?|on duty|driving)",
        r"(?:colleague|nurse|carer|staff|manager|senior|team leader|doctor)\b.{0,40}\b(?:drunk|smell(?:s|ing)? of "
        r"(?:alcohol|drink|booze)|under the influence)",
        r"(?:not worth|no need|dont need to|do not need to) (?:report(?:ing)?|tell(?:ing)? anyone|writ(?:e|ing) it (?:up|down))"
        r"|told (?:me |us |staff )?not to (?:report|tell|say|write|record)|cover(?:ing|ed)? (?:it |this |that |things )?up"
        r"|(?:falsif\w*|fiddl\w*|faking|fake|made up) (?:the )?(?:records|notes|mar charts?|charts|care notes)"
        # Food that makes people ill, to save money: "keeps serving out of date food and one lady was sick".
        r"|serv\w* (?:\w+ )?out of date food|out of date food\b.{0,60}\b(?:sick|ill|poorly|vomit\w*)",
    ),
    # No roof tonight: the council's housing team, not the police or a crisis line, is who helps first.
    "nowhere to sleep": (
        r"(?:living|kipping) in (?:my|a|the|our) (?:car|van|tent)\b"
        r"|(?:sleeping|sleep|slept) (?:in the park|rough|on the streets?|in (?:a|my|the) car|in a tent|in a doorway"
        r"|outside tonight)|rough sleeper\b(?! (?:outreach|support|work))",
        # In few words: "no house, i sleep on street", "sleep outside 3 nights now", "i have no home".
        r"(?:sleep|sleeps|sleeping|slept|living|live|stay|staying) (?:on|in) (?:the |a )?(?:streets?|park|bus station|train station"
        r"|station|doorways?|bins?|underpass|subway|stairwell)\b|(?:sleep|sleeping|slept) (?:out|outside)\b.{0,20}\b(?:nights?|days|cold|week)"
        r"|^(?:no|got no|have no) (?:house|home|flat|room)\b|(?:i|we) (?:have|got|have got|ve got|has) no (?:house|home|flat|room"
        r"|where to live)\b(?! (?:visits?|care|calls?|help|working|insurance)\b)|(?:im|i am|were|we are) (?:\w+ )?homeless\b"
        r"(?! (?:people|person|charity|charities|outreach|service|services|sector|support|project|hostel|shelter|team|health))",
        r"(?:nowhere|no where|no place|nowhere safe) to (?:sleep|stay)(?! (?:in|at) (?:the|a) (?:care|nursing))"
        r"|(?:need|find|got|have|get) (?:somewhere|a place|a bed|anywhere) to (?:sleep|stay) tonight"
        r"|where (?:can|could|do|will|should) i (?:sleep|stay|go) tonight|(?:i have|ive got|ive|i got) nowhere to go\b(?! (?:with|in|for) (?:my|a|the) (?:career|job|life|degree))"
        r"|(?:is|are) (?:kicking|throwing|chucking) me out|evicting me|being evicted|(?:got|been|get|getting|was|were|are being|is being)"
        r" evicted\b(?!.{0,30}\b(?:years ago|in the past|when i was))|facing eviction|(?:in|sleeping in|sleep in|staying in|spend the night"
        r" in) (?:the|my|our|a) (?:car|van) (?:tonight|tonite|last night|now|again)\b"
        r"|(?:has|have|got) nowhere (?:else )?to (?:go|live|stay)\b"
        r"(?! (?:for|on|at|in|with|this|next|over|after)\b)|homeless (?:tonight|tonite|now|today|again)"
        r"|(?:will be|ill be|going to be|gonna be|about to be|be) homeless (?:on|by|from|tomorrow|this|next)"
        rf"|changed the locks|{_NOT_A_LOGIN}locked me out\b"
        r"|(?:dont|do not|no) (?:know|idea) where (?:ill|i ll|i will|im going to|im gonna|i can|well|we ll|we will|we can) (?:live|sleep|stay)\b"
        r"|sofa ?surf\w*\b.{0,60}\b(?:want(?:s)? me out|out by|kicking me out|have to leave|got to leave|gotta go|got to go"
        r"|have to go|need to go|must go|leave by)|(?:want|wants) me out by\b"
        r"|eviction notice|notice to quit|(?:have|got|need) to be out (?:in|by|on|of (?:my|the) (?:flat|house|room))\b"
        r"|(?:no|got no|have no) (?:address|fixed abode)\b.{0,60}\bwhere (?:do|can|will|should) i (?:sleep|stay|go)"
        r"|where (?:do|can|will|should) i (?:sleep|stay)\b(?! (?:on|during|at|in) (?:a |the )?(?:sleep ?in|night shift|shift|placement))"
        r"(?! of (?:my )?(?:account|phone|email|computer))|(?:have|got|has) to leave (?:the )?refuge|refuge\b.{0,40}\b(?:have to|got to|must) leave"
        r"|(?:sleeping|sleep|slept) on (?:a |my )?(?:friends?|mates?|cousins?|sisters?|brothers?) (?:sofa|couch|floor)\b.{0,40}"
        r"\b(?:wants? me out|kicking me out|have to leave|got to leave|asked me to (?:leave|go))|(?:got|been|just got) (?:kicked|thrown|chucked) out\b(?! of (?:college|school|uni|university|sixth form|class|lessons|the course|my course|the team|the pub|the club|the shop))",
        r"(?:kicked|thrown|chucked) (?:me )?out (?:of (?:the|my|our) (?:house|home|flat) )?(?:tonight|today|last night)"
        r"|(?:mum|mom|dad|parents?|family|landlord|partner|husband|wife|boyfriend|girlfriend|step\w+) (?:has |have |just )?"
        r"(?:kicked|thrown|chucked) me out\b",
    ),
    "in danger": (
        r"(?:says|said|threatens|threatened|told me)\b.{0,15}\b(?:will|ll|would|d|gonna|going to) (?:kill|stab|hurt|beat) me"
        r"|(?:get|getting|run|running|escape|escaping) away from (?:him|her|them|my (?:partner|husband|wife|boyfriend"
        r"|girlfriend|ex|dad|mum|family))|(?:be |keep |stay |feel )?safe from (?:him|her|them|my \w+)"
        r"|somewhere safe (?:to go|to stay|i can go|i can stay)|in danger|not safe|unsafe|(?:scared|afraid|frightened|terrified) (?:for my (?:life|safety)|to go home)",
        rf"(?:scared|afraid|frightened|terrified) of (?:him|her|them|my {_RELATIVE}|the (?:carers?|staff|manager))",
        r"(?:im|i am|i feel) (?:so |really |very )?(?:scared|frightened|terrified)\s*$",
        r"(?:break|breaking|broke) (?:into|in to) (?:my|the|our) (?:house|flat|home|room)",
        r"outside (?:my|the|our) (?:door|house|flat|window)\b.{0,30}\b(?:shouting|banging|screaming)"
        r"|banging on (?:my|the|our) (?:door|window)",
        r"(?:following|followed|follows) me|(?:keeps|kept) pulling up|get in (?:the|his|their) car",
        r"(?:threatening|threatened|threatens) (?:staff|us|me|people|everyone|them)\b|(?:has|got|with|holding) a "
        r"(?:knife|gun|blade|weapon)\b(?! (?:crime course|skills))",
        r"throwing (?:stones|bricks|things|rocks) at|(?:bringing|bring|brought|brings|carrying|carries) a (?:knife|blade|gun|weapon)",
        r"drugged|spiked",
        r"(?:hiding|hid|im hiding) (?:in|at|from|under)",
        r"(?:knows|know) where i (?:am|live|work)|(?:hes|shes|theyre|he is|she is|they are|is) coming (?:round|over)\b"
        r"|coming (?:after me|for me|to get me)|posted my address",
        r"(?:attacking|attacked|hurting) (?:another|a|the) (?:resident|patient|client|person|service user)",
        r"trying to (?:get|break) (?:in|into)|trying the (?:back |front )?door|(?:still )?in the house\b.{0,20}\b(?:broke|break)"
        r"|broke in",
        r"going to (?:stab|kill|hurt|get|beat) me|(?:stab|shoot) me\b",
        r"(?:wont|will not|doesnt|does not) (?:stop|let me out|let me go)\b.{0,30}\b(?:car|van)|strangers car",
        r"burn the house down|(?:filling|petrol) (?:a )?can",
        r"trying my door|(?:door|window) handle at|smashed (?:my|the) (?:window|door)|in the garden\b.{0,20}\b(?:crowbar|knife)"
        r"|(?:theyre|someone is|somebody is|someones) in (?:my|the) (?:garden|house|flat)",
        r"blocking the door|(?:cant|can not|cannot) get out(?! of bed)|(?:grabbed|holding) my (?:wrist|arm)\b.{0,20}\b(?:wont|will not) let go",
        r"(?:outside|at my door)\b.{0,30}\bsomething to hurt|hes outside\b",
    ),
}
DISTRESS = re.compile(r"\b(?:" + "|".join(p for patterns in CUES.values() for p in patterns) + r")")
BY_KIND = {kind: re.compile(r"\b(?:" + "|".join(patterns) + r")") for kind, patterns in CUES.items()}
# Harm done to the person writing ("he hits me", "I'm being abused").
TO_ME = re.compile(
    r"\b(?:im|i am|i was|ive been|i have been|i get|i got|i keep getting) (?:being |getting )?(?:hurt|hit|abused|beaten"
    r"|attacked|threatened|bullied|assaulted|kicked|punched|slapped|pushed)|\b(?:hurts|hits|hit|beats|beat|abuses|kicks"
    r"|punches|slaps|pushes|shoves|threatens|scares|grabbed|grabs|hurt|attacked|touched|touches|groped|gropes"
    r"|pushed|shoved|punched|slapped|spat at|(?:will|ll|hell|shell|theyll|would|gonna|going to|threatening to|threatened to|threatens to) kill"
    r"|(?:rough|nasty) with"
    r"|chokes|choked|strangles|strangled"
    r"|touching|groping|hitting|harassing|bullying|threatening|(?:shouts|shouting|screams|yells|swears) at) me\b"
    r"|\bme\b.{0,30}\babus\w*"
)
# A worker hurt by someone they work for or with: "her boss hits her", "my manager keeps touching me".
BOSS_HURTS = re.compile(
    r"\b(?:manager|boss|supervisor|team leader|colleague|owner|deputy)s?\b.{0,25}\b(?:hit|hits|hitting|touch\w*"
    r"|grop\w*|harass\w*|bull(?:y|ies|ied|ying)|threaten\w*|shouts? at|slap\w*|kick\w*|punch\w*)"
)
# Abuse at home told of someone else: "her partner", "my friend's husband".
SOMEONE_ELSES_HOME = re.compile(
    r"\b(?:dad|father|step ?dad|mum|mother|mam)\b.{0,20}\b(?:hits|hurts|beats|kicks|punches|slaps|hit|hurt|beat)"
    r" (?:my|our) (?:mum|mom|mam|dad|mother|father)\b"
    r"|\b(?:her|his|their|(?:my |a )?(?:friend|mate|sister|brother|daughter|son|mum|dad|client|customer|colleague"
    r"|neighbour)s?) (?:\w+ )?(?:partner|husband|wife|boyfriend|girlfriend|ex)\b"
)
# By a partner or someone at home: a domestic abuse helpline fits best.
DOMESTIC = re.compile(
    r"\b(?:partner|husband|wife|boyfriend|girlfriend|bf|gf|ex|fiance|fiancee|domestic|controlling)\b"
    r"|\b(?:hits|hurts|beats|kicks|punches|slaps) (?:my|our) (?:mum|mom|mam|dad|mother|father)\b"
    r"|(?:wont|will not|doesnt|does not|dont|do not|never) let me|takes? (?:all )?my money|tracks my|checks my phone"
)
# A child telling of harm at home or school: "my uncle touches me", "my step dad hits me", "no food in the house".
YOUNG_WRITER = re.compile(
    r"\b(?:at school|in my (?:year|class)|my teacher|our secret|my step ?(?:dad|mum|mom)|my uncle|my parents?"
    r"|(?<!i have )(?<!ive got )(?<!i got )(?<!we have )no food in the house|im 1[0-7]|i am 1[0-7]|im only 1[0-7]"
    r"|my (?:mums|moms|mams|dads) (?:boyfriend|girlfriend|partner)|(?:not|dont|never) (?:to )?tell my (?:mum|mom|mam|dad"
    r"|parents)|after school|from school|my nudes|my (?:pics|pictures|photos)|(?:says|said|told me) if i (?:tell|told)|older (?:guy|man|lad)|(?:met|meet) (?:him |her )?(?:online|gaming|on (?:a game|snap\w*|insta\w*"
    r"|tiktok))|(?:send|sent) (?:him|her|them) (?:pics|pictures|photos|nudes))\b"
    r"|\bmy (?:mum|mom|mam|dad|father|mother|step ?dad|step ?mum) (?:will|is going to|keeps|might|is gonna) (?:hit|hurt|beat"
    r"|kick|punch|slap) me\b"
    # A parent hurting the one writing: most often a child ("my mum hits me when i say i want to do care").
    r"|\bmy (?:mum|mom|mam|dad|father|mother) (?:hits|hurts|beats|kicks|punches|slaps|says|tells|calls) (?:me|im|i am"
    r"|i will|ill|i\s?ll)\b"
)
# Someone who says they are a child: "im 13", "in year 8" (a parent "at work" does not make it a work matter).
CHILD_AGE = re.compile(
    r"\b(?:im|i am|im only|i am only) (?:1[0-7]|[5-9])\b|\b(?:in )?(?:year|yr) ?[5-9]\b|\b(?:im|i am) in (?:year|yr) ?1[0-3]\b"
)
WORK = re.compile(
    r"\b(?:(?:residents?|clients?|patients?)s? (?:son|daughter|husband|wife|family|relative|visitor)s?|at work|my work|my manager|my boss|my supervisor|my senior|my team leader|team leader|on shift|my shift"
    r"|colleagues?|staff|at the care home|at the home|(?:at|in) my (?:care |new |old )?job|my workplace|on placement)\b"
)
# Harm to someone a care service looks after, or by its staff: the council's safeguarding team and CQC.
IN_CARE = re.compile(
    r"\b(?:residents?|patients?|clients?|service users?|care home|nursing home|on shift|my shift|at work|my work"
    r"|staff|carers?|care workers?|support workers?|placement|the home|our home|house call|calls?)\b"
)
CHILD = re.compile(
    r"\b(?:child|children|kid|kids|baby|toddler|in my (?:year|class)|my mate|my friend"
    r"|(?:little|baby|younger|small) (?:brother|sister|bro|sis)|(?:is|aged|age|only) (?:1[0-7]|[5-9])|(?:[1-9]|1[0-5]) (?:year|yr)s? old)\b"
)
# A young child, wherever it happens (a nursery, the street): the help for a child at risk.
YOUNG_CHILD = re.compile(
    r"\b(?:little (?:girl|boy|one|lad)|toddler|baby|nursery|(?:boy|girl|kid|child) (?:on my street|next door)"
    r"|(?:about|only|aged) [2-9]\b|[2-9] (?:year|yr)s? old)\b"
)
MY_CHILD = re.compile(
    r"\bmy (?:baby|babies|kids?|children|son|daughter|toddler|little one)\b"
)  # a parent's own
HARM_KINDS = ("someone being harmed", "in danger")
MYSELF = re.compile(r"\b(?:my ?self|end (?:it|my life)|kill me)\b")
VOICES = re.compile(
    r"\bvoices\b|\bhearing (?:people|things)\b|\btalking to (?:people|someone) (?:who|that) (?:arent|are not|isnt)"
)
# Danger to me now from someone outside: followed, a weapon, someone at the door.
DANGER_NOW = re.compile(
    r"\b(?:following|followed|follows|stalking|stalks) me\b|\b(?:knife|gun|blade|weapon)\b"
    r"|\boutside (?:my|the|our) (?:house|door|flat|window)\b"
)
# Harms a child may tell of that are not in HARM_KINDS: a child telling is answered as one first.
CHILD_FIRST = ("no food", "sexual violence")
CARED_FOR = re.compile(
    r"\b(?:residents?|patients?|clients?|service users?)\b"
)  # the people a service looks after
CARED_FOR_HURT_ME = re.compile(
    r"\b(?:resident|residents|client|clients|patient|patients|service user|service users|man|lady|woman)\b.{0,20}"
    r"\b(?:hit|hits|kicked|kicks|punched|punches|bit|bites|scratched|scratches|attacked|attacks|hurt|hurts|slapped"
    r"|slaps|spat at|grabbed) me\b"
)
HE_OR_SHE = re.compile(
    r"^(?:he|she)\b|\b(?:he|she) (?:hits|beats|hurts|kicks|punches|slaps|chokes|strangles) me\b"
)
SUICIDE = "suicide or self-harm"
ATTACKED = "attacked"
HARASSED = "sexual harassment"
HARASSED_AT_WORK = "sexual harassment at work"
# Someone the person works or trains with, or a job at stake: "her manager", "to keep her job", "on my placement".
AT_WORK = re.compile(
    r"\b(?:manager|boss|supervisor|team leader|colleagues?|employer|senior (?:nurse|carer|staff)|nurse in charge|mentor"
    r"|assessor|on placement|my placement|placement|student nurse|apprentice\w*|keep (?:my|her|his|their) job|at work|on shift"
    r"|my shift|my job|her job|his job)\b"
)
# Signs that come with a panic attack; a medical cue beyond them ("collapsed") still comes first.
PANIC_SIGNS = re.compile(
    r"\b(?:cant|can not|cannot|struggling to|hardly|barely) breath\w*|heart (?:going|racing|pounding|beating)\w*(?: \w+)?"
    r"|chest (?:is |feels )?(?:tight|heavy)|shaking\b.{0,30}\bsweating"
)
# Someone still there, now: a break-in is danger first, before the help after a crime.
DANGER_HERE = re.compile(
    r"\b(?:still (?:in|here|there|outside|downstairs|upstairs)|right now|downstairs|upstairs|trying to get in"
    r"|outside (?:my|the|our) (?:door|house|flat|window))\b"
)
CHILD_RISK = "child at risk"
# A child is named: "toddler", "my 12 yr old cousin", "a boy at the primary school".
CHILD_IN_IT = re.compile(
    r"\b(?:toddlers?|bab(?:y|ies|ys)|child|children|childs|kids?|little (?:one|ones|boy|girl|lad|brother|sister)s?"
    r"|(?:young|little|small|school) (?:boy|girl|lad)s?|primary school|nursery|(?:1[0-5]|[1-9]) ?(?:yr|year)s? olds?"
    r"|(?:is|aged|age|only|im|i am|shes|hes|she is|he is) (?:1[0-5]|[1-9])|year (?:[1-9]|10)|under ?age|minors?|pupils?|(?:a|the) (?:boy|girl) (?:in|at|on|from)"
    r" (?:my|the|a) (?:class|year|school|placement|work experience|nursery))\b"
)
# What comes before a child at risk: someone's life in danger now.
MORE_PRESSING = ("overdose taken", SUICIDE, "swallowed something harmful", "medical emergency")
EXPLOITATION = "exploitation at work"
BULLIED = "bullied at work"
PHYSICAL = re.compile(
    r"\b(?:hit|hits|hitting|push\w*|shov\w*|kick\w*|punch\w*|slap\w*|attack\w*|grab\w*|touch\w*|beat\w*|strangl\w*"
    r"|chok\w*|threaten\w*(?!.{0,40}\b(?:sack|sacked|fire me|fired|disciplinary|warning|dismiss\w*)\b))\b"
)
# Thoughts of suicide or self-harm told about someone else, not the person writing.
SOMEONE_ELSE = re.compile(
    r"\b(?:worried about|concerned about|scared for|my (?:friend|mate|colleague|son|daughter|partner|husband|wife"
    r"|brother|sister|mum|dad|resident|client)|a (?:colleague|resident|client|friend|patient)|(?:she|he|they)(?:s| is| are"
    r"| has| have| keeps| said|ve| been)?\b.{0,20}\b(?:self ?harm|cutting|suicid|kill (?:her|him|them)sel))"
    r"|\bcuts on (?:his|her|their) |\b(?:the lad|the girl|the man|the woman|my customer|the customer)\b"
    r"|\b(?:service users?|residents?|patients?|clients?)\b.{0,30}\b(?:cutting|harming|hurting) (?:him|her|them)sel\w*"
    r"|\b(?:one of )?(?:our|the) (?:residents?|clients?|patients?|service users?)\b"
)
FIRST_PERSON_HURT = re.compile(
    # "my client told me she wants to kill herself" is about the client: "me" after "told" is the listener.
    r"\b(?:i|im|i am|ive|i have|i keep|i want|i feel|myself|(?<!told )(?<!tells )(?<!telling )(?<!to )me)\b"
    # Not the one helping: "the lad i'm seeing has fresh cuts".
    r"(?! (?:seeing|see|supporting|support|helping|help|working with|work with|looking after|look after|found|find|saw"
    r"|noticed|notice)\b).{0,25}"
    r"\b(?:die|dead|kill|end it|end my|hurt|harm"
    r"|cut|cutting|suicid)"
    # "a letter to my mum for when im gone": the writer is the one at risk.
    r"|\bwhen (?:im|i am|i m) (?:gone|dead|not here)\b"
    # "tbh i dont see the point of being alive but my mum wants me to apply": the mum is not the one at risk.
    r"|\bi (?:really |honestly |just )?(?:dont|do not|cant|can not|cannot) see (?:the|any) point\b"
    # Said without "I": "been cutting again and its getting deeper, im 15 and cant tell my mum".
    r"|^(?:been |keep |started |still )?(?:cutting|self ?harming)\b"
)


def in_distress(folded: str) -> bool:
    """True when folded text speaks of distress, harm or danger."""
    return DISTRESS.search(folded) is not None


def kinds(folded: str) -> list[str]:
    """What kind of urgent help the cue patterns say a message needs, most pressing first.

    The cue groups ("suicide or self-harm", "medical emergency", "sexual violence", "no food", "feeling low",
    "someone being harmed", "someone not seen",
    "exploitation at work", "concern at work", "in danger"), with thoughts of suicide told about someone else as "someone else at
    risk", and harm told apart as "child telling", "domestic abuse", "domestic abuse of someone else", "hurt
    by someone I care for", "harm to me at work", "harm to a worker", "harm to me", "harm in care" or "child
    at risk" where it says so. None when only the
    examples said it was urgent (urgent_help.py then gives the general help).
    """
    found = [kind for kind, pattern in BY_KIND.items() if pattern.search(folded)]
    if SUICIDE in found and SOMEONE_ELSE.search(folded) and not FIRST_PERSON_HURT.search(folded):
        found[found.index(SUICIDE)] = (
            "someone else at risk"  # "I'm worried about a colleague, she's self harming"
        )
    if CHILD_RISK in found:
        if not CHILD_IN_IT.search(folded):
            found.remove(
                CHILD_RISK
            )  # "asking her to sit in his car": no child named, so not the help for a child
        else:
            young_writer = CHILD_AGE.search(folded) or (
                YOUNG_WRITER.search(folded) and not WORK.search(folded)
            )
            first = [k for k in found if k in MORE_PRESSING]
            rest = [k for k in found if k not in (*MORE_PRESSING, CHILD_RISK, *HARM_KINDS)]
            return [*first, "child telling" if young_writer else CHILD_RISK, *rest]
    if "panic attack" in found and "medical emergency" in found:
        if BY_KIND["medical emergency"].search(PANIC_SIGNS.sub(" ", folded)):
            found.remove("panic attack")
            found.insert(
                found.index("medical emergency") + 1, "panic attack"
            )  # "...and now she has collapsed"
    if HARASSED in found:
        young_writer = CHILD_AGE.search(folded) or (YOUNG_WRITER.search(folded) and not WORK.search(folded))
        if "sexual violence" in found or young_writer or not (WORK.search(folded) or AT_WORK.search(folded)):
            # Assault, a child telling, or harassment away from work: the help for sexual violence says what to do.
            found[found.index(HARASSED)] = "sexual violence"
            found = list(dict.fromkeys(found))
        else:
            # "a senior nurse on my placement keeps touching my waist": the employer's or the placement's to stop,
            # not the council's adult safeguarding team.
            return [HARASSED_AT_WORK, *(k for k in found if k not in (HARASSED, BULLIED, *HARM_KINDS))]
    if (
        ATTACKED in found
        and not CARED_FOR.search(folded)
        and not (DOMESTIC.search(folded) and TO_ME.search(folded) and not WORK.search(folded))
        and not ("in danger" in found and DANGER_HERE.search(folded))
        # A child telling ("boys beat me up on the way home from school") or bullying at work ("they call me names
        # cos of my accent at work") has its own help.
        and not (CHILD_AGE.search(folded) or (YOUNG_WRITER.search(folded) and not WORK.search(folded)))
        and not (BULLIED in found and (WORK.search(folded) or AT_WORK.search(folded)))
    ):
        # Attacked, robbed or burgled by someone outside home and work ("a man hit me in the street", "someone broke
        # into my house while i was at work"): the police and Victim Support, with first aid if hurt.
        first = [k for k in found if k in ("overdose taken", SUICIDE)]
        return [*first, ATTACKED, *(k for k in found if k not in (*first, ATTACKED, *HARM_KINDS))]
    if ATTACKED in found and any(k in HARM_KINDS for k in found):
        found.remove(ATTACKED)
        found.append(
            ATTACKED
        )  # the harm below says who is hurt, and so who helps (a child telling: Childline)
    if BULLIED in found and not PHYSICAL.search(folded):
        # Shouted at or picked on at work, with no one hurt: what to do about bullying, not the police.
        return [BULLIED, *(k for k in found if k != BULLIED and k not in HARM_KINDS)]
    at_home = bool(DOMESTIC.search(folded) and TO_ME.search(folded) and not WORK.search(folded))
    if EXPLOITATION in found and at_home:
        # "husband keep my passport... he beat me": control by a partner is domestic abuse first.
        found.insert(0, "domestic abuse")
    if EXPLOITATION in found and "forced marriage" not in found and not at_home:
        # Made to work, a passport kept, a debt for the job: the exploitation helpline, whoever it happens to.
        return [EXPLOITATION, *(k for k in found if k != EXPLOITATION and k not in HARM_KINDS)]
    if (
        "mental health crisis" in found
        and SUICIDE in found
        and VOICES.search(folded)
        and not MYSELF.search(folded)
    ):
        # "the voices are telling me to hurt people": a mental health crisis first (NHS 111 option 2, 999).
        found.remove("mental health crisis")
        found.insert(0, "mental health crisis")
    if "sexual violence" in found and (WORK.search(folded) or AT_WORK.search(folded)):
        found.append("harm to me at work")  # groped by a manager: the employer must act too (Acas says how)
    young = bool(CHILD_AGE.search(folded) or (YOUNG_WRITER.search(folded) and not WORK.search(folded)))
    if young and any(k in CHILD_FIRST for k in found):
        # "im 13 theres never any food at home", "im in year 11 and a teacher keeps touching me": a child
        # telling, whatever the harm: Childline and a trusted adult first (the adults' lines come after).
        found.insert(0, "child telling")
    if "no food" in found and YOUNG_CHILD.search(folded) and not young and not MY_CHILD.search(folded):
        found.insert(0, "child at risk")  # "a boy on my street about 8... says theres no food at home"
    harmed = next((k for k in found if k in HARM_KINDS), None)
    if harmed is None:
        return list(dict.fromkeys(found))
    to_me = bool(TO_ME.search(folded))
    if (YOUNG_WRITER.search(folded) and not WORK.search(folded)) or CHILD_AGE.search(folded):
        which = "child telling"  # a child telling of harm: speak to them, Childline first
    elif to_me and DOMESTIC.search(folded):
        which = "domestic abuse"
    elif (
        "in danger" in found
        and DANGER_NOW.search(folded)
        and not CARED_FOR.search(folded)
        and "mental health crisis" not in found
    ):
        # "a man with a knife outside my house", "a guy is following me home from the care home": danger to
        # me now, 999 first; not the help for harm in care.
        return ["in danger", *(k for k in found if k not in ("in danger", *HARM_KINDS))]
    elif YOUNG_CHILD.search(folded):
        which = (
            "child at risk"  # "at a nursery a little girl told me her uncle touches her": a child, not care
        )
    elif CARED_FOR_HURT_ME.search(folded):
        which = "hurt by someone I care for"  # "a resident hit me": the worker is the one hurt
    elif to_me and (WORK.search(folded) or BOSS_HURTS.search(folded)):
        which = "harm to me at work"
    elif BOSS_HURTS.search(folded) and not CARED_FOR.search(folded):
        which = "harm to a worker"  # "my friend is a carer and her boss hits her": the worker is hurt
    elif to_me and HE_OR_SHE.search(folded):
        which = "domestic abuse"  # "he hits me": most often a partner
    elif to_me and not CARED_FOR.search(folded):
        which = "harm to me"  # "my carer hits me": the person writing is the one being hurt
    elif SOMEONE_ELSES_HOME.search(folded) and not CARED_FOR.search(folded) and not CHILD.search(folded):
        # "one of my carers told me her husband beats her": abuse at home, not in the service.
        which = "domestic abuse of someone else"
    elif IN_CARE.search(folded):
        which = "harm in care"
    elif CHILD.search(folded):
        which = "child at risk"
    elif DOMESTIC.search(folded):
        # "her partner hits her": about her, to the one who tells; "my partner won't let me work": to me.
        which = "domestic abuse of someone else" if SOMEONE_ELSES_HOME.search(folded) else "domestic abuse"
    else:
        return found
    found.insert(found.index(harmed), which)
    if found[0] == "feeling low":
        found.append(found.pop(0))  # "he checks my phone... says im worthless": the harm, then the feelings
    return list(dict.fromkeys(found))
