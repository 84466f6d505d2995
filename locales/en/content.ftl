# Messages of the lesson validator (`ciberescudo content check`) and
# labels that content takes from the app.

quiz-option-true = True
quiz-option-false = False

cli-check-ok = { $count ->
    [one] Checked { $count } lesson: no problems.
   *[other] Checked { $count } lessons: no problems.
}
cli-check-failed = { $count ->
    [one] Found { $count } problem.
   *[other] Found { $count } problems.
}

cli-quiz-longest-right = Single choice: the right answer is the longest option in { $spanish } of { $questions } questions in Spanish ({ $spanishPercent }%) and in { $english } in English ({ $englishPercent }%). The aim is 40% or less.
cli-quiz-true-share = True or false: "true" is the right answer in { $true } of { $questions } questions ({ $percent }%). The aim is between 40% and 60%.

cli-quiz-unbalanced = The quizzes can be guessed without understanding: rewrite options or statements until they meet the aims.

content-unreadable = Could not read: { $detail }
content-no-lessons = There is no lesson folder here.
content-missing-file = The file { $name } is missing.
content-syntax = The file is not valid: { $detail }
content-id-mismatch = The id "{ $id }" must equal the folder name, "{ $folder }".
content-bad-id = "{ $id }" is not a valid id: use lowercase letters, digits and hyphens (for example "my-section-1").
content-unknown-topic = "{ $topic }" is not a topic of the curriculum.
content-unknown-band = "{ $band }" is not an age band; use 8-11, 12-14, 15-17 or adults.
content-topic-band-mismatch = The topic "{ $topic }" does not belong to the age band "{ $band }".
content-lesson-id-format = This lesson's id must be "{ $expected }".
content-section-count = The lesson has { $count } sections; it must have between { $min } and { $max }.
content-duplicate-id = The id "{ $id }" is repeated.
content-question-count = The quiz has { $count } questions; it must have between { $min } and { $max }.
content-missing-question-kind = The quiz has no question of kind "{ $kind }".
content-unknown-question-kind = "{ $kind }" is not a question kind; use single, multiple or true-false.
content-option-count = The question has { $count } options; it must have between { $min } and { $max }.
content-true-false-options = True/false questions take no `options`: they are always `true` and `false`.
content-missing-options = This question is missing `options`.
content-unknown-answer = The answer "{ $id }" is not one of the options.
content-single-answer = A single-choice question needs exactly one right answer, and it has { $count }.
content-multiple-answer = A multiple-answer question needs at least one right answer and at least one wrong one.
content-true-false-answer = A true/false question needs exactly one answer: "true" or "false".
content-bad-url = "{ $url }" is not a valid web address: it must start with https:// or http://, name a site, and hold no user name or password.
content-missing-text = { $what ->
    [section] The text of section "{ $id }" is missing in { $file }.
    [question] The text of question "{ $id }" is missing in { $file }.
    [option] The text of option "{ $id }" is missing in { $file }.
    [source] The text of source "{ $id }" is missing in { $file }.
    [activity] The text of activity "{ $id }" is missing in { $file }.
    [part] The text of part "{ $id }" is missing in { $file }.
    [step] The text of step "{ $id }" is missing in { $file }.
    [choice] The text of choice "{ $id }" is missing in { $file }.
    [group] The text of group "{ $id }" is missing in { $file }.
    [item] The text of item "{ $id }" is missing in { $file }.
    [term] The text of term "{ $id }" is missing in { $file }.
    [place] The text of help place "{ $id }" is missing in { $file }.
   *[other] The text of "{ $id }" is missing in { $file }.
}
content-extra-text = { $what ->
    [section] Section "{ $id }" is not in lesson.toml.
    [question] Question "{ $id }" is not in lesson.toml.
    [option] Option "{ $id }" is not in lesson.toml.
    [source] Source "{ $id }" is not in lesson.toml.
    [activity] Activity "{ $id }" is not in lesson.toml.
    [part] Part "{ $id }" is not in lesson.toml.
    [step] Step "{ $id }" is not in lesson.toml.
    [choice] Choice "{ $id }" is not in lesson.toml.
    [group] Group "{ $id }" is not in lesson.toml.
    [item] Item "{ $id }" is not in lesson.toml.
    [term] Term "{ $id }" is not in terms.toml.
    [place] Help place "{ $id }" is not in places.toml.
   *[other] "{ $id }" is not in lesson.toml.
}
content-true-false-option-text = Option "{ $id }" is true/false: it takes only an `explanation`, no `text`.
content-missing-option-text = Option "{ $id }" is missing its `text`.
content-empty-text = The text of "{ $field }" is empty.
content-word-count = The lesson body has { $words } words; for { $band } it must have between { $min } and { $max }.
content-reading-ease = The reading ease is { $score }; for { $band } it must be at least { $min }. Use shorter sentences and simpler words.
content-long-sentence = This sentence has { $words } words; for 8-11 it must have at most { $max }.

content-missing-activity = Learner lessons need at least one activity.
content-unknown-reference = "{ $id }" is not defined here.
content-unknown-activity-kind = "{ $kind }" is not an activity kind; use spot-the-scam, what-would-you-do, sort-it or passphrase-lab.
content-activity-field-unused = The field `{ $field }` is not used by { $kind } activities.
content-activity-field-missing = This { $kind } activity is missing the field `{ $field }`.
content-unknown-channel = "{ $channel }" is not a channel; use sms, chat, email or web.
content-part-count = The message has { $count } parts; it must have between { $min } and { $max }.
content-suspicious-parts = Mark at least one part as suspicious, but not all of them.
content-ending-with-choices = Step "{ $id }" is an ending, so it cannot have choices.
content-unknown-outcome = "{ $outcome }" is not an outcome; use good, okay or risky.
content-step-without-ending = Step "{ $id }" has no choices and is not in `endings`.
content-unreachable-step = Step "{ $id }" cannot be reached from the start.
content-no-good-ending = The story needs at least one "good" ending.
content-group-count = The activity has { $count } groups; it must have between { $min } and { $max }.
content-item-count = The activity has { $count } items; it must have between { $min } and { $max }.
content-empty-group = No item belongs in group "{ $id }".
content-missing-guide = Adult lessons need a `[guide]` to talk about at home.
content-unexpected-guide = Only adult lessons have a `[guide]`.
content-guide-question-count = The guide has { $count } questions; it must have between { $min } and { $max }.

content-bad-form = "{ $form }" can't be a glossary form: write it in lowercase, without spaces at either end.
content-bad-date = "{ $date }" is not a valid date; use the YYYY-MM-DD format.
content-unknown-serves = "{ $serves }" doesn't say whom this place serves: use "country" (the whole country), "world" (from any country) or a state's INEGI code, "01" to "32".
content-plan-minutes = The lesson plan adds up to { $minutes } minutes; its five parts must add up to { $expected }, and none can last 0.
content-plan-field-missing = The lesson plan is missing `{ $field }`.
content-plan-field-unused = `{ $field }` does not belong in this part of the lesson plan: only the opening has `question` and only the discussion has `questions`.
content-plan-question-count = The discussion has { $count } questions; it needs between { $min } and { $max }.
content-plan-differs = The Spanish and English lesson plans disagree on `{ $field }`.
content-unexpected-plan = Lessons for adults have no lesson plan.

passphrase-tip-start = Type three or four words that have nothing to do with each other.
passphrase-tip-common = That's a very common password: someone would try it first.
passphrase-tip-names = Names on their own are easy to guess. Put them together with other words.
passphrase-tip-dates = Dates and years are easy to guess. Use words instead.
passphrase-tip-more-words = Add more words: the longer it is, the harder it is to guess.
passphrase-tip-patterns = Avoid patterns like "123", "aaa" or rows of keys.
passphrase-tip-unusual-words = Try less common words, or words that don't go together.
passphrase-tip-strong = Great! This phrase is hard to guess. Keep your real one secret.

cli-no-data-dir = The app's data folder was not found. Give it with --data-dir.
cli-no-database = There is no progress file in { $path }. Check the folder with --data-dir.
cli-pin-cleared = The adults' area PIN was cleared. Every learner's progress is as it was. The next adult to come in will create a new PIN.
cli-pin-none = There was no PIN on this computer; nothing changed.
cli-database-in-use = Ciberescudo is open. Close it and run this command again.
cli-database-refused = The progress file could not be opened: { $detail }
cli-class-line = { $name } ({ $year }): { $learners ->
    [one] 1 learner
   *[other] { $learners } learners
} · { $uid }
cli-class-imported = Class "{ $name }" is ready on this computer: { $added ->
    [one] 1 new learner
   *[other] { $added } new learners
} and { $known ->
    [one] 1 already here
   *[other] { $known } already here
}.
cli-class-unknown = There is no class "{ $class }" on this computer. See the list with: ciberescudo class list
cli-progress-imported = { $file }: added { $attempts ->
    [one] 1 quiz
   *[other] { $attempts } quizzes
}, { $answers ->
    [one] 1 answer
   *[other] { $answers } answers
} and { $activities ->
    [one] 1 activity
   *[other] { $activities } activities
}.
cli-file-saved = Saved { $file }
cli-file-unreadable = { $file } could not be read: { $detail }
cli-file-unwritable = { $file } could not be saved: { $detail }

# Columns of a class's CSV files (docs/class-files.md).
csv-learner = Learner
csv-band = Age band
csv-lesson-id = Lesson id
csv-lesson = Lesson
csv-topic = Topic
csv-status = Status
csv-best-score = Best score
csv-questions = Questions
csv-best-percent = Best percent
csv-quiz-attempts = Quiz attempts
csv-activities-done = Activities done
csv-last-activity = Last activity
csv-question = Question
csv-learners-answered = Learners who answered
csv-right-first-try = Right on the first try
csv-right-percent = Percent right on the first try
csv-most-chosen-wrong = Most chosen wrong answer
csv-chosen-by = Chosen by
csv-status-not-started = Not started
csv-status-in-progress = In progress
csv-status-done = Done
csv-file-class = class
csv-file-hardest = hardest-questions
