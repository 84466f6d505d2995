//! The sync engine against the real collector on loopback: delivery,
//! retries with the same key, refusals, the campaign check, and no
//! connection at all while the statistics are off.

mod support;

use std::time::Duration;

use ciberescudo_core::api::{AppError, StatsStatus};
use ciberescudo_core::stats::SyncProblem;
use ciberescudo_sync::{Round, Syncer};
use support::*;
use time::Duration as Days;

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap()
}

/// A campaign that ended long ago: it takes no computer and no report.
const ENDED_STARTS: time::Date = time::macros::date!(2021 - 01 - 04);
const ENDED_ENDS: time::Date = time::macros::date!(2021 - 03 - 28);

/// A running collector with an open campaign, and an app (adult area open)
/// that has joined it.
struct Joined {
    collector: Collector,
    code: String,
    dir: tempfile::TempDir,
    service: std::sync::Arc<ciberescudo_core::api::AppService>,
    syncer: Syncer,
}

fn joined(rt: &tokio::runtime::Runtime) -> Joined {
    let mut collector = Collector::new();
    collector.start();
    let code = collector.open_campaign();
    let dir = tempfile::tempdir().unwrap();
    let service = app(dir.path());
    let syncer = Syncer::new(service.clone());
    rt.block_on(syncer.turn_on(collector.url(), code.clone(), None)).unwrap();
    Joined { collector, code, dir, service, syncer }
}

fn on(status: StatsStatus) -> ciberescudo_core::api::StatsOn {
    match status {
        StatsStatus::On(on) => on,
        StatsStatus::Off {} => panic!("the statistics are off"),
    }
}

#[test]
fn turning_on_checks_the_campaign_with_the_collector() {
    let rt = runtime();
    let mut collector = Collector::new();
    collector.start();
    let code = collector.open_campaign();
    let ended = collector.campaign("Campaña pasada", ENDED_STARTS, ENDED_ENDS);
    let dir = tempfile::tempdir().unwrap();
    let syncer = Syncer::new(app(dir.path()));
    let turn_on = |server: &str, code: &str, state: Option<&str>| {
        rt.block_on(syncer.turn_on(server.into(), code.into(), state.map(Into::into)))
    };

    assert_eq!(turn_on(&collector.url(), "2345-6789", None), Err(AppError::StatsCampaignUnknown {}));
    assert_eq!(turn_on(&collector.url(), &ended, None), Err(AppError::StatsCampaignNotOpen {}));
    assert_eq!(turn_on(&collector.url(), "no es un código", None), Err(AppError::StatsCampaignInvalid {}));
    assert_eq!(turn_on(&collector.url(), &code, Some("33")), Err(AppError::StatsStateInvalid {}));
    assert_eq!(turn_on("http://estadisticas.example.mx", &code, None), Err(AppError::StatsServerNotSecure {}));
    assert_eq!(turn_on(&format!("http://127.0.0.1:{}", free_port()), &code, None), Err(AppError::StatsServerUnreachable {}));
    // The collector's health page is not a campaign: something answers, not a collector's "no".
    assert_eq!(turn_on(&format!("{}/health", collector.url()), &code, None), Err(AppError::StatsNotACollector {}));
    let status = rt.block_on(async { syncer.round(true).await }).unwrap();
    assert_eq!(status, Round::default(), "nothing was saved by the failed tries");

    let status = on(turn_on(&collector.url(), &code.to_lowercase().replace('-', ""), Some("09")).unwrap());
    assert_eq!((status.campaign.as_str(), status.campaign_name.as_str()), (code.as_str(), "Campaña de prueba"));
    assert_eq!(status.state_code.as_deref(), Some("09"));
    assert_eq!(status.server, format!("{}/", collector.url()));
    assert!(status.reports.is_empty() && status.last_sent_at.is_none());
}

#[test]
fn reports_are_delivered_once_and_leave_the_outbox() {
    let rt = runtime();
    let Joined { collector, code, dir, syncer, .. } = joined(&rt);
    queue(dir.path(), &report(&code, last_week(), 3, 1));
    queue(dir.path(), &report(&code, last_week().previous(), 4, 2));

    let round = rt.block_on(syncer.round(false)).unwrap();
    assert_eq!((round.tried, round.delivered), (2, 2));
    assert_eq!(collector.completed(&code), 7);
    let status = on(rt.block_on(syncer.send_now()).unwrap());
    assert!(status.reports.is_empty());
    assert!(status.last_sent_at.is_some());
    assert_eq!(status.last_problem, None);
    // Nothing left: another round makes no request.
    assert_eq!(rt.block_on(syncer.round(true)).unwrap().tried, 0);
    assert_eq!(collector.completed(&code), 7);
}

#[test]
fn the_outbox_survives_a_restart_of_the_app() {
    let rt = runtime();
    let mut collector = Collector::new();
    collector.start();
    let code = collector.open_campaign();
    let dir = tempfile::tempdir().unwrap();
    {
        let service = app(dir.path());
        let syncer = Syncer::new(service);
        rt.block_on(syncer.turn_on(collector.url(), code.clone(), None)).unwrap();
        queue(dir.path(), &report(&code, last_week(), 5, 3));
        // The app closes before any round.
    }
    let syncer = Syncer::new(app(dir.path()));
    let round = rt.block_on(syncer.round(false)).unwrap();
    assert_eq!(round.delivered, 1);
    assert_eq!(collector.completed(&code), 5);
}

#[test]
fn a_server_that_is_down_gets_the_same_report_later_and_counts_it_once() {
    let rt = runtime();
    let Joined { mut collector, code, dir, service, syncer } = joined(&rt);
    collector.stop();
    queue(dir.path(), &report(&code, last_week(), 6, 4));
    let queued = on(service.stats_status().unwrap()).reports;

    let round = rt.block_on(syncer.round(false)).unwrap();
    assert_eq!((round.tried, round.delivered), (1, 0));
    let status = on(service.stats_status().unwrap());
    assert_eq!(status.last_problem, Some(SyncProblem::Unreachable));
    assert_eq!(status.reports.len(), 1);
    assert_eq!(status.reports[0].failures, 1);
    assert_eq!(status.reports[0].refused, None);
    // Backed off: not due again at once.
    assert_eq!(rt.block_on(syncer.round(false)).unwrap().tried, 0, "waits for its back-off");
    let body = service.stats_report(queued[0].id, ciberescudo_core::Locale::EsMx).unwrap().body;

    // The collector comes back on the same address; once the back-off has
    // passed (moved into the past here: the clock is the real one), the
    // next scheduled round delivers the same body.
    collector.start();
    assert_eq!(rt.block_on(syncer.round(false)).unwrap().tried, 0, "still backing off");
    rusqlite::Connection::open(dir.path().join("progress.sqlite3"))
        .unwrap()
        .execute("UPDATE stats_outbox SET next_try_at = next_try_at - 86400", [])
        .unwrap();
    let round = rt.block_on(syncer.round(false)).unwrap();
    assert_eq!(round.delivered, 1);
    assert_eq!(collector.completed(&code), 6);
    let status = on(service.stats_status().unwrap());
    assert!(status.reports.is_empty() && status.last_sent_at.is_some() && status.last_problem.is_none());

    // Had the answer been lost, the retry (same key) is not counted again.
    let http = ciberescudo_sync::client::http_client().unwrap();
    let again = rt.block_on(async {
        let url = format!("{}/v1/reports", collector.url());
        http.post(url).header("content-type", "application/json").body(body).send().await.unwrap().status()
    });
    assert_eq!(again.as_u16(), 200, "a duplicate");
    assert_eq!(collector.completed(&code), 6);
}

#[test]
fn a_refusal_is_shown_to_the_adult_and_never_retried() {
    let rt = runtime();
    let Joined { mut collector, code, dir, service, syncer } = joined(&rt);
    // A week long before the campaign: the collector refuses it for good.
    let before = ciberescudo_report::IsoWeek::containing(today() - Days::days(7 * 20));
    queue(dir.path(), &report(&code, before, 2, 5));

    assert_eq!(rt.block_on(syncer.round(false)).unwrap().tried, 1);
    let status = on(service.stats_status().unwrap());
    assert_eq!(status.last_problem, Some(SyncProblem::WeekOutsideCampaign));
    assert_eq!(status.reports.len(), 1, "kept for the adult to see");
    assert_eq!(status.reports[0].refused, Some(SyncProblem::WeekOutsideCampaign));
    assert_eq!(collector.completed(&code), 0);

    // In place of the collector, a socket that counts connections: neither
    // a round nor "send now" tries the refused report again.
    collector.stop();
    let listener = Listener::on(collector.port);
    rt.block_on(syncer.round(false)).unwrap();
    rt.block_on(syncer.send_now()).unwrap();
    std::thread::sleep(Duration::from_millis(200));
    assert_eq!(listener.connections(), 0);

    // The adult deletes it.
    let status = on(service.stats_delete_report(status.reports[0].id).unwrap());
    assert!(status.reports.is_empty());
}

#[test]
fn no_connection_is_ever_made_while_the_statistics_are_off() {
    let rt = runtime();
    let listener = Listener::new();
    let dir = tempfile::tempdir().unwrap();
    let service = app(dir.path());
    let syncer = Syncer::new(service.clone());

    // Never turned on: start-up round, a scheduled round, "send now".
    rt.block_on(syncer.round(false)).unwrap();
    rt.block_on(syncer.round(true)).unwrap();
    assert_eq!(rt.block_on(syncer.send_now()).unwrap(), StatsStatus::Off {});
    std::thread::sleep(Duration::from_millis(200));
    assert_eq!(listener.connections(), 0);

    // On, pointing at the socket, with a report waiting: the probe works.
    set_on(dir.path(), &listener.url());
    queue(dir.path(), &report("K7MD-Q4TW", last_week(), 1, 6));
    rt.block_on(syncer.round(true)).unwrap();
    std::thread::sleep(Duration::from_millis(200));
    let probed = listener.connections();
    assert!(probed >= 1, "a round with the statistics on connects");

    // Turned off: the waiting report is deleted and nothing connects again.
    assert_eq!(service.stats_turn_off().unwrap(), StatsStatus::Off {});
    let dropped: i64 = rusqlite::Connection::open(dir.path().join("progress.sqlite3"))
        .unwrap()
        .query_row("SELECT COUNT(*) FROM stats_outbox", [], |r| r.get(0))
        .unwrap();
    assert_eq!(dropped, 0);
    rt.block_on(syncer.round(false)).unwrap();
    rt.block_on(syncer.round(true)).unwrap();
    rt.block_on(syncer.send_now()).unwrap();
    // The background loop too, for a moment.
    let syncer = std::sync::Arc::new(syncer);
    let background = rt.spawn(std::sync::Arc::clone(&syncer).run());
    std::thread::sleep(Duration::from_millis(500));
    background.abort();
    assert_eq!(listener.connections(), probed, "no connection after turning off");
}

#[test]
fn turning_off_or_deleting_during_a_round_stops_what_has_not_left() {
    let rt = runtime();
    let slow = SlowCollector::new(Duration::from_millis(800));
    for action in ["turn off", "delete"] {
        let dir = tempfile::tempdir().unwrap();
        let service = app(dir.path());
        let syncer = std::sync::Arc::new(Syncer::new(service.clone()));
        set_on(dir.path(), &slow.url());
        let mut week = last_week();
        for key in 1..=3 {
            queue(dir.path(), &report("K7MD-Q4TW", week, key.into(), key));
            week = week.previous();
        }
        let before = slow.received();
        let round = rt.spawn({
            let syncer = std::sync::Arc::clone(&syncer);
            async move { syncer.round(false).await }
        });
        // The first report is on its way; the adult acts meanwhile.
        while slow.received() == before {
            std::thread::sleep(Duration::from_millis(10));
        }
        match action {
            "turn off" => assert_eq!(service.stats_turn_off().unwrap(), StatsStatus::Off {}),
            _ => {
                for waiting in on(service.stats_status().unwrap()).reports.iter().skip(1) {
                    service.stats_delete_report(waiting.id).unwrap();
                }
            }
        }
        let round = rt.block_on(round).unwrap().unwrap();
        assert_eq!((round.tried, slow.received() - before), (1, 1), "{action}: only the report already on its way left");
    }
}

#[test]
fn a_closed_campaign_stops_all_sending() {
    let rt = runtime();
    let mut collector = Collector::new();
    collector.start();
    let ended = collector.campaign("Campaña pasada", ENDED_STARTS, ENDED_ENDS);
    let dir = tempfile::tempdir().unwrap();
    let service = app(dir.path());
    let syncer = Syncer::new(service.clone());
    // Turned on while it ran, long ago.
    set_on(dir.path(), &collector.url());
    rusqlite::Connection::open(dir.path().join("progress.sqlite3"))
        .unwrap()
        .execute("UPDATE stats_setting SET campaign = ?1", [&ended])
        .unwrap();
    queue(dir.path(), &report(&ended, last_week(), 1, 7));
    queue(dir.path(), &report(&ended, last_week().previous(), 1, 8));

    assert_eq!(rt.block_on(syncer.round(false)).unwrap().tried, 1, "the first 410 stops the round");
    let status = on(service.stats_status().unwrap());
    assert_eq!(status.last_problem, Some(SyncProblem::CampaignClosed));
    assert!(status.reports.iter().all(|r| r.refused == Some(SyncProblem::CampaignClosed)));
    assert_eq!(rt.block_on(syncer.round(true)).unwrap().tried, 0);
}
