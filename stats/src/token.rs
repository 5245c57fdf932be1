//! Dashboard tokens: `rqs_<id>_<secret>`. The id finds the token's row; the
//! secret is stored only as an Argon2id hash, so a copy of the database
//! opens no dashboard. Checking a wrong token costs as much as a right one
//! (an unknown id is checked against a hash too).

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;

use crate::db::Db;

/// A new token, and what to store for it: (token, id, hash).
pub fn create() -> (String, String, String) {
    let id = hex(&random::<4>());
    let secret = hex(&random::<32>());
    let salt = SaltString::encode_b64(&random::<16>()).expect("16 bytes is a valid salt");
    let hash = Argon2::default()
        .hash_password(secret.as_bytes(), &salt)
        .expect("Argon2id with default parameters hashes any secret")
        .to_string();
    (format!("rqs_{id}_{secret}"), id, hash)
}

/// The id in a token, or a token's id itself.
pub fn id_of(token: &str) -> &str {
    token
        .strip_prefix("rqs_")
        .and_then(|rest| rest.split('_').next())
        .unwrap_or(token)
}

/// Whether `token` opens the dashboard.
pub async fn check(db: &Db, token: &str) -> bool {
    let (id, secret) = match token
        .strip_prefix("rqs_")
        .and_then(|rest| rest.split_once('_'))
    {
        Some((id, secret)) if id.len() == 8 && secret.len() == 64 => (id, secret),
        _ => ("", token),
    };
    let stored = if id.is_empty() {
        None
    } else {
        db.token_hash(id).await.ok().flatten()
    };
    let hash = stored.unwrap_or_else(|| DECOY.with(|decoy| decoy.clone()));
    let verified = tokio::task::spawn_blocking({
        let secret = secret.to_owned();
        move || {
            PasswordHash::new(&hash).is_ok_and(|hash| {
                Argon2::default()
                    .verify_password(secret.as_bytes(), &hash)
                    .is_ok()
            })
        }
    })
    .await
    .unwrap_or(false);
    verified && !id.is_empty()
}

thread_local! {
    /// A hash no secret matches, checked when a token's id is unknown, so
    /// that a wrong id takes as long as a wrong secret.
    static DECOY: String = create().2;
}

fn random<const N: usize>() -> [u8; N] {
    let mut bytes = [0; N];
    getrandom::fill(&mut bytes).expect("the system's random source works");
    bytes
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_is_stored_as_a_hash_of_its_secret() {
        let (token, id, hash) = create();
        assert_eq!(id_of(&token), id);
        assert!(hash.starts_with("$argon2id$"));
        let secret = token.rsplit('_').next().unwrap();
        assert!(!hash.contains(secret));
        assert_eq!(secret.len(), 64);
    }
}
