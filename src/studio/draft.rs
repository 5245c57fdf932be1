//! The pack as the studio edits it: every field of the format as plain text
//! and lists, whatever state it is in.
//!
//! The widget reads packs with [`crate::content`]'s lenient types, which keep
//! only what it needs to report a problem. The studio must also write the
//! pack back, so its model keeps everything: a half-typed label, a number
//! where text belongs (as text), and unknown fields (in `extra`), which are
//! written back for validation to name. Empty texts and lists are left out
//! when written, so a field the blogger has not filled in is "missing".
//!
//! The JSON Schema of the format (`pack.schema.json`) is derived from these
//! types (the `prerender` feature's `schemars`), with the limits validation
//! uses; a test keeps their fields equal to the ones validation knows.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value};

#[cfg(feature = "prerender")]
use crate::content::{max, most, MIN_ITEMS, SCHEMA};

/// A text field: whatever a pack had there, as text (a number as its digits,
/// anything else as nothing), so that reading never fails.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Text(pub String);

impl Text {
    pub fn new(text: impl Into<String>) -> Self {
        Text(text.into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The text, or `default` when there is none.
    pub fn or<'a>(&'a self, default: &'a str) -> &'a str {
        if self.0.trim().is_empty() {
            default
        } else {
            &self.0
        }
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(Text(match Value::deserialize(deserializer)? {
            Value::String(text) => text,
            Value::Number(number) => number.to_string(),
            Value::Bool(value) => value.to_string(),
            _ => String::new(),
        }))
    }
}

#[cfg(feature = "prerender")]
impl schemars::JsonSchema for Text {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Text".into()
    }

    fn inline_schema() -> bool {
        true
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({"type": "string", "minLength": 1, "pattern": "\\S"})
    }
}

/// A list read entry by entry: a value that is not a list reads as none, an
/// entry of the wrong kind as an empty one, so every entry keeps its place
/// (and validation's `items[3]` stays the form's fourth item).
fn list<'de, D, T>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: DeserializeOwned + Default,
{
    Ok(match Value::deserialize(deserializer)? {
        Value::Array(entries) => entries
            .into_iter()
            .map(|entry| serde_json::from_value(entry).unwrap_or_default())
            .collect(),
        _ => Vec::new(),
    })
}

/// The schema number as written, when it is one.
fn whole<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<u64>, D::Error> {
    Ok(match Value::deserialize(deserializer)? {
        Value::Number(number) => number.as_u64(),
        Value::String(text) => text.trim().parse().ok(),
        _ => None,
    })
}

/// A percentage typed in a form is written as a number when it is one, and
/// as the text typed otherwise, for validation to name.
fn percentage<S: Serializer>(from: &Text, serializer: S) -> Result<S::Ok, S::Error> {
    match from.0.trim().parse::<u64>() {
        Ok(number) => serializer.serialize_u64(number),
        Err(_) => serializer.serialize_str(&from.0),
    }
}

/// A whole pack.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "prerender", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "prerender", schemars(
        title = "role-quiz content pack",
        deny_unknown_fields,
        extend("required" = ["schema", "id", "version", "title", "intro", "sources", "roles", "items", "verdicts"])
    )
)]
#[serde(default)]
pub struct Draft {
    /// Where an editor finds this schema, for completion and checks as you
    /// type (the widget ignores it).
    #[serde(rename = "$schema", skip_serializing_if = "Text::is_empty")]
    #[cfg_attr(feature = "prerender", schemars(with = "String"))]
    pub schema_link: Text,
    /// The format's version: 2 for packs with views or quotes.
    #[serde(deserialize_with = "whole", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "prerender", schemars(with = "u64", range(min = 1, max = SCHEMA)))]
    pub schema: Option<u64>,
    /// Names the pack in saved progress: lowercase letters, digits, hyphens.
    #[serde(skip_serializing_if = "Text::is_empty")]
    #[cfg_attr(
        feature = "prerender",
        schemars(with = "String", regex(pattern = r"^[a-z0-9-]+$"))
    )]
    pub id: Text,
    /// Change it when items change, so a reader's saved round starts afresh.
    #[serde(skip_serializing_if = "Text::is_empty")]
    #[cfg_attr(feature = "prerender", schemars(length(max = max::NAME)))]
    pub version: Text,
    #[serde(skip_serializing_if = "Text::is_empty")]
    #[cfg_attr(feature = "prerender", schemars(length(max = max::TITLE)))]
    pub title: Text,
    /// The intro screen's paragraph.
    #[serde(skip_serializing_if = "Text::is_empty")]
    #[cfg_attr(feature = "prerender", schemars(length(max = max::PARAGRAPH)))]
    pub intro: Text,
    /// Schema 2: the language of the pack's texts ("en", "de", "fr" or
    /// "es"), which the widget's own words follow.
    #[serde(skip_serializing_if = "Text::is_empty")]
    #[cfg_attr(
        feature = "prerender",
        schemars(
            with = "String",
            regex(pattern = r"^([eE][nN]|[dD][eE]|[fF][rR]|[eE][sS])([-_].*)?$")
        )
    )]
    pub lang: Text,
    /// Schema 2: the pack's wording of single messages of the widget's, by
    /// key (`"start": "Los geht's"`).
    #[serde(skip_serializing_if = "Map::is_empty")]
    #[cfg_attr(feature = "prerender", schemars(schema_with = "ui_schema"))]
    pub ui: Map<String, Value>,
    /// The articles the items cite.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "prerender", schemars(length(min = 1, max = most::SOURCES)))]
    pub sources: Vec<DraftSource>,
    /// Exactly two: the first and the second role.
    #[serde(deserialize_with = "list")]
    #[cfg_attr(feature = "prerender", schemars(length(min = 2, max = 2)))]
    pub roles: Vec<DraftRole>,
    /// The responsibilities to place.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "prerender", schemars(length(min = MIN_ITEMS, max = most::ITEMS)))]
    pub items: Vec<DraftItem>,
    /// What the results say from each score on; one must start at 0.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "prerender", schemars(length(min = 1, max = most::VERDICTS)))]
    pub verdicts: Vec<DraftVerdict>,
    /// Fields the format does not have, kept for validation to name.
    #[serde(flatten)]
    #[cfg_attr(feature = "prerender", schemars(skip))]
    pub extra: Map<String, Value>,
}

/// An article the items cite.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "prerender", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "prerender",
    schemars(deny_unknown_fields, extend("required" = ["id", "title", "sections"]))
)]
#[serde(default)]
pub struct DraftSource {
    /// What citations name it by.
    #[serde(skip_serializing_if = "Text::is_empty")]
    #[cfg_attr(
        feature = "prerender",
        schemars(with = "String", regex(pattern = r"^[a-z0-9-]+$"))
    )]
    pub id: Text,
    #[serde(skip_serializing_if = "Text::is_empty")]
    #[cfg_attr(feature = "prerender", schemars(length(max = max::TITLE)))]
    pub title: Text,
    /// A link to the article, when it is public.
    #[serde(skip_serializing_if = "Text::is_empty")]
    #[cfg_attr(
        feature = "prerender",
        schemars(with = "String", regex(pattern = r"^(https?://|/)"))
    )]
    pub url: Text,
    /// The language the article is written in ("en"), where the pack's
    /// texts are in another: its title and quotes are marked with it.
    #[serde(skip_serializing_if = "Text::is_empty")]
    #[cfg_attr(
        feature = "prerender",
        schemars(
            with = "String",
            regex(pattern = r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")
        )
    )]
    pub lang: Text,
    /// The section headings citations may name.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "prerender", schemars(length(min = 1, max = most::SECTIONS)))]
    pub sections: Vec<Text>,
    #[serde(flatten)]
    #[cfg_attr(feature = "prerender", schemars(skip))]
    pub extra: Map<String, Value>,
}

/// One of the two roles.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "prerender", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "prerender",
    schemars(deny_unknown_fields, extend("required" = ["id", "short", "title", "summary", "focus"]))
)]
#[serde(default)]
pub struct DraftRole {
    /// What answers name it by; "both" is the shared answer.
    #[serde(skip_serializing_if = "Text::is_empty")]
    #[cfg_attr(
        feature = "prerender",
        schemars(with = "String", regex(pattern = r"^[a-z0-9-]+$"))
    )]
    pub id: Text,
    /// The name on buttons: "CIO".
    #[serde(skip_serializing_if = "Text::is_empty")]
    #[cfg_attr(feature = "prerender", schemars(length(max = max::NAME)))]
    pub short: Text,
    /// "Chief Information Officer".
    #[serde(skip_serializing_if = "Text::is_empty")]
    #[cfg_attr(feature = "prerender", schemars(length(max = max::TITLE)))]
    pub title: Text,
    #[serde(skip_serializing_if = "Text::is_empty")]
    #[cfg_attr(feature = "prerender", schemars(length(max = max::PARAGRAPH)))]
    pub summary: Text,
    /// The role's main areas of work, a short phrase each.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "prerender", schemars(length(min = 1, max = most::FOCUS)))]
    pub focus: Vec<Text>,
    #[serde(flatten)]
    #[cfg_attr(feature = "prerender", schemars(skip))]
    pub extra: Map<String, Value>,
}

/// One responsibility: `answer` and `sources`, or `views` where the sources
/// disagree.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "prerender", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "prerender",
    schemars(
        deny_unknown_fields,
        extend("required" = ["id", "label", "statement", "explanation"]),
        extend("oneOf" = [{"required": ["answer", "sources"]}, {"required": ["views"]}])
    )
)]
#[serde(default)]
pub struct DraftItem {
    /// Stable across versions: saved progress and links name it.
    #[serde(skip_serializing_if = "Text::is_empty")]
    #[cfg_attr(
        feature = "prerender",
        schemars(with = "String", regex(pattern = r"^[a-z0-9-]+$"))
    )]
    pub id: Text,
    /// A few words for tight spaces, such as the diagram.
    #[serde(skip_serializing_if = "Text::is_empty")]
    #[cfg_attr(feature = "prerender", schemars(length(max = max::LABEL)))]
    pub label: Text,
    /// The responsibility as the question asks it.
    #[serde(skip_serializing_if = "Text::is_empty")]
    #[cfg_attr(feature = "prerender", schemars(length(max = max::STATEMENT)))]
    pub statement: Text,
    /// A role's id, or "both".
    #[serde(skip_serializing_if = "Text::is_empty")]
    #[cfg_attr(feature = "prerender", schemars(with = "String"))]
    pub answer: Text,
    /// Where the answer comes from.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "prerender", schemars(length(min = 1, max = most::CITATIONS)))]
    pub sources: Vec<DraftCitation>,
    /// Schema 2: each answer the sources give, with its sources.
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "prerender", schemars(length(min = 2, max = most::VIEWS)))]
    pub views: Vec<DraftView>,
    /// Why the answer is what it is, shown after answering.
    #[serde(skip_serializing_if = "Text::is_empty")]
    #[cfg_attr(feature = "prerender", schemars(length(max = max::PARAGRAPH)))]
    pub explanation: Text,
    /// A caveat shown with the explanation.
    #[serde(skip_serializing_if = "Text::is_empty")]
    #[cfg_attr(feature = "prerender", schemars(with = "String", length(max = max::PARAGRAPH)))]
    pub note: Text,
    #[serde(flatten)]
    #[cfg_attr(feature = "prerender", schemars(skip))]
    pub extra: Map<String, Value>,
}

/// One answer the sources give to a disputed item.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "prerender", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "prerender",
    schemars(deny_unknown_fields, extend("required" = ["answer", "sources"]))
)]
#[serde(default)]
pub struct DraftView {
    #[serde(skip_serializing_if = "Text::is_empty")]
    #[cfg_attr(feature = "prerender", schemars(with = "String"))]
    pub answer: Text,
    #[serde(deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "prerender", schemars(length(min = 1, max = most::CITATIONS)))]
    pub sources: Vec<DraftCitation>,
    #[serde(flatten)]
    #[cfg_attr(feature = "prerender", schemars(skip))]
    pub extra: Map<String, Value>,
}

/// A section of a source that gives an answer.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "prerender", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "prerender",
    schemars(deny_unknown_fields, extend("required" = ["source", "section"]))
)]
#[serde(default)]
pub struct DraftCitation {
    /// A source's id.
    #[serde(skip_serializing_if = "Text::is_empty")]
    #[cfg_attr(feature = "prerender", schemars(with = "String"))]
    pub source: Text,
    /// One of that source's sections.
    #[serde(skip_serializing_if = "Text::is_empty")]
    #[cfg_attr(feature = "prerender", schemars(with = "String"))]
    pub section: Text,
    /// Schema 2: a few words of the section, verbatim, as evidence.
    #[serde(skip_serializing_if = "Text::is_empty")]
    #[cfg_attr(feature = "prerender", schemars(with = "String", length(max = max::PHRASE)))]
    pub quote: Text,
    #[serde(flatten)]
    #[cfg_attr(feature = "prerender", schemars(skip))]
    pub extra: Map<String, Value>,
}

/// What the results say from a score on.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "prerender", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "prerender",
    schemars(deny_unknown_fields, extend("required" = ["from", "text"]))
)]
#[serde(default)]
pub struct DraftVerdict {
    /// A percentage from 0 to 100.
    #[serde(serialize_with = "percentage", skip_serializing_if = "Text::is_empty")]
    #[cfg_attr(feature = "prerender", schemars(with = "u64", range(max = 100)))]
    pub from: Text,
    #[serde(skip_serializing_if = "Text::is_empty")]
    #[cfg_attr(feature = "prerender", schemars(length(max = max::TITLE)))]
    pub text: Text,
    #[serde(flatten)]
    #[cfg_attr(feature = "prerender", schemars(skip))]
    pub extra: Map<String, Value>,
}

impl Draft {
    /// Reads a pack's text. Only text that is not a JSON object fails: every
    /// other problem stays in the draft for validation to name.
    pub fn from_json(text: &str) -> Result<Draft, serde_json::Error> {
        let value: Value = serde_json::from_str(text)?;
        if !value.is_object() {
            return Err(serde::de::Error::custom("a pack starts with {"));
        }
        serde_json::from_value(value)
    }

    /// The pack as a reader's widget gets it, laid out for people to read.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// The draft as a JSON value, for edits by path.
    pub fn to_value(&self) -> Value {
        serde_json::to_value(self).unwrap_or(Value::Null)
    }

    pub fn from_value(value: Value) -> Draft {
        serde_json::from_value(value).unwrap_or_default()
    }
}

/// A pack's `ui`: texts by message key, only the widget's keys.
#[cfg(feature = "prerender")]
fn ui_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
    let keys: Vec<&str> = crate::lang::Msg::ALL.iter().map(|m| m.key()).collect();
    schemars::json_schema!({
        "type": "object",
        "propertyNames": { "enum": keys },
        "additionalProperties": { "type": "string", "minLength": 1, "maxLength": max::PARAGRAPH },
    })
}

/// The pack format's JSON Schema (`pack.schema.json`), for editors that
/// check and complete a pack as it is typed.
#[cfg(feature = "prerender")]
pub fn schema() -> Value {
    let mut schema = schemars::schema_for!(Draft);
    schema.insert(
        "description".to_owned(),
        "A content pack for the role-quiz widget. Validation in the widget (and check-pack, and the pack studio) checks more than a schema can: answers name a role, citations a listed section, ids are unique.".into(),
    );
    schema.to_value()
}

impl DraftItem {
    /// Whether the item gives views (the sources disagree) rather than one
    /// answer.
    pub fn is_disputed(&self) -> bool {
        !self.views.is_empty()
    }

    /// The item where its sources disagree: its answer and sources become
    /// the first view, and a second view, citing `cite`, waits for the
    /// other answer.
    pub fn with_views(&self, cite: DraftCitation) -> DraftItem {
        let mut item = self.clone();
        if item.is_disputed() {
            return item;
        }
        let first = DraftView {
            answer: std::mem::take(&mut item.answer),
            sources: std::mem::take(&mut item.sources),
            ..DraftView::default()
        };
        let second = DraftView {
            sources: vec![cite],
            ..DraftView::default()
        };
        item.views = vec![first, second];
        item
    }

    /// The item with one answer again: the first view's.
    pub fn without_views(&self) -> DraftItem {
        let mut item = self.clone();
        if let Some(first) = (!item.views.is_empty()).then(|| item.views.remove(0)) {
            item.answer = first.answer;
            item.sources = first.sources;
        }
        item.views.clear();
        item
    }
}

impl Draft {
    /// A citation of the first source's first section, for a new item or
    /// view: most packs cite one article. Asked of the completed draft (the
    /// form has it), whose sources all have ids.
    pub fn first_citation(&self) -> DraftCitation {
        let source = self.sources.first();
        DraftCitation {
            source: source.map(|s| s.id.clone()).unwrap_or_default(),
            section: source
                .and_then(|s| s.sections.first().cloned())
                .unwrap_or_default(),
            ..DraftCitation::default()
        }
    }

    /// A new pack: two roles and one source to fill in.
    pub fn blank() -> Draft {
        Draft {
            schema: Some(crate::content::SCHEMA),
            sources: vec![DraftSource::default()],
            roles: vec![DraftRole::default(), DraftRole::default()],
            ..Draft::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::BUILTIN_JSON;

    const EXAMPLE: &str = include_str!("../../content/cto-cfo.example.json");

    #[test]
    fn the_built_in_and_example_packs_are_written_back_as_read() {
        for text in [BUILTIN_JSON, EXAMPLE] {
            let draft = Draft::from_json(text).unwrap();
            let written: Value = serde_json::from_str(&draft.to_json()).unwrap();
            let read: Value = serde_json::from_str(text).unwrap();
            assert_eq!(written, read);
        }
    }

    #[test]
    fn unknown_fields_and_values_of_the_wrong_kind_are_kept_as_far_as_they_can_be() {
        let draft = Draft::from_json(
            r#"{"schema": "2", "title": 7, "items": ["oops", {"label": "A", "explaination": "x"}],
                "verdicts": [{"from": 50, "text": "Good"}]}"#,
        )
        .unwrap();
        assert_eq!(draft.schema, Some(2));
        assert_eq!(draft.title, Text::new("7"));
        assert_eq!(draft.items.len(), 2, "every entry keeps its place");
        assert_eq!(draft.items[0], DraftItem::default());
        assert_eq!(draft.items[1].extra["explaination"], "x");
        let written: Value = serde_json::from_str(&draft.to_json()).unwrap();
        assert_eq!(written["items"][1]["explaination"], "x");
        assert_eq!(written["verdicts"][0]["from"], 50);
    }

    #[test]
    fn empty_fields_are_left_out_so_validation_calls_them_missing() {
        let mut draft = Draft::default();
        draft.items.push(DraftItem {
            label: Text::new("A"),
            ..DraftItem::default()
        });
        draft.verdicts.push(DraftVerdict {
            from: Text::new("half"),
            ..DraftVerdict::default()
        });
        let written = draft.to_value();
        assert_eq!(written["items"][0], serde_json::json!({"label": "A"}));
        assert_eq!(written["verdicts"][0]["from"], "half");
        assert!(written.get("title").is_none());
    }

    /// The schema's fields are the ones validation knows, object by object.
    #[cfg(feature = "prerender")]
    #[test]
    fn the_schema_has_exactly_the_fields_validation_reads() {
        use crate::content::fields;
        let schema = schema();
        let fields_of = |object: &Value| -> Vec<String> {
            let mut names: Vec<String> = object["properties"]
                .as_object()
                .unwrap()
                .keys()
                .filter(|k| *k != "$schema")
                .cloned()
                .collect();
            names.sort();
            names
        };
        let sorted = |names: &[&str]| -> Vec<String> {
            let mut names: Vec<String> = names.iter().map(|s| s.to_string()).collect();
            names.sort();
            names
        };
        let defs = &schema["$defs"];
        for (object, expected) in [
            (&schema, fields::PACK),
            (&defs["DraftSource"], fields::SOURCE),
            (&defs["DraftRole"], fields::ROLE),
            (&defs["DraftItem"], fields::ITEM),
            (&defs["DraftView"], fields::VIEW),
            (&defs["DraftCitation"], fields::CITATION),
            (&defs["DraftVerdict"], fields::VERDICT),
        ] {
            assert_eq!(fields_of(object), sorted(expected));
            assert_eq!(object["additionalProperties"], false);
        }
        assert_eq!(
            defs["DraftItem"]["properties"]["label"]["maxLength"],
            crate::content::max::LABEL
        );
    }

    /// A field the schema requires is one validation calls missing when
    /// it is left out of a valid pack; any other can be left out.
    #[cfg(feature = "prerender")]
    #[test]
    fn the_schema_requires_exactly_the_fields_validation_requires() {
        use crate::content::Pack;
        let schema = schema();
        let base: Value = serde_json::from_str(BUILTIN_JSON).unwrap();
        // An object of each kind in the built-in pack, by path, and one
        // of the disputed items for views.
        let disputed = base["items"]
            .as_array()
            .unwrap()
            .iter()
            .position(|i| i.get("views").is_some())
            .unwrap();
        let quoted = format!("items[{disputed}].views[0].sources[0]");
        let cases = [
            ("", &schema),
            ("sources[0]", &schema["$defs"]["DraftSource"]),
            ("roles[0]", &schema["$defs"]["DraftRole"]),
            ("items[0]", &schema["$defs"]["DraftItem"]),
            (
                &format!("items[{disputed}].views[0]")[..],
                &schema["$defs"]["DraftView"],
            ),
            (&quoted[..], &schema["$defs"]["DraftCitation"]),
            ("verdicts[0]", &schema["$defs"]["DraftVerdict"]),
        ];
        for (at, object) in cases {
            let required: Vec<&str> = object["required"]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_str().unwrap())
                .collect();
            for field in object["properties"].as_object().unwrap().keys() {
                if field == "$schema"
                    || (at.starts_with("items[")
                        && !at.contains('.')
                        && ["answer", "sources", "views"].contains(&field.as_str()))
                {
                    continue;
                }
                let mut pack = base.clone();
                let path = if at.is_empty() {
                    field.clone()
                } else {
                    format!("{at}.{field}")
                };
                let (outer, key) = path.rsplit_once('.').unwrap_or(("", &path));
                let target = crate::studio::path::value_at(&mut pack, outer).unwrap();
                if target.as_object_mut().unwrap().remove(key).is_none() {
                    continue; // not in this entry: nothing to learn from it
                }
                let missing = match Pack::from_json(&pack.to_string()) {
                    Ok(_) => false,
                    Err(errors) => errors.0.iter().any(|e| {
                        e.problem == crate::content::Problem::Missing
                            && e.at.to_string().ends_with(&format!(".{key}"))
                            || e.at.to_string() == path
                    }),
                };
                assert_eq!(missing, required.contains(&field.as_str()), "{path}");
            }
        }
    }

    #[test]
    fn an_item_goes_to_views_and_back_without_losing_its_answer() {
        let draft = Draft::from_json(BUILTIN_JSON).unwrap();
        let item = draft.items.iter().find(|i| !i.is_disputed()).unwrap();
        let disputed = item.with_views(draft.first_citation());
        assert_eq!(disputed.views.len(), 2);
        assert_eq!(disputed.views[0].answer, item.answer);
        assert!(disputed.answer.is_empty() && disputed.sources.is_empty());
        assert_eq!(disputed.views[1].sources[0].source, draft.sources[0].id);
        assert_eq!(&disputed.without_views(), item);
    }

    #[test]
    fn text_that_is_not_a_pack_is_refused() {
        assert!(Draft::from_json("[1, 2]").is_err());
        assert!(Draft::from_json("{\"title\": ").is_err());
    }
}
