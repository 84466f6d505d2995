## Campaign statistics (in the adults' section): anonymous counters an adult may
## choose to send each week to a campaign's server.

stats-title = Campaign statistics
stats-section-intro = If your school or community takes part in a Ciberescudo campaign, you can help it see how things are going by sending it anonymous counters each week. They stay off until you turn them on.
stats-open = Open campaign statistics
stats-back = Back to the adults' section
stats-intro = Some campaigns (run by a school, an education office or a non-profit) want to know which lessons are used and which questions are hardest, so they can improve what they teach. If you were given the details of one, you can send it anonymous counters each week of what was done on this computer. It's your choice: they stay off until you turn them on, and you can turn them off whenever you like.

## What is sent and what never is

stats-explainer-title = What is sent, and what never is
stats-sent-title = What is sent, once a week
stats-sent-intro = For each age group that used Ciberescudo that week, one report with:
stats-sent-campaign = The campaign's code.
stats-sent-week = The week, for example “week 48 of 2026”. Never the day or the time.
stats-sent-band = The age group: 8 to 11, 12 to 14, 15 to 17, or adults.
stats-sent-state = The state, only if you choose one.
stats-sent-lessons = For each lesson: how many people finished it for the first time, how many times its quiz was taken, how many of those times it was passed (70% or more answers right), and how many activities were finished.
stats-sent-questions = For each quiz question: how many people answered it on their first try, and how many got it right.
stats-sent-key = A random number, different for every report, so the server can recognize a repeated report and never count it twice.
stats-never-title = What is never sent
stats-never-names = Names or nicknames.
stats-never-answers = Answers, or anything anyone types.
stats-never-who = Who did what: only totals go, without saying whose they are.
stats-never-when = Exact days or times.
stats-never-where = Anything that identifies this computer or the school.
stats-how-title = How it works
stats-how-after = A report is built only from what was done on this computer after the statistics were turned on. Weeks before that are never sent.
stats-how-wait = Each report waits a day in the list before it leaves on its own, so you can look at it and, if you like, delete it. “Send now” sends them right away.
stats-how-off = If you turn the statistics off, every report not yet sent is deleted.
stats-how-address = Like any server on the internet, the campaign's server can see the internet address of the connection. Ciberescudo's campaign server doesn't store it.

## Turning them on

stats-form-title = Turn the statistics on
stats-form-intro = Type the server address and the code the campaign's organizers gave you. Before anything is saved, Ciberescudo checks with that server that the campaign exists and is open.
stats-server-label = Campaign server address
stats-server-hint = For example: stats.example.org
stats-campaign-label = Campaign code
stats-campaign-hint = It has 8 letters and digits, for example K7MD-Q4TW.
stats-state-label = State
stats-state-hint = Optional. It helps the campaign know in which states Ciberescudo is used.
stats-state-none = I'd rather not say
stats-turn-on = Check and turn on
stats-checking = Checking with the server… This can take up to half a minute.
stats-turned-on = Done: the statistics are on for the campaign “{ $name }”.
stats-turned-off = Done: the statistics are off, and the reports that were waiting were deleted.

## On

stats-on-title = The statistics are on
stats-on-campaign = Campaign
stats-on-campaign-value = { $name } (code { $code })
stats-on-server = Server
stats-on-state = State
stats-no-state = No state
stats-on-since = On since
stats-on-last-sent = Last sent
stats-never-sent = No report has been sent yet.
stats-problem-label = Something went wrong:
stats-problem-unreachable = The campaign's server couldn't be reached: maybe there's no internet, or the server is down. It will be tried again on its own; you don't need to do anything.
stats-problem-timeout = The campaign's server took too long to answer. It will be tried again on its own later.
stats-problem-server-busy = The campaign's server is busy or under maintenance. It will be tried again on its own later.
stats-problem-not-a-collector = Something answered at the server address, but it isn't a Ciberescudo campaign server. It will keep trying. If this goes on, ask the campaign's organizers whether the address changed; to use another one, turn the statistics off and on again with the new address.
stats-problem-campaign-unknown = The server no longer has a campaign with this code. The reports it refused won't be sent again; you can delete them from the list. Ask the campaign's organizers what happened.
stats-problem-campaign-closed = The campaign has ended and its server no longer takes reports. The reports it refused won't be sent again; you can delete them from the list. If you're no longer taking part, turn the statistics off.
stats-problem-week-outside-campaign = The server didn't accept a report because its week is outside the campaign's dates. That report won't be sent again; you can delete it from the list.
stats-problem-week-not-accepted = The server didn't accept a report because its week is too long ago, or hasn't come yet by the server's clock. That report won't be sent again; you can delete it from the list. Check that this computer's date and time are right.
stats-problem-report-refused = The server refused a report. That report won't be sent again; you can delete it from the list. If this happens often, let the campaign's organizers know.

## Waiting reports

stats-reports-title = Waiting reports
stats-reports-intro = Open a report to see exactly what will be sent. If you don't want it to leave, delete it.
stats-no-reports = No reports are waiting.
stats-no-reports-hint = When a week in which Ciberescudo was used on this computer ends, its report will show up here.
stats-week = Week of { $range }
stats-report-lessons =
    { $count ->
        [one] { $count } lesson
       *[other] { $count } lessons
    }
stats-report-retrying = It couldn't be sent; it will be tried again.
stats-report-send-after = It will be sent after { $when }
stats-report-open = View
stats-report-delete = Delete
stats-send-now = Send now
stats-send-now-hint = Sends the waiting reports right now, without waiting for their day of review to pass.
stats-sending = Sending the reports…
stats-sent-all = Done: the reports were sent.
stats-sent-not-all = Not every report could be sent. Each one says what happened.
stats-delete-title = Delete this report?
stats-delete-text = The report for the week of { $range } ({ $band }) will be deleted and never sent. What was learned that week stays saved on this computer.
stats-delete-cancel = Cancel
stats-delete-confirm = Yes, delete it
stats-deleted = The report for the week of { $range } ({ $band }) was deleted. It will never be sent.

## Turning them off

stats-turn-off = Turn the statistics off
stats-turn-off-title = Turn the statistics off?
stats-turn-off-text =
    This computer will stop sending reports to the campaign “{ $name }”. { $count ->
        [0] No reports are waiting.
        [one] The waiting report will be deleted and never sent.
       *[other] The { $count } waiting reports will be deleted and never sent.
    } You can turn them on again whenever you like.
stats-turn-off-cancel = Cancel
stats-turn-off-confirm = Yes, turn them off

## One report, before it leaves

stats-report-eyebrow = Waiting report
stats-report-campaign = Campaign: { $code }
stats-report-state = State: { $state }
stats-report-lessons-title = Lessons
stats-col-lesson = Lesson
stats-col-completed = Finished for the first time
stats-col-attempts = Times the quiz was taken
stats-col-passed = Passed (70% or more)
stats-col-activities = Activities finished
stats-report-questions-title = Quiz questions
stats-report-questions-intro = Only each person's first try counts.
stats-col-question = Question
stats-col-answered = Answered it
stats-col-right = Right the first time
stats-report-json-title = Exactly what will be sent
stats-report-json-intro = This is the report just as it leaves this computer, character for character. Lessons and questions go by their Ciberescudo code, and “key” is the random number that keeps it from being counted twice.
stats-report-delete-this = Delete this report
stats-report-back = Back to the statistics
