//! An MP4 box written whole: its 32-bit size, its type, its body (what the joiner and the
//! settings write; anything larger than 4 GiB is not theirs to write).

/// A box of `kind` around `body`.
pub fn boxed(kind: &[u8; 4], body: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len() + 8);
    out.extend(
        u32::try_from(body.len() + 8)
            .unwrap_or(u32::MAX)
            .to_be_bytes(),
    );
    out.extend(kind);
    out.extend_from_slice(body);
    out
}
