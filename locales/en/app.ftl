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
store-backup-offer = There is an automatic backup from { $date }. It brings back this computer's progress as it was that day.
store-backup-restore = Restore the backup from { $date }
store-backup-title = Restore the backup from { $date }?
store-backup-summary = The backup from { $date } will be used instead of the damaged file. Anything saved after that day is not in the backup. The damaged file is not deleted: it is kept aside, in the same folder, with the date and time in its name.
store-backup-cancel = Cancel
store-backup-confirm = Yes, restore the backup
store-backup-restored = Done: the backup from { $date } was restored.
store-backup-kept = The damaged file was kept aside as “{ $file }”, in the same folder. It was not deleted.
store-backup-continue = Continue

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
reader-source-checked = Checked on { $date }

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
topic-ai = Artificial intelligence
topic-harmful-content = Things you wish you hadn't seen
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
help-serves-country = Serves the whole country
help-serves-world = Serves anyone, from any country
help-serves-state = Serves { $state } only

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

## For adults: the PIN and the profiles on this computer.
## Children only see the discreet link on "Who are you?".

adult-link = For adults
adult-title = For adults
adult-door-create-title = Create the adults' PIN
adult-door-create-intro = This is where the profiles on this computer are changed and deleted, and the computer lab's classes are organized. Create a PIN so that only adults can come in.
adult-door-enter-title = Type the PIN
adult-door-enter-intro = This area is for adults only. Type the PIN to come in.
adult-pin-label = PIN
adult-pin-new-label = New PIN
adult-pin-rules = Use { $min } to { $max } digits. Only adults should know it: don't share it with children or teens.
adult-pin-repeat-label = Type the PIN again
adult-pin-create-submit = Create the PIN and come in
adult-pin-enter-submit = Come in
adult-pin-forgot = If someone forgets the PIN, whoever manages this computer can clear it with this command, and then a new one can be created. The profiles and their progress are kept:
adult-pin-reset-command = ciberescudo adult reset-pin
adult-door-back = Back to profiles
adult-leave = Leave
adult-area-intro = Here you can change each profile's nickname or age, save a copy of its data or delete it, organize your computer lab classes, and choose whether to send a campaign anonymous statistics.
adult-area-closes = When you're done, press “Leave”. If nobody uses this area for { $minutes ->
        [one] a minute
       *[other] { $minutes } minutes
    }, it closes by itself.
adult-profiles-title = Profiles on this computer
adult-profiles-empty = There are no profiles on this computer yet.
adult-edit-open = Change nickname or age
adult-edit-nickname = Nickname
adult-edit-band = Age group
adult-edit-save = Save changes
adult-edit-cancel = Cancel
adult-edit-saved = Done: the changes were saved.
adult-export = Save a copy of their data
adult-export-saved = Saved as { $file }
adult-delete = Delete profile
adult-delete-title = Delete the profile “{ $nickname }”?
adult-delete-summary =
    The profile “{ $nickname }” will be deleted with { $lessons ->
        [one] { $lessons } lesson started
       *[other] { $lessons } lessons started
    }, { $quizzes ->
        [one] { $quizzes } quiz finished
       *[other] { $quizzes } quizzes finished
    }, { $answers ->
        [one] { $answers } answer
       *[other] { $answers } answers
    } and { $activities ->
        [one] { $activities } activity
       *[other] { $activities } activities
    }. This can't be undone.
adult-delete-summary-empty = The profile “{ $nickname }” will be deleted. It has no saved progress yet. This can't be undone.
adult-delete-cancel = Cancel
adult-delete-confirm = Yes, delete the profile
adult-deleted = The profile “{ $nickname }” was deleted.
adult-classes-title = Classes

## Automatic backups of this computer's progress, in the adults' area.

backups-title = Backups
backups-intro = Every day Ciberescudo is opened, it saves a copy of everything on this computer: profiles, progress, classes and the PIN. It keeps { $keep ->
        [one] the newest one
       *[other] the newest { $keep }
    }. If something goes wrong, you can go back to one of them.
backups-empty = There are no backups yet. The first one is saved the next time the app opens.
backups-made = Backup from { $date }
backups-restore = Restore
backups-restore-label = Restore the backup from { $date }
backups-restore-title = Restore the backup from { $date }?
backups-restore-summary = Everything on this computer (profiles, progress, classes and the PIN) will go back to how it was on { $date }. Anything done after that is not in that backup. The current file is not deleted: it is kept aside, in the same folder, with the date and time in its name.
backups-restore-cancel = Cancel
backups-restore-confirm = Yes, restore the backup
backups-restored = The backup from { $date } was restored.
backups-kept = The file there before was kept aside as “{ $file }”, in the same folder as the progress. It was not deleted.

## Computer lab classes: the class, its files for the USB stick and its progress.

classes-intro = To work in the computer lab without internet: create your class here with your students' list and save the class file on a USB stick. On each lab computer, come into this area and import that file. When you're done, save each computer's progress and bring it back to yours.
classes-empty = There are no classes on this computer yet.
class-year = School year { $year }
class-learners =
    { $count ->
        [one] { $count } student
       *[other] { $count } students
    }
class-open = Open the class
class-new-title = New class
class-new-name = Class name
class-new-name-hint = For example: 5th grade B, morning shift
class-new-year = School year
class-new-year-hint = For example: 2026-2027
class-new-submit = Create the class
class-created = Done: the class “{ $name }” was created.
class-import-title = Is this a lab computer?
class-import-intro = Import here the class file you brought on the USB stick. Its students will appear on “Who are you?” so each of them can pick their profile.
class-import = Import a class file
class-imported =
    The class “{ $name }” ({ $year }) was imported with { $count ->
        [one] { $count } student
       *[other] { $count } students
    }.
class-back = Back to the adults' area
class-learners-title = Students in the class
class-roster-title = Add students from a list
class-roster-label = Nicknames, one per line
class-roster-hint = Use nicknames or first names, never full names. A nickname the class already has is not added again.
class-roster-band = These students' age
class-roster-band-missing = Choose these students' age.
class-roster-submit = Add the list to the class
class-roster-added =
    { $count ->
        [0] Nobody new was added.
        [one] { $names } was added.
       *[other] { $count } students were added: { $names }.
    }
class-roster-skipped =
    { $count ->
        [one] One nickname was already in the class and was not added again.
       *[other] { $count } nicknames were already in the class and were not added again.
    }
class-add-title = Add a profile from this computer
class-add-label = Profile
class-add-submit = Add to the class
class-add-none = Every profile on this computer is already in the class.
class-added = Done: “{ $nickname }” is now in the class.
class-match-title = Match a hand-made profile to its place on the list
class-match-intro = If someone in the class made their own profile on this computer, match it to their nickname on the list. That way their progress reaches the teacher's computer.
class-match-hand-made = Hand-made profile
class-match-roster = Student on the list
class-match-submit = Match the profiles…
class-match-none = To match profiles, the class needs students and this computer needs a profile that is not in the class.
class-match-dialog-title = Match “{ $handMade }” to “{ $roster }”?
class-match-dialog-text = Everything “{ $handMade }” did on this computer (lessons, quizzes and activities) will move to “{ $roster }”, and the profile “{ $handMade }” will disappear. This is done only once and can't be undone.
class-match-cancel = Cancel
class-match-confirm = Yes, match them
class-matched = Done: the progress of “{ $handMade }” now belongs to “{ $roster }”.
class-files-title = Files for the computer lab
class-export-class = Save the class file for the lab computers
class-export-class-hint = Copy it to the USB stick and, on each lab computer, choose “Import a class file”. Keep the stick safe: that file is the class's key.
class-export-progress = Save this computer's progress for the teacher
class-export-progress-hint = Do this on each lab computer at the end of the lesson. Save the files of every computer in the same folder on the USB stick.
class-import-progress = Import the progress files from a folder
class-import-progress-hint = On your computer, choose the folder with the progress files. Importing a file again repeats nothing.
class-export-csv = Save spreadsheet (CSV)
class-export-csv-hint = Two files for Excel or LibreOffice: the class's progress and the hardest questions.
class-saved = Saved as { $file }
class-saved-csv = Saved { $first } and { $second }
class-import-results = What happened with each file
class-import-no-files = We found no progress files (.json) in that folder.
class-file-merged =
    Imported { $learners ->
        [one] { $learners } new student
       *[other] { $learners } new students
    }, { $attempts ->
        [one] { $attempts } quiz attempt
       *[other] { $attempts } quiz attempts
    }, { $answers ->
        [one] { $answers } answer
       *[other] { $answers } answers
    } and { $activities ->
        [one] { $activities } activity
       *[other] { $activities } activities
    }.
class-file-nothing-new = Everything was already imported: there was nothing new.
class-progress-title = The class's progress
class-filter-topic = Topic
class-filter-band = Age
class-filter-all-topics = All topics
class-filter-all-bands = All ages
class-matrix-caption = Progress of { $name } by lesson
class-matrix-learner = Student
class-matrix-empty = This class has no students yet. Add them from a list.
class-matrix-no-lessons = No lesson has that topic for that age. Change the filters.
class-learner-open = (see their progress)
class-cell-not-started = Not started
class-cell-in-progress = In progress
class-cell-done = Done
class-cell-score = { $score } of { $total }
class-cell-activities =
    { $count ->
        [one] { $count } activity
       *[other] { $count } activities
    }
class-learner-title = { $nickname }'s progress
class-learner-nothing = { $nickname } hasn't started any lesson yet.
class-learner-attempts =
    { $count ->
        [one] { $count } quiz attempt
       *[other] { $count } quiz attempts
    }
class-learner-activities =
    { $count ->
        [one] { $count } activity done
       *[other] { $count } activities done
    } ({ $points } of { $total } points)
class-learner-show-attempts = See their attempts
class-learner-close = Close { $nickname }'s progress
class-review-who = { $nickname }'s attempt
class-review-back = Back to the class
class-hardest-title = The hardest questions
class-hardest-intro = First the ones the fewest students got right on the first try. Only those who answered each question count, in the lessons of the filters above.
class-hardest-right =
    Right on the first try: { $right } of { $answered } { $answered ->
        [one] student who answered it
       *[other] students who answered it
    } ({ $percent })
class-hardest-wrong =
    Most chosen wrong answer: “{ $answer }” ({ $count ->
        [one] chosen by { $count } student
       *[other] chosen by { $count } students
    })
class-hardest-empty = Nobody in the class has answered a quiz of these lessons yet.
class-hardest-more = See all ({ $count })

## The printable class report: one page with the class summary and one short page for
## each student's family, comparing nobody with anybody.

plans-open = Lesson plans
plans-open-hint = A 45-minute plan for every lesson, with a version for a classroom without computers and what to do if someone tells you something. Shows the lessons of the filters above.
plans-eyebrow = For the teacher
plans-title = Lesson plans
plans-intro = Choose a lesson to see its plan and, if you like, print it.
plans-empty = No learner lesson has that topic for that age.
plans-back = Back to the class
plan-eyebrow = Lesson plan · { $band } · { $topic }
plan-length = A { $minutes }-minute class
plan-objective = Objective
plan-steps = The class, step by step
plan-step-minutes = { $minutes } min
plan-part-opening = Opening
plan-part-lesson = The lesson
plan-part-activity = The activity
plan-part-discussion = Discussion
plan-part-closing = Closing
plan-opening-question = Question to start
plan-offline = Without computers
plan-disclosure = If someone tells you something
plan-print = Print the plan
plan-back = Back to the plans

report-open = Print the class report
report-open-hint = One page with the class summary and the hardest questions, and one page for each student's family. The summary uses the age and topic of the filters above.
report-preview-intro = This is how the report will look. When printing, choose the “Print to File” option if you want to save it as a PDF.
report-print = Print
report-back = Back to the class
report-eyebrow = Class report
report-printed = Printed on { $date }
report-filters = Age: { $band } · Topic: { $topic }
report-summary-title = Progress by lesson
report-col-lesson = Lesson
report-col-done = Finished
report-col-in-progress = In progress
report-col-not-started = Not started
report-col-average = Average score of those who finished
report-no-lessons = No lesson has that topic for that age.
report-hardest-title = The hardest questions
report-hardest-intro = Up to 10 questions, first the ones the fewest students got right on the first try. Each one says how many students answered it.
report-learner-eyebrow = For the family · { $class }
report-learner-title = { $nickname }'s progress in Ciberescudo
report-done-title = Lessons finished
report-done-score = { $score } of { $total } answers right
report-done-none = No lesson finished yet. The ones below are a good way to start!
report-next-title = To practice next
report-next-all-done = Every lesson for their age is finished.
report-cheer-start = Every lesson is a step towards staying safe online. At home you can talk about what they are learning.
report-cheer-going = { $nickname } is on a good path! Ask them what they learned: telling it at home helps them remember it.
report-cheer-all-done = { $nickname } finished all their lessons! It's worth celebrating as a family.

## A printable certificate for finishing every lesson of a topic (a small celebration, not a grade)

certificate-open = Print your certificate
certificate-intro = This is how your certificate will look. Ask an adult to help you print it.
certificate-title = Certificate of achievement
certificate-for = This certificate goes to
certificate-reason = for finishing every lesson of “{ $topic }”.
certificate-cheer = Congratulations! Now you know more about staying safe online. Keep it up!
certificate-print = Print
certificate-back = Back to my lessons
