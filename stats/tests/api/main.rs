//! The server over HTTP, on SQLite and (where one is running) PostgreSQL.

mod dashboard;
mod durability;
mod helpers;

use helpers::{answer, databases, spawn, BLOG};
use role_quiz_stats::wire::{Side, Split, FLOOR};

#[tokio::test]
async fn answers_are_counted_and_shown_to_readers_from_the_floor_up() {
    for database in databases().await {
        let app = spawn(&database).await;
        // 19 answers: nothing shown yet.
        for i in 0..19 {
            let side = [Side::Second, Side::Second, Side::Both][i % 3];
            assert_eq!(
                app.send(&answer("vision", side, side == Side::Second), i as u32)
                    .await,
                204,
                "{}",
                app.label
            );
        }
        assert!(
            app.tallies().await.items.is_empty(),
            "{}: below the floor",
            app.label
        );
        let app = spawn(&database).await; // a fresh cache
        assert_eq!(
            app.send(&answer("vision", Side::First, false), 99).await,
            204
        );
        let tallies = app.tallies().await;
        assert_eq!(
            tallies.items["vision"],
            Split {
                first: 1,
                second: 13,
                both: 6
            },
            "{}",
            app.label
        );
        assert_eq!(tallies.items["vision"].total(), FLOOR);
    }
}

#[tokio::test]
async fn answers_from_another_origin_are_refused_and_cors_names_only_the_blog() {
    for database in databases().await {
        let app = spawn(&database).await;
        let body = serde_json::to_string(&answer("vision", Side::First, true)).unwrap();
        for origin in [Some("https://evil.example"), Some("null"), None] {
            let mut request = app
                .client
                .post(format!("{}/v1/answers", app.url))
                .body(body.clone());
            if let Some(origin) = origin {
                request = request.header("origin", origin);
            }
            let response = request.send().await.unwrap();
            assert_eq!(response.status(), 403, "{origin:?}");
            assert!(response
                .headers()
                .get("access-control-allow-origin")
                .is_none());
        }
        let response = app.post("/v1/answers", &body, 1).await;
        assert_eq!(response.status(), 204);
        assert_eq!(response.headers()["access-control-allow-origin"], BLOG);
        assert_eq!(app.db.answer_count().await.unwrap(), 1, "{}", app.label);
    }
}

#[tokio::test]
async fn bad_input_gets_a_short_json_error_and_stores_nothing() {
    for database in databases().await {
        let app = spawn(&database).await;
        let good =
            r#"{"pack":"cio-cto","version":"3.0.0","item":"vision","chose":"first","right":true}"#;
        let cases: Vec<(String, u16, &str)> = vec![
            ("x".repeat(5000), 413, "larger than"),
            ("{".into(), 400, "EOF"),
            ("[]".into(), 400, "expected"),
            (good.replace("cio-cto", "CIO CTO"), 400, "pack must be"),
            (good.replace("vision", "../../etc"), 400, "item must be"),
            (good.replace("3.0.0", "3.0.0 beta"), 400, "version must be"),
            (good.replace("first", "ceo"), 400, "unknown variant"),
            (good.replace("true", "\"yes\""), 400, "invalid type"),
            (
                good.replace("}", r#","reader":"ann@example.com"}"#),
                400,
                "unknown field",
            ),
            (good.replace(r#","right":true"#, ""), 400, "missing field"),
        ];
        for (body, status, says) in cases {
            let response = app.post("/v1/answers", &body, 7).await;
            assert_eq!(response.status(), status, "{}: {body:.60}", app.label);
            let error: serde_json::Value = response.json().await.unwrap();
            let message = error["error"].as_str().unwrap();
            assert!(message.contains(says), "{message}");
            assert!(message.len() < 300);
        }
        let rounds = [
            r#"{"pack":"cio-cto","version":"3.0.0","questions":0}"#,
            r#"{"pack":"cio-cto","version":"3.0.0","questions":10,"right":11}"#,
            r#"{"pack":"cio-cto","version":"3.0.0","questions":100000}"#,
        ];
        for body in rounds {
            assert_eq!(
                app.post("/v1/rounds", body, 7).await.status(),
                400,
                "{body}"
            );
        }
        assert_eq!(app.db.answer_count().await.unwrap(), 0);
        assert!(app.db.packs().await.unwrap().is_empty());
    }
}

#[tokio::test]
async fn a_pack_cannot_grow_past_its_cap_of_items() {
    let database = databases().await.remove(0);
    let app = spawn(&database).await;
    let max = role_quiz_stats::http::MAX_ITEMS as u32;
    for i in 0..max {
        assert_eq!(
            app.send(&answer(&format!("item-{i}"), Side::First, true), i)
                .await,
            204
        );
    }
    let response = app
        .post(
            "/v1/answers",
            &serde_json::to_string(&answer("one-more", Side::First, true)).unwrap(),
            1,
        )
        .await;
    assert_eq!(response.status(), 422);
    // An item already counted still is.
    assert_eq!(
        app.send(&answer("item-0", Side::Both, false), 9999).await,
        204
    );
    assert_eq!(
        app.db.items("cio-cto", "3.0.0").await.unwrap().len(),
        max as usize
    );
}

#[tokio::test]
async fn one_client_hammering_an_item_moves_its_split_by_a_few_points_at_most() {
    let database = databases().await.remove(0);
    let app = spawn(&database).await;
    // 200 readers: 100 say CTO, 60 CIO, 40 both.
    for i in 0..200u32 {
        let side = if i < 100 {
            Side::Second
        } else if i < 160 {
            Side::First
        } else {
            Side::Both
        };
        assert_eq!(
            app.send(&answer("vision", side, side != Side::Both), i)
                .await,
            204
        );
    }
    let before = app.db.tallies("cio-cto", "3.0.0").await.unwrap().items["vision"];
    // One client sends 1,000 answers of "both".
    let mut refused = 0;
    for _ in 0..1000 {
        if app.send(&answer("vision", Side::Both, false), 5000).await == 429 {
            refused += 1;
        }
    }
    assert!(refused >= 990, "{refused}");
    let after = app.db.tallies("cio-cto", "3.0.0").await.unwrap().items["vision"];
    let [_, _, both_before] = before.percents().unwrap();
    let [_, _, both_after] = after.percents().unwrap();
    assert!(
        both_after - both_before <= 2,
        "both went from {both_before}% to {both_after}%"
    );
}

#[tokio::test]
async fn finished_rounds_place_a_score_among_readers() {
    for database in databases().await {
        let app = spawn(&database).await;
        for i in 0..25u32 {
            let started = r#"{"pack":"cio-cto","version":"3.0.0","questions":10}"#;
            assert_eq!(app.post("/v1/rounds", started, i).await.status(), 204);
            let right = [4, 6, 9, 9, 10][i as usize % 5];
            let finished =
                format!(r#"{{"pack":"cio-cto","version":"3.0.0","questions":10,"right":{right}}}"#);
            assert_eq!(app.post("/v1/rounds", &finished, i).await.status(), 204);
        }
        let tallies = app.tallies().await;
        assert_eq!(tallies.beaten(10, 9), Some(40), "{}", app.label);
        assert_eq!(tallies.beaten(10, 4), Some(0));
        let report = app.db.report("cio-cto", "3.0.0").await.unwrap();
        assert_eq!((report.started, report.finished), (25, 25));
    }
}
