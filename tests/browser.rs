//! The widget mounted in a real browser (headless Chromium through
//! wasm-bindgen-test): clicks go through Yew's event handling and the DOM
//! shows the feedback a reader would see.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use role_quiz::content::{self, Pack};
use role_quiz::host::{Embedding, PackState, Tab};
use role_quiz::quiz::{Choice, Round, RoundOptions};
use role_quiz::ui::Widget;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, KeyboardEvent, KeyboardEventInit};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

/// The first seed whose round opens on an item with one right answer (a
/// disputed one would make "the right answer" two): worked out from the
/// pack, so a change of its items never leaves these tests on a disputed one.
fn seed(pack: &Pack) -> u64 {
    (0..)
        .find(|&seed| {
            let round = Round::new(&pack.answer_key(), RoundOptions::new(seed));
            round.questions()[0].accepted.single().is_some()
        })
        .expect("some seed opens on a plain item")
}

fn pack() -> Rc<Pack> {
    Rc::new(content::builtin().expect("built-in pack"))
}

#[derive(Properties, PartialEq)]
struct HostProps {
    pack: Rc<Pack>,
}

/// The smallest host: it owns the tab, as a page does, and gives the widget
/// the one the widget asks for.
#[component]
fn Host(props: &HostProps) -> Html {
    let tab = use_state(Tab::default);
    let embedding = Embedding {
        tab: *tab,
        on_tab_change: Callback::from(move |next| tab.set(next)),
        ..Embedding::default()
    };
    html! {
        <Widget
            content={PackState::Ready(props.pack.clone())}
            round={RoundOptions::new(seed(&props.pack))}
            {embedding}
        />
    }
}

/// Mounts a widget with a seeded round in a fresh div and returns the div.
async fn mount(pack: Rc<Pack>) -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<Host>::with_root_and_props(root.clone(), HostProps { pack }).render();
    yew::scheduler::flush().await;
    root
}

/// Clicks the button whose text contains `label`, then lets Yew render.
async fn click(root: &Element, label: &str) {
    let buttons = root.query_selector_all("button").unwrap();
    let button = (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .find(|b| b.text_content().unwrap_or_default().contains(label))
        .unwrap_or_else(|| panic!("no button {label:?}"))
        .dyn_into::<HtmlElement>()
        .unwrap();
    button.click();
    yew::scheduler::flush().await;
}

fn text(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .text_content()
        .unwrap_or_default()
}

/// The first question of the seeded round, worked out by the core itself,
/// with its one right answer (see [`seed`]).
fn first_question(pack: &Pack) -> (role_quiz::quiz::Question, Choice) {
    let question = Round::new(&pack.answer_key(), RoundOptions::new(seed(pack))).questions()[0];
    let right = question.accepted.single();
    (
        question,
        right.expect("the seeded first item has one right answer"),
    )
}

#[wasm_bindgen_test]
async fn the_right_answer_gets_correct_the_explanation_and_the_source() {
    let pack = pack();
    let (question, right) = first_question(&pack);
    let item = &pack.items[question.item];
    let root = mount(pack.clone()).await;

    click(&root, "Start quiz").await;
    assert_eq!(text(&root, ".rq-statement"), item.statement);
    assert_eq!(text(&root, ".rq-progress-text"), "Question 1 of 10");

    click(&root, pack.choice_name(right)).await;
    assert!(text(&root, ".rq-feedback-title").contains("Correct"));
    assert_eq!(text(&root, ".rq-explanation"), item.explanation);
    assert!(text(&root, ".rq-sources").contains(&pack.citation_text(&item.views[0].sources[0])));
    assert!(text(&root, "[role=status]").starts_with("Correct."));
}

#[wasm_bindgen_test]
async fn a_wrong_answer_gets_not_quite_and_names_the_right_one() {
    let pack = pack();
    let (_, right) = first_question(&pack);
    let wrong = Choice::ALL.into_iter().find(|&c| c != right).unwrap();
    let root = mount(pack.clone()).await;

    click(&root, "Start quiz").await;
    click(&root, pack.choice_name(wrong)).await;
    assert!(text(&root, ".rq-feedback-title").contains("Not quite"));
    let answer_line = text(&root, ".rq-feedback-answer");
    assert_eq!(
        answer_line,
        format!(
            "You chose {}. The answer is {}.",
            pack.choice_name(wrong),
            pack.choice_name(right)
        )
    );
    // A second click on another answer changes nothing.
    click(&root, pack.choice_name(right)).await;
    assert!(text(&root, ".rq-feedback-title").contains("Not quite"));

    click(&root, "Next question").await;
    assert_eq!(text(&root, ".rq-progress-text"), "Question 2 of 10");
    assert!(root.query_selector(".rq-feedback").unwrap().is_none());
}

fn hidden(root: &Element, selector: &str) -> bool {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .has_attribute("hidden")
}

fn active_element_id() -> String {
    web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .active_element()
        .map(|e| e.id())
        .unwrap_or_default()
}

async fn press(root: &Element, selector: &str, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    root.query_selector(selector)
        .unwrap()
        .unwrap()
        .dispatch_event(&event)
        .unwrap();
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn the_tabs_switch_between_quiz_and_comparison_by_click_and_arrow_keys() {
    let pack = pack();
    let root = mount(pack.clone()).await;
    assert!(!hidden(&root, "#rq-panel-quiz") && hidden(&root, "#rq-panel-compare"));

    click(&root, "Compare roles").await;
    assert!(hidden(&root, "#rq-panel-quiz") && !hidden(&root, "#rq-panel-compare"));
    assert_eq!(
        text(&root, ".rq-filter-summary"),
        format!("Showing all {} responsibilities", pack.items.len())
    );

    press(&root, "#rq-tab-compare", "ArrowLeft").await;
    assert!(
        !hidden(&root, "#rq-panel-quiz"),
        "ArrowLeft selects the quiz tab"
    );
    assert_eq!(
        active_element_id(),
        "rq-tab-quiz",
        "focus follows the selected tab"
    );
    press(&root, "#rq-tab-quiz", "End").await;
    assert!(!hidden(&root, "#rq-panel-compare"));
}

#[wasm_bindgen_test]
async fn feedback_links_to_the_item_in_the_comparison() {
    let pack = pack();
    let (question, right) = first_question(&pack);
    let item = &pack.items[question.item];
    let root = mount(pack.clone()).await;

    click(&root, "Start quiz").await;
    click(&root, pack.choice_name(right)).await;
    click(&root, "See it in the comparison").await;
    // The reveal runs in an effect after the render that shows the panel.
    yew::scheduler::flush().await;

    assert!(!hidden(&root, "#rq-panel-compare"));
    let entry = root
        .query_selector(&format!(".rq-group-item[data-item=\"{}\"]", item.id))
        .unwrap()
        .expect("the item is listed");
    assert!(entry.class_list().contains("rq-highlighted"));
    assert!(entry
        .query_selector("details")
        .unwrap()
        .unwrap()
        .has_attribute("open"));
    let label = root
        .query_selector(&format!(".rq-venn-label[data-item=\"{}\"]", item.id))
        .unwrap()
        .expect("the item is on the diagram");
    assert!(label.class_list().contains("rq-highlighted"));

    click(&root, "Quiz").await;
    assert!(
        text(&root, ".rq-feedback-title").contains("Correct"),
        "the round waits where it was"
    );
}
