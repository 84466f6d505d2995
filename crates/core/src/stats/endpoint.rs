//! The collector's address, as an adult types it. Reports travel over HTTPS
//! only; plain HTTP is allowed for this computer's own address alone (a
//! collector tried out on the same machine, and the tests).

use std::fmt;
use std::net::IpAddr;

use ciberescudo_report::CampaignCode;
use url::{Host, Url};

/// A collector's base address, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerUrl(Url);

/// Why an address was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AddressProblem {
    /// Not a web address at all.
    Invalid,
    /// `http://` to another computer: reports would travel unencrypted.
    NotSecure,
}

impl ServerUrl {
    /// Reads what an adult typed: `collector.example.mx`, with or without
    /// `https://`, with or without a path the collector lives under.
    pub fn parse(typed: &str) -> Result<ServerUrl, AddressProblem> {
        let typed = typed.trim();
        if typed.is_empty() || typed.chars().any(char::is_whitespace) {
            return Err(AddressProblem::Invalid);
        }
        let with_scheme = if typed.contains("://") { typed.to_owned() } else { format!("https://{typed}") };
        let mut url = Url::parse(&with_scheme).map_err(|_| AddressProblem::Invalid)?;
        if url.host().is_none() || !url.username().is_empty() || url.password().is_some() {
            return Err(AddressProblem::Invalid);
        }
        match url.scheme() {
            "https" => {}
            "http" if is_this_computer(&url) => {}
            "http" => return Err(AddressProblem::NotSecure),
            _ => return Err(AddressProblem::Invalid),
        }
        // A query or fragment means nothing to a collector: drop them, and
        // make the path a folder so the API paths join under it.
        url.set_query(None);
        url.set_fragment(None);
        if !url.path().ends_with('/') {
            let folder = format!("{}/", url.path());
            url.set_path(&folder);
        }
        Ok(ServerUrl(url))
    }

    /// Where reports are posted.
    pub fn reports(&self) -> Url {
        self.0.join("v1/reports").expect("a relative path joins")
    }

    /// Where a campaign code is checked.
    pub fn campaign(&self, code: &CampaignCode) -> Url {
        self.0.join(&format!("v1/campaigns/{}", code.as_compact())).expect("a relative path joins")
    }

    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }
}

impl fmt::Display for ServerUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0.as_str())
    }
}

fn is_this_computer(url: &Url) -> bool {
    match url.host() {
        Some(Host::Ipv4(ip)) => IpAddr::V4(ip).is_loopback(),
        Some(Host::Ipv6(ip)) => IpAddr::V6(ip).is_loopback(),
        Some(Host::Domain(name)) => name.eq_ignore_ascii_case("localhost"),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn https_anywhere_and_http_only_on_this_computer() {
        let ok = |typed: &str| ServerUrl::parse(typed).unwrap().to_string();
        assert_eq!(ok("estadisticas.example.mx"), "https://estadisticas.example.mx/");
        assert_eq!(ok(" https://example.mx/campana?x=1#y "), "https://example.mx/campana/");
        assert_eq!(ok("http://127.0.0.1:8080"), "http://127.0.0.1:8080/");
        assert_eq!(ok("http://127.8.9.10:1"), "http://127.8.9.10:1/");
        assert_eq!(ok("http://[::1]:8080/"), "http://[::1]:8080/");
        assert_eq!(ok("http://localhost:8080"), "http://localhost:8080/");

        assert_eq!(ServerUrl::parse("http://example.mx"), Err(AddressProblem::NotSecure));
        assert_eq!(ServerUrl::parse("http://192.168.1.10:8080"), Err(AddressProblem::NotSecure));
        assert_eq!(ServerUrl::parse("http://localhost.example.mx"), Err(AddressProblem::NotSecure));
        for bad in
            ["", "   ", "ftp://example.mx", "https://", "https://ana:secreto@example.mx", "exa mple.mx", "file:///etc/passwd"]
        {
            assert_eq!(ServerUrl::parse(bad), Err(AddressProblem::Invalid), "{bad:?}");
        }
    }

    #[test]
    fn api_paths_join_under_the_collectors_folder() {
        let code: CampaignCode = "k7md q4tw".parse().unwrap();
        let root = ServerUrl::parse("https://example.mx").unwrap();
        assert_eq!(root.reports().as_str(), "https://example.mx/v1/reports");
        assert_eq!(root.campaign(&code).as_str(), "https://example.mx/v1/campaigns/K7MDQ4TW");
        let nested = ServerUrl::parse("https://example.mx/ciberescudo").unwrap();
        assert_eq!(nested.reports().as_str(), "https://example.mx/ciberescudo/v1/reports");
    }
}
