//! The word lists the rules read text with (one place: `loaders/lexicon.json`, where a user
//! who meets an unfamiliar reporting verb or outlet adds it, read when provgraph starts: no
//! rebuild).

use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{LazyLock, OnceLock};

pub struct Lexicon {
    pub reporting_verbs: HashSet<String>,
    pub person_pronouns: HashSet<String>,
    pub thing_pronouns: HashSet<String>,
    pub honorifics: HashSet<String>,
    pub org_words: HashSet<String>,
    pub outlet_words: HashSet<String>,
    pub known_outlets: HashSet<String>,
    pub platform_cues: HashMap<String, String>,
    pub name_connectors: HashSet<String>,
    pub not_names: HashSet<String>,
    pub determiners: HashSet<String>,
    /// month names and abbreviations of every language read, to their number
    pub months: HashMap<String, u32>,
    /// titles printed as abbreviations before a name ("Mr.", "Rep.", "Gen.")
    pub abbreviated_titles: HashSet<String>,
    /// past tenses not ending in -ed ("spoke", "took"): after a name, a verb, not a noun it modifies
    pub irregular_past_verbs: HashSet<String>,
    /// before a capitalised run, the run opens with the preposition's object ("ambassador to Britain Liu Xiaming")
    pub prepositions: HashSet<String>,
    /// adverbs that open a sentence ("Critically, however, it …"): an introduction, not a subject
    pub sentence_adverbs: HashSet<String>,
    /// words that open a new clause after a quotation ("…,” but she said …): what follows
    /// introduces the next statement, not the quotation before
    pub clause_conjunctions: HashSet<String>,
    /// nouns of works a title follows ("his book “…”", "the 2007 article, “…”")
    pub work_title_nouns: HashSet<String>,
    /// words after which quoted words are a work's title, not speech ("a memo titled “…”")
    pub title_cues: HashSet<String>,
    /// words after an opening participle that make it an introduction ("Asked about …")
    pub clause_after_participle: HashSet<String>,
    /// nouns after a platform's name that make it the medium ("Twitter post")
    pub platform_nouns: HashSet<String>,
    /// verbs that say words were posted ("tweeted")
    pub platform_verbs: HashSet<String>,
    /// words between a name and its verb that are not the name ("Ruiz also said")
    pub trailing_adverbs: HashSet<String>,
    /// function words after a name that keep it the subject ("Ruiz has", "Ruiz, who")
    pub words_after_a_subject: HashSet<String>,
    /// participles that report speech ("adding", "noting")
    pub reporting_participles: HashSet<String>,
    /// nouns of a piece of reporting in a mention ("an Intercept investigation")
    pub work_words: HashSet<String>,
    /// verbs of an outlet's reporting in a mention ("as The Intercept reported")
    pub reported_words: HashSet<String>,
    /// verbs of a disclosure by an outlet ("disclosed by The Intercept", "The Intercept revealed that")
    pub disclosed_words: HashSet<String>,
    /// verbs before "on"/"in"/"to" and an outlet: "said on CNN", "wrote in The Atlantic"
    pub verbs_before_an_outlet: HashSet<String>,
    /// verbs before "to"/"with" and an outlet: "spoke to The Intercept"
    pub verbs_to_an_outlet: HashSet<String>,
    /// verbs before "by" and an outlet: "reported by Reuters"
    pub verbs_by_an_outlet: HashSet<String>,
    /// nouns of an outlet's people after its name: "a New York Times reporter"
    pub outlet_staff_nouns: HashSet<String>,
    /// nouns of a show after its owner's name: "Tucker Carlson's show"
    pub show_nouns: HashSet<String>,
    /// words whose full stop ends no sentence ("Mr.", "Jan.", "e.g.")
    pub sentence_abbreviations: HashSet<String>,
    /// small words a name-like title leaves uncapitalised ("of", "de", "la")
    pub small_title_words: HashSet<String>,
    /// nouns of written works ("report", "study"): a thing that says, not a person
    pub thing_nouns: HashSet<String>,
    /// plural nouns of people no article identifies ("commentators", "critics"): "Critics
    /// said" names no speaker, where "Prosecutors alleged" names the prosecution
    pub unidentified_groups: HashSet<String>,
    /// nouns that make a described speaker a body ("ministry", "agency")
    pub org_nouns: HashSet<String>,
    /// words that open an introduction before the subject ("Meanwhile", "After"), never a speaker
    pub intro_words: HashSet<String>,
    /// before a name, a place ("in Fort Wayne"), never the person a pronoun stands for
    pub place_prepositions: HashSet<String>,
    /// lower-case words a surname may open with ("de Roever", "van der Berg")
    pub surname_particles: HashSet<String>,
    /// words that name an institution, where a thesis or a report comes from
    pub institution_words: HashSet<String>,
    /// words that name a journal ("Journal", "Trans", "Letters"): a number after such a name is its volume
    pub journal_words: HashSet<String>,
    /// "is", "was", "had": the verbs a sentence is most often built on (a note that explains, not cites)
    pub auxiliary_verbs: HashSet<String>,
    /// words that never open a described speaker ("or anything to do with")
    pub description_openers: HashSet<String>,
    /// words of a clause, never inside a described speaker ("Audience members laughed when he")
    pub description_clause_words: HashSet<String>,
}

/// The lexicon built into the core: `loaders/lexicon.json` as it was when the core was built.
/// The Python side passes the file as it is now (with a user's words merged in) through
/// `choose` before the first extraction, so a word added there needs no rebuild.
const BUILT_IN: &str = include_str!("../../loaders/lexicon.json");

static CHOSEN: OnceLock<Lexicon> = OnceLock::new();
static IN_USE: AtomicBool = AtomicBool::new(false);

/// The lexicon every rule reads: the one chosen at start-up, else the built-in one.
pub static LEX: LazyLock<&'static Lexicon> = LazyLock::new(|| {
    IN_USE.store(true, Ordering::SeqCst);
    CHOSEN.get_or_init(|| Lexicon::from_json(BUILT_IN).expect("the built-in lexicon is valid"))
});

/// Use the lexicon in `json` (shaped like `loaders/lexicon.json`) for the rest of the process.
/// Rules compile their patterns from the lexicon once, at first use, so it must be chosen
/// before any text is read: afterwards this is an error.
pub fn choose(json: &str) -> Result<(), String> {
    if IN_USE.load(Ordering::SeqCst) {
        return Err("the lexicon is already in use: choose it before the first extraction".into());
    }
    let lexicon = Lexicon::from_json(json)?;
    CHOSEN.set(lexicon).map_err(|_| "a lexicon was already chosen".to_string())
}

impl Lexicon {
    pub fn from_json(json: &str) -> Result<Lexicon, String> {
        let v: serde_json::Value = serde_json::from_str(json).map_err(|e| format!("not valid JSON: {e}"))?;
        let words = |key: &str, list: &serde_json::Value| -> Result<HashSet<String>, String> {
            let items = list.as_array().ok_or_else(|| format!("{key}: expected a list of words"))?;
            items
                .iter()
                .map(|x| x.as_str().map(str::to_string).ok_or_else(|| format!("{key}: {x} is not a word")))
                .collect()
        };
        let set = |k: &str| words(k, &v[k]);
        let platform_cues = v["PLATFORM_CUES"]
            .as_object()
            .ok_or("PLATFORM_CUES: expected an object of cue -> platform")?
            .iter()
            .map(|(k, x)| {
                x.as_str()
                    .map(|x| (k.clone(), x.to_string()))
                    .ok_or_else(|| format!("PLATFORM_CUES: {k} is not a platform name"))
            })
            .collect::<Result<_, _>>()?;
        let mut months = HashMap::new();
        for (lang, names) in v["MONTHS"].as_object().ok_or("MONTHS: expected an object of language -> names")? {
            for (name, number) in names
                .as_object()
                .ok_or_else(|| format!("MONTHS.{lang}: expected an object of name -> number"))?
            {
                let number = number
                    .as_u64()
                    .filter(|n| (1..=12).contains(n))
                    .ok_or_else(|| format!("MONTHS.{lang}.{name}: not a month number"))?;
                months.insert(name.clone(), number as u32);
            }
        }
        Ok(Lexicon {
            reporting_verbs: set("REPORTING_VERBS")?,
            person_pronouns: set("PERSON_PRONOUNS")?,
            thing_pronouns: set("THING_PRONOUNS")?,
            honorifics: set("HONORIFICS")?,
            org_words: set("ORG_WORDS")?,
            outlet_words: set("OUTLET_WORDS")?,
            known_outlets: set("KNOWN_OUTLETS")?,
            platform_cues,
            name_connectors: set("NAME_CONNECTORS")?,
            not_names: set("NOT_NAMES")?,
            determiners: set("DETERMINERS")?,
            abbreviated_titles: set("ABBREVIATED_TITLES")?,
            irregular_past_verbs: set("IRREGULAR_PAST_VERBS")?,
            prepositions: set("PREPOSITIONS")?,
            place_prepositions: set("PLACE_PREPOSITIONS")?,
            surname_particles: set("SURNAME_PARTICLES")?,
            institution_words: set("INSTITUTION_WORDS")?,
            journal_words: set("JOURNAL_WORDS")?,
            auxiliary_verbs: set("AUXILIARY_VERBS")?,
            sentence_adverbs: set("SENTENCE_ADVERBS")?,
            clause_conjunctions: set("CLAUSE_CONJUNCTIONS")?,
            title_cues: set("TITLE_CUES")?,
            clause_after_participle: set("CLAUSE_AFTER_PARTICIPLE")?,
            platform_nouns: set("PLATFORM_NOUNS")?,
            platform_verbs: set("PLATFORM_VERBS")?,
            trailing_adverbs: set("TRAILING_ADVERBS")?,
            thing_nouns: set("THING_NOUNS")?,
            work_title_nouns: set("WORK_TITLE_NOUNS")?,
            small_title_words: set("SMALL_TITLE_WORDS")?,
            sentence_abbreviations: set("SENTENCE_ABBREVIATIONS")?,
            verbs_before_an_outlet: set("VERBS_BEFORE_AN_OUTLET")?,
            verbs_to_an_outlet: set("VERBS_TO_AN_OUTLET")?,
            verbs_by_an_outlet: set("VERBS_BY_AN_OUTLET")?,
            outlet_staff_nouns: set("OUTLET_STAFF_NOUNS")?,
            show_nouns: set("SHOW_NOUNS")?,
            work_words: set("MENTION_WORK_WORDS")?,
            reported_words: set("MENTION_REPORTED_WORDS")?,
            disclosed_words: set("MENTION_DISCLOSED_WORDS")?,
            words_after_a_subject: set("WORDS_AFTER_A_SUBJECT")?,
            reporting_participles: set("REPORTING_PARTICIPLES")?,
            unidentified_groups: set("UNIDENTIFIED_GROUPS")?,
            org_nouns: set("ORG_NOUNS")?,
            intro_words: set("INTRO_WORDS")?,
            description_openers: words("NOT_DESCRIPTIONS.openers", &v["NOT_DESCRIPTIONS"]["openers"])?,
            description_clause_words: words("NOT_DESCRIPTIONS.clause_words", &v["NOT_DESCRIPTIONS"]["clause_words"])?,
            months,
        })
    }
}

/// A lexicon list in a fixed order, for patterns and automata built from it (the lexicon is
/// read once and kept for the run, so its words live as long as the program).
pub fn sorted_words(words: &'static HashSet<String>) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = words.iter().map(String::as_str).collect();
    out.sort_unstable();
    out
}
