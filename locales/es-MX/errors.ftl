# Errores que la app muestra. Las claves vienen de AppError.key (crates/core/src/api).

error-database-corrupt = No pudimos abrir el archivo donde se guarda tu avance porque parece dañado. No lo cambiamos ni lo borramos: sigue en { $path }. Pide a una persona adulta que lo revise o que lo mueva a otra carpeta, y luego vuelve a intentarlo.
error-database-too-new = El archivo de avance en { $path } fue creado por una versión más nueva de Ciberescudo. No lo cambiamos. Pide a una persona adulta que actualice la app en esta computadora.
error-database-unavailable = No pudimos abrir el archivo de avance en { $path } para leer y escribir. No lo cambiamos. Pide a una persona adulta que revise los permisos de la carpeta.
error-database-in-use = Ciberescudo ya está abierto en otra ventana de esta computadora. Usa esa ventana, o ciérrala y vuelve a intentarlo aquí. Tu avance está a salvo.
error-database-not-open = Tu avance todavía no está disponible. Vuelve a la pantalla de inicio e inténtalo otra vez.
error-database = Algo falló al guardar o leer tu avance. Inténtalo otra vez; si sigue pasando, avisa a una persona adulta.
error-not-found = No encontramos lo que buscabas.
error-profile-not-found = No encontramos ese perfil. Elige tu perfil otra vez.
error-lesson-not-found = No encontramos esa lección.
error-section-not-found = No encontramos esa parte de la lección.
error-question-not-found = No encontramos esa pregunta.
error-quiz-not-found = No encontramos ese cuestionario.
error-quiz-finished = Este cuestionario ya terminó. Puedes intentarlo de nuevo desde la lección.
error-quiz-incomplete = Todavía hay preguntas sin responder.
error-invalid-answer = Esa respuesta no es válida para esta pregunta. Elige otra vez.
error-nickname-empty = Escribe un apodo.
error-nickname-too-long = El apodo puede tener hasta { $max } letras.
error-nickname-invalid = El apodo tiene caracteres que no se pueden usar.
error-avatar-invalid = Elige uno de los dibujos.
error-activity-not-found = No encontramos esa actividad.
