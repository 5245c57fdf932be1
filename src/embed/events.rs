//! What a host page hears: `rolequiz:ready`, `rolequiz:answer` and
//! `rolequiz:complete`, as DOM events on the widget's element (bubbling and
//! composed) and, inside an iframe, as messages to the parent page.

use crate::content::Pack;
use crate::json::Json;
use crate::quiz::Choice;
use crate::ui::WidgetEvent;

/// The event's name and its `detail`, with answers named by the pack's role
/// ids (`"cio"`, `"cto"`) or `"both"`.
pub fn payload(pack: &Pack, event: &WidgetEvent) -> (&'static str, Json) {
    let answer = |choice: Choice| Json::from(pack.choice_id(choice));
    match event {
        WidgetEvent::Ready => (
            "rolequiz:ready",
            Json::object([
                ("packId", Json::from(pack.id.as_str())),
                ("packVersion", Json::from(pack.version.as_str())),
                ("items", Json::from(pack.items.len())),
            ]),
        ),
        WidgetEvent::Answer {
            outcome,
            index,
            total,
        } => (
            "rolequiz:answer",
            Json::object([
                (
                    "itemId",
                    pack.items
                        .get(outcome.item)
                        .map_or(Json::Null, |i| Json::from(i.id.as_str())),
                ),
                ("choice", answer(outcome.chosen)),
                ("answer", answer(outcome.answer)),
                ("correct", Json::from(outcome.is_correct())),
                ("index", Json::from(*index)),
                ("total", Json::from(*total)),
            ]),
        ),
        WidgetEvent::Complete(results) => {
            let breakdown = Choice::ALL.iter().map(|&c| {
                let t = results.tally(c);
                let tally = Json::object([
                    ("right", Json::from(t.right)),
                    ("total", Json::from(t.total)),
                ]);
                (pack.choice_id(c), tally)
            });
            (
                "rolequiz:complete",
                Json::object([
                    ("score", Json::from(results.score.right)),
                    ("total", Json::from(results.score.total)),
                    ("breakdown", Json::object(breakdown)),
                ]),
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::{json, Value};

    use super::*;

    /// The detail as the page sees it, parsed back for comparing.
    fn parsed(detail: Json) -> Value {
        serde_json::from_str(&detail.to_string()).unwrap()
    }
    use crate::content;
    use crate::quiz::{Outcome, Results};

    #[test]
    fn an_answer_names_the_item_and_the_choices_by_id() {
        let pack = content::builtin().unwrap();
        let event = WidgetEvent::Answer {
            outcome: Outcome {
                item: 0,
                chosen: Choice::Second,
                answer: Choice::First,
            },
            index: 2,
            total: 10,
        };
        let (name, detail) = payload(&pack, &event);
        assert_eq!(name, "rolequiz:answer");
        assert_eq!(
            parsed(detail),
            json!({ "itemId": pack.items[0].id, "choice": "cto", "answer": "cio",
                    "correct": false, "index": 2, "total": 10 })
        );
    }

    #[test]
    fn completion_carries_the_score_and_a_breakdown_per_answer() {
        let pack = content::builtin().unwrap();
        let o = |chosen, answer| Outcome {
            item: 0,
            chosen,
            answer,
        };
        let results = Results::from_outcomes([
            o(Choice::First, Choice::First),
            o(Choice::Both, Choice::Second),
            o(Choice::Both, Choice::Both),
        ]);
        let (name, detail) = payload(&pack, &WidgetEvent::Complete(results));
        assert_eq!(name, "rolequiz:complete");
        assert_eq!(
            parsed(detail),
            json!({ "score": 2, "total": 3, "breakdown": {
                "cio": { "right": 1, "total": 1 },
                "both": { "right": 1, "total": 1 },
                "cto": { "right": 0, "total": 1 } } })
        );
    }

    #[test]
    fn ready_names_the_pack() {
        let pack = content::builtin().unwrap();
        let (name, detail) = payload(&pack, &WidgetEvent::Ready);
        let detail = parsed(detail);
        assert_eq!(name, "rolequiz:ready");
        assert_eq!(detail["packId"], "cio-cto");
        assert_eq!(detail["items"], 36);
    }
}
