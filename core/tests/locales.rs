//! Every language file against English (`locales/en.ftl`, built in): the same messages, the
//! same arguments, Fluent's own grammar, and a translation wherever one belongs.

use std::collections::BTreeSet;

use wan_core::i18n::{Lang, Resource};

/// Messages that may read as in English: brand names, units, codes, punctuation around
/// values. Anything else identical to English is a sentence left untranslated.
const SAME_AS_ENGLISH: &[(&str, &str)] = &[
    ("*", "token_chip"),
    ("*", "token_chip_unsendable"),
    ("de", "phase_unknown"),
    ("de", "job"),
    ("de", "job_named"),
    ("fr", "image_noun"),
    ("fr", "batch_summary"),
    ("*", "per_second"),
    ("*", "seconds"),
];

/// Words of English sentences that no other language's sentences contain: one of them in a
/// translation is English left behind.
const ENGLISH_WORDS: &[&str] = &[
    "the", "and", "with", "your", "this", "that", "must", "cannot", "could", "should", "please",
    "which", "would", "there", "been", "were", "again", "than", "into",
];

fn file(lang: Lang) -> String {
    let path = format!(
        "{}/../locales/{}.ftl",
        env!("CARGO_MANIFEST_DIR"),
        lang.tag()
    );
    std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("{path} is missing"))
}

fn english() -> Resource {
    Resource::parse(&file(Lang::En)).expect("en.ftl parses")
}

#[test]
fn every_file_is_fluent_the_reader_understands() {
    for &lang in Lang::ALL {
        let source = file(lang);
        // Fluent's own parser: no junk, nothing it reads otherwise.
        let parsed = fluent_syntax::parser::parse(source.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{}.ftl: {errors:?}", lang.tag()));
        let fluent_ids: BTreeSet<String> = parsed
            .body
            .iter()
            .filter_map(|entry| match entry {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                _ => None,
            })
            .collect();
        let ours = Resource::parse(&source).unwrap_or_else(|e| panic!("{}.ftl: {e}", lang.tag()));
        let our_ids: BTreeSet<String> = ours.ids().map(str::to_owned).collect();
        assert_eq!(
            fluent_ids,
            our_ids,
            "{}.ftl: Fluent reads other messages",
            lang.tag()
        );
    }
}

#[test]
fn every_language_has_every_message_and_argument_and_nothing_else() {
    let en = english();
    let en_ids: BTreeSet<&str> = en.ids().collect();
    for &lang in &Lang::ALL[1..] {
        let other = Resource::parse(&file(lang)).unwrap();
        let ids: BTreeSet<&str> = other.ids().collect();
        let missing: Vec<_> = en_ids.difference(&ids).collect();
        let unknown: Vec<_> = ids.difference(&en_ids).collect();
        assert!(missing.is_empty(), "{}.ftl lacks {missing:?}", lang.tag());
        assert!(
            unknown.is_empty(),
            "{}.ftl has unknown {unknown:?}",
            lang.tag()
        );
        for id in &en_ids {
            assert_eq!(
                other.args_of(id),
                en.args_of(id),
                "{}.ftl: the arguments of {id}",
                lang.tag()
            );
        }
    }
}

#[test]
fn every_sentence_is_translated() {
    let en = english();
    for &lang in &Lang::ALL[1..] {
        let other = Resource::parse(&file(lang)).unwrap();
        let allowed = |id: &str| {
            SAME_AS_ENGLISH
                .iter()
                .any(|(l, i)| (*l == "*" || *l == lang.tag()) && *i == id)
        };
        let mut untranslated = Vec::new();
        for id in en.ids() {
            let english: BTreeSet<String> = en.texts_of(id).into_iter().collect();
            for text in other.texts_of(id) {
                let has_words = text.chars().any(char::is_alphabetic);
                if has_words && english.contains(&text) && !allowed(id) {
                    untranslated.push(format!("{id}: {text}"));
                }
                let leftover: Vec<&str> = text
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| ENGLISH_WORDS.contains(&w.to_lowercase().as_str()))
                    .collect();
                if !leftover.is_empty() {
                    untranslated.push(format!("{id}: English {leftover:?} in {text}"));
                }
            }
        }
        assert!(
            untranslated.is_empty(),
            "{}.ftl leaves English in:\n{}",
            lang.tag(),
            untranslated.join("\n")
        );
    }
}

#[test]
fn plurals_and_numbers_come_out_per_language() {
    let de = Resource::parse(&file(Lang::De)).unwrap();
    let say = |n: u64| de.format(Lang::De, "imported_jobs", &[("count", n.into())]);
    assert_eq!(say(1).unwrap(), "1 Job importiert.");
    assert_eq!(say(1200).unwrap(), "1.200 Jobs importiert.");
}
