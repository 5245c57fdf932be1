//! How other readers answered, where the blogger runs a tally server: a
//! three-part bar and a sentence under the feedback, a line in the results.
//! The counts come with the widget's props ([`crate::host::Embedding`]);
//! below the floor of 20 answers nothing is shown (the server does not even
//! send them).

use std::rc::Rc;

use role_quiz_stats::wire::{Side, Split};
use yew::prelude::*;

use crate::content::Pack;
use crate::lang::Msg;
use crate::quiz::Choice;

/// "How 120 readers answered: CTO 58%, Both 30%, CIO 12%." (largest share
/// first, a tie in the answer buttons' order); `None` below the floor.
pub fn answered(pack: &Pack, split: &Split) -> Option<String> {
    let words = pack.words();
    let shares = split.percents()?;
    let share = |c: Choice| shares[Side::from(c) as usize];
    let mut order: Vec<Choice> = Choice::ALL.to_vec();
    crate::order::sort(&mut order, |&c| (-i64::from(share(c)), 0, 0));
    let parts: Vec<String> = order
        .into_iter()
        .map(|c| {
            let share = share(c).to_string();
            words.fill(
                Msg::ReadersPart,
                &[("role", pack.choice_name(c)), ("share", &share)],
            )
        })
        .collect();
    let n = split.total().to_string();
    let parts = parts.join(words.get(Msg::ReadersSep));
    Some(words.fill(Msg::ReadersAnswered, &[("n", &n), ("parts", &parts)]))
}

/// "More right than 64% of the readers who finished this quiz."; `None`
/// where that would be no one.
pub fn beaten(pack: &Pack, share: u8) -> Option<String> {
    (share > 0).then(|| {
        pack.words()
            .fill(Msg::ReadersBeaten, &[("share", &share.to_string())])
    })
}

#[derive(Properties, PartialEq)]
pub struct ReadersProps {
    pub pack: Rc<Pack>,
    pub split: Split,
    /// The reader's own answer, marked in the bar.
    pub chosen: Choice,
}

/// The bar (in the answer buttons' order and colours, for sighted readers;
/// the sentence says it all) and the sentence.
#[component]
pub fn ReadersTally(props: &ReadersProps) -> Html {
    let Some(sentence) = answered(&props.pack, &props.split) else {
        return html! {};
    };
    let shares = props.split.percents().unwrap_or_default();
    html! {
        <div class="rq-readers">
            <div class="rq-readers-bar" aria-hidden="true">
                { for Choice::ALL.iter().map(|&c| {
                    let share = shares[Side::from(c) as usize];
                    let class = classes!(
                        "rq-readers-part",
                        super::choice_class(c),
                        (c == props.chosen).then_some("rq-readers-yours"),
                    );
                    html! { <span {class} style={format!("flex-grow:{share}")}></span> }
                }) }
            </div>
            <p class="rq-readers-text">{ sentence }</p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content;

    #[test]
    fn the_sentence_puts_the_largest_share_first_in_the_readers_language() {
        let pack = content::builtin().unwrap();
        let split = Split {
            first: 12,
            second: 58,
            both: 30,
        };
        assert_eq!(
            answered(&pack, &split).unwrap(),
            "How 100 readers answered: CTO 58%, Both 30%, CIO 12%."
        );
        let german = content::translated::builtin_in(Some(crate::lang::Lang::De)).unwrap();
        assert_eq!(
            answered(&german, &split).unwrap(),
            "So haben 100 Lesende geantwortet: CTO 58\u{202f}%, Beide 30\u{202f}%, CIO 12\u{202f}%."
        );
        assert_eq!(
            answered(
                &pack,
                &Split {
                    first: 1,
                    second: 2,
                    both: 3
                }
            ),
            None
        );
        assert_eq!(beaten(&pack, 0), None);
        assert_eq!(
            beaten(&pack, 64).unwrap(),
            "More right than 64% of the readers who finished this quiz."
        );
    }
}
