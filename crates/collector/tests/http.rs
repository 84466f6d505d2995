//! The API as the app meets it: the real binary on loopback, on SQLite and
//! on PostgreSQL (see `support/server.rs` for how PostgreSQL is chosen).

mod support;

use serde_json::{json, Value};
use support::server::{client, post_report, report, this_week, today, Backend, Rng, Server, TestDb, NO_RATE_LIMIT};

on_both_backends!(
    a_report_is_counted_once,
    refusals_are_json_and_count_nothing,
    a_closed_campaign_takes_no_reports,
    the_app_can_check_a_campaign_code,
    health_answers,
    senders_are_rate_limited,
    mangled_bodies_never_get_a_5xx,
    a_slow_request_times_out,
    behind_a_proxy_senders_are_told_apart_by_forwarded_for,
);

fn a_report_is_counted_once(backend: Backend) {
    let Some(db) = TestDb::new(backend) else { return };
    let code = db.open_campaign();
    let server = Server::start(&db, NO_RATE_LIMIT);
    let client = client();
    let mut rng = Rng::new(1);
    let body = report(&code, &rng.key(), 3).to_string();

    let response =
        client.post(server.at("/v1/reports")).header("content-type", "application/json").body(body.clone()).send().unwrap();
    assert_eq!(response.status(), 201);
    for (header, value) in
        [("x-content-type-options", "nosniff"), ("referrer-policy", "same-origin"), ("x-frame-options", "DENY")]
    {
        assert_eq!(response.headers().get(header).and_then(|v| v.to_str().ok()), Some(value), "{header}");
    }
    assert_eq!(response.json::<Value>().unwrap(), json!({"status": "counted"}));

    // The retry of the same report: a success, and nothing counted again.
    assert_eq!(post_report(&client, &server, &body), (200, json!({"status": "duplicate"})));
    // `charset` is fine, and a lowercase code without its hyphen too.
    let other = report(&code.to_lowercase().replace('-', ""), &rng.key(), 4).to_string();
    let response = client
        .post(server.at("/v1/reports"))
        .header("content-type", "application/json; charset=utf-8")
        .body(other)
        .send()
        .unwrap();
    assert_eq!(response.status(), 201);
    assert_eq!(post_report(&client, &server, &body).0, 200);

    assert_eq!(db.completed_total(&code), 3 + 4);

    // The log names the route, never what was sent: no key, no query
    // string, no cookie, no body.
    let key = rng.key();
    let response = client
        .post(server.at("/v1/reports?token=query-secret"))
        .header("content-type", "application/json")
        .header("cookie", "session=cookie-secret")
        .body(report(&code, &key, 1).to_string())
        .send()
        .unwrap();
    assert_eq!(response.status(), 201);
    let log = server.log_text();
    assert!(log.contains("/v1/reports") && log.contains("201"), "requests are logged: {log}");
    for secret in [key.as_str(), "query-secret", "cookie-secret", "passwords-12-14", &code] {
        assert!(!log.contains(secret), "{secret:?} in the log:\n{log}");
    }
}

fn refusals_are_json_and_count_nothing(backend: Backend) {
    let Some(db) = TestDb::new(backend) else { return };
    let code = db.open_campaign();
    let server = Server::start(&db, NO_RATE_LIMIT);
    let client = client();
    let mut rng = Rng::new(2);

    let mut with = |change: &dyn Fn(&mut Value)| {
        let mut body = report(&code, &rng.key(), 5);
        change(&mut body);
        body.to_string()
    };
    let cases: Vec<(&str, String, u16, &str)> = vec![
        ("not JSON", "{\"format\": 1,".to_owned(), 400, "malformed"),
        ("not an object", "[1, 2, 3]".to_owned(), 400, "malformed"),
        ("a count as text", with(&|r| r["lessons"][0]["completed"] = json!("3")), 400, "malformed"),
        ("a negative count", with(&|r| r["lessons"][0]["completed"] = json!(-1)), 400, "malformed"),
        ("an unknown field", with(&|r| r["nickname"] = json!("Ana")), 400, "malformed"),
        ("an unknown nested field", with(&|r| r["lessons"][0]["answer"] = json!("x")), 400, "malformed"),
        ("an unknown band", with(&|r| r["band"] = json!("5-7")), 400, "malformed"),
        ("an unknown state", with(&|r| r["state"] = json!("33")), 400, "malformed"),
        ("a bad key", with(&|r| r["key"] = json!("ABC")), 400, "malformed"),
        ("a week that does not exist", with(&|r| r["week"] = json!("2025-W53")), 400, "malformed"),
        ("another format", with(&|r| r["format"] = json!(2)), 400, "unsupported_format"),
        ("no lessons", with(&|r| r["lessons"] = json!([])), 400, "empty"),
        ("a count over the limit", with(&|r| r["lessons"][0]["completed"] = json!(10_001)), 400, "count_out_of_range"),
        ("more passed than tried", with(&|r| r["lessons"][0]["quiz_passed"] = json!(3)), 400, "inconsistent_counts"),
        ("a lesson twice", with(&|r| r["lessons"][1]["lesson"] = json!("passwords-12-14")), 400, "duplicate_entry"),
        (
            "a question without its lesson",
            with(&|r| r["questions"][0]["lesson"] = json!("other")),
            400,
            "question_without_lesson",
        ),
        ("an unknown campaign", with(&|r| r["campaign"] = json!("2222-2222")), 404, "unknown_campaign"),
        ("a week in the future", with(&|r| r["week"] = json!(week_after(&this_week(), 2))), 422, "week_not_accepted"),
        ("a week before the campaign", with(&|r| r["week"] = json!(week_after(&this_week(), -10))), 422, "week_outside_campaign"),
        // Over 128 KiB, but otherwise a report: the size alone refuses it.
        ("oversize", with(&|r| r["padding"] = json!("x".repeat(130 * 1024))), 413, "too_large"),
    ];
    for (what, body, status, error) in cases {
        let (got, answer) = post_report(&client, &server, &body);
        assert_eq!(got, status, "{what}: {answer}");
        assert_eq!(answer["error"], error, "{what}: {answer}");
        assert!(answer["message"].as_str().is_some_and(|m| !m.is_empty()), "{what}: {answer}");
        assert_eq!(answer.as_object().map(|o| o.len()), Some(2), "{what}: only error and message: {answer}");
    }

    // The same oversize body sent in chunks, without a length up front.
    let big = with(&|r| r["padding"] = json!("x".repeat(130 * 1024)));
    let chunks: Vec<Vec<u8>> = big.into_bytes().chunks(8192).map(<[u8]>::to_vec).collect();
    let response = client
        .post(server.at("/v1/reports"))
        .header("content-type", "application/json")
        .body(reqwest::blocking::Body::new(ChunkedReader::new(chunks)))
        .send()
        .unwrap();
    assert_eq!(response.status(), 413);
    assert_eq!(response.json::<Value>().unwrap()["error"], "too_large");

    // The wrong content type, and none at all.
    let body = with(&|_| {});
    for content_type in [Some("text/plain"), Some("application/x-www-form-urlencoded"), None] {
        let mut request = client.post(server.at("/v1/reports")).body(body.clone());
        if let Some(content_type) = content_type {
            request = request.header("content-type", content_type);
        }
        let response = request.send().unwrap();
        assert_eq!(response.status(), 415, "{content_type:?}");
        assert_eq!(response.json::<Value>().unwrap()["error"], "unsupported_media_type");
    }

    // The API's other refusals are JSON too.
    let response = client.get(server.at("/v1/reports")).send().unwrap();
    assert_eq!(response.status(), 405);
    assert_eq!(response.json::<Value>().unwrap()["error"], "method_not_allowed");
    let response = client.get(server.at("/v1/nothing/here")).send().unwrap();
    assert_eq!(response.status(), 404);
    assert_eq!(response.json::<Value>().unwrap()["error"], "not_found");

    assert_eq!(db.completed_total(&code), 0, "a refused report counted");
}

fn a_closed_campaign_takes_no_reports(backend: Backend) {
    let Some(db) = TestDb::new(backend) else { return };
    let code = db.closed_campaign();
    let server = Server::start(&db, NO_RATE_LIMIT);
    let mut body = report(&code, &Rng::new(3).key(), 1);
    body["week"] = json!("2021-W05");
    let (status, answer) = post_report(&client(), &server, &body.to_string());
    assert_eq!(status, 410, "{answer}");
    assert_eq!(answer["error"], "campaign_closed");
    assert_eq!(db.completed_total(&code), 0);
}

fn the_app_can_check_a_campaign_code(backend: Backend) {
    let Some(db) = TestDb::new(backend) else { return };
    let open = db.open_campaign();
    let closed = db.closed_campaign();
    let upcoming = db.create_campaign("Próxima", today() + time::Duration::days(10), today() + time::Duration::days(40));
    let server = Server::start(&db, NO_RATE_LIMIT);
    let client = client();
    let check = |code: &str| {
        let response = client.get(server.at(&format!("/v1/campaigns/{code}"))).send().unwrap();
        (response.status().as_u16(), response.json::<Value>().unwrap())
    };

    assert_eq!(check(&open), (200, json!({"code": open, "name": "Campaña de prueba", "open": true, "takes_reports": true})));
    // As an adult may type it.
    assert_eq!(check(&open.to_lowercase().replace('-', "%20")).1["code"], json!(open));
    assert_eq!(check(&closed), (200, json!({"code": closed, "name": "Campaña pasada", "open": false, "takes_reports": false})));
    assert_eq!(check(&upcoming), (200, json!({"code": upcoming, "name": "Próxima", "open": false, "takes_reports": true})));

    let (status, answer) = check("2222-2222");
    assert_eq!((status, answer["error"].as_str()), (404, Some("unknown_campaign")));
    for malformed in ["K7MD-Q4T0", "short", "K7MD-Q4TWX"] {
        let (status, answer) = check(malformed);
        assert_eq!((status, answer["error"].as_str()), (400, Some("malformed")), "{malformed}");
    }
}

fn health_answers(backend: Backend) {
    let Some(db) = TestDb::new(backend) else { return };
    let server = Server::start(&db, "");
    let response = client().get(server.at("/health")).send().unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.json::<Value>().unwrap(), json!({"status": "ok"}));
}

fn senders_are_rate_limited(backend: Backend) {
    let Some(db) = TestDb::new(backend) else { return };
    let code = db.open_campaign();
    let server = Server::start(&db, "[rate_limit]\nper_second = 1\nburst = 5\n");
    let client = client();
    let mut rng = Rng::new(4);
    for i in 0..5 {
        let (status, answer) = post_report(&client, &server, &report(&code, &rng.key(), 1).to_string());
        assert_eq!(status, 201, "request {i}: {answer}");
    }
    let response = client
        .post(server.at("/v1/reports"))
        .header("content-type", "application/json")
        .body(report(&code, &rng.key(), 1).to_string())
        .send()
        .unwrap();
    assert_eq!(response.status(), 429);
    let retry_after: u64 = response.headers()["retry-after"].to_str().unwrap().parse().unwrap();
    assert!((1..=2).contains(&retry_after), "Retry-After: {retry_after}");
    assert_eq!(response.headers()["x-content-type-options"], "nosniff");
    let answer: Value = response.json().unwrap();
    assert_eq!(answer["error"], "rate_limited", "{answer}");
    // Checking a code is limited the same way; the health check is not.
    assert_eq!(client.get(server.at(&format!("/v1/campaigns/{code}"))).send().unwrap().status(), 429);
    assert_eq!(client.get(server.at("/health")).send().unwrap().status(), 200);
    assert_eq!(db.completed_total(&code), 5);
}

fn a_slow_request_times_out(backend: Backend) {
    use std::io::{Read, Write};
    let Some(db) = TestDb::new(backend) else { return };
    let server = Server::start(&db, "[limits]\nrequest_timeout_secs = 1\n");
    let address = server.url.trim_start_matches("http://");
    let mut stream = std::net::TcpStream::connect(address).unwrap();
    stream.set_read_timeout(Some(std::time::Duration::from_secs(20))).unwrap();
    // A body announced at 100 bytes of which 10 ever come.
    let head = format!(
        "POST /v1/reports HTTP/1.1\r\nhost: {address}\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{{\"format\":"
    );
    stream.write_all(head.as_bytes()).unwrap();
    let started = std::time::Instant::now();
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer);
    let answer = String::from_utf8_lossy(&answer);
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(answer.contains("\"error\":\"timeout\""), "{answer}");
    assert!(started.elapsed() < std::time::Duration::from_secs(10), "{:?}", started.elapsed());
}

fn behind_a_proxy_senders_are_told_apart_by_forwarded_for(backend: Backend) {
    let Some(db) = TestDb::new(backend) else { return };
    let code = db.open_campaign();
    let server = Server::start(&db, "trust_forwarded_for = true\n[rate_limit]\nper_second = 1\nburst = 2\n");
    let client = client();
    let check = |school: &str| {
        let url = server.at(&format!("/v1/campaigns/{code}"));
        client.get(url).header("x-forwarded-for", school).send().unwrap().status().as_u16()
    };
    assert_eq!([check("198.51.100.7"), check("198.51.100.7"), check("198.51.100.7")], [200, 200, 429]);
    // Another school behind the same proxy has its own bucket.
    assert_eq!(check("203.0.113.9"), 200);
}

fn mangled_bodies_never_get_a_5xx(backend: Backend) {
    let Some(db) = TestDb::new(backend) else { return };
    let code = db.open_campaign();
    let server = Server::start(&db, NO_RATE_LIMIT);
    let client = client();
    let mut rng = Rng::new(0x5eed_c1be_e5c0_d0d0);
    let mut statuses = std::collections::BTreeMap::new();
    for round in 0..400 {
        let valid = report(&code, &rng.key(), (round % 7) as u32).to_string();
        let body = mangle(&mut rng, valid.into_bytes());
        let content_type = if rng.below(20) == 0 { "text/plain" } else { "application/json" };
        let response = client.post(server.at("/v1/reports")).header("content-type", content_type).body(body.clone()).send();
        let response =
            response.unwrap_or_else(|e| panic!("round {round}: no answer ({e}) to {:?}", String::from_utf8_lossy(&body)));
        let status = response.status().as_u16();
        assert!(
            (200..300).contains(&status) || (400..500).contains(&status),
            "round {round}: {status} for {:?}",
            String::from_utf8_lossy(&body)
        );
        if status >= 400 {
            let answer: Value = response.json().unwrap_or_else(|_| panic!("round {round}: a {status} without JSON"));
            assert!(answer["error"].is_string(), "round {round}: {answer}");
        }
        *statuses.entry(status).or_insert(0) += 1;
    }
    eprintln!("answers: {statuses:?}");
    assert!(statuses.keys().any(|s| *s >= 400), "the mutations should be refused at times: {statuses:?}");
    let response = client.get(server.at("/health")).send().unwrap();
    assert_eq!(response.status(), 200, "the server did not survive:\n{}", server.log_text());
}

/// One of a few kinds of damage to a valid body.
fn mangle(rng: &mut Rng, mut body: Vec<u8>) -> Vec<u8> {
    const PIECES: &[&str] = &[
        "null",
        "-1",
        "4294967296",
        "1e400",
        "\"\"",
        "[]",
        "{}",
        "\"\\u0000\"",
        "\"\\ud800\"",
        "true",
        "0.5",
        "\"ñ\"",
        ",",
        ":",
        "]]]]",
        "{{{{",
        "\"format\"",
        "\"lessons\":[],",
        "99999999999999999999999",
    ];
    let rounds = 1 + rng.below(3);
    for _ in 0..rounds {
        let at = rng.below(body.len().max(1));
        match rng.below(7) {
            0 => body.truncate(at),
            1 if !body.is_empty() => body[at] = rng.next() as u8,
            2 if !body.is_empty() => {
                const BYTES: &[u8] = b"{}[]\",:0123456789-e.\\ntfa";
                body[at] = BYTES[rng.below(BYTES.len())];
            }
            3 => {
                let piece = PIECES[rng.below(PIECES.len())];
                body.splice(at..at, piece.bytes());
            }
            4 if !body.is_empty() => {
                let end = (at + 1 + rng.below(20)).min(body.len());
                body.drain(at..end);
            }
            5 => {
                // Deep nesting.
                let depth = 1 + rng.below(300);
                body = [vec![b'['; depth], body, vec![b']'; depth]].concat();
            }
            _ => {
                // A valid digit changed: often still a valid report.
                if let Some(i) = body.iter().skip(at).position(u8::is_ascii_digit) {
                    body[at + i] = b'0' + rng.below(10) as u8;
                }
            }
        }
    }
    body
}

/// `2026-W48` moved by `weeks`.
fn week_after(week: &str, weeks: i64) -> String {
    let week: ciberescudo_report::IsoWeek = week.parse().unwrap();
    ciberescudo_report::IsoWeek::containing(week.monday() + time::Duration::weeks(weeks)).to_string()
}

/// A body of unknown length, so that it goes out chunked.
struct ChunkedReader {
    chunks: std::vec::IntoIter<Vec<u8>>,
    current: std::io::Cursor<Vec<u8>>,
}

impl ChunkedReader {
    fn new(chunks: Vec<Vec<u8>>) -> ChunkedReader {
        ChunkedReader { chunks: chunks.into_iter(), current: std::io::Cursor::new(Vec::new()) }
    }
}

impl std::io::Read for ChunkedReader {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        loop {
            let n = self.current.read(buf)?;
            if n > 0 {
                return Ok(n);
            }
            match self.chunks.next() {
                Some(chunk) => self.current = std::io::Cursor::new(chunk),
                None => return Ok(0),
            }
        }
    }
}
