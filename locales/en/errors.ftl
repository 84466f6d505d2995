# Errors the app shows. Keys come from AppError.key (crates/core/src/api).

error-database-corrupt = We couldn't open the file where your progress is saved because it looks damaged. We did not change or delete it: it is still at { $path }. Ask an adult to check it or move it to another folder, then try again.
error-database-too-new = The progress file at { $path } was made by a newer version of Ciberescudo. We did not change it. Ask an adult to update the app on this computer.
error-database-unavailable = We couldn't open the progress file at { $path } for reading and writing. We did not change it. Ask an adult to check the folder's permissions.
error-database-in-use = Ciberescudo is already open in another window on this computer. Use that window, or close it and try again here. Your progress is safe.
error-database-not-open = Your progress isn't available yet. Go back to the start screen and try again.
error-database = Something went wrong while saving or reading your progress. Try again; if it keeps happening, tell an adult.
error-backup-not-found = That backup is no longer in the backups folder. Nothing was changed.
error-backup-damaged = That backup is damaged too and can't be restored. Nothing was changed; try another backup.
error-backup-too-new = That backup was made by a newer version of Ciberescudo. Nothing was changed. Update the app to restore it.
error-database-not-damaged = The progress file opens now, so nothing was changed. Press “Try again”.
error-not-found = We couldn't find what you were looking for.
error-profile-not-found = We couldn't find that profile. Pick your profile again.
error-lesson-not-found = We couldn't find that lesson.
error-section-not-found = We couldn't find that part of the lesson.
error-question-not-found = We couldn't find that question.
error-quiz-not-found = We couldn't find that quiz.
error-quiz-finished = This quiz is already finished. You can try it again from the lesson.
error-quiz-incomplete = Some questions still have no answer.
error-invalid-answer = That answer isn't valid for this question. Choose again.
error-nickname-empty = Type a nickname.
error-nickname-too-long = The nickname can have up to { $max } letters.
error-nickname-invalid = The nickname has characters that can't be used.
error-avatar-invalid = Pick one of the pictures.
error-activity-not-found = We couldn't find that activity.
error-pin-format = The PIN must be { $min } to { $max } digits.
error-pin-mismatch = The two PINs don't match. Type it again.
error-pin-already-set = This computer already has a PIN. Type it to come in.
error-pin-not-set = There is no PIN yet. Create one to come in.
error-pin-wrong = That PIN isn't right. { $tries_left ->
    [one] One try left before you have to wait.
   *[other] { $tries_left } tries left before you have to wait.
}
error-pin-locked = Too many tries. Wait { $minutes ->
    [0] { $seconds ->
        [one] one second
       *[other] { $seconds } seconds
    }
    [one] one minute
   *[other] { $minutes } minutes
} and try again.
error-adult-area-closed = The adults' area closed. Type the PIN to come back in.
error-save-failed = We couldn't save the file there. Choose another folder or check there is space.
error-file-not-ours = { $file } is not a Ciberescudo file of this kind. Nothing was imported.
error-file-damaged = { $file } is damaged or incomplete (perhaps it was only half copied). Nothing was imported; export it again.
error-file-edited = { $file } was changed after it was exported. Nothing was imported; export it again on the computer it came from.
error-file-too-new = { $file } was made by a newer version of Ciberescudo. Nothing was imported; update the app on this computer.
error-file-unknown-class = { $file } belongs to a class that is not on this computer. Nothing was imported.
error-class-not-found = We couldn't find that class.
error-class-name-invalid = Type a name for the class, up to { $max } characters.
error-school-year-invalid = Type the school year, up to { $max } characters (for example, 2026-2027).
error-roster-line-invalid = The nickname on line { $line } can't be used: check it isn't too long and has no odd characters.
error-open-failed = We couldn't read that file or folder. Check the USB stick is still plugged in.
error-match-not-allowed = Only a profile someone made by hand (in no class) can be matched, and only to a learner on a class's list.
error-stats-server-invalid = That isn't a web address. Type it as the campaign's organizers gave it to you, for example stats.example.org.
error-stats-server-not-secure = The address must start with https:// so the data travels encrypted. Only this computer's own address may use http://.
error-stats-campaign-invalid = That isn't a campaign code. It has 8 letters and digits, for example K7MD-Q4TW.
error-stats-state-invalid = Choose a state from the list, or leave "I'd rather not say".
error-stats-server-unreachable = We couldn't reach the campaign's server. Check the internet connection and the address, or try again later. Nothing was saved.
error-stats-not-a-collector = Something answers at that address, but it isn't a Ciberescudo campaign server. Check the address. Nothing was saved.
error-stats-campaign-unknown = The server has no campaign with that code. Check the code with the campaign's organizers. Nothing was saved.
error-stats-campaign-not-open = That campaign isn't taking computers now: it has ended or hasn't started yet. Nothing was saved.
error-stats-report-not-found = That report isn't waiting any more: it was sent or deleted.
