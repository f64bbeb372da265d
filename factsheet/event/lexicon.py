"""Word lists of the event section, written from general knowledge of English news style.

Nothing here is mined from any evaluation corpus: the usual
dateline keywords of wire services and web pages, head nouns of named events, the
function words that may follow a place name, and the picture credits and promotions
("Photo: ...", "Sign up for our newsletter") that web pages put around a story.
"""

from __future__ import annotations

from factsheet import lexicon as news


def _words(text: str) -> frozenset[str]:
    """A word list written as a block of text, one space between words."""
    return frozenset(text.split())


# Month and weekday names with their usual news abbreviations (AP style "Aug.", "Sept."),
# lower case: the shared calendar words of factsheet/lexicon.py.
MONTHS: dict[str, int] = {**news.MONTHS, **news.MONTH_ABBREVIATIONS}
WEEKDAYS = (*news.WEEKDAYS, *news.WEEKDAY_ABBREVIATIONS)

# Words that introduce the date line of a web page ("Published: 21 May 2025 09:14 BST").
DATE_LINE_KEYWORDS = (
    "published", "updated", "last updated", "posted", "first published", "last modified",
    "date", "released",
)  # fmt: skip

# Labels a press release or wire copy puts above its headline ("FOR IMMEDIATE RELEASE",
# "EMBARGOED UNTIL 00:01 GMT"): never the headline. Lower case; a line starting so counts.
RELEASE_LABELS = (
    "for immediate release", "immediate release", "for release", "press release",
    "news release", "media release", "media advisory", "embargoed", "under embargo",
    "not for publication",
)  # fmt: skip

# Head nouns of named events: "Plenary Meeting", "Robot Olympics", "World Cup".
EVENT_HEADS = _words(
    """
    meeting meetings summit conference conferences olympics olympiad games election elections
    championship championships cup festival expo exposition forum convention bowl
    tournament marathon awards ceremony session talks plenary exhibition fair parade week
    race rally referendum debate prix trophy classic derby regatta jamboree gala
    carnival concert symposium dialogue caucus caucuses primary primaries open
    show series contest tour
    """
)

# Head nouns of organisations: a capitalised run with one of them is no event, even with an
# event word inside ("Board of Elections", "Organisation of the Islamic Conference").
ORGANISATION_WORDS = _words(
    """
    commission committee board council authority office department agency ministry
    organisation organization association federation institute foundation corporation
    """
)

# Event heads that need at least two capitalised words before them ("U.S. Open"); a "Tour"
# after one name is often the body that runs it ("the PGA Tour ditches ...").
WEAK_EVENT_HEADS = frozenset({"open", "week", "classic", "primary", "race", "session", "tour"})

# Lower-case words allowed inside a capitalised name ("Daughters of the American Revolution").
NAME_CONNECTORS = frozenset({"of", "and", "&", "the", "de", "du", "la", "von", "van", "for"})

# Capitalised function words that open a sentence before a name ("As the ... Convention").
RUN_OPENERS = _words(
    """
    as at in on after during since for with by from when while before until following
    despite like unlike if but and so then this that these those last next ahead inside
    outside near at among amid throughout
    """
)

# Prepositions after the head of a named event that keep the name going
# ("Meeting on North Korean Human Rights", "Conference of the Parties").
EVENT_EXTENSION_PREPS = frozenset({"on", "of", "for"})

# Prepositions that introduce the place of an event.
PLACE_PREPS = frozenset(
    {"in", "at", "near", "outside", "inside", "into", "onto", "across", "throughout", "off",
     "along"}
)

# Nouns of a place named after "of": "the coast of ...", "the town of ...".
PLACE_NOUNS = _words(
    """
    coast coasts shore shores town city village province state region district county
    island islands capital port outskirts suburb suburbs area municipality prefecture
    neighbourhood neighborhood peninsula valley
    """
)

# Words that may follow a place name; any other lower-case word means the capitalised
# word was a modifier ("in English county cricket"), not a place.
PLACE_FOLLOWERS = _words(
    """
    on in at for to and or but with after before during when where which who that as by
    from of since while last this next earlier later amid over under near said says
    told reported late early yesterday today tonight tomorrow until against between into
    """
)

# Capitalised words that follow "in"/"at" without being places.
NON_PLACE_WORDS = _words(
    """
    congress parliament court government senate house office power charge custody
    english french spanish german chinese japanese arabic russian italian portuguese
    hindi korean latin greek dutch persian turkish hebrew
    """
)

# Last words of a named venue: "at the Metro Convention Centre" is a place even when the
# participants extractor calls it an organisation.
VENUE_HEADS = _words(
    """
    centre center hall stadium arena park university college school hospital airport square
    museum gallery theatre theater church cathedral mosque temple palace court courthouse
    station port harbour harbor bridge building tower campus hotel club ground grounds field
    memorial monument plaza mall market
    """
)

# Reporting verbs (and the nouns of reports): a date next to one of them dates the report,
# not the event ("said on Friday", "in a statement Friday", "an editorial on Thursday").
# The verbs are a subset of the shared SPEECH_VERBS, in their finite forms ("says", "said").
REPORT_BASES = ("say", "tell", "report", "state", "announce", "add", "confirm")
REPORTING_VERBS = (
    news.finite_forms(REPORT_BASES)
    | _words("say according report statement editorial interview")
)

# Reporting verbs whose act may itself be the news: "announced on Friday that it will ...".
ANNOUNCING_VERBS = news.finite_forms(("announce", "confirm"))

# Reporting verbs before "that" in a sentence opening with a date ("On Friday, police
# said that ..."): that sentence reports, its date is the report's.
REPORT_THAT_BASES = ("say", "report", "announce", "state", "confirm")

# Words of a day named relative to the story's date: such a day is close enough to be news.
DEICTIC_DAY_WORDS = _words(
    """
    yesterday today tonight monday tuesday wednesday thursday friday saturday sunday
    """
)

# Words opening a clause that sets the background of the main one: "After a defeat on
# Tuesday, the senator ...".
BACKGROUND_OPENERS = _words(
    """
    after following since despite before amid unlike while although though
    """
)

# Words of a day or time within a day or two of the story's date.
NEAR_DAY_WORDS = _words("yesterday today tonight hour hours minute minutes overnight")

# Words of a sentence about the future: only then may the event come after the story's date.
FUTURE_MARKERS = _words(
    """
    will shall won't tomorrow upcoming plans planned planning scheduled expected expects
    intends
    """
)

# Words that mark a picture caption or credit line inside the article body, wherever they
# stand in a short line (web pages label their pictures: "Image caption, ...").
CAPTION_MARKERS = (
    "Image:", "Photo:", "Video:", "Picture:", "Credit:", "File photo", "Photograph:",
    "Caption:", "Pictured:", "Image caption", "Image source", "Media caption", "Photo credit",
)  # fmt: skip

# Lower-case particles of place names that are no particle of a person's name ("Dar es
# Salaam", "Rio do Sul"); the others are the participants section's NAME_PARTICLES ("Rio
# de Janeiro").
PLACE_ONLY_PARTICLES = _words("do des es")

# --- Page furniture above the headline and the dateline -----------------------------------
# General knowledge of news site navigation and agency caption styles.

# Kickers of a web page: a section label above a headline ("EXCLUSIVE", "Video") and never
# a place before a dash ("WATCH - ...").
PAGE_KICKERS = _words(
    "analysis breaking editorial exclusive explainer gallery live opinion photos video videos watch"
)
# Page labels that are a whole line: a page tool above a headline, a promotion in the body.
PAGE_LABELS = _words("advertisement sponsored")

# The words of a section label or kicker above a headline ("POLITICS", "World News",
# "Arts & Culture").
SECTION_WORDS = PAGE_KICKERS | _words(
    """
    news world politics political business sport sports opinions local national
    international us u.s. uk europe asia africa americas australia middle east health
    science tech technology entertainment culture lifestyle life style travel weather crime
    justice education environment climate economy markets money finance features feature
    latest top stories metro nation arts books music movies film tv food obituaries
    investigations elections commentary columns letters regional region state city
    community home global special report trending sponsored content and &
    """
)
# Share buttons and page tools, as whole lines (lower case).
TOOL_LINES = PAGE_LABELS | frozenset({
    "share", "save", "print", "email", "e-mail", "tweet", "copy link", "link copied",
    "comment", "comments", "listen", "listen to this article", "listen to article",
    "gift this article", "gift article", "facebook", "twitter", "x", "whatsapp", "linkedin",
    "reddit", "pinterest", "flipboard", "messenger", "bookmark", "follow", "subscribe",
    "sign in", "log in", "menu", "search", "close",
    "skip to content", "skip to main content", "share this article", "share this story",
    "share this", "share article", "share story", "read more",
})  # fmt: skip
TOOL_PREFIXES = ("share on ", "share via ", "share to ", "share with ", "follow us on ",
                 "email this", "print this")

# Labels of a web page that look like a place before a dash or a colon ("FILE - ...",
# "WATCH — ...") but never are one.
NOT_PLACES = PAGE_KICKERS | _words(
    """
    file photo picture pictures image images audio listen update updated correction
    advertisement graphic factbox related read note podcast
    """
)

# A photo caption between the headline and the dateline opens with "FILE -" (an archive
# picture) or ends with a photo credit: "(AP Photo/Jon Doe)", "(Jon Doe/Ledger via AP)",
# "REUTERS/Jon Doe/File Photo", "(Photo by Jon Doe/Getty Images)", "Jon Doe/AFP via Getty
# Images", "Photograph: Jon Doe/Reuters". Their openings, the labels that open a bracketed
# credit, the desks after "via" and those after the photographer's slash:
CAPTION_OPENINGS = ("FILE -", "FILE —", "FILE –", "FILE:", "FILE PHOTO", "File photo")
CREDIT_BRACKET_LABELS = (
    "AP Photo", "Photo by", "Photo:", "Photograph:", "Picture:", "Image:", "Credit:",
    "File photo",
)  # fmt: skip
CREDIT_VIA_DESKS = ("AP", "Reuters", "Getty Images")
CREDIT_SLASH_DESKS = (
    "Getty Images", "AFP", "EPA", "EPA-EFE", "Reuters", "File Photo", "Shutterstock",
)  # fmt: skip

# --- Clutter of web pages between the dateline and the lead ------------------------------

# First words of a credit line under a picture: "Photo: Jane Roe", "Photo by Jane Roe",
# "Image source, ...", "Courtesy of the fire department". Lower case; they count only
# before a colon or a comma, or before one of CREDIT_LINKS.
CREDIT_OPENERS = _words(
    """
    photo photos photograph photographs photography picture pictures image images credit
    credits courtesy illustration
    """
)
CREDIT_LINKS = _words("by credit credits source of courtesy")

# Words of a credit line in brackets ("(Getty Images)", "(AP Photo)"), lower case: picture
# words and the picture desks of the big agencies.
CREDIT_WORDS = CREDIT_OPENERS | _words(
    """
    getty shutterstock alamy reuters afp ap epa efe xinhua pool file handout supplied
    """
)

# Lines that promote the outlet rather than tell the story, by their first words (lower
# case): newsletter sign-ups, share and follow buttons, app and audio offers, links. Keyed
# by the first word, each with the words that must follow it (none: the word alone), so a
# line costs one look-up.
PROMO_OPENERS: dict[str, tuple[tuple[str, ...], ...]] = {
    "sign": (("up",),),
    "signup": ((),),
    "subscribe": ((),),
    "follow": (("us",), ("our",)),
    "click": (("here",),),
    "tap": (("here",),),
    "download": (("our",), ("the",)),
    "listen": (("to", "this"), ("to", "the", "article")),
    "read": (("more",), ("also",)),
    "also": (("read",),),
    "see": (("also",),),
    "more": (("on", "this"),),
    "continue": (("reading",),),
    "story": (("continues",),),
    "article": (("continues",),),
    "get": (("the", "latest"), ("our",)),
    "don't": (("miss",),),
    "never": (("miss",),),
    "want": (("more",),),
    "share": (("this",),),
    "join": (("our",),),
    "support": (("our",),),
    "this": (("article", "is", "more", "than"),),
    "we": (("want", "to", "hear"),),
}  # fmt: skip

# A line that is only this word is a promotion or a page label ("Advertisement").
PROMO_LINES = PAGE_LABELS | _words("advertising ad promoted")

# A short line addressing the reader ("you", "your") about one of these words is a promo:
# "Get the day's news in your inbox with our free newsletter."
PROMO_WORDS = _words(
    """
    newsletter newsletters inbox podcast podcasts subscribe subscription subscriber
    app apps alerts notifications
    """
)
READER_WORDS = _words("you your you're")

# Function words left out when comparing a sentence with the headline.
STOPWORDS = _words(
    """
    a an the of in on at to for and or but is are was were be been being has have had do
    does did will would can could may might shall should that this these those it its as
    by with from into over after before about than then there their they them he she his
    her we our you your i not no so if up out new more most said says
    """
)

# --- Summary: choosing the news sentence and cutting it to length ------------------------

# Pronouns and demonstratives that point back: a sentence opening with one needs the one
# before it, so it cannot stand alone as the summary.
BACK_POINTERS = _words(
    """
    he she it they his her its their him them such
    but and yet so also still however meanwhile instead then or nor
    """
)

# "This", "that"... point back only as a pronoun, before a verb ("This comes after ...");
# "This year's finalists ..." is a determiner.
DEMONSTRATIVES = _words("this that these those")
PRONOUN_VERBS = _words(
    """
    is was are were has have had comes came means meant follows followed will would could
    may might marks marked shows showed
    """
)

# Words that open a clause after a comma; what follows is detail that a summary may drop
# (", which ...", ", according to ...", ", with ...").
TAIL_CLAUSE_OPENERS = _words(
    """
    which who whom whose where when while whereas although though because as after before
    since despite amid amidst following including according with without until unless
    prompting sparking leaving killing causing bringing making marking ending raising
    """
)

# Subordinators that open a clause even without a comma ("... arrested after he ...").
SUBORDINATORS = _words(
    """
    after because although though while whereas despite amid amidst when unless
    """
)

# Irregular past participles opening a reduced clause (", held in Geneva on Monday").
IRREGULAR_PARTICIPLES = _words(
    """
    held made built known seen given taken found led set sent brought caught born shown
    written told hit put left won lost cut run begun drawn done hidden kept paid sold spent
    struck thrown worn shot fought chosen broken spoken stolen driven grown flown met read
    """
)

# Auxiliaries of the past, the perfect and the future: with a past form ("-ed", "took")
# they mark a sentence that tells something happened or will happen, not a standing state
# ("Half of the pupils are short of iodine, researchers say").
EVENT_AUXILIARIES = _words("has have had was were will did")

# Irregular simple past forms that are no participle (those are in IRREGULAR_PARTICIPLES).
IRREGULAR_PASTS = _words(
    """
    took gave came went began drew fell rose saw ran wrote became chose broke spoke stole
    drove grew flew forgot forgave froze hid knew rode rang sang sank swam threw woke wore
    """
)


def is_event_verb(word: str, regular_exceptions: frozenset[str] = frozenset()) -> bool:
    """A verb form telling that something happened or will happen: an auxiliary of the
    past, perfect or future, an irregular past, or a regular past in "-ed" longer than
    "owed" (not one of ``regular_exceptions``: "said"-like verbs, modifier participles)."""
    if word in EVENT_AUXILIARIES or word in IRREGULAR_PASTS:
        return True
    return (len(word) > 4 and word.endswith("ed") and word.islower()
            and word not in regular_exceptions)

# Prepositions of time and place where an adjunct may be cut off as a last resort.
# "of", "to", "for", "with" are left out: verbs and nouns often need them ("the start of",
# "plans to", "called for", "dealt with").
CUT_PREPOSITIONS = _words(
    """
    in at on near during after before since until amid despite throughout across around
    outside inside
    """
)

# Words that need the preposition after them: "took part in", "according to".
BOUND_BEFORE_PREPOSITION = _words(
    """
    part interest role share lead stake effect belief trust participation investment
    based focus focused rely relied depend depends depended due prior according
    long shortly just soon right well even only moments minutes hours days weeks months
    years
    """
)

# Nouns whose object follows "on" after a phrase between ("the effects of warming over
# the next decades on crops", "a ban of two years on fishing"): the "on" phrase is no
# adjunct to cut. Written from general English usage.
NOUNS_WITH_ON = _words(
    """
    effect effects impact impacts influence ban bans sanctions restrictions limits tax
    taxes crackdown pressure attack attacks emphasis focus
    """
)

# Words that open a noun phrase after a preposition ("in the ...", "on his ...").
NOUN_PHRASE_OPENERS = _words(
    """
    the a an this that these those his her its their our my your some several many
    """
)

# Words that may follow ", and"/", but" when a new clause starts there.
CLAUSE_STARTERS = _words(
    """
    the a an this these those he she it they we its his her their many some most all
    several both police officials authorities
    """
)

# Words before an "as" that is no clause: "such as", "as well as", "known as".
AS_BOUND_WORDS = _words(
    """
    such well known same so just much many long soon far serve serves act acts acting
    """
)

# Quantities that open a clause's subject: "as thousands of fans ...".
QUANTITY_WORDS = _words(
    """
    hundreds thousands millions dozens tens scores
    """
)

# Verbs of attribution: ", police said" and ", according to ..." tails.
ATTRIBUTION_VERBS = news.finite_forms((*REPORT_BASES, "claim")) | _words("say according")

# Words opening a background or attribution clause before the main one
# ("With the budget agreed, ...", "According to the police, ...").
LEADING_CLAUSE_OPENERS = _words(
    """
    with after following despite amid amidst although though while as because according
    since before having in during on at if when unlike like
    monday tuesday wednesday thursday friday saturday sunday yesterday today
    """
)

# Words of a time phrase opening a sentence ("On Friday, ", "Late last week, ").
TIME_OPENER_WORDS = _words(
    """
    on in at last this early late earlier later next yesterday today tonight week weekend
    month year morning afternoon evening night day monday tuesday wednesday thursday
    friday saturday sunday
    """
)

# Prepositions after a past participle that make it a reduced clause (", held in ...",
# ", owned by ..."); ", adopted a plan" is a verb of the main clause instead.
PARTICIPLE_PREPOSITIONS = _words(
    """
    in at on by for from to near after during with under over into across as since
    """
)

# Words a summary never ends on: the phrase they open would be left unfinished.
DANGLING_WORDS = _words(
    """
    a an the and or but nor of to for with by from in on at as that which who whom whose
    than his her its their our my your this these those
    """
)
