//! A guard against pathologically deep HTML, applied to the page source before parsing.
//!
//! html5ever never recurses, but its tree builder looks through the whole stack of open elements
//! for many start tags, so a page of 100,000 nested `<div>`s takes minutes to parse. Browsers cap
//! the depth of the tree they build (Chromium at 512); this guard does the same to the source: a
//! start tag that would open an element deeper than [`MAXIMUM_NESTING_DEPTH`] is left out, with
//! its end tag. Text is never left out, and real pages are far shallower, so for them the source
//! passes through untouched.
//!
//! The depth is estimated by a light scan of the tags: void and self-closing elements, elements
//! whose end tag may be omitted (`p`, `li`, `td`, ...) and raw-text elements (`script`, `style`)
//! do not count, and an end tag closes the nearest open element of its name, as in HTML.

use std::borrow::Cow;
use std::ops::Range;

/// The deepest element kept, as in Chromium's HTML parser.
pub(crate) const MAXIMUM_NESTING_DEPTH: usize = 512;

/// How far down the open elements an end tag looks for its element; bounds the scan to linear
/// time on any input.
const END_TAG_SEARCH_DEPTH: usize = 64;

/// Elements that take no part in the depth estimate: void elements, elements whose end tag may be
/// omitted, and the page's frame, whose tags are often omitted.
const UNCOUNTED_ELEMENTS: [&str; 35] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
    "wbr", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot",
    "colgroup", "caption", "rb", "rt", "rtc", "rp", "html", "head", "body",
];

/// Elements whose content is raw text, up to their end tag: markup inside them is not markup.
const RAW_TEXT_ELEMENTS: [&str; 9] = [
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript",
];

/// `page_source` with the tags of elements deeper than [`MAXIMUM_NESTING_DEPTH`] left out.
pub(crate) fn limit_nesting_depth(page_source: &str) -> Cow<'_, str> {
    let left_out = tags_too_deep(page_source);
    if left_out.is_empty() {
        return Cow::Borrowed(page_source);
    }
    let mut limited = String::with_capacity(page_source.len());
    let mut copied_up_to = 0;
    for tag in left_out {
        limited.push_str(page_source.get(copied_up_to..tag.start).unwrap_or_default());
        copied_up_to = tag.end;
    }
    limited.push_str(page_source.get(copied_up_to..).unwrap_or_default());
    Cow::Owned(limited)
}

/// The byte ranges of the tags to leave out, in source order.
fn tags_too_deep(page_source: &str) -> Vec<Range<usize>> {
    let bytes = page_source.as_bytes();
    let mut left_out = Vec::new();
    // The counted open elements: name and whether the element is kept.
    let mut open_elements: Vec<(&str, bool)> = Vec::new();
    let mut position = 0;
    while let Some(offset) = bytes
        .get(position..)
        .and_then(|rest| rest.iter().position(|&byte| byte == b'<'))
    {
        let tag_start = position + offset;
        let rest = bytes.get(tag_start..).unwrap_or_default();
        if rest.starts_with(b"<!--") {
            position = find(bytes, tag_start + 4, b"-->").map_or(bytes.len(), |end| end + 3);
            continue;
        }
        if rest.starts_with(b"<!") || rest.starts_with(b"<?") {
            position = find(bytes, tag_start, b">").map_or(bytes.len(), |end| end + 1);
            continue;
        }
        let is_end_tag = rest.get(1) == Some(&b'/');
        let name_start = tag_start + if is_end_tag { 2 } else { 1 };
        if !bytes.get(name_start).is_some_and(u8::is_ascii_alphabetic) {
            // A `<` that opens no tag, as in `a < b`.
            position = tag_start + 1;
            continue;
        }
        let name_length = bytes
            .get(name_start..)
            .unwrap_or_default()
            .iter()
            .take_while(|&&byte| !byte.is_ascii_whitespace() && byte != b'/' && byte != b'>')
            .count();
        let name_end = name_start + name_length;
        let name = page_source.get(name_start..name_end).unwrap_or_default();
        let tag_end = end_of_tag(bytes, name_end);
        position = tag_end;
        let counted = !UNCOUNTED_ELEMENTS
            .iter()
            .any(|uncounted| uncounted.eq_ignore_ascii_case(name));
        if is_end_tag {
            let search_floor = open_elements.len().saturating_sub(END_TAG_SEARCH_DEPTH);
            let matching = (search_floor..open_elements.len()).rev().find(|&index| {
                open_elements
                    .get(index)
                    .is_some_and(|(open, _)| open.eq_ignore_ascii_case(name))
            });
            if let Some(index) = matching.filter(|_| counted) {
                if open_elements.get(index).is_some_and(|&(_, kept)| !kept) {
                    left_out.push(tag_start..tag_end);
                }
                open_elements.truncate(index);
            }
            continue;
        }
        if RAW_TEXT_ELEMENTS
            .iter()
            .any(|raw_text| raw_text.eq_ignore_ascii_case(name))
        {
            let closing = format!("</{name}");
            position = find_ignoring_case(bytes, tag_end, closing.as_bytes()).unwrap_or(bytes.len());
            continue;
        }
        let self_closing = bytes.get(..tag_end).is_some_and(|tag| tag.ends_with(b"/>"));
        if counted && !self_closing {
            let kept = open_elements.len() < MAXIMUM_NESTING_DEPTH;
            if !kept {
                left_out.push(tag_start..tag_end);
            }
            open_elements.push((name, kept));
        }
    }
    left_out
}

/// The offset just past the `>` that ends the tag whose name ends at `from`, skipping quoted
/// attribute values; the end of the source for an unterminated tag.
fn end_of_tag(bytes: &[u8], from: usize) -> usize {
    let mut position = from;
    let mut after_equals_sign = false;
    while let Some(&byte) = bytes.get(position) {
        match byte {
            b'>' => return position + 1,
            b'"' | b'\'' if after_equals_sign => {
                position = find(bytes, position + 1, &[byte]).unwrap_or(bytes.len());
                after_equals_sign = false;
            }
            b'=' => after_equals_sign = true,
            byte if byte.is_ascii_whitespace() => {}
            _ => after_equals_sign = false,
        }
        position += 1;
    }
    bytes.len()
}

/// The offset of the first `needle` in `bytes` at or after `from`.
fn find(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    let haystack = bytes.get(from..)?;
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
        .map(|offset| from + offset)
}

/// The offset of the first `needle` in `bytes` at or after `from`, ignoring ASCII case.
fn find_ignoring_case(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    let haystack = bytes.get(from..)?;
    haystack
        .windows(needle.len())
        .position(|window| window.eq_ignore_ascii_case(needle))
        .map(|offset| from + offset)
}
