//! What a host page hears: `rolequiz:ready`, `rolequiz:answer` and
//! `rolequiz:complete`, as DOM events on the widget's element (bubbling and
//! composed) and, inside an iframe, as messages to the parent page.

use serde_json::{json, Value};

use crate::content::Pack;
use crate::quiz::Choice;
use crate::ui::WidgetEvent;

/// The event's name and its `detail`, with answers named by the pack's role
/// ids (`"cio"`, `"cto"`) or `"both"`.
pub fn payload(pack: &Pack, event: &WidgetEvent) -> (&'static str, Value) {
    let answer = |choice: Choice| pack.choice_id(choice);
    match event {
        WidgetEvent::Ready => (
            "rolequiz:ready",
            json!({ "packId": pack.id, "packVersion": pack.version, "items": pack.items.len() }),
        ),
        WidgetEvent::Answer {
            outcome,
            index,
            total,
        } => (
            "rolequiz:answer",
            json!({
                "itemId": pack.items.get(outcome.item).map(|i| i.id.as_str()),
                "choice": answer(outcome.chosen),
                "answer": answer(outcome.answer),
                "correct": outcome.is_correct(),
                "index": index,
                "total": total,
            }),
        ),
        WidgetEvent::Complete(results) => {
            let breakdown: serde_json::Map<String, Value> = Choice::ALL
                .iter()
                .map(|&c| {
                    let t = results.tally(c);
                    (
                        answer(c).to_owned(),
                        json!({ "right": t.right, "total": t.total }),
                    )
                })
                .collect();
            (
                "rolequiz:complete",
                json!({
                    "score": results.score.right,
                    "total": results.score.total,
                    "breakdown": breakdown,
                }),
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
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
            detail,
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
            detail,
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
        assert_eq!(name, "rolequiz:ready");
        assert_eq!(detail["packId"], "cio-cto");
        assert_eq!(detail["items"], 36);
    }
}
