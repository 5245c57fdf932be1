//! The router and its shared state. One file per resource: `counts` (what
//! widgets send), `tallies` (what readers are shown), `dashboard` (the
//! blogger's view, behind a token); `error` turns every refusal into a
//! status and a short JSON body, in one place.

mod counts;
mod dashboard;
mod error;
mod tallies;

pub use counts::{read, Known, MAX_ITEMS, MAX_PACKS};
pub use error::ApiError;

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use axum::extract::DefaultBodyLimit;
use axum::http::{header, HeaderMap, HeaderName, HeaderValue, Method};
use axum::routing::{get, post};
use axum::Router;
use tokio::net::TcpListener;
use tower_http::cors::{AllowOrigin, CorsLayer};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;

use crate::db::Db;
use crate::limits::Limits;

/// The largest body a widget sends is about 150 bytes.
pub const MAX_BODY: usize = 2048;

/// What every request can reach.
#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    origins: Arc<Vec<String>>,
    client_ip_header: Option<HeaderName>,
    limits: Arc<Limits>,
    known: Arc<Known>,
    tallies: Arc<tallies::Cache>,
}

/// How the server is set up, beyond its database.
#[derive(Clone, Debug, Default)]
pub struct Settings {
    /// Origins whose widgets may send answers (`https://blog.example`).
    pub origins: Vec<String>,
    /// Behind a proxy: the header with the client's address.
    pub client_ip_header: Option<String>,
    /// How long tallies are served from memory ([`tallies::FRESH`] if unset).
    pub cache: Option<Duration>,
}

/// Why the settings cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    #[error("{0:?} is not an origin: write it as the browser sends it, like https://blog.example (no path, no trailing slash)")]
    Origin(String),
    #[error("{0:?} is not a header name")]
    Header(String),
}

fn is_origin(origin: &str) -> bool {
    let Some(rest) = origin
        .strip_prefix("https://")
        .or_else(|| origin.strip_prefix("http://"))
    else {
        return false;
    };
    !rest.is_empty()
        && rest
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b':' | b'[' | b']'))
}

impl AppState {
    pub fn new(db: Db, settings: Settings) -> Result<AppState, SettingsError> {
        for origin in &settings.origins {
            if !is_origin(origin) {
                return Err(SettingsError::Origin(origin.clone()));
            }
        }
        let client_ip_header = settings
            .client_ip_header
            .map(|name| {
                HeaderName::try_from(name.as_str()).map_err(|_| SettingsError::Header(name))
            })
            .transpose()?;
        Ok(AppState {
            db,
            origins: Arc::new(settings.origins),
            client_ip_header,
            limits: Arc::new(Limits::new()),
            known: Arc::new(Known::default()),
            tallies: Arc::new(tallies::Cache::new(
                settings.cache.unwrap_or(tallies::FRESH),
            )),
        })
    }

    fn allows(&self, origin: Option<&HeaderValue>) -> bool {
        origin
            .and_then(|origin| origin.to_str().ok())
            .is_some_and(|origin| self.origins.iter().any(|o| o == origin))
    }

    /// The client, for rate limits only: the peer, or behind a proxy the
    /// last address the proxy added.
    fn client(&self, peer: SocketAddr, headers: &HeaderMap) -> IpAddr {
        self.client_ip_header
            .as_ref()
            .and_then(|name| headers.get(name))
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.rsplit(',').next())
            .and_then(|last| last.trim().parse().ok())
            .unwrap_or(peer.ip())
    }
}

/// The whole application, ready to serve.
pub fn router(state: AppState) -> Router {
    let origins: Vec<HeaderValue> = state
        .origins
        .iter()
        .filter_map(|o| HeaderValue::from_str(o).ok())
        .collect();
    let cors = CorsLayer::new()
        .allow_origin(AllowOrigin::list(origins))
        .allow_methods([Method::GET, Method::POST])
        .allow_headers([header::CONTENT_TYPE])
        .max_age(Duration::from_secs(86_400));
    let widgets = Router::new()
        .route("/v1/answers", post(counts::answer))
        .route("/v1/rounds", post(counts::round))
        .route("/v1/tallies/{pack}/{version}", get(tallies::get))
        .layer(cors);
    let forget = state.limits.clone();
    tokio::spawn(async move {
        let mut every = tokio::time::interval(Duration::from_secs(60));
        loop {
            every.tick().await;
            forget.forget_idle();
        }
    });
    Router::new()
        .merge(widgets)
        .merge(dashboard::routes())
        .route("/health", get(|| async { "ok" }))
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .layer(TimeoutLayer::with_status_code(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(10),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("default-src 'none'; frame-ancestors 'none'"),
        ))
        .with_state(state)
}

/// Serves `router` on `listener` until the process is stopped (Ctrl-C or
/// SIGTERM end it after the requests under way are answered).
pub async fn serve(listener: TcpListener, router: Router) -> std::io::Result<()> {
    axum::serve(
        listener,
        router.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(async {
        let interrupt = tokio::signal::ctrl_c();
        #[cfg(unix)]
        {
            let mut term =
                tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
                    .expect("SIGTERM can be listened for");
            tokio::select! {
                _ = interrupt => {},
                _ = term.recv() => {},
            }
        }
        #[cfg(not(unix))]
        let _ = interrupt.await;
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::is_origin;

    #[test]
    fn origins_are_written_as_browsers_send_them() {
        for (origin, ok) in [
            ("https://blog.example", true),
            ("http://127.0.0.1:8080", true),
            ("https://blog.example/", false),
            ("blog.example", false),
            ("https://blog.example/post", false),
            ("*", false),
        ] {
            assert_eq!(is_origin(origin), ok, "{origin}");
        }
    }
}
