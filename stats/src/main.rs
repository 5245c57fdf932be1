//! `role-quiz-stats serve | token create | token revoke`: see README's
//! "How other readers answered".

use std::process::ExitCode;

use clap::Parser;
use role_quiz_stats::config::{Cli, Command, TokenCommand};
use role_quiz_stats::db::Db;
use role_quiz_stats::http::{self, AppState, Settings};
use role_quiz_stats::{day, token};

#[tokio::main]
async fn main() -> ExitCode {
    match run(Cli::parse()).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("role-quiz-stats: {error}");
            ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> Result<(), Box<dyn std::error::Error>> {
    match cli.command {
        Command::Serve(serve) => {
            let db = Db::open(&serve.database).await?;
            let state = AppState::new(
                db,
                Settings {
                    origins: serve.allow_origin,
                    client_ip_header: serve.client_ip_header,
                    cache: Some(std::time::Duration::from_secs(serve.cache_seconds)),
                },
            )?;
            let listener = tokio::net::TcpListener::bind(serve.listen).await?;
            eprintln!(
                "role-quiz-stats: counting on http://{} ({}); dashboard at /dashboard",
                listener.local_addr()?,
                if state.db.is_sqlite() {
                    "SQLite"
                } else {
                    "PostgreSQL"
                },
            );
            http::serve(listener, http::router(state)).await?;
        }
        Command::Token {
            command: TokenCommand::Create { database },
        } => {
            let db = Db::open(&database).await?;
            let (token, id, hash) = token::create();
            db.add_token(&id, &hash, &day::today()).await?;
            println!("{token}");
            eprintln!(
                "role-quiz-stats: token {id} created; only its hash is stored, so keep it now"
            );
        }
        Command::Token {
            command: TokenCommand::Revoke { database, token },
        } => {
            let db = Db::open(&database).await?;
            let id = token::id_of(&token);
            if !db.revoke_token(id).await? {
                return Err(format!("there is no token {id}").into());
            }
            eprintln!("role-quiz-stats: token {id} revoked");
        }
    }
    Ok(())
}
