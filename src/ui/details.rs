use std::rc::Rc;

use yew::prelude::*;

use super::icons::info_icon;
use crate::content::Pack;

pub struct ItemDetailsProps {
    pub pack: Rc<Pack>,
    pub item: usize,
}

/// Why an item belongs where it does: the explanation, any caveat, and the
/// article sections it comes from. Shown in quiz feedback and in the
/// comparison's lists alike.
pub fn item_details(props: &ItemDetailsProps) -> Html {
    let pack = &props.pack;
    let Some(item) = pack.items.get(props.item) else {
        return Html::default();
    };
    html! {
        <>
            <p class="rq-explanation">{ item.explanation.clone() }</p>
            if let Some(note) = &item.note {
                <p class="rq-note">{ info_icon() }<span>{ note.clone() }</span></p>
            }
            <div class="rq-sources">
                <p class="rq-sources-heading">
                    { if item.sources.len() == 1 { "Source" } else { "Sources" } }
                </p>
                <ul>
                    { for item.sources.iter().map(|c| html! { <li><cite>{ pack.citation_text(c) }</cite></li> }) }
                </ul>
            </div>
        </>
    }
}
