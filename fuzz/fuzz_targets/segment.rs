//! Segmentation and quotation classification on arbitrary text (the bytes decoded lossily): the
//! whole offset contract of `rhetor_segment::segment` holds.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    rhetor_fuzz::check_segmentation(&text, &rhetor_segment::segment(&text));
});
