//! The campaign statistics as the adult area shows them.

use serde::Serialize;

use crate::content::Catalog;
use crate::progress::{OutboxRow, StatsSettingRow};
use crate::stats::SyncProblem;
use crate::{AgeBand, Locale};

/// Off, or on with everything the adult area shows about it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(tag = "state", rename_all = "camelCase")]
pub enum StatsStatus {
    Off {},
    On(StatsOn),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct StatsOn {
    /// The collector's address.
    pub server: String,
    /// `K7MD-Q4TW`.
    pub campaign: String,
    pub campaign_name: String,
    /// INEGI code of the chosen state (`"09"`), if any. (Not `state`: that
    /// is the tag of [`StatsStatus`].)
    pub state_code: Option<String>,
    /// Unix seconds: when it was turned on; nothing before counts.
    #[cfg_attr(feature = "typescript", ts(type = "number"))]
    pub since: i64,
    /// Unix seconds of the last report the collector took.
    #[cfg_attr(feature = "typescript", ts(type = "number | null"))]
    pub last_sent_at: Option<i64>,
    /// What went wrong last, until a report gets through.
    pub last_problem: Option<SyncProblem>,
    /// Reports waiting, oldest week first.
    pub reports: Vec<OutboxReportView>,
}

/// One report in the outbox, in the list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct OutboxReportView {
    #[cfg_attr(feature = "typescript", ts(type = "number"))]
    pub id: i64,
    /// `2026-W48`.
    pub week: String,
    /// The week's Monday and Sunday, `YYYY-MM-DD`.
    pub monday: String,
    pub sunday: String,
    pub band: AgeBand,
    /// Lessons it has counters for.
    pub lessons: u32,
    /// Unix seconds: when it is sent on its own, if nobody sends it sooner.
    #[cfg_attr(feature = "typescript", ts(type = "number"))]
    pub send_after: i64,
    /// Tries that did not get through.
    pub failures: u32,
    /// Why the collector refused it for good, if it did.
    pub refused: Option<SyncProblem>,
}

/// One report opened: exactly the body that is sent, and the same read out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct StatsReportView {
    pub summary: OutboxReportView,
    pub campaign: String,
    pub state: Option<String>,
    /// The JSON body, byte for byte as it is sent.
    pub body: String,
    pub lessons: Vec<ReportLessonView>,
    pub questions: Vec<ReportQuestionView>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ReportLessonView {
    pub lesson_id: String,
    pub title: String,
    pub completed: u32,
    pub quiz_attempts: u32,
    pub quiz_passed: u32,
    pub activities_done: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ReportQuestionView {
    pub lesson_title: String,
    pub prompt: String,
    pub answered: u32,
    pub first_try_right: u32,
}

pub(crate) fn stats_status(setting: Option<StatsSettingRow>, outbox: &[OutboxRow]) -> StatsStatus {
    let Some(setting) = setting else { return StatsStatus::Off {} };
    let campaign = setting.campaign.parse::<ciberescudo_report::CampaignCode>().map(|c| c.to_string());
    StatsStatus::On(StatsOn {
        server: setting.server_url,
        campaign: campaign.unwrap_or(setting.campaign),
        campaign_name: setting.campaign_name,
        state_code: setting.state,
        since: setting.enabled_at,
        last_sent_at: setting.last_sent_at,
        last_problem: setting.last_problem.as_deref().and_then(SyncProblem::from_tag),
        reports: outbox.iter().map(outbox_report_view).collect(),
    })
}

pub(crate) fn outbox_report_view(row: &OutboxRow) -> OutboxReportView {
    let report = ciberescudo_report::Report::from_json(row.body.as_bytes()).ok();
    let week = row.week.parse::<ciberescudo_report::IsoWeek>().ok();
    OutboxReportView {
        id: row.id,
        week: row.week.clone(),
        monday: week.map(|w| w.monday().to_string()).unwrap_or_default(),
        sunday: week.map(|w| w.sunday().to_string()).unwrap_or_default(),
        band: band_of(&row.band),
        lessons: report.map(|r| r.lessons.len() as u32).unwrap_or(0),
        send_after: row.send_after,
        failures: row.failures,
        refused: row.refused.as_deref().and_then(SyncProblem::from_tag),
    }
}

/// The report read out in `locale`, from the very body that is sent.
pub(crate) fn stats_report_view(row: &OutboxRow, catalog: &Catalog, locale: Locale) -> StatsReportView {
    let report = ciberescudo_report::Report::from_json(row.body.as_bytes()).ok();
    let lesson_title = |id: &str| catalog.lesson(id).map(|l| l.title.get(locale).clone()).unwrap_or_else(|| id.to_owned());
    let lessons = report
        .iter()
        .flat_map(|r| &r.lessons)
        .map(|l| ReportLessonView {
            lesson_id: l.lesson.to_string(),
            title: lesson_title(l.lesson.as_str()),
            completed: l.completed,
            quiz_attempts: l.quiz_attempts,
            quiz_passed: l.quiz_passed,
            activities_done: l.activities_done,
        })
        .collect();
    let questions = report
        .iter()
        .flat_map(|r| &r.questions)
        .map(|q| ReportQuestionView {
            lesson_title: lesson_title(q.lesson.as_str()),
            prompt: catalog
                .lesson(q.lesson.as_str())
                .and_then(|l| l.question(q.question.as_str()))
                .map(|question| question.prompt.get(locale).clone())
                .unwrap_or_else(|| q.question.to_string()),
            answered: q.answered,
            first_try_right: q.first_try_right,
        })
        .collect();
    StatsReportView {
        summary: outbox_report_view(row),
        campaign: report.as_ref().map(|r| r.campaign.to_string()).unwrap_or_default(),
        state: report.as_ref().and_then(|r| r.state).map(|s| s.code()),
        body: row.body.clone(),
        lessons,
        questions,
    }
}

fn band_of(tag: &str) -> AgeBand {
    AgeBand::ALL.into_iter().find(|b| b.tag() == tag).unwrap_or(AgeBand::Adults)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_status_tag_is_not_overwritten_by_a_field() {
        let setting = StatsSettingRow {
            server_url: "https://example.mx/".into(),
            campaign: "K7MD-Q4TW".into(),
            campaign_name: "x".into(),
            state: Some("09".into()),
            enabled_at: 0,
            built_through: None,
            last_sent_at: None,
            last_problem: None,
            stopped: None,
        };
        let json = serde_json::to_value(stats_status(Some(setting), &[])).unwrap();
        assert_eq!(json["state"], "on");
        assert_eq!(json["stateCode"], "09");
        assert_eq!(serde_json::to_value(stats_status(None, &[])).unwrap(), serde_json::json!({"state": "off"}));
    }
}
