"""What the user says about themselves: their name, work, where they are from, what they like.

Plain patterns over the words of a line ("I'm Alex", "I work at the library", "I love
hiking", "I'm from Leeds"). A miss costs little (the partner just does not come back to it);
a wrong name costs more, so a name is taken only where it looks like one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from voicecoach.understanding import textnorm

__all__ = ["Disclosure", "bare_field", "bare_name", "disclosure"]

_NOT_NAMES = frozenset("""
    desperate knackered absolutely gutted chuffed stuffed literally honestly basically totally
    completely
    a an the here new fine good great ok okay well sorry so just not also really very too from
    in at on with glad happy pleased excited nervous tired busy sure afraid free done back
    doing going looking working trying living staying feeling getting still only into out
    actually kind quite pretty bit little thinking like friends friend one his her their
    alright all always never the hungry lost late early married single retired
    originally basically off heading leaving home honest serious stuck lucky local
    """.split()) | frozenset("""
    alone lonely scared worried shy bored sick ill cold hot sad upset confused divorced
    engaged pregnant separated widowed single vegan vegetarian veggie allergic ready
    fine unemployed jobless broke skint exhausted shattered starving freezing boiling
    embarrassed relieved stressed anxious terrified thrilled delighted sorry curious new
    nosy rubbish hopeless useless awful terrible awkward clumsy rude annoying weird boring
    away around about
    come came go went live work study stay move moved arrive arrived born
    english british irish scottish welsh american canadian australian french german italian
    spanish portuguese dutch polish greek turkish swedish norwegian danish finnish russian
    ukrainian chinese japanese korean indian pakistani nigerian kenyan ghanaian egyptian
    brazilian mexican argentinian filipino vietnamese thai african european asian
    catholic muslim jewish hindu buddhist sikh atheist religious agnostic
    """.split()) | frozenset("""
    terrible awful rubbish useless hopeless bad dreadful clumsy slow rusty average
    decent brilliant amazing terrific keen interested impressed jealous crap pants garbage
    """.split())  # "I am alone.", "I'm Italian.", "I'm terrible, but ...": what, not who
# A team or a field said on its own ("Finance." to "I'm Aisha. What team will you be in?"):
# an answer, not the user's name (a play-tester got "Lovely to meet you, Finance.").
# The same words name the field in "I'm in finance" (`_FIELD`).
_FIELDS = frozenset("""
    finance marketing sales engineering design operations accounts accounting legal support
    admin research product data analytics compliance procurement logistics recruitment
    teaching nursing retail hospitality management consulting software security comms
    communications payroll facilities reception customer qa testing development hr law tech
    education healthcare insurance banking publishing advertising pr media journalism
    """.split())
# A name's letters, accents too ("Tomás", "Zoë", "Siân"): its first, and the rest.
_CAPITAL = "A-ZÀ-ÖØ-Þ"
_SMALL = "a-zß-öø-ÿ'-"
_NAME = re.compile(
    # ("i am Li Wei": a name of two capitalised words is said whole)
    rf"\b(?:(?i:i'm|im|i am|my name is|my name's|call me)\s+([{_CAPITAL}][{_SMALL}]+ "
    rf"[{_CAPITAL}][{_SMALL}]+(?=\s*[,.!?]|\s*$)|[{_CAPITAL}a-z][{_SMALL}]+)"
    rf"|(?i:it's|this is)\s+([{_CAPITAL}][{_SMALL}]+))\b"
    # ("I'm Ines - I do packaging design": a dash after the name, a twenty-eighth look)
    r"(?:\s*[,.!?]|\s+[-\u2013\u2014]\s|\s+(?i:by the way|nice|and|from|i|how|what|so|pleased|good|"
    r"hi|hello|hey)\b"
    r"|\s*$)")
_CONDITION_BEFORE = re.compile(r"\b(if|when|as|than|unless|because|cause)\s*$", re.IGNORECASE)
# A name said on its own, as people say it back after hearing the other's: "Jo", "Alex, nice
# to meet you", "um, Priya".
_BARE_NAME = re.compile(r"^\W*(?:(?:oh|um|uh|hi|hello|hey|yeah|sorry|and)[,.!]?\s+)?"
                        r"(?:(?i:i'?m|it'?s)\s+)?([" + _CAPITAL + "][" + _SMALL + r"]+)"
                        r"[,.!]*(?:\s*(?i:(?:(?:nice|good|"
                        r"lovely|great|pleased) to meet you(?: too)?|likewise|hi|hello)))?\W*$")
# One-word replies that are capitalised like a name.
_REPLIES = frozenset("""
    yes yeah yep no nope sure thanks cheers likewise hi hello hey cool nice great right okay ok
    fine good wow oh um uh mm sorry same indeed absolutely definitely exactly totally really
    bye goodbye morning evening afternoon well so and but what why how who where when pardon
    huh nothing nobody everyone hmm ha haha lol lovely awesome perfect true agreed thank
    anyway maybe perhaps probably interesting amazing brilliant fantastic wonderful sounds
    honestly kind sort seriously literally basically obviously course
    """.split())
_WORK = re.compile(
    r"\bi (?:work|am working|'m working)(?: with [A-Z]?\w+)?"
    r" (?:at|in|for|on) ((?:the |a |an )?[\w' ]+?)"
    # (a time said after the place is not part of it: "in an office all day so ...")
    r"(?=[,.!?]| and | but | so | it'?s | it is | which | all day| every day| most days|"
    r" these days| at the moment| right now| full[- ]time| part[- ]time|"
    # an unpunctuated line goes on: "i work in cyber security mostly pen testing"
    r" mostly | mainly | doing | as an? |$)",
    re.IGNORECASE)
# A learner's "I work in the marketing": a field with "the", said back without it.
_THE_FIELD = re.compile(r"^the (" + "|".join(sorted(_FIELDS)) + r")$", re.IGNORECASE)
# "I'm in the marketing team", "I'm on the website team": where they work.
_TEAM = re.compile(r"(?:\bi(?:'?m| am|'ll be| will be|'m going to be|'?m new| am new|"
                   r"(?:'?m| am)?(?: new,?)?(?: just| only just| recently)? start(?:ed|ing)?"
                   r"(?: today| this week)?,?) (?:in|on|with|joining)"
                   r"|\bi(?:'ve| have)? joined"
                   # (a sentence of its own without "I'm": "Joining the sales team.")
                   r"|(?:^|(?<=[,.!;]\s))(?i:joining)) "
                   r"(the [a-z]+(?: [a-z]+)? "
                   r"(?:team|department))\b", re.IGNORECASE)
# "I run a small bakery in Bristol", "I own a café": their own business is their work.
_RUNS = re.compile(r"\bi (?:run|own|manage|have|started) ((?:a|an|my) (?:small |little |tiny |"
                   r"new |family )?(?:\w+ )?(?:bakery|shop|caf[eé]|restaurant|business|company|"
                   r"studio|salon|bar|pub|agency|firm|start-?up|charity|practice|gym|farm|"
                   r"nursery|hotel|stall))\b", re.IGNORECASE)
_BARE_JOB = re.compile(r"an? ([a-z]+(?: [a-z]+)?)(?=[,.!?]|$)", re.IGNORECASE)
# "I'm in sales": a field of work (a short list, since "I'm in Leeds" is a place).
# ("new in HR", "I'm joining sales", "I've joined IT" too)
_FIELD = re.compile(r"(?:\bi(?:'m| am|m|'m new| am new|(?:'m| am)?(?: just| only just| recently)? "
                    r"start(?:ed|ing)?)(?: today| this week| on monday)?,? in|\bnew in|"
                    r"\bi(?:'m| am) joining|"
                    # "Yes, I'm Mark, joining accounts." (a thirteenth play-test's partner asked
                    # "What team will you be in?")
                    r"(?:^|(?<=[,.!;]\s))joining|"
                    r"\bi(?:'ve| have)? joined) (customer service|"
                    + "|".join(sorted(_FIELDS - {"customer"}, key=lambda w: (-len(w), w)))
                    + r"|(?-i:IT))\b", re.IGNORECASE)
# A team named after one's name, the verb left out: "Yeah new, I'm Raj, data team." (a tenth
# play-test was asked "Which team are you joining?").
_BARE_TEAM = re.compile(r"(?:^|[,.;!]\s*)(?:(?:um|uh|oh|yeah|yes),?\s+)?((?:the )?(?:"
                        + "|".join(sorted(_FIELDS, key=lambda w: (-len(w), w)))
                        + r"|(?-i:IT)) (?:team|department))[.!]*\s*$", re.IGNORECASE)
# ... or the field alone after what came before ("yes, first day. I'm Tom. um, marketing."; a
# whole line "Finance." answers its question, and is read as such by `bare_field`).
_FIELD_LAST = re.compile(r"[,.;!]\s*(?:(?:um|uh|oh|yeah|yes),?\s+)?("
                         + "|".join(sorted(_FIELDS, key=lambda w: (-len(w), w)))
                         + r")[.!]*\s*$", re.IGNORECASE)
# "I do UX research", "I do marketing for a charity": a field of work said with "do" (the
# partner asked "What kind of work do you do?" right after it).
_DO_FIELD = re.compile(r"\bi do ((?:ux |user |market |academic |web |graphic |product |some )?"
                       r"(?:research|design|marketing|accounting|accounts|sales|consulting|"
                       r"engineering|admin|hr|finance|data|software|support|teaching|nursing|"
                       r"law|pr|recruitment|operations|journalism|copywriting|illustration|"
                       r"analysis|analytics|development|photography for a living|"
                       # "i do translations" (a thirtieth play-test's partner then asked "What
                       # kind of work are you in?")
                       r"translations?|translating|interpreting|tutoring|hairdressing|"
                       r"catering|childcare|bookkeeping))\b",
                       re.IGNORECASE)
# "its an apprenticeship in IT support": the field of work it is in.
_APPRENTICESHIP = re.compile(r"\b(?:an|my|the) apprenticeship in ((?:[A-Za-z]+ ){0,2}[A-Za-z]+)",
                             re.IGNORECASE)
# "it's my first day in HR", "a part-time job on reception", "new signing for the sales team"
# (a thirty-first look: each was asked "What team will you be in?" next).
_NEW_IN = re.compile(r"\b(?:first (?:day|week|morning)|(?:part-time |full-time |new )?(?:job|role|"
                     r"position)|new (?:signing|starter|joiner|hire)) (?:in|on|for|with) (?:the )?"
                     r"((?-i:HR|IT|PR)|reception|finance|marketing|sales|accounts|legal|design|"
                     r"payroll|\w+ team|\w+ department)\b", re.IGNORECASE)
# "i translate polish and english": a translator.
_TRANSLATES = re.compile(r"\bi (?:still |now |mostly |also )?translate\b", re.IGNORECASE)
# "I'm a teacher, sorry, I mean a nurse": what follows the last of these counts.
_CORRECTION = re.compile(r"\b(?:i mean|sorry,? no|no,? sorry|no wait|or rather|"
                         r"actually,? no)\b[,.!]?\s*", re.IGNORECASE)
_JOB = re.compile(r"\bi(?:'m| am|m| work(?: [a-z]+){0,2} as)(?: actually| also| too)? "
                  r"(?:an?|the new) ([a-z]+(?: (?!actually\b|too\b|myself\b|as\b|by\b)[a-z]+)?)"
                  # "I'm a firefighter actually.", "i am a teacher too"
                  r"(?=[,.!?]| and | at | in | from | so | but | because | though |$|"
                  # "I'm a graphic designer trying to move into product design"
                  r" (?:actually|too|as well|myself|by trade|trying|hoping|looking|who|with|for)"
                  r"\b)",
                  re.IGNORECASE)
# A learner's "I am software engineer" (no article): only with a word that names a job.
_JOB_WORDS = (r"(?:engineer|developer|designer|teacher|nurse|doctor|lawyer|"
              r"accountant|chef|cook|manager|programmer|architect|scientist|researcher|analyst|"
              r"consultant|photographer|writer|artist|musician|driver|cleaner|builder|electrician|"
              r"plumber|mechanic|pharmacist|dentist|farmer|waiter|waitress|barista|journalist|"
              r"editor|translator|recruiter|secretary|receptionist|technician|lecturer|tutor|"
              r"librarian|baker|carpenter|gardener|pilot|paramedic|midwife|therapist|"
              r"firefighter|vet|surveyor|postman|police officer|social worker|civil servant|"
              # (a twenty-ninth look: "I was a draughtsman for forty years" was no job)
              r"draughtsman|draftsman|clerk|salesman|saleswoman|shopkeeper|tailor|miner|soldier|"
              r"sailor|porter|joiner|welder|optician|caretaker|cashier|butcher|hairdresser|"
              r"decorator|printer|machinist|typist|bookkeeper|banker|broker|solicitor|"
              r"headteacher|headmaster|headmistress|physio|physiotherapist|optometrist)")
_JOB_NO_ARTICLE = re.compile(
    r"\bi(?:'m| am|m) ((?:[a-z]+ )?" + _JOB_WORDS + r")\b(?=[,.!?]| and | at | in | so |"
    r" but | from |$)", re.IGNORECASE)
# A job of three or four words that ends on a word naming one ("I'm a primary school teacher.":
# a twenty-second play-test's partner said next "I don't think you told me that yet!").
_LONG_JOB = re.compile(r"\bi(?:'m| am|m)(?: actually| also)? (?:an?|the new) ((?:[a-z]+ ){2,3}"
                       + _JOB_WORDS + r")\b", re.IGNORECASE)
# A job they had ("I was a civil engineer myself, forty years on roads"): remembered, only
# with a word that names a job ("I was a bit tired" is none).
_PAST_JOB = re.compile(r"\bi (?:was|used to be|worked as|retired as|start as|started as|"
                       r"start work as|begin as|will start as|'ll start as)(?: an?)? ((?:[a-z]+ )?"
                       + _JOB_WORDS + r")\b", re.IGNORECASE)
# Where a place named after "from" or "in" ends: "from Taipei for work", "from Leeds two
# years ago" name Taipei and Leeds.
_PLACE_END = (r"(?=[,.!?]| and | but | (?i:for|to|with|because|last|about|when|so|since) |"
              r" (?i:at the moment|right now|these days|now)\b|"
              r" (?i:(?:\w+ )?(?:years?|months?|weeks?) ago)|$)")
_FROM = re.compile(
    r"\b(?i:i'm|i am|i come) from ([A-Z][\w' ]*?)" + _PLACE_END +
    r"|\b(?i:moved here|grew up|was born|was raised) (?i:from|in) ([A-Z][\w' ]*?)"
    + _PLACE_END +
    r"|\b(?i:i live) (?i:in|near|on|by) ((?:the )?[\w' ]+?)" + _PLACE_END +
    r"|^(?:(?i:oh|yes|yeah|well)[,.!]?\s+)?(?i:from) ([A-Z][\w' ]*?)(?=[,.!?]|$)"
    # "I was in Birmingham before", "before that I lived in Leeds": where they moved from
    r"|\b(?i:i was|we were|i lived|we lived|i used to live)(?i: living)? (?i:in) ([A-Z][a-z]"
    r"[\w']*(?: [A-Z][\w']*)*)(?= (?i:before|previously)\b)"
    r"|\b(?i:before(?: that| this| here)?,? (?:i was|i lived|we were|we lived)(?: living)?) "
    r"(?i:in) ([A-Z][a-z][\w']*(?: [A-Z][\w']*)*)" + _PLACE_END +
    # "I'm Tomás, from Madrid with my wife": the place after the name
    r"|\b(?i:i'm|i am) [A-ZÀ-ÖØ-Þ]\w*, (?i:from) ([A-Z][\w' ]*?)" + _PLACE_END
    # "renting a room in Camden", "staying in Leeds"
    + r"|\b(?i:renting|staying|living|based)(?i: a room| a flat| a place| a house)? (?i:in) "
    r"([A-Z][a-z][\w']*(?: [A-Z][\w']*)*)" + _PLACE_END
    # "I'm in Hackney, it takes me ages" (a session of my own got "Mm, right."); not "I'm in
    # IT", "I'm in Sales"
    + r"|\b(?i:i'm|i am|we're|we are)(?i: based| living| now)? (?i:in|over in|out in|up in) "
    r"(?!IT\b|HR\b|PR\b|QA\b|(?i:" + "|".join(sorted(_FIELDS)) + r")\b)([A-Z][a-z][\w']*(?: [A-Z]"
    r"[\w']*)*)" + _PLACE_END)
_LIKE = re.compile(
    r"\bi (?:really |just |also |mostly |usually |often )?(?:love|like|enjoy|am into|'m into|"
    r"play|do a lot of|(?<=mostly )do|(?<=usually )do|(?<=often )do) "
    r"((?:[a-z]+ing|[a-z]+)(?: (?!too\b|as\b|a\b|so\b|very\b|here\b)[a-z]+)?)"
    r"(?=[,.!?]| and | but | too| as well| a lot| so much| very much| here|$)",
    re.IGNORECASE)
# Words after "I'm Kenji from" that name no place ("I'm Jo from accounts", "from work").
_NOT_PLACES = frozenset("work school home here there the a an my our accounts sales marketing "
                        "finance hr it next upstairs downstairs".split())
# Speech-recognition text is all lower case: there a place is any word that is not one of these.
_LOWER_FROM = re.compile(
    r"(?:\b(?:i'?m|i am|i come|moved here|moved)(?: originally)? |^(?:(?:oh|yes|yeah|well|um)"
    r"[,.!]?\s+)?(?:originally )?)from (?!(?:the|a|an|work|school|home|here|there|"
    r"abroad|around|nowhere|uni|university|college|my|our|about|time|today|tomorrow|tonight|"
    r"next|last|then|now|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"where|what|which|who|how|when|why|"
    r"\d+)\b)"
    r"([a-z]+(?: (?!originally|actually|too|now|though|but|and|so)[a-z]+)?)"
    r"(?=[,.!?]| and | but | so | originally|$)")
# "I've been getting into running", "I've taken up swimming", "I started painting": a hobby
# new to them ("started" only with an -ing word, since "I started work" is no hobby).
_TAKEN_UP = re.compile(
    r"(?:\bi(?:'ve|ve| have|'m|m| am)? |^(?:(?:oh|well|yeah|so),? )?)"
    r"(?:just |recently |only |also |really )?(?:been )?"
    r"(?:getting into|got into|gotten into|taken up|took up|started|begun|been learning|"
    r"learning|(?:'ve|have) started) (?!(?:working|living|going|doing|getting|thinking|feeling|"
    r"looking|trying|being|learning|making|having|coming|wondering)\b)(?:the )?"
    r"([a-z]+ing|yoga|pilates|tennis|golf|football|chess|pottery|guitar|piano|karate|judo|"
    r"boxing|crochet|photography|ceramics|poetry|art|jazz|spanish|french|italian|german|"
    r"japanese|languages)\b(?! (?:to|at|for|the|in|on)\b)",
    re.IGNORECASE)
# Teaching as one's work: "I teach year two", "I teach maths at a secondary school" (not "I
# teach myself guitar", "taught me").
_TEACHES = re.compile(r"\bi (?:still |now |currently |also )?teach (?!myself\b|me\b|you\b)"
                      r"(?:year|reception|primary|secondary|infants?|juniors?|maths|math|english|"
                      r"science|history|geography|french|spanish|german|music|art|pe|drama|"
                      r"physics|chemistry|biology|at a|at the|in a|in the|kids|children|"
                      r"adults|students|sixth form|nursery)\b", re.IGNORECASE)
# Being a student or retired ("im a student", "I'm a retired teacher", "I'm studying law").
_STUDENT = re.compile(r"\bi(?:'m|m| am)(?: now| still| just)?(?: an?)?(?: \w+)? (?:student|"
                      r"undergrad|postgrad)\b|\bi(?:'m|m| am) (?:studying|doing (?:a|my) "
                      r"(?:degree|phd|masters))\b|"
                      # "im doing computer science, second year" (asked "So what do you do?")
                      r"\bi(?:'m|m| am) doing [\w ]{2,30}?,? (?:first|second|third|fourth|final|"
                      r"1st|2nd|3rd|4th) year\b(?! (of|as|at) (teaching|work|the job|my job))|"
                      r"\b(?:first|second|third|final) year (?:at|of) "
                      r"(?:uni|university|college)\b", re.IGNORECASE)
_RETIRED = re.compile(r"\bi(?:'m|m| am|'ve|ve| have)(?: now| just| recently)?(?: an?)? retired\b",
                      re.IGNORECASE)
# Looking for work ("I'm looking for a job in design": a seventh play-test's partner asked
# "What's the best part of your job?").
_SEEKING = re.compile(r"(?:\b(?:i'?m|i am|im|i've been|currently)(?: \w+)? |(?:^|[.!,;]\s*))"
                      # (a sentence of its own: "Looking for my first proper job.")
                      r"(?:looking for (?:a |an |"
                      r"some |my )?(?:new |first |next )?(?:proper |real |full-time |paid )?"
                      r"(?:job|work|role|position|internship)|"
                      r"job[- ]hunting|"
                      r"job[- ]seeking|applying for jobs)\b|"
                      # a learner's "Here I look for job still."
                      r"\bi (?:still )?(?:look|search|am look|am search)(?:ing)? for (?:a |an )?"
                      r"(?:new )?(?:job|work)\b", re.IGNORECASE)
# "My favourite band is Radiohead", "my favourite food is sushi": what they like.
_FAVOURITE = re.compile(r"\bmy (?:all-time )?favou?rite (?:\w+ ){1,2}(?:is|are|was|has to be) "
                        r"((?:the )?[\w' -]+?)(?=[,.!?]| at the moment| right now| by far|$)",
                        re.IGNORECASE)
_NOT_LIKES = frozenset({"it", "that", "this", "you", "your", "the", "them", "to", "a", "being",
                        "here", "there",
                        # a learner's "I like very much" likes the thing asked about
                        "very", "so", "much", "lot", "too", "also"})
# What a learner may say they are, with no article ("I cook since I am child").
_PEOPLE_WORDS = frozenset("child kid baby adult teenager teen boy girl man woman mother father "
                          "mum dad parent grandmother grandfather".split())
_NOT_JOBS = frozenset({"bit", "little", "lot", "friend", "fan", "big", "new", "first", "guest",
                       "guy", "girl", "one", "person", "kid", "lad", "boy", "member",
                       # "I'm the new neighbour in number 4" was asked "What's the best part of
                       # your job?"
                       "neighbour", "neighbor", "newbie", "newcomer", "local", "regular",
                       "beginner", "resident", "tenant",
                       # "I'm a terrible cook so I just brought crisps" got "Ah, a terrible
                       # cook, nice. What's the best part of your job?" (how good, not a job)
                       "terrible", "awful", "bad", "rubbish", "hopeless",
                       "useless", "huge", "massive", "total", "complete", "keen", "natural",
                       # "I'm a wimp in the rain" (a twenty-ninth look: "Ah, a wimp, nice.")
                       "wimp", "coward", "baby", "mess", "disaster", "nightmare", "morning",
                       "night", "people", "dog", "cat", "creature", "sucker", "glutton"})


@dataclass(frozen=True)
class Disclosure:
    """What one line told about the user; None where it said nothing of the kind."""

    name: str | None = None
    work: str | None = None  # where they work ("the library", "marketing")
    job: str | None = None  # what they are ("nurse", "graphic designer")
    place: str | None = None  # where they live or come from
    like: str | None = None  # something they like doing ("hiking")
    # "student", "retired" or "seeking" (work): no job to be asked "What's the best part of
    # your job?" about
    status: str | None = None

    @property
    def empty(self) -> bool:
        return not (self.name or self.work or self.job or self.place or self.like
                    or self.status)


def _clean(text: str | None) -> str | None:
    if not text:
        return None
    text = re.sub(r"\s+(too|as well|also|myself|actually|though|now|originally|really)$", "",
                  text.strip(" ,.!?"), flags=re.IGNORECASE)  # not "Manchester originally"
    return text if 0 < len(text.split()) <= 4 else None


def disclosure(text: str) -> Disclosure:
    """What `text` tells about the user; after a self-correction, the corrected words win."""
    # (a transcript's "um" is none of what they told: "Ah, um hiking, lovely." on a play-test)
    text = textnorm.without_hesitations(text)
    told = _disclosure(text)
    corrections = list(_CORRECTION.finditer(text))
    if not corrections:
        return told
    after = text[corrections[-1].end():]
    later = _disclosure(after)
    if later.job is None and (bare := _BARE_JOB.match(after)):  # "I mean a nurse"
        later = Disclosure(job=_clean(bare.group(1)))
    return Disclosure(**{key: getattr(later, key) or getattr(told, key)
                         for key in ("name", "work", "job", "place", "like", "status")})


def bare_name(text: str) -> str | None:
    """The name in a line that is only a name ("Jo", "Alex, nice to meet you"). Only the caller
    knows whether a name was asked for (the other has just said theirs)."""
    found = _BARE_NAME.match(text.strip())
    if found is None or found.group(1).lower() in _REPLIES | _NOT_NAMES | _FIELDS:
        return None
    return found.group(1)


_BARE_FIELD = re.compile(r"^\W*(?:(?:oh|um|uh|yeah|yes|i'?m in|i am in|in|the)\W+)*(\w+)"
                         r"(?:\s+team)?\W*$", re.IGNORECASE)


def bare_field(text: str) -> str | None:
    """The team or field in a line that is only that ("Finance.", "um, the sales team")."""
    found = _BARE_FIELD.match(text.strip())
    return found.group(1).lower() if found and found.group(1).lower() in _FIELDS else None


def _disclosure(text: str) -> Disclosure:
    name = None
    for found in _NAME.finditer(text):
        word = found.group(1) or found.group(2)
        # "if I'm Honest", "when I'm Ready": a condition, not an introduction
        conditional = _CONDITION_BEFORE.search(text[:found.start()])
        # a learner's "I am student", "I am nurse": what they are, not who
        role = word.lower() == "student" or _JOB_NO_ARTICLE.match(f"i am {word}")
        # "I'm impressed", "I am child" (an eleventh play-test: "Nice to meet you, Child!")
        feeling = word.islower() and len(word) > 4 and word.endswith("ed")
        if (word.lower() not in _NOT_NAMES and not word.lower().endswith("ing")
                and not conditional and not role and not feeling
                and word.lower() not in _PEOPLE_WORDS):
            name = word[:1].upper() + word[1:]
            # "my name is Harold Fenwick": Harold (a thirty-first look greeted "Harold
            # Fenwick!"); a short first word may not be a first name at all ("Li Wei")
            first, _, rest = name.partition(" ")
            if rest and len(first) >= 4:
                name = first
            break
    work = job = None
    if found_work := (_WORK.search(text) or _TEAM.search(text) or _FIELD.search(text)
                      or _DO_FIELD.search(text) or _RUNS.search(text)
                      or _BARE_TEAM.search(text) or _APPRENTICESHIP.search(text)
                      or _NEW_IN.search(text) or _FIELD_LAST.search(text)):
        work = _clean(found_work.group(1))
        if work and (field := _THE_FIELD.match(work)):
            work = field.group(1)
    if (found_job := _LONG_JOB.search(text) or _JOB.search(text)
            or _JOB_NO_ARTICLE.search(text)
            or _PAST_JOB.search(text)) and not {
            found_job.group(1).split()[0].lower(), found_job.group(1).split()[-1].lower()} & (
            _NOT_JOBS | _NOT_NAMES):  # "a quiet neighbour" is no job either
        job = _clean(found_job.group(1))
    elif _TEACHES.search(text):
        job = "teacher"  # "I teach year two now." (a session of my own got "Ah, fair enough.")
    elif any(_TRANSLATES.search(sentence) for sentence in re.split(r"(?<=[.!?])\s+", text)
             if not sentence.rstrip().endswith("?")):
        job = "translator"  # ("what kind of manuals i translate?" asks, tells nothing)
    place = None
    if found_place := _FROM.search(text):
        place = _clean(next(group for group in found_place.groups() if group))
    elif text == text.lower() and (heard := _LOWER_FROM.search(text)):
        place = _clean(heard.group(1).title())
    elif name and (after := re.search(rf"\b(?i:{re.escape(name)}),? (?i:from) ([A-Z][a-z]+(?: "
                                      r"[A-Z][a-z]+)*|[a-z]+)\b", text)):
        # "i am kenji from japan i work in software" (a learner, as typed or heard: later
        # "do you remember where I am from?" got "I don't think you said")
        place = _clean(after.group(1).title()) if after.group(1).lower() not in _NOT_PLACES \
            else None
    like = None
    if found_like := _FAVOURITE.search(text):
        like = _clean(found_like.group(1))  # "My favourite band is Radiohead."
    elif found_like := _TAKEN_UP.search(text):
        like = found_like.group(1).lower()
    elif (found_like := _LIKE.search(text)) and found_like.group(1).split()[0].lower() not in (
            _NOT_LIKES):
        like = _clean(found_like.group(1).lower())
    status = next((kind for kind, pattern in (("student", _STUDENT), ("retired", _RETIRED),
                                               ("seeking", _SEEKING))
                   if pattern.search(text)), None)
    return Disclosure(name=name, work=work, job=job, place=place, like=like, status=status)
