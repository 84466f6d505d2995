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
content-bad-url = "{ $url }" is not a valid web address (it must start with https:// or http://).
content-missing-text = { $what ->
    [section] The text of section "{ $id }" is missing in { $file }.
    [question] The text of question "{ $id }" is missing in { $file }.
    [option] The text of option "{ $id }" is missing in { $file }.
    [source] The text of source "{ $id }" is missing in { $file }.
   *[other] The text of "{ $id }" is missing in { $file }.
}
content-extra-text = { $what ->
    [section] Section "{ $id }" is not in lesson.toml.
    [question] Question "{ $id }" is not in lesson.toml.
    [option] Option "{ $id }" is not in lesson.toml.
    [source] Source "{ $id }" is not in lesson.toml.
   *[other] "{ $id }" is not in lesson.toml.
}
content-true-false-option-text = Option "{ $id }" is true/false: it takes only an `explanation`, no `text`.
content-missing-option-text = Option "{ $id }" is missing its `text`.
content-empty-text = The text of "{ $field }" is empty.
content-word-count = The lesson body has { $words } words; for { $band } it must have between { $min } and { $max }.
content-reading-ease = The reading ease is { $score }; for { $band } it must be at least { $min }. Use shorter sentences and simpler words.
content-long-sentence = This sentence has { $words } words; for 8-11 it must have at most { $max }.
