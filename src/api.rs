//! The one RunComfy client: the only place in the app that knows the API's URLs.
//!
//! Every call sends the token in the `Authorization` header and nowhere else, gives up
//! after a timeout, and turns every failure into an [`ApiError`] the UI can explain.

use gloo_net::http::{Request, RequestBuilder};
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::browser::deadline::Deadline;
use crate::core::api::balance::{read_balance, Balance};
use crate::core::api::error::{parse_json, ApiError};
use crate::core::api::token;
use crate::core::api::types::{CancelResponse, ResultResponse, StatusResponse, SubmitResponse};
use crate::core::catalog::{
    read_catalog_entry, read_catalog_page, read_categories, CatalogEntry, CatalogPage, CategoryList,
};
use crate::core::job::upload;

/// The API base used unless the user sets another one (e.g. a same-origin proxy).
pub const DEFAULT_API_BASE: &str = "https://model-api.runcomfy.net";

/// RunComfy's account host: one wallet funds every product, and its balance is asked of
/// this host, not of the Model API's.
const ACCOUNT_API_BASE: &str = "https://api.runcomfy.net";

/// Where the hosting recipe (`deploy/nginx-site.conf`, and `make serve`) proxies RunComfy on
/// the app's own site.
const SITE_PROXY_PATH: &str = "/runcomfy";

/// The API base of this site's own same-origin proxy (`https://your.host/runcomfy`), for a
/// browser that RunComfy's CORS policy blocks; `None` where the page has no http(s) origin.
pub fn site_proxy_base() -> Option<String> {
    let origin = web_sys::window()?.location().origin().ok()?;
    origin
        .starts_with("http")
        .then(|| format!("{origin}{SITE_PROXY_PATH}"))
}

/// A client for one API base and one token.
#[derive(Clone, PartialEq)]
pub struct RunComfyClient {
    base: String,
    token: String,
}

impl RunComfyClient {
    /// A client for `base` (with or without a trailing slash) that authenticates with `token`.
    pub fn new(base: &str, token: &str) -> Self {
        Self {
            base: base.trim().trim_end_matches('/').to_owned(),
            token: token::trimmed(token).to_owned(),
        }
    }

    /// Where a submit for `model_id` goes (shown in "Copy as cURL").
    pub fn submit_url(&self, model_id: &str) -> String {
        format!("{}/v1/models/{}", self.base, model_path(model_id))
    }

    /// `POST /v1/models/{model_id}`: queues a job. Never retried: a retry could bill twice.
    pub async fn submit(
        &self,
        model_id: &str,
        body: &Map<String, Value>,
    ) -> Result<SubmitResponse, ApiError> {
        let url = self.submit_url(model_id);
        let json = Value::Object(body.clone()).to_string();
        self.send(Request::post(&url), Some(json)).await
    }

    /// `GET /v1/requests/{id}/status`.
    pub async fn status(&self, request_id: &str) -> Result<StatusResponse, ApiError> {
        let url = self.request_url(request_id, "status");
        self.send(Request::get(&url), None).await
    }

    /// `GET /v1/requests/{id}/result?include_cost=true`: the outputs once finished, with
    /// what the job cost.
    pub async fn result(&self, request_id: &str) -> Result<ResultResponse, ApiError> {
        let url = format!(
            "{}?include_cost=true",
            self.request_url(request_id, "result")
        );
        self.send(Request::get(&url), None).await
    }

    /// `GET /v1/models?search=…&category=…&include_schema=true&limit=…&offset=…`: one page
    /// of RunComfy's catalog, each entry with its input schema.
    pub async fn catalog(&self, query: &CatalogQuery) -> Result<CatalogPage, ApiError> {
        let mut url = format!(
            "{}/v1/models?include_schema=true&limit={}&offset={}",
            self.base, query.limit, query.offset
        );
        for (key, value) in [("search", &query.search), ("category", &query.category)] {
            let value = value.trim();
            if !value.is_empty() {
                url.push_str(&format!("&{key}={}", js_sys::encode_uri_component(value)));
            }
        }
        let (status, body, retry_after) = self.send_text(Request::get(&url), None).await?;
        read_catalog_page(status, &body, retry_after.as_deref())
    }

    /// `GET /v1/models/{model_id}`: one catalog entry, with its input schema.
    pub async fn catalog_entry(&self, model_id: &str) -> Result<CatalogEntry, ApiError> {
        let url = format!("{}/v1/models/{}", self.base, model_path(model_id));
        let (status, body, retry_after) = self.send_text(Request::get(&url), None).await?;
        read_catalog_entry(status, &body, retry_after.as_deref())
    }

    /// `GET /v1/models/categories`: the catalog's categories.
    pub async fn categories(&self) -> Result<CategoryList, ApiError> {
        let url = format!("{}/v1/models/categories", self.base);
        let (status, body, retry_after) = self.send_text(Request::get(&url), None).await?;
        read_categories(status, &body, retry_after.as_deref())
    }

    /// `POST /v1/requests/{id}/cancel`: only a queued job can be cancelled.
    pub async fn cancel(&self, request_id: &str) -> Result<CancelResponse, ApiError> {
        let url = self.request_url(request_id, "cancel");
        self.send(Request::post(&url), None).await
    }

    /// `GET /prod/v2/balance`: what is left in the account. With RunComfy's own API base
    /// it is asked of RunComfy's account host; through a proxy (the hosting recipe's
    /// carries it too) or another base, of that base.
    pub async fn balance(&self) -> Result<Balance, ApiError> {
        let base = if self.base == DEFAULT_API_BASE {
            ACCOUNT_API_BASE
        } else {
            &self.base
        };
        let url = format!("{base}/prod/v2/balance");
        let (status, body, retry_after) = self.send_text(Request::get(&url), None).await?;
        let value: Value = parse_json(status, &body, retry_after.as_deref())?;
        read_balance(&value).ok_or(ApiError::Malformed { status })
    }

    fn request_url(&self, request_id: &str, action: &str) -> String {
        let id = String::from(js_sys::encode_uri_component(request_id));
        format!("{}/v1/requests/{id}/{action}", self.base)
    }

    /// Adds the token, sends with a timeout and classifies the answer.
    async fn send<T: DeserializeOwned>(
        &self,
        builder: RequestBuilder,
        json_body: Option<String>,
    ) -> Result<T, ApiError> {
        let (status, body, retry_after) = self.send_text(builder, json_body).await?;
        parse_json(status, &body, retry_after.as_deref())
    }

    /// Adds the token, sends with a timeout that grows with the body (its upload on a slow
    /// connection); the status, the body as text and `Retry-After`. A request that cannot
    /// be built (a token no header can carry) is an error before anything is sent.
    async fn send_text(
        &self,
        builder: RequestBuilder,
        json_body: Option<String>,
    ) -> Result<(u16, String, Option<String>), ApiError> {
        // `Headers.set` throws on such a token, and a throw would pass through the wasm,
        // leaving the caller waiting for good.
        token::check(&self.token).map_err(|problem| ApiError::TokenUnsendable {
            position: u32::try_from(problem.position).unwrap_or(u32::MAX),
        })?;
        let body_bytes = json_body.as_ref().map_or(0, |json| json.len() as u64);
        let deadline = Deadline::after_ms(upload::deadline_ms(body_bytes));
        let builder = builder
            .header("Authorization", &format!("Bearer {}", self.token))
            .header("Accept", "application/json")
            .abort_signal(deadline.signal());
        let request = match json_body {
            Some(json) => builder
                .header("Content-Type", "application/json")
                .body(json),
            None => builder.build(),
        }
        .map_err(|_| ApiError::Network)?;
        let response = request
            .send()
            .await
            .map_err(|_| failure(deadline.passed()))?;
        let status = response.status();
        let retry_after = response.headers().get("retry-after");
        let body = response
            .text()
            .await
            .map_err(|_| failure(deadline.passed()))?;
        Ok((status, body, retry_after))
    }
}

/// What to ask the catalog for: a search text, a category (both may be empty), and which
/// page.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct CatalogQuery {
    /// Words to look for in a model's name, id and categories.
    pub search: String,
    /// One category, or "" for all.
    pub category: String,
    /// How many entries to skip.
    pub offset: u64,
    /// How many entries at most.
    pub limit: u64,
}

/// A rejected fetch: our own timeout, or the network (offline, DNS, CORS: the browser does
/// not say which, on purpose).
fn failure(timed_out: bool) -> ApiError {
    if timed_out {
        ApiError::Timeout
    } else {
        ApiError::Network
    }
}

/// A model id's path, each segment encoded (`wan-ai/wan-2-2/image-to-video` stays readable).
/// A `.` or `..` segment (from a damaged store or a hostile import) is dropped: the URL
/// parser would walk it up, out of `/v1/models/`.
fn model_path(model_id: &str) -> String {
    model_id
        .split('/')
        .filter(|s| !s.is_empty() && *s != "." && *s != "..")
        .map(|s| String::from(js_sys::encode_uri_component(s)))
        .collect::<Vec<_>>()
        .join("/")
}
