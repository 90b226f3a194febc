//! What an image really is, read from its bytes (a file's name and the browser's MIME
//! guess can lie), and whether a PNG carries transparency.

/// An image file format.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ImageFormat {
    /// JPEG.
    Jpeg,
    /// PNG.
    Png,
    /// Windows bitmap.
    Bmp,
    /// WebP.
    Webp,
    /// GIF.
    Gif,
    /// SVG (text).
    Svg,
    /// AVIF.
    Avif,
    /// HEIC / HEIF.
    Heic,
    /// TIFF.
    Tiff,
    /// Another `image/*` type, holding its lower-case MIME type (e.g. "image/x-icon").
    Other(String),
}

impl ImageFormat {
    /// A short name for messages: "JPEG", "PNG", …; for `Other`, the MIME subtype.
    pub fn name(&self) -> &str {
        match self {
            ImageFormat::Jpeg => "JPEG",
            ImageFormat::Png => "PNG",
            ImageFormat::Bmp => "BMP",
            ImageFormat::Webp => "WEBP",
            ImageFormat::Gif => "GIF",
            ImageFormat::Svg => "SVG",
            ImageFormat::Avif => "AVIF",
            ImageFormat::Heic => "HEIC",
            ImageFormat::Tiff => "TIFF",
            ImageFormat::Other(mime) => {
                let sub = mime.strip_prefix("image/").unwrap_or(mime);
                sub.strip_prefix("x-").unwrap_or(sub)
            }
        }
    }

    /// Whether the Wan model accepts it (JPEG, PNG, BMP, WEBP).
    pub fn is_supported(&self) -> bool {
        matches!(
            self,
            ImageFormat::Jpeg | ImageFormat::Png | ImageFormat::Bmp | ImageFormat::Webp
        )
    }

    /// The MIME type, e.g. for a `data:` URL.
    pub fn mime(&self) -> &str {
        match self {
            ImageFormat::Jpeg => "image/jpeg",
            ImageFormat::Png => "image/png",
            ImageFormat::Bmp => "image/bmp",
            ImageFormat::Webp => "image/webp",
            ImageFormat::Gif => "image/gif",
            ImageFormat::Svg => "image/svg+xml",
            ImageFormat::Avif => "image/avif",
            ImageFormat::Heic => "image/heic",
            ImageFormat::Tiff => "image/tiff",
            ImageFormat::Other(mime) => mime,
        }
    }
}

const PNG_SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";
/// How far into a text file `<svg` is looked for.
const SVG_WINDOW: usize = 1024;
/// The sizes of the known BMP info headers (core, OS/2, Windows v1–v5).
const BMP_INFO_SIZES: [u32; 8] = [12, 16, 40, 52, 56, 64, 108, 124];

/// The format of an image from its leading bytes; `None` when unrecognised.
pub fn sniff(bytes: &[u8]) -> Option<ImageFormat> {
    let starts = |magic: &[u8]| bytes.starts_with(magic);
    if starts(b"\xFF\xD8\xFF") {
        Some(ImageFormat::Jpeg)
    } else if starts(PNG_SIGNATURE) {
        Some(ImageFormat::Png)
    } else if starts(b"GIF87a") || starts(b"GIF89a") {
        Some(ImageFormat::Gif)
    } else if starts(b"RIFF") && bytes.get(8..12) == Some(b"WEBP") {
        Some(ImageFormat::Webp)
    } else if starts(b"II*\0") || starts(b"MM\0*") {
        Some(ImageFormat::Tiff)
    } else if starts(b"BM") && is_bmp_info_size(bytes.get(14..18)) {
        Some(ImageFormat::Bmp)
    } else if bytes.get(4..8) == Some(b"ftyp") {
        sniff_ftyp(bytes)
    } else if is_svg(bytes) {
        Some(ImageFormat::Svg)
    } else {
        None
    }
}

/// "BM" alone is two letters any text may start with; the info header size that follows
/// the 14-byte file header pins it down.
fn is_bmp_info_size(size: Option<&[u8]>) -> bool {
    size.is_some_and(|b| BMP_INFO_SIZES.contains(&u32::from_le_bytes([b[0], b[1], b[2], b[3]])))
}

/// AVIF and HEIC share the ISO-BMFF `ftyp` box; its brands tell them apart. AVIF wins
/// when both appear, since AVIF files often list the generic `mif1` too.
fn sniff_ftyp(bytes: &[u8]) -> Option<ImageFormat> {
    let declared = bytes
        .get(0..4)
        .map_or(0, |b| u32::from_be_bytes([b[0], b[1], b[2], b[3]]) as usize);
    let end = declared.min(bytes.len());
    // Major brand at 8..12, minor version at 12..16, compatible brands from 16.
    let major = bytes.get(8..12).into_iter();
    let compatible = bytes.get(16..end).unwrap_or_default().chunks_exact(4);
    let mut heic = false;
    for brand in major.chain(compatible) {
        match brand {
            b"avif" | b"avis" => return Some(ImageFormat::Avif),
            b"heic" | b"heix" | b"heim" | b"heis" | b"hevc" | b"hevx" | b"mif1" | b"msf1" => {
                heic = true;
            }
            _ => {}
        }
    }
    heic.then_some(ImageFormat::Heic)
}

/// Text that opens with markup (after a BOM and whitespace) and has `<svg` near the top;
/// this covers an `<?xml …?>` prolog, a doctype and comments before the root.
fn is_svg(bytes: &[u8]) -> bool {
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let start = text
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(text.len());
    let head = &text[start..text.len().min(start + SVG_WINDOW)];
    head.first() == Some(&b'<') && head.windows(4).any(|w| w == b"<svg")
}

/// The format named by a MIME type (parameters ignored, case-insensitive); `None` for a
/// type that is not `image/*`.
pub fn from_mime(mime: &str) -> Option<ImageFormat> {
    let essence = mime.split(';').next().unwrap_or_default().trim();
    let lower = essence.to_ascii_lowercase();
    let sub = lower.strip_prefix("image/")?;
    Some(match sub {
        "" => return None,
        "jpeg" | "jpg" | "pjpeg" => ImageFormat::Jpeg,
        "png" | "x-png" => ImageFormat::Png,
        "bmp" | "x-ms-bmp" | "x-bmp" => ImageFormat::Bmp,
        "webp" => ImageFormat::Webp,
        "gif" => ImageFormat::Gif,
        "svg+xml" => ImageFormat::Svg,
        "avif" => ImageFormat::Avif,
        "heic" | "heif" | "heic-sequence" | "heif-sequence" => ImageFormat::Heic,
        "tiff" | "tif" => ImageFormat::Tiff,
        _ => ImageFormat::Other(lower),
    })
}

/// Whether a PNG can be transparent: colour type 4 or 6 (grey or RGB with alpha), or a
/// `tRNS` chunk before the image data. Anything that is not a well-formed PNG up to that
/// point gives `false`. CRCs are not checked.
pub fn png_has_alpha(bytes: &[u8]) -> bool {
    let Some(mut rest) = bytes.strip_prefix(PNG_SIGNATURE) else {
        return false;
    };
    let mut first = true;
    while let Some((kind, data, next)) = next_chunk(rest) {
        if first {
            // IHDR must come first: width 4, height 4, bit depth 1, colour type 1, …
            if kind != b"IHDR" || data.len() != 13 {
                return false;
            }
            if matches!(data[9], 4 | 6) {
                return true;
            }
            first = false;
        } else {
            match kind {
                b"tRNS" => return true,
                // tRNS is only valid before the image data.
                b"IDAT" | b"IEND" => return false,
                _ => {}
            }
        }
        rest = next;
    }
    false
}

/// Splits one PNG chunk (length, type, data, CRC) off the front: (type, data, rest).
fn next_chunk(bytes: &[u8]) -> Option<(&[u8], &[u8], &[u8])> {
    let len = bytes.get(0..4)?;
    let len = u32::from_be_bytes([len[0], len[1], len[2], len[3]]) as usize;
    let data_end = len.checked_add(8)?;
    let kind = bytes.get(4..8)?;
    let data = bytes.get(8..data_end)?;
    let rest = bytes.get(data_end.checked_add(4)?..)?;
    Some((kind, data, rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn crc32(bytes: &[u8]) -> u32 {
        let mut crc = !0u32;
        for &b in bytes {
            crc ^= u32::from(b);
            for _ in 0..8 {
                crc = if crc & 1 != 0 {
                    (crc >> 1) ^ 0xEDB8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }

    fn chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
        let mut out = (data.len() as u32).to_be_bytes().to_vec();
        out.extend_from_slice(kind);
        out.extend_from_slice(data);
        let mut crc_input = kind.to_vec();
        crc_input.extend_from_slice(data);
        out.extend_from_slice(&crc32(&crc_input).to_be_bytes());
        out
    }

    fn ihdr(colour_type: u8) -> Vec<u8> {
        let mut d = 640u32.to_be_bytes().to_vec();
        d.extend_from_slice(&480u32.to_be_bytes());
        d.extend_from_slice(&[8, colour_type, 0, 0, 0]);
        chunk(b"IHDR", &d)
    }

    fn png(colour_type: u8, middle: &[Vec<u8>]) -> Vec<u8> {
        let mut out = PNG_SIGNATURE.to_vec();
        out.extend(ihdr(colour_type));
        for c in middle {
            out.extend_from_slice(c);
        }
        out.extend(chunk(b"IEND", &[]));
        out
    }

    #[test]
    fn crc_helper_matches_the_known_iend_crc() {
        assert_eq!(chunk(b"IEND", &[])[8..], [0xAE, 0x42, 0x60, 0x82]);
    }

    #[test]
    fn sniffs_the_supported_formats() {
        assert_eq!(sniff(b"\xFF\xD8\xFF\xE0rest"), Some(ImageFormat::Jpeg));
        assert_eq!(sniff(&png(2, &[])), Some(ImageFormat::Png));
        let mut bmp = b"BM\x36\0\0\0\0\0\0\0\x36\0\0\0".to_vec();
        for size in BMP_INFO_SIZES {
            bmp.truncate(14);
            bmp.extend_from_slice(&size.to_le_bytes());
            assert_eq!(sniff(&bmp), Some(ImageFormat::Bmp), "{size}");
        }
        assert_eq!(sniff(b"RIFF\x24\0\0\0WEBPVP8 "), Some(ImageFormat::Webp));
    }

    #[test]
    fn sniffs_unsupported_formats() {
        assert_eq!(sniff(b"GIF87a.."), Some(ImageFormat::Gif));
        assert_eq!(sniff(b"GIF89a.."), Some(ImageFormat::Gif));
        assert_eq!(sniff(b"II*\0\x08\0\0\0"), Some(ImageFormat::Tiff));
        assert_eq!(sniff(b"MM\0*\0\0\0\x08"), Some(ImageFormat::Tiff));
    }

    #[test]
    fn near_misses_are_not_recognised() {
        assert_eq!(sniff(b""), None);
        assert_eq!(sniff(b"\xFF\xD8"), None);
        assert_eq!(sniff(&PNG_SIGNATURE[..7]), None);
        assert_eq!(sniff(b"GIF90a"), None);
        assert_eq!(sniff(b"RIFF\x24\0\0\0WAVEfmt "), None);
        assert_eq!(sniff(b"RIFF\x24\0\0\0WEB"), None);
        // "BM" needs a file header and a known info header size behind it.
        assert_eq!(sniff(b"BM\x36\0\0\0\0\0\0\0\x36\0\0\0\x28\0\0"), None);
        assert_eq!(sniff(b"BM\x36\0\0\0\0\0\0\0\x36\0\0\0\x29\0\0\0"), None);
        assert_eq!(sniff(b"BMW is a car brand."), None);
        assert_eq!(sniff(b"hello world"), None);
    }

    fn ftyp(major: &[u8; 4], compatible: &[&[u8; 4]]) -> Vec<u8> {
        let size = 16 + 4 * compatible.len();
        let mut out = (size as u32).to_be_bytes().to_vec();
        out.extend_from_slice(b"ftyp");
        out.extend_from_slice(major);
        out.extend_from_slice(&[0, 0, 0, 0]);
        for b in compatible {
            out.extend_from_slice(*b);
        }
        out.extend_from_slice(b"\0\0\0\x08meta");
        out
    }

    #[test]
    fn sniffs_ftyp_brands() {
        assert_eq!(sniff(&ftyp(b"avif", &[b"mif1"])), Some(ImageFormat::Avif));
        assert_eq!(sniff(&ftyp(b"avis", &[])), Some(ImageFormat::Avif));
        assert_eq!(
            sniff(&ftyp(b"mif1", &[b"miaf", b"avif"])),
            Some(ImageFormat::Avif)
        );
        assert_eq!(sniff(&ftyp(b"heic", &[b"mif1"])), Some(ImageFormat::Heic));
        assert_eq!(sniff(&ftyp(b"heix", &[])), Some(ImageFormat::Heic));
        assert_eq!(sniff(&ftyp(b"mif1", &[b"heic"])), Some(ImageFormat::Heic));
        assert_eq!(sniff(&ftyp(b"isom", &[b"mp41"])), None);
        // A brand after the box's declared end does not count.
        let mut short = ftyp(b"isom", &[b"mp41"]);
        short[3] = 16;
        short[16..20].copy_from_slice(b"avif");
        assert_eq!(sniff(&short), None);
        // A box size past the end of the input is clamped, not trusted.
        let mut long = ftyp(b"isom", &[b"avif"]);
        long[0] = 0xFF;
        assert_eq!(sniff(&long), Some(ImageFormat::Avif));
        assert_eq!(sniff(b"\0\0\0\x18ftyp"), None);
    }

    #[test]
    fn sniffs_svg() {
        assert_eq!(
            sniff(b"<svg xmlns='http://www.w3.org/2000/svg'/>"),
            Some(ImageFormat::Svg)
        );
        assert_eq!(
            sniff(b"\xEF\xBB\xBF \n\t<?xml version=\"1.0\"?>\n<svg/>"),
            Some(ImageFormat::Svg)
        );
        assert_eq!(
            sniff(b"<?xml version=\"1.0\"?><!DOCTYPE svg><!-- hi --><svg/>"),
            Some(ImageFormat::Svg)
        );
        // `<svg` must start within 1 KB of the first markup.
        let mut far = b"<!--".to_vec();
        far.resize(SVG_WINDOW - 4, b'x');
        far.extend_from_slice(b"<svg/>");
        assert_eq!(sniff(&far), Some(ImageFormat::Svg));
        far.insert(5, b'x');
        assert_eq!(sniff(&far), None);
        assert_eq!(sniff(b"not markup <svg/>"), None);
        assert_eq!(sniff(b"<html><body>hi</body></html>"), None);
        assert_eq!(sniff(b"   "), None);
    }

    #[test]
    fn mime_types() {
        use ImageFormat::*;
        let cases = [
            ("image/jpeg", Jpeg),
            ("image/jpg", Jpeg),
            ("IMAGE/JPEG; charset=binary", Jpeg),
            ("image/png", Png),
            ("image/bmp", Bmp),
            ("image/x-ms-bmp", Bmp),
            ("image/webp", Webp),
            ("image/gif", Gif),
            ("image/svg+xml", Svg),
            ("image/avif", Avif),
            ("image/heic", Heic),
            ("image/heif", Heic),
            ("image/tiff", Tiff),
            (" image/x-icon ", Other("image/x-icon".into())),
        ];
        for (mime, format) in cases {
            assert_eq!(from_mime(mime), Some(format), "{mime}");
        }
        for mime in [
            "",
            "image/",
            "video/mp4",
            "text/plain",
            "application/octet-stream",
            "image",
        ] {
            assert_eq!(from_mime(mime), None, "{mime}");
        }
    }

    #[test]
    fn names_mimes_and_support() {
        use ImageFormat::*;
        for f in [Jpeg, Png, Bmp, Webp] {
            assert!(f.is_supported(), "{f:?}");
            assert_eq!(from_mime(f.mime()), Some(f.clone()));
        }
        for f in [Gif, Svg, Avif, Heic, Tiff, Other("image/jxl".into())] {
            assert!(!f.is_supported(), "{f:?}");
            assert_eq!(from_mime(f.mime()), Some(f.clone()));
        }
        assert_eq!(Jpeg.name(), "JPEG");
        assert_eq!(Webp.name(), "WEBP");
        assert_eq!(Heic.name(), "HEIC");
        assert_eq!(Other("image/x-icon".into()).name(), "icon");
        assert_eq!(Other("image/jxl".into()).name(), "jxl");
        assert_eq!(Other("image/jxl".into()).mime(), "image/jxl");
    }

    #[test]
    fn alpha_from_the_colour_type() {
        assert!(!png_has_alpha(&png(0, &[])), "grey");
        assert!(!png_has_alpha(&png(2, &[])), "RGB");
        assert!(!png_has_alpha(&png(3, &[])), "palette");
        assert!(png_has_alpha(&png(4, &[])), "grey + alpha");
        assert!(png_has_alpha(&png(6, &[])), "RGBA");
    }

    #[test]
    fn alpha_from_a_trns_chunk_before_the_data() {
        let trns = chunk(b"tRNS", &[0, 0xFF]);
        let plte = chunk(b"PLTE", &[0, 0, 0]);
        let idat = chunk(b"IDAT", &[1, 2, 3]);
        assert!(png_has_alpha(&png(
            3,
            &[plte.clone(), trns.clone(), idat.clone()]
        )));
        assert!(png_has_alpha(&png(2, std::slice::from_ref(&trns))));
        assert!(!png_has_alpha(&png(3, &[plte, idat.clone(), trns.clone()])));
        assert!(!png_has_alpha(&png(2, &[idat])));
        // Only the head of the file is needed.
        let mut head = png(2, &[trns]);
        head.truncate(head.len() - 12);
        assert!(png_has_alpha(&head));
    }

    #[test]
    fn malformed_pngs_have_no_alpha() {
        assert!(!png_has_alpha(b""));
        assert!(!png_has_alpha(PNG_SIGNATURE));
        assert!(!png_has_alpha(b"\xFF\xD8\xFF\xE0 jpeg with 6 in it"));
        // IHDR cut short.
        let full = png(6, &[]);
        assert!(!png_has_alpha(&full[..8 + 8 + 12]));
        // IHDR of the wrong length.
        let mut bad = PNG_SIGNATURE.to_vec();
        bad.extend(chunk(b"IHDR", &[0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0]));
        assert!(!png_has_alpha(&bad));
        // First chunk is not IHDR.
        let mut bad = PNG_SIGNATURE.to_vec();
        bad.extend(chunk(b"tRNS", &[0]));
        bad.extend(ihdr(6));
        assert!(!png_has_alpha(&bad));
        // A chunk length pointing past the end.
        let mut bad = PNG_SIGNATURE.to_vec();
        bad.extend(ihdr(2));
        bad.extend_from_slice(&[0xFF, 0xFF, 0xFF, 0xFF]);
        bad.extend_from_slice(b"tRNS");
        assert!(!png_has_alpha(&bad));
    }
}
