//! Publishing: the pack as a JSON file, and the lines to paste into a post.

use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, HtmlInputElement, HtmlSelectElement, Url};
use yew::prelude::*;

use super::Form;
use crate::studio::snippet::{file_name, Embed, PackPlace, Snippet};

#[derive(Properties, PartialEq)]
pub struct PublishProps {
    /// Whether the pack has no problem left.
    pub ready: bool,
}

/// Offers `text` as a file named `name` to download.
pub fn download(name: &str, text: &str) -> Option<()> {
    let parts = js_sys::Array::of1(&text.into());
    let options = BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = Url::create_object_url_with_blob(&blob).ok()?;
    let document = web_sys::window()?.document()?;
    let link: HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    Url::revoke_object_url(&url).ok()
}

#[component]
pub fn Publish(props: &PublishProps) -> Html {
    let Some(form) = use_context::<Form>() else {
        return Html::default();
    };
    let snippet = use_state(Snippet::default);
    let copied = use_state(|| None::<bool>);
    let pack = &form.completed;
    let file_name = file_name(pack);
    let on_download = {
        let (name, text) = (file_name.clone(), pack.to_json());
        Callback::from(move |_| {
            let _ = download(&name, &text);
        })
    };
    let html_text = snippet.html(pack);
    let on_copy = {
        let copied = copied.clone();
        let text = html_text.clone();
        Callback::from(move |_| {
            let copied = copied.clone();
            let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) else {
                return;
            };
            let promise = clipboard.write_text(&text);
            wasm_bindgen_futures::spawn_local(async move {
                copied.set(Some(
                    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok(),
                ));
            });
        })
    };
    let change = |update: fn(&mut Snippet, String)| {
        let snippet = snippet.clone();
        let copied = copied.clone();
        Callback::from(move |e: Event| {
            let target = e.target_unchecked_into::<web_sys::HtmlElement>();
            let value = target
                .dyn_ref::<HtmlSelectElement>()
                .map(HtmlSelectElement::value)
                .or_else(|| {
                    target
                        .dyn_ref::<HtmlInputElement>()
                        .map(HtmlInputElement::value)
                })
                .unwrap_or_default();
            let mut next = (*snippet).clone();
            update(&mut next, value);
            snippet.set(next);
            copied.set(None);
        })
    };
    let by_url = match &snippet.pack {
        PackPlace::Inline => None,
        PackPlace::Kit | PackPlace::Url(_) => Some(snippet.pack_url(pack)),
    };
    let on_embed = change(|s, v| {
        s.embed = if v == "frame" {
            Embed::Frame
        } else {
            Embed::Script
        };
        if s.embed == Embed::Frame && s.pack == PackPlace::Inline {
            s.pack = PackPlace::Kit;
        }
    });
    let on_place = change(|s, v| {
        s.pack = if v == "inline" {
            PackPlace::Inline
        } else {
            PackPlace::Kit
        };
    });
    let on_url = change(|s, v| {
        // Emptied: back to the file in the kit's folder.
        s.pack = if v.trim().is_empty() {
            PackPlace::Kit
        } else {
            PackPlace::Url(v)
        };
    });
    let on_base = change(|s, v| s.base = v);
    let on_view = change(|s, v| s.view = v);
    let on_theme = change(|s, v| s.theme = v);
    let frame = snippet.embed == Embed::Frame;
    html! {
        <section class="st-section st-publish" aria-labelledby="publish-title" id="publish">
            <h2 id="publish-title">{ "Publish" }</h2>
            if !props.ready {
                <p class="st-problem">{ "Fix the problems listed at the top first: the widget shows readers a list of them instead of a quiz." }</p>
            }
            <h3>{ "1. Download the pack" }</h3>
            <p>{ "The pack is one JSON file. Keep it: importing it here later brings everything back. To publish it, put it inside the snippet below and skip the file, or upload the file into your site's role-quiz folder, beside embed.js." }</p>
            <button type="button" class="st-button st-primary" onclick={on_download}>
                { format!("Download {file_name}") }
            </button>
            <h3>{ "2. Paste the snippet into your post" }</h3>
            <p>{ "Upload the role-quiz folder to your site once, then paste these lines where the quiz goes, in an HTML block of your editor. Where your platform strips scripts from posts, choose the iframe." }</p>
            <div class="st-grid">
                <label class="st-field">{ "Embed with" }
                    <select onchange={on_embed}>
                        <option value="script" selected={!frame}>{ "a div and a script" }</option>
                        <option value="frame" selected={frame}>{ "an iframe" }</option>
                    </select>
                </label>
                <label class="st-field">{ "The pack" }
                    <select onchange={on_place} disabled={frame}>
                        <option value="inline" selected={by_url.is_none()}>{ "inside the snippet" }</option>
                        <option value="url" selected={by_url.is_some()}>{ "as a file at an address" }</option>
                    </select>
                </label>
                if let Some(url) = &by_url {
                    <label class="st-field">{ "The pack's address" }
                        <input type="text" value={url.clone()} onchange={on_url}
                            aria-describedby="pack-address-hint" />
                        <span class="st-hint" id="pack-address-hint">
                            { format!("Upload {file_name} there: as given, into the role-quiz folder. Another place works too: write its address, starting with / or https://.") }
                        </span>
                    </label>
                }
                <label class="st-field">{ "Where the role-quiz files are" }
                    <input type="text" value={snippet.base.clone()} onchange={on_base} />
                </label>
                <label class="st-field">{ "Show" }
                    <select onchange={on_view}>
                        <option value="both" selected={snippet.view == "both"}>{ "quiz and comparison" }</option>
                        <option value="quiz" selected={snippet.view == "quiz"}>{ "the quiz only" }</option>
                        <option value="compare" selected={snippet.view == "compare"}>{ "the comparison only" }</option>
                    </select>
                </label>
                <label class="st-field">{ "Theme" }
                    <select onchange={on_theme}>
                        <option value="auto" selected={snippet.theme == "auto"}>{ "as the reader's system" }</option>
                        <option value="light" selected={snippet.theme == "light"}>{ "light" }</option>
                        <option value="dark" selected={snippet.theme == "dark"}>{ "dark" }</option>
                    </select>
                </label>
            </div>
            <label class="st-field" for="snippet">{ "The snippet" }</label>
            <textarea id="snippet" class="st-code" readonly=true rows="6" spellcheck="false" value={html_text} />
            <div class="st-row">
                <button type="button" class="st-button st-primary" onclick={on_copy}>{ "Copy the snippet" }</button>
                <span role="status" class="st-hint">
                    { match *copied {
                        Some(true) => "Copied: paste it into your post.",
                        Some(false) => "This browser did not allow copying: select the snippet and copy it yourself.",
                        None => "",
                    } }
                </span>
            </div>
            <h3>{ "3. If you like: show readers how others answered" }</h3>
            <p>
                { "Run the tally server, role-quiz-stats, on a machine of yours (one binary; README, \u{201c}How other readers answered\u{201d}, says how, with a systemd unit), then add " }
                <code>{ "data-stats=\"https://your-stats-server\"" }</code>
                { " to the div (for the iframe, " }
                <code>{ "&stats=https://your-stats-server" }</code>
                { " at the end of its address). Readers then see how others answered each item, once it has 20 answers, and its dashboard shows you which items they miss. It counts answers and nothing about readers." }
            </p>
        </section>
    }
}
