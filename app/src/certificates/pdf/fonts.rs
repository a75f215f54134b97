//! The fonts a certificate embeds: DejaVu Sans and its bold, as subsets of
//! the glyphs drawn, with the CMap that lets a reader copy the text out.

use super::shaping::{logical_chars, visual_order};
use pdf_writer::types::{CidFontType, FontFlags, SystemInfo, UnicodeCmap};
use pdf_writer::{Filter, Finish, Name, Pdf, Rect, Ref, Str};
use std::collections::BTreeMap;
use subsetter::GlyphRemapper;
use ttf_parser::{Face, GlyphId};

// Paths are relative to this file: `app/src/certificates/pdf/fonts.rs` ->
// `app/assets/fonts/`.
pub(super) static REGULAR_TTF: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans.ttf");
pub(super) static BOLD_TTF: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans-Bold.ttf");

/// A TrueType font plus the bookkeeping needed to embed only the glyphs used.
pub(super) struct EmbeddedFont<'f> {
    data: &'f [u8],
    face: Face<'f>,
    postscript_name: &'static str,
    /// Maps original glyph ids to the CIDs used in content streams. CIDs are
    /// the glyph ids of the subset font, as the subsetter renumbers glyphs.
    remapper: GlyphRemapper,
    /// CID -> text it represents, for the ToUnicode CMap.
    to_unicode: BTreeMap<u16, Vec<char>>,
    /// CID -> advance width in 1/1000 em, for the W array.
    widths: BTreeMap<u16, f32>,
}

impl<'f> EmbeddedFont<'f> {
    pub(super) fn new(data: &'f [u8], face: Face<'f>, postscript_name: &'static str) -> Self {
        Self {
            data,
            face,
            postscript_name,
            remapper: GlyphRemapper::new(),
            to_unicode: BTreeMap::new(),
            widths: BTreeMap::new(),
        }
    }

    /// Scale factor from font units to PDF glyph space (1000 per em).
    pub(super) fn to_pdf_units(&self) -> f32 {
        1000.0 / f32::from(self.face.units_per_em().max(1))
    }

    /// Glyph id for a char; missing glyphs become .notdef (0) instead of failing.
    pub(super) fn glyph(&self, c: char) -> u16 {
        self.face.glyph_index(c).map_or(0, |g| g.0)
    }

    pub(super) fn advance(&self, gid: u16) -> f32 {
        f32::from(self.face.glyph_hor_advance(GlyphId(gid)).unwrap_or(0)) * self.to_pdf_units()
    }

    /// Width of `text` in points at `size`.
    pub(super) fn measure(&self, text: &str, size: f32) -> f32 {
        let units: f32 = visual_order(text)
            .chars()
            .map(|c| self.advance(self.glyph(c)))
            .sum();
        units * size / 1000.0
    }

    /// Turns already-visual text into the 2-byte CID string for `Tj`, recording
    /// the glyphs so they end up in the subset, W array and ToUnicode map.
    pub(super) fn encode(&mut self, visual: &str) -> Vec<u8> {
        let mut bytes = Vec::with_capacity(visual.len() * 2);
        for c in visual.chars() {
            let gid = self.glyph(c);
            let cid = self.remapper.remap(gid);
            if gid != 0 {
                self.to_unicode
                    .entry(cid)
                    .or_insert_with(|| logical_chars(c));
            }
            let width = self.advance(gid);
            self.widths.entry(cid).or_insert(width);
            bytes.extend_from_slice(&cid.to_be_bytes());
        }
        bytes
    }
}

// ---------------------------------------------------------------------------
// Text preparation (Arabic shaping + bidi)
// ---------------------------------------------------------------------------

/// Embeds `font` as a Type0/CIDFontType2 font with Identity-H encoding.
pub(super) fn write_font(pdf: &mut Pdf, alloc: &mut Ref, type0_id: Ref, font: &EmbeddedFont) {
    let cid_id = alloc.bump();
    let descriptor_id = alloc.bump();
    let cmap_id = alloc.bump();
    let file_id = alloc.bump();
    let system_info = SystemInfo {
        registry: Str(b"Adobe"),
        ordering: Str(b"Identity"),
        supplement: 0,
    };

    // Fall back to the whole font if subsetting fails: bigger, but correct,
    // given a CIDToGIDMap that translates our CIDs to the original glyph ids.
    let subset = subsetter::subset(font.data, 0, &font.remapper).ok();
    let base_font = match subset {
        Some(_) => format!("{}+{}", subset_tag(&font.remapper), font.postscript_name),
        None => font.postscript_name.to_string(),
    };
    let base_font = Name(base_font.as_bytes());

    pdf.type0_font(type0_id)
        .base_font(base_font)
        .encoding_predefined(Name(b"Identity-H"))
        .descendant_font(cid_id)
        .to_unicode(cmap_id);

    let mut cid = pdf.cid_font(cid_id);
    cid.subtype(CidFontType::Type2)
        .base_font(base_font)
        .system_info(system_info)
        .font_descriptor(descriptor_id);
    let gid_map_id = if subset.is_some() {
        cid.cid_to_gid_map_predefined(Name(b"Identity"));
        None
    } else {
        let id = alloc.bump();
        cid.cid_to_gid_map_stream(id);
        Some(id)
    };
    let mut widths = cid.widths();
    for (cid, width) in &font.widths {
        widths.consecutive(*cid, [*width]);
    }
    widths.finish();
    cid.finish();

    let scale = font.to_pdf_units();
    let face = &font.face;
    let bbox = face.global_bounding_box();
    let ascender = f32::from(face.ascender()) * scale;
    let weight = face.weight().to_number();
    pdf.font_descriptor(descriptor_id)
        .name(base_font)
        .flags(FontFlags::SYMBOLIC)
        .bbox(Rect::new(
            f32::from(bbox.x_min) * scale,
            f32::from(bbox.y_min) * scale,
            f32::from(bbox.x_max) * scale,
            f32::from(bbox.y_max) * scale,
        ))
        .italic_angle(face.italic_angle())
        .ascent(ascender)
        .descent(f32::from(face.descender()) * scale)
        .cap_height(
            face.capital_height()
                .map_or(ascender, |h| f32::from(h) * scale),
        )
        // Heuristic also used by typst; readers only use it for substitution.
        .stem_v(10.0 + 0.244 * (f32::from(weight) - 50.0))
        .font_file2(file_id);

    let mut cmap = UnicodeCmap::new(Name(b"Custom"), system_info);
    for (cid, chars) in &font.to_unicode {
        cmap.pair_with_multiple(*cid, chars.iter().copied());
    }
    pdf.cmap(cmap_id, &deflate(&cmap.finish()))
        .name(Name(b"Custom"))
        .system_info(system_info)
        .filter(Filter::FlateDecode);

    let program: &[u8] = subset.as_deref().unwrap_or(font.data);
    let length1 = i32::try_from(program.len()).unwrap_or(i32::MAX);
    pdf.stream(file_id, &deflate(program))
        .filter(Filter::FlateDecode)
        .pair(Name(b"Length1"), length1);

    if let Some(id) = gid_map_id {
        let map: Vec<u8> = font
            .remapper
            .remapped_gids()
            .flat_map(u16::to_be_bytes)
            .collect();
        pdf.stream(id, &deflate(&map)).filter(Filter::FlateDecode);
    }
}

/// Six uppercase letters derived from the glyph set, as PDF requires for
/// subset font names; deterministic so identical inputs give identical files.
pub(super) fn subset_tag(remapper: &GlyphRemapper) -> String {
    // FNV-1a: tiny and stable across Rust versions, unlike DefaultHasher.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for gid in remapper.remapped_gids() {
        for byte in gid.to_be_bytes() {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    (0..6)
        .map(|_| {
            let letter = char::from(b'A' + (hash % 26) as u8);
            hash /= 26;
            letter
        })
        .collect()
}

/// Every stream of the document (fonts, CMaps, page content) is deflated.
pub(super) fn deflate(data: &[u8]) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec_zlib(data, 9)
}
