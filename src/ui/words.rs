//! What the widget says, in one place: names of answers and regions, the
//! sentence that tells a reader how an answer stands, the insight into the
//! misses, and what the status region announces.
//!
//! The components only place these words; keeping them here lets the UI's
//! language be read and reviewed without opening the components, and gives
//! a translation one place to start from. Pack texts (titles, statements,
//! explanations) are the pack's own and are not here.

use crate::content::{Citation, Pack, View};
use crate::host::Shared;
use crate::quiz::{Choice, Insight, Outcome, Phase, Results, Round, Tally};

/// The comparison's group, and the diagram's band, of items the articles
/// disagree on.
pub const DISPUTED: &str = "Where the articles disagree";

/// "CIO only", "Both", "CTO only", or for items the sources disagree on
/// (`None`), [`DISPUTED`].
pub fn region_name(pack: &Pack, region: Option<Choice>) -> String {
    match region {
        Some(Choice::Both) => "Both".to_owned(),
        Some(c) => format!("{} only", pack.choice_name(c)),
        None => DISPUTED.to_owned(),
    }
}

/// "1 question", "10 questions".
pub fn questions(n: usize) -> String {
    match n {
        1 => "1 question".to_owned(),
        n => format!("{n} questions"),
    }
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
/// Where the sources disagree, a right answer names the article that backs
/// it and what the other says; a wrong one names every article's answer.
pub fn verdict(pack: &Pack, outcome: &Outcome) -> Vec<Part> {
    let text = |s: &str| Part::Text(s.to_owned());
    let Some(item) = pack.items.get(outcome.item) else {
        return Vec::new();
    };
    let mut parts = Vec::new();
    if !outcome.is_correct() {
        parts.extend([text("You chose "), Part::Badge(outcome.chosen), text(". ")]);
    }
    if let (false, Some(view)) = (item.is_disputed(), item.views.first()) {
        parts.extend([text("The answer is "), Part::Badge(view.answer), text(".")]);
        return parts;
    }
    let (backing, others): (Option<&Citation>, Vec<&View>) = match item.view(outcome.chosen) {
        Some(view) => {
            let backing = view.sources.first();
            parts.push(text("Right, by "));
            parts.extend(backing.map(|c| cite(pack, c, true)).unwrap_or_default());
            parts.push(text(". "));
            let others = item.views.iter().filter(|v| v.answer != view.answer);
            (backing, others.collect())
        }
        None => {
            parts.push(text("The articles disagree: "));
            (None, item.views.iter().collect())
        }
    };
    // Each view is named by an article not named yet where it has one, so
    // the sentence shows the disagreement between articles; where only an
    // article already named says it, its section tells the two apart.
    let mut named: Vec<&str> = backing.iter().map(|c| c.source.as_str()).collect();
    for (i, view) in others.iter().enumerate() {
        if i > 0 {
            parts.push(text("; "));
        }
        let fresh = view
            .sources
            .iter()
            .find(|c| !named.contains(&c.source.as_str()));
        if let Some(citation) = fresh.or(view.sources.first()) {
            parts.extend(cite(pack, citation, fresh.is_none()));
            named.push(&citation.source);
        }
        parts.push(text(" gives this to "));
        parts.extend(to_whom(view.answer));
    }
    parts.push(text("."));
    parts
}

/// The article a citation names, with its section when `section` is set:
/// «The Relationship Between CIOs and CTOs (Knowledge Sharing)».
fn cite(pack: &Pack, citation: &Citation, section: bool) -> Vec<Part> {
    let mut parts = vec![Part::Cite(pack.source_title(citation).to_owned())];
    if section {
        parts.push(Part::Text(format!(" ({})", citation.section)));
    }
    parts
}

/// "the [CTO]", or "[Both] roles".
fn to_whom(answer: Choice) -> [Part; 3] {
    match answer {
        Choice::Both => [
            Part::Text(String::new()),
            Part::Badge(answer),
            Part::Text(" roles".to_owned()),
        ],
        _ => [
            Part::Text("the ".to_owned()),
            Part::Badge(answer),
            Part::Text(String::new()),
        ],
    }
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
    match round.phase() {
        Phase::Feedback(outcome) => format!(
            "{} {}",
            if outcome.is_correct() {
                "Correct."
            } else {
                "Not quite."
            },
            plain(pack, &verdict(pack, &outcome))
        ),
        Phase::Finished => {
            let score = round.score();
            format!("Round complete. You scored {score} out of {}.", round.len())
        }
        Phase::Asking(_) => String::new(),
    }
}

/// "you said CTO; it is CIO", or for a disputed item "you said CTO, as one
/// article does" and "you said both; the articles say CIO or CTO".
pub fn said(pack: &Pack, o: &Outcome) -> String {
    let chosen = pack.choice_name(o.chosen);
    let accepted: Vec<&str> = o.accepted.choices().map(|c| pack.choice_name(c)).collect();
    match (o.is_correct(), o.is_disputed()) {
        (true, false) => format!("you said {chosen}"),
        (true, true) => format!("you said {chosen}, as one article does"),
        (false, false) => format!("you said {chosen}; it is {}", accepted.join(" or ")),
        (false, true) => format!(
            "you said {chosen}; the articles say {}",
            accepted.join(" or ")
        ),
    }
}

/// "You said CIO", "You said both": the results diagram's regions.
pub fn you_said(pack: &Pack, choice: Choice) -> String {
    match choice {
        Choice::Both => "You said both".to_owned(),
        c => format!("You said {}", pack.choice_name(c)),
    }
}

/// The results' answers diagram in words, for screen readers.
pub fn answers_description(pack: &Pack, results: &Results, placed: [usize; 3]) -> String {
    let score = results.score;
    format!(
        "Your {} answers placed where you put them: {} with the {} only, {} with both and {} with the {} only; {} right and {} wrong. The list below names each one.",
        score.total,
        placed[0],
        pack.roles[0].short,
        placed[1],
        placed[2],
        pack.roles[1].short,
        score.right,
        score.total - score.right,
    )
}

/// The comparison diagram's title.
pub fn diagram_title(pack: &Pack) -> String {
    format!(
        "Who owns what: {}, both, or {}",
        pack.roles[0].short, pack.roles[1].short
    )
}

/// The comparison diagram in words, for screen readers.
pub fn diagram_description(pack: &Pack, counts: [usize; 3], disputed: usize) -> String {
    let disputed = match disputed {
        0 => String::new(),
        1 => " Below them, 1 responsibility the two articles give to different roles.".to_owned(),
        n => format!(" Below them, {n} responsibilities the two articles give to different roles."),
    };
    format!(
        "Two overlapping circles, {first} and {second}. {} responsibilities belong to the {first} only, {} to both and {} to the {second} only.{disputed} The lists below name each one.",
        counts[0],
        counts[1],
        counts[2],
        first = pack.roles[0].short,
        second = pack.roles[1].short,
    )
}

/// How sharing went, in words.
pub fn share_message(shared: Option<&Shared>) -> &'static str {
    match shared {
        None => "",
        Some(Shared::Shared) => "Thanks for sharing!",
        Some(Shared::Copied) => "Link copied: paste it anywhere to challenge a friend.",
        Some(Shared::Failed { .. }) => "Copy this link to share your result:",
    }
}

/// The line under a retry's score. A retry asks only the items missed, so
/// its score is no result to praise as a round's, nor one to share.
pub fn retry_verdict(score: Tally) -> String {
    match (score.right, score.total) {
        (1, 1) => "Put right this time.".to_owned(),
        (right, total) if right == total => format!("All {total} put right this time."),
        (0, _) => "Not yet: read why below, then try them again.".to_owned(),
        (right, total) => format!("{right} of {total} put right this time."),
    }
}

/// How many misses of one kind make a tendency worth naming; fewer are
/// told as what happened.
const PATTERN: usize = 3;

/// The insight in plain words, with the pack's role names.
pub fn insight(pack: &Pack, insight: Insight) -> String {
    let name = |c: Choice| pack.choice_name(c).to_owned();
    let work = |c: Choice| match c {
        Choice::Both => "shared work".to_owned(),
        c => format!("{} work", name(c)),
    };
    // "to the CTO", or "to the CIO alone" when the work was shared.
    let to_whom = |chosen: Choice, answer: Choice| match (chosen, answer) {
        (Choice::Both, _) => "both roles".to_owned(),
        (c, Choice::Both) => format!("the {} alone", name(c)),
        (c, _) => format!("the {}", name(c)),
    };
    match insight {
        Insight::NoMisses => {
            "No misses: you put every responsibility where the articles do.".to_owned()
        }
        Insight::OneMiss { chosen, accepted } => match accepted.single() {
            Some(answer) => format!(
                "One miss: you gave {} to {}.",
                work(answer),
                to_whom(chosen, answer)
            ),
            None => format!(
                "One miss: you said {} where the articles say {}.",
                name(chosen),
                accepted.choices().map(name).collect::<Vec<_>>().join(" or ")
            ),
        },
        Insight::MixUp {
            confusion: c,
            count,
            misses,
        } if count < PATTERN => format!(
            "Twice, you gave {} to {} ({count} of {misses} misses).",
            work(c.answer),
            to_whom(c.chosen, c.answer)
        ),
        Insight::OverChosen {
            chosen: Choice::Both,
            count,
            misses,
        } if count < PATTERN => format!(
            "Twice, you called work shared when one role owns it ({count} of {misses} misses)."
        ),
        Insight::OverChosen {
            chosen,
            count,
            misses,
        } if count < PATTERN => format!(
            "Twice, you chose the {} where it was wrong ({count} of {misses} misses).",
            name(chosen)
        ),
        Insight::OftenMissed {
            answer,
            count,
            misses,
        } if count < PATTERN => format!(
            "{count} of your {misses} misses were {}.",
            work(answer)
        ),
        Insight::MixUp {
            confusion: c,
            count,
            misses,
        } => format!(
            "You tend to give {} to {} ({count} of {misses} misses).",
            work(c.answer),
            to_whom(c.chosen, c.answer)
        ),
        Insight::OverChosen {
            chosen: Choice::Both,
            count,
            misses,
        } => format!(
            "You often call work shared when one role owns it ({count} of {misses} misses)."
        ),
        Insight::OverChosen {
            chosen,
            count,
            misses,
        } => format!(
            "You reach for the {} too often ({count} of {misses} misses).",
            name(chosen)
        ),
        Insight::OftenMissed {
            answer: Choice::Both,
            count,
            misses,
        } => format!(
            "Shared work trips you up most ({count} of {misses} misses): look again at where the roles overlap."
        ),
        Insight::OftenMissed {
            answer,
            count,
            misses,
        } => format!(
            "{} trips you up most ({count} of {misses} misses).",
            super::capitalised(&work(answer))
        ),
        Insight::Scattered { misses } => {
            format!("Your {misses} misses are spread out: no single mix-up stands out.")
        }
    }
}

#[cfg(test)]
#[path = "words_tests.rs"]
mod tests;
