// An in-memory stand-in for the Rust side, behind mockIPC, for component and app tests.
// It follows the IPC contract in lib/bindings.ts and records every call.
import { mockIPC } from "@tauri-apps/api/mocks";
import type {
  ActivityView,
  AgeBand,
  AppError,
  AttemptSummary,
  Channel,
  Feedback,
  LessonCard,
  LessonStatus,
  LessonView,
  Locale,
  Outcome,
  PassphraseStrength,
  Placement,
  PlaceView,
  Profile,
  QuestionKind,
  QuizResult,
  QuizView,
  Segment,
  SortResult,
  SpotResult,
  Startup,
  TermView,
} from "../lib/bindings";

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
  topic: string;
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
  const tips = words < 3 ? ["passphrase-tip-more-words"] : [];
  tips.push(score >= 3 ? "passphrase-tip-strong" : "passphrase-tip-unusual-words");
  return { score, words, tips };
}

export const ANA: Profile = { id: 1, nickname: "Ana", avatar: "🦊", band: "8-11", locale: "es-MX" };

export type Call = { cmd: string; args: Record<string, unknown> };

export type FakeOptions = {
  startup?: Startup | (() => Startup);
  profiles?: Profile[];
  places?: Record<string, string>;
  /** The glossary and the help places (TERMS and PLACES when not given). */
  terms?: FakeTerm[];
  help?: FakePlace[];
  /** Commands that reject with this error instead of answering. */
  failing?: Record<string, AppError>;
};

export function fakeBackend(options: FakeOptions = {}) {
  const calls: Call[] = [];
  const profiles = json(options.profiles ?? [ANA]);
  const places = new Map(Object.entries(options.places ?? {}));
  const attempts: Attempt[] = [];
  const failing = new Map(Object.entries(options.failing ?? {}));
  const terms = options.terms ?? TERMS;
  const help = options.help ?? PLACES;

  const profileOf = (args: Record<string, unknown>): Profile => {
    const found = profiles.find((p) => p.id === args.profileId);
    if (!found) throw { key: "error-profile-not-found", args: {} } satisfies AppError;
    return found;
  };
  const lessonOf = (id: unknown): FakeLesson => {
    const found = LESSONS.find((l) => l.id === id);
    if (!found) throw { key: "error-lesson-not-found", args: {} } satisfies AppError;
    return found;
  };
  const attemptOf = (args: Record<string, unknown>): Attempt => {
    const found = attempts.find((a) => a.id === args.attemptId && a.profileId === args.profileId);
    if (!found) throw { key: "error-attempt-not-found", args: {} } satisfies AppError;
    return found;
  };

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

  const activityOf = (args: Record<string, unknown>): FakeActivity => {
    const found = lessonOf(args.lessonId).activities?.find((a) => a.id === args.activityId);
    if (!found) throw { key: "error-activity-not-found", args: {} } satisfies AppError;
    return found;
  };

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

  function handle(cmd: string, args: Record<string, unknown>): unknown {
    switch (cmd) {
      case "startup": {
        const startup = options.startup ?? { storeError: null, systemLocale: "es-MX" };
        return typeof startup === "function" ? startup() : startup;
      }
      case "list_profiles":
        return profiles;
      case "create_profile": {
        const profile = { id: profiles.length + 1, ...(args.profile as Omit<Profile, "id">) };
        profiles.push(profile);
        return profile;
      }
      case "set_profile_locale": {
        const profile = profileOf(args);
        profile.locale = args.locale as Locale;
        return { ...profile };
      }
      case "list_lessons": {
        const { band, locale } = profileOf(args);
        const own = LESSONS.filter((l) => l.band === band);
        const others = LESSONS.filter((l) => l.band !== band);
        return [...own, ...others].map(
          (l): LessonCard => ({
            id: l.id,
            topic: l.topic,
            band: l.band,
            title: l.title[locale],
            summary: `${l.title[locale]}…`,
            status: l.status ?? { state: "new" },
          }),
        );
      }
      case "open_lesson": {
        const { id, locale } = profileOf(args);
        const lesson = lessonOf(args.lessonId);
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
      }
      case "save_place": {
        profileOf(args);
        places.set(`${args.profileId}/${args.lessonId}`, args.sectionId as string);
        return null;
      }
      case "start_quiz": {
        const { id, locale } = profileOf(args);
        lessonOf(args.lessonId);
        let attempt = attempts.find((a) => a.profileId === id && a.lessonId === args.lessonId && !a.finished);
        if (!attempt) {
          attempt = { id: attempts.length + 1, profileId: id, lessonId: args.lessonId as string, answers: new Map(), finished: false };
          attempts.push(attempt);
        }
        return quizView(attempt, locale);
      }
      case "quiz_view":
        return quizView(attemptOf(args), profileOf(args).locale);
      case "answer_question": {
        const attempt = attemptOf(args);
        const question = lessonOf(attempt.lessonId).questions.find((q) => q.id === args.questionId);
        if (!question) throw { key: "error-question-not-found", args: {} } satisfies AppError;
        attempt.answers.set(question.id, args.chosen as string[]);
        return feedback(question, args.chosen as string[], profileOf(args).locale);
      }
      case "finish_quiz": {
        const { locale } = profileOf(args);
        const attempt = attemptOf(args);
        attempt.finished = true;
        return quizResult(attempt, locale);
      }
      case "quiz_result": {
        const { locale } = profileOf(args);
        const attempt = attemptOf(args);
        if (!attempt.finished) throw { key: "error-attempt-not-finished", args: {} } satisfies AppError;
        return quizResult(attempt, locale);
      }
      case "list_attempts": {
        const { id, locale } = profileOf(args);
        return attempts
          .filter((a) => a.profileId === id && a.lessonId === args.lessonId)
          .reverse()
          .map((a): AttemptSummary => {
            const result = quizResult(a, locale);
            return {
              attemptId: a.id,
              finished: a.finished,
              score: a.finished ? result.score : null,
              total: result.total,
              startedAt: a.startedAt ?? 1_790_000_000 + a.id * 86_400,
            };
          });
      }
      case "check_spot": {
        const { locale } = profileOf(args);
        const spot = activityOf(args);
        if (spot.kind !== "spot-the-scam") throw { key: "error-activity-kind", args: {} } satisfies AppError;
        const marked = args.marked as string[];
        const parts = spot.parts.map((p) => ({
          id: p.id,
          text: p.text[locale],
          suspicious: p.suspicious,
          marked: marked.includes(p.id),
          explanation: `${p.suspicious ? "⚠" : "✓"} ${p.text[locale]}`,
        }));
        const caught = parts.filter((p) => p.suspicious && p.marked).length;
        const suspicious = parts.filter((p) => p.suspicious).length;
        return {
          score: { caught, missed: suspicious - caught, falseAlarms: parts.filter((p) => p.marked && !p.suspicious).length, suspicious },
          parts,
        } satisfies SpotResult;
      }
      case "check_sort": {
        const { locale } = profileOf(args);
        const sort = activityOf(args);
        if (sort.kind !== "sort-it") throw { key: "error-activity-kind", args: {} } satisfies AppError;
        const placed = args.placed as Placement[];
        if (sort.items.some((i) => !placed.some((p) => p.item === i.id))) {
          throw { key: "error-sort-incomplete", args: {} } satisfies AppError;
        }
        const items = sort.items.map((i) => ({
          id: i.id,
          text: i.text[locale],
          rightGroup: i.group,
          placedGroup: placed.find((p) => p.item === i.id)?.group ?? null,
          explanation: `${locale === "en" ? "Goes in" : "Va en"} ${i.group}: ${i.text[locale]}`,
        }));
        return { right: items.filter((i) => i.placedGroup === i.rightGroup).length, total: items.length, items } satisfies SortResult;
      }
      case "finish_story": {
        profileOf(args);
        const story = activityOf(args);
        if (story.kind !== "what-would-you-do") throw { key: "error-activity-kind", args: {} } satisfies AppError;
        let step = story.steps[0];
        for (const choiceId of args.path as string[]) {
          const next = story.steps.find((s) => s.id === step.choices.find((c) => c.id === choiceId)?.to);
          if (!next) throw { key: "error-story-path", args: {} } satisfies AppError;
          step = next;
        }
        if (!step.ending) throw { key: "error-story-path", args: {} } satisfies AppError;
        return { outcome: step.ending };
      }
      case "estimate_passphrase":
        return fakeStrength(args.text as string);
      case "finish_passphrase_lab": {
        profileOf(args);
        activityOf(args);
        return fakeStrength(args.text as string);
      }
      case "glossary": {
        const locale = args.locale as Locale;
        return terms
          .map((term): TermView => ({ id: term.id, term: term.term[locale], definition: term.definition[locale] }))
          .sort((a, b) => a.term.localeCompare(b.term, locale));
      }
      case "help_places": {
        const locale = args.locale as Locale;
        return help.map((place): PlaceView => ({ ...place, name: place.name[locale], description: place.description[locale] }));
      }
      default:
        throw new Error(`unknown command ${cmd}`);
    }
  }

  mockIPC((cmd, payload) => {
    const args = (payload ?? {}) as Record<string, unknown>;
    // The real IPC sends JSON; so does this (and a Svelte state proxy must pass too).
    calls.push({ cmd, args: json(args) });
    const failure = failing.get(cmd);
    if (failure) throw failure;
    return json(handle(cmd, json(args)));
  });

  return {
    calls,
    profiles,
    places,
    attempts,
    /** Make a command reject (set) or answer again (delete). */
    failing,
    /** The calls made to one command, in order. */
    callsTo: (cmd: string) => calls.filter((c) => c.cmd === cmd).map((c) => c.args),
  };
}

function json<T>(value: T): T {
  return value === undefined ? value : JSON.parse(JSON.stringify(value));
}
