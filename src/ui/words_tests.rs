//! The widget's wording, checked as a reader would read it.

use super::*;
use crate::content;
use crate::quiz::{Accepted, Confusion, Tally};
use Choice::*;

fn verdict_of(pack: &Pack, item: usize, chosen: Choice) -> String {
    let outcome = Outcome {
        item,
        chosen,
        accepted: pack.items[item].accepted(),
    };
    plain(pack, &verdict(pack, &outcome))
}

fn disputed(pack: &Pack, id: &str) -> usize {
    let i = pack.item_index(id).unwrap();
    assert!(pack.items[i].is_disputed(), "{id}");
    i
}

#[test]
fn a_plain_item_names_the_answer() {
    let pack = content::builtin().unwrap();
    let i = pack.items.iter().position(|i| !i.is_disputed()).unwrap();
    let right = pack.items[i].views[0].answer;
    let wrong = Choice::ALL.into_iter().find(|&c| c != right).unwrap();
    let name = pack.choice_name(right);
    assert_eq!(
        verdict_of(&pack, i, right),
        format!("The answer is {name}.")
    );
    assert_eq!(
        verdict_of(&pack, i, wrong),
        format!(
            "You chose {}. The answer is {name}.",
            pack.choice_name(wrong)
        )
    );
}

const REL: &str = "The Relationship Between CIOs and CTOs";
const DIF: &str = "CTO vs CIO – Breaking Down the Differences";

/// The sentence each disputed item of the built-in pack gets, as its
/// citations give it (`content/cio-cto.json`).
fn reading_of(pack: &Pack, id: &str) -> String {
    plain(pack, &reading(pack, &pack.items[disputed(pack, id)]))
}

#[test]
fn the_built_in_disputed_items_say_what_their_citations_give() {
    let pack = content::builtin().unwrap();
    let disputed: Vec<&str> = pack
        .items
        .iter()
        .filter(|i| i.is_disputed())
        .map(|i| i.id.as_str())
        .collect();
    let expected = [
        (
            "technology-vision",
            format!(
                "The articles disagree: {REL} gives this to the CIO; {DIF} gives this to the CTO."
            ),
        ),
        (
            "adopting-new-tech",
            format!(
                "{REL} gives this to the CTO in one section and to Both roles in another; \
                 {DIF} gives this to the CTO."
            ),
        ),
        (
            "technology-infrastructure",
            format!(
                "{REL} gives this to the CTO; \
                 {DIF} gives this to the CTO in one section and to Both roles in another."
            ),
        ),
        (
            "driving-innovation",
            "Both articles give this to the CTO in one section and to Both roles in another."
                .to_owned(),
        ),
        (
            "data-security-privacy",
            format!(
                "{REL} gives this to the CIO in one section and to Both roles in another; \
                 {DIF} gives this to Both roles."
            ),
        ),
        (
            "strategy-alignment",
            "Both articles give this to the CIO in one section and to Both roles in another."
                .to_owned(),
        ),
    ];
    assert_eq!(
        disputed,
        expected.iter().map(|(id, _)| *id).collect::<Vec<_>>()
    );
    for (id, sentence) in expected {
        assert_eq!(reading_of(&pack, id), sentence, "{id}");
    }
}

#[test]
fn a_disputed_verdict_is_the_same_reading_whichever_answer_counts() {
    let pack = content::builtin().unwrap();
    let innovation = disputed(&pack, "driving-innovation");
    let said = "Both articles give this to the CTO in one section and to Both roles in another.";
    assert_eq!(
        verdict_of(&pack, innovation, Both),
        format!("{said} Either answer counts.")
    );
    assert_eq!(
        verdict_of(&pack, innovation, Second),
        format!("{said} Either answer counts.")
    );
    assert_eq!(
        verdict_of(&pack, innovation, First),
        format!("You chose CIO. {said}")
    );
    let vision = disputed(&pack, "technology-vision");
    assert_eq!(
        verdict_of(&pack, vision, Both),
        format!(
            "You chose Both. The articles disagree: {REL} gives this to the CIO; \
             {DIF} gives this to the CTO."
        )
    );
}

#[test]
fn the_reading_is_a_whole_sentence_in_every_language() {
    let pack = content::builtin().unwrap();
    let vision = &pack.items[disputed(&pack, "technology-vision")];
    let innovation = &pack.items[disputed(&pack, "driving-innovation")];
    let said = |lang: &str, item| {
        let pack = pack.with_lang(crate::lang::Lang::parse(lang).unwrap());
        plain(&pack, &reading(&pack, item))
    };
    assert_eq!(
        said("de", innovation),
        "Beide Artikel sagen CTO in einem Abschnitt und Beide in einem anderen."
    );
    assert_eq!(
        said("fr", vision),
        format!(
            "Les articles ne sont pas d’accord\u{a0}: {REL} désigne le CIO\u{202f}; \
             {DIF} désigne le CTO."
        )
    );
    assert_eq!(
        said("es", innovation),
        "Los dos artículos señalan al CTO en una sección y a Ambos en otra."
    );
}

fn say(i: Insight) -> String {
    insight(&content::builtin().unwrap(), i)
}

#[test]
fn the_insight_reads_as_plain_words_with_the_role_names() {
    let mix = |answer, chosen| Insight::MixUp {
        confusion: Confusion { answer, chosen },
        count: 3,
        misses: 4,
    };
    assert_eq!(
        say(mix(First, Second)),
        "You tend to give CIO work to the CTO (3 of 4 misses)."
    );
    assert_eq!(
        say(mix(Both, First)),
        "You tend to give shared work to the CIO alone (3 of 4 misses)."
    );
    assert_eq!(
        say(mix(Second, Both)),
        "You tend to give CTO work to both roles (3 of 4 misses)."
    );
    assert_eq!(
        say(Insight::OneMiss {
            chosen: First,
            accepted: Accepted::only(Second)
        }),
        "One miss: you gave CTO work to the CIO."
    );
    assert_eq!(
        say(Insight::OneMiss {
            chosen: Both,
            accepted: Accepted::of([First, Second])
        }),
        "One miss: you said Both where the articles say CIO or CTO."
    );
    assert_eq!(
        say(Insight::OverChosen {
            chosen: Both,
            count: 7,
            misses: 7
        }),
        "You often call work shared when one role owns it (7 of 7 misses)."
    );
    assert_eq!(
        say(Insight::OverChosen {
            chosen: Second,
            count: 4,
            misses: 6
        }),
        "You reach for the CTO too often (4 of 6 misses)."
    );
    assert_eq!(
        say(Insight::OftenMissed {
            answer: First,
            count: 3,
            misses: 5
        }),
        "CIO work trips you up most (3 of 5 misses)."
    );
    assert!(say(Insight::OftenMissed {
        answer: Both,
        count: 4,
        misses: 4
    })
    .starts_with("Shared work trips"));
    assert_eq!(
        say(Insight::Scattered { misses: 3 }),
        "Your 3 misses are spread out: no single mix-up dominates."
    );
    assert!(say(Insight::NoMisses).starts_with("No misses"));
}

#[test]
fn two_misses_are_told_as_what_happened_three_as_a_tendency() {
    let mix = |count, misses| Insight::MixUp {
        confusion: Confusion {
            answer: Both,
            chosen: First,
        },
        count,
        misses,
    };
    assert_eq!(
        say(mix(2, 3)),
        "Twice, you gave shared work to the CIO alone (2 of 3 misses)."
    );
    assert_eq!(
        say(mix(3, 4)),
        "You tend to give shared work to the CIO alone (3 of 4 misses)."
    );
    assert_eq!(
        say(Insight::OverChosen {
            chosen: Second,
            count: 2,
            misses: 2
        }),
        "Twice, you chose the CTO when it was wrong (2 of 2 misses)."
    );
    assert_eq!(
        say(Insight::OftenMissed {
            answer: First,
            count: 2,
            misses: 3
        }),
        "2 of your 3 misses were CIO work."
    );
}

#[test]
fn a_retry_is_never_praised_as_a_round() {
    let t = |right, total| Tally { right, total };
    assert_eq!(
        retry_verdict(&Words::default(), t(6, 6)),
        "6 of 6 right this time."
    );
    assert_eq!(
        retry_verdict(&Words::default(), t(1, 1)),
        "Right this time."
    );
    assert_eq!(
        retry_verdict(&Words::default(), t(2, 5)),
        "2 of 5 right this time."
    );
    assert!(retry_verdict(&Words::default(), t(0, 3)).starts_with("Not yet"));
    for (right, total) in [(6, 6), (1, 1), (2, 5)] {
        assert!(!retry_verdict(&Words::default(), t(right, total)).contains("Perfect"));
    }
}

#[test]
fn the_diagrams_descriptions_read_right_for_any_count() {
    let pack = content::builtin().unwrap();
    assert_eq!(
        diagram_description(&pack, [1, 0, 1], 1),
        "Two overlapping circles, CIO and CTO. Responsibilities of the CIO only: 1; of both: 0; \
         of the CTO only: 1. Below them, 1 responsibility where two answers count. \
         The lists below name each one."
    );
    let german = pack.with_lang(crate::lang::Lang::De);
    assert!(
        diagram_description(&german, [1, 2, 1], 0)
            .contains("Aufgaben nur des CIO: 1; beider: 2; nur des CTO: 1."),
        "{}",
        diagram_description(&german, [1, 2, 1], 0)
    );
    // A retry of one miss: one answer, told without a plural.
    let i = pack.items.iter().position(|i| !i.is_disputed()).unwrap();
    let answer = pack.items[i].views[0].answer;
    let one = Results::from_outcomes([Outcome {
        item: i,
        chosen: answer,
        accepted: pack.items[i].accepted(),
    }]);
    let mut placed = [0; 3];
    placed[answer.index()] = 1;
    let description = answers_description(&pack, &one, placed);
    assert!(
        description.starts_with("Your answers (1), by where you put them: ")
            && description.contains("; 1 right and 0 wrong."),
        "{description}"
    );
}
