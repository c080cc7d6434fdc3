//! A QR code as an SVG path, so a staff screen can hand a list link to a phone's camera: no typing, no phone
//! number, no server.
//!
//! Encoding is Nayuki's `qrcodegen`; this module only draws: one path of dark modules, each row's runs merged into
//! one rectangle, inside the four-module quiet zone the standard asks for. The picture is plain data, so the
//! tests read it back with a real QR decoder.

use qrcodegen::{QrCode, QrCodeEcc};
use std::fmt::Write as _;

/// Modules of light margin around the code: the standard's minimum, which scanners rely on to find the code.
pub const QUIET_ZONE: i32 = 4;

/// A QR code ready to draw on a square `size` × `size` canvas (in modules, quiet zone included).
#[derive(Debug, PartialEq, Eq)]
pub struct QrPicture {
    /// The canvas' width and height in modules.
    pub size: i32,
    /// An SVG path of the dark modules: `M{x} {y}h{run}v1h-{run}z` per run of dark modules in a row.
    pub path: String,
}

/// The QR code for `text` at error-correction level M (15 %: a smudged screen or a glare still scans), or `None`
/// if the text is too long for any QR version (about 2,300 bytes at level M; a list link is far shorter).
pub fn picture(text: &str) -> Option<QrPicture> {
    let code = QrCode::encode_binary(text.as_bytes(), QrCodeEcc::Medium).ok()?;
    let modules = code.size();
    let mut path = String::new();
    for y in 0..modules {
        let row: Vec<bool> = (0..modules).map(|x| code.get_module(x, y)).collect();
        let top = y + QUIET_ZONE;
        let mut left = QUIET_ZONE;
        for run in row.chunk_by(|a, b| a == b) {
            // A code has at most 177 modules a side, so a run's length fits.
            let width = run.len() as i32;
            if run.first() == Some(&true) {
                let _ = write!(path, "M{left} {top}h{width}v1h-{width}z");
            }
            left += width;
        }
    }
    Some(QrPicture {
        size: modules + 2 * QUIET_ZONE,
        path,
    })
}
