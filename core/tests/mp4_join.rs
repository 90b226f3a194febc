//! Joining real clips (made with ffmpeg: `tests/fixtures/README.md`): the film holds every
//! sample of every clip, byte for byte, in order; its length is the clips' summed; clips
//! whose settings differ are named.

use std::path::PathBuf;

use mp4_atom::{Decode, Moov, StszSamples};
use wan_core::archive::mp4_join::{box_at, join, Clip, JoinError};

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

fn assemble(files: &[Vec<u8>], extra: &[u8]) -> (Vec<u8>, f64) {
    let clips: Vec<Clip> = files.iter().map(|f| clip(f)).collect();
    let film = join(&clips, extra).unwrap();
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
    let (film, seconds) = assemble(&files, &[]);
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
fn silent_clips_join_too_and_the_extra_box_is_kept() {
    let files = vec![fixture("silent.mp4"), fixture("silent.mp4")];
    let extra = [&20u32.to_be_bytes()[..], b"free", b"twelve bytes"].concat();
    let (film, seconds) = assemble(&files, &extra);
    assert!((seconds - 3.0).abs() <= 1.0 / 16.0, "{seconds}");
    assert_eq!(samples(&film)[0].1.len(), 48);
    assert!(film.windows(extra.len()).any(|w| w == extra.as_slice()));
}

#[test]
fn clips_that_differ_are_named() {
    let one = clip(&fixture("clip1.mp4"));
    let small = clip(&fixture("small.mp4"));
    let silent = clip(&fixture("silent.mp4"));
    assert_eq!(
        join(&[one.clone(), small], &[]).unwrap_err(),
        JoinError::OtherSettings {
            clip: 1,
            track: "vide".into()
        }
    );
    assert_eq!(
        join(&[one.clone(), silent], &[]).unwrap_err(),
        JoinError::OtherTracks { clip: 1 }
    );
    assert_eq!(
        join(std::slice::from_ref(&one), &[]).unwrap_err(),
        JoinError::TooFew
    );
    let broken = Clip {
        ftyp: one.ftyp.clone(),
        moov: one.moov[..40].to_vec(),
    };
    assert_eq!(
        join(&[one, broken], &[]).unwrap_err(),
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
            let _ = join(&[a.clone(), b.clone()], &[]);
            let _ = join(&[b.clone(), a.clone()], &[]);
            a.moov.truncate(cut.index(a.moov.len()));
            let _ = join(&[b, a], &[]);
        }

        /// Any bytes as a file's head, and as a whole clip.
        #[test]
        fn any_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..300), offset in 0u64..1000) {
            let _ = box_at(&bytes, offset, offset + bytes.len() as u64);
            let junk = Clip { ftyp: bytes.clone(), moov: bytes.clone() };
            let _ = join(&[junk.clone(), junk], &[]);
        }
    }
}
