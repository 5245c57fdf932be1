//! What the widget says, in one place: names of answers and regions, the
//! sentence that tells a reader how an answer stands, the insight into the
//! misses, and what the status region announces.
//!
//! The components only place these words. The sentences themselves are
//! the message catalogue's ([`crate::lang`]), in the pack's language; this
//! module picks the message for the case and fills its slots with the
//! pack's names. Pack texts (titles, statements, explanations) are the
//! pack's own and are not here.

use crate::content::{Item, Pack, Reading, Who};
use crate::host::Shared;
use crate::lang::{pieces, Msg, Piece, Words};
use crate::quiz::{Choice, Insight, Outcome, Phase, Results, Round, Tally};

/// "CIO only", "Both", "CTO only", or for items the sources disagree on
/// (`None`), "Where two answers count".
pub fn region_name(pack: &Pack, region: Option<Choice>) -> String {
    let words = pack.words();
    match region {
        Some(Choice::Both) => words.text(Msg::Both),
        Some(c) => words.fill(Msg::RegionOnly, &[("role", pack.choice_name(c))]),
        None => words.text(Msg::DisputedGroup),
    }
}

/// "1 question", "10 questions".
pub fn questions(words: &Words, n: usize) -> String {
    words.count((Msg::QuestionsOne, Msg::QuestionsOther), n, &[])
}

/// A message as parts: its text, with each slot named in `slots` replaced
/// by that slot's parts (a badge, an article's title).
fn parts(template: &str, slots: &[(&str, Vec<Part>)]) -> Vec<Part> {
    let mut out = Vec::new();
    for piece in pieces(template) {
        match piece {
            Piece::Text(text) => out.push(Part::Text(text.to_owned())),
            Piece::Slot(name) => match slots.iter().find(|(k, _)| *k == name) {
                Some((_, value)) => out.extend(value.iter().cloned()),
                None => out.push(Part::Text(format!("{{{name}}}"))),
            },
        }
    }
    out
}

/// A piece of a sentence about an answer: words, a role's badge, or an
/// article's title.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Part {
    Text(String),
    Badge(Choice),
    Cite(String),
}

/// How the reader's answer stands against the sources, as one sentence that
/// the feedback shows with badges and the status region speaks as text.
///
/// Where more than one answer counts, the sentence says what the articles
/// give the item to ([`reading`]), the same whichever answer the reader
/// chose; a wrong answer is named first, a right one is told it counts.
pub fn verdict(pack: &Pack, outcome: &Outcome) -> Vec<Part> {
    let words = pack.words();
    let Some(item) = pack.items.get(outcome.item) else {
        return Vec::new();
    };
    let space = || Part::Text(" ".to_owned());
    let mut sentence = Vec::new();
    if !outcome.is_correct() {
        sentence.extend(parts(
            words.get(Msg::YouChose),
            &[("chosen", vec![Part::Badge(outcome.chosen)])],
        ));
        sentence.push(space());
    }
    match (item.is_disputed(), item.views.first()) {
        (false, Some(view)) => sentence.extend(parts(
            words.get(Msg::TheAnswerIs),
            &[("answer", vec![Part::Badge(view.answer)])],
        )),
        _ => {
            sentence.extend(reading(pack, item));
            if outcome.is_correct() {
                sentence.push(space());
                sentence.push(Part::Text(words.text(Msg::EitherCounts)));
            }
        }
    }
    sentence
}

/// What the articles give an item to, worked out from its citations
/// ([`Reading`]): "Both articles give this to the CTO in one section and to
/// both roles in another." Feedback and the comparison's entry show it.
pub fn reading(pack: &Pack, item: &Item) -> Vec<Part> {
    let words = pack.words();
    let reading = Reading::of(pack, item);
    let whom = |choice: Choice| match choice {
        Choice::Both => parts(
            words.get(Msg::ToBoth),
            &[("both", vec![Part::Badge(choice)])],
        ),
        role => parts(words.get(Msg::ToRole), &[("role", vec![Part::Badge(role)])]),
    };
    let mut clauses = Vec::new();
    for (i, clause) in reading.clauses().into_iter().enumerate() {
        if i > 0 {
            clauses.push(Part::Text(words.text(Msg::ClauseSep)));
        }
        let (slot, who, [one, apart, together]) = match clause.who {
            Who::One(source) => (
                "source",
                Part::Cite(source.title.clone()),
                [
                    Msg::GivesThisTo,
                    Msg::GivesThisToApart,
                    Msg::GivesThisToTogether,
                ],
            ),
            Who::Every(n) => (
                "articles",
                Part::Text(match n {
                    2 => words.text(Msg::BothArticles),
                    n => words.fill(Msg::AllArticles, &[("n", &words.number(n))]),
                }),
                [
                    Msg::GiveThisTo,
                    Msg::GiveThisToApart,
                    Msg::GiveThisToTogether,
                ],
            ),
        };
        let (msg, other) = match clause.answers.as_slice() {
            [_, other, ..] => (if clause.apart { apart } else { together }, whom(*other)),
            _ => (one, Vec::new()),
        };
        let first = clause.answers.first().map(|&c| whom(c)).unwrap_or_default();
        clauses.extend(parts(
            words.get(msg),
            &[(slot, vec![who]), ("whom", first), ("other", other)],
        ));
    }
    let msg = if reading.disagree() {
        Msg::ReadingDisagree
    } else {
        Msg::ReadingSays
    };
    parts(words.get(msg), &[("clauses", clauses)])
}

/// The sentence as plain words, for the status region.
pub fn plain(pack: &Pack, parts: &[Part]) -> String {
    parts
        .iter()
        .map(|part| match part {
            Part::Text(text) => text.as_str(),
            Part::Badge(choice) => pack.choice_name(*choice),
            Part::Cite(title) => title.as_str(),
        })
        .collect()
}

/// What the status region says, so screen readers hear feedback the moment it
/// appears. The region is always in the page; only its text changes.
pub fn announcement(pack: &Pack, round: Option<&Round>) -> String {
    let Some(round) = round else {
        return String::new();
    };
    let words = pack.words();
    match round.phase() {
        Phase::Feedback(outcome) => format!(
            "{} {}",
            words.get(if outcome.is_correct() {
                Msg::StatusRight
            } else {
                Msg::StatusWrong
            }),
            plain(pack, &verdict(pack, &outcome))
        ),
        Phase::Finished => words.fill(
            Msg::StatusDone,
            &[
                ("score", &words.number(round.score())),
                ("total", &words.number(round.len())),
            ],
        ),
        Phase::Asking(_) => String::new(),
    }
}

/// "you said CTO; it is CIO", or for a disputed item "you said CTO, as one
/// article does" and "you said both; the articles say CIO or CTO".
pub fn said(pack: &Pack, o: &Outcome) -> String {
    let words = pack.words();
    let chosen = pack.choice_name(o.chosen);
    let or = format!(" {} ", words.get(Msg::Or));
    let accepted: Vec<&str> = o.accepted.choices().map(|c| pack.choice_name(c)).collect();
    let accepted = accepted.join(&or);
    let msg = match (o.is_correct(), o.is_disputed()) {
        (true, false) => Msg::SaidRight,
        (true, true) => Msg::SaidRightDisputed,
        (false, false) => Msg::SaidWrong,
        (false, true) => Msg::SaidWrongDisputed,
    };
    words.fill(msg, &[("chosen", chosen), ("accepted", &accepted)])
}

/// "You said CIO", "You said both": the results diagram's regions.
pub fn you_said(pack: &Pack, choice: Choice) -> String {
    let words = pack.words();
    match choice {
        Choice::Both => words.text(Msg::YouSaidBoth),
        c => words.fill(Msg::YouSaid, &[("role", pack.choice_name(c))]),
    }
}

/// The results' answers diagram in words, for screen readers.
pub fn answers_description(pack: &Pack, results: &Results, placed: [usize; 3]) -> String {
    let words = pack.words();
    let score = results.score;
    let n = |n: usize| words.number(n);
    let (right, wrong) = right_and_wrong(&words, score);
    words.fill(
        Msg::AnswersDescription,
        &[
            ("total", &n(score.total)),
            ("first_count", &n(placed[0])),
            ("first", &pack.roles[0].short),
            ("both_count", &n(placed[1])),
            ("second_count", &n(placed[2])),
            ("second", &pack.roles[1].short),
            ("right", &right),
            ("wrong", &wrong),
        ],
    )
}

/// "7 right" and "3 wrong", each in its language's singular or plural.
pub fn right_and_wrong(words: &Words, score: Tally) -> (String, String) {
    let wrong = score.total - score.right;
    (
        words.count((Msg::RightCountOne, Msg::RightCountOther), score.right, &[]),
        words.count((Msg::WrongCountOne, Msg::WrongCountOther), wrong, &[]),
    )
}

/// "2 of 3 right", the count taking the language's singular or plural.
pub fn tally(words: &Words, tally: Tally) -> String {
    let (right, total) = (words.number(tally.right), words.number(tally.total));
    let forms = (Msg::TallyOne, Msg::TallyOther);
    words.count(forms, tally.right, &[("right", &right), ("total", &total)])
}

/// The comparison diagram's title.
pub fn diagram_title(pack: &Pack) -> String {
    pack.words().fill(
        Msg::DiagramTitle,
        &[
            ("first", &pack.roles[0].short),
            ("second", &pack.roles[1].short),
        ],
    )
}

/// The comparison diagram in words, for screen readers.
pub fn diagram_description(pack: &Pack, counts: [usize; 3], disputed: usize) -> String {
    let words = pack.words();
    let disputed = match disputed {
        0 => String::new(),
        n => words.count((Msg::DiagramDisputedOne, Msg::DiagramDisputedOther), n, &[]),
    };
    let n = |n: usize| words.number(n);
    words.fill(
        Msg::DiagramDescription,
        &[
            ("first", &pack.roles[0].short),
            ("second", &pack.roles[1].short),
            ("first_count", &n(counts[0])),
            ("both_count", &n(counts[1])),
            ("second_count", &n(counts[2])),
            ("disputed", &disputed),
        ],
    )
}

/// How sharing went, in words.
pub fn share_message<'a>(words: &Words<'a>, shared: Option<&Shared>) -> &'a str {
    match shared {
        None => "",
        Some(Shared::Shared) => words.get(Msg::ShareThanks),
        Some(Shared::Copied) => words.get(Msg::ShareCopied),
        Some(Shared::Failed { .. }) => words.get(Msg::ShareFailed),
    }
}

/// The line under a retry's score. A retry asks only the items missed, so
/// its score is no result to praise as a round's, nor one to share.
pub fn retry_verdict(words: &Words, score: Tally) -> String {
    let (right, total) = (words.number(score.right), words.number(score.total));
    let args = [("right", right.as_str()), ("total", total.as_str())];
    let msg = match (score.right, score.total) {
        (1, 1) => Msg::RetryOneRight,
        (right, total) if right == total => Msg::RetryAllRight,
        (0, _) => Msg::RetryNoneRight,
        _ => {
            let some = (Msg::RetrySomeRightOne, Msg::RetrySomeRightOther);
            return words.count(some, score.right, &args);
        }
    };
    words.fill(msg, &args)
}

/// How many misses of one kind make a tendency worth naming; fewer are
/// told as what happened.
const PATTERN: usize = 3;

/// The insight in plain words, with the pack's role names.
pub fn insight(pack: &Pack, insight: Insight) -> String {
    let words = pack.words();
    let name = |c: Choice| pack.choice_name(c).to_owned();
    let work = |c: Choice| match c {
        Choice::Both => words.text(Msg::WorkShared),
        c => words.fill(Msg::WorkRole, &[("role", &name(c))]),
    };
    // "to the CTO", or "to the CIO alone" when the work was shared.
    let to_whom = |chosen: Choice, answer: Choice| match (chosen, answer) {
        (Choice::Both, _) => words.text(Msg::WhomBoth),
        (c, Choice::Both) => words.fill(Msg::WhomAlone, &[("role", &name(c))]),
        (c, _) => words.fill(Msg::WhomRole, &[("role", &name(c))]),
    };
    // "(3 of 4 misses)" and the like, in the language's numbers.
    let tally = |count: usize, misses: usize| (words.number(count), words.number(misses));
    let fill = |msg: Msg, count: usize, misses: usize, more: &[(&str, &str)]| {
        let (count, misses) = tally(count, misses);
        let mut args = vec![("count", count.as_str()), ("misses", misses.as_str())];
        args.extend_from_slice(more);
        words.fill(msg, &args)
    };
    match insight {
        Insight::NoMisses => words.text(Msg::InsightNone),
        Insight::OneMiss { chosen, accepted } => match accepted.single() {
            Some(answer) => words.fill(
                Msg::InsightOneMiss,
                &[("work", &work(answer)), ("whom", &to_whom(chosen, answer))],
            ),
            None => {
                let or = format!(" {} ", words.get(Msg::Or));
                let accepted = accepted.choices().map(name).collect::<Vec<_>>().join(&or);
                words.fill(
                    Msg::InsightOneMissDisputed,
                    &[("chosen", &name(chosen)), ("accepted", &accepted)],
                )
            }
        },
        Insight::MixUp {
            confusion: c,
            count,
            misses,
        } => fill(
            if count < PATTERN {
                Msg::InsightTwiceMixUp
            } else {
                Msg::InsightMixUp
            },
            count,
            misses,
            &[
                ("work", &work(c.answer)),
                ("whom", &to_whom(c.chosen, c.answer)),
            ],
        ),
        Insight::OverChosen {
            chosen: Choice::Both,
            count,
            misses,
        } => fill(
            if count < PATTERN {
                Msg::InsightTwiceShared
            } else {
                Msg::InsightOverShared
            },
            count,
            misses,
            &[],
        ),
        Insight::OverChosen {
            chosen,
            count,
            misses,
        } => fill(
            if count < PATTERN {
                Msg::InsightTwiceOver
            } else {
                Msg::InsightOver
            },
            count,
            misses,
            &[("role", &name(chosen))],
        ),
        Insight::OftenMissed {
            answer,
            count,
            misses,
        } if count < PATTERN => fill(
            Msg::InsightFewMissed,
            count,
            misses,
            &[("work", &work(answer))],
        ),
        Insight::OftenMissed {
            answer: Choice::Both,
            count,
            misses,
        } => fill(Msg::InsightMissedShared, count, misses, &[]),
        Insight::OftenMissed {
            answer,
            count,
            misses,
        } => fill(
            Msg::InsightMissed,
            count,
            misses,
            &[
                ("work", &super::capitalised(&work(answer))),
                ("role", &name(answer)),
            ],
        ),
        Insight::Scattered { misses } => {
            words.fill(Msg::InsightScattered, &[("misses", &words.number(misses))])
        }
    }
}

#[cfg(test)]
#[path = "words_tests.rs"]
mod tests;
