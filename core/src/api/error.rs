//! Every way an API call can fail, classified from the HTTP status and body, with the
//! sentence the user sees (in English or German).

use std::fmt;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::i18n::{Lang, Texts};

/// A failed API call.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum ApiError {
    /// Token missing, wrong or expired (HTTP 401, code 400004).
    Unauthorized {
        /// The server's message, if any.
        message: Option<String>,
    },
    /// Token not allowed to use the model (HTTP 403, code 403001).
    Forbidden {
        /// The server's message, if any.
        message: Option<String>,
    },
    /// Balance too low (HTTP 402, code 400002).
    InsufficientBalance,
    /// Unknown model or request, or an expired one (HTTP 404, codes 404001, 400001).
    NotFound {
        /// The server's message, if any.
        message: Option<String>,
    },
    /// Inputs rejected (HTTP 400, 422).
    Invalid {
        /// Per-field complaints from `detail`.
        details: Vec<FieldError>,
        /// The server's message, if any.
        message: Option<String>,
    },
    /// Too many requests (HTTP 429).
    RateLimited {
        /// `Retry-After` in seconds, when it was a plain number.
        retry_after_secs: Option<u32>,
    },
    /// The service is down or overloaded (HTTP 5xx).
    Unavailable {
        /// The HTTP status.
        status: u16,
    },
    /// HTTP 2xx whose body carries an `error_code` not mapped to another variant.
    ErrorInBody {
        /// The code, as text.
        code: String,
        /// The server's message, if any.
        message: Option<String>,
    },
    /// The body is not the JSON expected.
    Malformed {
        /// The HTTP status.
        status: u16,
    },
    /// The fetch itself failed: offline, DNS, or blocked by CORS (indistinguishable from
    /// a page).
    Network,
    /// No answer in time.
    Timeout,
    /// The token holds a character no HTTP header can carry: nothing was sent.
    TokenUnsendable {
        /// Where the character stands, counted in characters from 1.
        position: u32,
    },
    /// A local file of the request is no longer on this device (the browser cleared its
    /// store, or it was chosen in a private window): nothing was sent.
    LocalFileMissing,
    /// Any other status.
    Unexpected {
        /// The HTTP status.
        status: u16,
        /// The server's message, if any.
        message: Option<String>,
    },
}

/// One complaint about an input.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FieldError {
    /// The property it is about: the last string of `detail[].loc` other than "body".
    pub field: Option<String>,
    /// What is wrong (`detail[].msg`).
    pub message: String,
}

/// Turns an HTTP answer into its JSON body or an error. A top-level non-null
/// `error_code` is an error even under HTTP 200.
pub fn classify_response(
    status: u16,
    body: &str,
    retry_after: Option<&str>,
) -> Result<Value, ApiError> {
    let ok = (200..300).contains(&status);
    let parsed = serde_json::from_str::<Value>(body).ok();
    let obj = parsed.as_ref().and_then(Value::as_object);
    if let Some(code) = obj
        .and_then(|o| o.get("error_code"))
        .filter(|c| !c.is_null())
    {
        let code = match code {
            Value::String(s) => s.trim().to_owned(),
            other => other.to_string(),
        };
        let message = message_of(obj);
        return Err(match code.as_str() {
            "400004" => ApiError::Unauthorized { message },
            "400002" => ApiError::InsufficientBalance,
            "404001" | "400001" => ApiError::NotFound { message },
            "403001" => ApiError::Forbidden { message },
            _ if !ok => by_status(status, obj, retry_after),
            _ => ApiError::ErrorInBody { code, message },
        });
    }
    match parsed {
        Some(value) if ok => Ok(value),
        _ if ok => Err(ApiError::Malformed { status }),
        _ => Err(by_status(status, obj, retry_after)),
    }
}

/// `classify_response`, then reads the body as `T`; a body of another shape is
/// `Malformed`.
pub fn parse_json<T: DeserializeOwned>(
    status: u16,
    body: &str,
    retry_after: Option<&str>,
) -> Result<T, ApiError> {
    let value = classify_response(status, body, retry_after)?;
    serde_json::from_value(value).map_err(|_| ApiError::Malformed { status })
}

/// The error for a non-2xx status; `obj` is the body when it was a JSON object.
fn by_status(status: u16, obj: Option<&Map<String, Value>>, retry_after: Option<&str>) -> ApiError {
    match status {
        401 => ApiError::Unauthorized {
            message: message_of(obj),
        },
        402 => ApiError::InsufficientBalance,
        403 => ApiError::Forbidden {
            message: message_of(obj),
        },
        404 => ApiError::NotFound {
            message: message_of(obj),
        },
        400 | 422 => ApiError::Invalid {
            details: obj.map(|o| details(o.get("detail"))).unwrap_or_default(),
            // `detail` already feeds `details`, so it is not also the message.
            message: obj.and_then(|o| text_of(o, &["error_message", "message", "error"])),
        },
        429 => ApiError::RateLimited {
            // Only delta-seconds; an HTTP date would need a clock, so it reads as none.
            retry_after_secs: retry_after.and_then(|r| r.trim().parse::<u32>().ok()),
        },
        500..=599 => ApiError::Unavailable { status },
        _ => ApiError::Unexpected {
            status,
            message: message_of(obj),
        },
    }
}

/// The server's message: `error_message`, `message`, `error`, or a string `detail`
/// (FastAPI's `{"detail": "Not authenticated"}`).
fn message_of(obj: Option<&Map<String, Value>>) -> Option<String> {
    text_of(obj?, &["error_message", "message", "error", "detail"])
}

/// The first non-blank string among `keys`.
fn text_of(obj: &Map<String, Value>, keys: &[&str]) -> Option<String> {
    keys.iter()
        .filter_map(|k| obj.get(*k).and_then(Value::as_str))
        .find(|s| !s.trim().is_empty())
        .map(str::to_owned)
}

/// `detail` as complaints: an array of `{loc, msg, type}` (FastAPI) or of strings, or a
/// single string or object.
fn details(detail: Option<&Value>) -> Vec<FieldError> {
    match detail {
        Some(Value::Array(items)) => items.iter().map(field_error).collect(),
        Some(Value::Null) | None => Vec::new(),
        Some(one) => vec![field_error(one)],
    }
}

fn field_error(item: &Value) -> FieldError {
    match item {
        Value::String(s) => FieldError {
            field: None,
            message: s.clone(),
        },
        Value::Object(obj) => FieldError {
            field: obj.get("loc").and_then(Value::as_array).and_then(|loc| {
                loc.iter()
                    .rev()
                    .filter_map(Value::as_str)
                    .find(|s| *s != "body")
                    .map(str::to_owned)
            }),
            message: text_of(obj, &["msg", "message"]).unwrap_or_else(|| item.to_string()),
        },
        other => FieldError {
            field: None,
            message: other.to_string(),
        },
    }
}

impl ApiError {
    /// The sentence (or two) to show the user, in English.
    pub fn message(&self) -> String {
        self.message_in(Lang::En)
    }

    /// The sentence (or two) to show the user, in `lang`. What the server said is quoted
    /// as given.
    pub fn message_in(&self, lang: Lang) -> String {
        let t = lang.texts();
        match self {
            ApiError::Unauthorized { message } => {
                with_server(t, t.api_unauthorized(), message.as_deref())
            }
            ApiError::Forbidden { message } => {
                with_server(t, t.api_forbidden(), message.as_deref())
            }
            ApiError::InsufficientBalance => t.api_insufficient_balance(),
            ApiError::NotFound { message } => with_server(t, t.api_not_found(), message.as_deref()),
            ApiError::Invalid { details, message } => {
                invalid_message(t, details, message.as_deref())
            }
            ApiError::RateLimited {
                retry_after_secs: Some(secs),
            } => t.api_rate_limited_for(*secs),
            ApiError::RateLimited {
                retry_after_secs: None,
            } => t.api_rate_limited(),
            ApiError::Unavailable { status } => t.api_unavailable(&status.to_string()),
            ApiError::ErrorInBody { code, message } => match message {
                Some(m) => t.api_error_in_body_said(&code.to_string(), m),
                None => t.api_error_in_body(&code.to_string()),
            },
            ApiError::Malformed { status } => t.api_malformed(&status.to_string()),
            ApiError::Network => t.api_network(),
            ApiError::Timeout => t.api_timeout(),
            ApiError::TokenUnsendable { position } => t.api_token_unsendable(*position),
            ApiError::LocalFileMissing => t.api_local_file_missing(),
            ApiError::Unexpected { status, message } => {
                with_server(t, t.api_unexpected(&status.to_string()), message.as_deref())
            }
        }
    }

    /// Whether waiting may help: network trouble, timeouts, 5xx, rate limits, and
    /// garbled 5xx bodies. The app retries these while polling, never on submit (a
    /// repeated submit could start and bill a second job).
    pub fn is_transient(&self) -> bool {
        match self {
            ApiError::Network
            | ApiError::Timeout
            | ApiError::Unavailable { .. }
            | ApiError::RateLimited { .. } => true,
            ApiError::Malformed { status } => *status >= 500,
            _ => false,
        }
    }

    /// How long the server asked to wait, in ms.
    pub fn retry_after_ms(&self) -> Option<u32> {
        match self {
            ApiError::RateLimited {
                retry_after_secs: Some(secs),
            } => Some(secs.saturating_mul(1000)),
            _ => None,
        }
    }

    /// The per-field complaints of an `Invalid` error (empty otherwise).
    pub fn field_errors(&self) -> &[FieldError] {
        match self {
            ApiError::Invalid { details, .. } => details,
            _ => &[],
        }
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for ApiError {}

/// `base`, plus what the server said when it said something (quoted as given).
fn with_server(t: Texts, base: String, message: Option<&str>) -> String {
    match message {
        Some(m) => t.api_with_server(&base, m),
        None => base,
    }
}

/// The rejection, with the server's per-field complaints (or its message) as given.
fn invalid_message(t: Texts, details: &[FieldError], message: Option<&str>) -> String {
    let mut out = t.api_invalid();
    if details.is_empty() {
        match message {
            Some(m) => {
                out.push(' ');
                out.push_str(m);
            }
            None => {
                out.push(' ');
                out.push_str(&t.api_invalid_schema());
            }
        }
        return out;
    }
    for (i, d) in details.iter().enumerate() {
        out.push_str(if i == 0 { " " } else { "; " });
        if let Some(field) = &d.field {
            out.push_str(field);
            out.push_str(": ");
        }
        out.push_str(&d.message);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::german::assert_german;
    use serde_json::json;

    fn classify(status: u16, body: Value) -> Result<Value, ApiError> {
        classify_response(status, &body.to_string(), None)
    }

    fn err(status: u16, body: Value) -> ApiError {
        match classify(status, body) {
            Ok(v) => panic!("accepted: {v}"),
            Err(e) => e,
        }
    }

    fn msg(m: &str) -> Option<String> {
        Some(m.to_owned())
    }

    #[test]
    fn two_hundreds_pass_the_body_through() {
        let body = json!({"request_id": "r", "error_code": null});
        assert_eq!(classify(200, body.clone()), Ok(body.clone()));
        assert_eq!(classify(202, body.clone()), Ok(body));
        assert_eq!(classify(299, json!([1])), Ok(json!([1])));
    }

    #[test]
    fn non_json_bodies() {
        assert_eq!(
            classify_response(200, "<html>", None),
            Err(ApiError::Malformed { status: 200 })
        );
        assert_eq!(
            classify_response(204, "", None),
            Err(ApiError::Malformed { status: 204 })
        );
        assert_eq!(
            classify_response(502, "<html>Bad gateway</html>", None),
            Err(ApiError::Unavailable { status: 502 })
        );
        assert_eq!(
            classify_response(401, "nope", None),
            Err(ApiError::Unauthorized { message: None })
        );
        assert_eq!(
            classify_response(418, "", None),
            Err(ApiError::Unexpected {
                status: 418,
                message: None
            })
        );
    }

    #[test]
    fn error_codes_win_even_under_200() {
        let body = |code: Value| json!({"error_code": code, "error_message": "m"});
        assert_eq!(
            err(200, body(json!(400004))),
            ApiError::Unauthorized { message: msg("m") }
        );
        assert_eq!(
            err(200, body(json!("400004"))),
            ApiError::Unauthorized { message: msg("m") }
        );
        assert_eq!(err(200, body(json!(400002))), ApiError::InsufficientBalance);
        assert_eq!(
            err(200, body(json!(404001))),
            ApiError::NotFound { message: msg("m") }
        );
        assert_eq!(
            err(400, body(json!(400001))),
            ApiError::NotFound { message: msg("m") }
        );
        assert_eq!(
            err(403, body(json!(" 403001 "))),
            ApiError::Forbidden { message: msg("m") }
        );
        assert_eq!(
            err(200, body(json!(500123))),
            ApiError::ErrorInBody {
                code: "500123".into(),
                message: msg("m")
            }
        );
        assert_eq!(
            err(200, json!({"error_code": "E_X"})),
            ApiError::ErrorInBody {
                code: "E_X".into(),
                message: None
            }
        );
        // An unknown code under an error status is classified by the status.
        assert_eq!(
            err(503, body(json!(1))),
            ApiError::Unavailable { status: 503 }
        );
        assert_eq!(
            err(401, body(json!(1))),
            ApiError::Unauthorized { message: msg("m") }
        );
    }

    #[test]
    fn statuses() {
        let m = json!({"message": "why"});
        assert_eq!(
            err(401, m.clone()),
            ApiError::Unauthorized {
                message: msg("why")
            }
        );
        assert_eq!(err(402, m.clone()), ApiError::InsufficientBalance);
        assert_eq!(
            err(403, m.clone()),
            ApiError::Forbidden {
                message: msg("why")
            }
        );
        assert_eq!(
            err(404, m.clone()),
            ApiError::NotFound {
                message: msg("why")
            }
        );
        assert_eq!(err(500, m.clone()), ApiError::Unavailable { status: 500 });
        assert_eq!(err(599, m.clone()), ApiError::Unavailable { status: 599 });
        assert_eq!(
            err(600, m.clone()),
            ApiError::Unexpected {
                status: 600,
                message: msg("why")
            }
        );
        assert_eq!(
            err(409, m.clone()),
            ApiError::Unexpected {
                status: 409,
                message: msg("why")
            }
        );
        assert_eq!(
            err(302, json!({})),
            ApiError::Unexpected {
                status: 302,
                message: None
            }
        );
        assert_eq!(
            err(199, json!({})),
            ApiError::Unexpected {
                status: 199,
                message: None
            }
        );
        assert_eq!(
            err(401, json!({"detail": "Not authenticated"})),
            ApiError::Unauthorized {
                message: msg("Not authenticated")
            }
        );
        assert_eq!(
            err(401, json!({"error_message": " ", "message": "second"})),
            ApiError::Unauthorized {
                message: msg("second")
            }
        );
        assert_eq!(
            err(400, json!({})),
            ApiError::Invalid {
                details: vec![],
                message: None
            }
        );
    }

    #[test]
    fn validation_details_in_every_shape() {
        let fastapi = json!({"detail": [
            {"loc": ["body", "img_url"], "msg": "Image too small", "type": "value_error"},
            {"loc": ["body", "images", 0], "msg": "bad"},
            {"loc": ["body"], "msg": "whole body"},
            {"msg": "no loc"},
            {"loc": ["body", "x"]},
        ]});
        let e = err(422, fastapi);
        let fe = |field: Option<&str>, m: &str| FieldError {
            field: field.map(str::to_owned),
            message: m.into(),
        };
        assert_eq!(
            e.field_errors(),
            [
                fe(Some("img_url"), "Image too small"),
                fe(Some("images"), "bad"),
                fe(None, "whole body"),
                fe(None, "no loc"),
                fe(Some("x"), r#"{"loc":["body","x"]}"#),
            ]
        );
        let e = err(
            400,
            json!({"detail": ["first", "second"], "message": "Bad input"}),
        );
        assert_eq!(e.field_errors(), [fe(None, "first"), fe(None, "second")]);
        assert!(matches!(e, ApiError::Invalid { message: Some(ref m), .. } if m == "Bad input"));
        let e = err(422, json!({"detail": "prompt is required"}));
        assert_eq!(e.field_errors(), [fe(None, "prompt is required")]);
        assert!(matches!(e, ApiError::Invalid { message: None, .. }));
        let e = err(
            422,
            json!({"detail": {"loc": ["query", "include_cost"], "msg": "m"}}),
        );
        assert_eq!(e.field_errors(), [fe(Some("include_cost"), "m")]);
        assert_eq!(err(422, json!({"detail": null})).field_errors(), []);
        assert_eq!(
            err(422, json!({"detail": [3]})).field_errors(),
            [fe(None, "3")]
        );
        assert_eq!(ApiError::Timeout.field_errors(), []);
    }

    #[test]
    fn retry_after() {
        let rl = |h: Option<&str>| classify_response(429, "{}", h);
        let secs = |s: Option<u32>| {
            Err(ApiError::RateLimited {
                retry_after_secs: s,
            })
        };
        assert_eq!(rl(Some("5")), secs(Some(5)));
        assert_eq!(rl(Some(" 0 ")), secs(Some(0)));
        assert_eq!(rl(Some("4294967295")), secs(Some(u32::MAX)));
        assert_eq!(rl(Some("4294967296")), secs(None));
        assert_eq!(rl(Some("Wed, 21 Oct 2015 07:28:00 GMT")), secs(None));
        assert_eq!(rl(Some("-1")), secs(None));
        assert_eq!(rl(Some("1.5")), secs(None));
        assert_eq!(rl(None), secs(None));
        assert_eq!(classify_response(429, "Too Many", Some("7")), secs(Some(7)));
        let e = ApiError::RateLimited {
            retry_after_secs: Some(5),
        };
        assert_eq!(e.retry_after_ms(), Some(5000));
        let huge = ApiError::RateLimited {
            retry_after_secs: Some(u32::MAX),
        };
        assert_eq!(huge.retry_after_ms(), Some(u32::MAX));
        assert_eq!(
            ApiError::RateLimited {
                retry_after_secs: None
            }
            .retry_after_ms(),
            None
        );
        assert_eq!(ApiError::Unavailable { status: 503 }.retry_after_ms(), None);
    }

    #[test]
    fn parse_json_checks_the_shape() {
        #[derive(Debug, PartialEq, Deserialize)]
        struct Id {
            request_id: String,
        }
        assert_eq!(
            parse_json::<Id>(200, r#"{"request_id":"r","x":1}"#, None),
            Ok(Id {
                request_id: "r".into()
            })
        );
        assert_eq!(
            parse_json::<Id>(200, r#"{"id":"r"}"#, None),
            Err(ApiError::Malformed { status: 200 })
        );
        assert_eq!(
            parse_json::<Id>(404, "{}", None),
            Err(ApiError::NotFound { message: None })
        );
        assert_eq!(
            parse_json::<Id>(200, r#"{"request_id":"r","error_code":400002}"#, None),
            Err(ApiError::InsufficientBalance)
        );
    }

    /// One complaint about a field and one about the request.
    fn two_details() -> Vec<FieldError> {
        vec![
            FieldError {
                field: Some("img_url".into()),
                message: "Image too small".into(),
            },
            FieldError {
                field: None,
                message: "Something else".into(),
            },
        ]
    }

    /// `all()`, plus a rate limit that names its wait (a message of its own).
    fn every_message_kind() -> Vec<ApiError> {
        let mut list = all();
        list.push(ApiError::RateLimited {
            retry_after_secs: Some(30),
        });
        list.push(ApiError::LocalFileMissing);
        list
    }

    fn all() -> Vec<ApiError> {
        vec![
            ApiError::Unauthorized { message: None },
            ApiError::Forbidden { message: None },
            ApiError::InsufficientBalance,
            ApiError::NotFound { message: None },
            ApiError::Invalid {
                details: vec![],
                message: None,
            },
            ApiError::RateLimited {
                retry_after_secs: None,
            },
            ApiError::Unavailable { status: 503 },
            ApiError::ErrorInBody {
                code: "9".into(),
                message: None,
            },
            ApiError::Malformed { status: 200 },
            ApiError::Network,
            ApiError::Timeout,
            ApiError::Unexpected {
                status: 418,
                message: None,
            },
        ]
    }

    #[test]
    fn messages_are_distinct_and_exact() {
        let texts: Vec<String> = all().iter().map(ApiError::message).collect();
        for (i, a) in texts.iter().enumerate() {
            assert!(!a.is_empty());
            for b in &texts[i + 1..] {
                assert_ne!(a, b);
            }
        }
        assert_eq!(
            texts[0],
            "RunComfy did not accept the API token: it is missing, wrong or expired. Paste a \
             valid token from your RunComfy profile."
        );
        assert_eq!(
            texts[1],
            "This token is not allowed to use this model (permission denied)."
        );
        assert_eq!(
            texts[2],
            "Your RunComfy balance is too low to run this job. Top up your account, then try again."
        );
        assert_eq!(
            texts[3],
            "RunComfy does not know this model or request. It may have expired (results are kept \
             for a limited time)."
        );
        assert_eq!(
            texts[5],
            "Too many requests: RunComfy is rate limiting. Wait a moment and try again."
        );
        assert_eq!(
            texts[6],
            "RunComfy is unavailable right now (HTTP 503). Nothing is lost: try again in a moment."
        );
        assert_eq!(texts[7], "RunComfy reported an error (code 9).");
        assert_eq!(
            texts[8],
            "RunComfy answered with something that is not the expected JSON (HTTP 200)."
        );
        assert_eq!(
            texts[9],
            "Could not reach the API. Either you are offline, or the browser blocked the request \
             (CORS): the API base URL must allow this page's origin. Try the same-origin proxy in \
             Settings → API base URL."
        );
        assert_eq!(
            texts[10],
            "The API did not answer in time. If this was a submit, the job may still have \
             started: check your RunComfy requests before you try again."
        );
        assert_eq!(texts[11], "Unexpected answer from RunComfy (HTTP 418).");
        assert_eq!(ApiError::Timeout.to_string(), texts[10]);
    }

    #[test]
    fn messages_with_server_text_and_details() {
        assert_eq!(
            ApiError::Unauthorized {
                message: msg("Token expired")
            }
            .message(),
            "RunComfy did not accept the API token: it is missing, wrong or expired. Paste a \
             valid token from your RunComfy profile. (RunComfy: Token expired)"
        );
        assert_eq!(
            ApiError::RateLimited {
                retry_after_secs: Some(30)
            }
            .message(),
            "Too many requests: RunComfy is rate limiting. Wait 30 s and try again."
        );
        assert_eq!(
            ApiError::ErrorInBody {
                code: "7".into(),
                message: msg("boom")
            }
            .message(),
            "RunComfy reported an error (code 7): boom"
        );
        assert_eq!(
            ApiError::Unexpected {
                status: 409,
                message: msg("busy")
            }
            .message(),
            "Unexpected answer from RunComfy (HTTP 409). (RunComfy: busy)"
        );
        let invalid = |details: Vec<FieldError>, message: Option<String>| {
            ApiError::Invalid { details, message }.message()
        };
        assert_eq!(
            invalid(vec![], None),
            "RunComfy rejected the inputs: they do not match the model's schema."
        );
        assert_eq!(
            invalid(vec![], msg("bad")),
            "RunComfy rejected the inputs: bad"
        );
        let details = two_details();
        assert_eq!(
            invalid(details, msg("ignored")),
            "RunComfy rejected the inputs: img_url: Image too small; Something else"
        );
    }

    #[test]
    fn transience() {
        let transient: Vec<bool> = all().iter().map(ApiError::is_transient).collect();
        assert_eq!(
            transient,
            [false, false, false, false, false, true, true, false, false, true, true, false]
        );
        assert!(ApiError::Malformed { status: 500 }.is_transient());
        assert!(!ApiError::Malformed { status: 499 }.is_transient());
    }

    #[test]
    fn errors_round_trip_for_persistence() {
        let mut list = all();
        list.push(ApiError::Invalid {
            details: vec![FieldError {
                field: Some("f".into()),
                message: "m".into(),
            }],
            message: msg("x"),
        });
        for e in list {
            let text = serde_json::to_string(&e).expect("serialises");
            assert_eq!(serde_json::from_str::<ApiError>(&text).ok(), Some(e));
        }
    }

    #[test]
    fn english_is_the_default_message() {
        for e in every_message_kind() {
            assert_eq!(e.message(), e.message_in(Lang::En));
            assert_eq!(e.to_string(), e.message_in(Lang::En));
        }
    }

    #[test]
    fn every_message_in_german() {
        let list = every_message_kind();
        let texts: Vec<String> = list.iter().map(|e| e.message_in(Lang::De)).collect();
        for (e, de) in list.iter().zip(&texts) {
            assert_german(de, &e.message());
        }
        for (i, a) in texts.iter().enumerate() {
            for b in &texts[i + 1..] {
                assert_ne!(a, b);
            }
        }
        assert_eq!(
            texts[0],
            "RunComfy hat das API-Token nicht akzeptiert: Es fehlt, ist falsch oder abgelaufen. \
             Fügen Sie ein gültiges Token aus Ihrem RunComfy-Profil ein."
        );
        assert_eq!(
            texts[2],
            "Ihr RunComfy-Guthaben reicht für diesen Job nicht aus. Laden Sie Ihr Konto auf und \
             versuchen Sie es dann erneut."
        );
        assert_eq!(
            texts[4],
            "RunComfy hat die Eingaben abgelehnt: Sie passen nicht zum Schema des Modells."
        );
        assert_eq!(
            texts[6],
            "RunComfy ist gerade nicht verfügbar (HTTP 503). Es ist nichts verloren: Versuchen \
             Sie es gleich noch einmal."
        );
        assert_eq!(texts[7], "RunComfy hat einen Fehler gemeldet (Code 9).");
        assert_eq!(
            texts[9],
            "Die API ist nicht erreichbar. Entweder sind Sie offline, oder der Browser hat die \
             Anfrage blockiert (CORS): Die API-Basis-URL muss den Ursprung dieser Seite \
             zulassen. Versuchen Sie den Same-Origin-Proxy unter Einstellungen → API-Basis-URL."
        );
        assert_eq!(texts[11], "Unerwartete Antwort von RunComfy (HTTP 418).");
        assert_eq!(
            texts[12],
            "Zu viele Anfragen: RunComfy begrenzt die Anfragerate. Warten Sie 30 s und versuchen \
             Sie es dann erneut."
        );
        assert_eq!(
            texts[13],
            "Nichts wurde gesendet: Eine lokale Datei dieser Anfrage ist nicht mehr auf diesem \
             Gerät (der Browser hat seinen Speicher vielleicht geleert). Wählen Sie die Datei \
             erneut."
        );
        assert!(!ApiError::LocalFileMissing.is_transient());
    }

    #[test]
    fn german_frames_the_server_text_as_given() {
        assert_eq!(
            ApiError::Forbidden {
                message: msg("Permission denied")
            }
            .message_in(Lang::De),
            "Dieses Token darf dieses Modell nicht verwenden (Zugriff verweigert). \
             (Meldung von RunComfy: Permission denied)"
        );
        assert_eq!(
            ApiError::ErrorInBody {
                code: "7".into(),
                message: msg("boom")
            }
            .message_in(Lang::De),
            "RunComfy hat einen Fehler gemeldet (Code 7): boom"
        );
        let invalid = |details: Vec<FieldError>, message: Option<String>| {
            ApiError::Invalid { details, message }.message_in(Lang::De)
        };
        assert_eq!(
            invalid(vec![], msg("bad")),
            "RunComfy hat die Eingaben abgelehnt: bad"
        );
        let details = two_details();
        assert_eq!(
            invalid(details, None),
            "RunComfy hat die Eingaben abgelehnt: img_url: Image too small; Something else"
        );
    }

    #[test]
    fn retry_seconds_are_written_as_each_language_writes_numbers() {
        let e = ApiError::RateLimited {
            retry_after_secs: Some(3600),
        };
        assert!(e.message().contains("Wait 3,600 s"), "{}", e.message());
        assert!(e.message_in(Lang::De).contains("Warten Sie 3.600 s"));
        // HTTP statuses are codes, not amounts.
        let e = ApiError::Unexpected {
            status: 1000,
            message: None,
        };
        assert!(e.message_in(Lang::De).contains("(HTTP 1000)"));
        assert!(e.message().contains("(HTTP 1000)"));
    }
}
