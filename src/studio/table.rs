//! Items from a spreadsheet: CSV or TSV with a header row, one item a row,
//! in the columns a spreadsheet user would make (label, statement, answer,
//! explanation, source, section; note, quote and id if they like).
//!
//! Answers may name a role by its short name ("CIO") or its id; a source by
//! its title or its id, and a source the draft does not have yet is added
//! with the sections the rows cite. What a row gets wrong is left for the
//! pack's own validation to name, in place.

use super::draft::{Draft, DraftCitation, DraftItem, DraftRole, DraftSource, Text};
use crate::content::most;

/// What reading a table gave.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    /// The draft with the table's items in place of its own, and any source
    /// the rows cite that it lacked.
    pub draft: Draft,
    /// How many items the rows gave.
    pub items: usize,
    /// Header names that are no column the studio reads, as written.
    pub unused: Vec<String>,
}

/// Why a table gives no items.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum TableError {
    #[error("the table is empty")]
    Empty,
    #[error(
        "the first row names no column the studio reads ({found}); name the columns {columns}"
    )]
    NoColumns { found: String, columns: String },
    #[error("there is no \"{0}\" column; name the columns {columns}", columns = COLUMNS.join(", "))]
    Missing(&'static str),
    #[error("a quoted cell opened on line {0} never closes: a closing \" is missing")]
    OpenQuote(usize),
    #[error("the table has a header row but no items below it")]
    NoRows,
    #[error("the table has {found} rows of items, more than a pack's limit of {max}: split it into packs of {max} or fewer")]
    TooManyRows { found: usize, max: usize },
}

/// The columns read, each with the header names that mean it.
const COLUMNS: [&str; 9] = [
    "label",
    "statement",
    "answer",
    "explanation",
    "source",
    "section",
    "note",
    "quote",
    "id",
];

/// Other names a spreadsheet user might give a column.
fn column(header: &str) -> Option<&'static str> {
    let name: String = header
        .trim()
        .trim_start_matches('\u{feff}')
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    Some(match name.as_str() {
        "label" | "name" | "shortname" => "label",
        "statement" | "responsibility" | "question" | "task" => "statement",
        "answer" | "role" | "who" => "answer",
        "explanation" | "why" | "because" => "explanation",
        "source" | "article" => "source",
        "section" | "heading" | "chapter" => "section",
        "note" | "caveat" => "note",
        "quote" | "evidence" => "quote",
        "id" => "id",
        _ => return None,
    })
}

/// Splits `text` into rows of cells, the delimiter being the header row's
/// most frequent of tab, semicolon (a European spreadsheet's CSV) and comma.
/// Quoted cells may hold delimiters, line breaks and doubled quotes.
pub fn rows(text: &str) -> Result<Vec<Vec<String>>, TableError> {
    let header = text.lines().next().unwrap_or_default();
    let delimiter = ['\t', ';', ',']
        .into_iter()
        .max_by_key(|&d| (header.matches(d).count(), d == ','))
        .unwrap_or(',');
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut line = 1;
    let mut opened = 1;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            ('"', true) => quoted = false,
            ('"', false) if cell.trim().is_empty() => {
                cell.clear();
                quoted = true;
                opened = line;
            }
            ('\r', false) => {}
            ('\n', false) => {
                line += 1;
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (c, false) if c == delimiter => row.push(std::mem::take(&mut cell)),
            (c, _) => {
                if c == '\n' {
                    line += 1;
                }
                cell.push(c);
            }
        }
    }
    if quoted {
        return Err(TableError::OpenQuote(opened));
    }
    if !cell.is_empty() || !row.is_empty() {
        row.push(cell);
        rows.push(row);
    }
    rows.retain(|row| row.iter().any(|cell| !cell.trim().is_empty()));
    Ok(rows)
}

/// `draft` with the table's items instead of its own.
pub fn read(text: &str, draft: &Draft) -> Result<Table, TableError> {
    let mut rows = rows(text)?.into_iter();
    let header = rows.next().ok_or(TableError::Empty)?;
    let columns: Vec<Option<&str>> = header.iter().map(|h| column(h)).collect();
    if columns.iter().all(Option::is_none) {
        return Err(TableError::NoColumns {
            found: header
                .iter()
                .map(|h| format!("\"{}\"", h.trim()))
                .collect::<Vec<_>>()
                .join(", "),
            columns: COLUMNS.join(", "),
        });
    }
    for needed in ["statement", "answer"] {
        if !columns.contains(&Some(needed)) {
            return Err(TableError::Missing(needed));
        }
    }
    let unused = header
        .iter()
        .zip(&columns)
        .filter(|(h, c)| c.is_none() && !h.trim().is_empty())
        .map(|(h, _)| h.trim().to_owned())
        .collect();

    let rows: Vec<Vec<String>> = rows.collect();
    // Before any item is made: a table of 50,000 rows froze the studio for
    // a minute and then crashed it, before a limit was mentioned.
    if rows.len() > most::ITEMS {
        return Err(TableError::TooManyRows {
            found: rows.len(),
            max: most::ITEMS,
        });
    }
    let cell = |row: &[String], name: &str| -> String {
        columns
            .iter()
            .position(|c| *c == Some(name))
            .and_then(|i| row.get(i))
            .map(|c| c.trim().to_owned())
            .unwrap_or_default()
    };

    // A new pack's roles and source have no names yet: the table's give
    // them theirs ("CEO" answers name the first unnamed role), rather than
    // leaving answers no role has and a blank source beside the table's.
    let mut result = draft.clone();
    result.items.clear();
    name_roles(&mut result, rows.iter().map(|row| cell(row, "answer")));
    name_blank_source(&mut result, rows.iter().map(|row| cell(row, "source")));
    // Answers and citations name roles and sources by id: the made-up ones
    // are written in first, so each row reads them from the draft itself.
    result.pin_ids();
    for row in &rows {
        let cell = |name: &str| cell(row, name);
        let statement = cell("statement");
        let mut label = cell("label");
        if label.is_empty() {
            label = short_label(&statement);
        }
        let mut item = DraftItem {
            id: Text::new(cell("id")),
            label: Text::new(label),
            statement: Text::new(statement),
            answer: Text::new(answer(&cell("answer"), &result)),
            explanation: Text::new(cell("explanation")),
            note: Text::new(cell("note")),
            ..DraftItem::default()
        };
        let (source, section) = (cell("source"), cell("section"));
        if !source.is_empty() || !section.is_empty() {
            item.sources.push(DraftCitation {
                source: Text::new(cite(&mut result, &source, &section)),
                section: Text::new(section),
                quote: Text::new(cell("quote")),
                ..DraftCitation::default()
            });
        }
        result.items.push(item);
    }
    if result.items.is_empty() {
        return Err(TableError::NoRows);
    }
    Ok(Table {
        items: result.items.len(),
        draft: result,
        unused,
    })
}

/// Gives the draft's roles without a short name (a new pack's) the names
/// the answers use that no role has, in the order they first come.
fn name_roles(draft: &mut Draft, answers: impl Iterator<Item = String>) {
    let mut unknown: Vec<String> = Vec::new();
    for answer in answers {
        let known = answer.is_empty()
            || answer.eq_ignore_ascii_case("both")
            || draft.roles.iter().any(|role| names_role(&answer, role))
            || unknown.iter().any(|u| u.eq_ignore_ascii_case(&answer));
        if !known {
            unknown.push(answer);
        }
    }
    let unnamed = draft
        .roles
        .iter_mut()
        .filter(|role| role.short.as_str().trim().is_empty() && role.id.as_str().trim().is_empty());
    for (role, name) in unnamed.zip(unknown) {
        role.short = Text::new(name);
    }
}

/// Whether an answer cell names `role`, by id or short name, in any case.
fn names_role(answer: &str, role: &DraftRole) -> bool {
    role.id.as_str().eq_ignore_ascii_case(answer)
        || role.short.as_str().trim().eq_ignore_ascii_case(answer)
}

/// Gives the draft's one blank source (a new pack's "Source 1": no title,
/// id or sections) the first source the rows cite that the draft lacks.
fn name_blank_source(draft: &mut Draft, cited: impl Iterator<Item = String>) {
    let blank = |s: &DraftSource| {
        s.title.as_str().trim().is_empty()
            && s.id.as_str().trim().is_empty()
            && s.sections.is_empty()
    };
    let Some(index) = draft.sources.iter().position(blank) else {
        return;
    };
    let mut cited = cited.filter(|c| !c.is_empty());
    let new = cited.find(|c| {
        !draft.sources.iter().any(|s| {
            s.id.as_str().eq_ignore_ascii_case(c) || s.title.as_str().trim().eq_ignore_ascii_case(c)
        })
    });
    if let Some(title) = new {
        draft.sources[index].title = Text::new(title);
    }
}

/// The role id (or "both") an answer cell names, matched without regard to
/// case; as written when it names none, for validation to name.
fn answer(cell: &str, draft: &Draft) -> String {
    let wanted = cell.trim().to_ascii_lowercase();
    if wanted == "both" {
        return wanted;
    }
    draft
        .roles
        .iter()
        .find(|role| names_role(&wanted, role))
        .map_or_else(|| cell.trim().to_owned(), |role| role.id.0.clone())
}

/// The id of the source a row cites (by title or id), added to the draft
/// with the section when it is not there yet. An empty source cell cites
/// the draft's first source.
fn cite(draft: &mut Draft, source: &str, section: &str) -> String {
    let index = if source.is_empty() {
        (!draft.sources.is_empty()).then_some(0)
    } else {
        draft.sources.iter().position(|s| {
            s.id.as_str().eq_ignore_ascii_case(source)
                || s.title.as_str().trim().eq_ignore_ascii_case(source)
        })
    };
    let index = index.unwrap_or_else(|| {
        draft.sources.push(DraftSource {
            title: Text::new(source),
            ..DraftSource::default()
        });
        draft.pin_ids();
        draft.sources.len() - 1
    });
    let entry = &mut draft.sources[index];
    if !section.is_empty() && !entry.sections.iter().any(|s| s.as_str() == section) {
        entry.sections.push(Text::new(section));
    }
    entry.id.0.clone()
}

/// A label made from a statement: its first words, up to 40 characters.
fn short_label(statement: &str) -> String {
    let mut label = String::new();
    for word in statement.split_whitespace() {
        if label.chars().count() + word.chars().count() + 1 > 40 {
            break;
        }
        if !label.is_empty() {
            label.push(' ');
        }
        label.push_str(word);
    }
    label
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Pack;

    fn roles_only() -> Draft {
        let mut draft = Draft::from_json(crate::content::BUILTIN_JSON).unwrap();
        draft.items.clear();
        draft.sources.clear();
        draft
    }

    #[test]
    fn cells_are_split_as_spreadsheets_write_them() {
        let cases: &[(&str, Vec<Vec<&str>>)] = &[
            ("a,b\n1,2\n", vec![vec!["a", "b"], vec!["1", "2"]]),
            ("a\tb\r\n1,5\t2", vec![vec!["a", "b"], vec!["1,5", "2"]]),
            (
                "a;b\n\"x; \"\"y\"\"\";z",
                vec![vec!["a", "b"], vec!["x; \"y\"", "z"]],
            ),
            (
                "a,b\n\"two\nlines\",c\n\n",
                vec![vec!["a", "b"], vec!["two\nlines", "c"]],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(&rows(text).unwrap(), expected, "{text:?}");
        }
        assert_eq!(rows("a,b\n\"open,c\n"), Err(TableError::OpenQuote(2)));
    }

    #[test]
    fn a_spreadsheet_with_roles_by_short_name_makes_a_valid_pack() {
        let text = "Label,Statement,Answer,Explanation,Source,Section,Colour\n\
            Budgets,Setting the IT budget,CIO,The CIO owns it.,Our post,Money,red\n\
            Product tech,Choosing the product's stack,cto,Product technology is the CTO's.,Our post,Building,\n\
            ,Agreeing the technology roadmap together each year,Both,They share it.,Our post,Money,\n";
        let table = read(text, &roles_only()).unwrap();
        assert_eq!(table.items, 3);
        assert_eq!(table.unused, ["Colour"]);
        let draft = &table.draft;
        assert_eq!(draft.items[0].answer.as_str(), "cio");
        assert_eq!(draft.items[2].answer.as_str(), "both");
        assert_eq!(
            draft.items[2].label.as_str(),
            "Agreeing the technology roadmap together"
        );
        assert_eq!(draft.sources.len(), 1);
        assert_eq!(
            draft.sources[0].sections,
            [Text::new("Money"), Text::new("Building")]
        );
        let pack = Pack::from_json(&draft.completed().to_json()).unwrap();
        assert_eq!(pack.items.len(), 3);
    }

    #[test]
    fn an_answer_naming_no_role_is_kept_for_validation_to_name() {
        let text = "statement\tanswer\nRunning payroll\tCFO\nHiring\tcio\nVision\tboth\n";
        let table = read(text, &roles_only()).unwrap();
        let errors = Pack::from_json(&table.draft.completed().to_json()).unwrap_err();
        assert!(errors.to_string().contains("items[0] (\"running-payroll\").answer: expected \"cio\", \"cto\" or \"both\", found \"CFO\""), "{errors}");
    }

    #[test]
    fn tables_without_the_columns_needed_say_which() {
        let draft = roles_only();
        assert_eq!(read("", &draft), Err(TableError::Empty));
        assert!(matches!(
            read("foo,bar\n1,2", &draft),
            Err(TableError::NoColumns { .. })
        ));
        assert_eq!(read("statement,who\n", &draft), Err(TableError::NoRows));
        assert_eq!(
            read("label,statement\na,b", &draft),
            Err(TableError::Missing("answer"))
        );
    }

    #[test]
    fn a_new_packs_roles_and_source_are_named_by_the_table() {
        let text = "Statement,Answer,Explanation,Source,Section\n\
            Setting the company's direction,CEO,The CEO sets it.,Our post,Strategy\n\
            Running the supply chain,coo,The COO runs it.,Our post,Operations\n\
            Hiring the leadership team,Both,They share it.,Our post,Strategy\n";
        let table = read(text, &Draft::blank()).unwrap();
        let draft = table.draft.completed();
        let shorts: Vec<&str> = draft.roles.iter().map(|r| r.short.as_str()).collect();
        assert_eq!(shorts, ["CEO", "coo"]);
        let answers: Vec<&str> = draft.items.iter().map(|i| i.answer.as_str()).collect();
        assert_eq!(answers, ["ceo", "coo", "both"]);
        // The blank "Source 1" became the table's source: no second one.
        assert_eq!(draft.sources.len(), 1);
        assert_eq!(draft.sources[0].title.as_str(), "Our post");
        assert_eq!(draft.sources[0].sections.len(), 2);
        assert!(draft
            .items
            .iter()
            .all(|i| i.sources[0].source == draft.sources[0].id));
    }

    #[test]
    fn answers_by_short_name_read_once_the_roles_are_named_after_the_import() {
        // A blank draft with one role named: "CEO" names it, "COO" is kept
        // as written, as no unnamed role is left... until one is named.
        let mut draft = Draft::blank();
        draft.roles[1].short = Text::new("Chief");
        draft.roles[1].id = Text::new("chief");
        draft.roles[0].id = Text::new("first");
        let text = "Statement,Answer\nRunning the supply chain,COO\n";
        let mut read = read(text, &draft).unwrap().draft;
        assert_eq!(read.completed().items[0].answer.as_str(), "COO");
        read.roles[0].short = Text::new("coo");
        assert_eq!(read.completed().items[0].answer.as_str(), "first");
    }

    #[test]
    fn a_table_over_the_items_limit_is_refused_before_any_item_is_made() {
        let mut text = String::from("Statement,Answer\n");
        for i in 0..=most::ITEMS {
            text.push_str(&format!("Thing {i},Both\n"));
        }
        assert_eq!(
            read(&text, &Draft::blank()).map(|t| t.items),
            Err(TableError::TooManyRows {
                found: most::ITEMS + 1,
                max: most::ITEMS
            })
        );
    }
}
