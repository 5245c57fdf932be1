//! The widget's options as a host page states them (`?questions=5&seed=42` on
//! the standalone page), read without touching the DOM so the rules are tested
//! natively.
//!
//! A wrong value never stops the widget: it is reported as an [`OptionError`]
//! (shown in the widget and logged) and the default is used instead.

use crate::quiz::Length;

/// The largest round a reader can ask for by number; `all` is the way to ask
/// for a whole pack, however large.
pub const MAX_QUESTIONS: usize = 1000;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Options {
    pub questions: Length,
    /// Fixes the order of questions; `None` means a random order.
    pub seed: Option<u64>,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            questions: Length::DEFAULT,
            seed: None,
        }
    }
}

/// An option whose value was not understood, and what was used instead.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{name}: expected {expected}, found {found:?}; using {fallback}")]
pub struct OptionError {
    pub name: &'static str,
    pub found: String,
    pub expected: &'static str,
    pub fallback: String,
}

impl Options {
    /// Reads the options among `(name, value)` pairs. Names the widget does not
    /// know are left alone: on a host page they belong to someone else.
    pub fn from_pairs<N, V>(pairs: impl IntoIterator<Item = (N, V)>) -> (Options, Vec<OptionError>)
    where
        N: AsRef<str>,
        V: AsRef<str>,
    {
        let mut options = Options::default();
        let mut errors = Vec::new();
        for (name, value) in pairs {
            let value = value.as_ref().trim();
            match name.as_ref() {
                "questions" => match parse_questions(value) {
                    Some(length) => options.questions = length,
                    None => errors.push(OptionError {
                        name: "questions",
                        found: value.to_owned(),
                        expected: "a number from 1 to 1000, or \"all\"",
                        fallback: Length::DEFAULT.to_string(),
                    }),
                },
                "seed" => match parse_seed(value) {
                    Some(seed) => options.seed = Some(seed),
                    None => errors.push(OptionError {
                        name: "seed",
                        found: value.to_owned(),
                        expected: "a whole number such as 42",
                        fallback: "a random order".to_owned(),
                    }),
                },
                _ => {}
            }
        }
        (options, errors)
    }
}

fn parse_questions(value: &str) -> Option<Length> {
    if value.eq_ignore_ascii_case("all") {
        return Some(Length::All);
    }
    match value.parse::<usize>() {
        Ok(n) if (1..=MAX_QUESTIONS).contains(&n) => Some(Length::Items(n)),
        _ => None,
    }
}

/// Any integer that fits 64 bits; negative ones are as good a seed as any.
fn parse_seed(value: &str) -> Option<u64> {
    value
        .parse::<u64>()
        .ok()
        .or_else(|| value.parse::<i64>().ok().map(|n| n as u64))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(pairs: &[(&str, &str)]) -> (Options, Vec<String>) {
        let (options, errors) = Options::from_pairs(pairs.iter().copied());
        (options, errors.iter().map(ToString::to_string).collect())
    }

    #[test]
    fn no_options_means_ten_random_questions() {
        assert_eq!(read(&[]), (Options::default(), vec![]));
        assert_eq!(Options::default().questions, Length::Items(10));
        assert_eq!(Options::default().seed, None);
    }

    #[test]
    fn questions_take_a_number_or_all() {
        assert_eq!(read(&[("questions", "5")]).0.questions, Length::Items(5));
        assert_eq!(read(&[("questions", " ALL ")]).0.questions, Length::All);
        assert_eq!(
            read(&[("questions", "1000")]).0.questions,
            Length::Items(1000)
        );
    }

    #[test]
    fn a_bad_question_count_is_reported_and_the_default_used() {
        for bad in ["0", "-3", "ten", "", "1001", "2.5"] {
            let (options, errors) = read(&[("questions", bad)]);
            assert_eq!(options.questions, Length::Items(10), "{bad:?}");
            assert_eq!(
                errors,
                [format!(
                    "questions: expected a number from 1 to 1000, or \"all\", found {bad:?}; using 10"
                )]
            );
        }
    }

    #[test]
    fn seeds_are_whole_numbers_of_either_sign() {
        assert_eq!(read(&[("seed", "42")]).0.seed, Some(42));
        assert_eq!(read(&[("seed", "-1")]).0.seed, Some(u64::MAX));
        let (options, errors) = read(&[("seed", "4x2")]);
        assert_eq!(options.seed, None);
        assert_eq!(
            errors,
            ["seed: expected a whole number such as 42, found \"4x2\"; using a random order"]
        );
    }

    #[test]
    fn other_names_belong_to_the_host_page() {
        let (options, errors) = read(&[("utm_source", "mail"), ("seed", "7")]);
        assert_eq!(options.seed, Some(7));
        assert!(errors.is_empty());
    }
}
