//! Clips joined into one MP4 without re-encoding: the samples of every clip are copied as
//! they are, one after another, and only the index (`moov`: which bytes are which sample,
//! when each plays) is written anew. The `moov` boxes are read and written with the
//! `mp4-atom` crate; the samples never pass through here: [`join`] returns the new head and
//! the byte ranges of each clip to put after it ([`Film::parts`]), so the caller can build
//! the file from the clips' own bytes (in the browser, a `Blob` of slices).
//!
//! Only the tables that change are decoded and encoded with `mp4-atom` (sample times, sizes,
//! chunks, durations); every other box is copied as it is, and the sample descriptions are
//! compared as bytes, so none of the crate's codec readers is linked: decoding whole `moov`
//! boxes with it made the second wasm module 121 KiB (gzip) larger, this 24 KiB (with the
//! chain's button and its messages).
//!
//! Clips join when every track matches the first clip's: the same kinds of track, in the
//! same order, and the same sample entry (codec, picture size, profile, SPS/PPS; sample rate
//! and channels), at the same time scale. A clip that differs is named ([`JoinError`]).

use super::mp4_box::boxed;
use super::mp4_settings::{settings_box, udta_box};
use mp4_atom::{
    Co64, Ctts, CttsEntry, Decode, Elst, Encode, Mdhd, Mvhd, Stco, Stsc, StscEntry, Stss, Stsz,
    StszSamples, Stts, SttsEntry, Tkhd,
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
    /// Its header's length: 8 bytes, or 16 with a 64-bit size.
    pub header: u64,
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
        header,
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

impl JoinError {
    /// The clip at fault (its index in the list given), if one is.
    pub fn clip(&self) -> Option<usize> {
        match self {
            JoinError::TooFew => None,
            JoinError::Unreadable { clip }
            | JoinError::OtherTracks { clip }
            | JoinError::OtherSettings { clip, .. } => Some(*clip),
        }
    }

    /// The sentence that says why, in `lang`, naming the clip by `number` (from 1, as the
    /// user sees it).
    pub fn message_in(&self, lang: crate::i18n::Lang, number: u64) -> String {
        let t = lang.texts();
        match self {
            JoinError::Unreadable { .. } => t.film_unreadable(number),
            JoinError::OtherTracks { .. } => t.film_other_tracks(number),
            JoinError::OtherSettings { .. } => t.film_other_settings(number),
            JoinError::TooFew => t.film_too_few(),
        }
    }
}

/// Joins `clips` (each with its `ftyp` and `moov`) into one film that carries `settings`
/// (JSON, see [`mp4_settings`](super::mp4_settings)) when given. With `drop_seam_frames`,
/// the first frame of every clip after the first is not shown (a clip made from the frame
/// its predecessor ends on repeats it): the film's edit list skips it, and as long of the
/// sound, so nothing is re-encoded and picture and sound stay together.
pub fn join(
    clips: &[Clip],
    settings: Option<&str>,
    drop_seam_frames: bool,
) -> Result<Film, JoinError> {
    if clips.len() < 2 {
        return Err(JoinError::TooFew);
    }
    write_film(clips, settings, drop_seam_frames)
}

/// One clip as it is, but carrying `settings`: its index written anew with them, its samples
/// untouched (what "Download" saves of a single video).
pub fn with_settings(clip: &Clip, settings: &str) -> Result<Film, JoinError> {
    write_film(std::slice::from_ref(clip), Some(settings), false)
}

fn write_film(
    clips: &[Clip],
    settings: Option<&str>,
    drop_seam_frames: bool,
) -> Result<Film, JoinError> {
    // The settings twice: in the `moov`'s `udta` (where tools read a comment), and in a
    // top-level `uuid` box after it (which sites that strip `udta` leave).
    let extra = settings.map(settings_box).unwrap_or_default();
    let udta = settings.map(udta_box).unwrap_or_default();
    if clips.is_empty() || clips[0].ftyp.len() < 8 {
        return Err(JoinError::Unreadable { clip: 0 });
    }
    let movies: Vec<Movie> = clips
        .iter()
        .enumerate()
        .map(|(clip, c)| Movie::read(&c.moov).ok_or(JoinError::Unreadable { clip }))
        .collect::<Result<_, _>>()?;
    check_alike(&movies)?;

    // The samples go clip by clip; within a clip, its chunks in the order of its file (so
    // video and sound stay interleaved as they were).
    let mut parts: Vec<Part> = Vec::new();
    // Per track of the film: each chunk's place in the samples' run, clip by clip.
    let mut chunk_places: Vec<Vec<u64>> = vec![Vec::new(); movies[0].tracks.len()];
    let mut at = 0u64;
    for (clip, movie) in movies.iter().enumerate() {
        let mut chunks: Vec<(u64, u64, usize, usize)> = Vec::new();
        for (t, track) in movie.tracks.iter().enumerate() {
            for (c, (offset, len)) in track.chunks.iter().enumerate() {
                chunks.push((*offset, *len, t, c));
            }
        }
        chunks.sort_by_key(|&(offset, ..)| offset);
        let mut places: Vec<Vec<u64>> = movie
            .tracks
            .iter()
            .map(|t| vec![0; t.chunks.len()])
            .collect();
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

    let first = &movies[0];
    let movie_scale = u64::from(first.mvhd.timescale.max(1));
    let mut joined: Vec<JoinedTrack> = Vec::new();
    // What each clip's start loses (seconds): the length of its first frame.
    let skips: Vec<f64> = movies
        .iter()
        .enumerate()
        .map(
            |(i, movie)| match (drop_seam_frames && i > 0, movie.video()) {
                (true, Some(video)) => video.first_frame_secs(),
                _ => 0.0,
            },
        )
        .collect();
    for t in 0..first.tracks.len() {
        let tracks: Vec<&Track> = movies.iter().map(|m| &m.tracks[t]).collect();
        joined.push(JoinedTrack::of(&tracks, movie_scale, &skips));
    }
    let mut mvhd = first.mvhd.clone();
    mvhd.duration = joined.iter().map(|t| t.tkhd.duration).max().unwrap_or(0);

    // The chunk offsets depend on the head's length, which does not depend on them.
    let large = data_len + 16 > u64::from(u32::MAX) / 2;
    let mdat_header = if large { 16 } else { 8 };
    let moov_len = first
        .write(&mvhd, &joined, &chunk_places, 0, large, &udta)?
        .len() as u64;
    let data_start = clips[0].ftyp.len() as u64 + moov_len + extra.len() as u64 + mdat_header;
    let moov = first.write(&mvhd, &joined, &chunk_places, data_start, large, &udta)?;

    let mut head = clips[0].ftyp.clone();
    head.extend(moov);
    head.extend(extra);
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
        seconds: mvhd.duration as f64 / movie_scale as f64,
    })
}

/// Every clip's tracks are the first clip's: the same kinds, in order, with the same
/// sample descriptions and time scales.
fn check_alike(movies: &[Movie]) -> Result<(), JoinError> {
    let first = &movies[0];
    for (clip, movie) in movies.iter().enumerate().skip(1) {
        if movie.tracks.len() != first.tracks.len() {
            return Err(JoinError::OtherTracks { clip });
        }
        for (ours, theirs) in first.tracks.iter().zip(&movie.tracks) {
            if theirs.handler != ours.handler {
                return Err(JoinError::OtherTracks { clip });
            }
            if theirs.settings != ours.settings || theirs.mdhd.timescale != ours.mdhd.timescale {
                return Err(JoinError::OtherSettings {
                    clip,
                    track: String::from_utf8_lossy(&ours.handler).into_owned(),
                });
            }
        }
    }
    Ok(())
}

/// A box as it is in the file: its type, its bytes (header included) and its body.
#[derive(Clone, Copy)]
struct RawBox<'a> {
    kind: [u8; 4],
    whole: &'a [u8],
    body: &'a [u8],
}

/// The boxes that make up `bytes`, in order; `None` when they do not fill it exactly.
fn boxes(bytes: &[u8]) -> Option<Vec<RawBox<'_>>> {
    let mut found = Vec::new();
    let mut at = 0usize;
    while at < bytes.len() {
        let b = box_at(&bytes[at..], at as u64, bytes.len() as u64)?;
        let whole = &bytes[at..at + b.size as usize];
        found.push(RawBox {
            kind: b.kind,
            whole,
            body: &whole[b.header as usize..],
        });
        at += b.size as usize;
    }
    Some(found)
}

/// The one child of kind `kind`.
fn child<'a>(children: &[RawBox<'a>], kind: &[u8; 4]) -> Option<RawBox<'a>> {
    children.iter().find(|b| &b.kind == kind).copied()
}

fn decode<T: Decode>(b: Option<RawBox<'_>>) -> Option<T> {
    T::decode(&mut b?.whole).ok()
}

/// A box of `kind` around `children` as they are, but those `replace` writes itself (it
/// returns `true`, having written the child anew or nothing, to leave it out).
fn rebuilt<'a>(
    kind: &[u8; 4],
    children: &[RawBox<'a>],
    replace: impl FnMut(&RawBox<'a>, &mut Vec<u8>) -> Result<bool, JoinError>,
) -> Result<Vec<u8>, JoinError> {
    Ok(boxed(kind, &rebuilt_body(children, replace)?))
}

/// The body of [`rebuilt`]: the children, each as it is or as `replace` writes it.
fn rebuilt_body<'a>(
    children: &[RawBox<'a>],
    mut replace: impl FnMut(&RawBox<'a>, &mut Vec<u8>) -> Result<bool, JoinError>,
) -> Result<Vec<u8>, JoinError> {
    let mut body = Vec::new();
    for child in children {
        if !replace(child, &mut body)? {
            body.extend_from_slice(child.whole);
        }
    }
    Ok(body)
}

fn encode<T: Encode>(value: &T, out: &mut Vec<u8>) -> Result<(), JoinError> {
    value
        .encode(out)
        .map_err(|_| JoinError::Unreadable { clip: 0 })
}

/// One clip's `moov`: its header, and its tracks' tables.
struct Movie<'a> {
    raw: Vec<RawBox<'a>>,
    mvhd: Mvhd,
    tracks: Vec<Track<'a>>,
}

impl<'a> Movie<'a> {
    fn read(moov: &'a [u8]) -> Option<Movie<'a>> {
        let top = boxes(moov)?;
        let moov = child(&top, b"moov")?;
        let raw = boxes(moov.body)?;
        let mvhd = decode(child(&raw, b"mvhd"))?;
        let tracks = raw
            .iter()
            .filter(|b| &b.kind == b"trak")
            .map(|trak| Track::read(*trak))
            .collect::<Option<Vec<_>>>()?;
        (!tracks.is_empty()).then_some(Movie { raw, mvhd, tracks })
    }

    /// Its picture track.
    fn video(&self) -> Option<&Track<'a>> {
        self.tracks.iter().find(|t| &t.handler == b"vide")
    }

    /// The film's `moov`: this clip's, its tables and durations those of `joined`, the
    /// chunks at `places` from `start`, and `udta` (whole, or nothing) at its end.
    fn write(
        &self,
        mvhd: &Mvhd,
        joined: &[JoinedTrack],
        places: &[Vec<u64>],
        start: u64,
        large: bool,
        udta: &[u8],
    ) -> Result<Vec<u8>, JoinError> {
        let mut t = 0;
        let mut body = rebuilt_body(&self.raw, |b, out| {
            match &b.kind {
                b"mvhd" => encode(mvhd, out)?,
                b"trak" => {
                    out.extend(self.tracks[t].write(&joined[t], &places[t], start, large)?);
                    t += 1;
                }
                // The first clip's own metadata (its encoder, its title) is not the film's.
                b"udta" | b"meta" => {}
                _ => return Ok(false),
            }
            Ok(true)
        })?;
        body.extend_from_slice(udta);
        Ok(boxed(b"moov", &body))
    }
}

/// One track of one clip: its boxes as they are, and its tables spelled out sample by
/// sample.
struct Track<'a> {
    trak: Vec<RawBox<'a>>,
    mdia: Vec<RawBox<'a>>,
    minf: Vec<RawBox<'a>>,
    stbl: Vec<RawBox<'a>>,
    handler: [u8; 4],
    /// The sample descriptions without what differs between clips of one stream.
    settings: Vec<u8>,
    tkhd: Tkhd,
    mdhd: Mdhd,
    elst: Option<Elst>,
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

impl<'a> Track<'a> {
    /// The tables of `trak`, checked: `None` when they are missing or do not add up.
    fn read(trak: RawBox<'a>) -> Option<Track<'a>> {
        let trak = boxes(trak.body)?;
        let mdia = boxes(child(&trak, b"mdia")?.body)?;
        let minf = boxes(child(&mdia, b"minf")?.body)?;
        let stbl = boxes(child(&minf, b"stbl")?.body)?;
        let hdlr = child(&mdia, b"hdlr")?;
        let handler: [u8; 4] = hdlr.body.get(8..12)?.try_into().ok()?;
        let settings = settings(child(&stbl, b"stsd")?.body)?;
        let tkhd: Tkhd = decode(child(&trak, b"tkhd"))?;
        let mdhd: Mdhd = decode(child(&mdia, b"mdhd"))?;
        let elst = child(&trak, b"edts")
            .and_then(|edts| boxes(edts.body))
            .and_then(|edts| decode::<Elst>(child(&edts, b"elst")));
        let stts: Stts = decode(child(&stbl, b"stts"))?;
        let ctts: Option<Ctts> = decode(child(&stbl, b"ctts"));
        let stss: Option<Stss> = decode(child(&stbl, b"stss"));
        let stsc: Stsc = decode(child(&stbl, b"stsc"))?;
        let stsz: Stsz = decode(child(&stbl, b"stsz"))?;
        let chunk_offsets: Vec<u64> = match decode::<Stco>(child(&stbl, b"stco")) {
            Some(stco) => stco.entries.iter().map(|&o| u64::from(o)).collect(),
            None => decode::<Co64>(child(&stbl, b"co64"))?.entries,
        };
        let sizes: Vec<u32> = match stsz.samples {
            StszSamples::Identical { count, size } => {
                if count > 10_000_000 {
                    return None;
                }
                vec![size; count as usize]
            }
            StszSamples::Different { sizes } => sizes,
        };
        let n = sizes.len();
        let deltas = spelled_out(
            stts.entries
                .iter()
                .map(|e| (e.sample_count, e.sample_delta)),
            n,
        )?;
        let offsets = match &ctts {
            Some(ctts) => spelled_out(
                ctts.entries
                    .iter()
                    .map(|e| (e.sample_count, e.sample_offset)),
                n,
            )?,
            None => vec![0; n],
        };
        let sync = match &stss {
            Some(stss) => stss.entries.clone(),
            None => (1..=n as u32).collect(),
        };
        // Each chunk's length: the sizes of the samples stsc puts in it.
        let mut chunks = Vec::with_capacity(chunk_offsets.len());
        let mut sample = 0usize;
        for (i, offset) in chunk_offsets.iter().enumerate() {
            let number = i as u32 + 1;
            let per_chunk = stsc
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
            trak,
            mdia,
            minf,
            stbl,
            handler,
            settings,
            tkhd,
            mdhd,
            elst,
            deltas,
            offsets,
            has_ctts: ctts.is_some(),
            sync,
            has_stss: stss.is_some(),
            sizes,
            stsc: stsc.entries,
            chunks,
        })
    }

    /// How long its first sample lasts, in seconds.
    fn first_frame_secs(&self) -> f64 {
        let delta = self.deltas.first().copied().unwrap_or(0);
        f64::from(delta) / f64::from(self.mdhd.timescale.max(1))
    }

    fn duration(&self) -> u64 {
        self.deltas.iter().map(|&d| u64::from(d)).sum::<u64>()
    }

    /// This track's `trak` box with `joined`'s tables and durations, its chunks at
    /// `places` from `start`.
    fn write(
        &self,
        joined: &JoinedTrack,
        places: &[u64],
        start: u64,
        large: bool,
    ) -> Result<Vec<u8>, JoinError> {
        let stbl = rebuilt(b"stbl", &self.stbl, |b, out| {
            match &b.kind {
                b"stts" => encode(&joined.stts, out)?,
                b"stsc" => encode(&joined.stsc, out)?,
                b"stsz" => {
                    encode(&joined.stsz, out)?;
                    // After the sizes: the tables the first clip may lack, and the offsets.
                    if let Some(ctts) = &joined.ctts {
                        encode(ctts, out)?;
                    }
                    if let Some(stss) = &joined.stss {
                        encode(stss, out)?;
                    }
                    let offsets = places.iter().map(|p| start + p);
                    if large {
                        encode(
                            &Co64 {
                                entries: offsets.collect(),
                            },
                            out,
                        )?;
                    } else {
                        let entries = offsets.map(|o| o as u32).collect();
                        encode(&Stco { entries }, out)?;
                    }
                }
                // Written above, or per-sample lists of the first clip alone (groups,
                // sub-samples, dependencies): left out.
                b"ctts" | b"stss" | b"stco" | b"co64" | b"sbgp" | b"sgpd" | b"subs" | b"saiz"
                | b"saio" | b"cslg" | b"sdtp" => {}
                _ => return Ok(false),
            }
            Ok(true)
        })?;
        let minf = rebuilt(b"minf", &self.minf, |b, out| {
            let mine = &b.kind == b"stbl";
            if mine {
                out.extend_from_slice(&stbl);
            }
            Ok(mine)
        })?;
        let mdia = rebuilt(b"mdia", &self.mdia, |b, out| {
            match &b.kind {
                b"mdhd" => encode(&joined.mdhd, out)?,
                b"minf" => out.extend_from_slice(&minf),
                _ => return Ok(false),
            }
            Ok(true)
        })?;
        rebuilt(b"trak", &self.trak, |b, out| {
            match &b.kind {
                b"tkhd" => encode(&joined.tkhd, out)?,
                b"mdia" => out.extend_from_slice(&mdia),
                b"edts" => {
                    if let Some(elst) = &joined.elst {
                        let mut edts = Vec::new();
                        encode(elst, &mut edts)?;
                        out.extend(boxed(b"edts", &edts));
                    }
                }
                b"udta" | b"meta" => {}
                _ => return Ok(false),
            }
            Ok(true)
        })
    }
}

/// A track of the film: the clips' tables one after another.
struct JoinedTrack {
    stts: Stts,
    ctts: Option<Ctts>,
    stss: Option<Stss>,
    stsc: Stsc,
    stsz: Stsz,
    mdhd: Mdhd,
    tkhd: Tkhd,
    elst: Option<Elst>,
}

impl JoinedTrack {
    /// The clips' `tracks` one after another; each clip's start cut by `skips` seconds.
    fn of(tracks: &[&Track], movie_scale: u64, skips: &[f64]) -> JoinedTrack {
        let first = tracks[0];
        let stts = Stts {
            entries: runs(tracks.iter().flat_map(|t| t.deltas.iter().copied()))
                .into_iter()
                .map(|(sample_delta, sample_count)| SttsEntry {
                    sample_count,
                    sample_delta,
                })
                .collect(),
        };
        let ctts = tracks.iter().any(|t| t.has_ctts).then(|| Ctts {
            entries: runs(tracks.iter().flat_map(|t| t.offsets.iter().copied()))
                .into_iter()
                .map(|(sample_offset, sample_count)| CttsEntry {
                    sample_count,
                    sample_offset,
                })
                .collect(),
        });
        let mut samples_before = 0u32;
        let mut chunks_before = 0u32;
        let mut sync = Vec::new();
        let mut stsc = Vec::new();
        for track in tracks {
            sync.extend(track.sync.iter().map(|s| s.saturating_add(samples_before)));
            stsc.extend(track.stsc.iter().map(|entry| StscEntry {
                first_chunk: entry.first_chunk.saturating_add(chunks_before),
                ..*entry
            }));
            samples_before = samples_before.saturating_add(track.sizes.len() as u32);
            chunks_before = chunks_before.saturating_add(track.chunks.len() as u32);
        }
        let media_duration = tracks
            .iter()
            .fold(0u64, |sum, t| sum.saturating_add(t.duration()));
        let mut mdhd = first.mdhd.clone();
        mdhd.duration = media_duration;
        let media_scale = u64::from(mdhd.timescale.max(1));
        let mut tkhd = first.tkhd.clone();
        tkhd.duration = media_duration.saturating_mul(movie_scale) / media_scale;
        let mut elst = first.elst.clone();
        if skips.iter().any(|s| *s > 0.0) {
            // One edit per clip: where its media starts in the film's, past what it skips.
            let mut start = 0u64;
            let mut entries = Vec::with_capacity(tracks.len());
            for (track, skip) in tracks.iter().zip(skips) {
                let own = track.elst.as_ref().and_then(|l| l.entries.last());
                let from = own.and_then(|e| e.media_time).unwrap_or(0);
                let shown = own.map_or_else(
                    || track.duration().saturating_mul(movie_scale) / media_scale,
                    |e| e.segment_duration,
                );
                let skip_media = (skip * media_scale as f64).round() as u64;
                let skip_movie = (skip * movie_scale as f64).round() as u64;
                entries.push(mp4_atom::ElstEntry {
                    segment_duration: shown.saturating_sub(skip_movie),
                    media_time: Some(start.saturating_add(from).saturating_add(skip_media)),
                    media_rate: 1.into(),
                });
                start = start.saturating_add(track.duration());
            }
            tkhd.duration = entries.iter().map(|e| e.segment_duration).sum();
            elst = Some(Elst { entries });
        } else if let Some(entry) = elst.as_mut().and_then(|l| l.entries.last_mut()) {
            // The first clip's edit (the sound's priming skipped), over the whole film.
            let skipped = entry.media_time.unwrap_or(0).saturating_mul(movie_scale) / media_scale;
            entry.segment_duration = tkhd.duration.saturating_sub(skipped);
        }
        JoinedTrack {
            stts,
            ctts,
            stss: tracks
                .iter()
                .any(|t| t.has_stss)
                .then_some(Stss { entries: sync }),
            stsc: Stsc { entries: stsc },
            stsz: Stsz {
                samples: StszSamples::Different {
                    sizes: tracks
                        .iter()
                        .flat_map(|t| t.sizes.iter().copied())
                        .collect(),
                },
            },
            mdhd,
            tkhd,
            elst,
        }
    }
}

/// `(count, value)` pairs as one value per sample; `None` unless they count `n` samples.
fn spelled_out<T: Copy>(pairs: impl Iterator<Item = (u32, T)> + Clone, n: usize) -> Option<Vec<T>> {
    let total: u64 = pairs.clone().map(|(count, _)| u64::from(count)).sum();
    (total == n as u64).then(|| {
        pairs
            .flat_map(|(count, value)| std::iter::repeat_n(value, count as usize))
            .collect()
    })
}

/// A track's sample descriptions (`stsd`'s body) without what differs from clip to clip
/// of one stream: the bit rates encoders note (a `btrt` box, and the rates in an `esds`).
/// `None` when it cannot be read.
fn settings(stsd: &[u8]) -> Option<Vec<u8>> {
    // Version, flags and the entry count; then the entries.
    let mut out = stsd.get(..8)?.to_vec();
    for entry in boxes(stsd.get(8..)?)? {
        // The fields before an entry's boxes: 78 bytes for a picture, 28 for sound.
        let fixed = match &entry.kind {
            b"avc1" | b"avc3" | b"hvc1" | b"hev1" | b"vp09" | b"av01" => 78,
            b"mp4a" | b"Opus" | b"ac-3" | b"ec-3" => 28,
            _ => {
                out.extend_from_slice(entry.whole);
                continue;
            }
        };
        out.extend(&entry.kind);
        out.extend_from_slice(entry.body.get(..fixed)?);
        for inner in boxes(entry.body.get(fixed..)?)? {
            match &inner.kind {
                b"btrt" => {}
                b"esds" => out.extend(esds_without_rates(inner.whole)?),
                _ => out.extend_from_slice(inner.whole),
            }
        }
    }
    Some(out)
}

/// An `esds` box with its decoder config's buffer size and bit rates zeroed.
fn esds_without_rates(esds: &[u8]) -> Option<Vec<u8>> {
    let mut out = esds.to_vec();
    // Header (8), version and flags (4), then the ES descriptor (tag 3).
    let mut at = 12;
    let (tag, len_bytes) = (*out.get(at)?, descriptor_length(&out[at + 1..])?);
    if tag != 3 {
        return Some(out);
    }
    at += 1 + len_bytes;
    let flags = *out.get(at + 2)?;
    at += 3;
    if flags & 0x80 != 0 {
        at += 2;
    }
    if flags & 0x40 != 0 {
        at += 1 + usize::from(*out.get(at)?);
    }
    if flags & 0x20 != 0 {
        at += 2;
    }
    if *out.get(at)? != 4 {
        return Some(out);
    }
    at += 1 + descriptor_length(out.get(at + 1..)?)?;
    // Object type (1), stream type (1), then buffer size (3), max and average rate (4 + 4).
    out.get_mut(at + 2..at + 13)?.fill(0);
    Some(out)
}

/// How many bytes a descriptor's length takes (7 bits each, the high bit: more follow).
fn descriptor_length(bytes: &[u8]) -> Option<usize> {
    let used = bytes.iter().take(4).position(|b| b & 0x80 == 0)? + 1;
    Some(used)
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
