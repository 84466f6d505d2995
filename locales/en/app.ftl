## Ciberescudo: user interface strings, in US English.
## Error messages that come from the program live in errors.ftl (error-* keys).

app-name = Ciberescudo
loading = Loading…
back-to-lessons = Back to lessons
load-failed = We couldn't load this part. Your progress is safe.
load-failed-retry = Try again

## Error alert (can be closed; the app keeps working)

alert-dismiss = Close message
app-error-unexpected = Something went wrong. Please try again; your progress is safe.

## Language switch

language-switch-label = Language
language-es-MX = Español
language-en = English
language-long-es-MX = Español (México)
language-long-en = English

## Startup: when the progress file can't be opened

startup-error-title = We couldn't open Ciberescudo
store-error-title = We couldn't open your progress
store-error-untouched = Your progress file is safe: we did not change or delete it.
store-error-location = The file is here:
startup-error-retry = Try again
startup-error-retrying = Trying…
startup-error-still = It still can't be opened. You can try again whenever you like.

## Who are you?

profiles-title = Who are you?
profiles-intro = Pick your profile to continue where you left off.
profiles-empty = There are no profiles yet. Create yours to get started.
profiles-new = New profile

## New profile

profile-form-title = New profile
profile-form-nickname = Your nickname
profile-form-nickname-hint = A nickname is enough: you don't need your real name.
profile-form-nickname-missing = Type a nickname for your profile.
profile-form-nickname-too-long = Your nickname can have up to { $max } characters.
profile-form-avatar = Choose your avatar
profile-form-band = How old are you?
profile-form-band-missing = Choose your age group.
profile-form-language = Language
profile-form-submit = Create profile
profile-form-cancel = Go back

band-8-11 = Ages 8 to 11
band-12-14 = Ages 12 to 14
band-15-17 = Ages 15 to 17
band-adults = Adults

avatar-fox = Fox
avatar-panda = Panda
avatar-turtle = Turtle
avatar-owl = Owl
avatar-octopus = Octopus
avatar-unicorn = Unicorn
avatar-bee = Bee
avatar-dolphin = Dolphin
avatar-lion = Lion
avatar-frog = Frog
avatar-rocket = Rocket
avatar-cactus = Cactus

## Home

home-greeting = Hi, { $nickname }!
home-change-profile = Change profile
home-own-band = For you: { $band }
home-no-lessons = There are no lessons for this age yet.
home-other-bands = Other ages
home-other-bands-intro = You can also read the lessons made for other ages.
lesson-status-new = New
lesson-status-in-progress = In progress
lesson-status-done = Done: { $score } of { $total }

## Lesson

reader-step = Part { $current } of { $total }
reader-nav-label = Lesson parts
reader-previous = Previous
reader-next = Next
reader-start-quiz = Take the quiz
reader-sources = Sources

## Quiz

quiz-title = Quiz: { $title }
quiz-progress = Question { $current } of { $total }
quiz-hint-single = Choose one answer.
quiz-hint-multiple = Choose all the right answers.
quiz-check = Check answer
quiz-correct = Correct!
quiz-not-quite = Not quite. Here's why:
quiz-previous = Previous question
quiz-next = Next question
quiz-see-results = See results
feedback-option-right = Right
feedback-option-wrong = Wrong
feedback-option-chosen = Your answer

## Results

result-title = Your results
result-score = You got { $score } of { $total } right
result-percent = { $percent } correct
result-cheer =
    { $level ->
        [perfect] You did it! You got every answer right.
        [good] Great job! You already know a lot about this.
       *[other] Nice try! Review the answers and try again whenever you like.
    }
result-mistakes-title =
    { $count ->
        [one] Review this question
       *[other] Review these { $count } questions
    }
result-you-chose = You chose:
result-nothing-chosen = You didn't answer this question.
result-right-answer =
    { $count ->
        [one] Right answer:
       *[other] Right answers:
    }
result-why = Why:
result-retry = Try the quiz again
