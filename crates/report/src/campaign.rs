use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// A campaign's code, easy to read aloud and to type: eight characters from
/// an alphabet without look-alikes (no 0/O, 1/I/L, U/V, Z/2), shown as `K7MD-Q4TW`.
/// Typing is forgiving: lowercase, spaces and a missing hyphen are accepted.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct CampaignCode(String);

impl CampaignCode {
    /// 28 symbols: digits 2–9 and the letters that cannot be mistaken for them.
    pub const ALPHABET: &'static [u8; 28] = b"23456789ABCDEFGHJKMNPQRSTWXY";
    pub const LEN: usize = 8;

    /// A code from `LEN` random numbers (any `u32`; the caller brings the
    /// randomness).
    pub fn from_random(numbers: [u32; Self::LEN]) -> CampaignCode {
        let alphabet = Self::ALPHABET;
        CampaignCode(numbers.iter().map(|n| alphabet[*n as usize % alphabet.len()] as char).collect())
    }

    /// The eight characters without the hyphen: how it is stored.
    pub fn as_compact(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for CampaignCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", &self.0[..4], &self.0[4..])
    }
}

impl FromStr for CampaignCode {
    type Err = String;

    fn from_str(typed: &str) -> Result<CampaignCode, String> {
        let compact: String = typed.chars().filter(|c| !c.is_whitespace() && *c != '-').map(|c| c.to_ascii_uppercase()).collect();
        let well_formed = compact.len() == Self::LEN && compact.bytes().all(|b| Self::ALPHABET.contains(&b));
        if well_formed {
            Ok(CampaignCode(compact))
        } else {
            Err(format!("{:?} is not a campaign code such as K7MD-Q4TW", typed.chars().take(20).collect::<String>()))
        }
    }
}

impl TryFrom<String> for CampaignCode {
    type Error = String;
    fn try_from(text: String) -> Result<CampaignCode, String> {
        text.parse()
    }
}

impl From<CampaignCode> for String {
    fn from(code: CampaignCode) -> String {
        code.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typing_is_forgiving_but_the_alphabet_is_not() {
        let code: CampaignCode = " k7md q4tw ".parse().unwrap();
        assert_eq!(code.to_string(), "K7MD-Q4TW");
        assert_eq!("K7MD-Q4TW".parse::<CampaignCode>().unwrap(), code);
        for bad in ["K7MD-Q4T0", "K7MD-Q4TI", "K7MD-Q4TL", "K7MD-Q4TU", "K7MD-Q4T", "K7MD-Q4TWX", "K7MD_Q4TW"] {
            assert!(bad.parse::<CampaignCode>().is_err(), "{bad}");
        }
    }

    #[test]
    fn the_alphabet_has_no_look_alikes() {
        for ambiguous in *b"01ILOUV" {
            assert!(!CampaignCode::ALPHABET.contains(&ambiguous), "{}", ambiguous as char);
        }
        let code = CampaignCode::from_random([0, 1, 2, 3, 27, 28, 29, u32::MAX]);
        assert!(code.to_string().parse::<CampaignCode>().is_ok());
    }
}
