// An in-memory stand-in for the Rust side, behind mockIPC, for component and app tests.
// It answers every command of the generated contract (lib/commands.ts) with the
// generated types (lib/bindings.ts), fails the way the Rust use cases do
// (crates/core/src/api/use_cases/), and records every call.
import { mockIPC } from "@tauri-apps/api/mocks";
import type {
  ActivityView,
  AgeBand,
  AppError,
  AttemptView,
  Channel,
  Feedback,
  LessonCard,
  LessonStatus,
  LessonView,
  Locale,
  NewProfile,
  Outcome,
  PassphraseStrength,
  PassphraseTip,
  Placement,
  PlaceView,
  ProfileView,
  QuestionKind,
  QuizResult,
  QuizView,
  Segment,
  SortResult,
  SpotResult,
  Startup,
  StoryResult,
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

/** An activity result the Rust side would store (check_*, finish_story, finish_passphrase_lab). */
export type Recorded = { profileId: number; lessonId: string; activityId: string };

export type FakeOptions = {
  startup?: Startup | (() => Startup);
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
};

/** The Rust side's limit (NICKNAME_MAX_CHARS). */
const NICKNAME_MAX_CHARS = 24;
const BANDS: readonly AgeBand[] = ["8-11", "12-14", "15-17", "adults"];

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

  /** Like the Rust side: a trimmed, short, printable nickname and an emoji avatar. */
  function validProfile(profile: NewProfile): NewProfile {
    const nickname = profile.nickname.trim();
    const chars = [...nickname].length;
    if (chars === 0) fail({ key: "error-nickname-empty", args: {} });
    if (chars > NICKNAME_MAX_CHARS) fail({ key: "error-nickname-too-long", args: { max: NICKNAME_MAX_CHARS } });
    if (/\p{Cc}/u.test(nickname)) fail({ key: "error-nickname-invalid", args: {} });
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

  function record(profileId: number, lessonId: string, activityId: string): void {
    recorded.push({ profileId, lessonId, activityId });
  }

  // The checks come in the order the Rust use cases make them, so the same bad call
  // fails with the same error.
  const handlers: Handlers = {
    startup: () => {
      const startup = options.startup ?? { storeError: null, systemLocale: "es-MX" };
      return typeof startup === "function" ? startup() : startup;
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
    if (crashing.has(cmd)) throw crashing.get(cmd);
    const failure = failing.get(cmd);
    if (failure) throw failure;
    return json(answer(cmd, json(args)));
  });

  return {
    calls,
    profiles,
    places,
    attempts,
    /** The activity results stored, in order; reviewing one stores nothing. */
    recorded,
    /** Make a command reject with an AppError (set) or answer again (delete). */
    failing,
    /** Make a command reject with something that is not an AppError (set), or not (delete). */
    crashing,
    /** The arguments of every call to one command, in order. */
    callsTo: <C extends CommandName>(cmd: C): Commands[C]["args"][] =>
      calls.filter((c) => c.cmd === cmd).map((c) => c.args as Commands[C]["args"]),
  };
}

function json<T>(value: T): T {
  return value === undefined ? value : JSON.parse(JSON.stringify(value));
}
