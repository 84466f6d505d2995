# Mensajes del validador de lecciones (`ciberescudo content check`) y
# etiquetas que el contenido toma de la app.

quiz-option-true = Verdadero
quiz-option-false = Falso

cli-check-ok = { $count ->
    [one] Se revisó { $count } lección: no hay problemas.
   *[other] Se revisaron { $count } lecciones: no hay problemas.
}
cli-check-failed = { $count ->
    [one] Se encontró { $count } problema.
   *[other] Se encontraron { $count } problemas.
}

cli-quiz-longest-right = Opción única: la respuesta correcta es la opción más larga en { $spanish } de { $questions } preguntas en español ({ $spanishPercent } %) y en { $english } en inglés ({ $englishPercent } %). La meta es 40 % o menos.
cli-quiz-true-share = Verdadero o falso: «verdadero» es la respuesta correcta en { $true } de { $questions } preguntas ({ $percent } %). La meta es entre 40 % y 60 %.

cli-quiz-unbalanced = Los cuestionarios se pueden adivinar sin entender: reescribe opciones o enunciados hasta cumplir las metas.

content-unreadable = No se pudo leer: { $detail }
content-no-lessons = No hay ninguna carpeta de lección aquí.
content-missing-file = Falta el archivo { $name }.
content-syntax = El archivo no es válido: { $detail }
content-id-mismatch = El id «{ $id }» debe ser igual al nombre de la carpeta, «{ $folder }».
content-bad-id = «{ $id }» no es un id válido: usa minúsculas, números y guiones (por ejemplo, «mi-seccion-1»).
content-unknown-topic = «{ $topic }» no es un tema del plan de estudios.
content-unknown-band = «{ $band }» no es un rango de edad; usa 8-11, 12-14, 15-17 o adults.
content-topic-band-mismatch = El tema «{ $topic }» no corresponde al rango de edad «{ $band }».
content-lesson-id-format = El id de esta lección debe ser «{ $expected }».
content-section-count = La lección tiene { $count } secciones; debe tener entre { $min } y { $max }.
content-duplicate-id = El id «{ $id }» está repetido.
content-question-count = El cuestionario tiene { $count } preguntas; debe tener entre { $min } y { $max }.
content-missing-question-kind = El cuestionario no tiene ninguna pregunta de tipo «{ $kind }».
content-unknown-question-kind = «{ $kind }» no es un tipo de pregunta; usa single, multiple o true-false.
content-option-count = La pregunta tiene { $count } opciones; debe tener entre { $min } y { $max }.
content-true-false-options = Las preguntas de verdadero o falso no llevan `options`: siempre son `true` y `false`.
content-missing-options = A esta pregunta le falta `options`.
content-unknown-answer = La respuesta «{ $id }» no es una de las opciones.
content-single-answer = Una pregunta de opción única necesita exactamente una respuesta correcta, y tiene { $count }.
content-multiple-answer = Una pregunta de opción múltiple necesita al menos una respuesta correcta y al menos una incorrecta.
content-true-false-answer = Una pregunta de verdadero o falso necesita exactamente una respuesta: «true» o «false».
content-bad-url = «{ $url }» no es una dirección web válida: debe empezar con https:// o http://, nombrar un sitio y no llevar usuario ni contraseña.
content-missing-text = { $what ->
    [section] Falta el texto de la sección «{ $id }» en { $file }.
    [question] Falta el texto de la pregunta «{ $id }» en { $file }.
    [option] Falta el texto de la opción «{ $id }» en { $file }.
    [source] Falta el texto de la fuente «{ $id }» en { $file }.
    [activity] Falta el texto de la actividad «{ $id }» en { $file }.
    [part] Falta el texto de la parte «{ $id }» en { $file }.
    [step] Falta el texto del paso «{ $id }» en { $file }.
    [choice] Falta el texto de la opción «{ $id }» en { $file }.
    [group] Falta el texto del grupo «{ $id }» en { $file }.
    [item] Falta el texto del elemento «{ $id }» en { $file }.
    [term] Falta el texto del término «{ $id }» en { $file }.
    [place] Falta el texto del lugar de ayuda «{ $id }» en { $file }.
   *[other] Falta el texto de «{ $id }» en { $file }.
}
content-extra-text = { $what ->
    [section] La sección «{ $id }» no está en lesson.toml.
    [question] La pregunta «{ $id }» no está en lesson.toml.
    [option] La opción «{ $id }» no está en lesson.toml.
    [source] La fuente «{ $id }» no está en lesson.toml.
    [activity] La actividad «{ $id }» no está en lesson.toml.
    [part] La parte «{ $id }» no está en lesson.toml.
    [step] El paso «{ $id }» no está en lesson.toml.
    [choice] La opción «{ $id }» no está en lesson.toml.
    [group] El grupo «{ $id }» no está en lesson.toml.
    [item] El elemento «{ $id }» no está en lesson.toml.
    [term] El término «{ $id }» no está en terms.toml.
    [place] El lugar de ayuda «{ $id }» no está en places.toml.
   *[other] «{ $id }» no está en lesson.toml.
}
content-true-false-option-text = La opción «{ $id }» es de verdadero o falso: lleva solo `explanation`, sin `text`.
content-missing-option-text = A la opción «{ $id }» le falta `text`.
content-empty-text = El texto de «{ $field }» está vacío.
content-word-count = El cuerpo de la lección tiene { $words } palabras; para { $band } debe tener entre { $min } y { $max }.
content-reading-ease = La facilidad de lectura es { $score }; para { $band } debe ser al menos { $min }. Usa oraciones más cortas y palabras más sencillas.
content-long-sentence = Esta oración tiene { $words } palabras; para 8-11 debe tener como máximo { $max }.

content-missing-activity = Las lecciones para estudiantes necesitan al menos una actividad.
content-unknown-reference = «{ $id }» no está definido aquí.
content-unknown-activity-kind = «{ $kind }» no es un tipo de actividad; usa spot-the-scam, what-would-you-do, sort-it o passphrase-lab.
content-activity-field-unused = El campo `{ $field }` no se usa en las actividades de tipo { $kind }.
content-activity-field-missing = A esta actividad de tipo { $kind } le falta el campo `{ $field }`.
content-unknown-channel = «{ $channel }» no es un canal; usa sms, chat, email o web.
content-part-count = El mensaje tiene { $count } partes; debe tener entre { $min } y { $max }.
content-suspicious-parts = Marca como sospechosa al menos una parte, pero no todas.
content-ending-with-choices = El paso «{ $id }» es un final, así que no puede tener opciones.
content-unknown-outcome = «{ $outcome }» no es un resultado; usa good, okay o risky.
content-step-without-ending = El paso «{ $id }» no tiene opciones ni está en `endings`.
content-unreachable-step = No se puede llegar al paso «{ $id }» desde el inicio.
content-no-good-ending = La historia necesita al menos un final «good».
content-group-count = La actividad tiene { $count } grupos; debe tener entre { $min } y { $max }.
content-item-count = La actividad tiene { $count } elementos; debe tener entre { $min } y { $max }.
content-empty-group = Ningún elemento va en el grupo «{ $id }».
content-missing-guide = Las lecciones para personas adultas necesitan una guía `[guide]` para platicar en casa.
content-unexpected-guide = Solo las lecciones para personas adultas llevan `[guide]`.
content-guide-question-count = La guía tiene { $count } preguntas; debe tener entre { $min } y { $max }.

content-bad-form = «{ $form }» no sirve como forma del glosario: escríbela en minúsculas y sin espacios al principio o al final.
content-bad-date = «{ $date }» no es una fecha válida; usa el formato AAAA-MM-DD.
content-unknown-serves = «{ $serves }» no dice a quién atiende este lugar: usa "country" (todo el país), "world" (desde cualquier país) o la clave INEGI de un estado, de "01" a "32".
content-plan-minutes = El plan de clase suma { $minutes } minutos; sus cinco partes deben sumar { $expected } y ninguna puede durar 0.
content-plan-field-missing = Al plan de clase le falta `{ $field }`.
content-plan-field-unused = `{ $field }` no va en esta parte del plan de clase: solo la apertura lleva `question` y solo la discusión lleva `questions`.
content-plan-question-count = La discusión tiene { $count } preguntas; debe tener entre { $min } y { $max }.
content-plan-differs = Los planes de clase en español y en inglés no coinciden en `{ $field }`.
content-unexpected-plan = Las lecciones para personas adultas no llevan plan de clase.

passphrase-tip-start = Escribe tres o cuatro palabras que no tengan nada que ver entre sí.
passphrase-tip-common = Esa es una contraseña muy usada: alguien la probaría primero.
passphrase-tip-names = Los nombres solos son fáciles de adivinar. Júntalos con otras palabras.
passphrase-tip-dates = Las fechas y los años son fáciles de adivinar. Mejor usa palabras.
passphrase-tip-more-words = Agrega más palabras: entre más larga, más difícil de adivinar.
passphrase-tip-patterns = Evita patrones como «123», «aaa» o filas del teclado.
passphrase-tip-unusual-words = Prueba con palabras más raras o que no vayan juntas.
passphrase-tip-strong = ¡Muy bien! Esta frase es difícil de adivinar. La tuya de verdad, guárdala en secreto.

cli-no-data-dir = No se encontró la carpeta de datos de la app. Indícala con --data-dir.
cli-no-database = No hay un archivo de avance en { $path }. Revisa la carpeta con --data-dir.
cli-pin-cleared = Se borró el PIN de la sección para personas adultas. El avance de cada estudiante sigue igual. La próxima persona adulta que entre creará un PIN nuevo.
cli-pin-none = No había un PIN en esta computadora; no se cambió nada.
cli-database-in-use = Ciberescudo está abierto. Ciérralo y vuelve a ejecutar este comando.
cli-database-refused = No se pudo abrir el archivo de avance: { $detail }
cli-class-line = { $name } ({ $year }): { $learners ->
    [one] 1 estudiante
   *[other] { $learners } estudiantes
} · { $uid }
cli-class-imported = Grupo «{ $name }» listo en esta computadora: { $added ->
    [one] 1 estudiante nuevo
   *[other] { $added } estudiantes nuevos
} y { $known ->
    [one] 1 que ya estaba
   *[other] { $known } que ya estaban
}.
cli-class-unknown = No hay un grupo «{ $class }» en esta computadora. Revisa la lista con: ciberescudo class list
cli-progress-imported = { $file }: se agregaron { $attempts ->
    [one] 1 cuestionario
   *[other] { $attempts } cuestionarios
}, { $answers ->
    [one] 1 respuesta
   *[other] { $answers } respuestas
} y { $activities ->
    [one] 1 actividad
   *[other] { $activities } actividades
}.
cli-file-saved = Se guardó { $file }
cli-file-unreadable = No se pudo leer { $file }: { $detail }
cli-file-unwritable = No se pudo guardar { $file }: { $detail }

# Columnas de los archivos CSV de un grupo (docs/class-files.md).
csv-learner = Estudiante
csv-band = Edad
csv-lesson-id = Clave de la lección
csv-lesson = Lección
csv-topic = Tema
csv-status = Estado
csv-best-score = Mejor resultado
csv-questions = Preguntas
csv-best-percent = Mejor porcentaje
csv-quiz-attempts = Intentos del cuestionario
csv-activities-done = Actividades hechas
csv-last-activity = Última actividad
csv-question = Pregunta
csv-learners-answered = Estudiantes que respondieron
csv-right-first-try = Correctas al primer intento
csv-right-percent = Porcentaje correcto al primer intento
csv-most-chosen-wrong = Respuesta incorrecta más elegida
csv-chosen-by = Elegida por
csv-status-not-started = Sin empezar
csv-status-in-progress = En curso
csv-status-done = Terminada
csv-file-class = grupo
csv-file-hardest = preguntas-dificiles
