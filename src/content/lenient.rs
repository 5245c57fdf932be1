//! A field that never fails to deserialize: [`Lenient<T>`] holds the value
//! when it has the kind the format expects, or the kind found instead.
//!
//! serde stops at the first value of the wrong kind. A blogger fixing a pack
//! wants every problem at once, each where it is, so the pack's format is
//! written with `Lenient` fields: deserializing records a mismatch where it
//! happens and goes on, and validation then reports each one with its path
//! (`items[2].statement: expected text, found a number`). Only malformed JSON
//! stops reading, and serde_json locates that by line and column.
//!
//! A mismatch is judged by the kind of the token before `T` sees it (see
//! [`Shape`]), so a list or an object of the wrong kind is skipped whole and
//! the deserializer stays in step; inside a value of the right kind, every
//! field is itself `Lenient`, so nothing below fails either.

use std::fmt;
use std::marker::PhantomData;

use serde::de::value::{MapAccessDeserializer, SeqAccessDeserializer};
use serde::de::{self, Deserialize, Deserializer, IgnoredAny, IntoDeserializer, Visitor};

/// A value as written: absent, of the expected kind, or of another kind.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Lenient<T> {
    /// The field is not there.
    #[default]
    Missing,
    Ok(T),
    /// Another kind of value, in words: "a number", "a list", …
    Wrong(&'static str),
}

/// The kind of JSON value a type is read from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Text,
    Number,
    Bool,
    List,
    Object,
}

/// Which kind of value a type is read from, so that [`Lenient`] can tell a
/// mismatch before handing the value over.
pub trait Shape {
    const KIND: Kind;
}

impl Shape for String {
    const KIND: Kind = Kind::Text;
}

impl Shape for u64 {
    const KIND: Kind = Kind::Number;
}

impl Shape for bool {
    const KIND: Kind = Kind::Bool;
}

impl<T> Shape for Vec<T> {
    const KIND: Kind = Kind::List;
}

/// The words for a kind of value, as messages name what they found.
fn found(kind: Kind) -> &'static str {
    match kind {
        Kind::Text => "text",
        Kind::Number => "a number",
        Kind::Bool => "true or false",
        Kind::List => "a list",
        Kind::Object => "an object",
    }
}

impl<T> Lenient<T> {
    pub fn is_missing(&self) -> bool {
        matches!(self, Lenient::Missing)
    }
}

impl<'de, T: Deserialize<'de> + Shape> Deserialize<'de> for Lenient<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(LenientVisitor(PhantomData))
    }
}

struct LenientVisitor<T>(PhantomData<T>);

impl<'de, T: Deserialize<'de> + Shape> LenientVisitor<T> {
    /// A scalar: `T` takes it or it is the wrong kind. Scalars are already
    /// read, so a refusal leaves the deserializer in step.
    fn scalar<E: de::Error>(
        kind: Kind,
        value: impl IntoDeserializer<'de, E>,
    ) -> Result<Lenient<T>, E> {
        if T::KIND != kind {
            return Ok(Lenient::Wrong(found(kind)));
        }
        Ok(T::deserialize(value.into_deserializer())
            .map_or(Lenient::Wrong(found(kind)), Lenient::Ok))
    }
}

impl<'de, T: Deserialize<'de> + Shape> Visitor<'de> for LenientVisitor<T> {
    type Value = Lenient<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
        Self::scalar(Kind::Bool, v)
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        Self::scalar(Kind::Number, v)
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        Self::scalar(Kind::Number, v)
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
        Self::scalar(Kind::Number, v)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Self::scalar(Kind::Text, v)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Lenient::Wrong("null"))
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        if T::KIND != Kind::List {
            while seq.next_element::<IgnoredAny>()?.is_some() {}
            return Ok(Lenient::Wrong(found(Kind::List)));
        }
        T::deserialize(SeqAccessDeserializer::new(seq)).map(Lenient::Ok)
    }

    fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        if T::KIND != Kind::Object {
            while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
            return Ok(Lenient::Wrong(found(Kind::Object)));
        }
        T::deserialize(MapAccessDeserializer::new(map)).map(Lenient::Ok)
    }
}

/// The keys of an object that its type does not know, in the order written:
/// a `#[serde(flatten)]` field of this type collects them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Unknown(pub Vec<String>);

impl<'de> Deserialize<'de> for Unknown {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Keys;
        impl<'de> Visitor<'de> for Keys {
            type Value = Unknown;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object")
            }

            fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<Unknown, A::Error> {
                let mut keys = Vec::new();
                while let Some((key, IgnoredAny)) = map.next_entry::<String, IgnoredAny>()? {
                    keys.push(key);
                }
                Ok(Unknown(keys))
            }
        }
        deserializer.deserialize_map(Keys)
    }
}

/// An object's entries in the order written, each value read on its own:
/// an object whose keys are data (a pack's `ui`), so its problems are
/// reported in the order they stand.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entries<T>(pub Vec<(String, Lenient<T>)>);

impl<T> Shape for Entries<T> {
    const KIND: Kind = Kind::Object;
}

impl<'de, T: Deserialize<'de> + Shape> Deserialize<'de> for Entries<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Pairs<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de> + Shape> Visitor<'de> for Pairs<T> {
            type Value = Entries<T>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object")
            }

            fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<Entries<T>, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = map.next_entry::<String, Lenient<T>>()? {
                    entries.push(entry);
                }
                Ok(Entries(entries))
            }
        }
        deserializer.deserialize_map(Pairs(PhantomData))
    }
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;

    use super::*;

    #[derive(Debug, Deserialize, PartialEq)]
    struct Thing {
        #[serde(default)]
        name: Lenient<String>,
        #[serde(default)]
        count: Lenient<u64>,
        #[serde(default)]
        tags: Lenient<Vec<Lenient<String>>>,
        #[serde(flatten)]
        unknown: Unknown,
    }

    impl Shape for Thing {
        const KIND: Kind = Kind::Object;
    }

    fn read(json: &str) -> Lenient<Thing> {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn values_of_the_expected_kind_are_read() {
        let Lenient::Ok(thing) = read(r#"{"name": "x", "count": 3, "tags": ["a", "b"]}"#) else {
            panic!("not read");
        };
        assert_eq!(thing.name, Lenient::Ok("x".to_owned()));
        assert_eq!(thing.count, Lenient::Ok(3));
        assert_eq!(
            thing.tags,
            Lenient::Ok(vec![Lenient::Ok("a".into()), Lenient::Ok("b".into())])
        );
        assert!(thing.unknown.0.is_empty());
    }

    #[test]
    fn every_mismatch_is_recorded_where_it_is_and_reading_goes_on() {
        let Lenient::Ok(thing) = read(
            r#"{"name": [1, {"a": [2]}], "count": -1.5, "tags": ["a", null, {}, true], "zz": 1, "aa": [] }"#,
        ) else {
            panic!("not read");
        };
        assert_eq!(thing.name, Lenient::Wrong("a list"));
        assert_eq!(thing.count, Lenient::Wrong("a number"));
        assert_eq!(
            thing.tags,
            Lenient::Ok(vec![
                Lenient::Ok("a".into()),
                Lenient::Wrong("null"),
                Lenient::Wrong("an object"),
                Lenient::Wrong("true or false"),
            ])
        );
        assert_eq!(
            thing.unknown.0,
            ["zz", "aa"],
            "unknown keys in written order"
        );
    }

    #[test]
    fn absent_fields_are_missing_and_the_whole_can_be_the_wrong_kind() {
        assert_eq!(
            read("{}"),
            Lenient::Ok(Thing {
                name: Lenient::Missing,
                count: Lenient::Missing,
                tags: Lenient::Missing,
                unknown: Unknown::default(),
            })
        );
        assert_eq!(read("[1, 2]"), Lenient::Wrong("a list"));
        assert_eq!(read(r#""text""#), Lenient::Wrong("text"));
    }

    #[test]
    fn malformed_json_still_fails_with_its_place() {
        let error = serde_json::from_str::<Lenient<Thing>>("{\"name\": [1,, 2]}").unwrap_err();
        assert_eq!((error.line(), error.column()), (1, 13));
    }
}
