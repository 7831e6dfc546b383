//! Turning the bytes a user gave us into text, or into one clear error; nothing is rewritten.
//!
//! A leading byte-order mark stays in the text (so spans stay offsets into the file as it
//! is on disk); the rest of the pipeline treats it as white space.

use thiserror::Error;

/// Why some bytes could not be read as text.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum InputError {
    /// The bytes are not valid UTF-8.
    #[error("not valid UTF-8 at byte {offset}")]
    InvalidUtf8 {
        /// Offset of the first byte that is not valid UTF-8.
        offset: usize,
    },
    /// The bytes hold NUL characters, so this is almost certainly not a text file. Said
    /// without the offset of the NUL byte, which tells a student nothing.
    #[error(
        "not a text file: it looks like a binary file (a picture, a program, a Word \
         document…)"
    )]
    Binary {
        /// Offset of the first NUL byte.
        offset: usize,
    },
    /// The text is too long for slant's positions (counts and line numbers are 32-bit).
    #[error("larger than 4 GiB ({bytes} bytes); split it into smaller files")]
    TooLarge {
        /// Size of the input.
        bytes: usize,
    },
    /// The bytes start with a UTF-16 byte-order mark.
    #[error("this file is UTF-16 ({0}); save it as UTF-8 and try again")]
    Utf16(&'static str),
}

/// Reads `bytes` as UTF-8 text, refusing binary and UTF-16 data with a precise reason.
pub fn decode(bytes: &[u8]) -> Result<&str, InputError> {
    if u32::try_from(bytes.len()).is_err() {
        return Err(InputError::TooLarge { bytes: bytes.len() });
    }
    if bytes.starts_with(&[0xFF, 0xFE]) {
        return Err(InputError::Utf16("little-endian"));
    }
    if bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(InputError::Utf16("big-endian"));
    }
    // NUL bytes first: a binary file is "not a text file", whatever else is wrong with it.
    if let Some(offset) = memchr::memchr(0, bytes) {
        return Err(InputError::Binary { offset });
    }
    std::str::from_utf8(bytes).map_err(|e| InputError::InvalidUtf8 {
        offset: e.valid_up_to(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_utf8_and_keeps_the_bom() {
        assert_eq!(decode("\u{feff}Hi".as_bytes()), Ok("\u{feff}Hi"));
    }

    #[test]
    fn names_the_offset_of_invalid_utf8() {
        assert_eq!(
            decode(b"abc\xffdef"),
            Err(InputError::InvalidUtf8 { offset: 3 })
        );
    }

    #[test]
    fn refuses_binary_and_utf16() {
        assert_eq!(decode(b"ab\0c"), Err(InputError::Binary { offset: 2 }));
        assert_eq!(
            decode(&[0xFF, 0xFE, b'a', 0]),
            Err(InputError::Utf16("little-endian"))
        );
    }
}
