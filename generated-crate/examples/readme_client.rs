#![forbid(unsafe_code)]

use error_codes::client::{self, ClientError};
use error_codes::{Code, ErrorCode};

async fn read_secret(http: &reqwest::Client, path: &str) -> Result<String, ClientError> {
    let url = format!("http://127.0.0.1:8080/secrets/{path}");
    let response = http.get(url).send().await?;
    Ok(client::check(response).await?.text().await?)
}

#[tokio::main]
async fn main() {
    let http = reqwest::Client::new();
    match read_secret(&http, "db/password").await {
        Ok(secret) => println!("{secret}"),
        Err(ClientError::Api(error)) => match error.code() {
            Code::Known(ErrorCode::SecretNotFound) => println!("no such secret"),
            Code::Known(ErrorCode::ValidationError) => {
                for (field, problems) in error.field_errors().unwrap_or_default().fields {
                    println!("{field}: {}", problems.join("; "));
                }
            }
            // Codes added to the API after this client was built land here too.
            _ if error.is_retryable() => println!("retry after {:?}", error.retry_after()),
            code => println!("{code} ({}): {}", error.status(), error.message()),
        },
        Err(other) => eprintln!("{other}"),
    }
}
