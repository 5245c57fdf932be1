//! The dashboard and its token.

use crate::helpers::{answer, databases, spawn, App, BLOG};
use role_quiz_stats::token;
use role_quiz_stats::wire::Side;

async fn get(app: &App, path: &str, token: Option<&str>) -> reqwest::Response {
    let mut request = app
        .client
        .get(format!("{}{path}", app.url))
        .header("origin", BLOG);
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    request.send().await.unwrap()
}

#[tokio::test]
async fn the_dashboard_opens_with_its_token_only_and_reveals_nothing_without() {
    for database in databases().await {
        let app = spawn(&database).await;
        let (token, id, hash) = token::create();
        app.db.add_token(&id, &hash, "2026-12-05").await.unwrap();
        app.send(&answer("vision", Side::First, true), 1).await;
        let forged = format!("rqs_{id}_{}", "0".repeat(64));
        for wrong in [
            None,
            Some("nonsense"),
            Some(forged.as_str()),
            Some("rqs_00000000_x"),
        ] {
            let response = get(&app, "/dashboard/api/packs", wrong).await;
            assert_eq!(response.status(), 401, "{wrong:?}");
            assert_eq!(response.headers()["www-authenticate"], "Bearer");
            let body = response.text().await.unwrap();
            assert_eq!(body, r#"{"error":"this dashboard needs its token"}"#);
        }
        let response = get(&app, "/dashboard/api/packs", Some(&token)).await;
        assert_eq!(response.status(), 200, "{}", app.label);
        // No other origin may read it: no CORS header, even for the blog.
        assert!(response
            .headers()
            .get("access-control-allow-origin")
            .is_none());
        let packs: serde_json::Value = response.json().await.unwrap();
        assert_eq!(packs[0]["pack"], "cio-cto");
        assert_eq!(packs[0]["answers"], 1);
        // Revoked: closed.
        assert!(app.db.revoke_token(&id).await.unwrap());
        assert_eq!(
            get(&app, "/dashboard/api/packs", Some(&token))
                .await
                .status(),
            401
        );
    }
}

#[tokio::test]
async fn the_report_ranks_the_items_readers_miss_and_exports_every_count() {
    for database in databases().await {
        let app = spawn(&database).await;
        let (token, id, hash) = token::create();
        app.db.add_token(&id, &hash, "2026-12-05").await.unwrap();
        // data-governance: 1 of 4 missed; vision: 3 of 4 missed (said CTO, right is CIO).
        let answers = [
            ("data-governance", Side::Both, true),
            ("data-governance", Side::Both, true),
            ("data-governance", Side::Both, true),
            ("data-governance", Side::First, false),
            ("vision", Side::First, true),
            ("vision", Side::Second, false),
            ("vision", Side::Second, false),
            ("vision", Side::Both, false),
        ];
        for (i, (item, side, right)) in answers.into_iter().enumerate() {
            assert_eq!(app.send(&answer(item, side, right), i as u32).await, 204);
        }
        let report: serde_json::Value = get(
            &app,
            "/dashboard/api/report?pack=cio-cto&version=3.0.0",
            Some(&token),
        )
        .await
        .json()
        .await
        .unwrap();
        assert_eq!(report["items"][0]["item"], "vision", "{}", app.label);
        assert_eq!(report["items"][0]["missed"], 3);
        assert_eq!(report["items"][1]["item"], "data-governance");
        // Right answer first role (vision): 2 chose second, 1 both.
        assert_eq!(report["mixups"][0], serde_json::json!([0, 2, 1]));
        // Right answer both (governance): 1 chose first.
        assert_eq!(report["mixups"][2], serde_json::json!([1, 0, 0]));
        let csv = get(
            &app,
            "/dashboard/api/export?pack=cio-cto&version=3.0.0",
            Some(&token),
        )
        .await;
        assert_eq!(csv.headers()["content-type"], "text/csv; charset=utf-8");
        let csv = csv.text().await.unwrap();
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(lines[0], "day,item,answer,right,count");
        assert_eq!(lines.len(), 1 + 5);
        assert!(
            lines.iter().any(|l| l.ends_with(",vision,second,no,2")),
            "{csv}"
        );
        let bad = get(
            &app,
            "/dashboard/api/report?pack=..%2Fx&version=1",
            Some(&token),
        )
        .await;
        assert_eq!(bad.status(), 400);
    }
}

#[tokio::test]
async fn the_dashboard_page_forbids_frames_scripts_of_others_and_sniffing() {
    let app = spawn(&databases().await.remove(0)).await;
    let page = get(&app, "/dashboard", None).await;
    assert_eq!(page.status(), 200);
    let policy = page.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(policy.contains("frame-ancestors 'none'"), "{policy}");
    assert!(policy.contains("script-src 'self'"), "{policy}");
    assert_eq!(page.headers()["x-content-type-options"], "nosniff");
    assert!(page.text().await.unwrap().contains("Dashboard token"));
    let api = get(&app, "/v1/tallies/cio-cto/3.0.0", None).await;
    assert_eq!(api.headers()["x-content-type-options"], "nosniff");
}
