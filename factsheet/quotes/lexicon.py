"""Word lists for quote attribution, written from general knowledge of English news style.

Nothing here is mined from any annotated corpus: these are the characterising verbs, pronouns,
determiners and titles any style guide or grammar lists.
"""

from __future__ import annotations

# The speech verbs themselves and their inflection are shared news language: see
# factsheet/lexicon.py (SPEECH_VERBS, IRREGULAR_FORMS, inflect).

# Verbs that quote someone's words to characterise a thing ("called the bill “a disaster”").
CHARACTERISING_VERBS: tuple[str, ...] = (
    "call", "describe", "dub", "label", "term", "brand", "characterize", "characterise",
    "deride", "denounce", "blast", "slam", "criticize", "criticise", "praise", "hail",
    "condemn", "accuse", "blame", "mock", "dismiss", "cite", "refer", "quote", "liken",
    "compare", "decry", "welcome", "applaud", "attack", "question", "defend", "vow",
)



# Nouns of speech whose owner is the source of the words they introduce or name ("Roe's
# claim that ...", "Roe's “47 percent” remark"). Written from general knowledge.
SPEECH_NOUNS: frozenset[str] = frozenset(
    {
        "claim", "claims", "assertion", "assertions", "pledge", "promise", "promises",
        "remark", "remarks", "comment", "comments", "statement", "vow", "warning",
        "words", "slogan", "rhetoric", "insistence", "argument", "accusation", "complaint",
        "boast", "quip", "tweet", "tweets", "prediction", "suggestion", "description",
        "characterization", "catchphrase", "mantra", "refrain", "motto", "call", "plea",
        "admission", "denial", "declaration", "announcement", "proclamation", "retort",
    }
)

# Reporting verbs that name nothing but the act of saying or writing: a clause of one of
# them closing a sentence after a partial quote ("..., the Post reported.") is its source.
PLAIN_REPORTING_VERBS: frozenset[str] = frozenset(
    {
        "say", "write", "tell", "add", "report", "recall", "ask", "note", "explain", "argue",
        "insist", "claim", "continue", "conclude", "state", "reply", "respond", "answer",
        "declare", "tweet", "warn", "contend", "maintain", "acknowledge", "concede",
        "predict", "complain", "recount", "observe", "remark",
    }
)

# Verbs that only report speech when a particle or object follows ("went on", "put it").
PHRASAL_PARTICLES: dict[str, tuple[str, ...]] = {
    "go": ("on",), "put": ("it",), "chime": ("in",), "pipe": ("up", "in"), "point": ("out",),
    "wrap": ("up",),
    # "shot back", "fired back", "hit back", "pushed back", "cut in", "weighed in"
    "shoot": ("back",), "fire": ("back",), "hit": ("back",), "push": ("back",),
    "cut": ("in",), "weigh": ("in",), "follow": ("up",),
}

# Subject pronouns (and relative "who") a speaker mention may be.
PERSON_PRONOUNS: frozenset[str] = frozenset({"he", "she", "i", "who"})
OTHER_PRONOUNS: frozenset[str] = frozenset({"they", "we", "it", "you", "which"})
SUBJECT_PRONOUNS: frozenset[str] = PERSON_PRONOUNS | OTHER_PRONOUNS
MALE_PRONOUNS: frozenset[str] = frozenset({"he", "him", "his", "himself"})
FEMALE_PRONOUNS: frozenset[str] = frozenset({"she", "her", "hers", "herself"})

# Words that may sit between a subject and its verb: "he also said", "Smith has said".
PRE_VERB_SKIP: frozenset[str] = frozenset(
    {
        "also", "later", "then", "further", "again", "previously", "once", "recently",
        "repeatedly", "reportedly", "has", "had", "have", "would", "will", "could", "might",
        "may", "did", "does", "do", "even", "simply", "just", "only", "still", "often",
        "frequently", "publicly", "privately", "angrily", "flatly", "quickly", "finally",
        "subsequently", "earlier", "bluntly", "succinctly", "famously", "memorably",
        "explicitly", "directly", "openly", "loudly", "quietly", "firmly", "is", "was", "were",
        "are", "been", "be", "being", "herself", "himself", "themselves",
        "itself", "not", "never", "always", "already", "jokingly", "sarcastically", "wryly",
        "ironically", "tersely", "calmly", "emphatically", "proudly", "however", "meanwhile",
        "instead", "too", "though", "nonetheless", "nevertheless", "likewise", "similarly",
    }
)

# Words that open a noun phrase: "the senator", "a spokesman", "two officials".
DETERMINERS: frozenset[str] = frozenset(
    {
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its",
        "our", "my", "your", "one", "two", "three", "four", "five", "several", "some", "many",
        "other", "both", "another", "each", "every", "most", "few", "numerous", "various",
        "multiple", "all",
    }
)

# Determiners of a known, already introduced referent ("the senator", "her campaign").
DEFINITE_DETERMINERS: frozenset[str] = frozenset(
    {"the", "this", "that", "these", "those", "his", "her", "their", "its", "our"}
)

# Head nouns of a nominal that can be a source: people, bodies and documents that speak.
SOURCE_NOUNS: frozenset[str] = frozenset(
    {
        "official", "spokesman", "spokeswoman", "spokesperson", "senator", "candidate",
        "nominee", "governor", "president", "mayor", "judge", "justice", "lawmaker", "aide",
        "adviser", "advisor", "strategist", "secretary", "minister", "leader", "chairman",
        "chairwoman", "director", "chief", "executive", "founder", "ceo", "manager", "lawyer",
        "attorney", "prosecutor", "analyst", "expert", "economist", "professor", "scientist",
        "researcher", "author", "writer", "reporter", "columnist", "editor", "host", "anchor",
        "moderator", "pollster", "businessman", "businesswoman", "billionaire", "mogul",
        "congressman", "congresswoman", "representative", "speaker", "ambassador", "general",
        "commander", "officer", "sheriff", "voter", "supporter", "critic", "opponent", "rival",
        "activist", "protester", "man", "woman", "resident", "member", "delegate", "donor",
        "veteran", "mother", "father", "wife", "husband", "son", "daughter", "friend",
        "front-runner", "frontrunner", "incumbent", "challenger", "democrat", "republican",
        "campaign", "committee", "company", "group", "organization", "organisation", "agency",
        "department", "board", "council", "court", "union", "party", "administration",
        "government", "ministry", "network", "newspaper", "paper", "magazine", "station",
        "report", "study", "poll", "survey", "statement", "letter", "memo", "ad", "advert",
        "commercial", "email", "editorial", "article", "lawsuit", "filing", "website", "post",
        "tweet", "video", "release", "document", "complaint", "ruling", "order", "bill",
    }
)

# Lower-case role words between an owner and a person's name ("Clinton campaign manager
# Jane Roe", "Air Force 1st Lt. ..."): a name before them describes, it does not speak.
ROLE_NOUNS: frozenset[str] = frozenset(
    {
        "spokesman", "spokeswoman", "spokesperson", "secretary", "manager", "director",
        "chairman", "chairwoman", "chair", "adviser", "advisor", "aide", "strategist",
        "pollster", "counsel", "attorney", "lawyer", "governor", "senator", "official",
        "staffer", "staff", "president", "founder", "co-founder", "ceo", "analyst",
        "economist", "professor", "researcher", "scientist", "fellow", "editor", "columnist",
        "reporter", "correspondent", "host", "anchor", "writer", "speechwriter", "delegate",
        "supporter", "donor", "volunteer", "organizer", "leader", "member", "surrogate",
        "representative", "operative", "consultant", "officer", "commander", "judge", "mayor",
        "minister", "ambassador", "envoy", "candidate", "nominee", "rival", "critic", "ally",
        "friend", "campaign", "team", "chief", "head", "expert", "historian", "lt", "sgt",
        "col", "capt", "gen", "cmdr", "bureau", "whip",
    }
)
ROLE_WORDS: frozenset[str] = ROLE_NOUNS | {
    "press", "communications", "policy", "national", "senior", "deputy", "assistant",
    "associate", "executive", "political", "legal", "general", "former", "longtime", "top",
    "lead", "vice", "foreign", "domestic", "economic", "military", "digital", "finance",
    "field", "state", "regional", "research", "data", "ranking", "1st", "2nd", "chief",
    "presidential", "vice-presidential", "gubernatorial", "congressional", "mayoral",
    "senatorial", "parliamentary", "party",
}

# Head nouns of a nominal that names a person by role or kinship, so that a name set off
# by commas after it is that person ("Her manager, Jane Roe, said"). Written from general
# knowledge of English news style; organisations and documents are left out.
PERSON_HEADS: frozenset[str] = (
    ROLE_NOUNS - {"campaign", "team", "bureau", "staff", "head"}
) | {
    "wife", "husband", "son", "daughter", "mother", "father", "brother", "sister",
    "partner", "fiancé", "fiance", "fiancée", "fiancee", "widow", "widower", "uncle", "aunt",
    "cousin", "nephew", "niece", "grandson", "granddaughter", "grandmother", "grandfather",
    "neighbour", "neighbor", "colleague", "boss", "coach", "teacher", "agent", "client",
    "doctor", "nurse", "landlord", "landlady", "owner", "employer", "employee", "student",
    "pupil", "headteacher", "principal", "pastor", "priest", "vicar", "rabbi", "imam",
    "bishop", "captain", "teammate", "manager", "solicitor", "barrister", "spokesman",
    "publicist", "assistant", "deputy", "successor", "predecessor", "opponent", "victim",
    "witness", "survivor", "resident", "chief", "executive",
}

# Verbs and particles between a subject and "to say" ("goes on to say", "got up to ask").
CHAIN_WORDS: frozenset[str] = frozenset(
    {
        "on", "up", "go", "goes", "went", "going", "gone", "got", "gets", "began", "begins",
        "continue", "continues", "want", "wants", "try", "tries", "seem", "seems", "appear",
        "appears", "took", "takes", "rose", "stood", "came", "comes", "felt", "feels",
        "chose", "chooses", "need", "needs", "have", "has", "had", "hastened", "paused",
    }
)

# Common irregular past tenses: a noun phrase ends before them ("the senator sought").
IRREGULAR_PASTS: frozenset[str] = frozenset(
    {
        "began", "sought", "made", "took", "gave", "came", "went", "got", "saw", "found",
        "held", "left", "led", "kept", "met", "ran", "won", "lost", "sent", "spent", "stood",
        "thought", "brought", "bought", "felt", "paid", "knew", "grew", "drew", "threw",
        "became", "fought", "taught", "caught", "spoke", "broke", "chose", "wore", "rose",
        "fell", "struck", "hung", "sang", "sat", "built", "meant", "heard", "understood",
    }
)

# Determiners that make a nominal speaker anonymous ("a senior official", "two aides").
INDEFINITE_DETERMINERS: frozenset[str] = frozenset(
    {
        "a", "an", "one", "two", "three", "four", "five", "several", "some", "many", "other",
        "another", "numerous", "various", "multiple", "few",
    }
)

# Prepositions allowed inside a nominal speaker ("a spokesman for the campaign").
NP_PREPOSITIONS: frozenset[str] = frozenset({"of", "for", "at", "from", "with", "to", "on", "in"})

# Lower-case words that join the parts of a proper name ("Bank of America", "Leonardo da Vinci").
NAME_CONNECTORS: frozenset[str] = frozenset(
    {"of", "de", "da", "del", "della", "van", "von", "der", "den", "la", "le", "du", "bin",
     "al", "ibn", "and", "&", "for", "on"}
)

# Personal titles and honorifics that precede a name.
HONORIFICS: frozenset[str] = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "rev"}
)
MALE_HONORIFICS: frozenset[str] = frozenset({"mr", "sir", "lord", "king", "prince"})
FEMALE_HONORIFICS: frozenset[str] = frozenset(
    {"mrs", "ms", "miss", "dame", "lady", "queen", "princess"}
)
# A role noun of a definite nominal ("the senator") and the titles that name the same
# office before a name ("Sen. Roe", "Senator Roe").
TITLES_OF_ROLE: dict[str, frozenset[str]] = {
    "senator": frozenset({"sen", "senator"}),
    "governor": frozenset({"gov", "governor"}),
    "congressman": frozenset({"rep", "representative", "congressman"}),
    "congresswoman": frozenset({"rep", "representative", "congresswoman"}),
    "mayor": frozenset({"mayor"}),
    "judge": frozenset({"judge"}),
    "sheriff": frozenset({"sheriff"}),
    "ambassador": frozenset({"ambassador"}),
    "general": frozenset({"gen", "general"}),
}

PERSON_TITLES: frozenset[str] = frozenset(
    {
        "sen", "senator", "rep", "representative", "gov", "governor", "president", "mayor",
        "secretary", "minister", "chancellor", "ambassador", "judge", "justice", "gen",
        "general", "col", "colonel", "lt", "capt", "captain", "sgt", "adm", "admiral",
        "chairman", "chairwoman", "chair", "commissioner", "director", "prime", "premier",
        "speaker", "leader", "coach", "king", "queen", "prince", "princess", "pope", "bishop",
        "father", "sheriff", "attorney", "councilman", "councilwoman", "congressman",
        "congresswoman", "professor", "officer", "detective", "chief", "vice", "deputy",
        "spokesman", "spokeswoman", "spokesperson", "candidate", "nominee", "former",
    }
)

# Name words that mark an organisation rather than a person.
ORGANIZATION_WORDS: frozenset[str] = frozenset(
    {
        "party", "committee", "department", "ministry", "house", "news", "times", "post",
        "agency", "association", "council", "campaign", "university", "inc", "corp", "co",
        "company", "group", "institute", "foundation", "bank", "office", "court", "senate",
        "congress", "administration", "commission", "network", "journal", "press", "service",
        "union", "league", "organization", "organisation", "federation", "board", "bureau",
        "center", "centre", "church", "club", "fund", "government", "army", "police", "reuters",
        "tribune", "herald", "gazette", "daily", "magazine", "review", "alliance", "coalition",
        "project", "watch", "forum", "authority", "cnn", "fbi", "cia", "pentagon", "kremlin",
        "nations", "parliament", "assembly", "states", "llc", "ltd", "plc", "corporation",
        "international", "institution", "society", "academy", "school", "college", "hospital",
    }
)

# Words that are capitalised but never start a speaker name at a clause start.
NON_NAME_CAPITALS: frozenset[str] = frozenset(
    {
        "but", "and", "or", "so", "yet", "then", "when", "while", "as", "if", "because",
        "although", "though", "after", "before", "since", "in", "on", "at", "for", "with",
        "by", "from", "to", "of", "during", "still", "however", "meanwhile", "instead", "now",
        "later", "earlier", "also", "here", "there", "that", "this", "these", "those", "what",
        "which", "asked", "speaking", "according", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tomorrow",
        "last", "next", "indeed", "yes", "no", "well", "oh", "said", "says",
        # sentence adverbs that open a clause before its subject ("Back in May, Roe said")
        "back", "ever", "even", "again", "once", "soon", "shortly", "late", "early", "just",
        "only", "already", "finally", "eventually", "initially", "recently", "previously",
        "separately", "similarly", "likewise", "otherwise", "nonetheless", "afterward",
        "afterwards", "overall", "ultimately", "originally", "thus", "hence", "rather",
        "moreover", "furthermore", "nevertheless", "elsewhere", "together", "privately",
        "publicly", "specifically", "notably",
    }
)

# Clause openers that end a backward search for a subject ("..., where Smith said").
CLAUSE_OPENERS: frozenset[str] = frozenset(
    {
        "and", "but", "or", "so", "yet", "that", "where", "when", "while", "as", "because",
        "although", "though", "if", "after", "before", "since", "until", "whereas", "whom",
        "then", "which", "what", "how", "why", "whether",
    }
)

# Short elided words written with a leading apostrophe; never an opening quote mark.
ELISIONS: frozenset[str] = frozenset(
    {"em", "til", "tis", "twas", "cause", "bout", "round", "n", "nuff", "ol", "cos", "kay"}
)

# Time words a subject may be separated from its verb by ("Smith on Friday said").
TIME_WORDS: frozenset[str] = frozenset(
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "yesterday", "today", "tonight", "morning", "afternoon", "evening", "night", "week",
        "weekend", "month", "year", "earlier", "later", "recently", "day",
    }
)
TIME_PREPOSITIONS: frozenset[str] = frozenset({"on", "in", "last", "this", "early", "late", "that"})

# Words that join two predicates of one subject ("Smith slammed the bill and said ...").
COORDINATORS: frozenset[str] = frozenset({"and", "but", "or", "then"})

# Words before a verb form that make it a noun ("her claim", "the report", "a tweet").
NOUN_DETERMINERS: frozenset[str] = frozenset(
    {"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that",
     "these", "those", "whose", "such", "no"}
)

# Prepositions: a name right after one is an object, not a subject ("a letter to Smith").
PREPOSITIONS: frozenset[str] = frozenset(
    {
        "to", "with", "by", "for", "at", "from", "in", "on", "of", "about", "against", "like",
        "than", "into", "over", "under", "between", "among", "toward", "towards", "via",
        "including", "without", "within", "behind", "beside", "besides", "despite", "during",
        "through", "upon", "unlike", "versus", "vs", "per", "around", "across", "near", "onto",
        "alongside", "amid", "featuring",
    }
)

# Words before a participle cue whose subject is the clause's ("upon saying", "by tweeting").
PARTICIPLE_LEADS: frozenset[str] = frozenset(
    {"upon", "after", "before", "by", "while", "when", "in", "on", "without", "since"}
)

# Everything that may be capitalised at a clause start without being a name.
NOT_NAME_STARTS: frozenset[str] = (
    NON_NAME_CAPITALS
    | PREPOSITIONS
    | {
        "besides", "despite", "although", "unless", "whether", "once", "where", "why", "how",
        "there", "there's", "it's", "that's", "here's", "following", "given", "regarding",
        "asked", "speaking", "addressing", "responding", "meanwhile", "nevertheless",
        "moreover", "furthermore", "first", "second", "finally", "even", "only", "just",
        "both", "neither", "either", "whatever", "whoever", "perhaps", "maybe", "not",
    }
)

# Words right before a title-cased quote that make it the title of a work, not speech.
WORK_CUES: frozenset[str] = frozenset(
    {"on", "of", "in", "book", "books", "film", "movie", "show", "program", "programme",
     "series", "album", "song", "novel", "play", "memoir", "article", "column", "essay"}
)

# Capitalised labels before a colon that name no speaker ("UPDATE: ...", "NOTE: ...").
NOT_SPEAKER_LABELS: frozenset[str] = frozenset(
    {
        "NOTE", "UPDATE", "UPDATED", "EDITOR'S NOTE", "EDITOR’S NOTE", "VIDEO", "PHOTO",
        "WATCH", "READ", "BREAKING", "CORRECTION", "CLARIFICATION", "WARNING", "LIVE", "NEW",
        "EXCLUSIVE", "ALERT", "PS", "P.S", "FACT", "TRUTH", "LISTEN", "TRANSCRIPT",
    }
)

# Capitalised plurals that name a group, not a person ("Democrats said").
GROUP_WORDS: frozenset[str] = frozenset(
    {
        "democrats", "republicans", "independents", "conservatives", "liberals",
        "progressives", "americans", "europeans", "muslims", "christians", "catholics",
        "evangelicals", "jews", "protestants", "libertarians", "socialists", "communists",
        "greens", "tories", "labour", "unionists", "nationalists", "loyalists", "rebels",
        "officials", "authorities", "police", "prosecutors", "investigators", "lawmakers",
    }
)

# Units of time that open an introductory adjunct ("Hours later, ...", "Days after the vote").
TIME_UNITS: frozenset[str] = frozenset(
    {"second", "seconds", "minute", "minutes", "moment", "moments", "hour", "hours", "day",
     "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades"}
)
