//! The word lists the rules read text with (one place: `loaders/lexicon.json`, where a user
//! who meets an unfamiliar reporting verb or outlet adds it).

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

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
    /// words that never open a described speaker ("or anything to do with")
    pub description_openers: HashSet<String>,
    /// words of a clause, never inside a described speaker ("Audience members laughed when he")
    pub description_clause_words: HashSet<String>,
}

pub static LEX: LazyLock<Lexicon> = LazyLock::new(|| {
    let v: serde_json::Value = serde_json::from_str(include_str!("../../loaders/lexicon.json")).expect("lexicon.json");
    let words = |list: &serde_json::Value| -> HashSet<String> {
        list.as_array()
            .expect("a list of words")
            .iter()
            .map(|x| x.as_str().unwrap().to_string())
            .collect()
    };
    let set = |k: &str| -> HashSet<String> { words(&v[k]) };
    Lexicon {
        reporting_verbs: set("REPORTING_VERBS"),
        person_pronouns: set("PERSON_PRONOUNS"),
        thing_pronouns: set("THING_PRONOUNS"),
        honorifics: set("HONORIFICS"),
        org_words: set("ORG_WORDS"),
        outlet_words: set("OUTLET_WORDS"),
        known_outlets: set("KNOWN_OUTLETS"),
        platform_cues: v["PLATFORM_CUES"]
            .as_object()
            .unwrap()
            .iter()
            .map(|(k, x)| (k.clone(), x.as_str().unwrap().to_string()))
            .collect(),
        name_connectors: set("NAME_CONNECTORS"),
        not_names: set("NOT_NAMES"),
        determiners: set("DETERMINERS"),
        abbreviated_titles: set("ABBREVIATED_TITLES"),
        irregular_past_verbs: set("IRREGULAR_PAST_VERBS"),
        prepositions: set("PREPOSITIONS"),
        description_openers: words(&v["NOT_DESCRIPTIONS"]["openers"]),
        description_clause_words: words(&v["NOT_DESCRIPTIONS"]["clause_words"]),
        months: v["MONTHS"]
            .as_object()
            .unwrap()
            .values()
            .flat_map(|lang| lang.as_object().unwrap().iter())
            .map(|(k, x)| (k.clone(), x.as_u64().unwrap() as u32))
            .collect(),
    }
});
