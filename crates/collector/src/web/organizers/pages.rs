//! The campaigns list, the new-campaign form, a campaign's dashboard and
//! its CSV downloads.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Form;
use ciberescudo_report::{AgeBand, CampaignCode, IsoWeek, Slug, State as MxState};
use serde::Deserialize;
use time::{Date, OffsetDateTime};

use super::auth::{current, see_other, Organizer};
use super::export::{self, Table};
use super::http::{forbidden_csrf, not_found, page, server_error, Ctx, Layout};
use super::view::{self, all_places, Dashboard, Figures, QuestionFigures, WeekFigure, BAR_FULL};
use crate::i18n::Tr;
use crate::store::{Campaign, Filter, NewCampaign, Place};
use crate::web::AppState;

/// A campaign's name is at most this many characters (as on the command line).
pub const MAX_NAME: usize = crate::admin::MAX_CAMPAIGN_NAME;

const STYLESHEET: &str = include_str!("../../../static/collector.css");

/// `GET /static/collector.css`.
pub async fn stylesheet() -> Response {
    ([(CONTENT_TYPE, "text/css; charset=utf-8"), (CACHE_CONTROL, "public, max-age=3600")], STYLESHEET).into_response()
}

/// `GET /`: the campaigns when signed in, else the sign-in page.
pub async fn home(State(state): State<AppState>, ctx: Ctx, headers: HeaderMap) -> Response {
    match current(&state, &headers).await {
        Ok(Some(_)) => see_other("/campaigns"),
        Ok(None) => see_other("/login"),
        Err(error) => server_error(&ctx, &error),
    }
}

/// Anything else.
pub async fn fallback(ctx: Ctx) -> Response {
    not_found(&ctx)
}

fn today() -> Date {
    OffsetDateTime::now_utc().date()
}

fn date_text(date: Date) -> String {
    date.to_string()
}

struct CampaignRow {
    name: String,
    code: String,
    href: String,
    starts: String,
    ends: String,
    status: String,
}

struct Created {
    name: String,
    code: String,
    href: String,
}

/// The new-campaign form as typed, with what is wrong with it.
#[derive(Debug, Default, Deserialize)]
pub struct CampaignForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    starts: String,
    #[serde(default)]
    ends: String,
    #[serde(default)]
    csrf: String,
}

#[derive(Default)]
struct FormErrors {
    name: Option<String>,
    starts: Option<String>,
    ends: Option<String>,
}

impl FormErrors {
    fn any(&self) -> bool {
        self.name.is_some() || self.starts.is_some() || self.ends.is_some()
    }
}

#[derive(Template)]
#[template(path = "campaigns.html")]
struct CampaignsPage {
    l: Layout,
    csrf: String,
    campaigns: Vec<CampaignRow>,
    created: Option<Created>,
    form: CampaignForm,
    errors: FormErrors,
    max_name: usize,
}

fn campaign_row(tr: Tr, campaign: &Campaign, today: Date) -> CampaignRow {
    let status = if today < campaign.starts_on {
        "collector-campaign-upcoming"
    } else if campaign.is_open(today) {
        "collector-campaign-open"
    } else {
        "collector-campaign-closed"
    };
    CampaignRow {
        name: campaign.name.clone(),
        code: campaign.code.to_string(),
        href: format!("/campaigns/{}", campaign.code),
        starts: date_text(campaign.starts_on),
        ends: date_text(campaign.ends_on),
        status: tr.s(status),
    }
}

async fn campaigns_page(
    state: &AppState,
    ctx: &Ctx,
    organizer: &Organizer,
    created: Option<&CampaignCode>,
    form: CampaignForm,
    errors: FormErrors,
) -> Response {
    let campaigns = match state.store.campaigns().await {
        Ok(campaigns) => campaigns,
        Err(error) => return server_error(ctx, &error),
    };
    let today = today();
    let created = created.and_then(|code| campaigns.iter().find(|c| &c.code == code)).map(|c| Created {
        name: c.name.clone(),
        code: c.code.to_string(),
        href: format!("/campaigns/{}", c.code),
    });
    let status = if errors.any() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    let template = CampaignsPage {
        l: Layout::new(ctx, "collector-campaigns-title", Some(organizer.signed_in())),
        csrf: organizer.csrf.clone(),
        campaigns: campaigns.iter().map(|c| campaign_row(ctx.tr, c, today)).collect(),
        created,
        form,
        errors,
        max_name: MAX_NAME,
    };
    page(status, template.render())
}

/// `GET /campaigns` (`?created=CODE` right after making one).
pub async fn campaigns(
    State(state): State<AppState>,
    ctx: Ctx,
    organizer: Organizer,
    Query(query): Query<Vec<(String, String)>>,
) -> Response {
    let created = query.iter().find(|(name, _)| name == "created").and_then(|(_, code)| code.parse::<CampaignCode>().ok());
    campaigns_page(&state, &ctx, &organizer, created.as_ref(), CampaignForm::default(), FormErrors::default()).await
}

fn parse_date(text: &str) -> Option<Date> {
    let date = Date::parse(text.trim(), time::macros::format_description!("[year]-[month]-[day]")).ok()?;
    (IsoWeek::FIRST_YEAR..=IsoWeek::LAST_YEAR).contains(&date.year()).then_some(date)
}

/// `POST /campaigns`: make one, then show its code.
pub async fn create_campaign(
    State(state): State<AppState>,
    ctx: Ctx,
    organizer: Organizer,
    Form(form): Form<CampaignForm>,
) -> Response {
    if !organizer.csrf_ok(&form.csrf) {
        return forbidden_csrf(&ctx, "/campaigns");
    }
    let tr = ctx.tr;
    // Control characters have no place in a name; spaces are tidied.
    let name: String = form.name.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut errors = FormErrors::default();
    if name.is_empty() {
        errors.name = Some(tr.s("collector-create-name-missing"));
    } else if name.chars().count() > MAX_NAME {
        errors.name = Some(tr.with("collector-create-name-too-long", "max", &MAX_NAME.to_string()));
    }
    let (starts, ends) = (parse_date(&form.starts), parse_date(&form.ends));
    if starts.is_none() {
        errors.starts = Some(tr.s("collector-create-starts-invalid"));
    }
    if ends.is_none() {
        errors.ends = Some(tr.s("collector-create-ends-invalid"));
    }
    if let (Some(starts), Some(ends)) = (starts, ends) {
        if ends < starts {
            errors.ends = Some(tr.s("collector-create-dates-reversed"));
        }
    }
    let (Some(starts_on), Some(ends_on), false) = (starts, ends, errors.any()) else {
        let form = CampaignForm { csrf: String::new(), ..form };
        return campaigns_page(&state, &ctx, &organizer, None, form, errors).await;
    };
    match state.store.create_campaign(NewCampaign { name, starts_on, ends_on }).await {
        Ok(campaign) => {
            tracing::info!("a campaign was created");
            see_other(&format!("/campaigns?created={}", campaign.code))
        }
        Err(error) => server_error(&ctx, &error),
    }
}

/// The dashboard's filters as they travel in the query string.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FilterInput {
    pub from: String,
    pub to: String,
    pub band: String,
    pub state: String,
    pub lesson: String,
}

impl FilterInput {
    /// The filter's own query string (without `?`), in a fixed order, with
    /// only the values that were understood.
    pub fn of(filter: &Filter) -> FilterInput {
        FilterInput {
            from: filter.from.map(|w| w.to_string()).unwrap_or_default(),
            to: filter.to.map(|w| w.to_string()).unwrap_or_default(),
            band: filter.band.map(|b| b.tag().to_owned()).unwrap_or_default(),
            state: filter.place.map(|p| format!("{:02}", p.number())).unwrap_or_default(),
            lesson: filter.lesson.as_ref().map(|l| l.to_string()).unwrap_or_default(),
        }
    }

    pub fn query(&self) -> String {
        // Every value is made of letters, digits and hyphens: nothing to escape.
        [("from", &self.from), ("to", &self.to), ("band", &self.band), ("state", &self.state), ("lesson", &self.lesson)]
            .iter()
            .filter(|(_, value)| !value.is_empty())
            .map(|(name, value)| format!("{name}={value}"))
            .collect::<Vec<_>>()
            .join("&")
    }
}

/// Reads the filters of a query string. Returns the filter made of what
/// could be understood, and the message ids of what could not.
pub fn parse_filter(query: &[(String, String)]) -> (Filter, Vec<&'static str>) {
    let get = |name: &str| query.iter().rev().find(|(n, _)| n == name).map(|(_, v)| v.trim()).filter(|v| !v.is_empty());
    let mut filter = Filter::default();
    let mut problems = Vec::new();
    let mut week = |name: &str| match get(name).map(str::parse::<IsoWeek>) {
        None => None,
        Some(Ok(week)) => Some(week),
        Some(Err(_)) => {
            if !problems.contains(&"collector-filter-bad-week") {
                problems.push("collector-filter-bad-week");
            }
            None
        }
    };
    filter.from = week("from");
    filter.to = week("to");
    if let Some(band) = get("band") {
        match AgeBand::from_tag(band) {
            Some(band) => filter.band = Some(band),
            None => problems.push("collector-filter-bad-band"),
        }
    }
    if let Some(state) = get("state") {
        let place =
            if state == "00" { Some(Place::NotGiven) } else { MxState::try_from(state.to_owned()).ok().map(Place::State) };
        match place {
            Some(place) => filter.place = Some(place),
            None => problems.push("collector-filter-bad-state"),
        }
    }
    if let Some(lesson) = get("lesson") {
        match Slug::new(lesson) {
            Ok(lesson) => filter.lesson = Some(lesson),
            Err(_) => problems.push("collector-filter-bad-lesson"),
        }
    }
    if let (Some(from), Some(to)) = (filter.from, filter.to) {
        if from > to {
            problems.push("collector-filter-reversed");
        }
    }
    (filter, problems)
}

struct Choice {
    value: String,
    label: String,
    selected: bool,
}

fn choices(any_label: String, current: &str, options: impl IntoIterator<Item = (String, String)>) -> Vec<Choice> {
    let mut list = vec![Choice { value: String::new(), label: any_label, selected: current.is_empty() }];
    list.extend(options.into_iter().map(|(value, label)| {
        let selected = value == current;
        Choice { value, label, selected }
    }));
    list
}

struct Link {
    href: String,
    text: String,
}

struct Bar {
    x: u32,
    y: u32,
    width: u32,
    height: u32,
    center: u32,
    value_y: u32,
    value: String,
    label: String,
}

/// The weeks' bar chart, laid out from the published figures.
struct Chart {
    width: u32,
    height: u32,
    baseline: u32,
    bars: Vec<Bar>,
    desc: String,
}

const SLOT: u32 = 56;
const BAR_WIDTH: u32 = 36;
const CHART_TOP: u32 = 24;
const CHART_BOTTOM: u32 = 28;

fn chart(tr: Tr, weeks: &[WeekFigure]) -> Chart {
    let baseline = CHART_TOP + BAR_FULL;
    let bars = weeks
        .iter()
        .enumerate()
        .map(|(i, week)| {
            let slot = u32::try_from(i).unwrap_or(u32::MAX / SLOT).saturating_mul(SLOT);
            Bar {
                x: slot + (SLOT - BAR_WIDTH) / 2,
                y: baseline - week.bar,
                width: BAR_WIDTH,
                height: week.bar,
                center: slot + SLOT / 2,
                value_y: baseline - week.bar - 6,
                value: tr.figure(&week.completed),
                label: format!("W{:02}", week.week.week()),
            }
        })
        .collect();
    let (from, to) = match (weeks.first(), weeks.last()) {
        (Some(first), Some(last)) => (first.week.to_string(), last.week.to_string()),
        _ => (String::new(), String::new()),
    };
    Chart {
        width: (u32::try_from(weeks.len()).unwrap_or(1).max(1)).saturating_mul(SLOT),
        height: baseline + CHART_BOTTOM,
        baseline,
        bars,
        desc: tr.with2("collector-by-week-chart-desc", "from", &from, "to", &to),
    }
}

struct FigureRow {
    key: String,
    label: String,
    completed: String,
    quiz_attempts: String,
    quiz_passed: String,
    activities: String,
}

fn figure_row(tr: Tr, key: String, label: String, f: &Figures) -> FigureRow {
    FigureRow {
        key,
        label,
        completed: tr.figure(&f.completed),
        quiz_attempts: tr.figure(&f.quiz_attempts),
        quiz_passed: tr.figure(&f.quiz_passed),
        activities: tr.figure(&f.activities_done),
    }
}

struct QuestionRow {
    lesson: String,
    question: String,
    answered: String,
    first_try_right: String,
    share: String,
}

fn question_row(tr: Tr, q: &QuestionFigures) -> QuestionRow {
    QuestionRow {
        lesson: q.lesson.clone(),
        question: q.question.clone(),
        answered: tr.figure(&q.answered),
        first_try_right: tr.figure(&q.first_try_right),
        share: tr.percent(&q.share),
    }
}

struct WeekRow {
    week: String,
    monday: String,
    completed: String,
}

/// What the dashboard shows when the filters could be read.
struct ShownFigures {
    total: String,
    chart: Chart,
    weeks: Vec<WeekRow>,
    bands: Vec<FigureRow>,
    states: Vec<FigureRow>,
    lessons: Vec<FigureRow>,
    hardest: Vec<QuestionRow>,
    downloads: Downloads,
}

struct Downloads {
    weeks: Link,
    bands: Link,
    states: Link,
    lessons: Link,
    questions: Link,
}

#[derive(Template)]
#[template(path = "dashboard.html")]
struct DashboardPage {
    l: Layout,
    code: String,
    dates: String,
    action: String,
    clear_href: String,
    suppression: String,
    problems: Vec<String>,
    from: Vec<Choice>,
    to: Vec<Choice>,
    bands: Vec<Choice>,
    states: Vec<Choice>,
    lessons: Vec<Choice>,
    figures: Option<ShownFigures>,
}

async fn campaign_of(state: &AppState, ctx: &Ctx, code: &str) -> Result<Campaign, Response> {
    let Ok(code) = code.parse::<CampaignCode>() else { return Err(not_found(ctx)) };
    match state.store.campaign_by_code(&code).await {
        Ok(Some(campaign)) => Ok(campaign),
        Ok(None) => Err(not_found(ctx)),
        Err(error) => Err(server_error(ctx, &error)),
    }
}

fn download_links(tr: Tr, code: &CampaignCode, query: &str) -> Downloads {
    let link = |table: Table| {
        let href = if query.is_empty() {
            format!("/campaigns/{code}/{}.csv", table.stem())
        } else {
            format!("/campaigns/{code}/{}.csv?{query}", table.stem())
        };
        Link { href, text: tr.with("collector-download-csv", "table", &tr.s(table.title_id())) }
    };
    Downloads {
        weeks: link(Table::Weeks),
        bands: link(Table::Bands),
        states: link(Table::States),
        lessons: link(Table::Lessons),
        questions: link(Table::Questions),
    }
}

fn shown_figures(tr: Tr, campaign: &Campaign, dashboard: &Dashboard, query: &str) -> ShownFigures {
    ShownFigures {
        total: tr.figure(&dashboard.total),
        chart: chart(tr, &dashboard.weeks),
        weeks: dashboard
            .weeks
            .iter()
            .map(|w| WeekRow {
                week: w.week.to_string(),
                monday: w.week.monday().to_string(),
                completed: tr.figure(&w.completed),
            })
            .collect(),
        bands: dashboard.bands.iter().map(|(band, f)| figure_row(tr, band.tag().to_owned(), tr.band(band), f)).collect(),
        states: dashboard
            .states
            .iter()
            .map(|(place, f)| figure_row(tr, format!("{:02}", place.number()), tr.place(place), f))
            .collect(),
        lessons: dashboard.lessons.iter().map(|(lesson, f)| figure_row(tr, lesson.clone(), lesson.clone(), f)).collect(),
        hardest: dashboard.hardest.iter().map(|q| question_row(tr, q)).collect(),
        downloads: download_links(tr, &campaign.code, query),
    }
}

/// `GET /campaigns/{code}`: the dashboard, under the query's filters.
pub async fn dashboard(
    State(state): State<AppState>,
    ctx: Ctx,
    organizer: Organizer,
    Path(code): Path<String>,
    Query(query): Query<Vec<(String, String)>>,
) -> Response {
    let campaign = match campaign_of(&state, &ctx, &code).await {
        Ok(campaign) => campaign,
        Err(response) => return response,
    };
    let tr = ctx.tr;
    let (filter, problems) = parse_filter(&query);
    let input = FilterInput::of(&filter);
    let threshold = state.config.threshold;
    let (figures, lesson_choices, status) = if problems.is_empty() {
        match view::dashboard(&state.store, &campaign, &filter, threshold).await {
            Ok(dashboard) => {
                let figures = shown_figures(tr, &campaign, &dashboard, &input.query());
                (Some(figures), dashboard.lesson_choices, StatusCode::OK)
            }
            Err(error) => return server_error(&ctx, &error),
        }
    } else {
        // The form still offers the campaign's lessons.
        match view::dashboard(&state.store, &campaign, &Filter::default(), threshold).await {
            Ok(dashboard) => (None, dashboard.lesson_choices, StatusCode::BAD_REQUEST),
            Err(error) => return server_error(&ctx, &error),
        }
    };

    let weeks = view::campaign_weeks(&campaign);
    let week_options = || weeks.iter().map(|w| (w.to_string(), format!("{w} ({})", w.monday())));
    let mut lesson_options = lesson_choices;
    if !input.lesson.is_empty() && !lesson_options.contains(&input.lesson) {
        lesson_options.push(input.lesson.clone());
    }
    let template = DashboardPage {
        l: Layout::titled(&ctx, tr.with("collector-dashboard-title", "name", &campaign.name), Some(organizer.signed_in())),
        code: campaign.code.to_string(),
        dates: tr.with2(
            "collector-dashboard-dates",
            "starts",
            &date_text(campaign.starts_on),
            "ends",
            &date_text(campaign.ends_on),
        ),
        action: format!("/campaigns/{}", campaign.code),
        clear_href: format!("/campaigns/{}", campaign.code),
        suppression: tr.with("collector-suppression-note", "threshold", &threshold.max(10).to_string()),
        problems: problems.iter().map(|id| tr.s(id)).collect(),
        from: choices(tr.s("collector-filter-from-any"), &input.from, week_options()),
        to: choices(tr.s("collector-filter-to-any"), &input.to, week_options()),
        bands: choices(
            tr.s("collector-filter-band-any"),
            &input.band,
            AgeBand::ALL.into_iter().map(|b| (b.tag().to_owned(), tr.band(&b))),
        ),
        states: choices(
            tr.s("collector-filter-state-any"),
            &input.state,
            all_places().map(|p| (format!("{:02}", p.number()), tr.place(&p))),
        ),
        lessons: choices(tr.s("collector-filter-lesson-any"), &input.lesson, lesson_options.into_iter().map(|l| (l.clone(), l))),
        figures,
    };
    page(status, template.render())
}

/// `GET /campaigns/{code}/{table}.csv`: one of the dashboard's tables.
pub async fn download(
    State(state): State<AppState>,
    ctx: Ctx,
    _organizer: Organizer,
    Path((code, file)): Path<(String, String)>,
    Query(query): Query<Vec<(String, String)>>,
) -> Response {
    let Some(table) = Table::from_file_name(&file) else { return not_found(&ctx) };
    let campaign = match campaign_of(&state, &ctx, &code).await {
        Ok(campaign) => campaign,
        Err(response) => return response,
    };
    let (filter, problems) = parse_filter(&query);
    if let Some(problem) = problems.first() {
        return super::http::message(
            &ctx,
            StatusCode::BAD_REQUEST,
            "collector-error-bad-request-title",
            problem,
            (&format!("/campaigns/{}", campaign.code), "collector-back-to-campaigns"),
        );
    }
    let dashboard = match view::dashboard(&state.store, &campaign, &filter, state.config.threshold).await {
        Ok(dashboard) => dashboard,
        Err(error) => return server_error(&ctx, &error),
    };
    let body = export::table(&dashboard, table, ctx.tr);
    let name = export::file_name(&campaign.code.to_string(), table, today());
    (
        [
            (CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (CONTENT_DISPOSITION, format!("attachment; filename=\"{name}\"")),
            (CACHE_CONTROL, "no-store".to_owned()),
        ],
        body,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(query: &str) -> Vec<(String, String)> {
        query.split('&').filter_map(|p| p.split_once('=')).map(|(a, b)| (a.to_owned(), b.to_owned())).collect()
    }

    #[test]
    fn filters_are_read_and_written_back_the_same() {
        let (filter, problems) =
            parse_filter(&pairs("from=2026-W48&to=2026-W50&band=12-14&state=09&lesson=passwords-12-14&lang=en"));
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(filter.place, Some(Place::State(MxState::from_number(9).unwrap())));
        assert_eq!(FilterInput::of(&filter).query(), "from=2026-W48&to=2026-W50&band=12-14&state=09&lesson=passwords-12-14");
        let (filter, problems) = parse_filter(&pairs("state=00&band="));
        assert_eq!((filter.place, filter.band, problems.len()), (Some(Place::NotGiven), None, 0));
        assert_eq!(parse_filter(&[]).0, Filter::default());
    }

    #[test]
    fn bad_filters_are_named_not_fatal() {
        let (_, problems) = parse_filter(&pairs("from=2026-W99&to=soon&band=9-12&state=33&lesson=Robert'); DROP"));
        assert_eq!(
            problems,
            [
                "collector-filter-bad-week",
                "collector-filter-bad-band",
                "collector-filter-bad-state",
                "collector-filter-bad-lesson"
            ]
        );
        let (_, problems) = parse_filter(&pairs("from=2026-W50&to=2026-W48"));
        assert_eq!(problems, ["collector-filter-reversed"]);
    }

    #[test]
    fn dates_are_iso_and_within_the_weeks_years() {
        assert_eq!(parse_date("2026-11-23"), Some(time::macros::date!(2026 - 11 - 23)));
        for bad in ["", "23/11/2026", "2026-13-01", "2026-02-30", "1999-01-01", "2101-01-01"] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
    }
}
