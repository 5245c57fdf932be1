//! The blogger's dashboard: a page (HTML, script and styles served from
//! here, in the widget's look: its `base.css`) and its API, behind a token
//! sent as `Authorization: Bearer`. The API sends no CORS headers: no other
//! origin's page can read it, and the token header keeps other sites'
//! forms out.

use std::net::SocketAddr;

use axum::extract::{ConnectInfo, Query, State};
use axum::http::{header, HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde::Deserialize;

use super::{ApiError, AppState};
use crate::db::{PackSummary, Report};
use crate::token;
use crate::wire::{is_id, is_version};

const PAGE: &str = include_str!("../../dashboard/index.html");
const SCRIPT: &str = include_str!("../../dashboard/app.js");
const STYLE: &str = include_str!("../../dashboard/dashboard.css");
/// The widget's own tokens and components, and its icon.
const BASE: &str = include_str!("../../../styles/base.css");
const ICON: &str = include_str!("../../../assets/favicon.svg");

/// The page's policy: its own script and styles, its own API, nothing else,
/// in no frame.
const POLICY: &str =
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; \
                      img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/dashboard",
            get(|| async { asset(PAGE, "text/html; charset=utf-8") }),
        )
        .route(
            "/dashboard/app.js",
            get(|| async { asset(SCRIPT, "text/javascript; charset=utf-8") }),
        )
        .route(
            "/dashboard/dashboard.css",
            get(|| async { asset(STYLE, "text/css; charset=utf-8") }),
        )
        .route(
            "/dashboard/base.css",
            get(|| async { asset(BASE, "text/css; charset=utf-8") }),
        )
        .route(
            "/dashboard/favicon.svg",
            get(|| async { asset(ICON, "image/svg+xml") }),
        )
        .route("/dashboard/api/packs", get(packs))
        .route("/dashboard/api/report", get(report))
        .route("/dashboard/api/export", get(export))
}

fn asset(body: &'static str, kind: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(kind)),
            (
                header::CONTENT_SECURITY_POLICY,
                HeaderValue::from_static(POLICY),
            ),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-cache")),
        ],
        body,
    )
        .into_response()
}

/// Lets the request through if it carries a valid token. Failed attempts
/// count against the client's rate, so tokens cannot be guessed quickly.
async fn authorized(
    state: &AppState,
    peer: SocketAddr,
    headers: &HeaderMap,
) -> Result<(), ApiError> {
    let token = headers
        .get(header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.strip_prefix("Bearer "))
        .map(str::trim)
        .filter(|token| !token.is_empty() && token.len() <= 200);
    let Some(token) = token else {
        return Err(ApiError::Unauthorized);
    };
    if token::check(&state.db, token).await {
        return Ok(());
    }
    if !state.limits.request(state.client(peer, headers)) {
        return Err(ApiError::TooMany);
    }
    Err(ApiError::Unauthorized)
}

async fn packs(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
) -> Result<Json<Vec<PackSummary>>, ApiError> {
    authorized(&state, peer, &headers).await?;
    Ok(Json(state.db.summaries().await?))
}

#[derive(Deserialize)]
struct Which {
    pack: String,
    version: String,
}

impl Which {
    fn checked(self) -> Result<Which, ApiError> {
        if is_id(&self.pack) && is_version(&self.version) {
            Ok(self)
        } else {
            Err(ApiError::BadRequest("no such pack id or version".into()))
        }
    }
}

async fn report(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    Query(which): Query<Which>,
) -> Result<Json<Report>, ApiError> {
    authorized(&state, peer, &headers).await?;
    let which = which.checked()?;
    Ok(Json(state.db.report(&which.pack, &which.version).await?))
}

async fn export(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    Query(which): Query<Which>,
) -> Result<Response, ApiError> {
    authorized(&state, peer, &headers).await?;
    let which = which.checked()?;
    let csv = state.db.csv(&which.pack, &which.version).await?;
    let name = format!(
        "attachment; filename=\"{}-{}.csv\"",
        which.pack, which.version
    );
    Ok((
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/csv; charset=utf-8"),
            ),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_str(&name).unwrap_or(HeaderValue::from_static("attachment")),
            ),
        ],
        csv,
    )
        .into_response())
}
