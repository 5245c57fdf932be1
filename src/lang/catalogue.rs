//! The message keys, and the English catalogue every other language follows
//! entry for entry (a test holds them to it). The keys are the names a pack
//! uses to reword a message (`"ui": {"start": "Let's go"}`).

/// Declares the messages: each variant with its key and English text.
macro_rules! messages {
    ($($variant:ident = $key:literal => $english:literal,)*) => {
        /// One message of the widget's.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Msg {
            $($variant,)*
        }

        impl Msg {
            /// Every message, in the catalogues' order.
            pub const ALL: &'static [Msg] = &[$(Msg::$variant,)*];

            /// The name a pack rewords it by.
            pub fn key(self) -> &'static str {
                match self {
                    $(Msg::$variant => $key,)*
                }
            }

            pub fn from_key(key: &str) -> Option<Msg> {
                Msg::ALL.iter().copied().find(|m| m.key() == key)
            }
        }

        pub const EN: &[(Msg, &str)] = &[$((Msg::$variant, $english),)*];
    };
}

messages! {
    EyebrowQuiz = "eyebrow_quiz" => "Quiz",
    EyebrowCompare = "eyebrow_compare" => "Comparison",
    EyebrowBoth = "eyebrow_both" => "Quiz and comparison",
    TabQuiz = "tab_quiz" => "Quiz",
    TabCompare = "tab_compare" => "Compare roles",
    TabsLabel = "tabs_label" => "Views",
    Both = "both" => "Both",

    Challenge = "challenge" => "A friend scored {right} / {total}",
    ChallengeAsk = "challenge_ask" => " \u{2014} can you beat it?",
    ResumeLeft = "resume_left" => "You left a round at question {n} of {total}.",
    Resume = "resume" => "Go back to it",
    Start = "start" => "Start quiz",
    QuestionsOne = "questions_one" => "{n} question",
    QuestionsOther = "questions_other" => "{n} questions",
    StartNote = "start_note" => "{questions}, with an explanation after each",
    ProfilesLabel = "profiles_label" => "The two roles",
    FocusAreas = "focus_areas" => "Focus areas",

    QuestionOf = "question_of" => "Question {n} of {total}",
    StartOver = "start_over" => "Start over",
    ProgressLabel = "progress_label" => "Questions answered",
    Prompt = "prompt" => "Whose responsibility is it?",
    SharedWork = "shared_work" => "Shared work",
    MarkRight = "mark_right" => "Right answer",
    MarkArticle = "mark_article" => "Also counts",
    MarkYours = "mark_yours" => "Your answer",

    Correct = "correct" => "Correct",
    NotQuite = "not_quite" => "Not quite",
    Next = "next" => "Next question",
    SeeResults = "see_results" => "See results",
    SeeInComparison = "see_in_comparison" => "See it in the comparison",
    YouChose = "you_chose" => "You chose {chosen}.",
    TheAnswerIs = "the_answer_is" => "The answer is {answer}.",
    EitherCounts = "either_counts" => "Either answer counts.",
    ReadingDisagree = "reading_disagree" => "The articles disagree: {clauses}.",
    ReadingSays = "reading_says" => "{clauses}.",
    ClauseSep = "clause_sep" => "; ",
    GivesThisTo = "gives_this_to" => "{source} gives this to {whom}",
    GivesThisToApart = "gives_this_to_apart" => "{source} gives this to {whom} in one section and to {other} in another",
    GivesThisToTogether = "gives_this_to_together" => "{source} gives this to {whom} and, in the same section, to {other}",
    GiveThisTo = "give_this_to" => "{articles} give this to {whom}",
    GiveThisToApart = "give_this_to_apart" => "{articles} give this to {whom} in one section and to {other} in another",
    GiveThisToTogether = "give_this_to_together" => "{articles} give this to {whom} and, in the same section, to {other}",
    BothArticles = "both_articles" => "Both articles",
    AllArticles = "all_articles" => "All {n} articles",
    ToRole = "to_role" => "the {role}",
    ToBoth = "to_both" => "{both} roles",
    StatusRight = "status_right" => "Correct.",
    StatusWrong = "status_wrong" => "Not quite.",
    StatusDone = "status_done" => "Round complete. You scored {score} out of {total}.",

    Or = "or" => "or",
    SaidRight = "said_right" => "you said {chosen}",
    SaidRightDisputed = "said_right_disputed" => "you said {chosen}, one of two answers that count",
    SaidWrong = "said_wrong" => "you said {chosen}; the answer is {accepted}",
    SaidWrongDisputed = "said_wrong_disputed" => "you said {chosen}; the articles say {accepted}",
    YouSaid = "you_said" => "You said {role}",
    YouSaidBoth = "you_said_both" => "You said both",
    AnswersDescription = "answers_description" => "Your answers ({total}), by where you put them: {first_count} with the {first} only, {both_count} with both and {second_count} with the {second} only; {right} and {wrong}. The list below names each one.",
    DiagramTitle = "diagram_title" => "Who owns what: {first}, both, or {second}",
    DiagramDescription = "diagram_description" => "Two overlapping circles, {first} and {second}. Responsibilities of the {first} only: {first_count}; of both: {both_count}; of the {second} only: {second_count}.{disputed} The lists below name each one.",
    DiagramDisputedOne = "diagram_disputed_one" => " Below them, {n} responsibility where two answers count.",
    DiagramDisputedOther = "diagram_disputed_other" => " Below them, {n} responsibilities where two answers count.",

    Share = "share" => "Share result",
    ShareLinkLabel = "share_link_label" => "Link to your result",
    ShareThanks = "share_thanks" => "Thanks for sharing!",
    ShareCopied = "share_copied" => "Link copied: paste it anywhere to challenge a friend.",
    ShareFailed = "share_failed" => "Copy this link to share your result:",
    ShareText = "share_text" => "I scored {right} / {total} on \u{201c}{title}\u{201d}. Can you beat it?",
    RetryOneRight = "retry_one_right" => "Right this time.",
    RetryAllRight = "retry_all_right" => "{total} of {total} right this time.",
    RetryNoneRight = "retry_none_right" => "Not yet: read why below, then try them again.",
    RetrySomeRightOne = "retry_some_right_one" => "{right} of {total} right this time.",
    RetrySomeRightOther = "retry_some_right_other" => "{right} of {total} right this time.",

    WorkRole = "work_role" => "{role} work",
    WorkShared = "work_shared" => "shared work",
    WhomBoth = "whom_both" => "both roles",
    WhomAlone = "whom_alone" => "the {role} alone",
    WhomRole = "whom_role" => "the {role}",
    InsightNone = "insight_none" => "No misses: you put every responsibility where the articles do.",
    InsightOneMiss = "insight_one_miss" => "One miss: you gave {work} to {whom}.",
    InsightOneMissDisputed = "insight_one_miss_disputed" => "One miss: you said {chosen} where the articles say {accepted}.",
    InsightTwiceMixUp = "insight_twice_mix_up" => "Twice, you gave {work} to {whom} ({count} of {misses} misses).",
    InsightTwiceShared = "insight_twice_shared" => "Twice, you called work shared when one role owns it ({count} of {misses} misses).",
    InsightTwiceOver = "insight_twice_over" => "Twice, you chose the {role} when it was wrong ({count} of {misses} misses).",
    InsightFewMissed = "insight_few_missed" => "{count} of your {misses} misses were {work}.",
    InsightMixUp = "insight_mix_up" => "You tend to give {work} to {whom} ({count} of {misses} misses).",
    InsightOverShared = "insight_over_shared" => "You often call work shared when one role owns it ({count} of {misses} misses).",
    InsightOver = "insight_over" => "You reach for the {role} too often ({count} of {misses} misses).",
    InsightMissedShared = "insight_missed_shared" => "Shared work trips you up most ({count} of {misses} misses): look again at where the roles overlap.",
    InsightMissed = "insight_missed" => "{work} trips you up most ({count} of {misses} misses).",
    InsightScattered = "insight_scattered" => "Your {misses} misses are spread out: no single mix-up dominates.",

    DisputedGroup = "disputed_group" => "Where two answers count",
    RegionOnly = "region_only" => "{role} only",
    FilterLabel = "filter_label" => "Filter responsibilities",
    FilterPlaceholder = "filter_placeholder" => "Type a word",
    FilterAll = "filter_all" => "Showing all {n} responsibilities",
    FilterNone = "filter_none" => "No responsibility matches \u{201c}{query}\u{201d}",
    FilterSome = "filter_some" => "Showing {shown} of {total} responsibilities",
    FilterEmptyHint = "filter_empty_hint" => "Try another word, or show every responsibility again.",
    FilterClear = "filter_clear" => "Clear the filter",
    TestYourself = "test_yourself" => "Test yourself",
    TestYourselfNote = "test_yourself_note" => "Now that you have seen the two roles side by side",
    DisputedLead = "disputed_lead" => "For each of these, the articles back two answers (one article against the other, or one section against another), so the quiz accepts either. Open one to see which section says what.",
    NothingMatches = "nothing_matches" => "Nothing here matches.",
    WhatEachSays = "what_each_says" => "What each source says",
    Source = "source" => "Source",
    Sources = "sources" => "Sources",
    MoreInList = "more_in_list" => "+{n} more in the list",
    DisputedCompactOne = "disputed_compact_one" => "+{n} where two answers count",
    DisputedCompactOther = "disputed_compact_other" => "+{n} where two answers count",

    TallyOne = "tally_one" => "{right} of {total} right",
    TallyOther = "tally_other" => "{right} of {total} right",
    DisputedRow = "disputed_row" => "Two answers",
    RetryNoBest = "retry_no_best" => "Retries of missed items do not count towards your best score.",
    NewBest = "new_best" => "A new best score!",
    YourBest = "your_best" => "Your best: {right} / {total}",
    YourRetry = "your_retry" => "Your retry",
    YourResult = "your_result" => "Your result",
    ScoreLabel = "score_label" => "Score by answer",
    RetryMistakes = "retry_mistakes" => "Retry my mistakes ({n})",
    NewRound = "new_round" => "New round",
    MissedTitle = "missed_title" => "What you missed",
    AnswersTitle = "answers_title" => "Your answers",
    AnswersTally = "answers_tally" => " · {right}, {wrong}",
    RightCountOne = "right_count_one" => "{n} right",
    RightCountOther = "right_count_other" => "{n} right",
    WrongCountOne = "wrong_count_one" => "{n} wrong",
    WrongCountOther = "wrong_count_other" => "{n} wrong",
    AnswersLead = "answers_lead" => "Each responsibility where you put it, marked right or wrong.",
    AnswersFigure = "answers_figure" => "Where you put each responsibility",
    Right = "right" => "Right",
    Wrong = "wrong" => "Wrong",

    PageTitle = "page_title" => "{title} A quiz on who does what",
    Loading = "loading" => "Loading the quiz\u{2026}",
    LoadingFrom = "loading_from" => "Loading the quiz from {url}\u{2026}",
    LoadFailedTitle = "load_failed_title" => "This quiz could not be loaded",
    LoadFailed = "load_failed" => "Could not load the quiz from {url}",
    TryAgain = "try_again" => "Try again",
    LaterFailed = "later_failed" => "The next screen has not arrived yet: check your connection. The quiz keeps trying.",
    CheckAddress = "check_address" => "Check the address in the widget\u{2019}s pack setting (data-pack): it should lead to the pack\u{2019}s JSON file.",

    ReadersAnswered = "readers_answered" => "How {n} readers answered: {parts}.",
    ReadersPart = "readers_part" => "{role} {share}%",
    ReadersSep = "readers_sep" => ", ",
    ReadersBeaten = "readers_beaten" => "More right than {share}% of the readers who finished this quiz.",
}
