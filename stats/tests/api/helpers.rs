//! Each test starts the real server on a port of its own, with a database
//! of its own: a fresh SQLite file, and where `ROLE_QUIZ_STATS_TEST_POSTGRES`
//! names a PostgreSQL server (`make test` starts a throw-away one), a fresh
//! database on it too. Every test runs against each.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};

use role_quiz_stats::db::Db;
use role_quiz_stats::http::{self, AppState, Settings};
use role_quiz_stats::wire::{Answer, Side};
use sqlx::Connection;

pub const BLOG: &str = "https://blog.example";

/// A running server and a client for it.
pub struct App {
    pub url: String,
    pub db: Db,
    pub client: reqwest::Client,
    pub label: String,
}

static NEXT: AtomicUsize = AtomicUsize::new(0);

fn unique(prefix: &str) -> String {
    format!(
        "{prefix}_{}_{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    )
}

/// The databases this run tests against: SQLite always, PostgreSQL when
/// there is one.
pub async fn databases() -> Vec<String> {
    let file = std::env::temp_dir().join(format!("{}.db", unique("role-quiz-stats-test")));
    let mut urls = vec![format!("sqlite://{}", file.display())];
    if let Ok(server) = std::env::var("ROLE_QUIZ_STATS_TEST_POSTGRES") {
        let name = unique("rqs_test");
        let mut admin = sqlx::PgConnection::connect(&format!("{server}/postgres"))
            .await
            .expect("the PostgreSQL server in ROLE_QUIZ_STATS_TEST_POSTGRES answers");
        sqlx::query(&format!("CREATE DATABASE {name}"))
            .execute(&mut admin)
            .await
            .expect("a test database can be created");
        urls.push(format!("{server}/{name}"));
    }
    urls
}

/// Starts a server on `database` that takes answers from [`BLOG`]; clients
/// are told apart by the `X-Client` header (as a proxy would say).
pub async fn spawn(database: &str) -> App {
    let db = Db::open(database).await.expect("the test database opens");
    let state = AppState::new(
        db.clone(),
        Settings {
            origins: vec![BLOG.to_owned()],
            client_ip_header: Some("x-client".to_owned()),
            cache: None,
        },
    )
    .unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr: SocketAddr = listener.local_addr().unwrap();
    tokio::spawn(http::serve(listener, http::router(state)));
    App {
        url: format!("http://{addr}"),
        db,
        client: reqwest::Client::new(),
        label: if database.starts_with("sqlite") {
            "SQLite".into()
        } else {
            "PostgreSQL".into()
        },
    }
}

pub fn answer(item: &str, chose: Side, right: bool) -> Answer {
    Answer {
        pack: "cio-cto".into(),
        version: "3.0.0".into(),
        item: item.into(),
        chose,
        right,
    }
}

impl App {
    /// Sends a JSON body as the widget does (text/plain, from the blog),
    /// as client `client`.
    pub async fn post(&self, path: &str, body: &str, client: u32) -> reqwest::Response {
        self.client
            .post(format!("{}{path}", self.url))
            .header("origin", BLOG)
            .header("content-type", "text/plain;charset=UTF-8")
            .header(
                "x-client",
                format!(
                    "10.{}.{}.{}",
                    client >> 16 & 255,
                    client >> 8 & 255,
                    client & 255
                ),
            )
            .body(body.to_owned())
            .send()
            .await
            .unwrap()
    }

    pub async fn send(&self, answer: &Answer, client: u32) -> reqwest::StatusCode {
        self.post(
            "/v1/answers",
            &serde_json::to_string(answer).unwrap(),
            client,
        )
        .await
        .status()
    }

    pub async fn tallies(&self) -> role_quiz_stats::wire::Tallies {
        self.client
            .get(format!("{}/v1/tallies/cio-cto/3.0.0", self.url))
            .header("origin", BLOG)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap()
    }
}
