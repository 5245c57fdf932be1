//! What a host page hears: `rolequiz:ready`, `rolequiz:answer` and
//! `rolequiz:complete`, as DOM events on the widget's element (bubbling and
//! composed) and, inside an iframe, as messages to the parent page.

use std::collections::BTreeMap;
use std::rc::Rc;

use serde::Serialize;
use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, Element};
use yew::Callback;

use super::frame::Frame;

use crate::content::Pack;
use crate::host::WidgetEvent;
use crate::quiz::{Choice, Tally};

/// `rolequiz:ready`.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Ready<'a> {
    pack_id: &'a str,
    pack_version: &'a str,
    items: usize,
}

/// `rolequiz:answer`.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Answer<'a> {
    item_id: Option<&'a str>,
    choice: &'a str,
    answer: Option<&'a str>,
    accepted: Vec<&'a str>,
    correct: bool,
    index: usize,
    total: usize,
    retry: bool,
}

/// `rolequiz:complete`.
#[derive(Serialize)]
struct Complete<'a> {
    score: usize,
    total: usize,
    breakdown: BTreeMap<&'a str, Score>,
    retry: bool,
}

#[derive(Serialize)]
struct Score {
    right: usize,
    total: usize,
}

impl From<Tally> for Score {
    fn from(t: Tally) -> Self {
        Score {
            right: t.right,
            total: t.total,
        }
    }
}

/// The event's name and its `detail` as JSON, with answers named by the
/// pack's role ids (`"cio"`, `"cto"`) or `"both"`.
///
/// An answer's `answer` is the one right answer; where the sources disagree
/// it is the view the reader followed when they were right, else the item's
/// first view, and `accepted` lists every view's answer.
pub fn payload(pack: &Pack, event: &WidgetEvent) -> (&'static str, String) {
    let id = |choice: Choice| pack.choice_id(choice);
    let (name, detail) = match event {
        WidgetEvent::Ready => (
            "rolequiz:ready",
            serde_json::to_string(&Ready {
                pack_id: &pack.id,
                pack_version: &pack.version,
                items: pack.items.len(),
            }),
        ),
        WidgetEvent::Answer {
            outcome,
            index,
            total,
            retry,
        } => {
            let item = pack.items.get(outcome.item);
            let right = if outcome.is_correct() {
                Some(outcome.chosen)
            } else {
                item.and_then(|i| i.views.first()).map(|v| v.answer)
            };
            (
                "rolequiz:answer",
                serde_json::to_string(&Answer {
                    item_id: item.map(|i| i.id.as_str()),
                    choice: id(outcome.chosen),
                    answer: right.map(id),
                    accepted: outcome.accepted.choices().map(id).collect(),
                    correct: outcome.is_correct(),
                    index: *index,
                    total: *total,
                    retry: *retry,
                }),
            )
        }
        WidgetEvent::Complete { results, retry } => {
            let breakdown = Choice::ALL
                .iter()
                .map(|&c| (id(c), results.tally(c).into()))
                .chain([("disputed", results.disputed.into())])
                .collect();
            (
                "rolequiz:complete",
                serde_json::to_string(&Complete {
                    score: results.score.right,
                    total: results.score.total,
                    breakdown,
                    retry: *retry,
                }),
            )
        }
    };
    (name, detail.unwrap_or_default())
}

/// Turns widget events into DOM events on the host element (bubbling, and
/// composed so they leave the shadow root) and, in a frame, messages.
pub(super) fn announcer(
    host: Element,
    pack: Rc<Pack>,
    frame: Option<Frame>,
) -> Callback<WidgetEvent> {
    Callback::from(move |event: WidgetEvent| {
        let (name, detail) = payload(&pack, &event);
        let detail = js_sys::JSON::parse(&detail).unwrap_or(JsValue::NULL);
        let init = CustomEventInit::new();
        init.set_bubbles(true);
        init.set_composed(true);
        init.set_detail(&detail);
        if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
            let _ = host.dispatch_event(&event);
        }
        if let Some(frame) = &frame {
            frame.post(name, &[("detail", detail)]);
        }
    })
}

#[cfg(test)]
mod tests {
    use serde_json::{json, Value};

    use super::*;

    /// The detail as the page sees it, parsed back for comparing.
    fn parsed(detail: String) -> Value {
        serde_json::from_str(&detail).unwrap()
    }
    use crate::content;
    use crate::quiz::{Accepted, Outcome, Results};

    #[test]
    fn an_answer_names_the_item_and_the_choices_by_id() {
        let pack = content::builtin().unwrap();
        let event = WidgetEvent::Answer {
            outcome: Outcome {
                item: 0,
                chosen: Choice::Second,
                accepted: pack.items[0].accepted(),
            },
            index: 2,
            total: 10,
            retry: false,
        };
        assert_eq!(pack.items[0].accepted(), Accepted::only(Choice::First));
        let (name, detail) = payload(&pack, &event);
        assert_eq!(name, "rolequiz:answer");
        assert_eq!(
            parsed(detail),
            json!({ "itemId": pack.items[0].id, "choice": "cto", "answer": "cio",
                    "accepted": ["cio"], "correct": false, "index": 2, "total": 10,
                    "retry": false })
        );
    }

    #[test]
    fn an_answer_to_a_disputed_item_names_the_view_the_reader_followed() {
        let pack = content::builtin().unwrap();
        let item = pack.items.iter().position(|i| i.is_disputed()).unwrap();
        let accepted = pack.items[item].accepted();
        let followed = accepted.choices().last().unwrap();
        let detail = |chosen| {
            let outcome = Outcome {
                item,
                chosen,
                accepted,
            };
            let event = WidgetEvent::Answer {
                outcome,
                index: 0,
                total: 1,
                retry: false,
            };
            parsed(payload(&pack, &event).1)
        };
        let right = detail(followed);
        assert_eq!(right["correct"], true);
        assert_eq!(right["answer"], pack.choice_id(followed));
        assert_eq!(right["accepted"].as_array().unwrap().len(), 2);
        let wrong_choice = Choice::ALL
            .into_iter()
            .find(|&c| !accepted.contains(c))
            .unwrap();
        let wrong = detail(wrong_choice);
        assert_eq!(wrong["correct"], false);
        assert_eq!(
            wrong["answer"],
            pack.choice_id(pack.items[item].views[0].answer)
        );
    }

    #[test]
    fn completion_carries_the_score_and_a_breakdown_per_answer() {
        let pack = content::builtin().unwrap();
        let o = |chosen, accepted| Outcome {
            item: 0,
            chosen,
            accepted,
        };
        let results = Results::from_outcomes([
            o(Choice::First, Accepted::only(Choice::First)),
            o(Choice::Both, Accepted::only(Choice::Second)),
            o(Choice::Both, Accepted::only(Choice::Both)),
            o(
                Choice::Second,
                Accepted::of([Choice::First, Choice::Second]),
            ),
        ]);
        let (name, detail) = payload(
            &pack,
            &WidgetEvent::Complete {
                results,
                retry: true,
            },
        );
        assert_eq!(name, "rolequiz:complete");
        assert_eq!(
            parsed(detail),
            json!({ "score": 3, "total": 4, "breakdown": {
                "cio": { "right": 1, "total": 1 },
                "both": { "right": 1, "total": 1 },
                "cto": { "right": 0, "total": 1 },
                "disputed": { "right": 1, "total": 1 } }, "retry": true })
        );
    }

    #[test]
    fn ready_names_the_pack() {
        let pack = content::builtin().unwrap();
        let (name, detail) = payload(&pack, &WidgetEvent::Ready);
        let detail = parsed(detail);
        assert_eq!(name, "rolequiz:ready");
        assert_eq!(detail["packId"], "cio-cto");
        assert_eq!(detail["items"], pack.items.len());
    }
}
