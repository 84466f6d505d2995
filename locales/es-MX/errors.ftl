# Errores que la app muestra. Las claves vienen de AppError.key (crates/core/src/api).

error-database-corrupt = No pudimos abrir el archivo donde se guarda tu avance porque parece dañado. No lo cambiamos ni lo borramos: sigue en { $path }. Pide a una persona adulta que lo revise o que lo mueva a otra carpeta, y luego vuelve a intentarlo.
error-database-too-new = El archivo de avance en { $path } fue creado por una versión más nueva de Ciberescudo. No lo cambiamos. Pide a una persona adulta que actualice la app en esta computadora.
error-database-unavailable = No pudimos abrir el archivo de avance en { $path } para leer y escribir. No lo cambiamos. Pide a una persona adulta que revise los permisos de la carpeta.
error-database-in-use = Ciberescudo ya está abierto en otra ventana de esta computadora. Usa esa ventana, o ciérrala y vuelve a intentarlo aquí. Tu avance está a salvo.
error-database-not-open = Tu avance todavía no está disponible. Vuelve a la pantalla de inicio e inténtalo otra vez.
error-database = Algo falló al guardar o leer tu avance. Inténtalo otra vez; si sigue pasando, avisa a una persona adulta.
error-backup-not-found = Esa copia de seguridad ya no está en la carpeta de copias. No se cambió nada.
error-backup-damaged = Esa copia de seguridad también está dañada y no se puede recuperar. No se cambió nada; prueba con otra copia.
error-backup-too-new = Esa copia de seguridad la hizo una versión más nueva de Ciberescudo. No se cambió nada. Actualiza la app para poder recuperarla.
error-database-not-damaged = El archivo de avance ya se puede abrir, así que no se cambió nada. Toca «Intentar de nuevo».
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
error-pin-format = El PIN debe tener de { $min } a { $max } números.
error-pin-mismatch = Los dos PIN no coinciden. Escríbelo otra vez.
error-pin-already-set = Ya hay un PIN en esta computadora. Escríbelo para entrar.
error-pin-not-set = Todavía no hay un PIN. Crea uno para entrar.
error-pin-wrong = Ese PIN no es correcto. { $tries_left ->
    [one] Queda un intento antes de tener que esperar.
   *[other] Quedan { $tries_left } intentos antes de tener que esperar.
}
error-pin-locked = Hubo demasiados intentos. Espera { $minutes ->
    [0] { $seconds ->
        [one] un segundo
       *[other] { $seconds } segundos
    }
    [one] un minuto
   *[other] { $minutes } minutos
} y vuelve a intentarlo.
error-adult-area-closed = La sección para personas adultas se cerró. Escribe el PIN para volver a entrar.
error-save-failed = No pudimos guardar el archivo ahí. Elige otra carpeta o revisa que haya espacio.
error-file-not-ours = { $file } no es un archivo de Ciberescudo de este tipo. No se importó nada.
error-file-damaged = { $file } está dañado o incompleto (quizá se copió a medias). No se importó nada; vuelve a exportarlo.
error-file-edited = { $file } fue modificado después de exportarse. No se importó nada; vuelve a exportarlo en la computadora de origen.
error-file-too-new = { $file } se hizo con una versión más nueva de Ciberescudo. No se importó nada; actualiza la app en esta computadora.
error-file-unknown-class = { $file } es de un grupo que no está en esta computadora. No se importó nada.
error-class-not-found = No encontramos ese grupo.
error-class-name-invalid = Escribe un nombre para el grupo, de hasta { $max } letras.
error-school-year-invalid = Escribe el ciclo escolar, de hasta { $max } letras (por ejemplo, 2026-2027).
error-roster-line-invalid = El apodo de la línea { $line } no se puede usar: revisa que no sea muy largo ni tenga caracteres raros.
error-open-failed = No pudimos leer ese archivo o carpeta. Revisa que la memoria USB siga conectada.
error-match-not-allowed = Solo se puede unir un perfil que alguien creó a mano (que no está en ningún grupo) con un estudiante de la lista de un grupo.
error-stats-server-invalid = Esa no es una dirección web. Escríbela como te la dio quien organiza la campaña, por ejemplo estadisticas.ejemplo.mx.
error-stats-server-not-secure = La dirección debe empezar con https:// para que los datos viajen cifrados. Solo la dirección de esta misma computadora puede usar http://.
error-stats-campaign-invalid = Ese no es un código de campaña. Tiene 8 letras y números, por ejemplo K7MD-Q4TW.
error-stats-state-invalid = Elige un estado de la lista, o deja «Prefiero no decirlo».
error-stats-server-unreachable = No pudimos comunicarnos con el servidor de la campaña. Revisa la conexión a internet y la dirección, o inténtalo más tarde. No se guardó nada.
error-stats-not-a-collector = En esa dirección responde algo que no es un servidor de campañas de Ciberescudo. Revisa la dirección. No se guardó nada.
error-stats-campaign-unknown = El servidor no tiene ninguna campaña con ese código. Revisa el código con quien organiza la campaña. No se guardó nada.
error-stats-campaign-not-open = Esa campaña no está recibiendo computadoras ahora: ya terminó o todavía no empieza. No se guardó nada.
error-stats-report-not-found = Ese reporte ya no está en espera: se envió o se borró.
