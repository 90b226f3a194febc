//! One widget per schema shape. Every control has a `<label>` with the schema's title and
//! its description as help text (`aria-describedby`).

use leptos::prelude::*;

use super::media_input::MediaInput;
use super::media_list;
use super::text::text;
use crate::browser::json;
use crate::browser::page::random_seed;
use crate::core::form::{text_problem, value_text, FieldProblem};
use crate::core::i18n::Lang;
use crate::core::schema::{Property, Widget};
use crate::core::text::decimal;
use crate::split::{self, later};
use crate::state::AppState;

/// The control for one schema property, chosen by [`Property::widget`].
#[component]
pub fn Field(property: Property) -> impl IntoView {
    let state = AppState::get();
    let required = state
        .schema
        .with_untracked(|s| s.is_required(&property.name));
    match property.widget() {
        Widget::Image | Widget::Media(_) => {
            return view! { <MediaInput property required /> }.into_any()
        }
        Widget::ImageList | Widget::MediaList { .. } => {
            return split::view_of(state, async move {
                later!(media_list::media_list(property, required))
            })
            .into_any()
        }
        _ => {}
    }
    let ids = FieldIds::new(&property.name);
    let name = StoredValue::new(property.name.clone());
    // The field's own copy of its text: of the whole form's changes, only those of this
    // field reach its controls and checks (3 000 fields once answered a key in half a
    // second, each redrawn for every key typed anywhere).
    let own_text = Memo::new(move |_| state.form.with(|f| f.get(&name.get_value()).to_owned()));
    let value = move || own_text.get();
    let set = move |v: String| state.form.update(|f| f.set(&name.get_value(), v));
    let help = {
        let (description, widget) = (property.description.clone(), property.widget());
        move || field_help(&description, &widget, state.lang.get())
    };
    let label = view! {
        <label for=ids.control.clone() id=ids.label.clone()>
            {property.title.clone()}
            {required.then(|| view! { <span class="required" aria-hidden="true">" *"</span> })}
        </label>
    };

    let control = match property.widget() {
        Widget::TextArea { max } => view! {
            <textarea
                id=ids.control.clone()
                name=property.name.clone()
                rows="4"
                required=required
                aria-describedby=ids.described_by()
                prop:value=value
                on:input=move |ev| set(event_target_value(&ev))
            ></textarea>
            {(max < usize::MAX).then(|| char_counter(value, max))}
        }
        .into_any(),
        Widget::Segmented(options) => view! {
            <div class="segmented" role="radiogroup" aria-labelledby=ids.label.clone()
                aria-describedby=ids.described_by() id=ids.control.clone()>
                {options
                    .into_iter()
                    .map(|option| {
                        let text = value_text(&option);
                        let checked_text = text.clone();
                        let chosen = text.clone();
                        view! {
                            <label class="segment">
                                <input
                                    type="radio"
                                    name=property.name.clone()
                                    value=text.clone()
                                    prop:checked=move || value() == checked_text
                                    on:change=move |_| set(chosen.clone())
                                />
                                <span>{text}</span>
                            </label>
                        }
                    })
                    .collect_view()}
            </div>
        }
        .into_any(),
        Widget::Select(options) => view! {
            <select
                id=ids.control.clone()
                name=property.name.clone()
                aria-describedby=ids.described_by()
                prop:value=value
                on:change=move |ev| set(event_target_value(&ev))
            >
                {(!required).then(|| view! { <option value="">"—"</option> })}
                {options
                    .into_iter()
                    .map(|option| {
                        let text = value_text(&option);
                        let label = text.clone();
                        let this = text.clone();
                        // `selected` per option: the select's own value is set before its
                        // options exist, so it alone would not show the default.
                        view! { <option value=text selected=move || value() == this>{label}</option> }
                    })
                    .collect_view()}
            </select>
        }
        .into_any(),
        Widget::Switch => view! {
            <input
                id=ids.control.clone()
                name=property.name.clone()
                type="checkbox"
                role="switch"
                class="switch"
                aria-describedby=ids.described_by()
                prop:checked=move || value() == "true"
                on:change=move |ev| set(event_target_checked(&ev).to_string())
            />
        }
        .into_any(),
        Widget::Seed => view! {
            <div class="input-row">
                <input
                    id=ids.control.clone()
                    name=property.name.clone()
                    type="number"
                    inputmode="numeric"
                    min="0"
                    max="4294967295"
                    step="1"
                    placeholder=text(|t| t.random())
                    aria-describedby=ids.described_by()
                    // The attribute too: in Chromium a number input rendered with only the `value`
                    // property came up empty (the component test catches it).
                    value=value
                    prop:value=value
                    on:input=move |ev| set(event_target_value(&ev))
                />
                <button type="button" class="secondary" aria-label=text(|t| t.random_seed())
                    title=text(|t| t.random_seed_hint()) on:click=move |_| set(random_seed().to_string())>
                    {text(|t| t.random())}
                </button>
            </div>
        }
        .into_any(),
        Widget::Integer { min, max } | Widget::Number { min, max } => {
            let integer = matches!(property.widget(), Widget::Integer { .. });
            // A bounded number also gets a slider, as fine-grained as the number box.
            let slider = match (min, max) {
                (Some(low), Some(high)) if !integer && high > low => Some((low, high)),
                _ => None,
            };
            let title = property.title.clone();
            let slider_label = move || state.texts().slider_of(&title);
            view! {
                <div class="input-row">
                    {slider.map(|(low, high)| view! {
                        <input
                            type="range"
                            class="slider"
                            min=decimal::plain(low)
                            max=decimal::plain(high)
                            step="any"
                            aria-label=slider_label
                            value=value
                            prop:value=value
                            on:input=move |ev| set(event_target_value(&ev))
                        />
                    })}
                    <input
                        id=ids.control.clone()
                        name=property.name.clone()
                        type="number"
                        step=if integer { "1" } else { "any" }
                        min=min.map(decimal::plain)
                        max=max.map(decimal::plain)
                        required=required
                        aria-describedby=ids.described_by()
                        // The attribute too: in Chromium a number input rendered with only the
                        // `value` property came up empty (the component test catches it).
                        value=value
                        prop:value=value
                        on:input=move |ev| set(event_target_value(&ev))
                    />
                </div>
            }
            .into_any()
        }
        Widget::Text { max } => view! {
            <input
                id=ids.control.clone()
                name=property.name.clone()
                type=if property.format.as_deref() == Some("uri") { "url" } else { "text" }
                maxlength=max.map(|m| m.to_string())
                required=required
                aria-describedby=ids.described_by()
                // The attribute too: in Chromium a number input rendered with only the `value`
                    // property came up empty (the component test catches it).
                value=value
                prop:value=value
                on:input=move |ev| set(event_target_value(&ev))
            />
            {max.map(|max| char_counter(value, max))}
        }
        .into_any(),
        Widget::Image | Widget::ImageList | Widget::Media(_) | Widget::MediaList { .. } => {
            ().into_any()
        }
    };

    let errors = move || own_text.with(|raw| text_messages(state, &name.get_value(), raw));

    view! {
        <div class="field" class:switch-field=matches!(property.widget(), Widget::Switch)>
            {label}
            {control}
            <p id=ids.help class="help">{help}</p>
            <div id=ids.error class="field-errors">
                {move || errors().into_iter().map(|m| view! { <p class="field-error">{m}</p> }).collect_view()}
            </div>
        </div>
    }
    .into_any()
}

/// "123 / 800" under a text with a `maxLength`: amber near the limit, red past it (the
/// field's error says so in words).
fn char_counter(
    value: impl Fn() -> String + Copy + Send + Sync + 'static,
    max: usize,
) -> impl IntoView {
    let state = AppState::get();
    let length = move || value().chars().count();
    let warn = move || length() * 10 >= max * 9;
    let over = move || length() > max;
    view! {
        <p class="counter" aria-hidden="true" class:warn=warn class:over=over>
            {move || {
                let lang = state.lang.get();
                format!("{} / {}", lang.count(length() as u64), lang.count(max as u64))
            }}
        </p>
    }
}

/// What is wrong with the value of the property `name` (not "required": that one is
/// listed under Generate), and what RunComfy said about it after a rejected submit, in the
/// language shown.
pub(super) fn field_messages(state: AppState, name: &str) -> Vec<String> {
    state
        .form
        .with(|form| text_messages(state, name, form.get(name)))
}

/// [`field_messages`] for the text `raw` of the property `name`.
fn text_messages(state: AppState, name: &str, raw: &str) -> Vec<String> {
    let lang = state.lang.get();
    let mut messages: Vec<String> = state.schema.with(|schema| {
        text_problem(schema, name, raw, json::read)
            .filter(|p| !matches!(p, FieldProblem::Required { .. }))
            .map(|p| p.message_in(lang))
            .into_iter()
            .collect()
    });
    state.submit_error.with(|error| {
        if let Some(error) = error {
            messages.extend(
                error
                    .field_errors()
                    .iter()
                    .filter(|e| e.field.as_deref() == Some(name))
                    .map(|e| e.message.clone()),
            );
        }
    });
    messages
}

/// The ids that tie a control to its label, help text and errors.
struct FieldIds {
    control: String,
    label: String,
    help: String,
    error: String,
}

impl FieldIds {
    fn new(name: &str) -> Self {
        Self {
            control: format!("field-{name}"),
            label: format!("label-{name}"),
            help: format!("help-{name}"),
            error: format!("error-{name}"),
        }
    }

    fn described_by(&self) -> String {
        format!("{} {}", self.help, self.error)
    }
}

/// The schema's description, or a sensible hint (in `lang`) where the schema leaves it
/// empty.
fn field_help(description: &str, widget: &Widget, lang: Lang) -> String {
    if !description.trim().is_empty() {
        return description.to_owned();
    }
    let texts = lang.texts();
    match widget {
        Widget::Seed => texts.seed_help(),
        Widget::TextArea { max } if *max < usize::MAX => texts.up_to_characters(*max as u64),
        Widget::Text { max: Some(max) } => texts.up_to_characters(*max as u64),
        _ => String::new(),
    }
}
