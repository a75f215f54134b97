//! PDF rendering of course-completion certificates.
//!
//! Written against the low-level `pdf-writer` crate so that the output stays
//! small and fully under our control: DejaVu Sans is embedded as a subset
//! (only the glyphs actually drawn), streams are deflated, and the QR code is
//! drawn as vector rectangles instead of an image.
//!
//! Arabic needs contextual shaping and right-to-left ordering, which PDF does
//! not do for us. Without pulling in a full shaping engine, we reshape Arabic
//! into the Unicode "Presentation Forms" (DejaVu Sans has those glyphs) and
//! reorder each line into visual order with the Unicode bidi algorithm.

mod fonts;
mod shaping;

use fonts::{deflate, write_font, EmbeddedFont, BOLD_TTF, REGULAR_TTF};
use pdf_writer::{Content, Filter, Finish, Name, Pdf, Rect, Ref, Str, TextStr};
use qrcode::{Color, EcLevel, QrCode};
use shaping::visual_order;
use ttf_parser::Face;

/// A4 landscape, in PDF points.
const PAGE_W: f32 = 842.0;
const PAGE_H: f32 = 595.0;

const REGULAR: usize = 0;
const BOLD: usize = 1;
const FONT_NAMES: [Name<'static>; 2] = [Name(b"F0"), Name(b"F1")];
const REVOKED_GS: Name<'static> = Name(b"GSrevoked");

type Rgb = [f32; 3];
const INK: Rgb = [0.13, 0.15, 0.18];
const MUTED: Rgb = [0.38, 0.41, 0.45];
const ACCENT: Rgb = [0.07, 0.33, 0.42];
const REVOKED_RED: Rgb = [0.80, 0.05, 0.05];

/// Everything printed on a certificate. Dates are pre-formatted by the caller
/// so that this module stays locale-agnostic.
pub struct CertificateDocument<'a> {
    pub holder_name: &'a str,
    pub course_title: &'a str,
    pub cohort_dates: &'a str,
    pub issued_on: &'a str,
    pub code: &'a str,
    pub verify_url: &'a str,
    pub platform_name: &'a str,
    pub revoked: bool,
}

/// Renders the certificate as a one-page A4 landscape PDF.
pub fn render(doc: &CertificateDocument) -> Vec<u8> {
    match (Face::parse(REGULAR_TTF, 0), Face::parse(BOLD_TTF, 0)) {
        (Ok(regular), Ok(bold)) => {
            let fonts = [
                EmbeddedFont::new(REGULAR_TTF, regular, "DejaVuSans"),
                EmbeddedFont::new(BOLD_TTF, bold, "DejaVuSans-Bold"),
            ];
            render_with_fonts(doc, fonts)
        }
        // Only reachable if the bundled font files are corrupt; still hand out
        // a usable (ASCII-only) document rather than failing the request.
        _ => render_fallback(doc),
    }
}

/// Whether the embedded fonts draw every letter of `text`. DejaVu Sans
/// covers Latin, Greek, Cyrillic and Arabic; it has no Devanagari, Bengali
/// or CJK, which would also need a shaping engine. A name it cannot draw
/// gets no PDF (empty boxes in place of a name would be worse): the page
/// says to print the HTML certificate, which the browser draws whole.
pub fn can_print(text: &str) -> bool {
    let (Ok(regular), Ok(bold)) = (Face::parse(REGULAR_TTF, 0), Face::parse(BOLD_TTF, 0)) else {
        return false;
    };
    visual_order(text).chars().all(|c| {
        c.is_whitespace() || (regular.glyph_index(c).is_some() && bold.glyph_index(c).is_some())
    })
}

/// Whether the certificate's PDF can be drawn: its name and course title.
pub fn prints(certificate: &super::store::CertificateRecord) -> bool {
    can_print(&certificate.holder_name) && can_print(&certificate.course_title)
}

// ---------------------------------------------------------------------------
// Fonts
// ---------------------------------------------------------------------------

struct Canvas<'f> {
    content: Content,
    fonts: [EmbeddedFont<'f>; 2],
}

#[derive(Clone, Copy)]
struct Style {
    font: usize,
    size: f32,
    color: Rgb,
}

impl Style {
    const fn new(font: usize, size: f32, color: Rgb) -> Self {
        Self { font, size, color }
    }
}

enum Align {
    Center,
    Right,
}

impl Canvas<'_> {
    fn measure(&self, font: usize, text: &str, size: f32) -> f32 {
        self.fonts.get(font).map_or(0.0, |f| f.measure(text, size))
    }

    /// Largest size in `[min, max]` at which `text` fits in `max_width`.
    fn fit_size(&self, font: usize, text: &str, max: f32, min: f32, max_width: f32) -> f32 {
        let at_one = self.measure(font, text, 1.0);
        if at_one <= 0.0 {
            return max;
        }
        (max_width / at_one).clamp(min, max)
    }

    /// Draws one line of text, `x` being its left, centre or right end.
    fn text(&mut self, style: Style, x: f32, y: f32, align: Align, text: &str) {
        let width = self.measure(style.font, text, style.size);
        let left = match align {
            Align::Center => x - width / 2.0,
            Align::Right => x - width,
        };
        self.text_matrix(style, [1.0, 0.0, 0.0, 1.0, left, y], text);
    }

    fn text_matrix(&mut self, style: Style, matrix: [f32; 6], text: &str) {
        let Style { font, size, color } = style;
        let (Some(f), Some(name)) = (self.fonts.get_mut(font), FONT_NAMES.get(font)) else {
            return;
        };
        let bytes = f.encode(&visual_order(text));
        let [r, g, b] = color;
        self.content
            .set_fill_rgb(r, g, b)
            .begin_text()
            .set_font(*name, size)
            .set_text_matrix(matrix)
            .show(Str(&bytes))
            .end_text();
    }

    /// Greedy word wrap on logical text; each line is reordered separately
    /// later, which is what bidi rule L1-L2 expect for wrapped paragraphs.
    fn wrap(&self, font: usize, text: &str, size: f32, max_width: f32) -> Vec<String> {
        let mut lines: Vec<String> = Vec::new();
        let mut current = String::new();
        for word in text.split_whitespace() {
            let candidate = if current.is_empty() {
                word.to_string()
            } else {
                format!("{current} {word}")
            };
            if current.is_empty() || self.measure(font, &candidate, size) <= max_width {
                current = candidate;
            } else {
                lines.push(std::mem::replace(&mut current, word.to_string()));
            }
        }
        if !current.is_empty() {
            lines.push(current);
        }
        lines
    }
}

fn render_with_fonts(doc: &CertificateDocument, fonts: [EmbeddedFont; 2]) -> Vec<u8> {
    let mut canvas = Canvas {
        content: Content::new(),
        fonts,
    };
    let center = PAGE_W / 2.0;
    let text_width = PAGE_W - 200.0;

    draw_border(&mut canvas.content);

    canvas.text(
        Style::new(BOLD, 15.0, ACCENT),
        center,
        520.0,
        Align::Center,
        doc.platform_name,
    );
    canvas
        .content
        .set_stroke_rgb(ACCENT[0], ACCENT[1], ACCENT[2])
        .set_line_width(0.8)
        .move_to(center - 40.0, 508.0)
        .line_to(center + 40.0, 508.0)
        .stroke();
    canvas.text(
        Style::new(BOLD, 32.0, INK),
        center,
        458.0,
        Align::Center,
        "Certificate of completion",
    );
    canvas.text(
        Style::new(REGULAR, 14.0, MUTED),
        center,
        418.0,
        Align::Center,
        "This certifies that",
    );

    // Long names shrink rather than overflow the border.
    let name_size = canvas.fit_size(BOLD, doc.holder_name, 30.0, 12.0, text_width);
    canvas.text(
        Style::new(BOLD, name_size, INK),
        center,
        372.0,
        Align::Center,
        doc.holder_name,
    );
    let rule = (canvas.measure(BOLD, doc.holder_name, name_size) + 40.0).clamp(340.0, text_width);
    canvas
        .content
        .set_stroke_rgb(MUTED[0], MUTED[1], MUTED[2])
        .set_line_width(0.5)
        .move_to(center - rule / 2.0, 360.0)
        .line_to(center + rule / 2.0, 360.0)
        .stroke();

    canvas.text(
        Style::new(REGULAR, 14.0, MUTED),
        center,
        330.0,
        Align::Center,
        "has completed the course",
    );
    draw_course_title(&mut canvas, doc.course_title, center, text_width);

    let cohort = format!("Cohort: {}", doc.cohort_dates);
    canvas.text(
        Style::new(REGULAR, 12.0, INK),
        center,
        232.0,
        Align::Center,
        &cohort,
    );
    let issued = format!("Issued on {}", doc.issued_on);
    canvas.text(
        Style::new(REGULAR, 12.0, INK),
        center,
        214.0,
        Align::Center,
        &issued,
    );

    // Verification block: QR bottom-right, text right-aligned next to it.
    const QR_SIZE: f32 = 110.0;
    let qr_x = PAGE_W - 52.0 - QR_SIZE;
    let qr_y = 52.0;
    let has_qr = draw_qr(&mut canvas.content, doc.verify_url, qr_x, qr_y, QR_SIZE);
    let text_right = if has_qr { qr_x - 8.0 } else { PAGE_W - 60.0 };
    let code_line = format!("Verification code: {}", doc.code);
    canvas.text(
        Style::new(BOLD, 12.0, INK),
        text_right,
        118.0,
        Align::Right,
        &code_line,
    );
    let url_size = canvas.fit_size(REGULAR, doc.verify_url, 9.0, 5.0, 420.0);
    canvas.text(
        Style::new(REGULAR, url_size, ACCENT),
        text_right,
        102.0,
        Align::Right,
        doc.verify_url,
    );
    canvas.text(
        Style::new(REGULAR, 9.0, MUTED),
        text_right,
        88.0,
        Align::Right,
        "Scan or visit the address to check this certificate.",
    );

    if doc.revoked {
        draw_revoked(&mut canvas);
    }

    let Canvas { content, mut fonts } = canvas;
    write_document(doc, &content.finish(), &mut fonts)
}

/// Course title: one line if it fits, otherwise two lines, shrinking the font
/// down to a floor; beyond that the second line is cut with an ellipsis.
fn draw_course_title(canvas: &mut Canvas, title: &str, center: f32, max_width: f32) {
    const MAX: f32 = 20.0;
    const MIN: f32 = 12.0;
    let mut size = MAX;
    let mut lines = canvas.wrap(BOLD, title, size, max_width);
    while lines.len() > 2 && size > MIN {
        size -= 1.0;
        lines = canvas.wrap(BOLD, title, size, max_width);
    }
    if lines.len() > 2 {
        let rest = lines.split_off(1).join(" ");
        let mut words: Vec<&str> = rest.split_whitespace().collect();
        while words.len() > 1
            && canvas.measure(BOLD, &format!("{} …", words.join(" ")), size) > max_width
        {
            words.pop();
        }
        lines.push(format!("{} …", words.join(" ")));
    }
    let leading = size * 1.25;
    let first_y = if lines.len() > 1 { 296.0 } else { 286.0 };
    for (i, line) in lines.iter().enumerate() {
        let line_size = canvas.fit_size(BOLD, line, size, 6.0, max_width);
        let y = first_y - leading * i as f32;
        canvas.text(
            Style::new(BOLD, line_size, ACCENT),
            center,
            y,
            Align::Center,
            line,
        );
    }
}

fn draw_border(content: &mut Content) {
    let [r, g, b] = ACCENT;
    content
        .set_stroke_rgb(r, g, b)
        .set_line_width(3.0)
        .rect(20.0, 20.0, PAGE_W - 40.0, PAGE_H - 40.0)
        .stroke()
        .set_line_width(0.8)
        .rect(29.0, 29.0, PAGE_W - 58.0, PAGE_H - 58.0)
        .stroke();
    // Small diamonds in the corners of the inner frame.
    content.set_fill_rgb(r, g, b);
    for (cx, cy) in [
        (29.0, 29.0),
        (PAGE_W - 29.0, 29.0),
        (29.0, PAGE_H - 29.0),
        (PAGE_W - 29.0, PAGE_H - 29.0),
    ] {
        content
            .move_to(cx, cy - 6.0)
            .line_to(cx + 6.0, cy)
            .line_to(cx, cy + 6.0)
            .line_to(cx - 6.0, cy)
            .close_path();
    }
    content.fill_nonzero();
}

/// Draws `url` as a vector QR code (with its 4-module quiet zone) in a
/// `size`-wide square whose lower-left corner is (x, y). Returns false when
/// the data cannot be encoded (far too long), in which case nothing is drawn.
fn draw_qr(content: &mut Content, url: &str, x: f32, y: f32, size: f32) -> bool {
    const QUIET: usize = 4;
    let Ok(code) = QrCode::with_error_correction_level(url.as_bytes(), EcLevel::M) else {
        return false;
    };
    let n = code.width();
    let colors = code.to_colors();
    let module = size / (n + 2 * QUIET) as f32;
    let dark = |row: usize, col: usize| colors.get(row * n + col) == Some(&Color::Dark);

    // White backing keeps the quiet zone clear whatever is behind it.
    content
        .set_fill_rgb(1.0, 1.0, 1.0)
        .rect(x, y, size, size)
        .fill_nonzero()
        .set_fill_rgb(0.0, 0.0, 0.0);
    for row in 0..n {
        let top = y + size - (QUIET + row + 1) as f32 * module;
        let mut col = 0;
        while col < n {
            if !dark(row, col) {
                col += 1;
                continue;
            }
            // Merge horizontal runs: fewer operators, no hairline seams.
            let start = col;
            while col < n && dark(row, col) {
                col += 1;
            }
            let left = x + (QUIET + start) as f32 * module;
            content.rect(left, top, (col - start) as f32 * module, module);
        }
    }
    // One fill for the whole code so adjacent modules render as one shape.
    content.fill_nonzero();
    true
}

fn draw_revoked(canvas: &mut Canvas) {
    const SIZE: f32 = 120.0;
    let text = "REVOKED";
    let width = canvas.measure(BOLD, text, SIZE);
    let angle = 20.0_f32.to_radians();
    let (sin, cos) = angle.sin_cos();
    // Centre the (rotated) word on the page: start from the page centre and
    // go back half the width along the baseline, half a cap height below it.
    let half_w = width / 2.0;
    let half_h = SIZE * 0.36;
    let x = PAGE_W / 2.0 - half_w * cos + half_h * sin;
    let y = PAGE_H / 2.0 - half_w * sin - half_h * cos;
    canvas.content.save_state().set_parameters(REVOKED_GS);
    let style = Style::new(BOLD, SIZE, REVOKED_RED);
    canvas.text_matrix(style, [cos, sin, -sin, cos, x, y], text);
    canvas.content.restore_state();
    // A solid, unmissable banner too, in case the translucent word is
    // ignored by a viewer or lost in printing.
    canvas.text(
        Style::new(BOLD, 13.0, REVOKED_RED),
        PAGE_W / 2.0,
        190.0,
        Align::Center,
        "This certificate has been revoked and is no longer valid.",
    );
}

// ---------------------------------------------------------------------------
// PDF assembly
// ---------------------------------------------------------------------------

fn write_document(
    doc: &CertificateDocument,
    content: &[u8],
    fonts: &mut [EmbeddedFont],
) -> Vec<u8> {
    let mut alloc = Ref::new(1);
    let catalog_id = alloc.bump();
    let page_tree_id = alloc.bump();
    let page_id = alloc.bump();
    let content_id = alloc.bump();
    let info_id = alloc.bump();
    let gs_id = alloc.bump();
    let font_ids: Vec<Ref> = fonts.iter().map(|_| alloc.bump()).collect();

    let mut pdf = Pdf::new();
    pdf.catalog(catalog_id).pages(page_tree_id);
    pdf.pages(page_tree_id).kids([page_id]).count(1);

    let mut page = pdf.page(page_id);
    page.media_box(Rect::new(0.0, 0.0, PAGE_W, PAGE_H));
    page.parent(page_tree_id);
    page.contents(content_id);
    let mut resources = page.resources();
    let mut font_dict = resources.fonts();
    for (name, id) in FONT_NAMES.iter().zip(&font_ids) {
        font_dict.pair(*name, *id);
    }
    font_dict.finish();
    resources.ext_g_states().pair(REVOKED_GS, gs_id);
    resources.finish();
    page.finish();

    pdf.stream(content_id, &deflate(content))
        .filter(Filter::FlateDecode);
    pdf.ext_graphics(gs_id).non_stroking_alpha(0.35);

    let title = format!("Certificate of completion – {}", doc.holder_name);
    let mut info = pdf.document_info(info_id);
    info.title(TextStr(&title));
    info.creator(TextStr(doc.platform_name));
    info.finish();

    for (font, type0_id) in fonts.iter_mut().zip(font_ids) {
        write_font(&mut pdf, &mut alloc, type0_id, font);
    }
    pdf.finish()
}

/// Last-resort output if the bundled fonts cannot be parsed: a plain page in
/// the built-in Helvetica with non-ASCII characters replaced.
fn render_fallback(doc: &CertificateDocument) -> Vec<u8> {
    let ascii = |s: &str| -> Vec<u8> {
        s.chars()
            .map(|c| {
                if c.is_ascii() && !c.is_control() {
                    c as u8
                } else {
                    b'?'
                }
            })
            .collect()
    };
    let mut lines = vec![
        (18.0, doc.platform_name.to_string()),
        (28.0, "Certificate of completion".to_string()),
        (14.0, "This certifies that".to_string()),
        (24.0, doc.holder_name.to_string()),
        (14.0, "has completed the course".to_string()),
        (16.0, doc.course_title.to_string()),
        (12.0, format!("Cohort: {}", doc.cohort_dates)),
        (12.0, format!("Issued on {}", doc.issued_on)),
        (12.0, format!("Verification code: {}", doc.code)),
        (10.0, doc.verify_url.to_string()),
    ];
    if doc.revoked {
        lines.insert(0, (28.0, "REVOKED".to_string()));
    }

    let mut content = Content::new();
    let mut y = PAGE_H - 70.0;
    for (size, line) in &lines {
        content
            .begin_text()
            .set_font(Name(b"F0"), *size)
            .next_line(60.0, y)
            .show(Str(&ascii(line)))
            .end_text();
        y -= size * 1.8;
    }

    let mut pdf = Pdf::new();
    let (catalog_id, tree_id, page_id, font_id, content_id) = (
        Ref::new(1),
        Ref::new(2),
        Ref::new(3),
        Ref::new(4),
        Ref::new(5),
    );
    pdf.catalog(catalog_id).pages(tree_id);
    pdf.pages(tree_id).kids([page_id]).count(1);
    let mut page = pdf.page(page_id);
    page.media_box(Rect::new(0.0, 0.0, PAGE_W, PAGE_H))
        .parent(tree_id)
        .contents(content_id);
    page.resources().fonts().pair(Name(b"F0"), font_id);
    page.finish();
    pdf.type1_font(font_id).base_font(Name(b"Helvetica"));
    pdf.stream(content_id, &content.finish());
    pdf.finish()
}

#[cfg(test)]
mod tests {
    use super::shaping::*;
    use super::*;

    #[test]
    fn names_in_the_scripts_of_the_fonts_print_and_others_do_not() {
        for printable in [
            "Aminata Diallo",
            "Ngozi Ézé-Okafor",
            "ليلى حداد",
            "Олена Коваль",
        ] {
            assert!(can_print(printable), "{printable}");
        }
        for unprintable in ["सीता शर्मा", "রহিম উদ্দিন", "王芳", "Priya शर्मा"]
        {
            assert!(!can_print(unprintable), "{unprintable}");
        }
    }

    fn sample(name: &str, revoked: bool) -> CertificateDocument<'_> {
        CertificateDocument {
            holder_name: name,
            course_title: "Human Resources for Health: planning and management",
            cohort_dates: "2 March 2026 – 30 April 2026",
            issued_on: "23 November 2026",
            code: "7KQM-9XDA-3HTW",
            verify_url: "https://learn.example.org/verify/7KQM-9XDA-3HTW",
            platform_name: "HRH Learning",
            revoked,
        }
    }

    fn assert_valid_and_small(pdf: &[u8]) {
        assert!(pdf.starts_with(b"%PDF-"));
        assert!(pdf.trim_ascii_end().ends_with(b"%%EOF"));
        assert!(pdf.len() < 60 * 1024, "PDF is {} bytes", pdf.len());
    }

    #[test]
    fn latin_certificate_is_valid_and_small() {
        assert_valid_and_small(&render(&sample("Aïssatou Diallo", false)));
    }

    #[test]
    fn arabic_certificate_is_valid_and_small() {
        assert_valid_and_small(&render(&sample("فاطمة الزهراء", false)));
    }

    #[test]
    fn revoked_mixed_certificate_is_valid_and_small() {
        assert_valid_and_small(&render(&sample("Aïssatou فاطمة (Diallo)", true)));
    }

    #[test]
    fn output_is_deterministic() {
        let doc = sample("Aïssatou Diallo", false);
        assert_eq!(render(&doc), render(&doc));
    }

    #[test]
    fn latin_text_is_unchanged() {
        assert_eq!(visual_order("Aïssatou Diallo"), "Aïssatou Diallo");
    }

    #[test]
    fn arabic_is_joined_and_reversed() {
        // سلام: seen initial, lam-alef final ligature, meem isolated; drawn
        // right to left, so the visual (left-to-right) string is reversed.
        assert_eq!(visual_order("سلام"), "\u{FEE1}\u{FEFC}\u{FEB3}");
    }

    #[test]
    fn presentation_forms_map_back_to_letters() {
        assert_eq!(logical_chars('\u{FEB3}'), vec!['\u{0633}']);
        assert_eq!(logical_chars('\u{FEFC}'), vec!['\u{0644}', '\u{0627}']);
        assert_eq!(logical_chars('\u{FEE1}'), vec!['\u{0645}']);
        assert_eq!(logical_chars('\u{FEF4}'), vec!['\u{064A}']);
        assert_eq!(logical_chars('\u{FED1}'), vec!['\u{0641}']);
        assert_eq!(logical_chars('a'), vec!['a']);
    }

    #[test]
    fn arabic_glyphs_exist_in_font() {
        let Ok(face) = Face::parse(BOLD_TTF, 0) else {
            panic!("bundled font does not parse");
        };
        for c in visual_order("فاطمة الزهراء عبد الله").chars() {
            assert!(face.glyph_index(c).is_some(), "missing glyph for {c:?}");
        }
    }

    #[test]
    fn long_names_shrink() {
        let pdf = render(&sample(&"Maria Josefina ".repeat(12), false));
        assert_valid_and_small(&pdf);
    }

    /// Writes sample PDFs for manual inspection:
    /// `cargo test -- --ignored write_samples`
    #[test]
    #[ignore]
    fn write_samples() {
        let dir = std::env::temp_dir();
        for (file, name, revoked) in [
            ("cert-latin.pdf", "Aïssatou Diallo", false),
            ("cert-arabic.pdf", "فاطمة الزهراء", false),
            ("cert-mixed-revoked.pdf", "Aïssatou فاطمة (Diallo)", true),
        ] {
            let pdf = render(&sample(name, revoked));
            println!("{file}: {} bytes", pdf.len());
            assert!(std::fs::write(dir.join(file), pdf).is_ok());
        }
        // RTL base direction with brackets, and a title that must wrap.
        let mut doc = sample("محمد عبد الله (الأمين)", false);
        doc.course_title = "إدارة الموارد البشرية الصحية: التخطيط والإدارة والتقييم والمتابعة في الأنظمة الصحية الوطنية والإقليمية";
        let long_name = "Maria Josefina Conceição dos Santos Pereira de Albuquerque e Vasconcelos";
        let mut latin = sample(long_name, false);
        latin.course_title = "Human Resources for Health: planning, management, monitoring and evaluation of the health workforce at national and district level";
        for (file, pdf) in [
            ("cert-arabic-long.pdf", render(&doc)),
            ("cert-latin-long.pdf", render(&latin)),
        ] {
            println!("{file}: {} bytes", pdf.len());
            assert!(std::fs::write(dir.join(file), pdf).is_ok());
        }
    }
}
