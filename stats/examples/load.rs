//! The load run of `make bench`: CLIENTS concurrent clients send answers to a
//! running server for SECONDS, each answer from a client address of its own
//! (the `X-Client` header; start the server with `--client-ip-header
//! x-client`), so the rate limits stay out of the way and the database's
//! write path is what is measured. Prints one JSON line: answers accepted per
//! second, p50 and p99 latency in milliseconds, and failures.
//!
//!   cargo run --release -p role-quiz-stats --example load -- URL ORIGIN [CLIENTS] [SECONDS]

use std::time::{Duration, Instant};

use role_quiz_stats::wire::{Answer, Side};

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (url, origin) = match &args[..] {
        [url, origin, ..] => (url.clone(), origin.clone()),
        _ => {
            eprintln!("usage: load URL ORIGIN [CLIENTS] [SECONDS]");
            std::process::exit(2);
        }
    };
    let clients: u32 = args.get(2).and_then(|n| n.parse().ok()).unwrap_or(64);
    let seconds: u64 = args.get(3).and_then(|n| n.parse().ok()).unwrap_or(20);
    let http = reqwest::Client::builder()
        .pool_max_idle_per_host(clients as usize)
        .build()
        .unwrap();
    let end = Instant::now() + Duration::from_secs(seconds);
    let mut tasks = Vec::new();
    for worker in 0..clients {
        let (http, url, origin) = (http.clone(), url.clone(), origin.clone());
        tasks.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            let mut failures = 0u64;
            let mut n = 0u32;
            while Instant::now() < end {
                n += 1;
                // A client address of its own for every answer: 10.x.y.z
                // from 24 bits, 2^18 answers per worker.
                let who = worker << 18 | (n & 0x3ffff);
                let answer = Answer {
                    pack: "cio-cto".into(),
                    version: "3.0.0".into(),
                    item: format!("item-{}", n % 12),
                    chose: [Side::First, Side::Second, Side::Both][(n % 3) as usize],
                    right: n.is_multiple_of(2),
                };
                let started = Instant::now();
                let sent = http
                    .post(format!("{url}/v1/answers"))
                    .header("origin", &origin)
                    .header(
                        "x-client",
                        format!("10.{}.{}.{}", who >> 16 & 255, who >> 8 & 255, who & 255),
                    )
                    .body(serde_json::to_string(&answer).unwrap())
                    .send()
                    .await;
                match sent {
                    Ok(response) if response.status() == 204 => {
                        latencies.push(started.elapsed().as_micros() as u64)
                    }
                    Ok(response) => {
                        if failures == 0 {
                            eprintln!("load: the server answered {}", response.status());
                        }
                        failures += 1
                    }
                    Err(error) => {
                        if failures == 0 {
                            eprintln!("load: {error}");
                        }
                        failures += 1
                    }
                }
            }
            (latencies, failures)
        }));
    }
    let mut latencies = Vec::new();
    let mut failures = 0;
    for task in tasks {
        let (l, f) = task.await.unwrap();
        latencies.extend(l);
        failures += f;
    }
    latencies.sort_unstable();
    let at = |q: f64| {
        latencies
            .get(((latencies.len() as f64 * q) as usize).min(latencies.len().saturating_sub(1)))
            .map_or(0.0, |&us| us as f64 / 1000.0)
    };
    println!(
        "{{\"clients\":{clients},\"seconds\":{seconds},\"answers\":{},\"per_second\":{:.0},\"p50_ms\":{:.2},\"p99_ms\":{:.2},\"failures\":{failures}}}",
        latencies.len(),
        latencies.len() as f64 / seconds as f64,
        at(0.50),
        at(0.99),
    );
}
