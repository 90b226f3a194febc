//! Joining real clips (made with ffmpeg: `tests/fixtures/README.md`): the film holds every
//! sample of every clip, byte for byte, in order; its length is the clips' summed; clips
//! whose settings differ are named.

use std::path::PathBuf;

use mp4_atom::{Decode, Moov, StszSamples};
use wan_core::archive::mp4_join::{box_at, join, with_settings, Clip, Film, JoinError};
use wan_core::archive::mp4_settings::{comment_in_moov, read_settings_box};

fn fixture(name: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fixtures/film")
        .join(name);
    std::fs::read(path).unwrap()
}

/// A file's `ftyp` and `moov`, found by walking its top-level boxes as the app does.
fn clip(bytes: &[u8]) -> Clip {
    let mut clip = Clip::default();
    let mut at = 0u64;
    while let Some(b) = box_at(&bytes[at as usize..], at, bytes.len() as u64) {
        let whole = bytes[at as usize..(at + b.size) as usize].to_vec();
        match &b.kind {
            b"ftyp" => clip.ftyp = whole,
            b"moov" => clip.moov = whole,
            _ => {}
        }
        at += b.size;
    }
    clip
}

fn assemble(files: &[Vec<u8>], settings: Option<&str>) -> (Vec<u8>, f64) {
    let clips: Vec<Clip> = files.iter().map(|f| clip(f)).collect();
    written(files, join(&clips, settings, false).unwrap())
}

/// The film's bytes: its head, then its parts copied from the files.
fn written(files: &[Vec<u8>], film: Film) -> (Vec<u8>, f64) {
    let mut out = film.head.clone();
    for part in &film.parts {
        out.extend_from_slice(
            &files[part.clip][part.offset as usize..(part.offset + part.len) as usize],
        );
    }
    assert_eq!(out.len() as u64, film.len());
    (out, film.seconds)
}

/// Every sample of every track of a file, in decode order, by track handler.
fn samples(file: &[u8]) -> Vec<(String, Vec<Vec<u8>>, u64, u32)> {
    let moov = Moov::decode(&mut clip(file).moov.as_slice()).unwrap();
    moov.trak
        .iter()
        .map(|trak| {
            let stbl = &trak.mdia.minf.stbl;
            let sizes = match stbl.stsz.samples.clone() {
                StszSamples::Different { sizes } => sizes,
                StszSamples::Identical { count, size } => vec![size; count as usize],
            };
            let offsets: Vec<u64> = match (&stbl.stco, &stbl.co64) {
                (Some(s), _) => s.entries.iter().map(|&o| o as u64).collect(),
                (_, Some(c)) => c.entries.clone(),
                _ => panic!("no chunk offsets"),
            };
            let mut out = Vec::new();
            let mut sample = 0;
            for (i, offset) in offsets.iter().enumerate() {
                let per = stbl
                    .stsc
                    .entries
                    .iter()
                    .rev()
                    .find(|e| e.first_chunk as usize <= i + 1)
                    .unwrap()
                    .samples_per_chunk as usize;
                let mut at = *offset as usize;
                for s in sample..(sample + per).min(sizes.len()) {
                    out.push(file[at..at + sizes[s] as usize].to_vec());
                    at += sizes[s] as usize;
                }
                sample += per;
            }
            (
                trak.mdia.hdlr.handler.to_string(),
                out,
                trak.mdia.mdhd.duration,
                trak.mdia.mdhd.timescale,
            )
        })
        .collect()
}

#[test]
fn three_clips_with_sound_join_sample_for_sample() {
    let files: Vec<Vec<u8>> = ["clip1.mp4", "clip2.mp4", "clip3.mp4"]
        .iter()
        .map(|f| fixture(f))
        .collect();
    let (film, seconds) = assemble(&files, None);
    let joined = samples(&film);
    let parts: Vec<_> = files.iter().map(|f| samples(f)).collect();
    assert_eq!(joined.len(), 2, "video and sound");
    for (t, (handler, film_samples, duration, _)) in joined.iter().enumerate() {
        let expected: Vec<Vec<u8>> = parts.iter().flat_map(|p| p[t].1.clone()).collect();
        assert_eq!(
            film_samples.len(),
            expected.len(),
            "{handler}: the sample count is the sum"
        );
        assert!(
            film_samples == &expected,
            "{handler}: every sample byte for byte, in order"
        );
        let summed: u64 = parts.iter().map(|p| p[t].2).sum();
        assert_eq!(*duration, summed, "{handler}: the duration is the sum");
    }
    // 16 + 32 + 48 frames at 16 fps: 6 s (± a frame per seam).
    assert_eq!(joined[0].1.len(), 96);
    assert!((seconds - 6.0).abs() <= 2.0 / 16.0, "{seconds}");
}

#[test]
fn silent_clips_join_too_and_carry_the_settings_twice() {
    let files = vec![fixture("silent.mp4"), fixture("silent.mp4")];
    let json = r#"{"app":"wan-i2v/1","clips":[{"prompt":"a fox"}]}"#;
    let (film, seconds) = assemble(&files, Some(json));
    assert!((seconds - 3.0).abs() <= 1.0 / 16.0, "{seconds}");
    assert_eq!(samples(&film)[0].1.len(), 48);
    assert_settings(&film, json);
}

/// The file carries `json` in its `moov`'s comment and in a top-level `uuid` box.
fn assert_settings(file: &[u8], json: &str) {
    assert_eq!(
        comment_in_moov(&clip(file).moov).as_deref(),
        Some(json),
        "in udta"
    );
    let mut at = 0u64;
    let mut found = None;
    while let Some(b) = box_at(&file[at as usize..], at, file.len() as u64) {
        if &b.kind == b"uuid" {
            found = read_settings_box(&file[at as usize..(at + b.size) as usize]);
        }
        at += b.size;
    }
    assert_eq!(found.as_deref(), Some(json), "in the uuid box");
}

#[test]
fn one_clip_saved_with_its_settings_keeps_every_sample() {
    let file = fixture("clip2.mp4");
    let json = r#"{"app":"wan-i2v/1","clips":[{"prompt":"one"}]}"#;
    let (saved, seconds) = written(
        std::slice::from_ref(&file),
        with_settings(&clip(&file), json).unwrap(),
    );
    assert_settings(&saved, json);
    let (before, after) = (samples(&file), samples(&saved));
    assert_eq!(after.len(), before.len());
    for (b, a) in before.iter().zip(&after) {
        assert!(b.1 == a.1, "{}: every sample byte for byte", b.0);
        assert_eq!(b.2, a.2, "{}: the same duration", b.0);
    }
    assert!((seconds - 2.0).abs() <= 1.0 / 16.0, "{seconds}");
}

#[test]
fn clips_that_differ_are_named() {
    let one = clip(&fixture("clip1.mp4"));
    let small = clip(&fixture("small.mp4"));
    let silent = clip(&fixture("silent.mp4"));
    assert_eq!(
        join(&[one.clone(), small], None, false).unwrap_err(),
        JoinError::OtherSettings {
            clip: 1,
            track: "vide".into()
        }
    );
    assert_eq!(
        join(&[one.clone(), silent], None, false).unwrap_err(),
        JoinError::OtherTracks { clip: 1 }
    );
    assert_eq!(
        join(std::slice::from_ref(&one), None, false).unwrap_err(),
        JoinError::TooFew
    );
    let broken = Clip {
        ftyp: one.ftyp.clone(),
        moov: one.moov[..40].to_vec(),
    };
    assert_eq!(
        join(&[one, broken], None, false).unwrap_err(),
        JoinError::Unreadable { clip: 1 }
    );
}

mod damaged {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        /// A clip's index damaged anywhere (bytes changed, cut short) is refused or joined,
        /// never a panic: the wasm must not trap on a file from outside.
        #[test]
        fn a_damaged_index_never_panics(
            flips in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..12),
            cut in any::<prop::sample::Index>(),
        ) {
            let mut a = clip(&fixture("clip1.mp4"));
            let b = clip(&fixture("clip2.mp4"));
            for (at, value) in flips {
                let at = at.index(a.moov.len());
                a.moov[at] = value;
            }
            let _ = join(&[a.clone(), b.clone()], None, false);
            let _ = join(&[b.clone(), a.clone()], None, false);
            a.moov.truncate(cut.index(a.moov.len()));
            let _ = join(&[b, a], None, false);
        }

        /// Any bytes as a file's head, and as a whole clip.
        #[test]
        fn any_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..300), offset in 0u64..1000) {
            let _ = box_at(&bytes, offset, offset + bytes.len() as u64);
            let junk = Clip { ftyp: bytes.clone(), moov: bytes.clone() };
            let _ = join(&[junk.clone(), junk], None, false);
        }
    }
}

#[test]
fn the_repeated_frame_at_each_seam_is_skipped_by_the_edit_list_not_by_re_encoding() {
    let files: Vec<Vec<u8>> = ["clip1.mp4", "clip2.mp4", "clip3.mp4"]
        .iter()
        .map(|f| fixture(f))
        .collect();
    let clips: Vec<Clip> = files.iter().map(|f| clip(f)).collect();
    let (whole, _) = written(&files, join(&clips, None, false).unwrap());
    let (trimmed, secs) = written(&files, join(&clips, None, true).unwrap());
    // 1 + 2 + 3 s less two seams of one frame (1/16 s) each, picture and sound alike.
    assert!((secs - (6.0 - 2.0 / 16.0)).abs() < 0.01, "{secs}");
    // Every sample is still there, byte for byte: only what is shown changed.
    assert!(samples(&whole) == samples(&trimmed));
    let moov = Moov::decode(&mut clip(&trimmed).moov.as_slice()).unwrap();
    let parts: Vec<Moov> = files
        .iter()
        .map(|f| Moov::decode(&mut clip(f).moov.as_slice()).unwrap())
        .collect();
    for (t, trak) in moov.trak.iter().enumerate() {
        let edits = &trak
            .edts
            .as_ref()
            .expect("an edit list")
            .elst
            .as_ref()
            .unwrap()
            .entries;
        assert_eq!(edits.len(), 3, "one edit per clip");
        let scale = f64::from(trak.mdia.mdhd.timescale);
        // Each clip's edit starts where the clip starts in the film, past its own edit's
        // start (the sound's priming), and, after the first, one frame (1/16 s) later.
        let mut before = 0u64;
        for (k, part) in parts.iter().enumerate() {
            let own = &part.trak[t];
            let own_start = own
                .edts
                .as_ref()
                .and_then(|e| e.elst.as_ref())
                .and_then(|l| l.entries.last())
                .and_then(|e| e.media_time)
                .unwrap_or(0);
            let skipped =
                (edits[k].media_time.unwrap() as f64 - (before + own_start) as f64) / scale;
            let expected = if k == 0 { 0.0 } else { 1.0 / 16.0 };
            assert!(
                (skipped - expected).abs() < 0.001,
                "track {t}, clip {k}: {skipped}"
            );
            before += own.mdia.mdhd.duration;
        }
    }
}
