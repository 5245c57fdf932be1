//! Renders, at build time, what a reader sees before the widget's code has
//! arrived: the standalone and iframe pages' first screen (the built-in
//! pack's intro with both profiles, "Start quiz" and the tabs), rendered by
//! the very components the browser runs, with Yew's SSR. The post-build hook
//! (scripts/post-build.mjs) puts it in the pages as the widget's declarative
//! shadow root, which the widget replaces in place when it mounts; and for a
//! reader without JavaScript it adds the comparison as plain lists.
//!
//! embed.js carries the first screens too, one per set of options that
//! changes it (`screens`, keyed `view` or `view/no-profiles`), to show as a
//! placeholder of the widget's size and look while the code arrives.
//!
//! The pages carry the first question too (`question`, the question screen
//! with item 0's statement, `statements` for the others, and `saved`,
//! where the widget keeps a round): a reader who presses "Start quiz"
//! before the code is here sees a question at once, its statement swapped
//! in by embed.js, unless a saved round will be resumed instead.
//!
//! Prints a JSON object: `widget` (the pages' first screen), `screens`,
//! `question`, `statements`, `saved`, `lists` (the comparison's lists,
//! every one open), `css` (the widget's stylesheet), `first_css` (the part
//! of it embed.js carries: see build.rs), `loading` (the loading card's
//! words, by language) and `tables` (each language but English's messages,
//! as the file the widget is given when it speaks it: see lang/tables.rs).

use std::rc::Rc;

use role_quiz::content::{self, Pack};
use role_quiz::embed::{FIRST_CSS, WIDGET_CSS};
use role_quiz::host::{EarlyStart, Embedding, PackState, Profiles, Tab, Theme, Views};
use role_quiz::lang::{table_json, Lang, Msg, Words};
use role_quiz::quiz::RoundOptions;
use role_quiz::ui::{StillLists, StillListsProps, Widget, WidgetProps};
use yew::{Callback, LocalServerRenderer};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let pack = match content::builtin() {
        Ok(pack) => Rc::new(pack),
        Err(errors) => {
            eprintln!("prerender: the built-in pack does not load: {errors}");
            std::process::exit(1);
        }
    };
    let widget = first_screen(&pack, Views::Both, Profiles::Shown).await;
    let screens = screens(&pack).await;
    let question = first_question(&pack).await;
    let statements: Vec<String> = pack
        .items
        .iter()
        .map(|item| item.statement.to_string())
        .collect();
    let saved = role_quiz::saved::round_key("{page}", "{widget}", &pack);
    let lists = LocalServerRenderer::<StillLists>::with_props(StillListsProps { pack })
        .hydratable(false)
        .render()
        .await;
    // The loading card's words, by language, from the catalogue.
    let loading: serde_json::Map<String, serde_json::Value> = Lang::ALL
        .into_iter()
        .map(|lang| {
            (
                lang.code().into(),
                Words::new(lang, &[]).get(Msg::Loading).into(),
            )
        })
        .collect();
    // The other languages' tables, which the widget's wasm leaves out, each
    // with the built-in pack in its language: a file each beside embed.js.
    let mut tables = serde_json::Map::new();
    for lang in Lang::ALL.into_iter().filter(|&lang| lang != Lang::En) {
        tables.insert(lang.code().into(), language_file(lang).await.into());
    }
    let out = serde_json::json!({
        "widget": widget,
        "screens": screens,
        "question": question,
        "statements": statements,
        "saved": saved,
        "lists": lists,
        "css": WIDGET_CSS,
        "first_css": FIRST_CSS,
        "loading": loading,
        "tables": tables,
    });
    println!("{out}");
}

/// The first screen of each set of options that changes it, keyed `view`
/// or `view/no-profiles`.
async fn screens(pack: &Rc<Pack>) -> serde_json::Map<String, serde_json::Value> {
    let mut screens = serde_json::Map::new();
    for (views, name) in [
        (Views::Both, "both"),
        (Views::Quiz, "quiz"),
        (Views::Compare, "compare"),
    ] {
        let screen = first_screen(pack, views, Profiles::Shown).await;
        screens.insert(name.into(), without_closed_details(&screen).into());
        if views != Views::Compare {
            let hidden = first_screen(pack, views, Profiles::Hidden).await;
            screens.insert(format!("{name}/no-profiles"), hidden.into());
        }
    }
    screens
}

/// A language's file: its words, the built-in pack in it, and the first
/// screens that pack gives (as `screens` above), which embed.js shows,
/// veiled, to hold a widget's size while its code arrives.
async fn language_file(lang: Lang) -> String {
    let json = table_json(lang, content::translated::text(lang));
    let mut file: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(&json).unwrap_or_default();
    let Ok(pack) = content::builtin_in(Some(lang)) else {
        eprintln!(
            "prerender: the built-in pack in {} does not load",
            lang.code()
        );
        std::process::exit(1);
    };
    // The standalone and iframe pages' title and heading in the language.
    let heading = Words::new(lang, &[]).fill(Msg::PageTitle, &[("title", &pack.title)]);
    file.insert("heading".into(), heading.into());
    file.insert("screens".into(), screens(&Rc::new(pack)).await.into());
    serde_json::Value::Object(file).to_string()
}

/// The markup a widget with these options and otherwise the defaults (see
/// embed::Options) shows first: its tab from an address that names none.
async fn first_screen(pack: &Rc<Pack>, views: Views, profiles: Profiles) -> String {
    render(pack, views, profiles, None).await
}

/// The question screen a round opening on item 0 starts with (the default
/// length, keys shown): the same for every view and profile setting.
async fn first_question(pack: &Rc<Pack>) -> String {
    let early = EarlyStart {
        first: Some(0),
        answer: None,
    };
    let html = render(pack, Views::Quiz, Profiles::Shown, Some(early)).await;
    const OPEN: &str = "<section class=\"rq-screen rq-question\">";
    let screen = html.find(OPEN).and_then(|start| {
        let end = html[start..].find("</section>")? + start + "</section>".len();
        Some(html[start..end].to_owned())
    });
    screen.unwrap_or_else(|| {
        eprintln!("prerender: a started round shows no question screen");
        std::process::exit(1);
    })
}

/// The widget's markup with the built-in pack, these options and the
/// defaults, as its first client render would be.
async fn render(
    pack: &Rc<Pack>,
    views: Views,
    profiles: Profiles,
    early_start: Option<EarlyStart>,
) -> String {
    let props = WidgetProps {
        content: PackState::Ready(pack.clone()),
        round: RoundOptions::new(0),
        notices: Vec::new(),
        embedding: Embedding {
            views,
            tab: Tab::Quiz,
            theme: Theme::Auto,
            shortcuts: true,
            profiles,
            early_start,
            ..Embedding::default()
        },
        on_retry: Callback::noop(),
    };
    LocalServerRenderer::<Widget>::with_props(props)
        .hydratable(false)
        .render()
        .await
}

/// `html` without what its closed `<details>` hide (each comparison entry's
/// explanation and sources): a placeholder shows only what is on screen, and
/// embed.js carries it to every reader.
fn without_closed_details(html: &str) -> String {
    const OPEN: &str = "<div class=\"rq-group-details\">";
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find(OPEN) {
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        // The entry's block ends where its divs balance.
        let mut depth = 0;
        let mut at = 0;
        loop {
            let next_open = rest[at..].find("<div").map(|i| at + i);
            let next_close = rest[at..].find("</div>").map(|i| at + i);
            match (next_open, next_close) {
                (Some(o), Some(c)) if o < c => {
                    depth += 1;
                    at = o + 4;
                }
                (_, Some(c)) => {
                    depth -= 1;
                    at = c + "</div>".len();
                    if depth == 0 {
                        break;
                    }
                }
                _ => {
                    eprintln!("prerender: unbalanced markup in a comparison entry");
                    std::process::exit(1);
                }
            }
        }
        rest = &rest[at..];
    }
    out.push_str(rest);
    out
}
