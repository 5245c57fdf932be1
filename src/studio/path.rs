//! Paths into a pack, as validation writes them (`items[2].views[0].answer`,
//! with `items[2] ("customer-interviews")` naming an entry): the studio edits
//! its draft by them and finds the form field a problem is about.

use serde_json::Value;

/// One step of a path: a field's name or a list entry's place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    Key(String),
    Index(usize),
}

/// The steps of `path`. The entry names validation adds (` ("id")`) are
/// skipped; `pack`, the whole pack's path, has none.
pub fn steps(path: &str) -> Vec<Step> {
    let mut steps = Vec::new();
    let mut rest = path;
    if rest == "pack" {
        return steps;
    }
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix(" (\"") {
            // An entry's name: up to its closing `")`.
            rest = after.split_once("\")").map_or("", |(_, after)| after);
        } else if let Some(after) = rest.strip_prefix('[') {
            let (index, after) = after.split_once(']').unwrap_or((after, ""));
            if let Ok(index) = index.parse() {
                steps.push(Step::Index(index));
            }
            rest = after;
        } else {
            let key = rest.strip_prefix('.').unwrap_or(rest);
            let end = [key.find('.'), key.find('['), key.find(" (\"")]
                .into_iter()
                .flatten()
                .min()
                .unwrap_or(key.len());
            let (key, after) = key.split_at(end);
            if !key.is_empty() {
                steps.push(Step::Key(key.to_owned()));
            }
            rest = after;
        }
    }
    steps
}

/// The value at `path`, creating a missing field of an object on the way
/// (a field left out because it was empty); a list entry is never created.
pub fn value_at<'v>(root: &'v mut Value, path: &str) -> Option<&'v mut Value> {
    let mut here = root;
    for step in steps(path) {
        here = match step {
            Step::Key(key) => here.as_object_mut()?.entry(key).or_insert(Value::Null),
            Step::Index(index) => here.as_array_mut()?.get_mut(index)?,
        };
    }
    Some(here)
}

/// The id of the form field at `path`: `items[2].explanation` →
/// `f-items-2-explanation`. Entry names are left out.
pub fn field_id(path: &str) -> String {
    let mut id = String::from("f");
    for step in steps(path) {
        id.push('-');
        match step {
            Step::Key(key) => {
                id.extend(
                    key.chars()
                        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }),
                )
            }
            Step::Index(index) => id.push_str(&index.to_string()),
        }
    }
    id
}

/// `field_id` of `path` and of each path it is inside, the most precise
/// first: where to put the focus when the field itself is not in the form
/// (an unknown field, a list that has no entry yet).
pub fn field_ids(path: &str) -> Vec<String> {
    let id = field_id(path);
    let mut ids = vec![id.clone()];
    let mut here = id.as_str();
    while let Some((outer, _)) = here.rsplit_once('-') {
        ids.push(outer.to_owned());
        here = outer;
    }
    ids
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn validation_paths_are_read_with_their_entry_names_skipped() {
        use Step::{Index, Key};
        let k = |s: &str| Key(s.to_owned());
        let cases: &[(&str, Vec<Step>)] = &[
            ("pack", vec![]),
            ("title", vec![k("title")]),
            (
                "items[2].explanation",
                vec![k("items"), Index(2), k("explanation")],
            ),
            (
                "items[2] (\"customer-interviews\").views[0].sources[1].section",
                vec![
                    k("items"),
                    Index(2),
                    k("views"),
                    Index(0),
                    k("sources"),
                    Index(1),
                    k("section"),
                ],
            ),
            (
                "roles[1] (\"cto\").focus[3]",
                vec![k("roles"), Index(1), k("focus"), Index(3)],
            ),
        ];
        for (path, expected) in cases {
            assert_eq!(&steps(path), expected, "{path}");
        }
    }

    #[test]
    fn a_field_left_out_is_created_to_be_set_but_a_list_entry_never_is() {
        let mut pack = json!({"items": [{"label": "A"}]});
        *value_at(&mut pack, "items[0].explanation").unwrap() = json!("Because");
        assert_eq!(pack["items"][0]["explanation"], "Because");
        assert!(value_at(&mut pack, "items[3].label").is_none());
    }

    #[test]
    fn field_ids_go_from_the_field_out_to_the_entries_it_is_in() {
        assert_eq!(
            field_ids("items[2] (\"x\").sources[0].section"),
            [
                "f-items-2-sources-0-section",
                "f-items-2-sources-0",
                "f-items-2-sources",
                "f-items-2",
                "f-items",
                "f"
            ]
        );
        assert_eq!(field_id("$schema"), "f-_schema");
    }
}
