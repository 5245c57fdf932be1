//! The widget mounted in a real browser (headless Chromium through
//! wasm-bindgen-test): clicks go through Yew's event handling and the DOM
//! shows the feedback a reader would see.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use role_quiz::content::{self, Pack};
use role_quiz::quiz::{Choice, Round, RoundOptions};
use role_quiz::ui::{Widget, WidgetProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

const SEED: u64 = 42;

fn pack() -> Rc<Pack> {
    Rc::new(content::builtin().expect("built-in pack"))
}

/// Mounts a widget with a seeded round in a fresh div and returns the div.
async fn mount(pack: Rc<Pack>) -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let props = WidgetProps {
        pack: Ok(pack),
        round: RoundOptions::new(SEED),
        notices: vec![],
    };
    yew::Renderer::<Widget>::with_root_and_props(root.clone(), props).render();
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

/// The first question of the seeded round, worked out by the core itself.
fn first_question(pack: &Pack) -> role_quiz::quiz::Question {
    Round::new(&pack.answer_key(), RoundOptions::new(SEED)).questions()[0]
}

#[wasm_bindgen_test]
async fn the_right_answer_gets_correct_the_explanation_and_the_source() {
    let pack = pack();
    let question = first_question(&pack);
    let item = &pack.items[question.item];
    let root = mount(pack.clone()).await;

    click(&root, "Start quiz").await;
    assert_eq!(text(&root, ".rq-statement"), item.statement);
    assert_eq!(text(&root, ".rq-progress-text"), "Question 1 of 10");

    click(&root, pack.choice_name(question.answer)).await;
    assert!(text(&root, ".rq-feedback-title").contains("Correct"));
    assert_eq!(text(&root, ".rq-explanation"), item.explanation);
    assert!(text(&root, ".rq-sources").contains(&pack.citation_text(&item.sources[0])));
    assert!(text(&root, "[role=status]").starts_with("Correct."));
}

#[wasm_bindgen_test]
async fn a_wrong_answer_gets_not_quite_and_names_the_right_one() {
    let pack = pack();
    let question = first_question(&pack);
    let wrong = Choice::ALL
        .into_iter()
        .find(|&c| c != question.answer)
        .unwrap();
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
            pack.choice_name(question.answer)
        )
    );
    // A second click on another answer changes nothing.
    click(&root, pack.choice_name(question.answer)).await;
    assert!(text(&root, ".rq-feedback-title").contains("Not quite"));

    click(&root, "Next question").await;
    assert_eq!(text(&root, ".rq-progress-text"), "Question 2 of 10");
    assert!(root.query_selector(".rq-feedback").unwrap().is_none());
}
