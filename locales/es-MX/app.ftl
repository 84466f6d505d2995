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
