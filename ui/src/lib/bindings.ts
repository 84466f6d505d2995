// Generated from the Rust types in crates/core by ts-rs. Do not edit.
// Regenerate: UPDATE_BINDINGS=1 cargo test -p ciberescudo-core --test bindings

export type Locale = "es-MX" | "en";
export type AgeBand = "8-11" | "12-14" | "15-17" | "adults";
export type Topic = "passwords" | "privacy" | "scams" | "kindness" | "strangers" | "misinformation" | "wellbeing" | "devices" | "rights" | "ai" | "harmful-content" | "family-talk" | "family-settings" | "family-warning-signs" | "family-scams" | "family-accounts";
export type QuestionKind = "single" | "multiple" | "true-false";
export type AppError = { "key": "error-database-corrupt", "args": { path: string, } } | { "key": "error-database-too-new", "args": { path: string, } } | { "key": "error-database-unavailable", "args": { path: string, } } | { "key": "error-database-in-use", "args": Record<symbol, never> } | { "key": "error-database-not-open", "args": Record<symbol, never> } | { "key": "error-database", "args": Record<symbol, never> } | { "key": "error-backup-not-found", "args": Record<symbol, never> } | { "key": "error-backup-damaged", "args": Record<symbol, never> } | { "key": "error-backup-too-new", "args": Record<symbol, never> } | { "key": "error-database-not-damaged", "args": Record<symbol, never> } | { "key": "error-not-found", "args": Record<symbol, never> } | { "key": "error-profile-not-found", "args": Record<symbol, never> } | { "key": "error-lesson-not-found", "args": Record<symbol, never> } | { "key": "error-section-not-found", "args": Record<symbol, never> } | { "key": "error-question-not-found", "args": Record<symbol, never> } | { "key": "error-activity-not-found", "args": Record<symbol, never> } | { "key": "error-quiz-not-found", "args": Record<symbol, never> } | { "key": "error-quiz-finished", "args": Record<symbol, never> } | { "key": "error-quiz-incomplete", "args": Record<symbol, never> } | { "key": "error-invalid-answer", "args": Record<symbol, never> } | { "key": "error-nickname-empty", "args": Record<symbol, never> } | { "key": "error-nickname-too-long", "args": { max: number, } } | { "key": "error-nickname-invalid", "args": Record<symbol, never> } | { "key": "error-avatar-invalid", "args": Record<symbol, never> } | { "key": "error-pin-format", "args": { min: number, max: number, } } | { "key": "error-pin-mismatch", "args": Record<symbol, never> } | { "key": "error-pin-already-set", "args": Record<symbol, never> } | { "key": "error-pin-not-set", "args": Record<symbol, never> } | { "key": "error-pin-wrong", "args": { tries_left: number, } } | { "key": "error-pin-locked", "args": { seconds: number, minutes: number, } } | { "key": "error-adult-area-closed", "args": Record<symbol, never> } | { "key": "error-save-failed", "args": Record<symbol, never> } | { "key": "error-open-failed", "args": Record<symbol, never> } | { "key": "error-class-not-found", "args": Record<symbol, never> } | { "key": "error-class-name-invalid", "args": { max: number, } } | { "key": "error-school-year-invalid", "args": { max: number, } } | { "key": "error-match-not-allowed", "args": Record<symbol, never> } | { "key": "error-roster-line-invalid", "args": { line: number, } } | { "key": "error-file-not-ours", "args": { file: string, } } | { "key": "error-file-damaged", "args": { file: string, } } | { "key": "error-file-edited", "args": { file: string, } } | { "key": "error-file-too-new", "args": { file: string, } } | { "key": "error-file-unknown-class", "args": { file: string, } } | { "key": "error-stats-server-invalid", "args": Record<symbol, never> } | { "key": "error-stats-server-not-secure", "args": Record<symbol, never> } | { "key": "error-stats-campaign-invalid", "args": Record<symbol, never> } | { "key": "error-stats-state-invalid", "args": Record<symbol, never> } | { "key": "error-stats-server-unreachable", "args": Record<symbol, never> } | { "key": "error-stats-not-a-collector", "args": Record<symbol, never> } | { "key": "error-stats-campaign-unknown", "args": Record<symbol, never> } | { "key": "error-stats-campaign-not-open", "args": Record<symbol, never> } | { "key": "error-stats-report-not-found", "args": Record<symbol, never> };
export type BackupView = { 
/**
 * Its file name in the backups folder: what a restore asks for.
 */
name: string, 
/**
 * The day it was made, `YYYY-MM-DD` on the computer's calendar.
 */
date: string, bytes: number, };
export type BackupRestored = { 
/**
 * The day of the backup now in place, `YYYY-MM-DD`.
 */
date: string, 
/**
 * The name the replaced (or damaged) file was kept under, in the
 * progress file's folder; null if there was no file to keep.
 */
keptAs: string | null, };
export type Startup = { 
/**
 * Set when the progress database could not be opened; nothing else works then.
 */
storeError: AppError | null, systemLocale: Locale, 
/**
 * When the progress file is refused as damaged: the newest automatic
 * backup that passes SQLite's integrity check, offered to restore.
 */
backup: BackupView | null, 
/**
 * The profiles to pick from on the first screen (none if the file was
 * refused): sent with the rest, so that screen is drawn once.
 */
profiles: Array<ProfileView>, };
export type ProfileView = { id: number, nickname: string, avatar: string, band: AgeBand, locale: Locale, };
export type NewProfile = { nickname: string, avatar: string, band: AgeBand, locale: Locale, };
export type LessonStatus = { "state": "new" } | { "state": "inProgress" } | { "state": "done", score: number, total: number, };
export type LessonCard = { id: string, topic: Topic, band: AgeBand, title: string, summary: string, status: LessonStatus, };
export type Segment = { text: string, term: string | null, };
export type BlockView = { "type": "paragraph", segments: Array<Segment>, } | { "type": "list", items: Array<Array<Segment>>, };
export type SectionView = { id: string, title: string, blocks: Array<BlockView>, };
export type SourceView = { id: string, url: string, title: string, supports: string, 
/**
 * When the page was last checked (YYYY-MM-DD).
 */
checked: string, };
export type LessonView = { id: string, topic: Topic, band: AgeBand, title: string, summary: string, sections: Array<SectionView>, sources: Array<SourceView>, 
/**
 * The section where the learner left off.
 */
place: string | null, activities: Array<ActivityView>, 
/**
 * Adult lessons only.
 */
guide: GuideView | null, };
export type OptionView = { id: string, text: string, };
export type QuestionView = { id: string, kind: QuestionKind, prompt: string, options: Array<OptionView>, };
export type OptionFeedback = { id: string, text: string, explanation: string, isRight: boolean, wasChosen: boolean, };
export type Feedback = { questionId: string, correct: boolean, options: Array<OptionFeedback>, };
export type QuizView = { attemptId: number, lessonId: string, lessonTitle: string, questions: Array<QuestionView>, 
/**
 * Feedback for the questions already answered, to resume where the learner was.
 */
answers: Array<Feedback>, };
export type QuestionReview = { questionId: string, prompt: string, feedback: Feedback, };
export type QuizResult = { attemptId: number, lessonId: string, lessonTitle: string, score: number, total: number, 
/**
 * Every answered question, in quiz order.
 */
review: Array<QuestionReview>, };
export type AttemptView = { attemptId: number, finished: boolean, score: number | null, total: number, 
/**
 * Unix seconds.
 */
startedAt: number, };
export type Channel = "sms" | "chat" | "email" | "web";
export type Outcome = "good" | "okay" | "risky";
export type PartView = { id: string, text: string, };
export type SpotView = { id: string, after: string, title: string, instructions: string, channel: Channel, parts: Array<PartView>, };
export type ChoiceView = { id: string, text: string, to: string, feedback: string, };
export type StepView = { id: string, text: string, choices: Array<ChoiceView>, ending: Outcome | null, };
export type StoryView = { id: string, after: string, title: string, instructions: string, steps: Array<StepView>, };
export type GroupView = { id: string, label: string, };
export type ItemView = { id: string, text: string, };
export type SortView = { id: string, after: string, title: string, instructions: string, groups: Array<GroupView>, items: Array<ItemView>, };
export type PassphraseLabView = { id: string, after: string, title: string, instructions: string, };
export type ActivityView = { "kind": "spot-the-scam" } & SpotView | { "kind": "what-would-you-do" } & StoryView | { "kind": "sort-it" } & SortView | { "kind": "passphrase-lab" } & PassphraseLabView;
export type SpotScore = { caught: number, missed: number, falseAlarms: number, suspicious: number, };
export type PartFeedback = { id: string, text: string, suspicious: boolean, marked: boolean, explanation: string, };
export type SpotResult = { score: SpotScore, parts: Array<PartFeedback>, };
export type Placement = { item: string, group: string, };
export type ItemFeedback = { id: string, text: string, rightGroup: string, placedGroup: string | null, explanation: string, };
export type SortResult = { right: number, total: number, items: Array<ItemFeedback>, };
export type StoryResult = { outcome: Outcome, };
export type PassphraseTip = "passphrase-tip-start" | "passphrase-tip-common" | "passphrase-tip-names" | "passphrase-tip-dates" | "passphrase-tip-more-words" | "passphrase-tip-patterns" | "passphrase-tip-strong" | "passphrase-tip-unusual-words";
export type PassphraseStrength = { 
/**
 * 0 (guessed at once) to 4 (very hard to guess).
 */
score: number, words: number, 
/**
 * Most useful first.
 */
tips: Array<PassphraseTip>, };
export type GuideView = { title: string, intro: string, questions: Array<string>, };
export type Block = { "type": "paragraph", text: string, } | { "type": "list", items: Array<string>, };
export type PlanPart = "opening" | "lesson" | "activity" | "discussion" | "closing";
export type PlanStepView = { part: PlanPart, minutes: number, blocks: Array<Block>, 
/**
 * The opening's question, or the discussion's questions.
 */
questions: Array<string>, };
export type LessonPlanView = { lessonId: string, lessonTitle: string, topic: Topic, band: AgeBand, objective: Array<Block>, 
/**
 * The five parts of the class period, in teaching order.
 */
steps: Array<PlanStepView>, minutes: number, offline: Array<Block>, disclosure: Array<Block>, };
export type TermView = { id: string, term: string, definition: string, };
export type PlaceView = { id: string, name: string, description: string, phone: string | null, url: string | null, source: string, 
/**
 * YYYY-MM-DD.
 */
checked: string, topics: Array<Topic>, 
/**
 * "country", "world", or a state's INEGI code ("09").
 */
serves: string, };
export type AdultStatus = { pinSet: boolean, open: boolean, };
export type ProfileHoldingsView = { profileId: number, nickname: string, lessonsStarted: number, quizzesFinished: number, answers: number, activities: number, };
export type ClassSummary = { id: number, name: string, schoolYear: string, learners: number, };
export type RosterResult = { added: Array<ProfileView>, 
/**
 * Nicknames the class already had.
 */
skipped: number, };
export type CellStanding = { "state": "notStarted" } | { "state": "inProgress" } | { "state": "done", score: number, total: number, };
export type CellView = { standing: CellStanding, quizAttempts: number, 
/**
 * Activities done, and the best score of each: (done, sum of best scores, sum of totals).
 */
activitiesDone: number, activityPoints: number, activityTotal: number, };
export type LessonColumn = { id: string, title: string, topic: Topic, band: AgeBand, };
export type LearnerRow = { learner: ProfileView, 
/**
 * One per lesson, in the order of `ClassView::lessons`.
 */
cells: Array<CellView>, };
export type ClassView = { class: ClassSummary, lessons: Array<LessonColumn>, learners: Array<LearnerRow>, 
/**
 * Every question the class answered, hardest first: from the same
 * reading of the class's progress as the table.
 */
hardest: Array<HardQuestionView>, };
export type HardQuestionView = { lessonId: string, lessonTitle: string, questionId: string, prompt: string, 
/**
 * The denominator: learners who answered it.
 */
learnersAnswered: number, rightFirstTry: number, 
/**
 * 0–100, rounded.
 */
rightPercent: number, mostChosenWrong: string | null, chosenBy: number, };
export type FileImportView = { file: string, refused: AppError | null, learnersAdded: number, attemptsAdded: number, answersAdded: number, activitiesAdded: number, };
export type SyncProblem = "unreachable" | "timeout" | "server-busy" | "not-a-collector" | "campaign-unknown" | "campaign-closed" | "week-outside-campaign" | "week-not-accepted" | "report-refused";
export type OutboxReportView = { id: number, 
/**
 * `2026-W48`.
 */
week: string, 
/**
 * The week's Monday and Sunday, `YYYY-MM-DD`.
 */
monday: string, sunday: string, band: AgeBand, 
/**
 * Lessons it has counters for.
 */
lessons: number, 
/**
 * Unix seconds: when it is sent on its own, if nobody sends it sooner.
 */
sendAfter: number, 
/**
 * Tries that did not get through.
 */
failures: number, 
/**
 * Why the collector refused it for good, if it did.
 */
refused: SyncProblem | null, };
export type StatsOn = { 
/**
 * The collector's address.
 */
server: string, 
/**
 * `K7MD-Q4TW`.
 */
campaign: string, campaignName: string, 
/**
 * INEGI code of the chosen state (`"09"`), if any. (Not `state`: that
 * is the tag of [`StatsStatus`].)
 */
stateCode: string | null, 
/**
 * Unix seconds: when it was turned on; nothing before counts.
 */
since: number, 
/**
 * Unix seconds of the last report the collector took.
 */
lastSentAt: number | null, 
/**
 * What went wrong last, until a report gets through.
 */
lastProblem: SyncProblem | null, 
/**
 * Reports waiting, oldest week first.
 */
reports: Array<OutboxReportView>, };
export type StatsStatus = { "state": "off", } | { "state": "on" } & StatsOn;
export type ReportLessonView = { lessonId: string, title: string, completed: number, quizAttempts: number, quizPassed: number, activitiesDone: number, };
export type ReportQuestionView = { lessonTitle: string, prompt: string, answered: number, firstTryRight: number, };
export type StatsReportView = { summary: OutboxReportView, campaign: string, state: string | null, 
/**
 * The JSON body, byte for byte as it is sent.
 */
body: string, lessons: Array<ReportLessonView>, questions: Array<ReportQuestionView>, };
