//! Each screen rendered to HTML natively (yew's `ssr` feature): the words a
//! reader should see are there, without a browser.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use role_quiz::content::{self, Pack, PackErrors};
use role_quiz::host::{Embedding, PackState, Profiles};
use role_quiz::quiz::{Accepted, Choice, Outcome, Results, RoundOptions, Tally};
use role_quiz::ui::{
    CompareProps, CompareScreen, FeedbackPanel, FeedbackProps, IntroProps, IntroScreen,
    QuestionProps, QuestionScreen, ResultsProps, ResultsScreen, Widget, WidgetProps,
};
use role_quiz_stats::wire::Split;
use yew::{AttrValue, BaseComponent, Callback, LocalServerRenderer, NodeRef};

fn pack() -> Rc<Pack> {
    Rc::new(content::builtin().expect("built-in pack"))
}

async fn render<C: BaseComponent>(props: C::Properties) -> String {
    LocalServerRenderer::<C>::with_props(props)
        .hydratable(false)
        .render()
        .await
}

/// A widget with both views on the quiz tab, as the standalone page mounts it.
fn widget(content: PackState, notices: Vec<AttrValue>) -> WidgetProps {
    WidgetProps {
        content,
        round: RoundOptions::new(1),
        notices,
        embedding: Embedding::default(),
        on_retry: Callback::noop(),
    }
}

/// The intro of a ten-question round, with nothing saved and no challenge.
fn intro(pack: &Rc<Pack>) -> IntroProps {
    IntroProps {
        pack: pack.clone(),
        questions: 10,
        best: None,
        challenge: None,
        start_ref: NodeRef::default(),
        on_start: Callback::noop(),
        set_aside: None,
        on_resume: Callback::noop(),
        profiles: Profiles::Shown,
    }
}

fn index_of(pack: &Pack, id: &str) -> usize {
    pack.items.iter().position(|i| i.id == id).unwrap()
}

#[tokio::test]
async fn the_intro_shows_both_profiles_and_a_start_button() {
    let pack = pack();
    let html = render::<IntroScreen>(intro(&pack)).await;
    assert!(html.contains(&pack.intro), "intro paragraph");
    for role in &pack.roles {
        assert!(html.contains(&role.title), "{}", role.title);
        assert!(html.contains(&role.summary), "{}", role.summary);
        for area in &role.focus {
            assert!(html.contains(area), "{area}");
        }
    }
    assert!(html.contains(">Start quiz</button>"));
    assert!(html.contains("10 questions"));
    assert!(!html.contains("A friend scored") && !html.contains("Your best"));
}

#[tokio::test]
async fn an_intro_without_profiles_keeps_its_lead_and_start_button() {
    let pack = pack();
    let html = render::<IntroScreen>(IntroProps {
        profiles: Profiles::Hidden,
        ..intro(&pack)
    })
    .await;
    assert!(html.contains(&pack.intro), "intro paragraph");
    assert!(html.contains(">Start quiz</button>"));
    for role in &pack.roles {
        assert!(!html.contains(&role.summary), "{}", role.summary);
    }
}

#[tokio::test]
async fn the_intro_shows_a_friends_challenge_above_it_and_the_best_score() {
    let html = render::<IntroScreen>(IntroProps {
        best: Some(Tally {
            right: 8,
            total: 10,
        }),
        challenge: Some(Tally {
            right: 7,
            total: 10,
        }),
        ..intro(&pack())
    })
    .await;
    let banner = html
        .find("A friend scored 7 / 10")
        .expect("challenge banner");
    assert!(banner < html.find("rq-lead").unwrap(), "above the intro");
    assert!(html.contains(" — can you beat it?"));
    assert!(html.contains("Your best: 8 / 10"));
}

#[tokio::test]
async fn a_question_shows_progress_the_statement_and_three_named_answers() {
    let pack = pack();
    let item = index_of(&pack, "data-strategy");
    let html = render::<QuestionScreen>(QuestionProps {
        pack: pack.clone(),
        item,
        number: 3,
        total: 10,
        answered: 2,
        outcome: None,
        on_answer: Callback::noop(),
        on_start_over: Some(Callback::noop()),
        statement_ref: NodeRef::default(),
        shortcuts: true,
    })
    .await;
    assert!(html.contains("Question 3 of 10"));
    assert!(
        html.contains(r#"max="10""#) && html.contains(r#"value="2""#),
        "progress bar"
    );
    assert!(html.contains(&pack.items[item].statement));
    assert_eq!(
        html.matches(r#"class="rq-answer "#).count(),
        3,
        "three answers"
    );
    assert!(html.contains(">Start over</button>"));
    for name in ["CIO", "Both", "CTO"] {
        assert!(
            html.contains(&format!(r#"<span class="rq-answer-name">{name}</span>"#)),
            "{name}"
        );
    }
    assert_eq!(html.matches(r#"aria-pressed="false""#).count(), 3);
    assert!(!html.contains("aria-disabled"));
    for key in ["1", "2", "3"] {
        assert!(
            html.contains(&format!(r#"aria-keyshortcuts="{key}""#)),
            "shortcut {key}"
        );
    }
    assert_eq!(
        html.matches("<kbd").count(),
        3,
        "a key shown on each answer"
    );
}

#[tokio::test]
async fn an_answered_question_marks_the_choice_and_the_right_answer_in_words() {
    let pack = pack();
    let item = index_of(&pack, "data-strategy");
    let html = render::<QuestionScreen>(QuestionProps {
        pack: pack.clone(),
        item,
        number: 1,
        total: 10,
        answered: 1,
        outcome: Some(Outcome {
            item,
            chosen: Choice::Second,
            accepted: pack.items[item].accepted(),
        }),
        on_answer: Callback::noop(),
        on_start_over: None,
        statement_ref: NodeRef::default(),
        shortcuts: false,
    })
    .await;
    assert!(html.contains("Right answer") && html.contains("Your answer"));
    assert_eq!(html.matches(r#"aria-pressed="true""#).count(), 1);
    assert_eq!(html.matches(r#"aria-disabled="true""#).count(), 3);
    assert!(!html.contains("rq-key"), "no keys shown with shortcuts off");
}

#[tokio::test]
async fn feedback_on_a_wrong_answer_explains_and_cites() {
    let pack = pack();
    let item = index_of(&pack, "data-strategy");
    let html = render::<FeedbackPanel>(FeedbackProps {
        pack: pack.clone(),
        outcome: Outcome {
            item,
            chosen: Choice::Second,
            accepted: pack.items[item].accepted(),
        },
        last: false,
        on_next: Callback::noop(),
        on_explore: Some(Callback::noop()),
        next_ref: NodeRef::default(),
        shortcuts: true,
        readers: Some(Split {
            first: 30,
            second: 50,
            both: 20,
        }),
        pressed: false,
        stalled: None,
    })
    .await;
    assert!(html.contains("Not quite"));
    assert!(
        html.contains("How 100 readers answered: CTO 50%, CIO 30%, Both 20%."),
        "{html}"
    );
    // The reader's own part of the bar is marked.
    assert!(html.contains(r#"class="rq-readers-part rq-second rq-readers-yours""#));
    assert!(html.contains("You chose "));
    assert!(html.contains(&pack.items[item].explanation));
    assert!(html.contains("CTO vs CIO – Breaking Down the Differences › The Role of the CIO"));
    assert!(
        html.contains(r#"<q class="rq-quote">define the organization&#x27;s data strategy</q>"#)
            || html.contains(r#"<q class="rq-quote">define the organization's data strategy</q>"#),
        "the evidence, quoted"
    );
    assert!(html.contains(">Next question<kbd"), "Next, with its key N");
    assert!(!html.contains("rq-note"), "this item has no note");
    assert!(html.contains(">See it in the comparison</button>"));
}

#[tokio::test]
async fn see_results_pressed_before_its_code_is_busy_and_says_why_once_it_failed() {
    let pack = pack();
    let mut props = feedback(&pack, 0, Choice::First);
    props.pressed = true;
    let html = render::<FeedbackPanel>(props).await;
    assert!(
        html.contains(r#"class="rq-button rq-button-primary rq-pressed""#),
        "{html}"
    );
    assert!(html.contains(r#"aria-busy="true""#));
    assert!(
        !html.contains("rq-stalled"),
        "nothing to say while it is on its way"
    );
    let mut props = feedback(&pack, 0, Choice::First);
    props.pressed = true;
    props.stalled = Some("The next screen has not arrived yet".into());
    let html = render::<FeedbackPanel>(props).await;
    assert!(
        html.contains(
            r#"<p role="alert" class="rq-stalled">The next screen has not arrived yet</p>"#
        ),
        "{html}"
    );
}

fn feedback(pack: &Rc<Pack>, item: usize, chosen: Choice) -> FeedbackProps {
    FeedbackProps {
        pack: pack.clone(),
        outcome: Outcome {
            item,
            chosen,
            accepted: pack.items[item].accepted(),
        },
        last: true,
        on_next: Callback::noop(),
        on_explore: None,
        next_ref: NodeRef::default(),
        shortcuts: false,
        readers: None,
        pressed: false,
        stalled: None,
    }
}

#[tokio::test]
async fn following_either_article_on_a_disputed_item_is_right_and_says_who_says_what() {
    let pack = pack();
    let item = index_of(&pack, "technology-vision");
    for chosen in [Choice::First, Choice::Second] {
        let html = render::<FeedbackPanel>(feedback(&pack, item, chosen)).await;
        assert!(
            html.contains("Correct")
                && html.contains("The articles disagree: <cite>")
                && html.contains("Either answer counts."),
            "{chosen:?}"
        );
        assert!(!html.contains("You chose"));
        assert!(html.contains("What each source says"));
        assert!(html.contains(
            "The Relationship Between CIOs and CTOs › The Distinction between CIOs and CTOs"
        ));
        assert!(html.contains(
            "CTO vs CIO – Breaking Down the Differences › Collaboration and Overlapping Responsibilities"
        ));
        assert!(
            html.contains(r#"<q class="rq-quote">the overall technology vision and strategy</q>"#)
        );
        assert!(
            html.contains(">See results</button>"),
            "the last question leads to the results"
        );
    }
    let wrong = render::<FeedbackPanel>(feedback(&pack, item, Choice::Both)).await;
    assert!(wrong.contains("Not quite") && wrong.contains("The articles disagree: "));
    assert!(!wrong.contains("Either answer counts."));
    assert_eq!(
        wrong.matches("gives this to").count(),
        2,
        "every article, when wrong as when right"
    );
}

fn results_props(results: Results) -> ResultsProps {
    ResultsProps {
        pack: pack(),
        results,
        verdict: "Getting there".into(),
        retry: false,
        best: Some(Tally {
            right: 9,
            total: 10,
        }),
        new_best: false,
        heading_ref: NodeRef::default(),
        on_retry: Callback::noop(),
        on_new_round: Callback::noop(),
        on_compare: Some(Callback::noop()),
        on_share: Some(Callback::noop()),
        readers_beaten: None,
    }
}

#[tokio::test]
async fn results_say_how_the_score_compares_with_other_readers_where_the_widget_knows() {
    let results = Results::from_outcomes([Outcome {
        item: 0,
        chosen: Choice::First,
        accepted: Accepted::only(Choice::First),
    }]);
    let html = render::<ResultsScreen>(ResultsProps {
        readers_beaten: Some(40),
        ..results_props(results.clone())
    })
    .await;
    assert!(html.contains(
        r#"<p class="rq-readers-beaten">More right than 40% of the readers who finished this quiz.</p>"#
    ), "{html}");
    let html = render::<ResultsScreen>(results_props(results)).await;
    assert!(!html.contains("rq-readers-beaten"));
}

#[tokio::test]
async fn results_show_the_score_the_verdict_the_breakdown_and_the_way_on() {
    let pack = pack();
    let outcome = |item, chosen, answer| Outcome {
        item,
        chosen,
        accepted: Accepted::only(answer),
    };
    let results = Results::from_outcomes([
        outcome(0, Choice::First, Choice::First),
        outcome(1, Choice::Both, Choice::First),
        outcome(2, Choice::Both, Choice::Both),
    ]);
    let html = render::<ResultsScreen>(results_props(results)).await;
    assert!(html.contains(r#"<span class="rq-score-value">2</span>"#));
    assert!(html.contains(r#"<span class="rq-score-total"> / 3</span>"#));
    assert!(html.contains("Getting there"));
    assert!(html.contains("Your best: 9 / 10"));
    assert!(html.contains("1 of 2 right") && html.contains("1 of 1 right"));
    assert!(
        !html.contains("of 0 right"),
        "no line for an answer the round did not ask"
    );
    assert!(html.contains("One miss: you gave CIO work to both roles."));
    for button in [
        "Retry my mistakes (1)",
        "New round",
        "Share result",
        "Compare roles",
    ] {
        assert!(html.contains(&format!(">{button}</button>")), "{button}");
    }
    // Every answer in the list, right or wrong in words; the miss explained.
    assert!(html.contains(">Right</span>") && html.contains(">Wrong</span>"));
    assert_eq!(html.matches(r#"class="rq-answer-list-label""#).count(), 3);
    assert!(html.contains("you said Both; the answer is CIO"));
    let missed = html.find("What you missed").expect("missed section");
    assert!(html[missed..].contains(&pack.items[1].statement));
    assert!(html[missed..].contains(&pack.items[1].explanation));
    assert!(
        !html[missed..].contains(&pack.items[0].statement),
        "only misses"
    );
    // The answers diagram counts where the reader put things.
    assert_eq!(region_counts(&html, "first"), [1, 1]);
    assert_eq!(region_counts(&html, "both"), [2, 2]);
    assert_eq!(region_counts(&html, "second"), [0, 0]);
}

#[tokio::test]
async fn a_perfect_round_offers_no_retry_and_says_so() {
    let results = Results::from_outcomes([Outcome {
        item: 0,
        chosen: Choice::First,
        accepted: Accepted::only(Choice::First),
    }]);
    let mut props = results_props(results);
    props.new_best = true;
    props.on_share = None;
    props.on_compare = None;
    let html = render::<ResultsScreen>(props).await;
    assert!(!html.contains("Retry my mistakes"));
    assert!(!html.contains("What you missed"));
    assert!(html.contains("No misses"));
    assert!(html.contains("A new best score!"));
    assert!(!html.contains("Share result") && !html.contains("Compare roles"));
}

#[tokio::test]
async fn the_widget_starts_on_the_intro_and_shows_notices() {
    let html = render::<Widget>(widget(
        PackState::Ready(pack()),
        vec![
            "seed: expected a whole number such as 42, found \"<b>x</b>\"; using a random order"
                .into(),
        ],
    ))
    .await;
    assert!(html.contains("CIO or CTO?"));
    assert!(html.contains("Start quiz"));
    assert!(html.contains(
        "For the blogger (settings the widget did not understand were left at their defaults):"
    ));
    assert!(
        html.contains("found \"&lt;b&gt;x&lt;/b&gt;\"") && !html.contains("<b>"),
        "notice text is escaped, not markup"
    );
    assert!(
        html.contains(r#"role="status""#),
        "the live region exists from the start"
    );
}

#[tokio::test]
async fn a_broken_pack_lists_its_problems_instead_of_a_quiz() {
    let mut json: serde_json::Value = serde_json::from_str(content::BUILTIN_JSON).unwrap();
    json["items"][4]["answer"] = "ceo".into();
    json["title"] = "".into();
    let errors: PackErrors = Pack::from_json(&json.to_string()).unwrap_err();
    let html = render::<Widget>(widget(
        PackState::Invalid {
            origin: "the pack at https://blog.example/p.json".into(),
            errors: Rc::new(errors),
        },
        vec![],
    ))
    .await;
    assert!(html.contains("This quiz could not be loaded"));
    assert!(html.contains("The pack at https://blog.example/p.json has 2 problems:"));
    assert!(
        html.contains("<code>items[4] (&quot;process-integration&quot;).answer</code>")
            || html.contains(r#"<code>items[4] ("process-integration").answer</code>"#),
        "the item named by its id: {html}"
    );
    assert!(html.contains("<code>title</code>: must not be empty"));
    assert!(!html.contains("Start quiz"));
}

#[tokio::test]
async fn the_comparison_lists_every_item_once_under_its_answer() {
    let pack = pack();
    let html = render::<CompareScreen>(CompareProps {
        pack: pack.clone(),
        spotlight: None,
        on_test: Some(Callback::noop()),
    })
    .await;
    for item in &pack.items {
        assert_eq!(
            html.matches(&format!(r#"data-item="{}""#, item.id)).count(),
            2,
            "{} once in a list and once on the diagram",
            item.id
        );
        assert_eq!(
            html.matches(&format!("<summary>{}</summary>", item.label))
                .count(),
            1
        );
        assert!(
            html.contains(&item.statement),
            "{}: the full statement is one click away",
            item.id
        );
    }
    // The groups come in answer order, each with its heading and count.
    let first = html.find("<span>CIO only</span>").expect("CIO only group");
    let both = html.find("<span>Both</span>").expect("Both group");
    let second = html.find("<span>CTO only</span>").expect("CTO only group");
    assert!(first < both && both < second);
    let per_answer = |answer| {
        let only = pack
            .items
            .iter()
            .filter(|i| i.accepted().single() == Some(answer));
        only.count()
    };
    for (choice, region) in [
        (Choice::First, "first"),
        (Choice::Both, "both"),
        (Choice::Second, "second"),
    ] {
        let counts = region_counts(&html, region);
        assert_eq!(
            counts,
            [per_answer(choice); 2],
            "{region}, on the wide and the compact diagram"
        );
        assert!(html.contains(&format!(
            r#"<span class="rq-group-count">{}</span>"#,
            per_answer(choice)
        )));
    }
    assert!(
        html.contains("<title id=\"rq-compare-title\">"),
        "the diagram has a title"
    );
    let disputed = pack.items.iter().filter(|i| i.is_disputed()).count();
    assert_eq!(
        Choice::ALL.iter().map(|&c| per_answer(c)).sum::<usize>() + disputed,
        pack.items.len(),
        "the groups add up to the pack"
    );
    assert!(html.contains(&format!(
        "Responsibilities of the CIO only: {}; of both: {}; of the CTO only: {}. Below them, {disputed} responsibilities where two answers count.",
        per_answer(Choice::First),
        per_answer(Choice::Both),
        per_answer(Choice::Second)
    )));
    // The disputed items have their own group after the three, and their own
    // band on the diagram, each label marked.
    let disagree = html
        .find("<span>Where two answers count</span>")
        .expect("disputed group");
    assert!(second < disagree);
    assert!(html.contains(&format!(
        r#"<span class="rq-group-count">{disputed}</span>"#
    )));
    assert_eq!(html.matches("rq-disputed-mark").count(), disputed);
    assert!(html.contains(&format!("Where two answers count ({disputed})")));
    // Each of them says what the articles give it to, as feedback does.
    assert_eq!(
        html.matches(r#"<p class="rq-group-reading">"#).count(),
        disputed
    );
    assert!(html.contains(
        "Both articles give this to the <span class=\"rq-nowrap\"><span class=\"rq-badge rq-second\">CTO</span></span> in one section"
    ));
    assert!(html.contains(&format!("+{disputed} where two answers count")));
    assert!(html.contains(&format!(
        "Showing all {} responsibilities",
        pack.items.len()
    )));
    assert!(html.contains(">Test yourself</button>"));
    for role in &pack.roles {
        assert!(html.contains(&role.summary), "profiles side by side");
    }
}

/// The numbers the diagrams show for a region, read from the rendered SVG.
fn region_counts(html: &str, region: &str) -> Vec<usize> {
    html.match_indices(&format!(r#"data-region="{region}""#))
        .map(|(at, _)| {
            let rest = &html[at..];
            let start =
                rest.find(r#"class="rq-venn-count">"#).unwrap() + r#"class="rq-venn-count">"#.len();
            let end = start + rest[start..].find('<').unwrap();
            rest[start..end].parse().unwrap()
        })
        .collect()
}

#[tokio::test]
async fn a_pack_on_its_way_and_one_that_failed_say_so() {
    let loading = render::<Widget>(widget(
        PackState::Loading {
            url: "packs/cto-cfo.json".into(),
        },
        vec![],
    ))
    .await;
    assert!(loading.contains(r#"role="status""#) && loading.contains("Loading the quiz…"));
    // Screen readers hear where it comes from, in the widget's words.
    assert!(loading.contains("Loading the quiz from packs/cto-cfo.json…"));
    assert!(!loading.contains("Start quiz"));

    let failed = render::<Widget>(widget(
        PackState::Failed {
            retry: true,
            url: "packs/cto-cfo.json".into(),
            reason: "the server answered 404 Not Found".into(),
            refused: false,
        },
        vec![],
    ))
    .await;
    assert!(failed.contains("Could not load the quiz from <code>packs/cto-cfo.json</code>: the server answered 404 Not Found"));
    assert!(failed.contains(">Try again</button>"));
}

#[tokio::test]
async fn in_another_language_the_articles_titles_and_quotes_are_marked_english() {
    let english = pack();
    let item = index_of(&english, "technology-vision");
    let html = render::<FeedbackPanel>(feedback(&english, item, Choice::First)).await;
    assert!(html.contains(r#"<q class="rq-quote">"#) && !html.contains(r#"lang="en""#));
    let german = Rc::new(content::builtin_in(Some(role_quiz::lang::Lang::De)).unwrap());
    let html = render::<FeedbackPanel>(feedback(&german, item, Choice::First)).await;
    assert!(
        html.contains("Die Artikel sind sich nicht einig: "),
        "the German pack's feedback"
    );
    assert!(html.contains(
        r#"<q lang="en" class="rq-quote">the overall technology vision and strategy</q>"#
    ));
    assert_eq!(
        html.matches(r#"<cite lang="en">"#).count(),
        2 + german.items[item].citations().count(),
        "the titles in the sentence and in the list of sources"
    );
}
