use super::*;
use Choice::*;

fn outcome(item: usize, answer: Choice, chosen: Choice) -> Outcome {
    Outcome {
        item,
        chosen,
        accepted: Accepted::only(answer),
    }
}

/// An answer to an item one source gives to the first role and the
/// other to the second.
fn disputed(item: usize, chosen: Choice) -> Outcome {
    Outcome {
        item,
        chosen,
        accepted: Accepted::of([First, Second]),
    }
}

/// Results with `right` correct answers of each kind plus the given misses.
fn results(right: [usize; 3], misses: &[(Choice, Choice, usize)]) -> Results {
    let mut outcomes = Vec::new();
    for answer in Choice::ALL {
        for _ in 0..right[answer.index()] {
            outcomes.push(outcome(outcomes.len(), answer, answer));
        }
    }
    for &(answer, chosen, n) in misses {
        for _ in 0..n {
            outcomes.push(outcome(outcomes.len(), answer, chosen));
        }
    }
    Results::from_outcomes(outcomes)
}

#[test]
fn results_break_the_score_down_by_right_answer() {
    let results = results([1, 1, 0], &[(First, Second, 1), (Second, First, 1)]);
    assert_eq!(results.tally(First), Tally { right: 1, total: 2 });
    assert_eq!(results.tally(Both), Tally { right: 1, total: 1 });
    assert_eq!(results.tally(Second), Tally { right: 0, total: 1 });
    assert_eq!(results.score, Tally { right: 2, total: 4 });
}

#[test]
fn percent_rounds_down_so_only_all_right_is_perfect() {
    let of = |right: usize, wrong: usize| results([right, 0, 0], &[(First, Both, wrong)]);
    assert_eq!(of(29, 1).percent(), 96);
    assert_eq!(of(30, 0).percent(), 100);
    assert_eq!(of(2, 1).percent(), 66);
    assert_eq!(of(0, 0).percent(), 0);
}

#[test]
fn the_confusion_matrix_counts_answer_against_choice() {
    let matrix = results([2, 0, 1], &[(First, Second, 3), (Both, First, 1)]).confusion();
    assert_eq!(matrix, [[2, 0, 3], [1, 0, 0], [0, 0, 1]]);
}

#[test]
fn the_misses_are_the_wrong_answers_in_round_order() {
    let r = Results::from_outcomes([
        outcome(7, First, First),
        outcome(3, Both, Second),
        outcome(9, Second, Second),
        outcome(1, First, Both),
    ]);
    assert_eq!(
        r.misses(),
        [
            Question {
                item: 3,
                accepted: Accepted::only(Both)
            },
            Question {
                item: 1,
                accepted: Accepted::only(First)
            },
        ]
    );
}

#[test]
fn no_misses_is_said_plainly() {
    assert_eq!(results([3, 3, 4], &[]).insight(), Insight::NoMisses);
}

#[test]
fn a_single_miss_is_named() {
    assert_eq!(
        results([3, 3, 3], &[(Both, Second, 1)]).insight(),
        Insight::OneMiss {
            chosen: Second,
            accepted: Accepted::only(Both)
        }
    );
}

#[test]
fn a_dominant_mix_up_is_found_for_every_pair() {
    for answer in Choice::ALL {
        for chosen in Choice::ALL.into_iter().filter(|&c| c != answer) {
            // Three of this mix-up, and one of another kind.
            let other = Choice::ALL
                .into_iter()
                .find(|&c| c != answer && c != chosen)
                .unwrap();
            let r = results([2, 2, 2], &[(answer, chosen, 3), (other, answer, 1)]);
            assert_eq!(
                r.insight(),
                Insight::MixUp {
                    confusion: Confusion { answer, chosen },
                    count: 3,
                    misses: 4
                },
                "{answer:?} taken for {chosen:?}"
            );
        }
    }
}

#[test]
fn always_saying_both_is_an_over_chosen_answer() {
    // Every CIO and CTO item answered "both": the column explains all 7.
    let r = results([0, 3, 0], &[(First, Both, 4), (Second, Both, 3)]);
    assert_eq!(
        r.insight(),
        Insight::OverChosen {
            chosen: Both,
            count: 7,
            misses: 7
        }
    );
}

#[test]
fn one_kind_of_item_missed_in_different_ways() {
    // Shared work given to each role in turn.
    let r = results([3, 0, 3], &[(Both, First, 2), (Both, Second, 2)]);
    assert_eq!(
        r.insight(),
        Insight::OftenMissed {
            answer: Both,
            count: 4,
            misses: 4
        }
    );
}

#[test]
fn ties_are_scattered() {
    // Two mix-ups of two, mirrored: no cell, column or row stands out.
    let r = results([2, 2, 2], &[(First, Second, 2), (Second, First, 2)]);
    assert_eq!(r.insight(), Insight::Scattered { misses: 4 });
}

#[test]
fn a_pattern_must_explain_half_the_misses() {
    let r = results(
        [1, 1, 1],
        &[
            (First, Second, 2),
            (Second, Both, 1),
            (Both, First, 1),
            (First, Both, 1),
        ],
    );
    // No mix-up or over-chosen answer stands out, but CIO items make 3 of
    // the 5 misses: over half, so that is the insight.
    assert_eq!(
        r.insight(),
        Insight::OftenMissed {
            answer: First,
            count: 3,
            misses: 5
        }
    );
    let spread = results(
        [1, 1, 1],
        &[(First, Second, 1), (Second, Both, 1), (Both, First, 1)],
    );
    assert_eq!(spread.insight(), Insight::Scattered { misses: 3 });
}

#[test]
fn all_wrong_still_finds_the_pattern() {
    // A reader who swapped the two roles everywhere and never said both.
    let r = results(
        [0, 0, 0],
        &[(First, Second, 4), (Second, First, 4), (Both, First, 2)],
    );
    assert_eq!(
        r.insight(),
        Insight::OverChosen {
            chosen: First,
            count: 6,
            misses: 10
        }
    );
}

#[test]
fn either_sources_answer_to_a_disputed_item_is_right() {
    let r = Results::from_outcomes([
        disputed(0, First),
        disputed(1, Second),
        disputed(2, Both),
        outcome(3, Both, Both),
    ]);
    assert_eq!(r.score, Tally { right: 3, total: 4 });
    assert_eq!(r.disputed, Tally { right: 2, total: 3 });
    assert_eq!(r.tally(Both), Tally { right: 1, total: 1 });
    assert_eq!(
        r.tally(First),
        Tally::default(),
        "no CIO-only item was asked"
    );
    let totals: usize = Choice::ALL.iter().map(|&c| r.tally(c).total).sum();
    assert_eq!(totals + r.disputed.total, r.score.total);
    assert_eq!(
        r.misses(),
        [Question {
            item: 2,
            accepted: Accepted::of([First, Second])
        }],
        "following an article is never a mistake to retry"
    );
}

#[test]
fn following_an_article_is_never_blamed_in_the_insight() {
    // Every disputed item answered with one source's view, plus misses
    // that make a pattern of their own.
    let mut outcomes = vec![disputed(0, First), disputed(1, Second), disputed(2, First)];
    outcomes.extend((3..6).map(|i| outcome(i, Second, First)));
    let r = Results::from_outcomes(outcomes);
    assert_eq!(r.confusion(), [[0; 3], [0; 3], [3, 0, 0]]);
    assert_eq!(
        r.insight(),
        Insight::MixUp {
            confusion: Confusion {
                answer: Second,
                chosen: First
            },
            count: 3,
            misses: 3
        }
    );
    let all_followed = Results::from_outcomes([disputed(0, Second), disputed(1, First)]);
    assert_eq!(all_followed.insight(), Insight::NoMisses);
}

#[test]
fn a_wrong_answer_to_a_disputed_item_counts_as_over_chosen() {
    let one = Results::from_outcomes([disputed(0, Both), outcome(1, First, First)]);
    assert_eq!(
        one.insight(),
        Insight::OneMiss {
            chosen: Both,
            accepted: Accepted::of([First, Second])
        }
    );
    // Both said where neither source says it, and once where a role owns
    // the work: "both" too often, though no mix-up stands out.
    let r = Results::from_outcomes([
        disputed(0, Both),
        disputed(1, Both),
        outcome(2, Second, Both),
    ]);
    assert_eq!(r.confusion(), [[0; 3], [0; 3], [0, 1, 0]]);
    assert_eq!(
        r.insight(),
        Insight::OverChosen {
            chosen: Both,
            count: 3,
            misses: 3
        }
    );
}

#[test]
fn the_first_full_round_sets_the_best_and_a_retry_never_does() {
    let t = |right, total| Tally { right, total };
    assert_eq!(t(3, 10).new_best(None, false), Some(t(3, 10)));
    assert_eq!(t(8, 10).new_best(Some(t(7, 10)), false), Some(t(8, 10)));
    assert_eq!(
        t(7, 10).new_best(Some(t(7, 10)), false),
        None,
        "a tie stands"
    );
    assert_eq!(t(6, 6).new_best(None, true), None, "a retry");
    assert_eq!(t(6, 6).new_best(Some(t(1, 10)), true), None, "a retry");
}

#[test]
fn a_better_score_is_a_higher_share_or_the_same_share_of_more() {
    let t = |right, total| Tally { right, total };
    assert!(t(8, 10).beats(&t(7, 10)));
    assert!(t(5, 5).beats(&t(9, 10)));
    assert!(t(10, 10).beats(&t(5, 5)));
    assert!(!t(5, 5).beats(&t(10, 10)));
    assert!(!t(7, 10).beats(&t(7, 10)));
    // Any tallies, however large, compare without overflowing.
    let most = usize::MAX;
    assert!(!t(most, most).beats(&t(most, most)));
    assert!(t(most, most).beats(&t(most - 1, most)));
    assert!(t(1, 1).beats(&t(most - 1, most)));
}
