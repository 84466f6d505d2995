# Errors the app shows. Keys come from AppError.key (crates/core/src/api).

error-database-corrupt = We couldn't open the file where your progress is saved because it looks damaged. We did not change or delete it: it is still at { $path }. Ask an adult to check it or move it to another folder, then try again.
error-database-too-new = The progress file at { $path } was made by a newer version of Ciberescudo. We did not change it. Ask an adult to update the app on this computer.
error-database-unavailable = We couldn't open the progress file at { $path } for reading and writing. We did not change it. Ask an adult to check the folder's permissions.
error-database-in-use = Ciberescudo is already open in another window on this computer. Use that window, or close it and try again here. Your progress is safe.
error-database-not-open = Your progress isn't available yet. Go back to the start screen and try again.
error-database = Something went wrong while saving or reading your progress. Try again; if it keeps happening, tell an adult.
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
