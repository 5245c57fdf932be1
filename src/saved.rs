//! A reader's progress as text, for the browser's storage: the round in
//! progress and the best score. Pure, so every way stored text can go wrong is
//! tested natively.
//!
//! A saved round names its items by id, not by position, and records the
//! pack's id and version, so it is only ever resumed with the pack it was
//! played on. Anything that does not fit exactly is refused with a
//! [`SavedError`]; the widget then starts fresh without a word to the reader.

use serde::{Deserialize, Serialize};

use crate::content::{most, Pack};
use crate::quiz::{Question, Round, Tally};

/// The format of saved text; a change of meaning means a new number.
const FORMAT: u32 = 1;

/// A round read back from storage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Saved {
    pub round: Round,
    /// A retry of missed items, which does not count towards the best score.
    pub retry: bool,
    /// The seed the round was drawn with (`None` for a retry, or a round
    /// saved before seeds were kept): a link asking for another seed asks
    /// for another round.
    pub seed: Option<u64>,
}

impl Saved {
    /// Whether this round is the one a page's address asks for: the same
    /// seed and number of questions, where the address names them.
    pub fn answers_request(&self, seed: Option<u64>, questions: Option<usize>) -> bool {
        seed.is_none_or(|seed| self.seed == Some(seed))
            && questions.is_none_or(|n| self.round.len() == n)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SavedError {
    #[error("not a saved round: {0}")]
    Corrupt(String),
    #[error("saved in format {found}, this widget reads format {FORMAT}")]
    Format { found: u32 },
    #[error("saved for pack {found:?}")]
    OtherPack { found: String },
    #[error("saved for version {found:?} of the pack")]
    OtherVersion { found: String },
    #[error("names an item the pack does not have: {0:?}")]
    UnknownItem(String),
    #[error("names an answer the pack does not have: {0:?}")]
    UnknownAnswer(String),
    #[error("its answers and position do not fit its questions")]
    Inconsistent,
}

/// A round as stored: items and answers by id, so that it is only ever
/// resumed with the pack it was played on.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RoundText {
    format: u32,
    pack: String,
    version: String,
    items: Vec<String>,
    answers: Vec<String>,
    position: usize,
    retry: bool,
    /// Kept since schema 1 of saves had none, so older saves still read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    seed: Option<u64>,
}

/// A best score as stored.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct BestText {
    format: u32,
    right: usize,
    total: usize,
}

/// The text to store for `round` played on `pack`.
pub fn save_round(pack: &Pack, saved: &Saved) -> String {
    let round = &saved.round;
    let text = RoundText {
        format: FORMAT,
        pack: pack.id.clone(),
        version: pack.version.clone(),
        items: round
            .questions()
            .iter()
            .map(|q| {
                pack.items
                    .get(q.item)
                    .map_or("", |i| i.id.as_str())
                    .to_owned()
            })
            .collect(),
        answers: round
            .answers()
            .iter()
            .map(|&c| pack.choice_id(c).to_owned())
            .collect(),
        position: round.position(),
        retry: saved.retry,
        seed: saved.seed,
    };
    serde_json::to_string(&text).unwrap_or_default()
}

/// The round stored as `text`, if it was saved for this very pack and still
/// makes sense. Right answers come from the pack, not from storage.
pub fn load_round(pack: &Pack, text: &str) -> Result<Saved, SavedError> {
    let saved: RoundText =
        serde_json::from_str(text).map_err(|e| SavedError::Corrupt(e.to_string()))?;
    if saved.format != FORMAT {
        return Err(SavedError::Format {
            found: saved.format,
        });
    }
    if saved.pack != pack.id {
        return Err(SavedError::OtherPack { found: saved.pack });
    }
    if saved.version != pack.version {
        return Err(SavedError::OtherVersion {
            found: saved.version,
        });
    }
    let questions = saved
        .items
        .iter()
        .map(|id| match pack.item_index(id) {
            Some(item) => Ok(Question {
                item,
                accepted: pack.items[item].accepted(),
            }),
            None => Err(SavedError::UnknownItem(id.clone())),
        })
        .collect::<Result<Vec<_>, _>>()?;
    let answers = saved
        .answers
        .iter()
        .map(|id| {
            pack.choice_by_id(id)
                .ok_or_else(|| SavedError::UnknownAnswer(id.clone()))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let mut seen = vec![false; pack.items.len()];
    let repeats = questions
        .iter()
        .any(|q| std::mem::replace(&mut seen[q.item], true));
    if questions.is_empty() || repeats {
        return Err(SavedError::Inconsistent);
    }
    let round =
        Round::restore(questions, answers, saved.position).ok_or(SavedError::Inconsistent)?;
    Ok(Saved {
        round,
        retry: saved.retry,
        seed: saved.seed,
    })
}

/// Where a widget keeps its round: per page and widget (two widgets on a page
/// never share a round) and per pack version (a new version starts fresh).
pub fn round_key(page: &str, widget: &str, pack: &Pack) -> String {
    format!(
        "role-quiz:1:round:{page}:{widget}:{}@{}",
        pack.id, pack.version
    )
}

/// Where the best score on a pack is kept: one for every page that shows it.
pub fn best_key(pack: &Pack) -> String {
    format!("role-quiz:1:best:{}", pack.id)
}

pub fn save_best(best: Tally) -> String {
    let text = BestText {
        format: FORMAT,
        right: best.right,
        total: best.total,
    };
    serde_json::to_string(&text).unwrap_or_default()
}

/// A stored best score, if it is one: at least one question and no more
/// than a pack can ask (storage anyone can edit held 4294967295 of
/// 4294967295), no more right answers than questions.
pub fn load_best(text: &str) -> Option<Tally> {
    let best: BestText = serde_json::from_str(text).ok()?;
    let (right, total) = (best.right, best.total);
    (best.format == FORMAT && total > 0 && total <= most::ITEMS && right <= total)
        .then_some(Tally { right, total })
}

#[cfg(test)]
mod tests {
    use serde_json::{json, Value};

    use super::*;
    use crate::content;
    use crate::quiz::{Choice, Phase, RoundOptions};

    fn pack() -> Pack {
        content::builtin().unwrap()
    }

    /// A round two answers in, showing the feedback of the second.
    fn played(pack: &Pack) -> Saved {
        let mut round = Round::new(&pack.answer_key(), RoundOptions::new(11));
        round.answer(Choice::First);
        round.advance();
        round.answer(Choice::Both);
        Saved {
            round,
            retry: false,
            seed: Some(11),
        }
    }

    fn text_with(pack: &Pack, change: impl FnOnce(&mut Value)) -> String {
        let mut value: Value = serde_json::from_str(&save_round(pack, &played(pack))).unwrap();
        change(&mut value);
        value.to_string()
    }

    #[test]
    fn a_saved_round_comes_back_as_it_was() {
        let pack = pack();
        let saved = played(&pack);
        let back = load_round(&pack, &save_round(&pack, &saved)).unwrap();
        assert_eq!(back, saved);
        assert_eq!(back.round.number(), 2);
        assert!(matches!(back.round.phase(), Phase::Feedback(_)));
    }

    #[test]
    fn saved_rounds_name_items_and_answers_by_id() {
        let pack = pack();
        let value: Value = serde_json::from_str(&save_round(&pack, &played(&pack))).unwrap();
        assert_eq!(value["pack"], "cio-cto");
        assert_eq!(value["answers"], json!(["cio", "both"]));
        assert!(value["items"][0].as_str().unwrap().contains('-'), "{value}");
    }

    /// A reader who switches the page's language goes on with the round
    /// and keeps the best score: the built-in pack in every language is
    /// one pack (id, version, items), under one key.
    #[test]
    fn a_round_saved_in_one_language_goes_on_in_another() {
        let english = pack();
        let saved = save_round(&english, &played(&english));
        for lang in [
            crate::lang::Lang::De,
            crate::lang::Lang::Fr,
            crate::lang::Lang::Es,
        ] {
            let other = content::builtin_in(Some(lang)).unwrap();
            assert_eq!(
                round_key("/post", "quiz", &other),
                round_key("/post", "quiz", &english)
            );
            let resumed = load_round(&other, &saved).unwrap();
            assert_eq!(resumed, load_round(&english, &saved).unwrap(), "{lang:?}");
        }
    }

    #[test]
    fn corrupt_text_is_refused() {
        let pack = pack();
        for text in ["", "null", "{", "[1,2]", "{\"format\":1}", "\u{0}\u{ffff}"] {
            assert!(
                matches!(load_round(&pack, text), Err(SavedError::Corrupt(_))),
                "{text:?}"
            );
        }
        let extra = text_with(&pack, |v| v["cheat"] = json!(true));
        assert!(matches!(
            load_round(&pack, &extra),
            Err(SavedError::Corrupt(_))
        ));
    }

    #[test]
    fn another_format_pack_or_version_is_refused() {
        let pack = pack();
        let text = text_with(&pack, |v| v["format"] = json!(0));
        assert_eq!(
            load_round(&pack, &text),
            Err(SavedError::Format { found: 0 })
        );
        let text = text_with(&pack, |v| v["pack"] = json!("cto-cfo"));
        assert_eq!(
            load_round(&pack, &text),
            Err(SavedError::OtherPack {
                found: "cto-cfo".into()
            })
        );
        let text = text_with(&pack, |v| v["version"] = json!("0.9.0"));
        assert_eq!(
            load_round(&pack, &text),
            Err(SavedError::OtherVersion {
                found: "0.9.0".into()
            })
        );
    }

    #[test]
    fn items_or_answers_the_pack_lacks_are_refused() {
        let pack = pack();
        let text = text_with(&pack, |v| v["items"][3] = json!("chief-fun-officer"));
        assert_eq!(
            load_round(&pack, &text),
            Err(SavedError::UnknownItem("chief-fun-officer".into()))
        );
        let text = text_with(&pack, |v| v["answers"][0] = json!("ceo"));
        assert_eq!(
            load_round(&pack, &text),
            Err(SavedError::UnknownAnswer("ceo".into()))
        );
    }

    #[test]
    fn impossible_rounds_are_refused() {
        let pack = pack();
        for change in [
            (|v: &mut Value| v["position"] = json!(7)) as fn(&mut Value),
            |v| v["answers"] = json!(vec!["cio"; 11]),
            |v| v["items"] = json!([]),
            |v| v["items"][1] = v["items"][0].clone(),
        ] {
            let text = text_with(&pack, change);
            assert_eq!(
                load_round(&pack, &text),
                Err(SavedError::Inconsistent),
                "{text}"
            );
        }
    }

    #[test]
    fn keys_separate_pages_widgets_and_pack_versions() {
        let pack = pack();
        let key = round_key("/post", "quiz", &pack);
        assert_eq!(
            key,
            format!("role-quiz:1:round:/post:quiz:cio-cto@{}", pack.version)
        );
        assert_ne!(key, round_key("/post", "1", &pack));
        assert_ne!(key, round_key("/other-post", "quiz", &pack));
        let mut newer = pack.clone();
        newer.version = "2.1.0".into();
        assert_ne!(key, round_key("/post", "quiz", &newer));
        assert_eq!(
            best_key(&pack),
            best_key(&newer),
            "the best score outlives versions"
        );
    }

    #[test]
    fn best_scores_round_trip_and_nonsense_is_ignored() {
        let best = Tally {
            right: 7,
            total: 10,
        };
        assert_eq!(load_best(&save_best(best)), Some(best));
        for text in [
            "",
            "{}",
            r#"{"format":1,"right":11,"total":10}"#,
            r#"{"format":1,"right":0,"total":0}"#,
            r#"{"format":2,"right":1,"total":2}"#,
            r#"{"format":1,"right":-1,"total":2}"#,
            r#"{"format":1,"right":4294967295,"total":4294967295}"#,
            r#"{"format":1,"right":1,"total":5001}"#,
        ] {
            assert_eq!(load_best(text), None, "{text}");
        }
    }

    #[test]
    fn a_saved_round_knows_whether_it_is_the_one_an_address_asks_for() {
        let pack = pack();
        let saved = load_round(&pack, &save_round(&pack, &played(&pack))).unwrap();
        assert_eq!(saved.seed, Some(11), "the seed survives storage");
        assert!(
            saved.answers_request(None, None),
            "the address asks for nothing"
        );
        assert!(saved.answers_request(Some(11), Some(10)));
        assert!(!saved.answers_request(Some(12), None), "another seed");
        assert!(!saved.answers_request(None, Some(5)), "another length");
        // A save from before seeds were kept reads, and answers no seed.
        let old = r#"{"format":1,"pack":"cio-cto","version":"VERSION","items":["data-strategy"],"answers":[],"position":0,"retry":false}"#;
        let old = load_round(&pack, &old.replace("VERSION", &pack.version)).unwrap();
        assert_eq!(old.seed, None);
        assert!(!old.answers_request(Some(11), None));
    }
}
