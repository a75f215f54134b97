//! Arabic for a PDF, which does not shape or order text by itself: joining
//! forms from the Unicode presentation forms (which DejaVu Sans has), and
//! each line put in visual order with the Unicode bidi algorithm.

use ar_reshaper::prelude::LigatureNames;
use ar_reshaper::ArabicReshaper;
use std::sync::LazyLock;
use unicode_bidi::BidiInfo;

/// Default reshaper minus the "Allah" ligature (U+FDF2), which DejaVu Sans
/// lacks; the lam-alef ligatures it keeps are all in the font.
pub(super) static RESHAPER: LazyLock<ArabicReshaper> = LazyLock::new(|| {
    let mut reshaper = ArabicReshaper::default();
    reshaper.modify_config(|c| c.update_ligature(LigatureNames::ARABIC_LIGATURE_ALLAH, false));
    reshaper
});

pub(super) fn is_arabic(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}')
}

/// Invisible formatting characters: needed by the bidi/shaping steps, but
/// DejaVu has no glyphs for them, so they must not reach the PDF.
pub(super) fn is_invisible_format(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2069}'
            | '\u{FEFF}'
    )
}

/// Bidi mirroring (rule L4) for the few paired characters likely in names or
/// titles; in an RTL run "(" must be drawn as ")".
pub(super) fn mirrored(c: char) -> char {
    match c {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '{' => '}',
        '}' => '{',
        '<' => '>',
        '>' => '<',
        '«' => '»',
        '»' => '«',
        '‹' => '›',
        '›' => '‹',
        other => other,
    }
}

/// Converts one line of logical-order text into what must be drawn left to
/// right: Arabic letters in their joined presentation forms, RTL runs reversed.
pub(super) fn visual_order(text: &str) -> String {
    // Certificates print single lines; stray line breaks would otherwise
    // start new bidi paragraphs and draw .notdef boxes.
    let text: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let shaped = if text.chars().any(is_arabic) {
        RESHAPER.reshape(&text)
    } else {
        text
    };

    let bidi = BidiInfo::new(&shaped, None);
    let mut out = String::with_capacity(shaped.len());
    if bidi.has_rtl() {
        for para in &bidi.paragraphs {
            let (levels, runs) = bidi.visual_runs(para, para.range.clone());
            for run in runs {
                let rtl = levels.get(run.start).is_some_and(|l| l.is_rtl());
                let Some(segment) = shaped.get(run) else {
                    continue;
                };
                if rtl {
                    out.extend(segment.chars().rev().map(mirrored));
                } else {
                    out.push_str(segment);
                }
            }
        }
    } else {
        out = shaped;
    }
    out.retain(|c| !is_invisible_format(c));
    out
}

/// Base letters in Unicode order, with how many presentation forms each has
/// in the Arabic Presentation Forms-B block starting at U+FE80.
pub(super) const PRESENTATION_FORMS_B: [(char, u32); 36] = [
    ('\u{0621}', 1),
    ('\u{0622}', 2),
    ('\u{0623}', 2),
    ('\u{0624}', 2),
    ('\u{0625}', 2),
    ('\u{0626}', 4),
    ('\u{0627}', 2),
    ('\u{0628}', 4),
    ('\u{0629}', 2),
    ('\u{062A}', 4),
    ('\u{062B}', 4),
    ('\u{062C}', 4),
    ('\u{062D}', 4),
    ('\u{062E}', 4),
    ('\u{062F}', 2),
    ('\u{0630}', 2),
    ('\u{0631}', 2),
    ('\u{0632}', 2),
    ('\u{0633}', 4),
    ('\u{0634}', 4),
    ('\u{0635}', 4),
    ('\u{0636}', 4),
    ('\u{0637}', 4),
    ('\u{0638}', 4),
    ('\u{0639}', 4),
    ('\u{063A}', 4),
    ('\u{0641}', 4),
    ('\u{0642}', 4),
    ('\u{0643}', 4),
    ('\u{0644}', 4),
    ('\u{0645}', 4),
    ('\u{0646}', 4),
    ('\u{0647}', 4),
    ('\u{0648}', 2),
    ('\u{0649}', 2),
    ('\u{064A}', 4),
];

/// The text a drawn glyph stands for, used in the ToUnicode CMap: Arabic
/// presentation forms map back to the base letters so that copy/paste and
/// search give ordinary Arabic text.
pub(super) fn logical_chars(c: char) -> Vec<char> {
    const LAM: char = '\u{0644}';
    let code = u32::from(c);
    match code {
        0xFE80..=0xFEF4 => {
            let mut start = 0xFE80;
            for (base, forms) in PRESENTATION_FORMS_B {
                if code < start + forms {
                    return vec![base];
                }
                start += forms;
            }
            vec![c]
        }
        0xFEF5 | 0xFEF6 => vec![LAM, '\u{0622}'],
        0xFEF7 | 0xFEF8 => vec![LAM, '\u{0623}'],
        0xFEF9 | 0xFEFA => vec![LAM, '\u{0625}'],
        0xFEFB | 0xFEFC => vec![LAM, '\u{0627}'],
        _ => vec![c],
    }
}

// ---------------------------------------------------------------------------
// Page drawing
// ---------------------------------------------------------------------------
