"""Word lists the extractor reads text with. One place for each list, so a user who meets an
unfamiliar reporting verb or outlet knows where to add it."""

from __future__ import annotations

# Verbs that introduce or close a quotation ("said X", "X told", "X wrote on ...").
REPORTING_VERBS = frozenset(
    ["say", "says", "said", "saying", "tell", "tells", "told", "write", "writes", "wrote", "written", "writing", "add", "adds", "added", "state", "states", "stated", "explain", "explains", "explained", "reply", "replies", "replied", "respond", "responds", "responded", "ask", "asks", "asked", "answer", "answers", "answered", "insist", "insists", "insisted", "warn", "warns", "warned", "note", "notes", "noted", "tweet", "tweets", "tweeted", "post", "posts", "posted", "reiterate", "reiterates", "reiterated", "claim", "claims", "claimed", "admit", "admits", "admitted", "concede", "concedes", "conceded", "acknowledge", "acknowledges", "acknowledged", "recall", "recalls", "recalled", "declare", "declares", "declared", "announce", "announces", "announced", "argue", "argues", "argued", "suggest", "suggests", "suggested", "clarify", "clarifies", "clarified", "comment", "comments", "commented", "remark", "remarks", "remarked", "continue", "continues", "continued", "conclude", "concludes", "concluded", "report", "reports", "reported", "confirm", "confirms", "confirmed", "reveal", "reveals", "revealed", "describe", "describes", "described", "call", "calls", "called", "urge", "urges", "urged", "assert", "asserts", "asserted", "maintain", "maintains", "maintained", "contend", "contends", "contended", "emphasize", "emphasized", "emphasise", "emphasised", "stress", "stresses", "stressed", "observe", "observes", "observed", "point", "pointed", "recount", "recounted", "quip", "quipped", "joke", "joked", "complain", "complained", "lament", "lamented", "predict", "predicted", "promise", "promised", "deny", "denies", "denied", "charge", "charged", "allege", "alleges", "alleged", "testify", "testified", "accuse", "accused", "read", "reads", "cite", "cites", "cited", "quote", "quotes", "quoted", "message", "messaged", "email", "emailed", "announce", "proclaim", "proclaimed", "counter", "countered", "retort", "retorted", "shout", "shouted", "scream", "screamed", "whisper", "whispered", "mutter", "muttered", "exclaim", "exclaimed", "boast", "boasted", "vow", "vowed", "pledge", "pledged"]
)

# Words that stand for a speaker already named: resolved to the nearest fitting name.
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
THING_PRONOUNS = frozenset({"it", "they", "this"})

# Titles and honorifics stripped from names ("Congresswoman Ilhan Omar" -> "Ilhan Omar").
HONORIFICS = frozenset(
    ["mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "rev", "reverend", "fr", "father", "sheikh", "imam", "ayatollah", "president", "vice", "prime", "minister", "secretary", "senator", "sen", "rep", "representative", "congressman", "congresswoman", "governor", "gov", "mayor", "judge", "justice", "general", "gen", "colonel", "col", "major", "captain", "capt", "lieutenant", "lt", "sergeant", "ambassador", "chancellor", "king", "queen", "prince", "princess", "former", "mep", "mp", "journalist", "commentator", "columnist", "reporter", "analyst", "editor", "author", "writer", "activist", "researcher", "historian", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "chair", "director", "chief", "ceo", "founder", "co-founder", "professor", "councilman", "councilwoman", "councillor", "councilor", "alderman", "alderwoman", "assemblyman", "assemblywoman", "deputy", "officer", "detective", "sheriff", "inspector", "constable", "coach", "pastor", "bishop", "rabbi", "cardinal", "pope", "resident", "witness", "attorney", "lawyer", "doctor", "nurse", "superintendent", "commissioner"]
)

# Words that make a capitalised name an organisation rather than a person.
ORG_WORDS = frozenset(
    ["congress", "department", "council", "organization", "organisation", "library", "institute", "institution", "security", "ministry", "agency", "office", "committee", "commission", "university", "college", "foundation", "center", "centre", "society", "association", "party", "union", "league", "government", "administration", "army", "force", "forces", "corps", "court", "tribunal", "parliament", "senate", "house", "police", "bureau", "service", "services", "group", "company", "corporation", "inc", "ltd", "llc", "bank", "fund", "network", "times", "post", "news", "journal", "herald", "tribune", "daily", "gazette", "magazine", "review", "press", "monitor", "radio", "tv", "television", "broadcasting", "channel", "wire", "telegraph", "guardian", "observer", "chronicle", "insider", "beast", "intercept", "independent", "atlantic", "hill", "diplomat", "federalist", "caller", "blog", "podcast", "show", "project", "campaign", "communities", "staff", "microsoft", "google", "facebook", "twitter", "state", "states", "nations", "union", "republic", "regime"]
)

# Words in a name that mark a publication.
OUTLET_WORDS = frozenset(
    ["news", "times", "post", "journal", "herald", "tribune", "daily", "gazette", "magazine", "review", "press", "monitor", "radio", "tv", "television", "broadcasting", "channel", "wire", "telegraph", "guardian", "observer", "chronicle", "insider", "beast", "intercept", "independent", "atlantic", "diplomat", "federalist", "caller", "blog", "podcast", "show", "programme", "program", "agency", "newspaper", "weekly", "quarterly", "reporter", "examiner", "standard", "mirror", "sun", "star", "express", "mail", "today", "bulletin", "courier", "dispatch", "inquirer", "enquirer", "sentinel", "ledger", "globe", "bee", "beacon", "argus", "statesman", "spectator", "dealer", "picayune"]
)

# Publications and platforms common enough to recognise by name alone (lower case, no "the").
KNOWN_OUTLETS = frozenset(
    """
    intercept|independent|guardian|new york times|washington post|wall street journal|bbc|cnn|fox news|msnbc
    |nbc|abc|cbs|npr|pbs|reuters|associated press|ap|afp|bloomberg|politico|axios|the hill|hill|vox|vice
    |buzzfeed|buzzfeed news|huffpost|huffington post|daily beast|atlantic|new yorker|economist|financial times
    |telegraph|times|sunday times|observer|daily mail|mirror|sun|forbes|fortune|time|newsweek|usa today
    |los angeles times|chicago tribune|boston globe|al jazeera|aljazeera|al-jazeera|al arabiya|al-arabiya
    |al monitor|al-monitor|middle east eye|haaretz|jerusalem post|times of israel|der spiegel|spiegel
    |le monde|el pais|deutsche welle|dw|france 24|rt|sputnik|press tv|irna|tasnim|fars|mehr|isna
    |voice of america|voa|radio farda|rfe/rl|radio free europe|lobelog|lobe log|responsible statecraft
    |foreign policy|foreign affairs|national interest|diplomat|federalist|daily caller|breitbart|salon|slate
    |mother jones|nation|jacobin|propublica|wikileaks|informed comment|balkans post|strategic culture foundation
    |iran focus|democracy now|the young turks|axios|semafor|the telegraph|daily telegraph|the times
    |twitter|x|facebook|instagram|youtube|telegram|tiktok|reddit|linkedin|substack|medium|truth social|bluesky|mastodon
    """.replace("\n", "").split("|")
)

# Social platforms: "tweeted" means Twitter, "posted on Facebook" means Facebook.
PLATFORM_CUES = {
    "tweet": "Twitter",
    "tweets": "Twitter",
    "tweeted": "Twitter",
    "retweeted": "Twitter",
    "twitter": "Twitter",
    "facebook": "Facebook",
    "instagram": "Instagram",
    "youtube": "YouTube",
    "telegram": "Telegram",
    "tiktok": "TikTok",
    "bluesky": "Bluesky",
    "mastodon": "Mastodon",
}

# Small words allowed inside a capitalised name ("Library of Congress", "Foundation for ...").
NAME_CONNECTORS = frozenset({"of", "for", "de", "del", "der", "van", "von", "bin", "al", "el", "la", "le", "and", "on", "the"})

# Capitalised words that begin sentences or are months/days, never names on their own.
NOT_NAMES = frozenset(
    ["the", "a", "an", "in", "on", "at", "of", "for", "to", "from", "by", "with", "and", "or", "but", "if", "as", "so", "yet", "this", "that", "these", "those", "there", "here", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "who", "whom", "which", "what", "when", "where", "why", "how", "according", "after", "before", "during", "since", "until", "while", "although", "though", "because", "however", "moreover", "thus", "therefore", "meanwhile", "also", "even", "still", "just", "only", "now", "then", "today", "yesterday", "last", "next", "first", "second", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "no", "yes", "not", "all", "some", "many", "most", "more", "such", "both", "each", "every", "another", "other", "any", "none", "mr", "mrs", "ms", "dr"]
)

# Determiners and vague words stripped from a described speaker ("a senior Congressional aide").
DETERMINERS = frozenset({"a", "an", "the", "one", "another", "some", "this", "that"})
