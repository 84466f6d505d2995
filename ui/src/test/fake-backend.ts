// An in-memory stand-in for the Rust side, behind mockIPC, for component and app tests.
// It answers every command of the generated contract (lib/commands.ts) with the
// generated types (lib/bindings.ts), fails the way the Rust use cases do
// (crates/core/src/api/use_cases/), and records every call.
import { mockIPC } from "@tauri-apps/api/mocks";
import type {
  ActivityView,
  AdultStatus,
  AgeBand,
  AppError,
  AttemptView,
  BackupView,
  Block,
  CellStanding,
  CellView,
  Channel,
  ClassSummary,
  ClassView,
  Feedback,
  FileImportView,
  HardQuestionView,
  LessonCard,
  LessonPlanView,
  LessonStatus,
  LessonView,
  Locale,
  NewProfile,
  Outcome,
  OutboxReportView,
  PassphraseStrength,
  PassphraseTip,
  Placement,
  PlaceView,
  ProfileHoldingsView,
  ProfileView,
  QuestionKind,
  QuizResult,
  QuizView,
  RosterResult,
  Segment,
  SortResult,
  SpotResult,
  Startup,
  StatsOn,
  StatsReportView,
  StatsStatus,
  StoryResult,
  SyncProblem,
  TermView,
  Topic,
} from "../lib/bindings";
import type { CommandName, Commands } from "../lib/commands";

type Text = Record<Locale, string>;
type FakeQuestion = {
  id: string;
  kind: QuestionKind;
  prompt: Text;
  options: { id: string; text: Text; explanation: Text }[];
  answer: string[];
};
type FakeSpot = {
  kind: "spot-the-scam";
  id: string;
  after: string;
  title: Text;
  channel: Channel;
  parts: { id: string; text: Text; suspicious: boolean }[];
};
type FakeStory = {
  kind: "what-would-you-do";
  id: string;
  after: string;
  title: Text;
  steps: { id: string; text: Text; choices: { id: string; text: Text; to: string }[]; ending: Outcome | null }[];
};
type FakeSort = {
  kind: "sort-it";
  id: string;
  after: string;
  title: Text;
  groups: { id: string; label: Text }[];
  items: { id: string; text: Text; group: string }[];
};
type FakePassphrase = { kind: "passphrase-lab"; id: string; after: string; title: Text };
export type FakeActivity = FakeSpot | FakeStory | FakeSort | FakePassphrase;
type FakeLesson = {
  id: string;
  topic: Topic;
  band: AgeBand;
  title: Text;
  /** Section text marks glossary words as `[word](term-id)`. */
  sections: { id: string; title: Text; text: Text }[];
  questions: FakeQuestion[];
  status?: LessonStatus;
  activities?: FakeActivity[];
  guide?: { title: Text; intro: Text; questions: Text[] };
};
type Attempt = {
  id: number;
  profileId: number;
  lessonId: string;
  answers: Map<string, string[]>;
  finished: boolean;
  /** Unix seconds; a fixed day per attempt when not given. */
  startedAt?: number;
  /** The record's uid, as progress files carry it (made up from the id when not given). */
  uid?: string;
};
export type FakeTerm = { id: string; term: Text; definition: Text };
export type FakePlace = Omit<PlaceView, "name" | "description"> & { name: Text; description: Text };

const both = (es: string, en: string): Text => ({ "es-MX": es, en });

function option(id: string, es: string, en: string): FakeQuestion["options"][number] {
  return { id, text: both(es, en), explanation: both(`Porque ${es}.`, `Because ${en}.`) };
}

export const SPOT: FakeSpot = {
  kind: "spot-the-scam",
  id: "fake-prize",
  after: "the-key",
  title: both("¿Dónde está la trampa?", "Where's the trick?"),
  channel: "sms",
  parts: [
    { id: "sender", text: both("+52 55 0000 0000", "+52 55 0000 0000"), suspicious: true },
    { id: "greeting", text: both("¡Hola!", "Hi!"), suspicious: false },
    { id: "prize", text: both("¡Ganaste un celular!", "You won a phone!"), suspicious: true },
    { id: "link", text: both("premio-gratis.example/cel", "free-prize.example/phone"), suspicious: true },
    { id: "sign-off", text: both("Saludos.", "Best wishes."), suspicious: false },
  ],
};

export const STORY: FakeStory = {
  kind: "what-would-you-do",
  id: "friend-asks-story",
  after: "a-good-secret",
  title: both("¿Qué harías? La contraseña", "What would you do? The password"),
  steps: [
    {
      id: "start",
      text: both("Tu amiga te pide tu contraseña.", "Your friend asks for your password."),
      choices: [
        { id: "share", text: both("Se la doy.", "I give it to her."), to: "end-shared" },
        { id: "say-no", text: both("Le digo que no.", "I say no."), to: "asks-again" },
      ],
      ending: null,
    },
    {
      id: "asks-again",
      text: both("Te la vuelve a pedir.", "She asks again."),
      choices: [
        { id: "tell-adult", text: both("Le cuento a mi mamá.", "I tell my mom."), to: "end-told" },
        { id: "ignore", text: both("No le contesto.", "I don't answer."), to: "end-ignored" },
      ],
      ending: null,
    },
    { id: "end-shared", text: both("Entró a tu cuenta.", "She got into your account."), choices: [], ending: "risky" },
    { id: "end-told", text: both("Tu mamá te ayudó.", "Your mom helped you."), choices: [], ending: "good" },
    { id: "end-ignored", text: both("Dejó de insistir.", "She stopped asking."), choices: [], ending: "okay" },
  ],
};

export const SORT: FakeSort = {
  kind: "sort-it",
  id: "what-to-share",
  after: "a-good-secret",
  title: both("¿Lo comparto?", "Do I share it?"),
  groups: [
    { id: "share", label: both("Lo puedo compartir", "I can share it") },
    { id: "never", label: both("No lo doy en internet", "I don't give it online") },
  ],
  items: [
    { id: "color", text: both("Tu color favorito", "Your favorite color"), group: "share" },
    { id: "address", text: both("Tu dirección", "Your address"), group: "never" },
    { id: "password", text: both("Tu contraseña", "Your password"), group: "never" },
  ],
};

export const LAB: FakePassphrase = {
  kind: "passphrase-lab",
  id: "passphrase-lab",
  after: "what-to-do",
  title: both("Laboratorio de frases secretas", "Passphrase lab"),
};

export const PASSWORDS: FakeLesson = {
  id: "passwords-8-11",
  topic: "passwords",
  band: "8-11",
  title: both("Tus contraseñas", "Your passwords"),
  sections: [
    {
      id: "the-key",
      title: both("La llave", "The key"),
      text: both("Una [contraseña](password) es una llave.", "A [password](password) is a key."),
    },
    { id: "a-good-secret", title: both("Un buen secreto", "A good secret"), text: both("Los secretos se guardan.", "Secrets are kept.") },
    { id: "what-to-do", title: both("Qué hacer", "What to do"), text: both("Habla con una persona adulta.", "Talk to an adult.") },
  ],
  questions: [
    {
      id: "friend-asks",
      kind: "single",
      prompt: both("Tu amiga te pide tu contraseña. ¿Qué haces?", "Your friend asks for your password. What do you do?"),
      options: [option("share", "se la das", "you share it"), option("say-no", "le dices que no", "you say no")],
      answer: ["say-no"],
    },
    {
      id: "good-passphrases",
      kind: "multiple",
      prompt: both("¿Cuáles son buenas frases de contraseña?", "Which are good passphrases?"),
      options: [
        option("pet-name", "el nombre de tu mascota", "your pet's name"),
        option("three-words", "tres palabras al azar", "three random words"),
        option("silly-sentence", "una frase chistosa", "a silly sentence"),
      ],
      answer: ["three-words", "silly-sentence"],
    },
    {
      id: "teacher-knows",
      kind: "true-false",
      prompt: both("Tu maestra debe saber tu contraseña.", "Your teacher must know your password."),
      options: [option("true", "verdadero", "true"), option("false", "falso", "false")],
      answer: ["false"],
    },
  ],
  activities: [SPOT, STORY, SORT, LAB],
};

/** The same message as SPOT, drawn for another channel. */
export function spotOn(channel: Channel, id = `fake-prize-${channel}`): FakeSpot {
  return { ...SPOT, id, channel };
}

export const LESSONS: FakeLesson[] = [
  PASSWORDS,
  {
    id: "scams-12-14",
    topic: "scams",
    band: "12-14",
    title: both("Fraudes", "Scams"),
    sections: PASSWORDS.sections,
    questions: PASSWORDS.questions,
    status: { state: "done", score: 8, total: 10 },
    activities: [spotOn("chat"), spotOn("email")],
  },
  {
    id: "privacy-8-11",
    topic: "privacy",
    band: "8-11",
    title: both("Tus datos", "Your data"),
    sections: PASSWORDS.sections,
    questions: PASSWORDS.questions,
    activities: [spotOn("web")],
  },
  {
    id: "passwords-12-14",
    topic: "passwords",
    band: "12-14",
    title: both("Cuida tus cuentas", "Look after your accounts"),
    sections: PASSWORDS.sections,
    questions: PASSWORDS.questions,
  },
  {
    id: "family-talk",
    topic: "family-talk",
    band: "adults",
    title: both("Hablar en familia", "Talking as a family"),
    sections: PASSWORDS.sections,
    questions: PASSWORDS.questions,
    status: { state: "inProgress" },
    guide: {
      title: both("Para platicar en casa", "To talk about at home"),
      intro: both("Elija una o dos preguntas.", "Pick one or two questions."),
      questions: [
        both("¿Qué te gusta hacer en internet?", "What do you like doing online?"),
        both("¿Con quién juegas en línea?", "Who do you play with online?"),
        both("¿A quién le contarías algo raro?", "Who would you tell about something odd?"),
      ],
    },
  },
];

export const TERMS: FakeTerm[] = [
  {
    id: "password",
    term: both("contraseña", "password"),
    definition: both("Una palabra secreta que abre tu cuenta.", "A secret word that opens your account."),
  },
  {
    id: "phishing",
    term: both("phishing", "phishing"),
    definition: both("Un engaño para robar tus datos.", "A trick to steal your data."),
  },
  {
    id: "two-step",
    term: both("verificación en dos pasos", "two-step verification"),
    definition: both("Un segundo candado para tu cuenta.", "A second lock for your account."),
  },
];

export const PLACES: FakePlace[] = [
  {
    id: "emergencies",
    name: both("Emergencias", "Emergencies"),
    description: both("Para cuando alguien está en peligro.", "For when someone is in danger."),
    phone: "911",
    url: null,
    source: "https://example.org/911",
    checked: "2026-11-02",
    topics: [],
    serves: "country",
  },
  {
    id: "helpline",
    name: both("Línea de ayuda", "Helpline"),
    description: both("Te escuchan y te orientan.", "They listen and guide you."),
    phone: "800 000 0000",
    url: "https://example.org/ayuda",
    source: "https://example.org/ayuda/contacto",
    checked: "2026-10-15",
    topics: ["strangers", "kindness"],
    serves: "09",
  },
];

/** "Una [contraseña](password) es…" → the segments of that text, the marked word linked. */
function segments(text: string): Segment[] {
  const found: Segment[] = [];
  let rest = text;
  for (let match = /\[([^\]]+)\]\(([^)]+)\)/.exec(rest); match; match = /\[([^\]]+)\]\(([^)]+)\)/.exec(rest)) {
    if (match.index > 0) found.push({ text: rest.slice(0, match.index), term: null });
    found.push({ text: match[1], term: match[2] });
    rest = rest.slice(match.index + match[0].length);
  }
  if (rest) found.push({ text: rest, term: null });
  return found;
}

/** An activity as the Rust side sends it, in one language. */
export function activityView(activity: FakeActivity, locale: Locale): ActivityView {
  const base = { id: activity.id, after: activity.after, title: activity.title[locale], instructions: `${activity.title[locale]}…` };
  switch (activity.kind) {
    case "spot-the-scam":
      return { kind: activity.kind, ...base, channel: activity.channel, parts: activity.parts.map((p) => ({ id: p.id, text: p.text[locale] })) };
    case "what-would-you-do":
      return {
        kind: activity.kind,
        ...base,
        steps: activity.steps.map((step) => ({
          id: step.id,
          text: step.text[locale],
          ending: step.ending,
          choices: step.choices.map((c) => ({
            id: c.id,
            text: c.text[locale],
            to: c.to,
            feedback: `${locale === "en" ? "Because" : "Porque"}: ${c.text[locale]}`,
          })),
        })),
      };
    case "sort-it":
      return {
        kind: activity.kind,
        ...base,
        groups: activity.groups.map((g) => ({ id: g.id, label: g.label[locale] })),
        items: activity.items.map((i) => ({ id: i.id, text: i.text[locale] })),
      };
    case "passphrase-lab":
      return { kind: activity.kind, ...base };
  }
}

/** What the fake passphrase estimator says: one point per word, up to 4. */
function fakeStrength(text: string): PassphraseStrength {
  const words = text.split(/\s+/).filter(Boolean).length;
  if (words === 0) return { score: 0, words: 0, tips: ["passphrase-tip-start"] };
  const score = Math.min(words, 4);
  const tips: PassphraseTip[] = words < 3 ? ["passphrase-tip-more-words"] : [];
  tips.push(score >= 3 ? "passphrase-tip-strong" : "passphrase-tip-unusual-words");
  return { score, words, tips };
}

export const ANA: ProfileView = { id: 1, nickname: "Ana", avatar: "🦊", band: "8-11", locale: "es-MX" };

/** What the fake answers each command with: every command of the contract, no other. */
type Handlers = { [C in CommandName]: (args: Commands[C]["args"]) => Commands[C]["result"] };

/** One call as the UI made it. */
export type Call = { [C in CommandName]: { cmd: C; args: Commands[C]["args"] } }[CommandName];

/**
 * An activity result the Rust side would store (check_*, finish_story, finish_passphrase_lab).
 * Score and total count 1 of 1 when not given; a uid comes with a merged progress file.
 */
export type Recorded = { profileId: number; lessonId: string; activityId: string; score?: number; total?: number; uid?: string };

/** A class on the fake computer: its learners are profile ids. */
export type FakeClass = { id: number; uid?: string; name: string; schoolYear: string; members: number[] };

/** A learner as the class and progress files carry them: the uid makes them the same learner everywhere. */
export type FakeFileLearner = { uid: string; nickname: string; avatar: string; band: AgeBand };

/**
 * What is wrong with a file the adult picked, as the Rust side finds it before importing
 * anything (docs/class-files.md); a progress file of a class not on this computer is
 * refused with error-file-unknown-class without saying so here.
 */
export type FileProblem = "not-ours" | "damaged" | "edited" | "too-new";

/** A class file on the stick. */
export type FakeClassFile = {
  file: string;
  problem?: FileProblem;
  class: { uid: string; name: string; schoolYear: string };
  learners: FakeFileLearner[];
};

/** A progress file of one lab computer. */
export type FakeProgressFile = {
  file: string;
  problem?: FileProblem;
  classUid: string;
  learners: {
    learner: FakeFileLearner;
    attempts: { uid: string; lessonId: string; answers: Record<string, string[]>; finished: boolean }[];
    activities: { uid: string; lessonId: string; activityId: string; score: number; total: number }[];
  }[];
};

/** The day the fake's files are dated. */
export const FAKE_TODAY = "2026-11-12";
/** The first 8 hex digits of the fake computer's device id, as progress file names carry them. */
export const FAKE_DEVICE = "a1b2c3d4";
/** The avatar of a learner added from a roster (ROSTER_AVATAR). */
export const ROSTER_AVATAR = "🙂";
/** The Rust side's limits (crates/core/src/api/use_cases/classes.rs). */
export const CLASS_NAME_MAX_CHARS = 60;
export const SCHOOL_YEAR_MAX_CHARS = 20;

/** "5° B, turno matutino" → "5-b-turno-matutino", like the Rust side's file names. */
export function fileSlug(name: string): string {
  return name
    .replace(/[°ºª]/g, "")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** A campaign the fake collector knows, by its compact code ("K7MDQ4TW"). */
export type FakeCampaign = { name: string; open: boolean };

/** The campaign's server, as the fake reaches it over the network. */
export type FakeCollector = {
  /** False: no network, or nothing answers at that address. */
  reachable: boolean;
  campaigns: Record<string, FakeCampaign>;
};

/** The statistics setting while on (StatsOn without its reports). */
export type FakeStatsSetting = Omit<StatsOn, "reports">;

/** A report waiting in the outbox: its row, and the counters its body carries. */
export type FakeStatsReport = {
  id: number;
  /** "2026-W48": its Monday and Sunday follow. */
  week: string;
  band: AgeBand;
  sendAfter: number;
  failures?: number;
  refused?: SyncProblem | null;
  /** The body's random key (made up from the id when not given). */
  key?: string;
  lessons: { lessonId: string; completed: number; quizAttempts: number; quizPassed: number; activitiesDone: number }[];
  questions?: { lessonId: string; questionId: string; answered: number; firstTryRight: number }[];
};

/** The campaigns of the fake collector: one open, one over. */
export const FAKE_CAMPAIGNS: Record<string, FakeCampaign> = {
  K7MDQ4TW: { name: "Primarias de Puebla, otoño 2026", open: true },
  H8RT4YQ2: { name: "Secundarias de Jalisco, 2025", open: false },
};

/** The statistics as an adult turned them on for K7MD-Q4TW, in Puebla, on 9 November 2026. */
export const STATS_ON: FakeStatsSetting = {
  server: "https://estadisticas.ejemplo.mx/",
  campaign: "K7MD-Q4TW",
  campaignName: "Primarias de Puebla, otoño 2026",
  stateCode: "21",
  since: 1_794_245_400,
  lastSentAt: null,
  lastProblem: null,
};

/**
 * Waiting reports: week 47 of 2026 for ages 8–11 (tried twice, to be tried again) and
 * 12–14 (refused for good), and week 48 for ages 8–11 (waiting its day of review).
 */
export const STATS_REPORTS: FakeStatsReport[] = [
  {
    id: 1,
    week: "2026-W47",
    band: "8-11",
    sendAfter: 1_795_500_000,
    failures: 2,
    lessons: [{ lessonId: "passwords-8-11", completed: 2, quizAttempts: 3, quizPassed: 2, activitiesDone: 4 }],
    questions: [{ lessonId: "passwords-8-11", questionId: "friend-asks", answered: 2, firstTryRight: 1 }],
  },
  {
    id: 2,
    week: "2026-W47",
    band: "12-14",
    sendAfter: 1_795_500_000,
    refused: "week-outside-campaign",
    lessons: [{ lessonId: "scams-12-14", completed: 0, quizAttempts: 0, quizPassed: 0, activitiesDone: 1 }],
  },
  {
    id: 3,
    week: "2026-W48",
    band: "8-11",
    sendAfter: 1_796_104_800,
    key: "5f1c0a4e9b2d47c3a8e61f0d2b7c9e14",
    lessons: [
      { lessonId: "passwords-8-11", completed: 3, quizAttempts: 4, quizPassed: 3, activitiesDone: 2 },
      { lessonId: "privacy-8-11", completed: 1, quizAttempts: 1, quizPassed: 0, activitiesDone: 0 },
    ],
    questions: [
      { lessonId: "passwords-8-11", questionId: "friend-asks", answered: 3, firstTryRight: 3 },
      { lessonId: "passwords-8-11", questionId: "good-passphrases", answered: 3, firstTryRight: 1 },
      { lessonId: "privacy-8-11", questionId: "teacher-knows", answered: 1, firstTryRight: 0 },
    ],
  },
];

const DAY_MS = 86_400_000;

/** An ISO week's Monday and Sunday, "YYYY-MM-DD". */
export function weekDays(week: string): { monday: string; sunday: string } {
  const match = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!match) throw new Error(`not an ISO week: ${week}`);
  // Week 1 is the one with 4 January in it.
  const jan4 = Date.UTC(Number(match[1]), 0, 4);
  const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS + (Number(match[2]) - 1) * 7 * DAY_MS;
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return { monday: day(monday), sunday: day(monday + 6 * DAY_MS) };
}

/** The body of a report as the Rust side writes it (docs/report-format.md), pretty-printed like serde_json. */
export function reportBody(report: FakeStatsReport, setting: FakeStatsSetting): string {
  const questions = report.questions ?? [];
  const body = {
    format: 1,
    campaign: setting.campaign,
    week: report.week,
    band: report.band,
    ...(setting.stateCode === null ? {} : { state: setting.stateCode }),
    key: report.key ?? report.id.toString(16).padStart(32, "0"),
    lessons: report.lessons.map((l) => ({
      lesson: l.lessonId,
      completed: l.completed,
      quiz_attempts: l.quizAttempts,
      quiz_passed: l.quizPassed,
      activities_done: l.activitiesDone,
    })),
    ...(questions.length === 0
      ? {}
      : {
          questions: questions.map((q) => ({
            lesson: q.lessonId,
            question: q.questionId,
            answered: q.answered,
            first_try_right: q.firstTryRight,
          })),
        }),
  };
  return JSON.stringify(body, null, 2);
}

/**
 * A startup answer; `backup` may be left out (null). The profiles are the fake's own,
 * as the Rust side sends them: all of them when the file opened, none when refused.
 */
export type FakeStartup = Omit<Startup, "backup" | "profiles"> & { backup?: BackupView | null };

/**
 * One automatic daily backup of the progress file (crates/core/src/progress/backup.rs),
 * newest first. A damaged one fails the integrity check when restored; `profiles` are
 * the profiles the progress file has once it is restored (unchanged when not given).
 */
export type FakeBackup = { date: string; bytes?: number; damaged?: boolean; profiles?: ProfileView[] };

/** Where the fake's progress file lives, as the database errors name it. */
export const FAKE_DB_PATH = "/home/ana/.local/share/mx.ciberescudo.app/progress.sqlite3";

export type FakeOptions = {
  startup?: FakeStartup | (() => FakeStartup);
  /**
   * The daily backups, newest first, and whether the progress file is damaged: then,
   * unless `startup` is given, startup refuses it and offers the newest good backup.
   */
  backups?: FakeBackup[];
  damaged?: boolean;
  profiles?: ProfileView[];
  places?: Record<string, string>;
  /** The glossary and the help places (TERMS and PLACES when not given). */
  terms?: FakeTerm[];
  help?: FakePlace[];
  /** Commands that reject with this error instead of answering. */
  failing?: Partial<Record<CommandName, AppError>>;
  /**
   * Commands that reject with something that is not an AppError, as Tauri itself does
   * (with a string) when a command's arguments do not deserialize.
   */
  crashing?: Partial<Record<CommandName, unknown>>;
  /** The adult area: a PIN already set, the area already open (which needs a PIN). */
  adult?: { pin?: string; open?: boolean };
  /** Counts that profile_holdings answers with for a profile, instead of counting its progress. */
  holdings?: Record<number, Counts>;
  /** The adult cancels the system save dialog when exporting (the backend's `saving.cancel` too). */
  saveCancelled?: boolean;
  /** The classes already on this computer. */
  classes?: FakeClass[];
  /**
   * What the open dialogs pick (the backend's `opening` too): the class file, and the
   * progress files of the folder. Null, or not given: the adult cancels the dialog.
   */
  open?: { file?: FakeClassFile | null; folder?: FakeProgressFile[] | null };
  /**
   * The campaign statistics: off (no `on`) unless given, the waiting reports, and the
   * collector the network reaches (FAKE_CAMPAIGNS, reachable, when not given).
   */
  stats?: { on?: FakeStatsSetting; reports?: FakeStatsReport[]; collector?: Partial<FakeCollector> };
};

type Counts = Omit<ProfileHoldingsView, "profileId" | "nickname">;

/** The adult area as the Rust side keeps it (crates/core/src/api/use_cases/adult.rs). */
export type FakeAdult = {
  /** The PIN itself: the fake keeps no hash. */
  pin: string | null;
  /** Whether the area is open; set to false to stand for five idle minutes. */
  open: boolean;
  /** Wrong tries in a row. */
  failed: number;
  /** Unix seconds before which no try is checked. */
  lockedUntil: number;
};

/** The Rust side's limit (NICKNAME_MAX_CHARS). */
const NICKNAME_MAX_CHARS = 24;
const BANDS: readonly AgeBand[] = ["8-11", "12-14", "15-17", "adults"];

/** The Rust side's PIN rules (crates/core/src/classroom/pin.rs). */
export const PIN_MIN_DIGITS = 4;
export const PIN_MAX_DIGITS = 8;
export const PIN_FREE_TRIES = 5;

/** Seconds to wait after `failed` wrong tries in a row: none for five, then 30 s doubling, up to 15 min. */
export function pinWaitAfter(failed: number): number {
  if (failed < PIN_FREE_TRIES) return 0;
  return Math.min(30 * 2 ** Math.min(failed - PIN_FREE_TRIES, 10), 15 * 60);
}

const unixNow = () => Math.floor(Date.now() / 1000);

/** Every error the fake rejects with is one the Rust side can send. */
function fail(error: AppError): never {
  throw error;
}

export function fakeBackend(options: FakeOptions = {}) {
  const calls: Call[] = [];
  const profiles = json(options.profiles ?? [ANA]);
  const places = new Map(Object.entries(options.places ?? {}));
  const attempts: Attempt[] = [];
  const recorded: Recorded[] = [];
  const failing = new Map(Object.entries(options.failing ?? {}) as [CommandName, AppError][]);
  const crashing = new Map(Object.entries(options.crashing ?? {}) as [CommandName, unknown][]);
  const terms = options.terms ?? TERMS;
  const help = options.help ?? PLACES;
  const pin = options.adult?.pin ?? null;
  const adult: FakeAdult = { pin, open: pin !== null && (options.adult?.open ?? false), failed: 0, lockedUntil: 0 };
  const saving = { cancel: options.saveCancelled ?? false };
  /** The profiles whose data was written to a file, in order. */
  const exported: number[] = [];
  const classes: FakeClass[] = json(options.classes ?? []);
  const opening = { file: options.open?.file ?? null, folder: options.open?.folder ?? null };
  /** The names of the class, progress and CSV files written, in order. */
  const saved: string[] = [];
  /** Profiles made from a class or progress file keep that file's uid. */
  const uids = new Map<number, string>();
  /** Commands that answer only once this promise settles, like a slow network. */
  const holding = new Map<CommandName, Promise<unknown>>();
  /** The campaign statistics: the setting (null while off), the outbox, and the collector. */
  /** The daily backups, newest first, and whether the progress file is damaged. */
  const store = { backups: json(options.backups ?? []), damaged: options.damaged ?? false };
  const stats: { setting: FakeStatsSetting | null; reports: FakeStatsReport[]; collector: FakeCollector } = {
    setting: options.stats?.on ? json(options.stats.on) : null,
    reports: json(options.stats?.reports ?? []),
    collector: {
      reachable: options.stats?.collector?.reachable ?? true,
      campaigns: json(options.stats?.collector?.campaigns ?? FAKE_CAMPAIGNS),
    },
  };

  const profileOf = (profileId: number): ProfileView =>
    profiles.find((p) => p.id === profileId) ?? fail({ key: "error-profile-not-found", args: {} });
  const lessonOf = (lessonId: string): FakeLesson =>
    LESSONS.find((l) => l.id === lessonId) ?? fail({ key: "error-lesson-not-found", args: {} });
  const attemptOf = (profileId: number, attemptId: number): Attempt =>
    attempts.find((a) => a.id === attemptId && a.profileId === profileId) ?? fail({ key: "error-quiz-not-found", args: {} });
  /** The activity, or error-activity-not-found when the lesson has none of that id and kind. */
  function activityOf<K extends FakeActivity["kind"]>(lessonId: string, activityId: string, kind: K) {
    const found = lessonOf(lessonId).activities?.find((a) => a.id === activityId);
    if (found?.kind !== kind) fail({ key: "error-activity-not-found", args: {} });
    return found as Extract<FakeActivity, { kind: K }>;
  }

  /** Like the Rust side: a trimmed, short, printable nickname. */
  function validNickname(given: string): string {
    const nickname = given.trim();
    const chars = [...nickname].length;
    if (chars === 0) fail({ key: "error-nickname-empty", args: {} });
    if (chars > NICKNAME_MAX_CHARS) fail({ key: "error-nickname-too-long", args: { max: NICKNAME_MAX_CHARS } });
    if (/\p{Cc}/u.test(nickname)) fail({ key: "error-nickname-invalid", args: {} });
    return nickname;
  }

  /** Like the Rust side: a valid nickname and an emoji avatar. */
  function validProfile(profile: NewProfile): NewProfile {
    const nickname = validNickname(profile.nickname);
    const avatar = profile.avatar.trim();
    const bytes = new TextEncoder().encode(avatar).length;
    if (!avatar || bytes > 32 || /[\p{ASCII}\p{Cc}]/u.test(avatar)) fail({ key: "error-avatar-invalid", args: {} });
    return { ...profile, nickname, avatar };
  }

  /** Like the Rust side: the options of the question, once each, as many as its kind allows. */
  function checkChoice(question: FakeQuestion, chosen: string[]): void {
    const unknown = chosen.some((c) => !question.options.some((o) => o.id === c));
    const repeated = new Set(chosen).size !== chosen.length;
    const countOk = question.kind === "multiple" ? chosen.length > 0 : chosen.length === 1;
    if (unknown || repeated || !countOk) fail({ key: "error-invalid-answer", args: {} });
  }

  function feedback(question: FakeQuestion, chosen: string[], locale: Locale): Feedback {
    const right = [...question.answer].sort().join();
    return {
      questionId: question.id,
      correct: [...chosen].sort().join() === right,
      options: question.options.map((o) => ({
        id: o.id,
        text: o.text[locale],
        explanation: o.explanation[locale],
        isRight: question.answer.includes(o.id),
        wasChosen: chosen.includes(o.id),
      })),
    };
  }

  function quizResult(attempt: Attempt, locale: Locale): QuizResult {
    const lesson = lessonOf(attempt.lessonId);
    const review = lesson.questions.map((q) => ({
      questionId: q.id,
      prompt: q.prompt[locale],
      feedback: feedback(q, attempt.answers.get(q.id) ?? [], locale),
    }));
    return {
      attemptId: attempt.id,
      lessonId: lesson.id,
      lessonTitle: lesson.title[locale],
      score: review.filter((r) => r.feedback.correct).length,
      total: review.length,
      review,
    };
  }

  function quizView(attempt: Attempt, locale: Locale): QuizView {
    const lesson = lessonOf(attempt.lessonId);
    return {
      attemptId: attempt.id,
      lessonId: lesson.id,
      lessonTitle: lesson.title[locale],
      questions: lesson.questions.map((q) => ({
        id: q.id,
        kind: q.kind,
        prompt: q.prompt[locale],
        options: q.options.map((o) => ({ id: o.id, text: o.text[locale] })),
      })),
      answers: lesson.questions
        .filter((q) => attempt.answers.has(q.id))
        .map((q) => feedback(q, attempt.answers.get(q.id) ?? [], locale)),
    };
  }

  /** The parts of a spot-the-scam, once the marks are known to name them, once each. */
  function spotParts(lessonId: string, activityId: string, marked: string[]): FakeSpot["parts"] {
    const { parts } = activityOf(lessonId, activityId, "spot-the-scam");
    const known = marked.every((m) => parts.some((p) => p.id === m));
    if (!known || new Set(marked).size !== marked.length) fail({ key: "error-invalid-answer", args: {} });
    return parts;
  }

  function spotResult(parts: FakeSpot["parts"], marked: string[], locale: Locale): SpotResult {
    const feedback = parts.map((p) => ({
      id: p.id,
      text: p.text[locale],
      suspicious: p.suspicious,
      marked: marked.includes(p.id),
      explanation: `${p.suspicious ? "⚠" : "✓"} ${p.text[locale]}`,
    }));
    const caught = feedback.filter((p) => p.suspicious && p.marked).length;
    const suspicious = feedback.filter((p) => p.suspicious).length;
    const falseAlarms = feedback.filter((p) => p.marked && !p.suspicious).length;
    return { score: { caught, missed: suspicious - caught, falseAlarms, suspicious }, parts: feedback };
  }

  /** The items of a sort-it, once every item is known to be placed once, in a known group. */
  function sortItems(lessonId: string, activityId: string, placed: Placement[]): FakeSort["items"] {
    const { groups, items } = activityOf(lessonId, activityId, "sort-it");
    const everyItemOnce =
      placed.length === items.length && items.every((i) => placed.filter((p) => p.item === i.id).length === 1);
    const knownGroups = placed.every((p) => groups.some((g) => g.id === p.group));
    if (!everyItemOnce || !knownGroups) fail({ key: "error-invalid-answer", args: {} });
    return items;
  }

  function sortResult(items: FakeSort["items"], placed: Placement[], locale: Locale): SortResult {
    const feedback = items.map((i) => ({
      id: i.id,
      text: i.text[locale],
      rightGroup: i.group,
      placedGroup: placed.find((p) => p.item === i.id)?.group ?? null,
      explanation: `${locale === "en" ? "Goes in" : "Va en"} ${i.group}: ${i.text[locale]}`,
    }));
    return { right: feedback.filter((i) => i.placedGroup === i.rightGroup).length, total: feedback.length, items: feedback };
  }

  /** Where a path of choices from the story's start leads, if it is an ending. */
  function ending(story: FakeStory, path: string[]): Outcome | null {
    let step = story.steps[0];
    for (const choiceId of path) {
      const next = story.steps.find((s) => s.id === step.choices.find((c) => c.id === choiceId)?.to);
      if (!next) return null;
      step = next;
    }
    return step.ending;
  }

  const backupName = (backup: FakeBackup) => `progress-${backup.date}.sqlite3`;
  const backupView = (backup: FakeBackup): BackupView => ({
    name: backupName(backup),
    date: backup.date,
    bytes: backup.bytes ?? 98_304,
  });

  /** Like a restore on the Rust side: the backup's data in place, the old file kept aside. */
  function restore(backup: FakeBackup, why: "replaced" | "damaged") {
    if (backup.damaged) fail({ key: "error-backup-damaged", args: {} });
    if (backup.profiles) profiles.splice(0, profiles.length, ...json(backup.profiles));
    store.damaged = false;
    return { date: backup.date, keptAs: `progress-${why}-2026-12-01-093000.sqlite3` };
  }

  /** Lets an adult-only command through if the area is open; closes it otherwise. */
  function adultOnly(): void {
    if (!adult.open) fail({ key: "error-adult-area-closed", args: {} });
  }

  /** What a profile holds, counted the way the Rust store counts it. */
  function counts(profileId: number): Counts {
    const given = options.holdings?.[profileId];
    if (given) return given;
    const own = attempts.filter((a) => a.profileId === profileId);
    const placed = [...places.keys()].filter((k) => k.startsWith(`${profileId}/`)).map((k) => k.slice(k.indexOf("/") + 1));
    return {
      lessonsStarted: new Set([...placed, ...own.map((a) => a.lessonId)]).size,
      quizzesFinished: own.filter((a) => a.finished).length,
      answers: own.reduce((sum, a) => sum + a.answers.size, 0),
      activities: recorded.filter((r) => r.profileId === profileId).length,
    };
  }

  function record(profileId: number, lessonId: string, activityId: string): void {
    recorded.push({ profileId, lessonId, activityId });
  }

  const classOf = (classId: number): FakeClass =>
    classes.find((c) => c.id === classId) ?? fail({ key: "error-class-not-found", args: {} });
  const classUid = (c: FakeClass): string => c.uid ?? `class-${c.id}`;
  const profileUid = (profileId: number): string => uids.get(profileId) ?? `profile-${profileId}`;
  const attemptUid = (a: Attempt): string => a.uid ?? `attempt-${a.id}`;
  const nextProfileId = () => Math.max(0, ...profiles.map((p) => p.id)) + 1;

  function summary(c: FakeClass): ClassSummary {
    return { id: c.id, name: c.name, schoolYear: c.schoolYear, learners: c.members.length };
  }

  /** The class's learners, by profile id as the store orders them. */
  function members(c: FakeClass): ProfileView[] {
    return profiles.filter((p) => c.members.includes(p.id)).sort((a, b) => a.id - b.id);
  }

  function addMember(c: FakeClass, profileId: number): void {
    if (!c.members.includes(profileId)) c.members.push(profileId);
  }

  /** Trimmed, not empty, not too long, no control characters (short_text). */
  function shortText(text: string, max: number, invalid: AppError): string {
    const trimmed = text.trim();
    const chars = [...trimmed].length;
    if (chars === 0 || chars > max || /\p{Cc}/u.test(trimmed)) fail(invalid);
    return trimmed;
  }

  function fileError(file: string, problem: FileProblem | "unknown-class"): AppError {
    switch (problem) {
      case "not-ours":
        return { key: "error-file-not-ours", args: { file } };
      case "damaged":
        return { key: "error-file-damaged", args: { file } };
      case "edited":
        return { key: "error-file-edited", args: { file } };
      case "too-new":
        return { key: "error-file-too-new", args: { file } };
      case "unknown-class":
        return { key: "error-file-unknown-class", args: { file } };
    }
  }

  /** The profile of a learner with this uid, made here (in this language) if it is not yet. */
  function learnerByUid(learner: FakeFileLearner, locale: Locale): { profile: ProfileView; added: boolean } {
    const known = profiles.find((p) => profileUid(p.id) === learner.uid);
    if (known) return { profile: known, added: false };
    const profile: ProfileView = {
      id: nextProfileId(),
      nickname: learner.nickname,
      avatar: learner.avatar,
      band: learner.band,
      locale,
    };
    profiles.push(profile);
    uids.set(profile.id, learner.uid);
    return { profile, added: true };
  }

  /** One progress file merged, all of it or (refused) nothing. */
  function mergeProgress(file: FakeProgressFile, locale: Locale): FileImportView {
    const view: FileImportView = {
      file: file.file,
      refused: null,
      learnersAdded: 0,
      attemptsAdded: 0,
      answersAdded: 0,
      activitiesAdded: 0,
    };
    const target = classes.find((c) => classUid(c) === file.classUid);
    const problem = file.problem ?? (target ? null : "unknown-class");
    if (problem || !target) return { ...view, refused: fileError(file.file, problem ?? "unknown-class") };
    for (const { learner, attempts: done, activities } of file.learners) {
      const { profile, added } = learnerByUid(learner, locale);
      if (added) view.learnersAdded += 1;
      addMember(target, profile.id);
      for (const given of done) {
        const here = attempts.find((a) => attemptUid(a) === given.uid);
        if (!here) {
          attempts.push({
            id: attempts.length + 1,
            uid: given.uid,
            profileId: profile.id,
            lessonId: given.lessonId,
            answers: new Map(Object.entries(given.answers)),
            finished: given.finished,
          });
          view.attemptsAdded += 1;
          view.answersAdded += Object.keys(given.answers).length;
          continue;
        }
        for (const [question, chosen] of Object.entries(given.answers)) {
          if (here.answers.has(question)) continue;
          here.answers.set(question, chosen);
          view.answersAdded += 1;
        }
        if (given.finished && !here.finished) {
          here.finished = true;
          view.attemptsAdded += 1;
        }
      }
      for (const result of activities) {
        if (recorded.some((r) => r.uid === result.uid)) continue;
        recorded.push({ profileId: profile.id, ...result });
        view.activitiesAdded += 1;
      }
    }
    return view;
  }

  /** The learners × lessons matrix (crates/core/src/classroom/report.rs), lessons in curriculum order. */
  /** A plan whose every text names its lesson and language, so a test can tell them apart. */
  function lessonPlan(lesson: FakeLesson, locale: Locale): LessonPlanView {
    const text = (what: string) => `${what}: ${lesson.title[locale]}`;
    const paragraph = (what: string): Block[] => [{ type: "paragraph", text: text(what) }];
    const minutes = { opening: 5, lesson: 15, activity: 10, discussion: 10, closing: 5 } as const;
    return {
      lessonId: lesson.id,
      lessonTitle: lesson.title[locale],
      topic: lesson.topic,
      band: lesson.band,
      objective: paragraph(locale === "en" ? "Objective" : "Objetivo"),
      steps: (Object.keys(minutes) as (keyof typeof minutes)[]).map((part) => ({
        part,
        minutes: minutes[part],
        blocks: part === "discussion" ? [] : paragraph(part),
        questions:
          part === "opening" ? [text("opening question")] : part === "discussion" ? [text("q1"), text("q2"), text("q3")] : [],
      })),
      minutes: 45,
      offline: [{ type: "list", items: [text("offline 1"), text("offline 2")] }],
      disclosure: paragraph(locale === "en" ? "Disclosure" : "Revelación"),
    };
  }

  function classView(c: FakeClass, locale: Locale): ClassView {
    const learners = members(c);
    return {
      class: summary(c),
      hardest: hardest(c, locale),
      lessons: LESSONS.map((l) => ({ id: l.id, title: l.title[locale], topic: l.topic, band: l.band })),
      learners: learners.map((learner) => ({
        learner,
        cells: LESSONS.map((lesson): CellView => {
          const own = attempts.filter((a) => a.profileId === learner.id && a.lessonId === lesson.id);
          const results = recorded.filter((r) => r.profileId === learner.id && r.lessonId === lesson.id);
          const best = new Map<string, { score: number; total: number }>();
          for (const r of results) {
            const score = r.score ?? 1;
            if ((best.get(r.activityId)?.score ?? -1) < score) best.set(r.activityId, { score, total: r.total ?? 1 });
          }
          let standing: CellStanding =
            own.length > 0 || results.length > 0 || places.has(`${learner.id}/${lesson.id}`)
              ? { state: "inProgress" }
              : { state: "notStarted" };
          for (const a of own.filter((a) => a.finished)) {
            const { score, total } = quizResult(a, locale);
            const better =
              standing.state !== "done" || score * Math.max(standing.total, 1) > standing.score * Math.max(total, 1);
            if (better) standing = { state: "done", score, total };
          }
          return {
            standing,
            quizAttempts: own.length,
            activitiesDone: best.size,
            activityPoints: [...best.values()].reduce((sum, b) => sum + b.score, 0),
            activityTotal: [...best.values()].reduce((sum, b) => sum + b.total, 0),
          };
        }),
      })),
    };
  }

  /** Each question some learner of the class answered: first tries only, hardest first. */
  function hardest(c: FakeClass, locale: Locale): HardQuestionView[] {
    const stats: (HardQuestionView & { order: number; wrong: Map<string, number> })[] = [];
    const firsts = new Map<string, { lesson: FakeLesson; question: FakeQuestion; chosen: string[] }>();
    for (const a of [...attempts].sort((x, y) => x.id - y.id)) {
      if (!c.members.includes(a.profileId)) continue;
      const lesson = LESSONS.find((l) => l.id === a.lessonId);
      if (!lesson) continue;
      for (const [questionId, chosen] of a.answers) {
        const question = lesson.questions.find((q) => q.id === questionId);
        const key = `${a.profileId}/${lesson.id}/${questionId}`;
        if (question && !firsts.has(key)) firsts.set(key, { lesson, question, chosen });
      }
    }
    for (const { lesson, question, chosen } of firsts.values()) {
      let s = stats.find((x) => x.lessonId === lesson.id && x.questionId === question.id);
      if (!s) {
        s = {
          lessonId: lesson.id,
          lessonTitle: lesson.title[locale],
          questionId: question.id,
          prompt: question.prompt[locale],
          learnersAnswered: 0,
          rightFirstTry: 0,
          rightPercent: 0,
          mostChosenWrong: null,
          chosenBy: 0,
          order: LESSONS.indexOf(lesson) * 1000 + lesson.questions.indexOf(question),
          wrong: new Map(),
        };
        stats.push(s);
      }
      s.learnersAnswered += 1;
      if (feedback(question, chosen, locale).correct) s.rightFirstTry += 1;
      for (const id of chosen) {
        if (!question.answer.includes(id)) s.wrong.set(id, (s.wrong.get(id) ?? 0) + 1);
      }
    }
    const share = (s: HardQuestionView) => s.rightFirstTry / Math.max(s.learnersAnswered, 1);
    return stats
      .sort((a, b) => share(a) - share(b) || b.learnersAnswered - a.learnersAnswered || a.order - b.order)
      .map(({ order: _order, wrong, ...s }) => {
        const question = lessonOf(s.lessonId).questions.find((q) => q.id === s.questionId);
        // Ties go to the option listed first.
        let top: { text: string; count: number } | null = null;
        for (const o of question?.options ?? []) {
          const count = wrong.get(o.id) ?? 0;
          if (count > 0 && (top === null || count > top.count)) top = { text: o.text[locale], count };
        }
        return {
          ...s,
          rightPercent: Math.round(share(s) * 100),
          mostChosenWrong: top?.text ?? null,
          chosenBy: top?.count ?? 0,
        };
      });
  }

  /** A file the adult saves: its name, or null when they cancel the save dialog. */
  function save(name: string): string | null {
    if (saving.cancel) return null;
    saved.push(name);
    return name;
  }

  /** Like ServerUrl::parse: https (or http to this computer), a folder path, no query. */
  function serverAddress(typed: string): string {
    const trimmed = typed.trim();
    if (trimmed === "" || /\s/.test(trimmed)) fail({ key: "error-stats-server-invalid", args: {} });
    let url: URL;
    try {
      url = new URL(trimmed.includes("://") ? trimmed : `https://${trimmed}`);
    } catch {
      fail({ key: "error-stats-server-invalid", args: {} });
    }
    const local = ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
    if (url.protocol === "http:" && !local) fail({ key: "error-stats-server-not-secure", args: {} });
    if (!["http:", "https:"].includes(url.protocol) || url.hostname === "") {
      fail({ key: "error-stats-server-invalid", args: {} });
    }
    url.search = "";
    url.hash = "";
    if (!url.pathname.endsWith("/")) url.pathname = `${url.pathname}/`;
    return url.toString();
  }

  /** Like CampaignCode: 8 symbols of its alphabet, any case, spaces and hyphen ignored; compact. */
  function campaignCode(typed: string): string {
    const compact = typed.replace(/[\s-]/g, "").toUpperCase();
    if (!/^[2-9ABCDEFGHJKMNPQRSTWXY]{8}$/.test(compact)) fail({ key: "error-stats-campaign-invalid", args: {} });
    return compact;
  }

  /** An INEGI code "01" to "32", or none. */
  function stateCode(typed: string | null): string | null {
    const code = typed?.trim() ?? "";
    if (code === "") return null;
    if (!/^(0[1-9]|[12][0-9]|3[0-2])$/.test(code)) fail({ key: "error-stats-state-invalid", args: {} });
    return code;
  }

  function outboxView(report: FakeStatsReport): OutboxReportView {
    return {
      id: report.id,
      week: report.week,
      ...weekDays(report.week),
      band: report.band,
      lessons: report.lessons.length,
      sendAfter: report.sendAfter,
      failures: report.failures ?? 0,
      refused: report.refused ?? null,
    };
  }

  function statsStatus(): StatsStatus {
    if (stats.setting === null) return { state: "off" };
    // Oldest week first, then by band as text, like the Rust store.
    const reports = [...stats.reports].sort((a, b) => (a.week + a.band < b.week + b.band ? -1 : 1));
    return { state: "on", ...stats.setting, reports: reports.map(outboxView) };
  }

  const waitingReport = (reportId: number): FakeStatsReport =>
    (stats.setting !== null ? stats.reports.find((r) => r.id === reportId) : undefined) ??
    fail({ key: "error-stats-report-not-found", args: {} });

  function statsReportView(report: FakeStatsReport, setting: FakeStatsSetting, locale: Locale): StatsReportView {
    const lesson = (id: string) => LESSONS.find((l) => l.id === id);
    return {
      summary: outboxView(report),
      campaign: setting.campaign,
      state: setting.stateCode,
      body: reportBody(report, setting),
      lessons: report.lessons.map((l) => ({ ...l, title: lesson(l.lessonId)?.title[locale] ?? l.lessonId })),
      questions: (report.questions ?? []).map((q) => ({
        lessonTitle: lesson(q.lessonId)?.title[locale] ?? q.lessonId,
        prompt: lesson(q.lessonId)?.questions.find((question) => question.id === q.questionId)?.prompt[locale] ?? q.questionId,
        answered: q.answered,
        firstTryRight: q.firstTryRight,
      })),
    };
  }

  // The checks come in the order the Rust use cases make them, so the same bad call
  // fails with the same error.
  const handlers: Handlers = {
    startup: () => {
      const good = store.backups.find((b) => !b.damaged);
      const refused: FakeStartup = {
        storeError: { key: "error-database-corrupt", args: { path: FAKE_DB_PATH } },
        systemLocale: "es-MX",
        backup: good ? backupView(good) : null,
      };
      const startup = options.startup ?? (store.damaged ? refused : { storeError: null, systemLocale: "es-MX" });
      const answer = typeof startup === "function" ? startup() : startup;
      return { backup: null, ...answer, profiles: answer.storeError ? [] : profiles.map((p) => ({ ...p })) };
    },
    list_profiles: () => profiles,
    create_profile: ({ profile }) => {
      const created: ProfileView = { id: Math.max(0, ...profiles.map((p) => p.id)) + 1, ...validProfile(profile) };
      profiles.push(created);
      return created;
    },
    set_profile_locale: ({ profileId, locale }) => {
      const profile = profileOf(profileId);
      profile.locale = locale;
      return { ...profile };
    },
    list_lessons: ({ profileId }) => {
      const { band, locale } = profileOf(profileId);
      // Stable: the profile's own band first, then by band, each in curriculum order.
      const order = (l: FakeLesson) => (l.band === band ? 0 : 1 + BANDS.indexOf(l.band));
      return [...LESSONS]
        .sort((a, b) => order(a) - order(b))
        .map(
          (l): LessonCard => ({
            id: l.id,
            topic: l.topic,
            band: l.band,
            title: l.title[locale],
            summary: `${l.title[locale]}…`,
            status: l.status ?? { state: "new" },
          }),
        );
    },
    open_lesson: ({ profileId, lessonId }) => {
      const lesson = lessonOf(lessonId);
      const { id, locale } = profileOf(profileId);
      return {
        id: lesson.id,
        topic: lesson.topic,
        band: lesson.band,
        title: lesson.title[locale],
        summary: "",
        sections: lesson.sections.map((s) => ({
          id: s.id,
          title: s.title[locale],
          blocks: [
            { type: "paragraph", segments: segments(s.text[locale]) },
            {
              type: "list",
              items: [[{ text: `${s.title[locale]} 1`, term: null }], [{ text: `${s.title[locale]} 2`, term: null }]],
            },
          ],
        })),
        sources: [
          {
            id: "src",
            url: "https://example.org/passwords",
            title: "Example",
            supports: both("Qué es una contraseña fuerte", "What a strong password is")[locale],
            checked: "2026-11-30",
          },
        ],
        place: places.get(`${id}/${lesson.id}`) ?? null,
        activities: (lesson.activities ?? []).map((a) => activityView(a, locale)),
        guide: lesson.guide
          ? {
              title: lesson.guide.title[locale],
              intro: lesson.guide.intro[locale],
              questions: lesson.guide.questions.map((q) => q[locale]),
            }
          : null,
      } satisfies LessonView;
    },
    save_place: ({ profileId, lessonId, sectionId }) => {
      const lesson = lessonOf(lessonId);
      if (!lesson.sections.some((s) => s.id === sectionId)) fail({ key: "error-section-not-found", args: {} });
      profileOf(profileId);
      places.set(`${profileId}/${lessonId}`, sectionId);
      return null;
    },
    start_quiz: ({ profileId, lessonId }) => {
      lessonOf(lessonId);
      const { id, locale } = profileOf(profileId);
      let attempt = attempts.find((a) => a.profileId === id && a.lessonId === lessonId && !a.finished);
      if (!attempt) {
        attempt = { id: attempts.length + 1, profileId: id, lessonId, answers: new Map(), finished: false };
        attempts.push(attempt);
      }
      return quizView(attempt, locale);
    },
    quiz_view: ({ profileId, attemptId }) => {
      const { locale } = profileOf(profileId);
      return quizView(attemptOf(profileId, attemptId), locale);
    },
    answer_question: ({ profileId, attemptId, questionId, chosen }) => {
      const { locale } = profileOf(profileId);
      const attempt = attemptOf(profileId, attemptId);
      if (attempt.finished) fail({ key: "error-quiz-finished", args: {} });
      const question =
        lessonOf(attempt.lessonId).questions.find((q) => q.id === questionId) ??
        fail({ key: "error-question-not-found", args: {} });
      checkChoice(question, chosen);
      attempt.answers.set(question.id, chosen);
      return feedback(question, chosen, locale);
    },
    finish_quiz: ({ profileId, attemptId }) => {
      const { locale } = profileOf(profileId);
      const attempt = attemptOf(profileId, attemptId);
      const lesson = lessonOf(attempt.lessonId);
      // Finishing again answers with the same result, in the current language.
      if (!attempt.finished) {
        if (lesson.questions.some((q) => !attempt.answers.has(q.id))) fail({ key: "error-quiz-incomplete", args: {} });
        attempt.finished = true;
      }
      return quizResult(attempt, locale);
    },
    check_spot: ({ profileId, lessonId, activityId, marked }) => {
      const parts = spotParts(lessonId, activityId, marked);
      const result = spotResult(parts, marked, profileOf(profileId).locale);
      record(profileId, lessonId, activityId);
      return result;
    },
    review_spot: ({ profileId, lessonId, activityId, marked }) => {
      const parts = spotParts(lessonId, activityId, marked);
      return spotResult(parts, marked, profileOf(profileId).locale);
    },
    check_sort: ({ profileId, lessonId, activityId, placed }) => {
      const items = sortItems(lessonId, activityId, placed);
      const result = sortResult(items, placed, profileOf(profileId).locale);
      record(profileId, lessonId, activityId);
      return result;
    },
    review_sort: ({ profileId, lessonId, activityId, placed }) => {
      const items = sortItems(lessonId, activityId, placed);
      return sortResult(items, placed, profileOf(profileId).locale);
    },
    finish_story: ({ profileId, lessonId, activityId, path }) => {
      const story = activityOf(lessonId, activityId, "what-would-you-do");
      const outcome = ending(story, path) ?? fail({ key: "error-invalid-answer", args: {} });
      profileOf(profileId);
      record(profileId, lessonId, activityId);
      return { outcome } satisfies StoryResult;
    },
    estimate_passphrase: ({ text }) => fakeStrength(text),
    finish_passphrase_lab: ({ profileId, lessonId, activityId, text }) => {
      activityOf(lessonId, activityId, "passphrase-lab");
      const strength = fakeStrength(text);
      profileOf(profileId);
      record(profileId, lessonId, activityId);
      return strength;
    },
    list_attempts: ({ profileId, lessonId }) => {
      lessonOf(lessonId);
      const { id, locale } = profileOf(profileId);
      return attempts
        .filter((a) => a.profileId === id && a.lessonId === lessonId)
        .reverse()
        .map((a): AttemptView => {
          const result = quizResult(a, locale);
          return {
            attemptId: a.id,
            finished: a.finished,
            score: a.finished ? result.score : null,
            total: result.total,
            startedAt: a.startedAt ?? 1_790_000_000 + a.id * 86_400,
          };
        });
    },
    quiz_result: ({ profileId, attemptId }) => {
      const { locale } = profileOf(profileId);
      const attempt = attemptOf(profileId, attemptId);
      if (!attempt.finished) fail({ key: "error-quiz-incomplete", args: {} });
      return quizResult(attempt, locale);
    },
    glossary: ({ locale }) =>
      terms
        .map((term): TermView => ({ id: term.id, term: term.term[locale], definition: term.definition[locale] }))
        .sort((a, b) => a.term.localeCompare(b.term, locale)),
    help_places: ({ locale }) =>
      help.map((place): PlaceView => ({ ...place, name: place.name[locale], description: place.description[locale] })),
    adult_status: () => ({ pinSet: adult.pin !== null, open: adult.pin !== null && adult.open }) satisfies AdultStatus,
    set_adult_pin: ({ pin, repeated }) => {
      const wellFormed = pin.length >= PIN_MIN_DIGITS && pin.length <= PIN_MAX_DIGITS && /^[0-9]+$/.test(pin);
      if (!wellFormed) fail({ key: "error-pin-format", args: { min: PIN_MIN_DIGITS, max: PIN_MAX_DIGITS } });
      if (pin !== repeated) fail({ key: "error-pin-mismatch", args: {} });
      if (adult.pin !== null) fail({ key: "error-pin-already-set", args: {} });
      Object.assign(adult, { pin, open: true, failed: 0, lockedUntil: 0 });
      return { pinSet: true, open: true };
    },
    open_adult_area: ({ pin }) => {
      if (adult.pin === null) fail({ key: "error-pin-not-set", args: {} });
      const now = unixNow();
      if (adult.lockedUntil > now) fail({ key: "error-pin-locked", args: pinWait(adult.lockedUntil - now) });
      if (pin === adult.pin) {
        Object.assign(adult, { open: true, failed: 0, lockedUntil: 0 });
        return { pinSet: true, open: true };
      }
      adult.failed += 1;
      const wait = pinWaitAfter(adult.failed);
      adult.lockedUntil = now + wait;
      return fail(
        wait === 0
          ? { key: "error-pin-wrong", args: { tries_left: PIN_FREE_TRIES - adult.failed } }
          : { key: "error-pin-locked", args: pinWait(wait) },
      );
    },
    close_adult_area: () => {
      adult.open = false;
      return null;
    },
    list_backups: () => {
      adultOnly();
      return store.backups.map(backupView);
    },
    restore_backup: ({ name }) => {
      adultOnly();
      const backup = store.backups.find((b) => backupName(b) === name) ?? fail({ key: "error-backup-not-found", args: {} });
      return restore(backup, "replaced");
    },
    restore_newest_backup: () => {
      if (!store.damaged) fail({ key: "error-database-not-damaged", args: {} });
      // The newest that passes the integrity check, as the Rust side picks it.
      const backup = store.backups.find((b) => !b.damaged) ?? fail({ key: "error-backup-not-found", args: {} });
      return restore(backup, "damaged");
    },
    update_profile: ({ profileId, nickname, band }) => {
      adultOnly();
      const valid = validNickname(nickname);
      const profile = profileOf(profileId);
      Object.assign(profile, { nickname: valid, band });
      return { ...profile };
    },
    profile_holdings: ({ profileId }) => {
      adultOnly();
      const { id, nickname } = profileOf(profileId);
      return { profileId: id, nickname, ...counts(id) };
    },
    delete_profile: ({ profileId }) => {
      adultOnly();
      profileOf(profileId);
      profiles.splice(
        profiles.findIndex((p) => p.id === profileId),
        1,
      );
      for (const key of [...places.keys()]) if (key.startsWith(`${profileId}/`)) places.delete(key);
      attempts.splice(0, attempts.length, ...attempts.filter((a) => a.profileId !== profileId));
      recorded.splice(0, recorded.length, ...recorded.filter((r) => r.profileId !== profileId));
      return null;
    },
    export_learner_data: ({ profileId }) => {
      adultOnly();
      profileOf(profileId);
      if (saving.cancel) return null;
      exported.push(profileId);
      return `ciberescudo-learner-${(0xa1b2c300 + profileId).toString(16)}.json`;
    },
    list_classes: () => {
      adultOnly();
      return classes.map(summary);
    },
    create_class: ({ name, schoolYear }) => {
      adultOnly();
      const validName = shortText(name, CLASS_NAME_MAX_CHARS, {
        key: "error-class-name-invalid",
        args: { max: CLASS_NAME_MAX_CHARS },
      });
      const validYear = shortText(schoolYear, SCHOOL_YEAR_MAX_CHARS, {
        key: "error-school-year-invalid",
        args: { max: SCHOOL_YEAR_MAX_CHARS },
      });
      const created: FakeClass = {
        id: Math.max(0, ...classes.map((c) => c.id)) + 1,
        name: validName,
        schoolYear: validYear,
        members: [],
      };
      classes.push(created);
      return summary(created);
    },
    add_roster: ({ classId, nicknames, band, locale }) => {
      adultOnly();
      const valid: string[] = [];
      nicknames.split(/\r?\n/).forEach((line, i) => {
        if (line.trim() === "") return;
        try {
          valid.push(validNickname(line));
        } catch {
          fail({ key: "error-roster-line-invalid", args: { line: i + 1 } });
        }
      });
      const target = classOf(classId);
      const known = members(target).map((p) => p.nickname.toLowerCase());
      const added: ProfileView[] = [];
      for (const nickname of valid) {
        if (known.includes(nickname.toLowerCase())) continue;
        const profile: ProfileView = { id: nextProfileId(), nickname, avatar: ROSTER_AVATAR, band, locale };
        profiles.push(profile);
        addMember(target, profile.id);
        known.push(nickname.toLowerCase());
        added.push(profile);
      }
      return { added, skipped: valid.length - added.length } satisfies RosterResult;
    },
    add_to_class: ({ classId, profileId }) => {
      adultOnly();
      const target = classOf(classId);
      profileOf(profileId);
      addMember(target, profileId);
      return null;
    },
    match_to_roster: ({ handMadeId, rosterId }) => {
      adultOnly();
      profileOf(handMadeId);
      profileOf(rosterId);
      if (handMadeId === rosterId) return null;
      for (const a of attempts) if (a.profileId === handMadeId) a.profileId = rosterId;
      for (const r of recorded) if (r.profileId === handMadeId) r.profileId = rosterId;
      for (const [key, section] of [...places]) {
        if (!key.startsWith(`${handMadeId}/`)) continue;
        const theirs = `${rosterId}/${key.slice(key.indexOf("/") + 1)}`;
        if (!places.has(theirs)) places.set(theirs, section);
        places.delete(key);
      }
      for (const c of classes) {
        if (!c.members.includes(handMadeId)) continue;
        addMember(c, rosterId);
        c.members = c.members.filter((id) => id !== handMadeId);
      }
      profiles.splice(
        profiles.findIndex((p) => p.id === handMadeId),
        1,
      );
      return null;
    },
    lesson_plan: ({ lessonId, locale }) => {
      adultOnly();
      const lesson = lessonOf(lessonId);
      if (lesson.band === "adults") fail({ key: "error-lesson-not-found", args: {} });
      return lessonPlan(lesson, locale);
    },
    class_view: ({ classId, locale }) => {
      adultOnly();
      return classView(classOf(classId), locale);
    },
    export_class_file: ({ classId }) => {
      adultOnly();
      return save(`ciberescudo-class-${fileSlug(classOf(classId).name)}.json`);
    },
    export_progress_file: ({ classId }) => {
      adultOnly();
      return save(`ciberescudo-progress-${fileSlug(classOf(classId).name)}-${FAKE_DEVICE}-${FAKE_TODAY}.json`);
    },
    export_class_csv: ({ classId, locale }) => {
      adultOnly();
      const slug = fileSlug(classOf(classId).name);
      const [file, hardestFile] = locale === "en" ? ["class", "hardest-questions"] : ["clase", "preguntas-dificiles"];
      const first = save(`${file}-${slug}-${FAKE_TODAY}.csv`);
      if (first === null) return null;
      saved.push(`${hardestFile}-${slug}-${FAKE_TODAY}.csv`);
      return [first, saved[saved.length - 1]];
    },
    import_class_file: ({ locale }) => {
      adultOnly();
      const file = opening.file;
      if (file === null) return null;
      if (file.problem) fail(fileError(file.file, file.problem));
      let target = classes.find((c) => classUid(c) === file.class.uid);
      if (target) Object.assign(target, { name: file.class.name, schoolYear: file.class.schoolYear });
      else {
        target = {
          id: Math.max(0, ...classes.map((c) => c.id)) + 1,
          uid: file.class.uid,
          name: file.class.name,
          schoolYear: file.class.schoolYear,
          members: [],
        };
        classes.push(target);
      }
      for (const learner of file.learners) addMember(target, learnerByUid(learner, locale).profile.id);
      return summary(target);
    },
    import_progress_folder: ({ locale }) => {
      adultOnly();
      const folder = opening.folder;
      if (folder === null) return null;
      return [...folder].sort((a, b) => (a.file < b.file ? -1 : 1)).map((file) => mergeProgress(file, locale));
    },
    stats_status: () => {
      adultOnly();
      return statsStatus();
    },
    stats_turn_on: ({ server, campaign, state }) => {
      adultOnly();
      const address = serverAddress(server);
      const code = campaignCode(campaign);
      const chosen = stateCode(state);
      // Then the collector, over the network.
      if (!stats.collector.reachable) fail({ key: "error-stats-server-unreachable", args: {} });
      const found = stats.collector.campaigns[code] ?? fail({ key: "error-stats-campaign-unknown", args: {} });
      if (!found.open) fail({ key: "error-stats-campaign-not-open", args: {} });
      stats.setting = {
        server: address,
        campaign: `${code.slice(0, 4)}-${code.slice(4)}`,
        campaignName: found.name,
        stateCode: chosen,
        since: unixNow(),
        lastSentAt: null,
        lastProblem: null,
      };
      // Nothing done before this moment counts: no report waits yet.
      stats.reports.splice(0);
      return statsStatus();
    },
    stats_turn_off: () => {
      adultOnly();
      stats.setting = null;
      stats.reports.splice(0);
      return statsStatus();
    },
    stats_report: ({ reportId, locale }) => {
      adultOnly();
      const report = waitingReport(reportId);
      return statsReportView(report, stats.setting as FakeStatsSetting, locale);
    },
    stats_delete_report: ({ reportId }) => {
      adultOnly();
      const report = waitingReport(reportId);
      stats.reports.splice(stats.reports.indexOf(report), 1);
      return statsStatus();
    },
    stats_send_now: () => {
      adultOnly();
      const setting = stats.setting;
      if (setting === null) return statsStatus();
      // Every report not refused for good: taken by the collector, or tried again later.
      for (const report of stats.reports.filter((r) => !r.refused)) {
        if (stats.collector.reachable) {
          stats.reports.splice(stats.reports.indexOf(report), 1);
          Object.assign(setting, { lastSentAt: unixNow(), lastProblem: null });
        } else {
          report.failures = (report.failures ?? 0) + 1;
          setting.lastProblem = "unreachable";
        }
      }
      return statsStatus();
    },
  };

  const isCommand = (cmd: string): cmd is CommandName => Object.hasOwn(handlers, cmd);

  function answer<C extends CommandName>(cmd: C, args: Commands[C]["args"]): Commands[C]["result"] {
    return handlers[cmd](args);
  }

  mockIPC((cmd, payload) => {
    // Like Tauri for a command that is not registered: a plain string, no AppError.
    if (!isCommand(cmd)) throw `command ${cmd} not found`;
    // The real IPC sends JSON; so does this (and a Svelte state proxy must pass too).
    const args = json((payload ?? {}) as Commands[typeof cmd]["args"]);
    calls.push({ cmd, args } as Call);
    const respond = () => {
      if (crashing.has(cmd)) throw crashing.get(cmd);
      const failure = failing.get(cmd);
      if (failure) throw failure;
      return json(answer(cmd, json(args)));
    };
    const held = holding.get(cmd);
    return held ? held.then(respond) : respond();
  });

  return {
    calls,
    profiles,
    places,
    attempts,
    /** The activity results stored, in order; reviewing one stores nothing. */
    recorded,
    /** The adult area: its PIN, whether it is open, the wrong tries; tests may change it. */
    adult,
    /** Set `cancel` to have the adult cancel the next save dialogs. */
    saving,
    /** The profiles whose data an export wrote to a file, in order. */
    exported,
    /** The classes on this computer; tests may change them. */
    classes,
    /** Set what the next open dialogs pick: a class file, a folder's progress files, or null (cancel). */
    opening,
    /** The class, progress and CSV files written, in order. */
    saved,
    /** Make a command reject with an AppError (set) or answer again (delete). */
    failing,
    /** Make a command reject with something that is not an AppError (set), or not (delete). */
    crashing,
    /** Make a command answer only once a promise settles (set), like a slow network, or at once (delete). */
    holding,
    /** The campaign statistics: the setting (null while off), the waiting reports, the collector; tests may change them. */
    stats,
    /** The daily backups and whether the progress file is damaged; tests may change them. */
    store,
    /** The arguments of every call to one command, in order. */
    callsTo: <C extends CommandName>(cmd: C): Commands[C]["args"][] =>
      calls.filter((c) => c.cmd === cmd).map((c) => c.args as Commands[C]["args"]),
  };
}

/** The wait the Rust side reports after too many wrong PINs (AppError::pin_locked). */
function pinWait(seconds: number): { seconds: number; minutes: number } {
  return { seconds, minutes: seconds < 60 ? 0 : Math.ceil(seconds / 60) };
}

function json<T>(value: T): T {
  return value === undefined ? value : JSON.parse(JSON.stringify(value));
}
