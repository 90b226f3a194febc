//! Switching the form to another model keeps what the user typed, and only that: a
//! value left at the old model's default gives way to the new model's default.

use crate::form::persist::restore_form;
use crate::form::{accepts, default_text, same_text_value, FormValues, ReadJson};
use crate::media::local_file::is_local_file;
use crate::schema::{InputSchema, Property};

/// The form for `new` after switching from `old`: the new schema's defaults, and for
/// each property both schemas have, the value the user changed (it differs from the old
/// default and is not empty), when the new schema accepts it. A value the user left at
/// the old default, or emptied, takes the new default: duration 5 on a model whose
/// default is 5 becomes 10 on one whose default is 10.
///
/// A media value is kept only for a field of the same media kind (an image URL does not
/// become a video), and a local file (`data:` URI) only for a media field. `read` reads a
/// list typed as JSON.
pub fn switch_form(
    old: &InputSchema,
    new: &InputSchema,
    old_values: &FormValues,
    read: ReadJson,
) -> FormValues {
    let mut form = FormValues::defaults(new);
    for to in &new.properties {
        let Some(from) = old.property(&to.name) else {
            continue;
        };
        let typed = old_values.get(&to.name);
        if changed_by_user(from, typed, read) && fits(from, to, typed, read) {
            form.set(&to.name, typed);
        }
    }
    form
}

/// Whether the user changed this value: not empty, and not the old default.
fn changed_by_user(from: &Property, typed: &str, read: ReadJson) -> bool {
    if typed.trim().is_empty() {
        return false;
    }
    match default_text(from) {
        Some(default) => !same_text_value(from, typed, &default, read),
        None => true,
    }
}

/// The form for a model the user comes back to: what the switch carried over (every value
/// not at the model's default) wins; every other property takes what the user last had in
/// this model's form (`remembered`), as a reload would restore it. So a local image of
/// an image-to-video model survives a trip through a text-to-image one.
pub fn recall(new: &InputSchema, switched: FormValues, remembered: FormValues) -> FormValues {
    let defaults = FormValues::defaults(new);
    let mut form = restore_form(new, remembered);
    for (name, value) in switched.0 {
        if defaults.get(&name) != value {
            form.set(&name, value);
        }
    }
    form
}

/// Whether the new property takes the value: its type, limits and choices, and the
/// same media kind.
fn fits(from: &Property, to: &Property, typed: &str, read: ReadJson) -> bool {
    let (was, is) = (
        from.media_input().map(|m| m.kind()),
        to.media_input().map(|m| m.kind()),
    );
    let same_media = match (was, is) {
        (Some(a), Some(b)) => a == b,
        // An address may move between a media field and a text one; a file may not.
        _ => !is_local_file(typed),
    };
    same_media && accepts(to, typed, read)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::form::serde_json_read;
    use serde_json::json;

    fn schema(props: serde_json::Value) -> InputSchema {
        InputSchema::parse(&json!({ "properties": props }).to_string()).unwrap_or_default()
    }

    fn old() -> InputSchema {
        schema(json!({
            "prompt": {"type": "string", "maxLength": 800},
            "duration": {"type": "integer", "enum": [5, 8], "default": 5},
            "resolution": {"type": "string", "enum": ["480P", "720P"], "default": "480P"},
            "steps": {"type": "integer", "default": 20},
            "img_url": {"type": "string"},
            "seed": {"type": "integer"},
            "only_old": {"type": "string", "default": "x"}
        }))
    }

    fn new() -> InputSchema {
        schema(json!({
            "prompt": {"type": "string", "maxLength": 10},
            "duration": {"type": "integer", "enum": [5, 10], "default": 10},
            "resolution": {"type": "string", "enum": ["480P", "720P", "1080P"], "default": "720P"},
            "steps": {"type": "integer", "minimum": 1, "maximum": 50, "default": 30},
            "img_url": {"type": "string", "format": "video_uri"},
            "seed": {"type": "integer"},
            "only_new": {"type": "boolean", "default": true}
        }))
    }

    fn form(pairs: &[(&str, &str)]) -> FormValues {
        let mut f = FormValues::defaults(&old());
        for (k, v) in pairs {
            f.set(k, *v);
        }
        f
    }

    #[test]
    fn untouched_values_take_the_new_defaults() {
        let switched = switch_form(
            &old(),
            &new(),
            &FormValues::defaults(&old()),
            serde_json_read,
        );
        assert_eq!(switched, FormValues::defaults(&new()));
        assert_eq!(switched.get("duration"), "10");
        assert_eq!(switched.get("resolution"), "720P");
        assert_eq!(switched.get("only_new"), "true");
        assert!(!switched.0.contains_key("only_old"));
        // The same value written another way is still the default.
        let switched = switch_form(
            &old(),
            &new(),
            &form(&[("duration", " 5 "), ("steps", "20")]),
            serde_json_read,
        );
        assert_eq!(switched.get("duration"), "10");
        assert_eq!(switched.get("steps"), "30");
        // Emptied is untouched too.
        let switched = switch_form(
            &old(),
            &new(),
            &form(&[("resolution", "")]),
            serde_json_read,
        );
        assert_eq!(switched.get("resolution"), "720P");
    }

    #[test]
    fn what_the_user_typed_stays_where_the_new_model_takes_it() {
        let typed = form(&[
            ("prompt", "a fox"),
            ("resolution", "480P"),
            ("steps", "40"),
            ("seed", "42"),
        ]);
        let switched = switch_form(&old(), &new(), &typed, serde_json_read);
        assert_eq!(switched.get("prompt"), "a fox");
        assert_eq!(switched.get("steps"), "40");
        assert_eq!(switched.get("seed"), "42");
        // 480P was the old default: the user did not choose it.
        assert_eq!(switched.get("resolution"), "720P");
    }

    #[test]
    fn values_the_new_model_refuses_give_way_to_its_defaults() {
        let typed = form(&[
            ("prompt", "far too long for ten"),
            ("duration", "8"),
            ("steps", "80"),
            ("seed", "lucky"),
        ]);
        let switched = switch_form(&old(), &new(), &typed, serde_json_read);
        assert_eq!(switched.get("prompt"), "");
        assert_eq!(switched.get("duration"), "10");
        assert_eq!(switched.get("steps"), "30");
        assert_eq!(switched.get("seed"), "");
    }

    #[test]
    fn media_stays_with_its_kind() {
        let image = form(&[("img_url", "https://e.com/cat.png")]);
        assert_eq!(
            switch_form(&old(), &new(), &image, serde_json_read).get("img_url"),
            "",
            "an image does not become a video"
        );
        assert_eq!(
            switch_form(&old(), &old(), &image, serde_json_read).get("img_url"),
            "https://e.com/cat.png"
        );
        let local = form(&[("prompt", "data:image/png;base64,AAAA")]);
        assert_eq!(
            switch_form(&old(), &old(), &local, serde_json_read).get("prompt"),
            ""
        );
        let to_text = schema(json!({"img_url": {"type": "string", "format": "uri"}}));
        assert_eq!(
            switch_form(&old(), &to_text, &image, serde_json_read).get("img_url"),
            "https://e.com/cat.png",
            "an address stays an address"
        );
        let local_image = form(&[("img_url", "data:image/png;base64,AAAA")]);
        assert_eq!(
            switch_form(&old(), &to_text, &local_image, serde_json_read).get("img_url"),
            ""
        );
    }

    #[test]
    fn coming_back_to_a_model_brings_back_what_it_had() {
        let wan = InputSchema::builtin();
        let text = schema(json!({
            "prompt": {"type": "string"},
            "steps": {"type": "integer", "default": 30}
        }));
        let mut had = FormValues::defaults(&wan);
        had.set("prompt", "a fox");
        had.set("img_url", "local:sha256-ab?type=image/png&bytes=9");
        had.set("resolution", "1080P");
        let there = switch_form(&wan, &text, &had, serde_json_read);
        let mut there = there;
        there.set("prompt", "a heron");
        let back = switch_form(&text, &wan, &there, serde_json_read);
        let back = recall(&wan, back, had.clone());
        assert_eq!(
            back.get("img_url"),
            had.get("img_url"),
            "the local image comes back"
        );
        assert_eq!(back.get("resolution"), "1080P");
        assert_eq!(
            back.get("prompt"),
            "a heron",
            "what was typed meanwhile wins"
        );
        let fresh = recall(&wan, FormValues::defaults(&wan), FormValues::default());
        assert_eq!(fresh, FormValues::defaults(&wan));
    }
}
