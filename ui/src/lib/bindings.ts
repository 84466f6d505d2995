// Generated from the Rust types in crates/core by ts-rs. Do not edit.
// Regenerate: UPDATE_BINDINGS=1 cargo test -p ciberescudo-core --test bindings

export type Locale = "es-MX" | "en";
export type AgeBand = "8-11" | "12-14" | "15-17" | "adults";
export type QuestionKind = "single" | "multiple" | "true-false";
export type AppError = { key: string, args: { [key in string]: string }, };
export type Startup = { 
/**
 * Set when the progress database could not be opened; nothing else works then.
 */
storeError: AppError | null, systemLocale: Locale, };
export type Profile = { id: number, nickname: string, avatar: string, band: AgeBand, locale: Locale, };
export type NewProfile = { nickname: string, avatar: string, band: AgeBand, locale: Locale, };
export type LessonStatus = { "state": "new" } | { "state": "inProgress" } | { "state": "done", score: number, total: number, };
export type LessonCard = { id: string, topic: string, band: AgeBand, title: string, summary: string, status: LessonStatus, };
export type Block = { "type": "paragraph", text: string, } | { "type": "list", items: Array<string>, };
export type SectionView = { id: string, title: string, blocks: Array<Block>, };
export type SourceView = { id: string, url: string, title: string, supports: string, };
export type LessonView = { id: string, topic: string, band: AgeBand, title: string, summary: string, sections: Array<SectionView>, sources: Array<SourceView>, 
/**
 * The section where the learner left off.
 */
place: string | null, };
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
