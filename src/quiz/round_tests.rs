use super::*;
use crate::quiz::Tally;
use Choice::*;

/// A pack-shaped key: 12 of each answer, like the built-in pack.
fn key() -> Vec<Accepted> {
    (0..36)
        .map(|i| Accepted::only(Choice::ALL[i % 3]))
        .collect()
}

fn items(round: &Round) -> Vec<usize> {
    round.questions().iter().map(|q| q.item).collect()
}

fn answer_all(round: &mut Round, pick: impl Fn(Question, usize) -> Choice) {
    let mut n = 0;
    while let Phase::Asking(q) = round.phase() {
        round.answer(pick(q, n)).expect("asking accepts an answer");
        assert!(round.advance());
        n += 1;
    }
}

#[test]
fn a_default_round_asks_ten_questions() {
    let round = Round::new(&key(), RoundOptions::new(1));
    assert_eq!(round.len(), 10);
    assert_eq!(round.number(), 1);
    assert_eq!(round.answered(), 0);
}

#[test]
fn a_seeded_round_is_reproducible() {
    let a = Round::new(&key(), RoundOptions::new(42));
    let b = Round::new(&key(), RoundOptions::new(42));
    assert_eq!(items(&a), items(&b));
}

#[test]
fn different_seeds_give_different_rounds() {
    let a = Round::new(&key(), RoundOptions::new(42));
    let b = Round::new(&key(), RoundOptions::new(43));
    assert_ne!(items(&a), items(&b));
}

#[test]
fn the_next_round_differs_but_is_reproducible() {
    let first = RoundOptions::new(42);
    let a = Round::new(&key(), first.next_round());
    let b = Round::new(&key(), first.next_round());
    assert_eq!(items(&a), items(&b));
    assert_ne!(items(&a), items(&Round::new(&key(), first)));
    assert_eq!(first.next_round().length, first.length);
}

#[test]
fn a_round_never_repeats_an_item_and_keeps_the_right_answers() {
    let key = key();
    for seed in 0..50 {
        let round = Round::new(
            &key,
            RoundOptions {
                length: Length::All,
                seed,
            },
        );
        let mut seen = items(&round);
        seen.sort_unstable();
        seen.dedup();
        assert_eq!(seen.len(), key.len(), "seed {seed} repeated an item");
        for q in round.questions() {
            assert_eq!(q.accepted, key[q.item]);
        }
    }
}

#[test]
fn the_length_is_capped_at_the_pack_size() {
    let key = key();
    let options = |length| RoundOptions { length, seed: 3 };
    assert_eq!(Round::new(&key, options(Length::Items(5))).len(), 5);
    assert_eq!(Round::new(&key, options(Length::Items(36))).len(), 36);
    assert_eq!(Round::new(&key, options(Length::Items(500))).len(), 36);
    assert_eq!(Round::new(&key, options(Length::All)).len(), 36);
    assert_eq!(Round::new(&key[..4], options(Length::DEFAULT)).len(), 4);
}

#[test]
fn answering_shows_feedback_then_moves_on() {
    let mut round = Round::of(vec![
        Question {
            item: 7,
            accepted: Accepted::only(First),
        },
        Question {
            item: 2,
            accepted: Accepted::only(Both),
        },
    ]);
    assert_eq!(
        round.phase(),
        Phase::Asking(Question {
            item: 7,
            accepted: Accepted::only(First)
        })
    );

    let outcome = round.answer(Second).unwrap();
    assert_eq!(
        outcome,
        Outcome {
            item: 7,
            chosen: Second,
            accepted: Accepted::only(First)
        }
    );
    assert!(!outcome.is_correct());
    assert_eq!(round.phase(), Phase::Feedback(outcome));
    assert_eq!(round.number(), 1, "feedback stays on the same question");

    assert!(round.advance());
    assert_eq!(round.number(), 2);
    assert!(round.answer(Both).unwrap().is_correct());
    assert!(round.advance());
    assert_eq!(round.phase(), Phase::Finished);
    assert_eq!(round.number(), 2);
}

#[test]
fn out_of_turn_calls_change_nothing() {
    let mut round = Round::of(vec![Question {
        item: 0,
        accepted: Accepted::only(Both),
    }]);
    assert!(!round.advance(), "next before answering");
    round.answer(Both);
    let before = round.clone();
    assert_eq!(round.answer(First), None, "a second answer to one question");
    assert_eq!(round, before);
    round.advance();
    assert_eq!(round.answer(First), None, "an answer after the end");
    assert!(!round.advance());
    assert_eq!(round.score(), 1);
}

#[test]
fn the_score_counts_right_answers() {
    let mut round = Round::new(&key(), RoundOptions::new(9));
    // Right on even questions, wrong on odd ones.
    let wrong = |c: Choice| Choice::ALL[(c.index() + 1) % 3];
    answer_all(&mut round, |q, n| {
        let right = q.accepted.single().unwrap();
        if n % 2 == 0 {
            right
        } else {
            wrong(right)
        }
    });
    assert_eq!(round.phase(), Phase::Finished);
    let results = round.results();
    assert_eq!(
        results.score,
        Tally {
            right: 5,
            total: 10
        }
    );
    assert_eq!(round.score(), 5);
    assert_eq!(results.percent(), 50);
    let per_answer: usize = Choice::ALL.iter().map(|&c| results.tally(c).total).sum();
    assert_eq!(per_answer, 10);
}

#[test]
fn results_cover_the_answers_so_far() {
    let mut round = Round::of(vec![
        Question {
            item: 0,
            accepted: Accepted::only(First),
        },
        Question {
            item: 1,
            accepted: Accepted::only(Second),
        },
    ]);
    assert_eq!(round.results().score, Tally { right: 0, total: 0 });
    round.answer(First);
    assert_eq!(round.results().score, Tally { right: 1, total: 1 });
    round.advance();
    round.answer(Both);
    round.advance();
    assert_eq!(round.phase(), Phase::Finished);
    assert_eq!(round.results().score, Tally { right: 1, total: 2 });
}

#[test]
fn a_round_survives_being_taken_apart_and_restored() {
    let mut round = Round::new(&key(), RoundOptions::new(4));
    round.answer(First);
    round.advance();
    round.answer(Both);
    let back = Round::restore(
        round.questions().to_vec(),
        round.answers().to_vec(),
        round.position(),
    );
    assert_eq!(back.as_ref(), Some(&round));
    assert!(matches!(back.unwrap().phase(), Phase::Feedback(_)));
}

#[test]
fn an_impossible_saved_round_is_refused() {
    let qs = || {
        Round::new(&key(), RoundOptions::new(4))
            .questions()
            .to_vec()
    };
    assert!(
        Round::restore(qs(), vec![First; 11], 10).is_none(),
        "more answers than questions"
    );
    assert!(
        Round::restore(qs(), vec![First; 3], 1).is_none(),
        "answers ahead of the position"
    );
    assert!(
        Round::restore(qs(), vec![First; 1], 3).is_none(),
        "position ahead of the answers"
    );
    assert!(
        Round::restore(qs(), vec![], 11).is_none(),
        "position past the end"
    );
    assert!(
        Round::restore(qs(), vec![First; 10], 10).is_some(),
        "a finished round"
    );
}

#[test]
fn an_empty_round_is_finished_at_once() {
    let round = Round::new(&[], RoundOptions::new(1));
    assert_eq!(round.phase(), Phase::Finished);
    assert_eq!(round.results().score.total, 0);
}
