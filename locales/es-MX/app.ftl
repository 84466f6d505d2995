## Ciberescudo: textos de la interfaz, en español de México (el idioma de origen).
## Los mensajes de error que llegan del programa viven en errors.ftl (claves error-*).

app-name = Ciberescudo
loading = Cargando…
back-to-lessons = Volver a las lecciones
back-to-lesson = Volver a la lección
load-failed = No pudimos cargar esta parte. Tu avance está a salvo.
load-failed-retry = Intentar de nuevo

## Aviso de error (se puede cerrar y la app sigue funcionando)

alert-dismiss = Cerrar aviso
app-error-unexpected = Algo salió mal. Inténtalo de nuevo; tu avance está a salvo.

## Cambio de idioma

language-switch-label = Idioma
language-es-MX = Español
language-en = English
language-long-es-MX = Español (México)
language-long-en = English

## Arranque: cuando no se puede abrir el archivo de avance

startup-error-title = No pudimos abrir Ciberescudo
store-error-title = No pudimos abrir el archivo de tu avance
store-error-untouched = Tu archivo de avance está a salvo: no lo cambiamos ni lo borramos.
store-error-location = El archivo está aquí:
startup-error-retry = Intentar de nuevo
startup-error-retrying = Intentando…
startup-error-still = Todavía no se puede abrir. Puedes intentarlo otra vez cuando quieras.
store-backup-offer = Hay una copia de seguridad automática del { $date }. Con ella recuperas el avance de esta computadora tal como estaba ese día.
store-backup-restore = Recuperar la copia del { $date }
store-backup-title = ¿Recuperar la copia del { $date }?
store-backup-summary = Se usará la copia del { $date } en lugar del archivo dañado. Lo que se guardó después de ese día no está en la copia. El archivo dañado no se borra: se guarda aparte, en la misma carpeta, con la fecha y la hora en su nombre.
store-backup-cancel = Cancelar
store-backup-confirm = Sí, recuperar la copia
store-backup-restored = Listo: se recuperó la copia del { $date }.
store-backup-kept = El archivo dañado se guardó aparte como «{ $file }», en la misma carpeta. No se borró.
store-backup-continue = Continuar

## ¿Quién eres?

profiles-title = ¿Quién eres?
profiles-intro = Elige tu perfil para seguir donde te quedaste.
profiles-empty = Todavía no hay perfiles. Crea el tuyo para empezar.
profiles-new = Nuevo perfil

## Nuevo perfil

profile-form-title = Nuevo perfil
profile-form-nickname = Tu apodo
profile-form-nickname-hint = Con un apodo basta: no hace falta tu nombre real.
profile-form-nickname-missing = Escribe un apodo para tu perfil.
profile-form-nickname-too-long = Tu apodo puede tener hasta { $max } caracteres.
profile-form-avatar = Elige tu avatar
profile-form-band = ¿Cuántos años tienes?
profile-form-band-missing = Elige tu grupo de edad.
profile-form-language = Idioma
profile-form-submit = Crear perfil
profile-form-cancel = Volver

band-8-11 = 8 a 11 años
band-12-14 = 12 a 14 años
band-15-17 = 15 a 17 años
band-adults = Personas adultas

avatar-fox = Zorro
avatar-panda = Panda
avatar-turtle = Tortuga
avatar-owl = Búho
avatar-octopus = Pulpo
avatar-unicorn = Unicornio
avatar-bee = Abeja
avatar-dolphin = Delfín
avatar-lion = León
avatar-frog = Rana
avatar-rocket = Cohete
avatar-cactus = Cactus

## Inicio

home-greeting = ¡Hola, { $nickname }!
home-change-profile = Cambiar de perfil
home-own-band = Para ti: { $band }
home-no-lessons = Todavía no hay lecciones para esta edad.
home-more-topics = Más temas
home-more-topics-intro = Lecciones de otros temas, pensadas para otras edades.
home-other-ages = Otras edades ({ $count })
lesson-status-new = Nueva
lesson-status-in-progress = En curso
lesson-status-done = Terminada: { $score } de { $total }

## Lección

reader-step = Parte { $current } de { $total }
reader-nav-label = Partes de la lección
reader-previous = Anterior
reader-next = Siguiente
reader-start-quiz = Hacer el cuestionario
reader-sources = Fuentes
reader-source-checked = Consultada el { $date }

## Cuestionario

quiz-title = Cuestionario: { $title }
quiz-progress = Pregunta { $current } de { $total }
quiz-hint-single = Elige una respuesta.
quiz-hint-multiple = Elige todas las respuestas correctas.
quiz-check = Revisar mi respuesta
quiz-correct = ¡Correcto!
quiz-not-quite = Esta vez no. Mira por qué:
quiz-previous = Pregunta anterior
quiz-next = Siguiente pregunta
quiz-see-results = Ver mis resultados
feedback-option-right = Correcta
feedback-option-wrong = Incorrecta
feedback-option-chosen = Tu respuesta

## Resultados

result-title = Tus resultados
result-score = Acertaste { $score } de { $total }
result-percent = { $percent } de respuestas correctas
result-cheer =
    { $level ->
        [perfect] ¡Lo lograste! Respondiste todo bien.
        [good] ¡Muy bien! Ya sabes mucho de este tema.
       *[other] ¡Buen intento! Repasa las respuestas y vuelve a intentarlo cuando quieras.
    }
result-mistakes-title =
    { $count ->
        [one] Repasa esta pregunta
       *[other] Repasa estas { $count } preguntas
    }
result-you-chose = Elegiste:
result-nothing-chosen = No respondiste esta pregunta.
result-right-answer =
    { $count ->
        [one] Respuesta correcta:
       *[other] Respuestas correctas:
    }
result-why = Por qué:
result-retry = Intentar el cuestionario otra vez

## Temas del plan de estudios (inicio)

topic-passwords = Contraseñas y cuentas
topic-privacy = Tus datos y tu privacidad
topic-scams = Fraudes y engaños
topic-kindness = Respeto y ciberacoso
topic-strangers = Personas que no conoces
topic-misinformation = ¿Verdad o mentira?
topic-wellbeing = Uso sano de las pantallas
topic-devices = Dispositivos y redes
topic-rights = Tus derechos en internet
topic-ai = Inteligencia artificial
topic-harmful-content = Cosas que no querías ver
topic-family-talk = Platicar en familia
topic-family-settings = Controles y configuración
topic-family-warning-signs = Señales de alerta
topic-family-scams = Fraudes contra las familias
topic-family-accounts = Las cuentas y los aparatos de la familia

## Encabezado: glosario y ayuda

header-tools-label = Glosario y ayuda
glossary-open = Glosario
help-open = ¿Dónde pedir ayuda?
reference-back = Volver

## Palabras del glosario dentro de una lección

term-popover-label = Del glosario
term-popover-glossary = Ver en el glosario
term-popover-close = Cerrar
term-popover-missing = Esta palabra todavía no está en el glosario.
term-popover-failed = No pudimos abrir el glosario. Inténtalo de nuevo.

## Glosario

glossary-title = Glosario
glossary-intro = Las palabras de las lecciones, explicadas con calma.
glossary-filter = Busca una palabra
glossary-count =
    { $count ->
        [one] Se muestra { $count } palabra
       *[other] Se muestran { $count } palabras
    }
glossary-no-match = No encontramos «{ $query }». Prueba con otra palabra.
glossary-none = El glosario todavía está vacío.

## ¿Dónde pedir ayuda?

help-title = ¿Dónde pedir ayuda?
help-intro = No estás solo ni sola. Si algo en internet te preocupa, te hace sentir mal o te da miedo, no es tu culpa y puedes pedir ayuda. Primero, cuéntaselo a una persona adulta de confianza: alguien de tu familia o de tu escuela.
help-intro-adult = Estos lugares también escuchan y orientan a niñas, niños, adolescentes y familias.
help-emergency = Si tú o alguien más está en peligro ahora mismo, llama al { $phone }.
help-phone = Teléfono
help-web = Página web
help-source = Fuente: { $source } · revisado el { $date }
help-serves-country = Atiende en todo el país
help-serves-world = Atiende desde cualquier país
help-serves-state = Atiende solo en { $state }

## Actividades de una lección

activity-practice = ¡A practicar!
activity-start = Empezar
activity-try-again = Intentar otra vez
activity-kind-spot = Encuentra la trampa
activity-kind-story = ¿Qué harías?
activity-kind-sort = Ordénalo
activity-kind-passphrase = Laboratorio de frases secretas

## Encuentra la trampa

spot-hint = Toca cada parte que te parezca sospechosa. Si te equivocas, tócala otra vez para quitar la marca.
spot-channel =
    { $channel ->
        [sms] Mensaje de texto
        [chat] Mensaje de chat
        [email] Correo electrónico
       *[other] Página web
    }
spot-sms-label = Mensaje de texto
spot-email-from = De:
spot-email-subject = Asunto:
spot-marked = Sospechosa
spot-check = Revisar
spot-score = Encontraste { $caught } de { $suspicious } señales sospechosas
spot-false-alarms =
    { $count ->
        [one] También marcaste { $count } parte que no era sospechosa.
       *[other] También marcaste { $count } partes que no eran sospechosas.
    }
spot-perfect = ¡Lo lograste! Encontraste todas las señales.
spot-keep-going = Mira abajo qué tenía cada parte, y vuelve a intentarlo cuando quieras.
spot-part-quote = «{ $text }»
spot-review-title = Parte por parte
spot-part-suspicious = Era sospechosa
spot-part-fine = No era sospechosa
spot-part-marked = La marcaste
spot-part-not-marked = No la marcaste

## ¿Qué harías?

story-choices-label = ¿Qué haces?
story-your-choice = Tu elección
story-continue = Continuar
story-back = Regresar un paso
story-restart = Empezar de nuevo
story-ending-title =
    { $outcome ->
        [good] ¡Buen final!
        [okay] Un final a medias
       *[other] Un final arriesgado
    }
story-ending-hint =
    { $outcome ->
        [good] Tus decisiones te cuidaron. ¿Quieres ver a dónde llevan las otras opciones?
        [okay] Salió más o menos. Regresa un paso y prueba otra opción.
       *[other] No pasa nada: aquí se vale equivocarse. Regresa un paso y prueba otra opción.
    }

## Ordénalo

sort-hint = Arrastra cada tarjeta a su grupo, o elige el grupo en la lista de la tarjeta.
sort-pool-title = Por acomodar: { $count }
sort-pool-empty = ¡Ya acomodaste todo! Revisa cuando quieras.
sort-goes-in = Va en:
sort-choose-group = Elige un grupo
sort-check = Revisar
sort-check-hint = Acomoda todas las tarjetas para poder revisar.
sort-score = Acomodaste bien { $right } de { $total }
sort-perfect = ¡Todo en su lugar!
sort-keep-going = Mira abajo dónde va cada cosa, y vuelve a intentarlo cuando quieras.
sort-item-right = ¡Bien! Va en «{ $group }».
sort-item-wrong = Va en «{ $group }».

## Laboratorio de frases secretas

passphrase-not-saved = Lo que escribes aquí no se guarda ni sale de esta computadora. Practica con una frase inventada, no con tu contraseña de verdad.
passphrase-label = Escribe una frase de práctica
passphrase-hint = Por ejemplo, junta tres o cuatro palabras que no tengan nada que ver entre sí.
passphrase-show = Mostrar lo que escribo
passphrase-empty = Escribe algo para ver qué tan difícil es de adivinar.
passphrase-score-0 = Muy fácil de adivinar
passphrase-score-1 = Fácil de adivinar
passphrase-score-2 = Se podría adivinar
passphrase-score-3 = Difícil de adivinar
passphrase-score-4 = Muy difícil de adivinar
passphrase-words =
    { $count ->
        [one] { $count } palabra
       *[other] { $count } palabras
    }
passphrase-done = Listo
passphrase-finished = ¡Listo! Tu frase de práctica quedó así: { $strength }.
passphrase-finished-kept = Solo guardamos qué tan difícil era de adivinar. La frase ya se borró.
passphrase-again = Probar otra frase

## Guía para platicar en casa (lecciones para personas adultas)

guide-open = Guía para platicar en casa
guide-eyebrow = Para platicar en casa
guide-print = Imprimir

## Mis intentos y repaso

attempts-open = Mis intentos
attempts-title = Mis intentos del cuestionario
attempts-empty = Todavía no terminas el cuestionario de esta lección. Cuando lo termines, aquí podrás repasar tus respuestas.
attempts-score = { $score } de { $total } correctas
review-title = Repaso de tu intento
review-all-title = Todas tus respuestas
review-correct = Respondiste bien
review-wrong = Esta no salió

## Para personas adultas: el PIN y los perfiles de esta computadora.
## Los niños y niñas solo ven el enlace discreto en «¿Quién eres?».

adult-link = Para personas adultas
adult-title = Para personas adultas
adult-door-create-title = Crea el PIN para personas adultas
adult-door-create-intro = Aquí se cambian y se borran los perfiles de esta computadora, y se organizan los grupos del laboratorio. Crea un PIN para que solo las personas adultas puedan entrar.
adult-door-enter-title = Escribe el PIN
adult-door-enter-intro = Esta sección es solo para personas adultas. Escribe el PIN para entrar.
adult-pin-label = PIN
adult-pin-new-label = Nuevo PIN
adult-pin-rules = Usa de { $min } a { $max } números. Solo las personas adultas deben saberlo: no se lo digas a niñas, niños ni adolescentes.
adult-pin-repeat-label = Escribe el PIN otra vez
adult-pin-create-submit = Crear el PIN y entrar
adult-pin-enter-submit = Entrar
adult-pin-forgot = Si alguien olvida el PIN, quien administra esta computadora puede borrarlo con esta orden y luego se crea uno nuevo. Los perfiles y su avance no se pierden:
adult-pin-reset-command = ciberescudo adult reset-pin
adult-door-back = Volver a los perfiles
adult-leave = Salir
adult-area-intro = Aquí puedes cambiar el apodo o la edad de cada perfil, guardar una copia de sus datos o borrarlo, organizar tus grupos del laboratorio y decidir si envías estadísticas anónimas a una campaña.
adult-area-closes = Cuando termines, toca «Salir». Si nadie usa esta sección durante { $minutes ->
        [one] un minuto
       *[other] { $minutes } minutos
    }, se cierra sola.
adult-profiles-title = Perfiles en esta computadora
adult-profiles-empty = Todavía no hay perfiles en esta computadora.
adult-edit-open = Cambiar apodo o edad
adult-edit-nickname = Apodo
adult-edit-band = Grupo de edad
adult-edit-save = Guardar cambios
adult-edit-cancel = Cancelar
adult-edit-saved = Listo: se guardaron los cambios.
adult-export = Guardar una copia de sus datos
adult-export-saved = Se guardó como { $file }
adult-delete = Borrar perfil
adult-delete-title = ¿Borrar el perfil «{ $nickname }»?
adult-delete-summary =
    Se borrará el perfil «{ $nickname }» con { $lessons ->
        [one] { $lessons } lección empezada
       *[other] { $lessons } lecciones empezadas
    }, { $quizzes ->
        [one] { $quizzes } cuestionario terminado
       *[other] { $quizzes } cuestionarios terminados
    }, { $answers ->
        [one] { $answers } respuesta
       *[other] { $answers } respuestas
    } y { $activities ->
        [one] { $activities } actividad
       *[other] { $activities } actividades
    }. No se puede deshacer.
adult-delete-summary-empty = Se borrará el perfil «{ $nickname }». Todavía no tiene avance guardado. No se puede deshacer.
adult-delete-cancel = Cancelar
adult-delete-confirm = Sí, borrar el perfil
adult-deleted = Se borró el perfil «{ $nickname }».
adult-classes-title = Grupos

## Copias de seguridad automáticas del avance de esta computadora, en la sección para personas adultas.

backups-title = Copias de seguridad
backups-intro = Cada día que se abre Ciberescudo se guarda una copia de todo lo de esta computadora: perfiles, avance, grupos y el PIN. Se conservan { $keep ->
        [one] la más reciente
       *[other] las { $keep } más recientes
    }. Si algo sale mal, puedes volver a una de ellas.
backups-empty = Todavía no hay copias. La primera se guarda la próxima vez que se abra la app.
backups-made = Copia del { $date }
backups-restore = Restaurar
backups-restore-label = Restaurar la copia del { $date }
backups-restore-title = ¿Restaurar la copia del { $date }?
backups-restore-summary = Todo lo de esta computadora (perfiles, avance, grupos y el PIN) volverá a como estaba el { $date }. Lo que se hizo después no está en esa copia. El archivo actual no se borra: se guarda aparte, en la misma carpeta, con la fecha y la hora en su nombre.
backups-restore-cancel = Cancelar
backups-restore-confirm = Sí, restaurar la copia
backups-restored = Se restauró la copia del { $date }.
backups-kept = El archivo que había se guardó aparte como «{ $file }», en la misma carpeta que el avance. No se borró.

## Grupos del laboratorio: el grupo, sus archivos para la memoria USB y su avance.

classes-intro = Para trabajar en el laboratorio sin internet: crea aquí tu grupo con la lista de tus estudiantes y guarda el archivo del grupo en una memoria USB. En cada computadora del laboratorio, entra a esta sección e importa ese archivo. Al terminar, guarda el avance de cada computadora y tráelo de vuelta a la tuya.
classes-empty = Todavía no hay grupos en esta computadora.
class-year = Ciclo escolar { $year }
class-learners =
    { $count ->
        [one] { $count } estudiante
       *[other] { $count } estudiantes
    }
class-open = Abrir el grupo
class-new-title = Nuevo grupo
class-new-name = Nombre del grupo
class-new-name-hint = Por ejemplo: 5° B, turno matutino
class-new-year = Ciclo escolar
class-new-year-hint = Por ejemplo: 2026-2027
class-new-submit = Crear el grupo
class-created = Listo: se creó el grupo «{ $name }».
class-import-title = ¿Esta es una computadora del laboratorio?
class-import-intro = Importa aquí el archivo del grupo que traes en la memoria USB. Sus estudiantes aparecerán en «¿Quién eres?» para que cada quien elija su perfil.
class-import = Importar un archivo de grupo
class-imported =
    Se importó el grupo «{ $name }» ({ $year }) con { $count ->
        [one] { $count } estudiante
       *[other] { $count } estudiantes
    }.
class-back = Volver a la sección para personas adultas
class-learners-title = Estudiantes del grupo
class-roster-title = Agregar estudiantes con una lista
class-roster-label = Apodos, uno por renglón
class-roster-hint = Usa apodos o nombres de pila, nunca nombres completos. Si un apodo ya está en el grupo, no se repite.
class-roster-band = Edad de estos estudiantes
class-roster-band-missing = Elige la edad de estos estudiantes.
class-roster-submit = Agregar la lista al grupo
class-roster-added =
    { $count ->
        [0] No se agregó a nadie nuevo.
        [one] Se agregó a { $names }.
       *[other] Se agregaron { $count } estudiantes: { $names }.
    }
class-roster-skipped =
    { $count ->
        [one] Un apodo ya estaba en el grupo y no se agregó otra vez.
       *[other] { $count } apodos ya estaban en el grupo y no se agregaron otra vez.
    }
class-add-title = Agregar un perfil de esta computadora
class-add-label = Perfil
class-add-submit = Agregar al grupo
class-add-none = Todos los perfiles de esta computadora ya están en el grupo.
class-added = Listo: «{ $nickname }» ya es parte del grupo.
class-match-title = Unir un perfil hecho a mano con su lugar en la lista
class-match-intro = Si alguien del grupo se hizo un perfil por su cuenta en esta computadora, únelo con su apodo de la lista. Así su avance llega a la computadora del maestro o la maestra.
class-match-hand-made = Perfil hecho a mano
class-match-roster = Estudiante de la lista
class-match-submit = Unir los perfiles…
class-match-none = Para unir perfiles, el grupo necesita estudiantes y esta computadora, algún perfil que no esté en el grupo.
class-match-dialog-title = ¿Unir «{ $handMade }» con «{ $roster }»?
class-match-dialog-text = Todo lo que «{ $handMade }» hizo en esta computadora (lecciones, cuestionarios y actividades) pasará a «{ $roster }», y el perfil «{ $handMade }» desaparecerá. Se hace una sola vez y no se puede deshacer.
class-match-cancel = Cancelar
class-match-confirm = Sí, unirlos
class-matched = Listo: el avance de «{ $handMade }» ahora es de «{ $roster }».
class-files-title = Archivos para el laboratorio
class-export-class = Guardar el archivo del grupo para las computadoras del laboratorio
class-export-class-hint = Cópialo a la memoria USB y, en cada computadora del laboratorio, elige «Importar un archivo de grupo». Guarda bien la memoria: ese archivo es la llave del grupo.
class-export-progress = Guardar el avance de esta computadora para el maestro o la maestra
class-export-progress-hint = Hazlo en cada computadora del laboratorio al terminar la clase. Guarda los archivos de todas las computadoras en una misma carpeta de la memoria USB.
class-import-progress = Importar los archivos de avance de una carpeta
class-import-progress-hint = En tu computadora, elige la carpeta con los archivos de avance. Si importas un archivo otra vez, no se repite nada.
class-export-csv = Guardar hoja de cálculo (CSV)
class-export-csv-hint = Son dos archivos para Excel o LibreOffice: el avance del grupo y las preguntas más difíciles.
class-saved = Se guardó como { $file }
class-saved-csv = Se guardaron { $first } y { $second }
class-import-results = Lo que pasó con cada archivo
class-import-no-files = No encontramos archivos de avance (.json) en esa carpeta.
class-file-merged =
    Se importaron { $learners ->
        [one] { $learners } estudiante nuevo
       *[other] { $learners } estudiantes nuevos
    }, { $attempts ->
        [one] { $attempts } intento de cuestionario
       *[other] { $attempts } intentos de cuestionario
    }, { $answers ->
        [one] { $answers } respuesta
       *[other] { $answers } respuestas
    } y { $activities ->
        [one] { $activities } actividad
       *[other] { $activities } actividades
    }.
class-file-nothing-new = Ya estaba todo importado: no había nada nuevo.
class-progress-title = Avance del grupo
class-filter-topic = Tema
class-filter-band = Edad
class-filter-all-topics = Todos los temas
class-filter-all-bands = Todas las edades
class-matrix-caption = Avance de { $name } por lección
class-matrix-learner = Estudiante
class-matrix-empty = Este grupo todavía no tiene estudiantes. Agrégalos con una lista.
class-matrix-no-lessons = Ninguna lección tiene ese tema para esa edad. Cambia los filtros.
class-learner-open = (ver su avance)
class-cell-not-started = Sin empezar
class-cell-in-progress = En curso
class-cell-done = Terminada
class-cell-score = { $score } de { $total }
class-cell-activities =
    { $count ->
        [one] { $count } actividad
       *[other] { $count } actividades
    }
class-learner-title = Avance de { $nickname }
class-learner-nothing = { $nickname } todavía no empieza ninguna lección.
class-learner-attempts =
    { $count ->
        [one] { $count } intento del cuestionario
       *[other] { $count } intentos del cuestionario
    }
class-learner-activities =
    { $count ->
        [one] { $count } actividad hecha
       *[other] { $count } actividades hechas
    } ({ $points } de { $total } puntos)
class-learner-show-attempts = Ver sus intentos
class-learner-close = Cerrar el avance de { $nickname }
class-review-who = Intento de { $nickname }
class-review-back = Volver al grupo
class-hardest-title = Las preguntas más difíciles
class-hardest-intro = Primero las que menos estudiantes respondieron bien a la primera. Solo cuenta a quienes respondieron cada pregunta, en las lecciones de los filtros de arriba.
class-hardest-right =
    Bien a la primera: { $right } de { $answered } { $answered ->
        [one] estudiante que la respondió
       *[other] estudiantes que la respondieron
    } ({ $percent })
class-hardest-wrong =
    Respuesta incorrecta más elegida: «{ $answer }» ({ $count ->
        [one] la eligió { $count } estudiante
       *[other] la eligieron { $count } estudiantes
    })
class-hardest-empty = Todavía nadie del grupo ha respondido un cuestionario de estas lecciones.
class-hardest-more = Ver todas ({ $count })

## Reporte del grupo para imprimir: una hoja con el resumen del grupo y una hoja corta
## para la familia de cada estudiante, sin comparar a nadie con nadie.

plans-open = Planes de clase
plans-open-hint = Un plan de 45 minutos para cada lección, con una variante para un salón sin computadoras y qué hacer si alguien te cuenta algo. Muestra las lecciones de los filtros de arriba.
plans-eyebrow = Para la maestra o el maestro
plans-title = Planes de clase
plans-intro = Elige una lección para ver su plan y, si quieres, imprimirlo.
plans-empty = Ninguna lección para estudiantes tiene ese tema para esa edad.
plans-back = Volver al grupo
plan-eyebrow = Plan de clase · { $band } · { $topic }
plan-length = Una clase de { $minutes } minutos
plan-objective = Objetivo
plan-steps = La clase, paso a paso
plan-step-minutes = { $minutes } min
plan-part-opening = Apertura
plan-part-lesson = La lección
plan-part-activity = La actividad
plan-part-discussion = Para discutir
plan-part-closing = Cierre
plan-opening-question = Pregunta para empezar
plan-offline = Sin computadoras
plan-disclosure = Si alguien te cuenta algo
plan-print = Imprimir el plan
plan-back = Volver a los planes

report-open = Imprimir reporte del grupo
report-open-hint = Una hoja con el resumen del grupo y las preguntas más difíciles, y una hoja para la familia de cada estudiante. El resumen usa la edad y el tema de los filtros de arriba.
report-preview-intro = Así se verá el reporte. Al imprimir, elige la opción de imprimir a un archivo si quieres guardarlo como PDF.
report-print = Imprimir
report-back = Volver al grupo
report-eyebrow = Reporte del grupo
report-printed = Impreso el { $date }
report-filters = Edad: { $band } · Tema: { $topic }
report-summary-title = Avance por lección
report-col-lesson = Lección
report-col-done = Terminaron
report-col-in-progress = En curso
report-col-not-started = Sin empezar
report-col-average = Promedio de quienes terminaron
report-no-lessons = Ninguna lección tiene ese tema para esa edad.
report-hardest-title = Las preguntas más difíciles
report-hardest-intro = Hasta 10 preguntas, primero las que menos estudiantes respondieron bien a la primera. Cada una dice cuántos estudiantes la respondieron.
report-learner-eyebrow = Para la familia · { $class }
report-learner-title = El avance de { $nickname } en Ciberescudo
report-done-title = Lecciones terminadas
report-done-score = { $score } de { $total } respuestas correctas
report-done-none = Todavía no termina ninguna lección. ¡Las de abajo son un buen comienzo!
report-next-title = Para practicar después
report-next-all-done = Ya terminó todas las lecciones para su edad.
report-cheer-start = Cada lección es un paso para cuidarse en internet. En casa pueden platicar de lo que va aprendiendo.
report-cheer-going = ¡{ $nickname } va por buen camino! Pregúntenle qué aprendió: contarlo en casa ayuda a recordarlo.
report-cheer-all-done = ¡{ $nickname } terminó todas sus lecciones! Vale la pena celebrarlo en familia.

## Reconocimiento para imprimir al terminar todas las lecciones de un tema (un festejo, no una calificación)

certificate-open = Imprimir tu reconocimiento
certificate-intro = Así se verá tu reconocimiento. Pídele a una persona adulta que te ayude a imprimirlo.
certificate-title = Reconocimiento
certificate-for = Este reconocimiento es para
certificate-reason = por terminar todas las lecciones de «{ $topic }».
certificate-cheer = ¡Felicidades! Ahora sabes más para cuidarte en internet. ¡Sigue así!
certificate-print = Imprimir
certificate-back = Volver a mis lecciones
