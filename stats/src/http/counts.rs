//! What widgets send: an answer, a round started or finished. Each is
//! checked (origin, rate, shape, caps) before anything is stored, and
//! acknowledged (204) only once it is committed.

use std::collections::{HashMap, HashSet};
use std::net::SocketAddr;
use std::sync::Mutex;

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{ConnectInfo, State};
use axum::http::{header, HeaderMap, StatusCode};
use serde::de::DeserializeOwned;

use super::{ApiError, AppState};
use crate::day;
use crate::wire::{Answer, Refusal, Round};

/// The most items one pack version is counted for, and the most pack
/// versions: junk cannot grow the tables without bound (the widget's packs
/// hold up to 5,000 items; a blog's real ones, dozens).
pub const MAX_ITEMS: usize = 500;
pub const MAX_PACKS: usize = 1000;

/// Reads a widget's JSON body (sent as text/plain, which needs no CORS
/// preflight): well-formed, nothing more than the type has, within the
/// wire's rules.
pub fn read<T: DeserializeOwned>(
    body: &[u8],
    check: impl Fn(&T) -> Result<(), Refusal>,
) -> Result<T, ApiError> {
    let value: T = serde_json::from_slice(body).map_err(|e| {
        // serde's message names the field or the place, never echoes a value at length.
        let mut message = e.to_string();
        message.truncate(200);
        ApiError::BadRequest(message)
    })?;
    check(&value).map_err(|refusal| ApiError::BadRequest(refusal.to_string()))?;
    Ok(value)
}

/// The pack versions and items counted so far (read from the database the
/// first time a pack version is seen), to hold the caps.
#[derive(Default)]
pub struct Known {
    packs: Mutex<HashMap<(String, String), HashSet<String>>>,
}

impl Known {
    /// Takes `item` of `pack`'s `version` in, unless a cap is reached.
    async fn admit(
        &self,
        state: &AppState,
        pack: &str,
        version: &str,
        item: Option<&str>,
    ) -> Result<(), ApiError> {
        let key = (pack.to_owned(), version.to_owned());
        let seen = self.packs.lock().expect("not poisoned").contains_key(&key);
        if !seen {
            let items = state.db.items(pack, version).await?;
            let mut packs = self.packs.lock().expect("not poisoned");
            if !packs.contains_key(&key) && packs.len() >= MAX_PACKS {
                return Err(ApiError::Full("this server counts no more packs"));
            }
            packs.entry(key.clone()).or_default().extend(items);
        }
        if let Some(item) = item {
            let mut packs = self.packs.lock().expect("not poisoned");
            let items = packs.entry(key).or_default();
            if !items.contains(item) {
                if items.len() >= MAX_ITEMS {
                    return Err(ApiError::Full(
                        "this pack has as many items as the server counts",
                    ));
                }
                items.insert(item.to_owned());
            }
        }
        Ok(())
    }
}

fn body(body: Result<Bytes, BytesRejection>) -> Result<Bytes, ApiError> {
    body.map_err(|rejection| match rejection.status() {
        StatusCode::PAYLOAD_TOO_LARGE => ApiError::TooLarge,
        _ => ApiError::BadRequest("the body could not be read".into()),
    })
}

/// The checks every count passes first: the blog's origin, the client's rate.
fn admitted(
    state: &AppState,
    peer: SocketAddr,
    headers: &HeaderMap,
) -> Result<std::net::IpAddr, ApiError> {
    if !state.allows(headers.get(header::ORIGIN)) {
        return Err(ApiError::Origin);
    }
    let client = state.client(peer, headers);
    if !state.limits.request(client) {
        return Err(ApiError::TooMany);
    }
    Ok(client)
}

pub async fn answer(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    raw: Result<Bytes, BytesRejection>,
) -> Result<StatusCode, ApiError> {
    let client = admitted(&state, peer, &headers)?;
    let answer: Answer = read(&body(raw)?, Answer::check)?;
    state
        .known
        .admit(&state, &answer.pack, &answer.version, Some(&answer.item))
        .await?;
    let key = format!("{}/{}/{}", answer.pack, answer.version, answer.item);
    if !state.limits.answer(client, key) {
        return Err(ApiError::TooMany);
    }
    state.db.add_answer(&answer, &day::today()).await?;
    Ok(StatusCode::NO_CONTENT)
}

pub async fn round(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    raw: Result<Bytes, BytesRejection>,
) -> Result<StatusCode, ApiError> {
    admitted(&state, peer, &headers)?;
    let round: Round = read(&body(raw)?, Round::check)?;
    state
        .known
        .admit(&state, &round.pack, &round.version, None)
        .await?;
    state.db.add_round(&round, &day::today()).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::read;
    use crate::wire::{Answer, Round};

    /// Bodies near the real ones: fields of the right names with odd values.
    fn near_miss() -> impl Strategy<Value = String> {
        let value = prop_oneof![
            any::<String>().prop_map(|s| serde_json::to_string(&s).unwrap()),
            any::<i64>().prop_map(|n| n.to_string()),
            Just("true".to_owned()),
            Just("null".to_owned()),
            Just("\"cio-cto\"".to_owned()),
            Just("\"both\"".to_owned()),
            Just("[]".to_owned()),
            Just("{}".to_owned()),
        ];
        let field = prop_oneof![
            Just("pack"),
            Just("version"),
            Just("item"),
            Just("chose"),
            Just("right"),
            Just("questions"),
            Just("extra"),
        ];
        proptest::collection::vec((field, value), 0..8).prop_map(|fields| {
            let inner: Vec<String> = fields.iter().map(|(k, v)| format!("\"{k}\":{v}")).collect();
            format!("{{{}}}", inner.join(","))
        })
    }

    proptest! {
        #[test]
        fn any_body_is_read_or_refused_with_a_short_message(
            body in prop_oneof![proptest::collection::vec(any::<u8>(), 0..300), near_miss().prop_map(String::into_bytes)]
        ) {
            match read::<Answer>(&body, Answer::check) {
                Ok(answer) => prop_assert!(answer.check().is_ok()),
                Err(error) => prop_assert!(error.to_string().len() <= 200),
            }
            match read::<Round>(&body, Round::check) {
                Ok(round) => prop_assert!(round.check().is_ok()),
                Err(error) => prop_assert!(error.to_string().len() <= 200),
            }
        }
    }
}
