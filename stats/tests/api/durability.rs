//! An answer acknowledged is an answer kept: the server is killed (SIGKILL)
//! in the middle of a load run, and every answer it said 204 to is in the
//! database; started again, it goes on.

use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use crate::helpers::{answer, databases, BLOG};
use role_quiz_stats::db::Db;
use role_quiz_stats::wire::Side;

fn start(database: &str, port: u16) -> Child {
    Command::new(env!("CARGO_BIN_EXE_role-quiz-stats"))
        .args([
            "serve",
            "--listen",
            &format!("127.0.0.1:{port}"),
            "--database",
            database,
        ])
        .args(["--allow-origin", BLOG, "--client-ip-header", "x-client"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("the server binary starts")
}

async fn ready(client: &reqwest::Client, url: &str) {
    for _ in 0..200 {
        if client.get(format!("{url}/health")).send().await.is_ok() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the server did not start");
}

/// Sends answers from `workers` clients until the server stops answering;
/// counts the acknowledged ones.
async fn load(url: String, acknowledged: Arc<AtomicU64>, from: u32) {
    let client = reqwest::Client::new();
    let mut tasks = Vec::new();
    for worker in 0..16u32 {
        let (client, url, acknowledged) = (client.clone(), url.clone(), acknowledged.clone());
        tasks.push(tokio::spawn(async move {
            for n in 0.. {
                // A new client address every answer: no rate limit applies.
                let who = from + worker * 100_000 + n;
                let body =
                    serde_json::to_string(&answer(&format!("item-{}", n % 50), Side::First, true))
                        .unwrap();
                let sent = client
                    .post(format!("{url}/v1/answers"))
                    .header("origin", BLOG)
                    .header(
                        "x-client",
                        format!("10.{}.{}.{}", who >> 16 & 255, who >> 8 & 255, who & 255),
                    )
                    .body(body)
                    .timeout(Duration::from_secs(5))
                    .send()
                    .await;
                match sent {
                    Ok(response) if response.status() == 204 => {
                        acknowledged.fetch_add(1, Ordering::SeqCst);
                    }
                    Ok(response) => panic!("refused: {}", response.status()),
                    Err(_) => return,
                }
            }
        }));
    }
    for task in tasks {
        task.await.unwrap();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn answers_acknowledged_before_a_kill_are_all_kept() {
    for database in databases().await {
        let port = portpicker();
        let url = format!("http://127.0.0.1:{port}");
        let acknowledged = Arc::new(AtomicU64::new(0));
        let mut server = start(&database, port);
        ready(&reqwest::Client::new(), &url).await;
        let run = tokio::spawn(load(url.clone(), acknowledged.clone(), 0));
        tokio::time::sleep(Duration::from_millis(1500)).await;
        server.kill().unwrap(); // SIGKILL
        server.wait().unwrap();
        run.await.unwrap();
        let before = acknowledged.load(Ordering::SeqCst);
        assert!(before > 100, "the load ran ({before} answers)");
        let db = Db::open(&database).await.unwrap();
        let stored = db.answer_count().await.unwrap() as u64;
        kept_all(stored, before, &database);
        // Started again, it goes on counting.
        let mut server = start(&database, port);
        ready(&reqwest::Client::new(), &url).await;
        let run = tokio::spawn(load(url.clone(), acknowledged.clone(), 5_000_000));
        tokio::time::sleep(Duration::from_millis(500)).await;
        server.kill().unwrap();
        server.wait().unwrap();
        run.await.unwrap();
        let total = acknowledged.load(Ordering::SeqCst);
        assert!(total > before);
        kept_all(db.answer_count().await.unwrap() as u64, total, &database);
    }
}

/// Every acknowledged answer is stored. A few more may be: committed in the
/// moment of the kill, their 204 never sent (at most one per client under way).
fn kept_all(stored: u64, acknowledged: u64, database: &str) {
    assert!(
        stored >= acknowledged,
        "{database}: acknowledged - stored = {}",
        acknowledged - stored
    );
    assert!(
        stored - acknowledged <= 16 * 2,
        "{database}: {stored} stored, {acknowledged} acknowledged"
    );
}

fn portpicker() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}
