## Ciberescudo: user interface strings, in US English.
## Error messages that come from the program live in errors.ftl (error-* keys).

app-name = Ciberescudo
loading = Loading…
back-to-lessons = Back to lessons
back-to-lesson = Back to the lesson
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
home-more-topics = More topics
home-more-topics-intro = Lessons on other topics, made for other ages.
home-other-ages = Other ages ({ $count })
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

## Curriculum topics (home)

topic-passwords = Passwords and accounts
topic-privacy = Your data and privacy
topic-scams = Scams and tricks
topic-kindness = Respect and cyberbullying
topic-strangers = People you don't know
topic-misinformation = True or false?
topic-wellbeing = Healthy screen use
topic-devices = Devices and networks
topic-rights = Your rights online
topic-family-talk = Talking as a family
topic-family-settings = Controls and settings
topic-family-warning-signs = Warning signs
topic-family-scams = Scams against families
topic-family-accounts = The family's accounts and devices

## Header: glossary and help

header-tools-label = Glossary and help
glossary-open = Glossary
help-open = Where to get help
reference-back = Go back

## Glossary words inside a lesson

term-popover-label = From the glossary
term-popover-glossary = See it in the glossary
term-popover-close = Close
term-popover-missing = This word is not in the glossary yet.
term-popover-failed = We couldn't open the glossary. Try again.

## Glossary

glossary-title = Glossary
glossary-intro = The words used in the lessons, explained.
glossary-filter = Find a word
glossary-count =
    { $count ->
        [one] Showing { $count } word
       *[other] Showing { $count } words
    }
glossary-no-match = We didn't find “{ $query }”. Try another word.
glossary-none = The glossary is empty for now.

## Where to get help

help-title = Where to get help
help-intro = You are not alone. If something online worries you, makes you feel bad or scares you, it is not your fault and you can ask for help. First, tell an adult you trust: someone in your family or at your school.
help-intro-adult = These places also listen to and guide children, teenagers and families.
help-emergency = If you or someone else is in danger right now, call { $phone }.
help-phone = Phone
help-web = Website
help-source = Source: { $source } · checked on { $date }

## A lesson's activities

activity-practice = Let's practice!
activity-start = Start
activity-try-again = Try again
activity-kind-spot = Spot the scam
activity-kind-story = What would you do?
activity-kind-sort = Sort it
activity-kind-passphrase = Passphrase lab

## Spot the scam

spot-hint = Tap each part that looks suspicious. If you change your mind, tap it again to remove the mark.
spot-channel =
    { $channel ->
        [sms] Text message
        [chat] Chat message
        [email] Email
       *[other] Web page
    }
spot-sms-label = Text message
spot-email-from = From:
spot-email-subject = Subject:
spot-marked = Suspicious
spot-check = Check
spot-score = You found { $caught } of { $suspicious } warning signs
spot-false-alarms =
    { $count ->
        [one] You also marked { $count } part that wasn't suspicious.
       *[other] You also marked { $count } parts that weren't suspicious.
    }
spot-perfect = You did it! You found every sign.
spot-keep-going = See below what each part had, and try again whenever you like.
spot-part-quote = “{ $text }”
spot-review-title = Part by part
spot-part-suspicious = Suspicious
spot-part-fine = Not suspicious
spot-part-marked = You marked it
spot-part-not-marked = You didn't mark it

## What would you do?

story-choices-label = What do you do?
story-your-choice = Your choice
story-continue = Continue
story-back = Go back a step
story-restart = Start over
story-ending-title =
    { $outcome ->
        [good] A good ending!
        [okay] An okay ending
       *[other] A risky ending
    }
story-ending-hint =
    { $outcome ->
        [good] Your choices kept you safe. Want to see where the other choices lead?
        [okay] It turned out so-so. Go back a step and try another choice.
       *[other] That's all right: this is the place to make mistakes. Go back a step and try another choice.
    }

## Sort it

sort-hint = Drag each card to its group, or choose the group from the card's list.
sort-pool-title = Still to sort: { $count }
sort-pool-empty = Everything is sorted! Check whenever you're ready.
sort-goes-in = Goes in:
sort-choose-group = Choose a group
sort-check = Check
sort-check-hint = Sort every card to check.
sort-score = You sorted { $right } of { $total } right
sort-perfect = Everything in its place!
sort-keep-going = See below where each thing goes, and try again whenever you like.
sort-item-right = Right! It goes in “{ $group }”.
sort-item-wrong = It goes in “{ $group }”.

## Passphrase lab

passphrase-not-saved = What you type here is not saved and never leaves this computer. Practice with a made-up phrase, not your real password.
passphrase-label = Type a practice passphrase
passphrase-hint = For example, put together three or four words that have nothing to do with each other.
passphrase-show = Show what I type
passphrase-empty = Type something to see how hard it is to guess.
passphrase-score-0 = Very easy to guess
passphrase-score-1 = Easy to guess
passphrase-score-2 = Could be guessed
passphrase-score-3 = Hard to guess
passphrase-score-4 = Very hard to guess
passphrase-words =
    { $count ->
        [one] { $count } word
       *[other] { $count } words
    }
passphrase-done = Done
passphrase-finished = Done! Your practice passphrase was: { $strength }.
passphrase-finished-kept = We only keep how hard it was to guess. The phrase is already erased.
passphrase-again = Try another phrase

## Guide to talk at home (adult lessons)

guide-open = Guide to talk at home
guide-eyebrow = To talk about at home
guide-print = Print

## My attempts and review

attempts-open = My attempts
attempts-title = My quiz attempts
attempts-empty = You haven't finished this lesson's quiz yet. When you do, you can review your answers here.
attempts-score = { $score } of { $total } right
review-title = Review of your attempt
review-all-title = All your answers
review-correct = You got it right
review-wrong = Not this time
