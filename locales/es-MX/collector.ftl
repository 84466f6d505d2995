## Servidor de campañas (ciberescudo-collector): las páginas para quienes organizan una campaña.
## Estructura de todas las páginas

collector-site-name = Ciberescudo · Estadísticas de campaña
collector-skip-to-content = Ir al contenido
collector-nav-label = Menú principal
collector-nav-campaigns = Campañas
collector-logout = Cerrar sesión
collector-signed-in-as = Sesión iniciada como { $username }
collector-switch-language = English
collector-footer = Estadísticas anónimas: solo contadores semanales por edad y estado, sin nombres, correos ni direcciones.

## Iniciar sesión

collector-login-title = Iniciar sesión
collector-login-intro = Entra con la cuenta de organizador que te dio quien administra este servidor.
collector-login-username = Usuario
collector-login-password = Contraseña
collector-login-submit = Entrar
collector-login-failed = El usuario o la contraseña no son correctos. Revísalos e inténtalo de nuevo.
collector-logged-out = Cerraste tu sesión.

## Campañas

collector-campaigns-title = Campañas
collector-campaigns-intro = Cada campaña tiene un código. Las escuelas lo escriben en Ciberescudo para sumar sus estadísticas anónimas.
collector-campaigns-empty = Todavía no hay campañas. Crea la primera con el formulario de abajo.
collector-campaigns-caption = Campañas, de la más reciente a la más antigua
collector-col-campaign = Campaña
collector-col-code = Código
collector-col-starts = Inicio
collector-col-ends = Fin
collector-col-status = Situación
collector-campaign-upcoming = Por empezar
collector-campaign-open = Abierta
collector-campaign-closed = Terminada

## Nueva campaña

collector-create-title = Nueva campaña
collector-create-name = Nombre de la campaña
collector-create-name-hint = Por ejemplo: «Primarias de Puebla, otoño 2026». Las computadoras que se unan a la campaña verán este nombre: no pongas datos de nadie.
collector-create-starts = Fecha de inicio
collector-create-ends = Fecha de fin
collector-create-dates-hint = Las escuelas pueden unirse entre estas dos fechas (formato AAAA-MM-DD).
collector-create-submit = Crear campaña
collector-create-errors-title = Revisa el formulario:
collector-create-name-missing = Escribe un nombre para la campaña.
collector-create-name-too-long = El nombre puede tener hasta { $max } caracteres.
collector-create-starts-invalid = Escribe una fecha de inicio válida, como 2026-11-23.
collector-create-ends-invalid = Escribe una fecha de fin válida, como 2026-12-18.
collector-create-dates-reversed = La fecha de fin no puede ser anterior a la de inicio.
collector-created-title = Campaña creada
collector-created-intro = Este es el código de «{ $name }». Díctalo o escríbelo en el pizarrón para que las escuelas lo pongan en Ciberescudo:
collector-created-open = Ver las estadísticas de la campaña

## Tablero de una campaña

collector-dashboard-title = Estadísticas de «{ $name }»
collector-dashboard-code = Código de la campaña
collector-dashboard-dates = Del { $starts } al { $ends }
collector-back-to-campaigns = Volver a las campañas
collector-suppression-title = Cómo se protegen las cifras
collector-suppression-note = Para que nadie pueda reconocer a un grupo pequeño, los grupos de una misma semana, edad y estado con menos de { $threshold } lecciones completadas no se cuentan en ninguna cifra. Además, las cifras menores que { $threshold } se muestran como «<{ $threshold }» y las demás se redondean a la decena más cercana. Los porcentajes, el orden y las gráficas se calculan con esas cifras ya redondeadas, así que un total puede no coincidir exactamente con la suma de sus partes.

## Filtros

collector-filter-title = Filtrar las estadísticas
collector-filter-from = Desde la semana
collector-filter-to = Hasta la semana
collector-filter-band = Edad
collector-filter-state = Estado
collector-filter-lesson = Lección
collector-filter-from-any = Desde el principio
collector-filter-to-any = Hasta el final
collector-filter-band-any = Todas las edades
collector-filter-state-any = Todos los estados
collector-filter-lesson-any = Todas las lecciones
collector-filter-apply = Aplicar filtros
collector-filter-clear = Quitar filtros
collector-filter-errors-title = No pudimos aplicar estos filtros:
collector-filter-bad-week = Una de las semanas no es válida. Elige una de la lista, con el formato 2026-W48.
collector-filter-bad-band = La edad elegida no existe. Elige una de la lista.
collector-filter-bad-state = El estado elegido no existe. Elige uno de la lista.
collector-filter-bad-lesson = La lección elegida no es válida. Elige una de la lista.
collector-filter-reversed = La semana inicial es posterior a la semana final.

## Secciones del tablero

collector-total-completed = Lecciones completadas
collector-by-week-title = Lecciones completadas por semana
collector-by-week-chart-desc = Gráfica de barras con las lecciones completadas en cada semana, de { $from } a { $to }. Las mismas cifras están en la tabla de al lado.
collector-by-week-empty = No hay semanas con estos filtros.
collector-by-band-title = Por edad
collector-by-state-title = Por estado
collector-by-lesson-title = Por lección
collector-by-lesson-empty = Con estos filtros, ninguna lección tiene cifras que se puedan mostrar.
collector-hardest-title = Preguntas más difíciles
collector-hardest-intro = Las preguntas con menor porcentaje de respuestas correctas al primer intento (hasta 10). Solo aparecen las que tienen cifras que se pueden mostrar.
collector-hardest-empty = Con estos filtros, todavía no hay preguntas con cifras que se puedan mostrar.
collector-all-questions = Todas las preguntas con cifras
collector-download-csv = Descargar en CSV: { $table }
collector-percent = { $value } %
collector-no-share = —

## Columnas de las tablas y de los archivos CSV

collector-col-week = Semana
collector-col-week-starts = Lunes de la semana
collector-col-band = Edad
collector-col-state = Estado
collector-col-state-code = Clave INEGI
collector-col-lesson = Lección
collector-col-question = Pregunta
collector-col-completed = Lecciones completadas
collector-col-quiz-attempts = Intentos de cuestionario
collector-col-quiz-passed = Cuestionarios aprobados
collector-col-activities = Actividades hechas
collector-col-answered = Veces respondida
collector-col-first-try-right = Correctas al primer intento
collector-col-first-try-share = Correctas al primer intento (%)

## Edades

collector-band-8-11 = 8 a 11 años
collector-band-12-14 = 12 a 14 años
collector-band-15-17 = 15 a 17 años
collector-band-adults = Personas adultas


## Páginas de error

collector-error-home = Ir al inicio
collector-error-bad-request-title = No pudimos entender la solicitud
collector-error-bad-request = No pudimos leer lo que envió el navegador. Vuelve a cargar la página e inténtalo de nuevo.
collector-error-forbidden-title = No se pudo enviar el formulario
collector-error-csrf = El formulario caducó o no salió de esta página. Vuelve a cargar la página y envíalo otra vez.
collector-error-origin = El formulario llegó desde otro sitio y, por seguridad, no lo aceptamos. Ábrelo desde esta página y envíalo otra vez.
collector-error-try-again = Volver a intentarlo
collector-error-not-found-title = No encontramos esta página
collector-error-not-found = No existe una campaña ni una página con esa dirección. Revisa el código o vuelve a la lista de campañas.
collector-error-too-many-title = Demasiados intentos
collector-error-too-many = Hubo demasiados intentos de entrar desde esta conexión. Espera un minuto e inténtalo de nuevo.
collector-error-server-title = Algo salió mal
collector-error-server = No pudimos completar esta acción por un problema del servidor. Inténtalo de nuevo en unos minutos; si sigue pasando, avisa a quien administra el servidor.
