//! Durability: the server is killed with SIGKILL while clients send
//! reports. After a restart on the same database, every report that got a
//! 2xx is still counted, exactly once (its retry is a duplicate), and every
//! report sent again (as the app does until it gets a 2xx) is counted once:
//! the totals equal the sum over all the unique reports. Three kills, on
//! SQLite and on PostgreSQL.

mod support;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use support::server::{client, report, Backend, Rng, Server, TestDb, NO_RATE_LIMIT};

on_both_backends!(a_killed_server_loses_no_acknowledged_report);

const KILLS: usize = 3;
const REPORTS_PER_ROUND: usize = 300;
const CLIENTS: usize = 6;
/// Answers received in a round before the kill: about half the round.
const KILL_AFTER: usize = 150;

struct Sent {
    body: String,
    completed: u32,
    acknowledged: bool,
}

fn a_killed_server_loses_no_acknowledged_report(backend: Backend) {
    let Some(db) = TestDb::new(backend) else { return };
    let code = db.open_campaign();
    let mut rng = Rng::new(0xdead_beef);
    let mut sent: Vec<Sent> = Vec::new();
    let mut server = Server::start(&db, NO_RATE_LIMIT);

    for kill in 1..=KILLS {
        let round: Vec<(String, u32)> = (0..REPORTS_PER_ROUND)
            .map(|_| {
                let completed = 1 + rng.below(5) as u32;
                (report(&code, &rng.key(), completed).to_string(), completed)
            })
            .collect();
        let bodies: Vec<String> = round.iter().map(|(body, _)| body.clone()).collect();
        let answers = send_and_kill(&mut server, bodies);
        let acknowledged = answers.iter().filter(|a| matches!(a, Some(200..=299))).count();
        eprintln!("kill {kill}: {acknowledged} of {REPORTS_PER_ROUND} reports acknowledged before SIGKILL");
        assert!(acknowledged >= KILL_AFTER / 2, "kill {kill}: too few answers before the kill");
        assert!(acknowledged < REPORTS_PER_ROUND, "kill {kill}: the kill came after everything was sent");
        for (answer, _) in answers.iter().zip(&round) {
            // Before the kill a first send is counted; nothing is refused.
            assert!(matches!(answer, None | Some(201) | Some(500..=599)), "kill {kill}: a first send answered {answer:?}");
        }
        sent.extend(round.into_iter().zip(&answers).map(|((body, completed), answer)| Sent {
            body,
            completed,
            acknowledged: matches!(answer, Some(200..=299)),
        }));

        // Restart on the same database and send every report again.
        server = Server::start(&db, NO_RATE_LIMIT);
        let again = send_all(&server, sent.iter().map(|s| s.body.clone()).collect());
        let mut recounted = 0;
        for (report, answer) in sent.iter().zip(&again) {
            match (report.acknowledged, *answer) {
                (true, Some(200)) => {}
                (true, other) => panic!("kill {kill}: an acknowledged report came back {other:?}, not a duplicate"),
                (false, Some(200)) => {}
                (false, Some(201)) => recounted += 1,
                (false, other) => panic!("kill {kill}: a resent report got {other:?}"),
            }
        }
        eprintln!("kill {kill}: {recounted} unacknowledged reports counted on resending");
        let expected: i64 = sent.iter().map(|s| i64::from(s.completed)).sum();
        assert_eq!(db.completed_total(&code), expected, "kill {kill}: the totals are not the sum of the unique reports");
    }
}

/// Sends `bodies` from several clients at once and kills the server with
/// SIGKILL once `KILL_AFTER` answers have come back. The status of each
/// report (`None` when no answer came: the kill cut it off or came first).
fn send_and_kill(server: &mut Server, bodies: Vec<String>) -> Vec<Option<u16>> {
    let answered = Arc::new(AtomicUsize::new(0));
    let answers = Arc::new(Mutex::new(vec![None; bodies.len()]));
    let bodies = Arc::new(bodies);
    let url = server.at("/v1/reports");
    let clients: Vec<_> = (0..CLIENTS)
        .map(|c| {
            let (answered, answers, bodies, url) = (answered.clone(), answers.clone(), bodies.clone(), url.clone());
            std::thread::spawn(move || {
                let client = client();
                for i in (c..bodies.len()).step_by(CLIENTS) {
                    let status = client
                        .post(&url)
                        .header("content-type", "application/json")
                        .body(bodies[i].clone())
                        .send()
                        .ok()
                        .map(|response| response.status().as_u16());
                    answers.lock().unwrap()[i] = status;
                    answered.fetch_add(1, Ordering::SeqCst);
                }
            })
        })
        .collect();
    let deadline = Instant::now() + Duration::from_secs(120);
    while answered.load(Ordering::SeqCst) < KILL_AFTER {
        assert!(Instant::now() < deadline, "the server answered too slowly:\n{}", server.log_text());
        std::thread::sleep(Duration::from_millis(1));
    }
    server.kill();
    for client in clients {
        client.join().expect("a client thread");
    }
    let answers = answers.lock().unwrap().clone();
    answers
}

/// Sends every body (from several clients); each one's status.
fn send_all(server: &Server, bodies: Vec<String>) -> Vec<Option<u16>> {
    let bodies = Arc::new(bodies);
    let url = server.at("/v1/reports");
    let clients: Vec<_> = (0..CLIENTS)
        .map(|c| {
            let (bodies, url) = (bodies.clone(), url.clone());
            std::thread::spawn(move || {
                let client = client();
                (c..bodies.len())
                    .step_by(CLIENTS)
                    .map(|i| {
                        let response =
                            client.post(&url).header("content-type", "application/json").body(bodies[i].clone()).send();
                        (i, response.ok().map(|r| r.status().as_u16()))
                    })
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    let mut answers = vec![None; bodies.len()];
    for client in clients {
        for (i, status) in client.join().expect("a client thread") {
            answers[i] = status;
        }
    }
    answers
}
