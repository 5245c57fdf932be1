//! Small inline icons. They always sit next to words that say the same thing,
//! so they are hidden from assistive technology. Plain functions, not
//! components: they have no state, and each component costs the widget bytes.

use yew::prelude::*;

pub fn check_icon() -> Html {
    html! {
        <svg class="rq-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M5 12.5l4.5 4.5L19 7.5" fill="none" stroke="currentColor"
                stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round" />
        </svg>
    }
}

pub fn cross_icon() -> Html {
    html! {
        <svg class="rq-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M7 7l10 10M17 7L7 17" fill="none" stroke="currentColor"
                stroke-width="2.5" stroke-linecap="round" />
        </svg>
    }
}

pub fn info_icon() -> Html {
    html! {
        <svg class="rq-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="2" />
            <path d="M12 11v6M12 7.5v.5" fill="none" stroke="currentColor"
                stroke-width="2.2" stroke-linecap="round" />
        </svg>
    }
}
