//! Clips joined into one MP4 without re-encoding: the samples of every clip are copied as
//! they are, one after another, and only the index (`moov`: which bytes are which sample,
//! when each plays) is written anew. The `moov` boxes are read and written with the
//! `mp4-atom` crate; the samples never pass through here: [`join`] returns the new head and
//! the byte ranges of each clip to put after it ([`Film::parts`]), so the caller can build
//! the file from the clips' own bytes (in the browser, a `Blob` of slices).
//!
//! Clips join when every track matches the first clip's: the same kinds of track, in the
//! same order, and the same sample entry (codec, picture size, profile, SPS/PPS; sample rate
//! and channels), at the same time scale. A clip that differs is named ([`JoinError`]).

use mp4_atom::{
    Co64, Ctts, CttsEntry, Decode, Encode, Moov, Stco, Stsc, StscEntry, Stss, Stsz, StszSamples,
    Stts, SttsEntry,
};

/// The largest `moov` read (the index of a clip of hours is a few MB).
pub const MOOV_CAP: u64 = 64 * 1024 * 1024;

/// A top-level box of a file: its type, where it starts, its whole size.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BoxAt {
    /// The four-character type (`ftyp`, `moov`, `mdat`, ...).
    pub kind: [u8; 4],
    /// Where its header starts in the file.
    pub offset: u64,
    /// Its size, header included.
    pub size: u64,
}

/// The box whose header starts at `offset` of a file of `file_len` bytes, read from the
/// (up to 16) bytes there; `None` when they are not a box that fits in the file.
pub fn box_at(head: &[u8], offset: u64, file_len: u64) -> Option<BoxAt> {
    let word = |at: usize| -> Option<u32> {
        Some(u32::from_be_bytes(head.get(at..at + 4)?.try_into().ok()?))
    };
    let small = u64::from(word(0)?);
    let kind: [u8; 4] = head.get(4..8)?.try_into().ok()?;
    let size = match small {
        0 => file_len.checked_sub(offset)?,
        1 => u64::from_be_bytes(head.get(8..16)?.try_into().ok()?),
        n => n,
    };
    let header = if small == 1 { 16 } else { 8 };
    (size >= header && offset.checked_add(size)? <= file_len).then_some(BoxAt {
        kind,
        offset,
        size,
    })
}

/// What is needed of a clip: its `ftyp` and `moov` boxes, whole (header included).
#[derive(Clone, Debug, Default)]
pub struct Clip {
    /// The `ftyp` box (the first clip's is the film's).
    pub ftyp: Vec<u8>,
    /// The `moov` box.
    pub moov: Vec<u8>,
}

/// A run of bytes of one clip, copied as it is into the film.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Part {
    /// Which clip (its index in the list given).
    pub clip: usize,
    /// Where the run starts in that clip's file.
    pub offset: u64,
    /// Its length.
    pub len: u64,
}

/// The joined film: `head` (`ftyp`, `moov`, any `extra` boxes, the `mdat` header), then
/// every part, in order.
#[derive(Clone, Debug)]
pub struct Film {
    /// The bytes before the samples.
    pub head: Vec<u8>,
    /// The clips' samples, in the order they go.
    pub parts: Vec<Part>,
    /// The film's length in seconds.
    pub seconds: f64,
}

impl Film {
    /// The film's size in bytes.
    pub fn len(&self) -> u64 {
        self.head.len() as u64 + self.parts.iter().map(|p| p.len).sum::<u64>()
    }

    /// Whether it holds nothing (never, for a film [`join`] made).
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Why clips could not be joined; `clip` is the index of the one at fault.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JoinError {
    /// Fewer than two clips.
    TooFew,
    /// Its `ftyp` or `moov` could not be read (not an MP4, or damaged).
    Unreadable {
        /// The clip.
        clip: usize,
    },
    /// Its tracks are not the first clip's (a video with sound among silent ones, say).
    OtherTracks {
        /// The clip.
        clip: usize,
    },
    /// A track's codec settings differ from the first clip's: picture size, profile,
    /// SPS/PPS, sample rate, channels or time scale.
    OtherSettings {
        /// The clip.
        clip: usize,
        /// Which track: `"vide"` or `"soun"` (or another handler).
        track: String,
    },
}

/// Joins `clips` (each with its `ftyp` and `moov`) into one film, `extra` (whole top-level
/// boxes, such as the settings) placed after the `moov`.
pub fn join(clips: &[Clip], extra: &[u8]) -> Result<Film, JoinError> {
    if clips.len() < 2 {
        return Err(JoinError::TooFew);
    }
    let moovs: Vec<Moov> = clips
        .iter()
        .enumerate()
        .map(|(clip, c)| {
            Moov::decode(&mut c.moov.as_slice()).map_err(|_| JoinError::Unreadable { clip })
        })
        .collect::<Result<_, _>>()?;
    if clips[0].ftyp.len() < 8 {
        return Err(JoinError::Unreadable { clip: 0 });
    }
    check_alike(&moovs)?;
    let tables: Vec<Vec<Track>> = moovs
        .iter()
        .enumerate()
        .map(|(clip, moov)| {
            moov.trak
                .iter()
                .map(|trak| Track::read(trak).ok_or(JoinError::Unreadable { clip }))
                .collect::<Result<_, _>>()
        })
        .collect::<Result<_, _>>()?;

    // The samples go clip by clip; within a clip, its chunks in the order of its file (so
    // video and sound stay interleaved as they were).
    let mut parts: Vec<Part> = Vec::new();
    // Per track of the film: each chunk's place in the samples' run, clip by clip.
    let mut chunk_places: Vec<Vec<u64>> = vec![Vec::new(); moovs[0].trak.len()];
    let mut at = 0u64;
    for (clip, tracks) in tables.iter().enumerate() {
        let mut chunks: Vec<(u64, u64, usize, usize)> = Vec::new();
        for (t, track) in tracks.iter().enumerate() {
            for (c, (offset, len)) in track.chunks.iter().enumerate() {
                chunks.push((*offset, *len, t, c));
            }
        }
        chunks.sort_by_key(|&(offset, ..)| offset);
        let mut places: Vec<Vec<u64>> = tracks.iter().map(|t| vec![0; t.chunks.len()]).collect();
        for (offset, len, t, c) in chunks {
            places[t][c] = at;
            match parts.last_mut() {
                Some(last) if last.clip == clip && last.offset + last.len == offset => {
                    last.len += len
                }
                _ => parts.push(Part { clip, offset, len }),
            }
            at += len;
        }
        for (t, places) in places.into_iter().enumerate() {
            chunk_places[t].extend(places);
        }
    }
    let data_len = at;

    let mut moov = moovs[0].clone();
    moov.udta = None;
    moov.meta = None;
    let movie_scale = u64::from(moov.mvhd.timescale.max(1));
    let mut movie_duration = 0u64;
    for (t, trak) in moov.trak.iter_mut().enumerate() {
        let tracks: Vec<&Track> = tables.iter().map(|clip| &clip[t]).collect();
        let stbl = &mut trak.mdia.minf.stbl;
        stbl.stts = Stts {
            entries: runs(tracks.iter().flat_map(|t| t.deltas.iter().copied()))
                .into_iter()
                .map(|(sample_delta, sample_count)| SttsEntry {
                    sample_count,
                    sample_delta,
                })
                .collect(),
        };
        stbl.ctts = tracks.iter().any(|t| t.has_ctts).then(|| Ctts {
            entries: runs(tracks.iter().flat_map(|t| t.offsets.iter().copied()))
                .into_iter()
                .map(|(sample_offset, sample_count)| CttsEntry {
                    sample_count,
                    sample_offset,
                })
                .collect(),
        });
        let mut first = 0u32;
        let mut sync = Vec::new();
        let mut stsc = Vec::new();
        let mut chunks_before = 0u32;
        for track in &tracks {
            sync.extend(track.sync.iter().map(|s| s + first));
            for entry in &track.stsc {
                stsc.push(StscEntry {
                    first_chunk: entry.first_chunk + chunks_before,
                    ..*entry
                });
            }
            first += track.sizes.len() as u32;
            chunks_before += track.chunks.len() as u32;
        }
        stbl.stss = tracks
            .iter()
            .any(|t| t.has_stss)
            .then_some(Stss { entries: sync });
        stbl.stsc = Stsc { entries: stsc };
        stbl.stsz = Stsz {
            samples: StszSamples::Different {
                sizes: tracks
                    .iter()
                    .flat_map(|t| t.sizes.iter().copied())
                    .collect(),
            },
        };
        stbl.sbgp.clear();
        stbl.sgpd.clear();
        stbl.subs.clear();
        stbl.saiz.clear();
        stbl.saio.clear();
        stbl.cslg = None;
        let media_duration: u64 = tracks.iter().map(|t| t.duration()).sum();
        trak.mdia.mdhd.duration = media_duration;
        let media_scale = u64::from(trak.mdia.mdhd.timescale.max(1));
        let track_duration = media_duration * movie_scale / media_scale;
        trak.tkhd.duration = track_duration;
        if let Some(entry) = trak
            .edts
            .as_mut()
            .and_then(|e| e.elst.as_mut())
            .and_then(|l| l.entries.last_mut())
        {
            // The first clip's edit (the sound's priming skipped), over the whole film.
            let skipped = entry.media_time.unwrap_or(0) * movie_scale / media_scale;
            entry.segment_duration = track_duration.saturating_sub(skipped);
        }
        movie_duration = movie_duration.max(track_duration);
    }
    moov.mvhd.duration = movie_duration;

    // The chunk offsets depend on the head's length, which does not depend on them.
    let large = data_len + 16 > u64::from(u32::MAX) / 2;
    let mdat_header = if large { 16 } else { 8 };
    set_chunk_offsets(&mut moov, &chunk_places, 0, large);
    let moov_len = encoded(&moov)?.len() as u64;
    let data_start = clips[0].ftyp.len() as u64 + moov_len + extra.len() as u64 + mdat_header;
    set_chunk_offsets(&mut moov, &chunk_places, data_start, large);

    let mut head = clips[0].ftyp.clone();
    head.extend(encoded(&moov)?);
    head.extend_from_slice(extra);
    if large {
        head.extend(1u32.to_be_bytes());
        head.extend(b"mdat");
        head.extend((data_len + 16).to_be_bytes());
    } else {
        head.extend(((data_len + 8) as u32).to_be_bytes());
        head.extend(b"mdat");
    }
    Ok(Film {
        head,
        parts,
        seconds: movie_duration as f64 / movie_scale as f64,
    })
}

/// Every clip's tracks are the first clip's: the same kinds, in order, with the same
/// sample entries and time scales.
fn check_alike(moovs: &[Moov]) -> Result<(), JoinError> {
    let first = &moovs[0];
    for (clip, moov) in moovs.iter().enumerate().skip(1) {
        if moov.trak.len() != first.trak.len() {
            return Err(JoinError::OtherTracks { clip });
        }
        for (ours, theirs) in first.trak.iter().zip(&moov.trak) {
            let handler = ours.mdia.hdlr.handler;
            if theirs.mdia.hdlr.handler != handler {
                return Err(JoinError::OtherTracks { clip });
            }
            let same = settings(&theirs.mdia.minf.stbl.stsd) == settings(&ours.mdia.minf.stbl.stsd)
                && theirs.mdia.mdhd.timescale == ours.mdia.mdhd.timescale;
            if !same {
                return Err(JoinError::OtherSettings {
                    clip,
                    track: handler.to_string(),
                });
            }
        }
    }
    Ok(())
}

/// A track's sample entries without what differs from clip to clip of the same stream
/// (the bit rates encoders note beside it): the settings that must match.
fn settings(stsd: &mp4_atom::Stsd) -> mp4_atom::Stsd {
    let mut stsd = stsd.clone();
    for codec in &mut stsd.codecs {
        match codec {
            mp4_atom::Codec::Avc1(avc1) => avc1.btrt = None,
            mp4_atom::Codec::Hev1(hev1) => hev1.btrt = None,
            mp4_atom::Codec::Hvc1(hvc1) => hvc1.btrt = None,
            mp4_atom::Codec::Mp4a(mp4a) => {
                mp4a.btrt = None;
                let config = &mut mp4a.esds.es_desc.dec_config;
                config.max_bitrate = 0;
                config.avg_bitrate = 0;
                config.buffer_size_db = Default::default();
            }
            _ => {}
        }
    }
    stsd
}

fn encoded(moov: &Moov) -> Result<Vec<u8>, JoinError> {
    let mut out = Vec::new();
    moov.encode(&mut out)
        .map_err(|_| JoinError::Unreadable { clip: 0 })?;
    Ok(out)
}

fn set_chunk_offsets(moov: &mut Moov, places: &[Vec<u64>], start: u64, large: bool) {
    for (trak, places) in moov.trak.iter_mut().zip(places) {
        let stbl = &mut trak.mdia.minf.stbl;
        let offsets = places.iter().map(|p| start + p);
        if large {
            stbl.stco = None;
            stbl.co64 = Some(Co64 {
                entries: offsets.collect(),
            });
        } else {
            stbl.co64 = None;
            stbl.stco = Some(Stco {
                entries: offsets.map(|o| o as u32).collect(),
            });
        }
    }
}

/// Equal neighbours counted: `(value, how many in a row)`.
fn runs<T: PartialEq + Copy>(values: impl Iterator<Item = T>) -> Vec<(T, u32)> {
    let mut runs: Vec<(T, u32)> = Vec::new();
    for value in values {
        match runs.last_mut() {
            Some((last, count)) if *last == value => *count += 1,
            _ => runs.push((value, 1)),
        }
    }
    runs
}

/// One track of one clip, its tables spelled out sample by sample.
struct Track {
    /// Each sample's duration.
    deltas: Vec<u32>,
    /// Each sample's composition offset (0 without a `ctts`).
    offsets: Vec<i64>,
    has_ctts: bool,
    /// The sync samples (1-based), where the track lists them.
    sync: Vec<u32>,
    has_stss: bool,
    sizes: Vec<u32>,
    stsc: Vec<StscEntry>,
    /// Each chunk: where it starts in the clip and its length.
    chunks: Vec<(u64, u64)>,
}

impl Track {
    /// The tables of `trak`, checked: `None` when they do not add up.
    fn read(trak: &mp4_atom::Trak) -> Option<Track> {
        let stbl = &trak.mdia.minf.stbl;
        let sizes: Vec<u32> = match &stbl.stsz.samples {
            StszSamples::Identical { count, size } => {
                if *count > 10_000_000 {
                    return None;
                }
                vec![*size; *count as usize]
            }
            StszSamples::Different { sizes } => sizes.clone(),
        };
        let n = sizes.len();
        let expand = |pairs: Vec<(u32, u64)>| -> Option<Vec<u64>> {
            let total: u64 = pairs.iter().map(|(count, _)| u64::from(*count)).sum();
            (total == n as u64).then(|| {
                pairs
                    .into_iter()
                    .flat_map(|(count, value)| std::iter::repeat_n(value, count as usize))
                    .collect()
            })
        };
        let deltas = expand(
            stbl.stts
                .entries
                .iter()
                .map(|e| (e.sample_count, u64::from(e.sample_delta)))
                .collect(),
        )?
        .into_iter()
        .map(|d| d as u32)
        .collect();
        let offsets = match &stbl.ctts {
            Some(ctts) => {
                let total: u64 = ctts.entries.iter().map(|e| u64::from(e.sample_count)).sum();
                if total != n as u64 {
                    return None;
                }
                ctts.entries
                    .iter()
                    .flat_map(|e| std::iter::repeat_n(e.sample_offset, e.sample_count as usize))
                    .collect()
            }
            None => vec![0; n],
        };
        let sync = match &stbl.stss {
            Some(stss) => stss.entries.clone(),
            None => (1..=n as u32).collect(),
        };
        let chunk_offsets: Vec<u64> = match (&stbl.stco, &stbl.co64) {
            (Some(stco), _) => stco.entries.iter().map(|&o| u64::from(o)).collect(),
            (None, Some(co64)) => co64.entries.clone(),
            (None, None) => return None,
        };
        // Each chunk's length: the sizes of the samples stsc puts in it.
        let mut chunks = Vec::with_capacity(chunk_offsets.len());
        let mut sample = 0usize;
        for (i, offset) in chunk_offsets.iter().enumerate() {
            let number = i as u32 + 1;
            let per_chunk = stbl
                .stsc
                .entries
                .iter()
                .rev()
                .find(|e| e.first_chunk <= number)?
                .samples_per_chunk as usize;
            let end = sample.checked_add(per_chunk)?.min(n);
            let len: u64 = sizes[sample..end].iter().map(|&s| u64::from(s)).sum();
            chunks.push((*offset, len));
            sample = end;
        }
        if sample != n {
            return None;
        }
        Some(Track {
            deltas,
            offsets,
            has_ctts: stbl.ctts.is_some(),
            sync,
            has_stss: stbl.stss.is_some(),
            sizes,
            stsc: stbl.stsc.entries.clone(),
            chunks,
        })
    }

    fn duration(&self) -> u64 {
        self.deltas.iter().map(|&d| u64::from(d)).sum()
    }
}
