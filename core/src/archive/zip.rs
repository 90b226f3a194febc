//! "Download all" as one ZIP: the archive's own bytes (headers and directory) around files
//! stored as they are (method 0: videos and images are compressed already), laid out as a
//! list of parts the browser joins into one Blob. The files' bytes are never copied into the
//! wasm: only their sizes and CRC-32s are.
//!
//! Written here rather than with the `zip` crate: it writes into one `Write + Seek` target,
//! which would hold every kept video in the wasm's memory at once (gigabytes); this layout
//! is ~150 lines and is checked against the `zip` crate's reader in the tests. The format:
//! PKWARE's APPNOTE.TXT 6.3.10, sections 4.3.7 (local header), 4.3.12 (central directory)
//! and 4.3.16 (end of central directory), with bit 11 of the flags for UTF-8 names.

/// The checksum of a file's bytes (CRC-32, ISO-HDLC, as ZIP and PNG use it), fed in
/// chunks. A byte at a time with one 1 KiB table: `crc32fast`'s slice-by-16 tables added
/// 16 KiB (gzip) to the second module for a speed a download of kept files does not need.
pub struct Crc32(u32);

impl Default for Crc32 {
    fn default() -> Self {
        Crc32(!0)
    }
}

/// The reflected polynomial's table, built at compile time.
const TABLE: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut n = 0;
    while n < 256 {
        let mut c = n as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 == 1 {
                0xEDB8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
            k += 1;
        }
        table[n] = c;
        n += 1;
    }
    table
};

impl Crc32 {
    /// Adds the next bytes.
    pub fn update(&mut self, bytes: &[u8]) {
        let mut crc = self.0;
        for &byte in bytes {
            crc = TABLE[((crc ^ u32::from(byte)) & 0xFF) as usize] ^ (crc >> 8);
        }
        self.0 = crc;
    }

    /// The checksum of everything fed.
    pub fn finish(self) -> u32 {
        !self.0
    }
}

/// One file of the archive.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// Its name in the archive (unique; `/` separates folders).
    pub name: String,
    /// Its size in bytes.
    pub size: u64,
    /// The CRC-32 of its bytes.
    pub crc32: u32,
}

/// A part of the archive, in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Part {
    /// Bytes of the archive itself.
    Bytes(Vec<u8>),
    /// The bytes of the `n`th entry, as they are.
    File(usize),
}

/// Why the files do not fit one plain ZIP.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ZipError {
    /// Together (or one alone) past 4 GiB, or more than 65 535 files: ZIP64 would be needed.
    TooLarge,
    /// Two entries have the same name.
    SameName,
}

/// An MS-DOS date and time, as ZIP stores them (local time, to 2 s).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct DosTime {
    /// `(year - 1980) << 9 | month << 5 | day`.
    pub date: u16,
    /// `hour << 11 | minute << 5 | second / 2`.
    pub time: u16,
}

impl DosTime {
    /// From a calendar date and time; years outside 1980–2107 are clamped.
    pub fn new(year: u32, month: u32, day: u32, hour: u32, minute: u32, second: u32) -> Self {
        let year = year.clamp(1980, 2107) - 1980;
        DosTime {
            date: ((year << 9) | (month.clamp(1, 12) << 5) | day.clamp(1, 31)) as u16,
            time: ((hour.min(23) << 11) | (minute.min(59) << 5) | (second.min(59) / 2)) as u16,
        }
    }
}

const LOCAL: u32 = 0x0403_4b50;
const CENTRAL: u32 = 0x0201_4b50;
const END: u32 = 0x0605_4b50;
/// Version 2.0: stored files, folders.
const VERSION: u16 = 20;
/// Bit 11: the name is UTF-8.
const UTF8: u16 = 1 << 11;

/// The parts of an archive of `entries`, stored, all dated `when`.
pub fn layout(entries: &[Entry], when: DosTime) -> Result<Vec<Part>, ZipError> {
    if entries.len() > usize::from(u16::MAX) {
        return Err(ZipError::TooLarge);
    }
    let mut names: Vec<&str> = entries.iter().map(|e| e.name.as_str()).collect();
    names.sort_unstable();
    if names.windows(2).any(|pair| pair[0] == pair[1]) {
        return Err(ZipError::SameName);
    }
    let mut parts = Vec::with_capacity(entries.len() * 2 + 1);
    let mut directory = Vec::new();
    let mut offset: u64 = 0;
    for (index, entry) in entries.iter().enumerate() {
        let name = entry.name.as_bytes();
        let size = small(entry.size)?;
        let at = small(offset)?;
        let name_len = u16::try_from(name.len()).map_err(|_| ZipError::TooLarge)?;
        // Both headers describe the file alike, from "version needed" to the name's length.
        let mut described = Vec::with_capacity(24);
        put16(&mut described, VERSION);
        put16(&mut described, UTF8);
        put16(&mut described, 0); // stored
        put16(&mut described, when.time);
        put16(&mut described, when.date);
        put32(&mut described, entry.crc32);
        put32(&mut described, size);
        put32(&mut described, size);
        put16(&mut described, name_len);

        let mut header = Vec::with_capacity(30 + name.len());
        put32(&mut header, LOCAL);
        header.extend_from_slice(&described);
        put16(&mut header, 0); // extra field
        header.extend_from_slice(name);
        offset += header.len() as u64 + entry.size;
        parts.push(Part::Bytes(header));
        parts.push(Part::File(index));

        put32(&mut directory, CENTRAL);
        put16(&mut directory, VERSION); // made by
        directory.extend_from_slice(&described);
        put16(&mut directory, 0); // extra field
        put16(&mut directory, 0); // comment
        put16(&mut directory, 0); // disk
        put16(&mut directory, 0); // internal attributes
        put32(&mut directory, 0); // external attributes
        put32(&mut directory, at);
        directory.extend_from_slice(name);
    }
    let count = entries.len() as u16;
    let directory_at = small(offset)?;
    let directory_len = small(directory.len() as u64)?;
    put32(&mut directory, END);
    put16(&mut directory, 0);
    put16(&mut directory, 0);
    put16(&mut directory, count);
    put16(&mut directory, count);
    put32(&mut directory, directory_len);
    put32(&mut directory, directory_at);
    put16(&mut directory, 0);
    parts.push(Part::Bytes(directory));
    Ok(parts)
}

/// A size or offset within a plain ZIP's 32 bits (0xFFFFFFFF itself means ZIP64).
fn small(value: u64) -> Result<u32, ZipError> {
    u32::try_from(value)
        .ok()
        .filter(|v| *v != u32::MAX)
        .ok_or(ZipError::TooLarge)
}

fn put16(out: &mut Vec<u8>, value: u16) {
    out.extend_from_slice(&value.to_le_bytes());
}

fn put32(out: &mut Vec<u8>, value: u32) {
    out.extend_from_slice(&value.to_le_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Cursor, Read};

    fn crc(bytes: &[u8]) -> u32 {
        let mut crc = Crc32::default();
        for chunk in bytes.chunks(3) {
            crc.update(chunk);
        }
        crc.finish()
    }

    /// The archive's bytes, the parts joined as the browser joins them.
    fn archive(files: &[(&str, &[u8])]) -> Vec<u8> {
        let entries: Vec<Entry> = files
            .iter()
            .map(|(name, bytes)| Entry {
                name: (*name).to_owned(),
                size: bytes.len() as u64,
                crc32: crc(bytes),
            })
            .collect();
        let when = DosTime::new(2026, 12, 7, 13, 45, 31);
        let mut out = Vec::new();
        for part in layout(&entries, when).unwrap() {
            match part {
                Part::Bytes(bytes) => out.extend(bytes),
                Part::File(index) => out.extend_from_slice(files[index].1),
            }
        }
        out
    }

    #[test]
    fn a_zip_reader_reads_every_file_back() {
        let video: Vec<u8> = (0..100_000u32).map(|i| (i * 7 % 251) as u8).collect();
        let files: [(&str, &[u8]); 3] = [
            ("wan-2-2-3f2a9c1e.mp4", &video),
            ("flux-lite-3f2a9c1e-2.png", b"\x89PNG not really"),
            ("Größe/声.wav", b""),
        ];
        let bytes = archive(&files);
        let mut zip = ::zip::ZipArchive::new(Cursor::new(bytes)).expect("a valid archive");
        assert_eq!(zip.len(), 3);
        for (index, (name, content)) in files.iter().enumerate() {
            let mut file = zip.by_index(index).unwrap();
            assert_eq!(file.name(), *name);
            assert_eq!(file.compression(), ::zip::CompressionMethod::Stored);
            let mut read = Vec::new();
            file.read_to_end(&mut read).expect("the CRC matches");
            assert_eq!(&read, content);
            let modified = file.last_modified().unwrap();
            assert_eq!(
                (
                    modified.year(),
                    modified.month(),
                    modified.day(),
                    modified.hour(),
                    modified.minute(),
                    modified.second()
                ),
                (2026, 12, 7, 13, 45, 30)
            );
        }
    }

    #[test]
    fn an_empty_archive_is_only_its_end() {
        let bytes = archive(&[]);
        assert_eq!(bytes.len(), 22);
        assert_eq!(::zip::ZipArchive::new(Cursor::new(bytes)).unwrap().len(), 0);
    }

    #[test]
    fn what_a_plain_zip_cannot_hold_is_refused() {
        let entry = |name: &str, size| Entry {
            name: name.into(),
            size,
            crc32: 0,
        };
        let when = DosTime::default();
        assert_eq!(
            layout(&[entry("a", 1 << 32)], when),
            Err(ZipError::TooLarge)
        );
        assert_eq!(
            layout(&[entry("a", 3 << 30), entry("b", 3 << 30)], when),
            Err(ZipError::TooLarge),
            "the second file starts past 4 GiB"
        );
        assert_eq!(
            layout(&[entry("a", 1), entry("a", 2)], when),
            Err(ZipError::SameName)
        );
        assert!(layout(&[entry("a", u64::from(u32::MAX) - 100)], when).is_ok());
    }

    #[test]
    fn a_checksum_in_chunks_is_the_checksum_of_the_whole() {
        assert_eq!(crc(b"123456789"), 0xCBF4_3926, "the standard check value");
        assert_eq!(crc(b""), 0);
    }
}
