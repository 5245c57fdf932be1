//! The command line, kept stable: tests, `make serve` and deployment scripts
//! drive it.

use std::net::SocketAddr;

use clap::{Parser, Subcommand};

/// The SQLite file a server started without `--database` keeps its counts in.
pub const DEFAULT_DATABASE: &str = "sqlite://role-quiz-stats.db";

#[derive(Debug, Parser)]
#[command(
    name = "role-quiz-stats",
    version,
    about = "How other readers answered: an anonymous tally server for role-quiz widgets"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Count answers from the blog's widgets and serve their tallies and the dashboard.
    Serve(Serve),
    /// Dashboard tokens.
    Token {
        #[command(subcommand)]
        command: TokenCommand,
    },
}

#[derive(Debug, clap::Args)]
pub struct Serve {
    /// Where to listen.
    #[arg(long, env = "ROLE_QUIZ_STATS_LISTEN", default_value = "127.0.0.1:8090")]
    pub listen: SocketAddr,
    /// sqlite://PATH (created with its tables on first start) or postgres://...
    #[arg(long, env = "ROLE_QUIZ_STATS_DATABASE", default_value = DEFAULT_DATABASE)]
    pub database: String,
    /// A blog origin whose widgets may send answers (https://blog.example);
    /// repeat it for each. Answers from any other origin are refused.
    #[arg(
        long = "allow-origin",
        env = "ROLE_QUIZ_STATS_ALLOW_ORIGIN",
        value_delimiter = ',',
        required = true
    )]
    pub allow_origin: Vec<String>,
    /// Behind a proxy, the header that carries the client's address (the
    /// proxy's last entry is used), for the rate limits. Off by default:
    /// the peer's address is used.
    #[arg(long, env = "ROLE_QUIZ_STATS_CLIENT_IP_HEADER")]
    pub client_ip_header: Option<String>,
    /// How long readers are served a pack's tallies from memory before the
    /// database is asked again.
    #[arg(long, env = "ROLE_QUIZ_STATS_CACHE_SECONDS", default_value_t = 5)]
    pub cache_seconds: u64,
}

#[derive(Debug, Subcommand)]
pub enum TokenCommand {
    /// Print a new dashboard token (only its hash is stored: keep it).
    Create {
        #[arg(long, env = "ROLE_QUIZ_STATS_DATABASE", default_value = DEFAULT_DATABASE)]
        database: String,
    },
    /// Revoke a token: give the token, or its id (the part after `rqs_`, before the next `_`).
    Revoke {
        #[arg(long, env = "ROLE_QUIZ_STATS_DATABASE", default_value = DEFAULT_DATABASE)]
        database: String,
        token: String,
    },
}
