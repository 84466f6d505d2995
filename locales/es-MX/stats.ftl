## Estadísticas de campaña (en la sección para personas adultas): contadores anónimos
## que una persona adulta puede decidir enviar cada semana al servidor de una campaña.

stats-title = Estadísticas de campaña
stats-section-intro = Si tu escuela o tu comunidad participa en una campaña de Ciberescudo, puedes ayudarle a saber cómo va enviándole cada semana contadores anónimos. Están apagadas hasta que tú las actives.
stats-open = Abrir las estadísticas de campaña
stats-back = Volver a la sección para personas adultas
stats-intro = Algunas campañas (de una escuela, una secretaría de educación o una organización) quieren saber qué lecciones se usan y qué preguntas cuestan más trabajo, para mejorar lo que enseñan. Si te dieron los datos de una, aquí puedes enviarle cada semana contadores anónimos de lo que se hizo en esta computadora. Tú decides: están apagadas hasta que las actives, y puedes desactivarlas cuando quieras.

## Qué se envía y qué nunca

stats-explainer-title = Qué se envía y qué nunca se envía
stats-sent-title = Lo que se envía, una vez por semana
stats-sent-intro = Por cada grupo de edad que usó Ciberescudo esa semana, un reporte con:
stats-sent-campaign = El código de la campaña.
stats-sent-week = La semana, por ejemplo «semana 48 de 2026». Nunca el día ni la hora.
stats-sent-band = El grupo de edad: 8 a 11 años, 12 a 14, 15 a 17 o personas adultas.
stats-sent-state = El estado, solo si lo eliges.
stats-sent-lessons = Por cada lección: cuántas personas la terminaron por primera vez, cuántas veces se hizo su cuestionario, cuántas de esas veces se aprobó (con 70 % o más de respuestas correctas) y cuántas actividades se terminaron.
stats-sent-questions = Por cada pregunta de los cuestionarios: cuántas personas la respondieron en su primer intento y cuántas acertaron.
stats-sent-key = Un número al azar, distinto en cada reporte, para que el servidor reconozca un reporte repetido y nunca lo cuente dos veces.
stats-never-title = Lo que nunca se envía
stats-never-names = Nombres ni apodos.
stats-never-answers = Las respuestas, ni nada de lo que alguien escriba.
stats-never-who = Quién hizo qué: solo van totales, sin decir de quién son.
stats-never-when = Días ni horas exactas.
stats-never-where = Nada que identifique a esta computadora o a la escuela.
stats-how-title = Cómo funciona
stats-how-after = El reporte se arma solo con lo que se hizo en esta computadora después de activar las estadísticas. Las semanas anteriores nunca se envían.
stats-how-wait = Cada reporte espera un día en la lista antes de salir solo, para que puedas revisarlo y, si quieres, borrarlo. «Enviar ahora» los envía en ese momento.
stats-how-off = Si desactivas las estadísticas, se borran todos los reportes que todavía no se envían.
stats-how-address = Como cualquier servidor de internet, el de la campaña puede ver la dirección de internet de la conexión. El servidor de campañas de Ciberescudo no la guarda.

## Activarlas

stats-form-title = Activar las estadísticas
stats-form-intro = Escribe la dirección del servidor y el código que te dio quien organiza la campaña. Antes de guardar nada, Ciberescudo comprueba con ese servidor que la campaña existe y está abierta.
stats-server-label = Dirección del servidor de la campaña
stats-server-hint = Por ejemplo: estadisticas.ejemplo.mx
stats-campaign-label = Código de la campaña
stats-campaign-hint = Tiene 8 letras y números, por ejemplo K7MD-Q4TW.
stats-state-label = Estado
stats-state-hint = Es opcional. Le ayuda a la campaña a saber en qué estados se usa Ciberescudo.
stats-state-none = Prefiero no decirlo
stats-turn-on = Comprobar y activar
stats-checking = Comprobando con el servidor… Puede tardar hasta medio minuto.
stats-turned-on = Listo: las estadísticas están activadas para la campaña «{ $name }».
stats-turned-off = Listo: las estadísticas están desactivadas y se borraron los reportes que esperaban.

## Activadas

stats-on-title = Las estadísticas están activadas
stats-on-campaign = Campaña
stats-on-campaign-value = { $name } (código { $code })
stats-on-server = Servidor
stats-on-state = Estado
stats-no-state = Sin estado
stats-on-since = Activadas desde
stats-on-last-sent = Último envío
stats-never-sent = Todavía no se ha enviado ningún reporte.
stats-problem-label = Hubo un problema:
stats-problem-unreachable = No se pudo llegar al servidor de la campaña: tal vez no hay internet o el servidor está apagado. Se volverá a intentar solo; no tienes que hacer nada.
stats-problem-timeout = El servidor de la campaña tardó demasiado en contestar. Se volverá a intentar solo más tarde.
stats-problem-server-busy = El servidor de la campaña está ocupado o en mantenimiento. Se volverá a intentar solo más tarde.
stats-problem-not-a-collector = En la dirección del servidor contestó algo que no es un servidor de campañas de Ciberescudo. Se seguirá intentando. Si sigue pasando, pregunta a quien organiza la campaña si la dirección cambió; para usar otra, desactiva las estadísticas y vuelve a activarlas con la nueva.
stats-problem-campaign-unknown = El servidor ya no tiene ninguna campaña con este código. Los reportes que rechazó no se volverán a enviar; puedes borrarlos de la lista. Pregunta a quien organiza la campaña qué pasó.
stats-problem-campaign-closed = La campaña ya terminó y su servidor ya no recibe reportes. Los reportes que rechazó no se volverán a enviar; puedes borrarlos de la lista. Si ya no participas, desactiva las estadísticas.
stats-problem-week-outside-campaign = El servidor no aceptó un reporte porque su semana queda fuera de las fechas de la campaña. Ese reporte no se volverá a enviar; puedes borrarlo de la lista.
stats-problem-week-not-accepted = El servidor no aceptó un reporte porque su semana ya es muy antigua, o porque según su reloj todavía no llega. Ese reporte no se volverá a enviar; puedes borrarlo de la lista. Revisa que la fecha y la hora de esta computadora sean correctas.
stats-problem-report-refused = El servidor rechazó un reporte. Ese reporte no se volverá a enviar; puedes borrarlo de la lista. Si pasa seguido, avísale a quien organiza la campaña.

## Los reportes en espera

stats-reports-title = Reportes en espera
stats-reports-intro = Abre un reporte para ver exactamente lo que se enviará. Si no quieres que salga, bórralo.
stats-no-reports = No hay reportes en espera.
stats-no-reports-hint = Cuando termine una semana en la que se usó Ciberescudo en esta computadora, su reporte aparecerá aquí.
stats-week = Semana del { $range }
stats-report-lessons =
    { $count ->
        [one] { $count } lección
       *[other] { $count } lecciones
    }
stats-report-retrying = No se pudo enviar; se volverá a intentar.
stats-report-send-after = Se enviará a partir del { $when }
stats-report-open = Ver
stats-report-delete = Borrar
stats-send-now = Enviar ahora
stats-send-now-hint = Envía en este momento los reportes en espera, sin esperar a que pase su día de revisión.
stats-sending = Enviando los reportes…
stats-sent-all = Listo: se enviaron los reportes.
stats-sent-not-all = No se pudieron enviar todos los reportes. En cada uno dice qué pasó.
stats-delete-title = ¿Borrar este reporte?
stats-delete-text = El reporte de la semana del { $range } ({ $band }) se borrará y nunca se enviará. Lo que se aprendió esa semana sigue guardado en esta computadora.
stats-delete-cancel = Cancelar
stats-delete-confirm = Sí, borrarlo
stats-deleted = Se borró el reporte de la semana del { $range } ({ $band }). Nunca se enviará.

## Desactivarlas

stats-turn-off = Desactivar las estadísticas
stats-turn-off-title = ¿Desactivar las estadísticas?
stats-turn-off-text =
    Esta computadora dejará de enviar reportes a la campaña «{ $name }». { $count ->
        [0] No hay reportes en espera.
        [one] El reporte que está en espera se borrará y nunca se enviará.
       *[other] Los { $count } reportes en espera se borrarán y nunca se enviarán.
    } Puedes volver a activarlas cuando quieras.
stats-turn-off-cancel = Cancelar
stats-turn-off-confirm = Sí, desactivarlas

## Un reporte, antes de que salga

stats-report-eyebrow = Reporte en espera
stats-report-campaign = Campaña: { $code }
stats-report-state = Estado: { $state }
stats-report-lessons-title = Lecciones
stats-col-lesson = Lección
stats-col-completed = La terminaron por primera vez
stats-col-attempts = Veces que se hizo el cuestionario
stats-col-passed = Aprobadas (70 % o más)
stats-col-activities = Actividades terminadas
stats-report-questions-title = Preguntas de los cuestionarios
stats-report-questions-intro = Solo cuenta el primer intento de cada persona.
stats-col-question = Pregunta
stats-col-answered = La respondieron
stats-col-right = Acertaron a la primera
stats-report-json-title = Exactamente lo que se enviará
stats-report-json-intro = Este es el reporte tal cual sale de esta computadora, letra por letra. Las lecciones y las preguntas van con su código de Ciberescudo, y «key» es el número al azar que evita que se cuente dos veces.
stats-report-delete-this = Borrar este reporte
stats-report-back = Volver a las estadísticas
