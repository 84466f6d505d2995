## Campaign server (ciberescudo-collector): the pages for campaign organizers.
## Layout of every page

collector-site-name = Ciberescudo · Campaign statistics
collector-skip-to-content = Skip to content
collector-nav-label = Main menu
collector-nav-campaigns = Campaigns
collector-logout = Sign out
collector-signed-in-as = Signed in as { $username }
collector-switch-language = Español
collector-footer = Anonymous statistics: weekly counters by age and state only, with no names, emails or addresses.

## Sign in

collector-login-title = Sign in
collector-login-intro = Sign in with the organizer account this server's administrator gave you.
collector-login-username = Username
collector-login-password = Password
collector-login-submit = Sign in
collector-login-failed = The username or password is incorrect. Check them and try again.
collector-logged-out = You have signed out.

## Campaigns

collector-campaigns-title = Campaigns
collector-campaigns-intro = Each campaign has a code. Schools type it into Ciberescudo to add their anonymous statistics.
collector-campaigns-empty = There are no campaigns yet. Create the first one with the form below.
collector-campaigns-caption = Campaigns, newest first
collector-col-campaign = Campaign
collector-col-code = Code
collector-col-starts = Starts
collector-col-ends = Ends
collector-col-status = Status
collector-campaign-upcoming = Not started
collector-campaign-open = Open
collector-campaign-closed = Ended

## New campaign

collector-create-title = New campaign
collector-create-name = Campaign name
collector-create-name-hint = For example: “Puebla primary schools, fall 2026”. Computers that join the campaign see this name: put nobody’s details in it.
collector-create-starts = Start date
collector-create-ends = End date
collector-create-dates-hint = Schools can join between these two dates (format YYYY-MM-DD).
collector-create-submit = Create campaign
collector-create-errors-title = Please check the form:
collector-create-name-missing = Enter a name for the campaign.
collector-create-name-too-long = The name can have up to { $max } characters.
collector-create-starts-invalid = Enter a valid start date, such as 2026-11-23.
collector-create-ends-invalid = Enter a valid end date, such as 2026-12-18.
collector-create-dates-reversed = The end date cannot be before the start date.
collector-created-title = Campaign created
collector-created-intro = This is the code for “{ $name }”. Read it aloud or write it on the board so schools can enter it in Ciberescudo:
collector-created-open = See the campaign's statistics

## A campaign's dashboard

collector-dashboard-title = Statistics for “{ $name }”
collector-dashboard-code = Campaign code
collector-dashboard-dates = From { $starts } to { $ends }
collector-back-to-campaigns = Back to campaigns
collector-suppression-title = How the figures are protected
collector-suppression-note = So that no small group can be recognized, groups of one week, age and state with fewer than { $threshold } lessons completed are not counted in any figure. Also, figures under { $threshold } are shown as “<{ $threshold }” and all others are rounded to the nearest ten. Percentages, rankings and charts are worked out from those rounded figures, so a total may not exactly match the sum of its parts.

## Filters

collector-filter-title = Filter the statistics
collector-filter-from = From week
collector-filter-to = To week
collector-filter-band = Age
collector-filter-state = State
collector-filter-lesson = Lesson
collector-filter-from-any = From the start
collector-filter-to-any = To the end
collector-filter-band-any = All ages
collector-filter-state-any = All states
collector-filter-lesson-any = All lessons
collector-filter-apply = Apply filters
collector-filter-clear = Clear filters
collector-filter-errors-title = These filters could not be applied:
collector-filter-bad-week = One of the weeks is not valid. Choose one from the list, written like 2026-W48.
collector-filter-bad-band = That age group does not exist. Choose one from the list.
collector-filter-bad-state = That state does not exist. Choose one from the list.
collector-filter-bad-lesson = That lesson is not valid. Choose one from the list.
collector-filter-reversed = The first week is after the last week.

## Dashboard sections

collector-total-completed = Lessons completed
collector-by-week-title = Lessons completed by week
collector-by-week-chart-desc = Bar chart of the lessons completed each week, from { $from } to { $to }. The same figures are in the table next to it.
collector-by-week-empty = No weeks match these filters.
collector-by-band-title = By age
collector-by-state-title = By state
collector-by-lesson-title = By lesson
collector-by-lesson-empty = With these filters, no lesson has figures that can be shown.
collector-hardest-title = Hardest questions
collector-hardest-intro = The questions with the lowest share of right answers on the first try (up to 10). Only questions with figures that can be shown are listed.
collector-hardest-empty = With these filters, no question has figures that can be shown yet.
collector-all-questions = All questions with figures
collector-download-csv = Download as CSV: { $table }
collector-percent = { $value }%
collector-no-share = —

## Columns of the tables and CSV files

collector-col-week = Week
collector-col-week-starts = Monday of the week
collector-col-band = Age
collector-col-state = State
collector-col-state-code = INEGI code
collector-col-lesson = Lesson
collector-col-question = Question
collector-col-completed = Lessons completed
collector-col-quiz-attempts = Quiz attempts
collector-col-quiz-passed = Quizzes passed
collector-col-activities = Activities done
collector-col-answered = Times answered
collector-col-first-try-right = Right on the first try
collector-col-first-try-share = Right on the first try (%)

## Age groups

collector-band-8-11 = Ages 8 to 11
collector-band-12-14 = Ages 12 to 14
collector-band-15-17 = Ages 15 to 17
collector-band-adults = Adults


## Error pages

collector-error-home = Go to the start page
collector-error-bad-request-title = We could not understand the request
collector-error-bad-request = The browser's request could not be read. Reload the page and try again.
collector-error-forbidden-title = The form could not be sent
collector-error-csrf = The form expired or did not come from this page. Reload the page and send it again.
collector-error-origin = The form came from another site and, for security, it was not accepted. Open it from this page and send it again.
collector-error-try-again = Try again
collector-error-not-found-title = Page not found
collector-error-not-found = There is no campaign or page at this address. Check the code or go back to the list of campaigns.
collector-error-too-many-title = Too many attempts
collector-error-too-many = There were too many sign-in attempts from this connection. Wait a minute and try again.
collector-error-server-title = Something went wrong
collector-error-server = This could not be completed because of a server problem. Try again in a few minutes; if it keeps happening, tell this server's administrator.
