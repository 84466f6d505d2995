## Ciberescudo: textos de la interfaz, en español de México (el idioma de origen).
## Los mensajes de error que llegan del programa viven en errors.ftl (claves error-*).

app-name = Ciberescudo
loading = Cargando…
back-to-lessons = Volver a las lecciones
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
home-other-bands = Otras edades
home-other-bands-intro = También puedes leer las lecciones pensadas para otras edades.
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
