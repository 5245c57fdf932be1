use super::*;
use crate::content;
use crate::quiz::Length;

fn start(length: Length) -> Rc<State> {
    let pack = content::builtin().unwrap();
    let options = RoundOptions { length, seed: 42 };
    Rc::new(State::new(
        pack.answer_key().into(),
        options,
        None,
        None,
        None,
    ))
}

fn reduce(state: &Rc<State>, actions: &[Action]) -> Rc<State> {
    actions
        .iter()
        .fold(state.clone(), |state, &action| state.reduce(action))
}

/// Answers every question of the round on screen with `pick` and goes
/// on to the results.
fn play_round(mut state: Rc<State>, pick: impl Fn(Accepted) -> Choice) -> Rc<State> {
    while let Some(Phase::Asking(q)) = state.round().map(Round::phase) {
        state = reduce(&state, &[Action::Answer(pick(q.accepted)), Action::Next]);
    }
    state
}

fn right(accepted: Accepted) -> Choice {
    accepted.choices().next().unwrap()
}

fn wrong(accepted: Accepted) -> Choice {
    Choice::ALL
        .into_iter()
        .find(|&c| !accepted.contains(c))
        .unwrap()
}

fn phase(state: &State) -> Option<Phase> {
    state.round().map(Round::phase)
}

#[test]
fn start_begins_a_round_and_sends_focus_to_the_statement() {
    let state = reduce(&start(Length::Items(3)), &[Action::Start]);
    assert!(matches!(phase(&state), Some(Phase::Asking(_))));
    assert_eq!(state.round().unwrap().len(), 3);
    assert_eq!(state.focus.map(|(to, _)| to), Some(Focus::Statement));
}

#[test]
fn next_before_answering_changes_nothing() {
    let state = reduce(&start(Length::Items(3)), &[Action::Start]);
    let after = state.clone().reduce(Action::Next);
    assert!(Rc::ptr_eq(&state, &after), "the same state, not a copy");
    let intro = start(Length::Items(3));
    for action in [
        Action::Answer(Choice::First),
        Action::Next,
        Action::RetryMistakes,
        Action::StartOver,
    ] {
        assert!(
            Rc::ptr_eq(&intro, &intro.clone().reduce(action)),
            "{action:?} on the intro"
        );
    }
}

#[test]
fn an_answer_shows_feedback_and_next_moves_on() {
    let state = reduce(
        &start(Length::Items(3)),
        &[Action::Start, Action::Answer(Choice::Both)],
    );
    assert!(matches!(phase(&state), Some(Phase::Feedback(_))));
    assert_eq!(state.focus.map(|(to, _)| to), Some(Focus::Next));
    let state = reduce(&state, &[Action::Answer(Choice::First)]);
    assert_eq!(
        state.round().unwrap().answers(),
        [Choice::Both],
        "one answer per question"
    );
    let state = reduce(&state, &[Action::Next]);
    assert_eq!(state.round().unwrap().number(), 2);
    assert_eq!(state.focus.map(|(to, _)| to), Some(Focus::Statement));
}

#[test]
fn a_finished_full_round_sets_the_best_and_a_retry_never_does() {
    let state = reduce(&start(Length::Items(6)), &[Action::Start]);
    let state = play_round(state, wrong);
    assert_eq!(phase(&state), Some(Phase::Finished));
    assert_eq!(state.best, Some(Tally { right: 0, total: 6 }));
    assert!(
        !state.new_best,
        "the first round sets a best but beats nothing"
    );
    assert_eq!(state.focus.map(|(to, _)| to), Some(Focus::Results));

    let retry = reduce(&state, &[Action::RetryMistakes]);
    assert!(retry.retry);
    assert_eq!(retry.round().unwrap().len(), 6, "exactly the misses");
    let retried = play_round(retry, right);
    assert_eq!(retried.round().unwrap().score(), 6);
    assert_eq!(
        retried.best,
        Some(Tally { right: 0, total: 6 }),
        "a retry never sets the best"
    );
    assert!(!retried.new_best);

    let better = play_round(reduce(&retried, &[Action::NewRound]), right);
    assert_eq!(better.best, Some(Tally { right: 6, total: 6 }));
    assert!(better.new_best && !better.retry);
}

#[test]
fn retry_mistakes_asks_exactly_the_missed_items() {
    let state = reduce(&start(Length::Items(6)), &[Action::Start]);
    let mut n = 0;
    let state = {
        let mut state = state;
        while let Some(Phase::Asking(q)) = phase(&state) {
            let choice = if n % 2 == 0 {
                right(q.accepted)
            } else {
                wrong(q.accepted)
            };
            state = reduce(&state, &[Action::Answer(choice), Action::Next]);
            n += 1;
        }
        state
    };
    let missed = state.round().unwrap().results().misses();
    let retry = reduce(&state, &[Action::RetryMistakes]);
    assert_eq!(retry.round().unwrap().questions(), missed.as_slice());
    // A perfect round has nothing to retry.
    let perfect = play_round(reduce(&state, &[Action::NewRound]), right);
    assert!(Rc::ptr_eq(
        &perfect,
        &perfect.clone().reduce(Action::RetryMistakes)
    ));
}

#[test]
fn start_over_returns_to_the_intro_and_focuses_start() {
    let state = reduce(
        &start(Length::Items(3)),
        &[Action::Start, Action::Answer(Choice::Both)],
    );
    let state = reduce(&state, &[Action::StartOver]);
    assert_eq!(state.screen, Screen::Intro);
    assert_eq!(state.saved(), None, "nothing left to keep");
    assert_eq!(state.focus.map(|(to, _)| to), Some(Focus::Start));
}

#[test]
fn start_over_can_be_undone_until_another_round_starts() {
    let state = reduce(
        &start(Length::Items(4)),
        &[
            Action::Start,
            Action::Answer(Choice::Both),
            Action::Next,
            Action::Answer(Choice::First),
        ],
    );
    let left = state.round().cloned();
    let over = reduce(&state, &[Action::StartOver]);
    assert_eq!(over.set_aside.as_ref().map(|s| &s.round), left.as_ref());
    assert_eq!(
        over.kept(),
        None,
        "dropped from storage: a reload starts fresh"
    );
    let back = reduce(&over, &[Action::Resume]);
    assert_eq!(
        back.round(),
        left.as_ref(),
        "the same questions, answers and place"
    );
    assert_eq!(back.set_aside, None);
    assert_eq!(
        back.focus.map(|(to, _)| to),
        Some(Focus::Next),
        "at its feedback"
    );

    let fresh = reduce(&over, &[Action::Start]);
    assert_eq!(fresh.set_aside, None, "a new round ends the offer");
    let nothing = reduce(&start(Length::Items(4)), &[Action::Resume]);
    assert!(nothing.round().is_none(), "nothing to go back to");
}

#[test]
fn a_new_round_follows_the_next_seed() {
    let state = reduce(&start(Length::Items(5)), &[Action::Start]);
    let first = state.round().unwrap().questions().to_vec();
    let state = reduce(&state, &[Action::NewRound]);
    let first_options = RoundOptions {
        length: Length::Items(5),
        seed: 42,
    };
    assert_eq!(state.options, first_options.next_round());
    assert_ne!(state.round().unwrap().questions(), first.as_slice());
}

#[test]
fn exploring_the_same_item_twice_asks_for_it_twice() {
    let state = start(Length::Items(3));
    let once = reduce(&state, &[Action::Explore(4)]);
    let twice = reduce(&once, &[Action::Explore(4)]);
    assert_eq!(once.spotlight.map(|s| s.item), Some(4));
    assert_eq!(twice.spotlight.map(|s| s.item), Some(4));
    assert_ne!(once.spotlight, twice.spotlight, "a new request each time");
}

#[test]
fn test_yourself_starts_a_round_only_from_the_intro() {
    let from_intro = reduce(&start(Length::Items(3)), &[Action::TestYourself]);
    assert!(matches!(phase(&from_intro), Some(Phase::Asking(_))));
    let answered = reduce(&from_intro, &[Action::Answer(Choice::First)]);
    let back = reduce(&answered, &[Action::TestYourself]);
    assert_eq!(back.round(), answered.round(), "the round on screen stays");
    assert_eq!(back.focus.map(|(to, _)| to), Some(Focus::Next));
}

#[test]
fn repeated_focus_requests_are_new_requests() {
    let state = reduce(&start(Length::Items(3)), &[Action::Open(Tab::Compare)]);
    let again = reduce(&state, &[Action::Open(Tab::Compare)]);
    assert_eq!(
        state.focus.map(|(to, _)| to),
        Some(Focus::Panel(Tab::Compare))
    );
    assert_ne!(state.focus, again.focus);
}

#[test]
fn a_saved_round_is_resumed_with_its_retry_flag() {
    let pack = content::builtin().unwrap();
    let mut round = Round::new(&pack.answer_key(), RoundOptions::new(3));
    round.answer(Choice::Both);
    let saved = Saved {
        round,
        retry: true,
        seed: None,
    };
    let state = State::new(
        pack.answer_key().into(),
        RoundOptions::new(3),
        Some(saved.clone()),
        None,
        None,
    );
    assert_eq!(state.saved(), Some(saved));
    assert!(state.retry);
}

#[test]
fn a_round_the_address_did_not_ask_for_is_offered_not_resumed() {
    let pack = content::builtin().unwrap();
    let mut round = Round::new(&pack.answer_key(), RoundOptions::new(3));
    round.answer(Choice::Both);
    let saved = Saved {
        round,
        retry: false,
        seed: Some(3),
    };
    let key: Rc<[Accepted]> = pack.answer_key().into();
    let state = Rc::new(State::new(
        key,
        RoundOptions::new(9),
        None,
        Some(saved.clone()),
        None,
    ));
    assert_eq!(
        state.screen,
        Screen::Intro,
        "the round asked for starts fresh"
    );
    assert_eq!(
        state.kept(),
        Some(saved.clone()),
        "still kept for a later visit"
    );
    let fresh = reduce(&state, &[Action::Start]);
    assert_ne!(
        fresh.kept(),
        Some(saved.clone()),
        "until another round starts"
    );
    let back = reduce(&state, &[Action::Resume]);
    assert_eq!(
        back.round(),
        Some(&saved.round),
        "or the reader goes back to theirs"
    );
    assert_eq!(
        back.saved().and_then(|s| s.seed),
        Some(3),
        "under the seed it was drawn with"
    );
}

#[test]
fn a_start_kept_from_before_the_code_opens_on_the_question_already_shown() {
    let pack = content::builtin().unwrap();
    let key: Rc<[Accepted]> = pack.answer_key().into();
    for first in [0, 7, key.len() - 1] {
        let state = State::new(key.clone(), RoundOptions::new(5), None, None, None)
            .started_early(Some(first), None);
        let round = state.round().expect("the round is on");
        assert_eq!(round.questions()[0].item, first);
        assert_eq!(round.len(), 10);
        assert_eq!(state.focus.map(|(to, _)| to), Some(Focus::Statement));
    }
    // Without a question shown, the round is the seed's own.
    let plain =
        State::new(key.clone(), RoundOptions::new(5), None, None, None).started_early(None, None);
    assert_eq!(plain.round(), Some(&Round::new(&key, RoundOptions::new(5))));
}

#[test]
fn an_answer_tapped_before_the_code_is_given_in_the_first_state() {
    let pack = content::builtin().unwrap();
    let key: Rc<[Accepted]> = pack.answer_key().into();
    let state = State::new(key, RoundOptions::new(5), None, None, None)
        .started_early(Some(3), Some(Choice::Both));
    let round = state.round().expect("the round is on");
    // Chosen from the first render on, never shown unanswered for a frame.
    match round.phase() {
        Phase::Feedback(outcome) => {
            assert_eq!(outcome.item, 3);
            assert_eq!(outcome.chosen, Choice::Both);
        }
        other => panic!("the first question is not answered: {other:?}"),
    }
    assert_eq!(state.focus.map(|(to, _)| to), Some(Focus::Next));
}

#[test]
fn a_start_kept_from_before_the_code_never_drops_a_resumed_round() {
    let pack = content::builtin().unwrap();
    let key: Rc<[Accepted]> = pack.answer_key().into();
    let mut round = Round::new(&key, RoundOptions::new(3));
    round.answer(Choice::Both);
    let saved = Saved {
        round: round.clone(),
        retry: false,
        seed: Some(3),
    };
    let state = State::new(key, RoundOptions::new(3), Some(saved), None, None)
        .started_early(Some(0), Some(Choice::First));
    assert_eq!(state.round(), Some(&round));
    assert_eq!(state.focus, None);
}
