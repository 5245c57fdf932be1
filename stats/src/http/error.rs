//! Every refusal as a status and a short JSON body (`{"error": "..."}`),
//! in one place. Nothing in a body tells a client more than what to fix.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("{0}")]
    BadRequest(String),
    #[error("the body is larger than {} bytes", super::MAX_BODY)]
    TooLarge,
    #[error("answers are taken from the blog's own pages only")]
    Origin,
    #[error("too many requests: slow down")]
    TooMany,
    #[error("this dashboard needs its token")]
    Unauthorized,
    #[error("{0}")]
    Full(&'static str),
    #[error("the counts cannot be reached just now")]
    Database(#[from] sqlx::Error),
}

impl ApiError {
    fn status(&self) -> StatusCode {
        match self {
            ApiError::BadRequest(_) => StatusCode::BAD_REQUEST,
            ApiError::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::Origin => StatusCode::FORBIDDEN,
            ApiError::TooMany => StatusCode::TOO_MANY_REQUESTS,
            ApiError::Unauthorized => StatusCode::UNAUTHORIZED,
            ApiError::Full(_) => StatusCode::UNPROCESSABLE_ENTITY,
            ApiError::Database(_) => StatusCode::SERVICE_UNAVAILABLE,
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        if let ApiError::Database(error) = &self {
            eprintln!("role-quiz-stats: database: {error}");
        }
        let mut response = (
            self.status(),
            Json(serde_json::json!({ "error": self.to_string() })),
        )
            .into_response();
        if matches!(self, ApiError::Unauthorized) {
            response.headers_mut().insert(
                axum::http::header::WWW_AUTHENTICATE,
                axum::http::HeaderValue::from_static("Bearer"),
            );
        }
        response
    }
}
