//! Verification codes: unguessable, short enough to type from paper, and
//! free of characters people confuse (0/O, 1/I/L).

use crate::t;
use rand::Rng;
use std::fmt;

/// The 31 characters a code is made of: digits 2–9 and capitals without
/// I, L and O.
pub const ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/// Characters in a code, shown in groups of four: 31^12 ≈ 7.9 × 10^17
/// codes (59 bits), far beyond guessing at the rate lookups are allowed.
const LENGTH: usize = 12;
const GROUP: usize = 4;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerificationCode(String);

impl VerificationCode {
    /// A fresh random code from the operating system's generator.
    pub fn generate() -> VerificationCode {
        let mut rng = rand::rngs::OsRng;
        let chars: String = (0..LENGTH)
            .map(|_| char::from(ALPHABET[rng.gen_range(0..ALPHABET.len())]))
            .collect();
        VerificationCode(chars)
    }

    /// A code as someone typed or scanned it: case, spaces and hyphens do not
    /// matter.
    pub fn parse(typed: &str) -> Result<VerificationCode, String> {
        let chars: String = typed
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .map(|c| c.to_ascii_uppercase())
            .collect();
        if chars.is_empty() {
            return Err(t!("msg-certificate-code-empty"));
        }
        if chars.chars().count() != LENGTH || !chars.bytes().all(|b| ALPHABET.contains(&b)) {
            return Err(t!("msg-certificate-code-malformed", length = LENGTH));
        }
        Ok(VerificationCode(chars))
    }

    /// The code as printed and stored: groups of four joined by hyphens.
    pub fn as_printed(&self) -> String {
        self.0
            .as_bytes()
            .chunks(GROUP)
            .map(|group| String::from_utf8_lossy(group).into_owned())
            .collect::<Vec<_>>()
            .join("-")
    }
}

impl fmt::Display for VerificationCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.as_printed())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn the_alphabet_has_no_ambiguous_characters() {
        for ambiguous in b"01OIL" {
            assert!(!ALPHABET.contains(ambiguous), "{}", char::from(*ambiguous));
        }
        assert_eq!(ALPHABET.len(), 31);
        let unique: HashSet<_> = ALPHABET.iter().collect();
        assert_eq!(unique.len(), ALPHABET.len());
    }

    #[test]
    fn generated_codes_use_the_alphabet_and_parse_back() {
        for _ in 0..1000 {
            let code = VerificationCode::generate();
            let printed = code.as_printed();
            assert_eq!(printed.len(), 14, "{printed}");
            assert_eq!(printed.matches('-').count(), 2);
            assert!(printed.bytes().all(|b| b == b'-' || ALPHABET.contains(&b)));
            assert_eq!(VerificationCode::parse(&printed), Ok(code));
        }
    }

    #[test]
    fn generated_codes_do_not_repeat() {
        let codes: HashSet<String> = (0..100_000)
            .map(|_| VerificationCode::generate().as_printed())
            .collect();
        assert_eq!(codes.len(), 100_000);
    }

    #[test]
    fn typed_codes_ignore_case_spaces_and_hyphens() {
        let code = VerificationCode::parse(" 7kqm 9xda-3htw ").map(|c| c.as_printed());
        assert_eq!(code.as_deref(), Ok("7KQM-9XDA-3HTW"));
    }

    #[test]
    fn malformed_codes_are_refused_with_a_reason() {
        for typed in [
            "",
            "7KQM-9XDA",
            "7KQM-9XDA-3HT0",
            "7KQM-9XDA-3HTWX",
            "ÉKQM-9XDA-3HTW",
        ] {
            let error = VerificationCode::parse(typed).expect_err(typed);
            assert!(error.contains("code"), "{typed}: {error}");
        }
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use crate::test_input::{longer_than, text};
    use proptest::prelude::*;

    fn code() -> impl Strategy<Value = VerificationCode> {
        proptest::collection::vec(proptest::sample::select(ALPHABET), LENGTH)
            .prop_map(|bytes| VerificationCode(bytes.into_iter().map(char::from).collect()))
    }

    /// The printed code as someone might type it: any case, and spaces,
    /// tabs or hyphens anywhere.
    fn retyped(printed: &str) -> impl Strategy<Value = String> {
        let chars: Vec<char> = printed.chars().collect();
        let separators = proptest::sample::select(&["", "", " ", "-", "\t", "\u{a0}", " - "][..]);
        (
            proptest::collection::vec(any::<bool>(), chars.len()),
            proptest::collection::vec(separators, chars.len() + 1),
        )
            .prop_map(move |(lower, gaps)| {
                let mut typed = gaps[0].to_string();
                for ((c, lower), gap) in chars.iter().zip(lower).zip(&gaps[1..]) {
                    typed.push(if lower { c.to_ascii_lowercase() } else { *c });
                    typed.push_str(gap);
                }
                typed
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn any_text_parses_to_a_printable_code_or_a_reason(typed in text()) {
            match VerificationCode::parse(&typed) {
                Ok(code) => {
                    let printed = code.as_printed();
                    prop_assert_eq!(printed.len(), LENGTH + LENGTH / GROUP - 1);
                    prop_assert!(printed.bytes().all(|b| b == b'-' || ALPHABET.contains(&b)));
                    prop_assert_eq!(VerificationCode::parse(&printed), Ok(code));
                }
                Err(reason) => prop_assert!(reason.contains("code"), "{}", reason),
            }
        }

        #[test]
        fn codes_survive_printing_case_spaces_and_hyphens(
            (code, typed) in code().prop_flat_map(|code| {
                let printed = code.as_printed();
                (Just(code), retyped(&printed))
            })
        ) {
            prop_assert_eq!(code.to_string(), code.as_printed());
            prop_assert_eq!(VerificationCode::parse(&typed), Ok(code));
        }

        #[test]
        fn longer_codes_are_refused_with_the_length(
            code in code(),
            extra in proptest::sample::select(ALPHABET),
            times in 1..10_000usize,
        ) {
            let typed = format!("{code}{}", char::from(extra).to_string().repeat(times));
            let reason = VerificationCode::parse(&typed).expect_err("too long");
            prop_assert!(reason.contains(&LENGTH.to_string()), "{}", reason);
        }

        #[test]
        fn huge_input_never_panics(typed in longer_than(100_000)) {
            prop_assert!(VerificationCode::parse(&typed).is_err());
        }
    }
}
