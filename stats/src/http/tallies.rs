//! What readers are shown: a pack version's tallies, from a cache refreshed
//! every few seconds, so a popular post's readers cost the database about
//! one query per pack every [`FRESH`].

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::extract::{Path, State};
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};

use super::{ApiError, AppState};
use crate::wire::{is_id, is_version};

/// How long tallies are served from memory.
pub const FRESH: Duration = Duration::from_secs(5);
/// Pack versions kept in memory at most (more, and the cache starts afresh).
const MOST: usize = 2000;

/// A pack version's tallies as JSON, and when they were read.
type Entry = (Instant, Arc<str>);

pub struct Cache {
    entries: Mutex<HashMap<(String, String), Entry>>,
    fresh: Duration,
}

impl Cache {
    pub fn new(fresh: Duration) -> Cache {
        Cache {
            entries: Mutex::default(),
            fresh,
        }
    }
}

pub async fn get(
    State(state): State<AppState>,
    Path((pack, version)): Path<(String, String)>,
) -> Result<Response, ApiError> {
    if !is_id(&pack) || !is_version(&version) {
        return Err(ApiError::BadRequest("no such pack id or version".into()));
    }
    let key = (pack, version);
    let cached = {
        let entries = state.tallies.entries.lock().expect("not poisoned");
        entries
            .get(&key)
            .filter(|(at, _)| at.elapsed() < state.tallies.fresh)
            .map(|(_, json)| json.clone())
    };
    let json = match cached {
        Some(json) => json,
        None => {
            let tallies = state.db.tallies(&key.0, &key.1).await?;
            let json: Arc<str> = serde_json::to_string(&tallies)
                .expect("tallies serialize")
                .into();
            let mut entries = state.tallies.entries.lock().expect("not poisoned");
            if entries.len() >= MOST {
                entries.clear();
            }
            entries.insert(key, (Instant::now(), json.clone()));
            json
        }
    };
    Ok((
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            ),
            // A round's readers share it; a minute later it is asked again.
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=60"),
            ),
        ],
        json.to_string(),
    )
        .into_response())
}
