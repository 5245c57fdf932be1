//! The pack's title and intro, and, folded away, what the studio fills in
//! by itself (the pack's id, version and schema).

use yew::prelude::*;

use super::fields::{SelectField, TextField};
use super::Form;

#[component]
pub fn About() -> Html {
    let Some(form) = use_context::<Form>() else {
        return Html::default();
    };
    let (draft, completed) = (&form.draft, &form.completed);
    let text = |t: &crate::studio::draft::Text| AttrValue::from(t.as_str().to_owned());
    html! {
        <section class="st-section" aria-labelledby="about-title">
            <h2 id="about-title">{ "About the quiz" }</h2>
            <TextField path="title" label="Title" value={text(&draft.title)}
                placeholder={text(&completed.title)}
                hint={Some(AttrValue::from("Shown at the top of the quiz. Leave it empty for one made from the roles."))} />
            <TextField path="intro" label="Intro" long=true value={text(&draft.intro)}
                placeholder={text(&completed.intro)}
                hint={Some(AttrValue::from("A sentence or two on what the reader will do."))} />
            <SelectField path="lang" label="Language of the quiz" value={text(&draft.lang)}
                choices={languages()} prompt="English (not set)" />
            <details class="st-more">
                <summary>{ "Id, version and schema" }</summary>
                <TextField path="id" label="Pack id" value={text(&draft.id)} placeholder={text(&completed.id)}
                    hint={Some(AttrValue::from("Lowercase letters, digits and hyphens. Readers' saved progress is kept under it."))} />
                <TextField path="version" label="Version" value={text(&draft.version)} placeholder={text(&completed.version)}
                    hint={Some(AttrValue::from("Change it when you change the items: readers then start a fresh round."))} />
                <TextField path="schema" label="Schema" kind={Some(AttrValue::from("number"))}
                    value={AttrValue::from(draft.schema.map(|s| s.to_string()).unwrap_or_default())}
                    placeholder={AttrValue::from(completed.schema.map(|s| s.to_string()).unwrap_or_default())}
                    hint={Some(AttrValue::from("The pack format's version: 2 lets items show where sources disagree."))} />
            </details>
        </section>
    }
}

/// The languages the widget speaks, for the pack's `lang`: the widget's
/// buttons and sentences follow it.
fn languages() -> Vec<(AttrValue, AttrValue)> {
    [
        ("en", "English"),
        ("de", "Deutsch"),
        ("fr", "Français"),
        ("es", "Español"),
    ]
    .into_iter()
    .map(|(code, name)| (AttrValue::from(code), AttrValue::from(name)))
    .collect()
}
