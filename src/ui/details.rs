//! Why an item belongs where it does, the same in quiz feedback and in the
//! comparison's lists: a plain function, as it keeps no state.

use yew::prelude::*;

use super::choice_class;
use super::icons::info_icon;
use super::words::Part;
use crate::content::{Citation, Pack, Source};
use crate::lang::{Lang, Msg};
use crate::quiz::Choice;

/// The explanation, any caveat, and the article sections an item comes from,
/// each with its words quoted as evidence. Where two answers count, each
/// source is marked with the answer it gives.
pub fn item_details(pack: &Pack, item: usize) -> Html {
    let Some(item) = pack.items.get(item) else {
        return Html::default();
    };
    let disputed = item.is_disputed();
    let source = |answer, citation: &Citation| {
        let lang = pack.source(citation).and_then(|s| own_lang(pack, s));
        html! {
            <li>
                if disputed {
                    <span class={classes!("rq-badge", choice_class(answer))}>
                        { pack.choice_name(answer).to_owned() }
                    </span>
                    { " " }
                }
                <cite lang={lang.clone()}>
                    if let Some(url) = pack.source(citation).and_then(|s| s.url.clone()) {
                        <a href={url} target="_blank" rel="noopener">{ pack.source_title(citation).to_owned() }</a>
                    } else {
                        { pack.source_title(citation).to_owned() }
                    }
                    { format!(" › {}", citation.section) }
                </cite>
                if let Some(quote) = &citation.quote {
                    <q class="rq-quote" lang={lang}>{ quote.clone() }</q>
                }
            </li>
        }
    };
    html! {
        <>
            <p class="rq-explanation">{ item.explanation.clone() }</p>
            if let Some(note) = &item.note {
                <p class="rq-note">{ info_icon() }<span>{ note.clone() }</span></p>
            }
            <div class="rq-sources">
                <p class="rq-sources-heading">
                    { pack.words().get(match (disputed, item.citations().count()) {
                        (true, _) => Msg::WhatEachSays,
                        (false, 1) => Msg::Source,
                        (false, _) => Msg::Sources,
                    }) }
                </p>
                <ul>
                    { for item.views.iter().flat_map(|v| v.sources.iter().map(move |c| source(v.answer, c))) }
                </ul>
            </div>
        </>
    }
}

/// A sentence from [`words`] (a verdict, a reading) with role badges and
/// cited titles.
/// A badge keeps the punctuation that follows it on its line ("[Both]."
/// never wraps before the full stop).
pub(super) fn markup(pack: &Pack, parts: &[Part]) -> Html {
    let badge = |choice: Choice, punctuation: &str| {
        html! {
            <span class="rq-nowrap">
                <span class={classes!("rq-badge", choice_class(choice))}>
                    { pack.choice_name(choice).to_owned() }
                </span>
                { punctuation.to_owned() }
            </span>
        }
    };
    let mut html = Vec::new();
    let mut rest = parts.iter().peekable();
    while let Some(part) = rest.next() {
        match part {
            Part::Text(text) => html.push(html! { { text.clone() } }),
            // An article the blogger gave an address for is a link here too.
            Part::Cite(title) => {
                let source = pack.sources.iter().find(|s| s.title == *title);
                let lang = source.and_then(|s| own_lang(pack, s));
                match source.and_then(|s| s.url.clone()) {
                    Some(url) => html.push(html! {
                        <cite lang={lang}><a href={url} target="_blank" rel="noopener">{ title.clone() }</a></cite>
                    }),
                    None => html.push(html! { <cite lang={lang}>{ title.clone() }</cite> }),
                }
            }
            Part::Badge(choice) => match rest.peek() {
                // The punctuation right after a badge goes with it.
                Some(Part::Text(text)) => {
                    let after = text.trim_start_matches(['.', ',', ';', ':']);
                    html.push(badge(*choice, &text[..text.len() - after.len()]));
                    html.push(html! { { after.to_owned() } });
                    rest.next();
                }
                _ => html.push(badge(*choice, "")),
            },
        }
    }
    html.into_iter().collect()
}

/// An article's language where it is not the pack's (the built-in pack in
/// German cites English articles): its title and quotes carry it, so
/// screen readers switch voice and quotations take its marks.
fn own_lang(pack: &Pack, source: &Source) -> Option<AttrValue> {
    source
        .lang
        .as_deref()
        .filter(|&lang| Lang::parse(lang) != Some(pack.lang))
        .map(|lang| AttrValue::from(lang.to_owned()))
}
