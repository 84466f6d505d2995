// Generated from src-tauri/src/commands.rs by crates/ipc-contract. Do not edit.
// Regenerate: UPDATE_BINDINGS=1 cargo test -p ciberescudo-ipc-contract

import type { AdultStatus, AgeBand, AttemptView, BackupRestored, BackupView, ClassSummary, ClassView, Feedback, FileImportView, LessonCard, LessonPlanView, LessonView, Locale, NewProfile, PassphraseStrength, PlaceView, Placement, ProfileHoldingsView, ProfileView, QuizResult, QuizView, RosterResult, SortResult, SpotResult, Startup, StatsReportView, StatsStatus, StoryResult, TermView } from "./bindings";
import { call } from "./ipc";

/** Every command the UI may call: its arguments and what it resolves with. */
export type Commands = {
  startup: { args: Record<string, never>; result: Startup };
  list_profiles: { args: Record<string, never>; result: ProfileView[] };
  create_profile: { args: { profile: NewProfile }; result: ProfileView };
  set_profile_locale: { args: { profileId: number; locale: Locale }; result: ProfileView };
  list_lessons: { args: { profileId: number }; result: LessonCard[] };
  open_lesson: { args: { profileId: number; lessonId: string }; result: LessonView };
  save_place: { args: { profileId: number; lessonId: string; sectionId: string }; result: null };
  start_quiz: { args: { profileId: number; lessonId: string }; result: QuizView };
  quiz_view: { args: { profileId: number; attemptId: number }; result: QuizView };
  answer_question: { args: { profileId: number; attemptId: number; questionId: string; chosen: string[] }; result: Feedback };
  finish_quiz: { args: { profileId: number; attemptId: number }; result: QuizResult };
  check_spot: { args: { profileId: number; lessonId: string; activityId: string; marked: string[] }; result: SpotResult };
  review_spot: { args: { profileId: number; lessonId: string; activityId: string; marked: string[] }; result: SpotResult };
  check_sort: { args: { profileId: number; lessonId: string; activityId: string; placed: Placement[] }; result: SortResult };
  review_sort: { args: { profileId: number; lessonId: string; activityId: string; placed: Placement[] }; result: SortResult };
  finish_story: { args: { profileId: number; lessonId: string; activityId: string; path: string[] }; result: StoryResult };
  estimate_passphrase: { args: { text: string }; result: PassphraseStrength };
  finish_passphrase_lab: { args: { profileId: number; lessonId: string; activityId: string; text: string }; result: PassphraseStrength };
  list_attempts: { args: { profileId: number; lessonId: string }; result: AttemptView[] };
  quiz_result: { args: { profileId: number; attemptId: number }; result: QuizResult };
  glossary: { args: { locale: Locale }; result: TermView[] };
  help_places: { args: { locale: Locale }; result: PlaceView[] };
  adult_status: { args: Record<string, never>; result: AdultStatus };
  set_adult_pin: { args: { pin: string; repeated: string }; result: AdultStatus };
  open_adult_area: { args: { pin: string }; result: AdultStatus };
  close_adult_area: { args: Record<string, never>; result: null };
  update_profile: { args: { profileId: number; nickname: string; band: AgeBand }; result: ProfileView };
  profile_holdings: { args: { profileId: number }; result: ProfileHoldingsView };
  delete_profile: { args: { profileId: number }; result: null };
  export_learner_data: { args: { profileId: number }; result: string | null };
  list_backups: { args: Record<string, never>; result: BackupView[] };
  restore_backup: { args: { name: string }; result: BackupRestored };
  restore_newest_backup: { args: Record<string, never>; result: BackupRestored };
  list_classes: { args: Record<string, never>; result: ClassSummary[] };
  create_class: { args: { name: string; schoolYear: string }; result: ClassSummary };
  add_roster: { args: { classId: number; nicknames: string; band: AgeBand; locale: Locale }; result: RosterResult };
  add_to_class: { args: { classId: number; profileId: number }; result: null };
  match_to_roster: { args: { handMadeId: number; rosterId: number }; result: null };
  lesson_plan: { args: { lessonId: string; locale: Locale }; result: LessonPlanView };
  class_view: { args: { classId: number; locale: Locale }; result: ClassView };
  export_class_file: { args: { classId: number }; result: string | null };
  export_progress_file: { args: { classId: number }; result: string | null };
  export_class_csv: { args: { classId: number; locale: Locale }; result: string[] | null };
  import_class_file: { args: { locale: Locale }; result: ClassSummary | null };
  import_progress_folder: { args: { locale: Locale }; result: FileImportView[] | null };
  stats_status: { args: Record<string, never>; result: StatsStatus };
  stats_turn_on: { args: { server: string; campaign: string; state: string | null }; result: StatsStatus };
  stats_turn_off: { args: Record<string, never>; result: StatsStatus };
  stats_report: { args: { reportId: number; locale: Locale }; result: StatsReportView };
  stats_delete_report: { args: { reportId: number }; result: StatsStatus };
  stats_send_now: { args: Record<string, never>; result: StatsStatus };
};

export type CommandName = keyof Commands;

export const startup = () => call("startup", {});

export const listProfiles = () => call("list_profiles", {});

export const createProfile = (profile: NewProfile) => call("create_profile", { profile });

export const setProfileLocale = (profileId: number, locale: Locale) => call("set_profile_locale", { profileId, locale });

export const listLessons = (profileId: number) => call("list_lessons", { profileId });

export const openLesson = (profileId: number, lessonId: string) => call("open_lesson", { profileId, lessonId });

export const savePlace = (profileId: number, lessonId: string, sectionId: string) => call("save_place", { profileId, lessonId, sectionId });

export const startQuiz = (profileId: number, lessonId: string) => call("start_quiz", { profileId, lessonId });

export const quizView = (profileId: number, attemptId: number) => call("quiz_view", { profileId, attemptId });

export const answerQuestion = (profileId: number, attemptId: number, questionId: string, chosen: string[]) => call("answer_question", { profileId, attemptId, questionId, chosen });

export const finishQuiz = (profileId: number, attemptId: number) => call("finish_quiz", { profileId, attemptId });

/** Scores and records a spot-the-scam attempt. */
export const checkSpot = (profileId: number, lessonId: string, activityId: string, marked: string[]) => call("check_spot", { profileId, lessonId, activityId, marked });

/** The same result again (e.g. in another language); records nothing. */
export const reviewSpot = (profileId: number, lessonId: string, activityId: string, marked: string[]) => call("review_spot", { profileId, lessonId, activityId, marked });

/** Scores and records a sort-it attempt. */
export const checkSort = (profileId: number, lessonId: string, activityId: string, placed: Placement[]) => call("check_sort", { profileId, lessonId, activityId, placed });

/** The same result again (e.g. in another language); records nothing. */
export const reviewSort = (profileId: number, lessonId: string, activityId: string, placed: Placement[]) => call("review_sort", { profileId, lessonId, activityId, placed });

export const finishStory = (profileId: number, lessonId: string, activityId: string, path: string[]) => call("finish_story", { profileId, lessonId, activityId, path });

/** Pure and stateless: the text is estimated and dropped, never stored or logged. */
export const estimatePassphrase = (text: string) => call("estimate_passphrase", { text });

export const finishPassphraseLab = (profileId: number, lessonId: string, activityId: string, text: string) => call("finish_passphrase_lab", { profileId, lessonId, activityId, text });

export const listAttempts = (profileId: number, lessonId: string) => call("list_attempts", { profileId, lessonId });

export const quizResult = (profileId: number, attemptId: number) => call("quiz_result", { profileId, attemptId });

export const glossary = (locale: Locale) => call("glossary", { locale });

export const helpPlaces = (locale: Locale) => call("help_places", { locale });

/** Whether an adult PIN exists and whether the adult area is open. */
export const adultStatus = () => call("adult_status", {});

/** The first adult sets the PIN (typed twice) and comes in. */
export const setAdultPin = (pin: string, repeated: string) => call("set_adult_pin", { pin, repeated });

export const openAdultArea = (pin: string) => call("open_adult_area", { pin });

export const closeAdultArea = () => call("close_adult_area", {});

/** Adults only: renames a profile and sets its band. */
export const updateProfile = (profileId: number, nickname: string, band: AgeBand) => call("update_profile", { profileId, nickname, band });

/** Adults only: what deleting a profile would lose. */
export const profileHoldings = (profileId: number) => call("profile_holdings", { profileId });

/** Adults only: deletes a profile with all of its progress. */
export const deleteProfile = (profileId: number) => call("delete_profile", { profileId });

/** Adults only: writes one learner's data where the adult chooses in the save dialog. Resolves with the file's name, or null if they cancelled. */
export const exportLearnerData = (profileId: number) => call("export_learner_data", { profileId });

/** Adults only: the automatic daily backups of the progress file, newest first. */
export const listBackups = () => call("list_backups", {});

/** Adults only: puts a backup (by its name in the list) in place of the progress file; the file it replaces is kept beside it, renamed. */
export const restoreBackup = (name: string) => call("restore_backup", { name });

/** From the start-up screen, when the progress file is refused as damaged: sets it aside (renamed, never deleted) and restores the newest good backup. No PIN: the PIN lives in the damaged file. */
export const restoreNewestBackup = () => call("restore_newest_backup", {});

/** Adults only: the classes on this computer. */
export const listClasses = () => call("list_classes", {});

export const createClass = (name: string, schoolYear: string) => call("create_class", { name, schoolYear });

/** Adults only: adds learners to a class from nicknames, one per line. */
export const addRoster = (classId: number, nicknames: string, band: AgeBand, locale: Locale) => call("add_roster", { classId, nicknames, band, locale });

export const addToClass = (classId: number, profileId: number) => call("add_to_class", { classId, profileId });

/** Adults only: a hand-made profile becomes, once, the roster learner it is. */
export const matchToRoster = (handMadeId: number, rosterId: number) => call("match_to_roster", { handMadeId, rosterId });

/** Adults only: a learner lesson's plan for the teacher, in the teacher's language. */
export const lessonPlan = (lessonId: string, locale: Locale) => call("lesson_plan", { lessonId, locale });

export const classView = (classId: number, locale: Locale) => call("class_view", { classId, locale });

/** Adults only: saves the class file (for the lab computers). Null if cancelled. */
export const exportClassFile = (classId: number) => call("export_class_file", { classId });

/** Adults only: saves this computer's progress file of a class. Null if cancelled. */
export const exportProgressFile = (classId: number) => call("export_progress_file", { classId });

/** Adults only: saves the class's spreadsheet and, beside it, the hardest questions'. Resolves with both names, or null if cancelled. */
export const exportClassCsv = (classId: number, locale: Locale) => call("export_class_csv", { classId, locale });

/** Adults only: reads a class file the adult picks. Null if cancelled. */
export const importClassFile = (locale: Locale) => call("import_class_file", { locale });

/** Adults only: merges every progress file of a folder the adult picks, each all or nothing. Null if cancelled. */
export const importProgressFolder = (locale: Locale) => call("import_progress_folder", { locale });

/** Adults only: whether the campaign statistics are on, and what waits to be sent. */
export const statsStatus = () => call("stats_status", {});

/** Adults only: checks the campaign with its collector, then turns the statistics on. */
export const statsTurnOn = (server: string, campaign: string, state: string | null) => call("stats_turn_on", { server, campaign, state });

/** Adults only: turns the statistics off and deletes every report not yet sent. */
export const statsTurnOff = () => call("stats_turn_off", {});

/** Adults only: one waiting report, exactly as it will be sent and read out. */
export const statsReport = (reportId: number, locale: Locale) => call("stats_report", { reportId, locale });

/** Adults only: deletes one waiting report; it is never sent. */
export const statsDeleteReport = (reportId: number) => call("stats_delete_report", { reportId });

/** Adults only: sends every waiting report now. */
export const statsSendNow = () => call("stats_send_now", {});
