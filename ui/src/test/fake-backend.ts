// An in-memory stand-in for the Rust side, behind mockIPC, for component and app tests.
// It follows the IPC contract in lib/bindings.ts and records every call.
import { mockIPC } from "@tauri-apps/api/mocks";
import type {
  AgeBand,
  AppError,
  Feedback,
  LessonCard,
  LessonStatus,
  LessonView,
  Locale,
  Profile,
  QuestionKind,
  QuizResult,
  QuizView,
  Startup,
} from "../lib/bindings";

type Text = Record<Locale, string>;
type FakeQuestion = {
  id: string;
  kind: QuestionKind;
  prompt: Text;
  options: { id: string; text: Text; explanation: Text }[];
  answer: string[];
};
type FakeLesson = {
  id: string;
  band: AgeBand;
  title: Text;
  sections: { id: string; title: Text; text: Text }[];
  questions: FakeQuestion[];
  status?: LessonStatus;
};
type Attempt = {
  id: number;
  profileId: number;
  lessonId: string;
  answers: Map<string, string[]>;
  finished: boolean;
};

const both = (es: string, en: string): Text => ({ "es-MX": es, en });

function option(id: string, es: string, en: string): FakeQuestion["options"][number] {
  return { id, text: both(es, en), explanation: both(`Porque ${es}.`, `Because ${en}.`) };
}

export const PASSWORDS: FakeLesson = {
  id: "passwords-8-11",
  band: "8-11",
  title: both("Tus contraseñas", "Your passwords"),
  sections: [
    { id: "the-key", title: both("La llave", "The key"), text: both("Una contraseña es una llave.", "A password is a key.") },
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
};

export const LESSONS: FakeLesson[] = [
  PASSWORDS,
  {
    id: "scams-12-14",
    band: "12-14",
    title: both("Fraudes", "Scams"),
    sections: PASSWORDS.sections,
    questions: PASSWORDS.questions,
    status: { state: "done", score: 8, total: 10 },
  },
  {
    id: "privacy-8-11",
    band: "8-11",
    title: both("Tus datos", "Your data"),
    sections: PASSWORDS.sections,
    questions: PASSWORDS.questions,
  },
  {
    id: "family-talk",
    band: "adults",
    title: both("Hablar en familia", "Talking as a family"),
    sections: PASSWORDS.sections,
    questions: PASSWORDS.questions,
    status: { state: "inProgress" },
  },
];

export const ANA: Profile = { id: 1, nickname: "Ana", avatar: "🦊", band: "8-11", locale: "es-MX" };

export type Call = { cmd: string; args: Record<string, unknown> };

export type FakeOptions = {
  startup?: Startup | (() => Startup);
  profiles?: Profile[];
  places?: Record<string, string>;
  /** Commands that reject with this error instead of answering. */
  failing?: Record<string, AppError>;
};

export function fakeBackend(options: FakeOptions = {}) {
  const calls: Call[] = [];
  const profiles = json(options.profiles ?? [ANA]);
  const places = new Map(Object.entries(options.places ?? {}));
  const attempts: Attempt[] = [];
  const failing = new Map(Object.entries(options.failing ?? {}));

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
            topic: l.id.split("-")[0],
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
          topic: lesson.id.split("-")[0],
          band: lesson.band,
          title: lesson.title[locale],
          summary: "",
          sections: lesson.sections.map((s) => ({
            id: s.id,
            title: s.title[locale],
            blocks: [
              { type: "paragraph", text: s.text[locale] },
              { type: "list", items: [`${s.title[locale]} 1`, `${s.title[locale]} 2`] },
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
        } satisfies QuizResult;
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
