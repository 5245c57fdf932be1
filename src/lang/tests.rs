use super::*;

#[test]
fn every_language_has_every_message_in_the_catalogues_order() {
    for lang in Lang::ALL {
        let keys: Vec<Msg> = lang.table().iter().map(|(m, _)| *m).collect();
        assert_eq!(
            keys,
            Msg::ALL,
            "{lang:?}'s catalogue misses or misplaces a key"
        );
    }
}

#[test]
fn every_message_uses_the_slots_the_code_fills_and_no_other() {
    for lang in Lang::ALL {
        for &(msg, text) in lang.table() {
            let english = Words::new(Lang::En, &[]).get(msg);
            let provided = msg.fills();
            let extra: Vec<&str> = provided
                .iter()
                .copied()
                .filter(|s| !slots(english).contains(s))
                .collect();
            for slot in slots(text) {
                assert!(
                    provided.contains(&slot),
                    "{lang:?} {}: no value for {{{slot}}}",
                    msg.key()
                );
            }
            // A count, a name or a number left out would leave the reader
            // guessing; only a message the code fills two ways may drop one.
            for slot in slots(english) {
                let either = extra.iter().any(|s| slots(text).contains(s));
                assert!(
                    slots(text).contains(&slot) || either,
                    "{lang:?} {} drops {{{slot}}}",
                    msg.key()
                );
            }
            assert!(!text.trim().is_empty(), "{lang:?} {} is empty", msg.key());
        }
    }
}

#[test]
fn keys_are_unique_and_name_their_message() {
    for &msg in Msg::ALL {
        assert_eq!(Msg::from_key(msg.key()), Some(msg));
    }
    assert_eq!(Msg::from_key("strat"), None);
}

#[test]
fn languages_are_read_from_their_codes() {
    for (code, lang) in [
        ("de", Some(Lang::De)),
        ("de-AT", Some(Lang::De)),
        ("FR", Some(Lang::Fr)),
        ("es_MX", Some(Lang::Es)),
        (" en ", Some(Lang::En)),
        ("it", None),
        ("", None),
    ] {
        assert_eq!(Lang::parse(code), lang, "{code:?}");
    }
}

#[test]
fn counts_take_each_languages_plural_and_number_form() {
    let questions = (Msg::QuestionsOne, Msg::QuestionsOther);
    let count = |lang, n| Words::new(lang, &[]).count(questions, n, &[]);
    assert_eq!(count(Lang::En, 1), "1 question");
    assert_eq!(count(Lang::En, 0), "0 questions");
    assert_eq!(count(Lang::Fr, 0), "0 question", "French counts 0 as one");
    assert_eq!(count(Lang::De, 10), "10 Fragen");
    assert_eq!(count(Lang::Es, 1), "1 pregunta");
    assert_eq!(count(Lang::En, 1000), "1,000 questions");
    assert_eq!(count(Lang::De, 1000), "1.000 Fragen");
    assert_eq!(count(Lang::Fr, 1000), "1\u{202f}000 questions");
    assert_eq!(count(Lang::Es, 1000), "1000 preguntas");
    assert_eq!(Lang::Es.number(12_345), "12.345");
}

#[test]
fn slots_are_filled_by_name_and_a_missing_value_shows() {
    assert_eq!(fill("{a} and {b}", &[("b", "2"), ("a", "1")]), "1 and 2");
    assert_eq!(fill("{a} and {c}", &[("a", "1")]), "1 and {c}");
    assert_eq!(fill("no slots {", &[]), "no slots {");
    assert_eq!(slots("{n} of {total}, {n} again"), ["n", "total"]);
}

#[test]
fn a_packs_rewording_wins_over_the_catalogue() {
    let ui = [(Msg::Start, "Los geht's".to_owned())];
    let words = Words::new(Lang::De, &ui);
    assert_eq!(words.get(Msg::Start), "Los geht's");
    assert_eq!(words.get(Msg::Next), "Nächste Frage");
}

#[test]
fn counts_agree_with_their_number_where_the_language_inflects() {
    let fr = Words::new(Lang::Fr, &[]);
    let right = (Msg::RightCountOne, Msg::RightCountOther);
    assert_eq!(fr.count(right, 1, &[]), "1 juste");
    assert_eq!(fr.count(right, 0, &[]), "0 juste");
    assert_eq!(fr.count(right, 2, &[]), "2 justes");
    let es = Words::new(Lang::Es, &[]);
    let tally = (Msg::TallyOne, Msg::TallyOther);
    assert_eq!(
        es.count(tally, 1, &[("right", "1"), ("total", "3")]),
        "1 correcta de 3"
    );
    assert_eq!(
        es.count(tally, 2, &[("right", "2"), ("total", "3")]),
        "2 correctas de 3"
    );
}
