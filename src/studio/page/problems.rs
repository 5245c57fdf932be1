//! Every problem of the draft, in the widget's words, each a link to the
//! field it is about; or word that the pack is ready.

use std::rc::Rc;

use yew::prelude::*;

use super::focus_field;
use crate::studio::place::Found;

#[derive(Properties, PartialEq)]
pub struct ProblemsProps {
    pub listed: Rc<Vec<Found>>,
}

#[component]
pub fn ProblemList(props: &ProblemsProps) -> Html {
    let count: usize = props.listed.iter().map(|f| f.count).sum();
    let missing: usize = props
        .listed
        .iter()
        .filter(|f| f.missing)
        .map(|f| f.count)
        .sum();
    let plural = |n: usize, one: &str, many: &str| match n {
        1 => format!("1 {one}"),
        n => format!("{n} {many}"),
    };
    let heading = match (missing, count - missing) {
        (0, 0) => "No problems: the pack is ready to download".to_owned(),
        (0, wrong) => format!(
            "{} to fix before publishing",
            plural(wrong, "problem", "problems")
        ),
        (empty, 0) => format!(
            "To fill in before publishing: {}",
            plural(empty, "field", "fields")
        ),
        (empty, wrong) => format!(
            "{} to fill in and {} to fix before publishing",
            plural(empty, "field", "fields"),
            plural(wrong, "problem", "problems")
        ),
    };
    let item = |found: &Found| {
        let fields = found.fields.clone();
        let href = fields
            .first()
            .map(|id| format!("#{id}"))
            .unwrap_or_default();
        let onclick = Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            focus_field(&fields);
        });
        html! {
            <li class={classes!(found.missing.then_some("st-todo"))}>
                if found.fields.is_empty() {
                    <span class="st-place">{ &found.place }</span>
                } else {
                    <a class="st-place" {href} {onclick}>{ &found.place }</a>
                }
                { ": " }{ &found.problem }
            </li>
        }
    };
    html! {
        // Fields still empty are work to do, not mistakes: a new pack is
        // greeted with a list to fill in, not a red alarm.
        <section class={classes!(
                "st-problems",
                (count == 0).then_some("st-ready"),
                (count > 0 && missing == count).then_some("st-to-do"),
            )}
            aria-labelledby="problems-title">
            <h2 id="problems-title" aria-live="polite">{ heading }</h2>
            if count > 0 {
                <ul>{ for props.listed.iter().map(item) }</ul>
            }
        </section>
    }
}
