//! The fake RunComfy's catalog (`tests/fixtures/catalog/`, real input schemas, stand-in
//! prices): every entry reads, every schema parses in its own field order, every media
//! `format` gets a media widget, and every price estimate matches what the fake bills.

use std::fs;
use std::path::PathBuf;

use serde_json::Value;
use wan_core::catalog::price::estimate_price;
use wan_core::catalog::{read_catalog_page, read_categories, CatalogEntry, PriceUnit};
use wan_core::form::FormValues;
use wan_core::schema::media_kind::{FormatSays, MediaType};
use wan_core::schema::{InputSchema, PropertyType, Widget};

fn catalog_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/catalog")
}

/// Every entry file as (name, text).
fn entry_files() -> Vec<(String, String)> {
    let Ok(dir) = fs::read_dir(catalog_dir()) else {
        return Vec::new();
    };
    let mut files: Vec<(String, String)> = dir
        .filter_map(Result::ok)
        .map(|f| f.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .filter(|p| p.file_name().is_some_and(|n| n != "categories.json"))
        .filter_map(|p| {
            let name = p.file_name()?.to_string_lossy().into_owned();
            Some((name, fs::read_to_string(&p).ok()?))
        })
        .collect();
    files.sort();
    files
}

#[test]
fn every_entry_and_its_schema_read() {
    let files = entry_files();
    if files.is_empty() {
        eprintln!("no catalog fixtures at {}", catalog_dir().display());
        return;
    }
    for (name, text) in &files {
        let entry: CatalogEntry = serde_json::from_str(text).expect(name);
        let raw: Value = serde_json::from_str(text).expect(name);
        assert_eq!(
            Some(entry.model_id.as_str()),
            raw["model_id"].as_str(),
            "{name}"
        );
        assert!(entry.base_price_usd.is_some(), "{name}");
        assert!(
            matches!(entry.price_unit, PriceUnit::Second | PriceUnit::Output),
            "{name}"
        );
        let schema = InputSchema::parse(entry.input_schema.as_deref().unwrap_or(""))
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        // Field order as the file has it (serde_json's Value would sort it).
        let start = text.find("\"properties\"").unwrap_or(0);
        let positions: Vec<Option<usize>> = schema
            .properties
            .iter()
            .map(|p| key_position(text, start, &p.name))
            .collect();
        assert!(
            positions.iter().all(Option::is_some),
            "{name}: {positions:?}"
        );
        assert!(
            positions.windows(2).all(|w| w[0] < w[1]),
            "{name}: properties out of document order"
        );

        for p in &schema.properties {
            let format = p.format.as_deref().map(FormatSays::read);
            let widget = p.widget();
            match format {
                Some(FormatSays::Media(MediaType::Image, _)) => assert!(
                    matches!(widget, Widget::Image | Widget::ImageList),
                    "{name}.{}: {widget:?}",
                    p.name
                ),
                Some(FormatSays::Media(kind, _)) => assert!(
                    matches!(&widget, Widget::Media(k) if *k == kind)
                        || matches!(&widget, Widget::MediaList { kind: k, .. } if *k == kind),
                    "{name}.{}: {widget:?}",
                    p.name
                ),
                _ => assert!(
                    !matches!(widget, Widget::Media(_) | Widget::MediaList { .. }),
                    "{name}.{}: {widget:?}",
                    p.name
                ),
            }
            assert!(
                !matches!(p.kind, PropertyType::Unknown(_)),
                "{name}.{}: {:?}",
                p.name,
                p.kind
            );
        }
    }
}

/// Where `"key":` followed by an object first appears after `from`.
fn key_position(text: &str, from: usize, key: &str) -> Option<usize> {
    let quoted = format!("\"{key}\"");
    let mut at = from;
    while let Some(found) = text.get(at..)?.find(&quoted) {
        let pos = at + found;
        let rest = text.get(pos + quoted.len()..)?.trim_start();
        if rest
            .strip_prefix(':')
            .is_some_and(|r| r.trim_start().starts_with('{'))
        {
            return Some(pos);
        }
        at = pos + quoted.len();
    }
    None
}

/// What the fake bills (`costFor` in `tests/e2e/lib/catalog.mjs`): the price, times the
/// duration (the input's, else the default, else 5 s) for a per-second model.
fn fake_cost(entry: &Value, duration: &Value) -> f64 {
    let price = entry["base_price_usd"].as_f64().unwrap_or(f64::NAN);
    if entry["price_unit"] != "second" {
        return price;
    }
    let seconds = |v: &Value| match v {
        Value::Number(n) => n.as_f64().filter(|s| *s > 0.0),
        Value::String(s) => s.trim().parse::<f64>().ok().filter(|s| *s > 0.0),
        _ => None,
    };
    let default = &entry["input_schema"]["properties"]["duration"]["default"];
    price
        * seconds(duration)
            .or_else(|| seconds(default))
            .unwrap_or(5.0)
}

#[test]
fn estimates_match_what_the_fake_bills_where_a_total_is_known() {
    for (name, text) in entry_files() {
        let entry: CatalogEntry = serde_json::from_str(&text).expect(&name);
        let raw: Value = serde_json::from_str(&text).expect(&name);
        let schema = InputSchema::parse(entry.input_schema.as_deref().unwrap_or("")).expect(&name);
        let values = FormValues::defaults(&schema);
        let duration = schema
            .property("duration")
            .and_then(|p| p.default.clone())
            .unwrap_or(Value::Null);
        let estimate = estimate_price(&entry, &schema, &values, 2).expect(&name);
        match estimate.per_job_usd() {
            Some(one) => {
                let billed = fake_cost(&raw, &duration);
                assert!((one - billed).abs() < 1e-9, "{name}: {one} vs {billed}");
                assert_eq!(estimate.total_usd(), Some(one * 2.0));
            }
            // Only a per-second model without a numeric duration shows a rate.
            None => assert_eq!(entry.price_unit, PriceUnit::Second, "{name}"),
        }
    }
}

#[test]
fn the_listing_and_the_categories_read() {
    let files = entry_files();
    if files.is_empty() {
        return;
    }
    let list: Vec<&str> = files.iter().map(|(_, t)| t.as_str()).collect();
    let body = format!(r#"{{"models": [{}], "total": {}}}"#, list.join(","), 100);
    let page = read_catalog_page(200, &body, None).expect("reads");
    assert_eq!(page.models.len(), files.len());
    assert_eq!(page.total, 100);
    let categories = fs::read_to_string(catalog_dir().join("categories.json")).unwrap_or_default();
    let categories = read_categories(200, &categories, None).expect("reads");
    for entry in &page.models {
        for c in &entry.categories {
            assert!(categories.0.contains(c), "{}: {c}", entry.model_id);
        }
    }
}
