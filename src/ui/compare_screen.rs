//! The comparison: the two roles side by side, a keyword filter, and the
//! diagram and lists of who owns what ([`CompareLists`]), all narrowed by
//! the reader's keywords.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::compare_lists::CompareLists;
use super::profile::role_profile;
use super::state::Spotlight;
use crate::compare::{Filter, Groups};
use crate::content::Pack;
use crate::lang::Msg;
use crate::quiz::Choice;

#[derive(Properties, PartialEq, Clone)]
pub struct CompareProps {
    pub pack: Rc<Pack>,
    #[prop_or_default]
    pub spotlight: Option<Spotlight>,
    /// Takes the reader to the quiz; `None` where the widget has no quiz.
    #[prop_or_default]
    pub on_test: Option<Callback<()>>,
}

#[component]
pub fn CompareScreen(props: &CompareProps) -> Html {
    let pack = props.pack.clone();
    let query = use_state(String::new);
    let groups = use_memo((pack.clone(), (*query).clone()), |(pack, query)| {
        Groups::of(pack, &Filter::new(query))
    });
    {
        // A spotlight shows its item whatever the reader had typed.
        let query = query.clone();
        use_effect_with(props.spotlight, move |spotlight| {
            if spotlight.is_some() {
                query.set(String::new());
            }
        });
    }
    let oninput = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| {
            query.set(e.target_unchecked_into::<HtmlInputElement>().value());
        })
    };
    let clear = {
        let query = query.clone();
        Callback::from(move |_: MouseEvent| query.set(String::new()))
    };

    let words = pack.words();
    let total = words.number(pack.items.len());
    let shown = groups.len();
    let summary = if Filter::new(&query).is_empty() {
        words.fill(Msg::FilterAll, &[("n", &total)])
    } else if shown == 0 {
        words.fill(Msg::FilterNone, &[("query", query.trim())])
    } else {
        words.fill(
            Msg::FilterSome,
            &[("shown", &words.number(shown)), ("total", &total)],
        )
    };

    html! {
        <section class="rq-screen rq-compare">
            <div class="rq-profiles">
                { role_profile(&pack, Choice::First) }
                { role_profile(&pack, Choice::Second) }
            </div>
            <div class="rq-filter">
                <label for="rq-filter-input">{ words.get(Msg::FilterLabel) }</label>
                <input
                    id="rq-filter-input"
                    type="search"
                    placeholder={words.text(Msg::FilterPlaceholder)}
                    autocomplete="off"
                    value={(*query).clone()}
                    {oninput}
                />
                <p class="rq-filter-summary" aria-live="polite">{ summary }</p>
            </div>
            if shown == 0 {
                // One word for it, and the way back, rather than an empty
                // diagram and an empty list under every heading.
                <div class="rq-empty">
                    <p>{ words.get(Msg::FilterEmptyHint) }</p>
                    <button type="button" class="rq-button rq-button-quiet" onclick={clear}>
                        { words.get(Msg::FilterClear) }
                    </button>
                </div>
            } else {
                <CompareLists
                    pack={pack.clone()}
                    groups={groups.clone()}
                    filtered={!Filter::new(&query).is_empty()}
                    spotlight={props.spotlight}
                />
            }
            if let Some(on_test) = &props.on_test {
                <div class="rq-actions">
                    <button
                        type="button"
                        class="rq-button rq-button-primary"
                        onclick={on_test.reform(|_: MouseEvent| ())}
                    >
                        { words.get(Msg::TestYourself) }
                    </button>
                    <p class="rq-meta">{ words.get(Msg::TestYourselfNote) }</p>
                </div>
            }
        </section>
    }
}
