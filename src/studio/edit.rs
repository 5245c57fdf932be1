//! Every change to the draft, named, in one place: the studio's reducer.
//!
//! Edits address the draft by the paths validation reports problems at
//! (`items[2].explanation`), so the field a problem names is the field an
//! edit changes. Edits that throw work away (removing an entry, replacing
//! the whole draft) keep what was there, for "Undo".

use serde_json::Value;

use super::draft::Draft;
use super::path::value_at;

/// The most destructive edits "Undo" goes back through.
const UNDO_DEPTH: usize = 30;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Studio {
    pub draft: Draft,
    /// Drafts before each destructive edit, the latest last, with what the
    /// edit did in words ("Removed item 3").
    undo: Vec<(String, Draft)>,
    /// Counts the times the whole draft was swapped (a new pack, an
    /// import, an undo), after which the preview starts afresh rather
    /// than showing another pack's last good version.
    pub swaps: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// A field (or a whole entry) gets a new value.
    Set { path: String, value: Value },
    /// A new entry at the end of a list.
    Add { list: String, entry: Value },
    /// A copy of an entry, just after it.
    Duplicate { list: String, index: usize },
    /// An entry goes one place up (`-1`) or down (`1`).
    Move {
        list: String,
        index: usize,
        by: isize,
    },
    /// An entry goes; `what` says which, for "Undo".
    Remove {
        list: String,
        index: usize,
        what: String,
    },
    /// Another draft altogether (an import, a new pack); `what` says which.
    Replace { draft: Box<Draft>, what: String },
    /// Back to the draft before the last destructive edit.
    Undo,
}

impl Studio {
    pub fn new(draft: Draft) -> Self {
        Studio {
            draft,
            undo: Vec::new(),
            swaps: 0,
        }
    }

    /// What "Undo" would take back, in words.
    pub fn undoable(&self) -> Option<&str> {
        self.undo.last().map(|(what, _)| what.as_str())
    }

    pub fn apply(mut self, edit: Edit) -> Self {
        match edit {
            Edit::Undo => {
                if let Some((_, draft)) = self.undo.pop() {
                    self.draft = draft;
                    self.swaps += 1;
                }
            }
            Edit::Replace { draft, what } => {
                self.keep(what);
                self.draft = *draft;
                self.swaps += 1;
            }
            Edit::Remove { list, index, what } => {
                let before = self.draft.clone();
                if self.change(&list, |entries| {
                    (index < entries.len()).then(|| {
                        entries.remove(index);
                    })
                }) {
                    self.undo.push((what, before));
                    self.trim();
                }
            }
            Edit::Set { path, value } => {
                let mut root = self.draft.to_value();
                if let Some(field) = value_at(&mut root, &path) {
                    *field = value;
                    self.draft = Draft::from_value(root);
                    if names_a_role_or_source(&path) {
                        self.draft.pin_ids();
                    }
                }
            }
            Edit::Add { list, entry } => {
                self.change(&list, |entries| {
                    entries.push(entry);
                    Some(())
                });
                // A new entry may bring a citation or an answer.
                self.draft.pin_ids();
            }
            Edit::Duplicate { list, index } => {
                self.change(&list, |entries| {
                    let copy = entries.get(index)?.clone();
                    entries.insert(index + 1, copy);
                    Some(())
                });
            }
            Edit::Move { list, index, by } => {
                self.change(&list, |entries| {
                    let to = index.checked_add_signed(by)?;
                    (index < entries.len() && to < entries.len()).then(|| entries.swap(index, to))
                });
            }
        }
        self
    }

    /// Changes the list at `path` (creating it when it was left out for
    /// being empty); whether `change` did anything.
    fn change(&mut self, path: &str, change: impl FnOnce(&mut Vec<Value>) -> Option<()>) -> bool {
        let mut root = self.draft.to_value();
        let Some(list) = value_at(&mut root, path) else {
            return false;
        };
        if list.is_null() {
            *list = Value::Array(Vec::new());
        }
        let changed = list.as_array_mut().and_then(change).is_some();
        if changed {
            self.draft = Draft::from_value(root);
        }
        changed
    }

    fn keep(&mut self, what: String) {
        self.undo.push((what, self.draft.clone()));
        self.trim();
    }

    fn trim(&mut self) {
        if self.undo.len() > UNDO_DEPTH {
            self.undo.remove(0);
        }
    }
}

/// Whether a field at `path` is an answer or a citation's source, which
/// name a role or a source by its id (see [`Draft::pin_ids`]), or a whole
/// entry, which may hold them.
fn names_a_role_or_source(path: &str) -> bool {
    path.ends_with(".answer") || path.ends_with(".source") || path.ends_with(']')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::studio::draft::Text;
    use serde_json::json;

    fn studio() -> Studio {
        Studio::new(Draft::from_json(crate::content::BUILTIN_JSON).unwrap())
    }

    fn set(path: &str, value: Value) -> Edit {
        Edit::Set {
            path: path.to_owned(),
            value,
        }
    }

    #[test]
    fn a_field_is_set_by_the_path_validation_names_it_by() {
        let studio = studio()
            .apply(set("items[1].explanation", json!("Because.")))
            .apply(set("roles[0].focus", json!(["A", "B"])));
        assert_eq!(studio.draft.items[1].explanation, Text::new("Because."));
        assert_eq!(
            studio.draft.roles[0].focus,
            [Text::new("A"), Text::new("B")]
        );
        assert_eq!(studio.undoable(), None, "typing is not a destructive edit");
    }

    #[test]
    fn a_cleared_field_can_be_filled_again() {
        let studio = studio()
            .apply(set("items[0].note", json!("")))
            .apply(set("items[0].note", json!("Careful")));
        assert_eq!(studio.draft.items[0].note, Text::new("Careful"));
    }

    #[test]
    fn entries_are_added_duplicated_moved_and_removed_in_place() {
        let before = studio();
        let first = before.draft.items[0].clone();
        let second = before.draft.items[1].clone();
        let count = before.draft.items.len();
        let list = || "items".to_owned();
        let studio = before
            .apply(Edit::Duplicate {
                list: list(),
                index: 0,
            })
            .apply(Edit::Move {
                list: list(),
                index: 1,
                by: 1,
            })
            .apply(Edit::Add {
                list: list(),
                entry: json!({"label": "New"}),
            });
        let items = &studio.draft.items;
        assert_eq!(items.len(), count + 2);
        assert_eq!((&items[0], &items[1], &items[2]), (&first, &second, &first));
        assert_eq!(items[count + 1].label, Text::new("New"));
        let studio = studio.apply(Edit::Move {
            list: list(),
            index: 0,
            by: -1,
        });
        assert_eq!(studio.draft.items[0], first, "the first entry cannot go up");
        let studio = studio.apply(Edit::Add {
            list: "items[0].views".to_owned(),
            entry: json!({}),
        });
        assert_eq!(
            studio.draft.items[0].views.len(),
            1,
            "a list left out is made"
        );
    }

    #[test]
    fn undo_takes_back_removals_and_replacements_one_at_a_time() {
        let start = studio();
        let original = start.draft.clone();
        let studio = start
            .apply(Edit::Remove {
                list: "items".to_owned(),
                index: 3,
                what: "Removed item 4".to_owned(),
            })
            .apply(Edit::Replace {
                draft: Box::default(),
                what: "Started a new pack".to_owned(),
            });
        assert_eq!(studio.draft, Draft::default());
        assert_eq!(studio.undoable(), Some("Started a new pack"));
        let studio = studio.apply(Edit::Undo);
        assert_eq!(studio.draft.items.len(), original.items.len() - 1);
        assert_eq!(studio.undoable(), Some("Removed item 4"));
        let studio = studio.apply(Edit::Undo).apply(Edit::Undo);
        assert_eq!(studio.draft, original);
        assert_eq!(studio.undoable(), None);
    }

    #[test]
    fn a_made_up_id_is_pinned_once_an_answer_names_it() {
        let mut draft = Draft::blank();
        draft.roles[0].short = Text::new("CEO");
        draft.items.push(Default::default());
        let studio = Studio::new(draft)
            .apply(set("items[0].answer", json!("ceo")))
            .apply(set("roles[0].short", json!("Chief")));
        assert_eq!(
            studio.draft.roles[0].id,
            Text::new("ceo"),
            "renaming keeps the answer's role"
        );
        assert_eq!(studio.draft.sources[0].id, Text::new("source-1"));
    }

    #[test]
    fn removing_what_is_not_there_keeps_nothing_to_undo() {
        let studio = studio().apply(Edit::Remove {
            list: "items".to_owned(),
            index: 999,
            what: "x".to_owned(),
        });
        assert_eq!(studio.undoable(), None);
    }
}
