# Spanish. The same messages and arguments as en.ftl (its comments say what each is for).

## The page

language = Idioma
inputs_heading = Entradas
jobs_heading = Historial
current_heading = Resultado
result_placeholder = Aquí aparecerán tu trabajo y su resultado: completa las entradas y pulsa «Generar».
open_settings = Ajustes
close = Cerrar
fix_in_settings = Abrir ajustes
token_chip = Token ✓ …{ $end }
token_chip_unsendable = Token ⚠ …{ $end }
filled_from_link = El formulario se ha rellenado desde un enlace compartido. Revísalo y pulsa «Generar».

## Settings

settings_heading = Ajustes
api_token = Token de API
token_placeholder = Pega tu token de API de RunComfy
show = Mostrar
hide = Ocultar
token_help = Desde tu perfil de RunComfy. Solo se envía a la base de API de abajo, en la cabecera Authorization.
remember_token = Recordar en este dispositivo
forget_token = Olvidar el token
api_base = URL base de la API
reset = Restablecer
api_base_help = Si el navegador bloquea las llamadas a RunComfy (CORS), no se ha enviado ni cobrado nada: indica aquí un proxy en el mismo sitio que sirve esta página, que reenvíe las llamadas a RunComfy.
proxy_recipe = Cómo alojar un proxy (README, Hosting)
use_site_proxy = Usar el proxy /runcomfy de este sitio
welcome_token = Pega tu token de API de RunComfy
welcome_where = Lo encontrarás en tu cuenta de RunComfy, en «Profile».
welcome_stays = Se queda en este navegador y solo va a la API de RunComfy, en la cabecera Authorization: nunca en un enlace, un registro ni el historial.
use_token = Usar este token
notify_ask = Avisarme cuando termine un trabajo
notify_on = Notificaciones activadas
notify_help = Si un trabajo termina mientras esta pestaña está en segundo plano, cambia el título de la pestaña; con las notificaciones activadas, también te avisa el sistema.
storage_damaged = Algunos datos guardados en este dispositivo no se pudieron leer (dañados o de otra versión) y se han omitido.
part_not_loaded = No se pudo cargar una parte de la aplicación. Comprueba tu conexión y vuelve a cargar la página: tus datos y tus trabajos se conservan.
storage_file_too_large = Un archivo local es demasiado grande para conservarlo al recargar; se mantiene mientras esta pestaña esté abierta.
storage_unavailable = Este navegador no deja que la aplicación guarde nada (almacenamiento lleno o desactivado): funciona, pero lo olvida todo al cerrar la pestaña.
storage_full = El almacenamiento de este sitio en este dispositivo está lleno: { $what } no se pudo guardar y se perdería al cerrar esta pestaña.
storage_free = Liberar { $size } (datos apartados por ilegibles, formularios recordados de otros modelos) y guardar de nuevo
storage_part_history = el historial de trabajos
storage_part_sets = las series
storage_part_models = los modelos añadidos
storage_part_form = el formulario
storage_part_queue = la cola de imágenes
storage_part_settings = los ajustes
file_not_kept = Este archivo no se guarda en este dispositivo: el espacio del navegador para este sitio está lleno. Se queda mientras esta pestaña esté abierta.
make_room_file = { $count ->
    [one] Eliminar el resultado guardado más antiguo ({ $size }) y guardar este archivo
   *[other] Eliminar los { $count } resultados guardados más antiguos ({ $size }) y guardar este archivo
}

## Model

model_heading = Modelo
model_picker = Modelo
form_is_for = El formulario de abajo es para{ " " }
models_used = Modelos usados
built_in = { " " }(integrado)
other_model = Usar otro modelo de RunComfy
model_id = ID del modelo
input_schema = Esquema de entrada (JSON)
input_schema_help = El esquema de entrada del modelo, de su página de API en RunComfy, en el mismo formato: properties, required, validations.
search_models = Buscar modelos de RunComfy por nombre
category = Categoría
all_categories = Todas las categorías
more_models = Más modelos ({ $shown } de { $total } mostrados)
no_models_found = Ningún modelo de RunComfy coincide con esta búsqueda.
loading_models = Cargando modelos…
catalog_needs_token = Pega tu token de API para explorar los modelos de RunComfy. El Wan 2.2 integrado siempre funciona.
catalog_failed = No se pudieron cargar los modelos de RunComfy. { $reason }
per_second = { $usd }/s
per_run = { $usd }/ejecución
job_cost = Coste { $usd }
total_cost = Coste de los trabajos listados: { $usd }
variations = Variaciones
variations_help = Cada variación es un trabajo propio, con su propia semilla.
set_summary = { $count } variaciones: { $sent } enviadas{ $waiting ->
    [0] { "" }
   *[other] , { $waiting } en espera
}{ $not_sent ->
    [0] { "" }
   *[other] , { $not_sent } sin enviar
}
cancel_all_queued = Cancelar todas las en cola
send_not_sent = { $count ->
    [one] Enviar la que no se envió
   *[other] Enviar las { $count } sin enviar
}
resend_question = La página se cerró mientras se enviaba un trabajo de esta serie: puede que RunComfy lo haya iniciado. Revisa tus solicitudes de RunComfy. ¿Enviar de todos modos los trabajos sin enviar?
set_waits = RunComfy ha pedido ir más despacio: el resto de la serie espera { $secs } s.
set_sent_elsewhere = Otra pestaña de este sitio está enviando este conjunto: no se envió nada desde aquí.
keep_seed = Conservar esta semilla
load_schema = Cargar esquema desde archivo
use_model = Usar este modelo

## Fields

random = Aleatoria
random_seed = Semilla aleatoria
random_seed_hint = Rellenar con una semilla aleatoria
seed_help = Déjalo vacío para que RunComfy elija una semilla aleatoria; la misma semilla con las mismas entradas repite un resultado.
up_to_characters = Hasta { $max } caracteres.
slider_of = Control deslizante de { $title }

## Images, videos, audio files

image_help = Pega una URL HTTPS, o elige, arrastra o pega un archivo local. Para imágenes grandes es mejor una URL pública; un archivo local se envía dentro de la solicitud como URI data:.
media_help = Pega una URL HTTPS, o elige, arrastra o pega un archivo local. Para archivos grandes es mejor una URL pública; un archivo local se envía dentro de la solicitud como URI data:.
choose_file = Elegir archivo
pasted_file = Archivo pegado
fitted = ajustado
within_limits = ✓ Dentro de los límites del modelo
too_small_note = Una imagen demasiado pequeña no se puede arreglar aquí: ampliarla solo la volvería borrosa. Usa una imagen más grande.
fit_to_limits = Ajustar a los límites
fit_entry_named = Ajustar { $label } a los límites
image_placeholder = https://… o arrastra / pega una imagen aquí
image_choose_local = Elegir una imagen local
image_local = Imagen local
image_checking = Comprobando la imagen…
image_preview = Vista previa de la imagen de entrada
image_remove = Quitar imagen
image_add = Añadir imagen
video_placeholder = https://… o arrastra / pega un vídeo aquí
video_choose_local = Elegir un vídeo local
video_local = Vídeo local
video_checking = Comprobando el vídeo…
video_preview = Vista previa del vídeo de entrada
video_remove = Quitar vídeo
video_add = Añadir vídeo
audio_placeholder = https://… o arrastra / pega un archivo de audio aquí
audio_choose_local = Elegir un archivo de audio local
audio_local = Archivo de audio local
audio_checking = Comprobando el archivo de audio…
audio_preview = Vista previa del audio de entrada
audio_remove = Quitar archivo de audio
audio_add = Añadir archivo de audio
remove_entry = Quitar
remove_entry_named = Quitar { $label }

## Generate

generate = Generar
submitting = Enviando…
needs_token = Pega tu token de API de RunComfy en la parte superior de la página.
still_checking = { $title }: todavía se está comprobando.

## Share

copy_share_link = Copiar enlace para compartir
copy_curl = Copiar como cURL
show_curl = Mostrar la solicitud como cURL
link_copied_note = Enlace para compartir copiado.
copy_this_link = Copia este enlace: { $link }
link_leaves_out_image = La imagen local no está en el enlace (es demasiado grande): comparte en su lugar la URL pública de una imagen.
curl_copied = Comando cURL copiado.
select_curl = Selecciona el comando de abajo para copiarlo.

## History

export_history = Exportar historial
import_history = Importar historial
clear_history = Borrar historial
clear_history_question = ¿Borrar todo el historial de este dispositivo? Los resultados siguen en RunComfy solo mientras RunComfy los conserve.
history_cleared = Historial borrado.
save_refused = El navegador se negó a guardar el archivo.
not_a_history = Este archivo no es una exportación del historial de Wan 2.2.
imported_jobs = { $count ->
    [one] { $count } trabajo importado.
   *[other] { $count } trabajos importados.
}
skipped_entries = { $count ->
    [one] { $count } entrada dañada omitida.
   *[other] { $count } entradas dañadas omitidas.
}
no_jobs = Aquí aparecen los trabajos anteriores.

## Jobs

job = Trabajo{ " " }
job_submitted = Trabajo { $id } enviado.
cancel = Cancelar
use_settings = Usar estos ajustes
settings_without_image = El formulario tiene los ajustes de este trabajo, pero su imagen local no se conservó: vuelve a elegirla.
copy_seed = Copiar semilla
run_same_seed = Repetir con la misma semilla
run_new_seed = Repetir con otra semilla
run_same_seed_question = ¿Repetir este trabajo con la misma semilla? RunComfy cobra cada ejecución.
run_new_seed_question = ¿Repetir este trabajo con otra semilla? RunComfy cobra cada ejecución.
rerun_hint = Vuelve a enviar estas entradas; RunComfy cobra cada ejecución.
rerun_needs_token = Primero pega tu token de API en la parte superior de la página.
delete = Eliminar
watch_needs_token = pega tu token de API para seguir observando
watch_token_rejected = RunComfy rechazó el token: pega uno válido para seguir observando
reconnecting = reconectando…
done_mark = ✓ Listo
ended_mark = ✗ Terminado

## Outputs

generated_image = Imagen generada
output_expired = Este resultado ya no carga: RunComfy guarda los resultados durante un tiempo limitado y este probablemente ha caducado.
keeping_result = Guardando en este dispositivo…
kept_on_device = Guardado en este dispositivo ({ $size }): se reproduce sin conexión y cuando caduque la copia de RunComfy.
not_kept_refused = No guardado en este dispositivo: su servidor no deja que esta página lo descargue (o no respondió). Usa Descargar para guardarlo.
not_kept_gone = No guardado en este dispositivo: RunComfy ya no tiene este archivo.
not_kept_too_large = No guardado en este dispositivo: ocupa más de { $size }. Usa Descargar para guardarlo.
not_kept_full = No guardado en este dispositivo: el espacio del navegador para este sitio está lleno. Usa Descargar para guardarlo.
make_room = { $count ->
    [one] Eliminar el resultado guardado más antiguo ({ $size }) y guardar este
   *[other] Eliminar los { $count } resultados guardados más antiguos ({ $size }) y guardar este
}
not_kept_no_store = No guardado: este navegador no deja que la página guarde archivos (ventana privada o almacenamiento bloqueado para este sitio).
deleted_from_device = Eliminado de este dispositivo; la copia de RunComfy se reproduce mientras exista.
gallery_heading = En este dispositivo
gallery_empty = Aún no hay nada guardado en este dispositivo: los resultados terminados aparecen aquí.
kept_count = { $count ->
    [one] { $count } resultado guardado, { $size }.
   *[other] { $count } resultados guardados, { $size }.
}
download_all_zip = Descargar todo (ZIP)
zipping = Creando el ZIP…
zip_too_large = Demasiado para un ZIP (más de 4 GB o más de 65.535 archivos): descarga los resultados uno a uno.
zip_failed = No se pudo crear el ZIP: no se pudo leer un archivo guardado.
not_in_history = No está en el historial
show_more_jobs = Mostrar { $count } más ({ $hidden } sin mostrar)
keep_results = Guardar los resultados terminados en este dispositivo
keep_results_help = Cada vídeo, imagen y audio terminado se descarga una vez en el almacenamiento de este navegador, para que el historial lo reproduzca sin conexión y después de que RunComfy borre su copia (a los 7 días aproximadamente).
kept_space = { $count ->
    [one] { $count } resultado guardado, { $size }. Este sitio usa { $used } de los { $quota } que permite el navegador.
   *[other] { $count } resultados guardados, { $size }. Este sitio usa { $used } de los { $quota } que permite el navegador.
}
download = Descargar
open_in_tab = Abrir en una pestaña nueva
copy_link = Copiar enlace
link_copied = Enlace copiado

## API errors

api_unauthorized = RunComfy no aceptó el token de API: falta, es incorrecto o ha caducado. Pega un token válido de tu perfil de RunComfy.
api_forbidden = Este token no tiene permiso para usar este modelo (acceso denegado).
api_insufficient_balance = Tu saldo de RunComfy no alcanza para este trabajo. Recarga tu cuenta y vuelve a intentarlo.
api_not_found = RunComfy no conoce este modelo ni esta solicitud. Puede que haya caducado (los resultados se guardan durante un tiempo limitado).
api_rate_limited_for = Demasiadas solicitudes: RunComfy está limitando la frecuencia. Espera { $secs } s y vuelve a intentarlo.
api_rate_limited = Demasiadas solicitudes: RunComfy está limitando la frecuencia. Espera un momento y vuelve a intentarlo.
api_unavailable = RunComfy no está disponible ahora mismo (HTTP { $status }). No se ha perdido nada: vuelve a intentarlo en un momento.
api_error_in_body_said = RunComfy informó de un error (código { $code }): { $message }
api_error_in_body = RunComfy informó de un error (código { $code }).
api_malformed = RunComfy respondió con algo que no es el JSON esperado (HTTP { $status }).
api_network = No se pudo contactar con la API. O no tienes conexión, o el navegador bloqueó la solicitud (CORS): la URL base de la API debe permitir el origen de esta página. Prueba el proxy del mismo origen en Ajustes → URL base de la API.
api_timeout = La API no respondió a tiempo. Si era un envío, puede que el trabajo se haya iniciado igualmente: revisa tus solicitudes de RunComfy antes de volver a intentarlo.
api_unexpected = Respuesta inesperada de RunComfy (HTTP { $status }).
api_with_server = { $base } (mensaje de RunComfy: { $message })
api_invalid = RunComfy rechazó las entradas:
api_invalid_schema = no coinciden con el esquema del modelo.

## Kinds of files

image_noun = { $count ->
    [one] imagen
   *[other] imágenes
}
video_noun = { $count ->
    [one] vídeo
   *[other] vídeos
}
audio_noun = { $count ->
    [one] archivo de audio
   *[other] archivos de audio
}
entry_noun = { $count ->
    [one] elemento
   *[other] elementos
}
image_with_article = una imagen
video_with_article = un vídeo
audio_with_article = un archivo de audio

## Fields

field_required = { $title } es obligatorio.
field_too_long = { $title } tiene { $len } caracteres; el límite es { $max }.
field_not_integer = { $title } debe ser un número entero.
field_not_number = { $title } debe ser un número.
field_between = { $title } debe estar entre { $min } y { $max }.
field_at_least = { $title } debe ser como mínimo { $min }.
field_at_most = { $title } debe ser como máximo { $max }.
field_out_of_range = { $title } está fuera del rango permitido.
field_not_in_enum = { $title } debe ser uno de los valores ofrecidos.
field_not_a_list = { $title } está escrito como una lista JSON que no se puede leer (rota o anidada a demasiada profundidad). Escribe una entrada por línea o una lista JSON válida.
field_too_few_items = { $title }: añade al menos { $min } { $noun }.
field_too_many_items = { $title }: como máximo { $max } { $noun }; quita { $extra }.

## Images, videos, audio files: problems

image_unsupported_format = Las imágenes { $format } no son compatibles. Usa JPEG, PNG (sin canal alfa), BMP o WEBP.
image_alpha_png = Este PNG tiene transparencia (un canal alfa), que el modelo no acepta. Usa «Ajustar a los límites» para aplanarlo sobre blanco, o guárdalo sin transparencia.
audio_too_large_to_upload = Este archivo de audio local ocupa { $size }; enviado desde este dispositivo puede ocupar como máximo { $cap } MiB. Súbelo a una URL https:// pública y pega esa URL.
video_too_large_to_upload = Este vídeo local ocupa { $size }; enviado desde este dispositivo puede ocupar como máximo { $cap } MiB. Súbelo a una URL https:// pública y pega esa URL.
request_too_large = Los archivos locales de esta solicitud suman { $size }; una solicitud puede llevar como máximo { $cap } MiB. Sube algunos a URL https:// públicas y pega esas URL.

## Images: what is wrong, what to know

image_empty = Escribe la URL de una imagen o elige un archivo.
image_not_an_image = Esto no es una imagen (o el navegador no puede decodificarla). Usa un archivo JPEG, PNG, BMP o WEBP.
note_local_http = Una dirección http local solo sirve para pruebas: RunComfy no puede descargarla.
note_bytes_hidden = Este servidor no deja que el navegador lea el archivo, así que aquí no se pudieron comprobar su tamaño ni su formato; RunComfy los comprueba al iniciar el trabajo.
note_unplayable = Este navegador no puede reproducir el archivo, así que aquí no se pudieron comprobar su duración ni su tamaño de imagen; RunComfy los lee al iniciar el trabajo.

## Images, videos, audio files: addresses

media_invalid_url = { $kind ->
    [video] Esta no es una dirección web válida. Debería tener este aspecto: https://example.com/clip.mp4.
    [audio] Esta no es una dirección web válida. Debería tener este aspecto: https://example.com/sonido.mp3.
   *[image] Esta no es una dirección web válida. Debería tener este aspecto: https://example.com/foto.jpg.
}
media_not_https = { $kind ->
    [video] La URL del vídeo debe empezar por https:// — RunComfy solo descarga direcciones HTTPS públicas.
    [audio] La URL del audio debe empezar por https:// — RunComfy solo descarga direcciones HTTPS públicas.
   *[image] La URL de la imagen debe empezar por https:// — RunComfy solo descarga direcciones HTTPS públicas.
}
media_unreachable = { $kind ->
    [video] No se pudo cargar el vídeo desde esta URL: el servidor no responde o es demasiado lento, o la dirección es incorrecta.
    [audio] No se pudo cargar el archivo de audio desde esta URL: el servidor no responde o es demasiado lento, o la dirección es incorrecta.
   *[image] No se pudo cargar la imagen desde esta URL: el servidor no responde o es demasiado lento, o la dirección es incorrecta.
}
media_http_status = { $kind ->
    [video] La URL del vídeo respondió con HTTP { $status }, así que no hay ningún vídeo que usar. Comprueba que la dirección sea pública y siga siendo válida.
    [audio] La URL del audio respondió con HTTP { $status }, así que no hay ningún archivo de audio que usar. Comprueba que la dirección sea pública y siga siendo válida.
   *[image] La URL de la imagen respondió con HTTP { $status }, así que no hay ninguna imagen que usar. Comprueba que la dirección sea pública y siga siendo válida.
}
media_unreadable = El navegador no pudo leer este archivo.
media_local_file_gone = { $kind ->
    [video] El vídeo local elegido antes ya no está en este dispositivo (puede que el navegador haya borrado su almacenamiento): vuelve a elegirlo.
    [audio] El archivo de audio local elegido antes ya no está en este dispositivo (puede que el navegador haya borrado su almacenamiento): vuelve a elegirlo.
   *[image] La imagen local elegida antes ya no está en este dispositivo (puede que el navegador haya borrado su almacenamiento): vuelve a elegirla.
}

## Images, videos, audio files: formats

described_format = { $kind ->
    [video] un vídeo { $name }
    [audio] un archivo de audio { $name }
   *[image] una imagen { $name }
}
described_format_vowel = { $kind ->
    [video] un vídeo { $name }
    [audio] un archivo de audio { $name }
   *[image] una imagen { $name }
}
kind_mismatch = Este archivo es { $found }, pero este campo espera { $expected }.
unrecognised_file = { $kind ->
    [video] Este archivo no es un vídeo que la aplicación reconozca (MP4, MOV, WebM, MKV, AVI u OGV).
    [audio] Este archivo no es un archivo de audio que la aplicación reconozca (WAV, MP3, OGG, FLAC, M4A o AAC).
   *[image] Este archivo no es una imagen que la aplicación reconozca (JPEG, PNG, BMP o WEBP).
}

## Sets of jobs and models

repeat_refused = No se ha vuelto a enviar: estas mismas entradas se enviaron hace un momento. Pulsa «Generar» una vez más para ejecutarlas por segunda vez.
model_bad_id = Un ID de modelo tiene la forma propietario/modelo/tarea (letras, dígitos, «.», «_» y «-», separados por «/»).
model_bad_schema = Este esquema de entrada no se puede usar: { $reason }. El modelo actual sigue seleccionado.
model_no_schema = RunComfy lista este modelo sin esquema de entrada, así que no se puede crear un formulario para él. El modelo actual sigue seleccionado; pega el esquema abajo para usarlo.

## Prices

price_per_run = { $rate } por ejecución
price_for_seconds = ≈ { $price } por { $seconds } s
price_per_second_duration = { $rate }/s (duración { $duration })
price_base = Precio base { $rate }
price_per_unit = { $rate } por { $unit }
price_times_jobs = { $one } × { $jobs } trabajos = { $total }
price_note = Tarifa base de RunComfy; opciones como la resolución pueden cambiar el precio.

## Schemas

schema_no_properties = El esquema no tiene propiedades.
schema_sentence = { $reason }.
schema_not_json = El esquema no es JSON válido: { $detail }
schema_wrong_shape = El esquema no tiene la forma esperada: { $detail }
schema_no_properties_object = El esquema no tiene un objeto «properties»
schema_no_properties_clause = no tiene propiedades
schema_property_not_object = La propiedad «{ $name }» no es un objeto
json_at = { $text } (línea { $line }, columna { $column })
rule_width_at_most = El ancho de la imagen no debe superar { $px } píxeles.
rule_height_at_most = El alto de la imagen no debe superar { $px } píxeles.
rule_width_at_least = El ancho de la imagen debe ser de al menos { $px } píxeles.
rule_height_at_least = El alto de la imagen debe ser de al menos { $px } píxeles.
rule_file_size_below = El archivo debe ocupar menos de { $mb } MB.
rule_aspect_at_least = La imagen es demasiado alta: su ancho debe ser al menos { $ratio } veces su alto.
rule_aspect_at_most = La imagen es demasiado ancha: su ancho debe ser como máximo { $ratio } veces su alto.
rule_unknown = La entrada debe cumplir «{ $rule } { $px }».

## Job phases

seconds = { $secs } s
phase_queued_at = En cola — posición { $position }
phase_queued = En cola
phase_running = En ejecución
phase_done = Listo
phase_failed = Error: { $reason }
phase_cancelled = Cancelado
phase_unknown = Estado: { $status }
failure_no_reason = El trabajo ha fallado.
failure_no_output = El trabajo terminó, pero no devolvió ningún resultado.
cancel_sending = Cancelando…
cancel_requested = Cancelación solicitada…
cancel_too_late = Ya está en ejecución: ya no se puede cancelar.
cancel_refused = No se pudo cancelar: { $reason }

## Languages

language_failed = No se pudo cargar { $language }, así que la aplicación se muestra en inglés.

## One job per image

queue_heading = { $count ->
    [one] { $count } imagen, un trabajo
   *[other] { $count } imágenes, un trabajo cada una
}
add_images = Añadir imágenes
remove_all_images = Quitar todas las imágenes
several_images_help = Varias imágenes a la vez (elegidas, arrastradas o pegadas) dan un trabajo cada una.
no_valid_image = { $title }: no se puede enviar ninguna de las imágenes.
invalid_images = Estas imágenes no se pueden enviar:
skip_and_send = Omitirlas y enviar
keep_images = Conservar todas las imágenes
batch_summary = { $images ->
    [one] { $images } imagen
   *[other] { $images } imágenes
}, { $count ->
    [one] { $count } trabajo
   *[other] { $count } trabajos
}: { $sent } enviados{ $waiting ->
    [0] { "" }
   *[other] , { $waiting } en espera
}{ $not_sent ->
    [0] { "" }
   *[other] , { $not_sent } sin enviar
}
job_image = La imagen de este trabajo
files_not_kept = { $count ->
    [one] { $count } trabajo no se envió y su imagen local era demasiado grande para conservarla al recargar: vuelve a dar la imagen y pulsa «Generar».
   *[other] { $count } trabajos no se enviaron y sus imágenes locales eran demasiado grandes para conservarlas al recargar: vuelve a dar las imágenes y pulsa «Generar».
}
skip_question = ¿Omitir { $invalid } { $invalid ->
        [one] imagen no válida
       *[other] imágenes no válidas
    } y enviar { $jobs } { $jobs ->
        [one] trabajo
       *[other] trabajos
    }?

## Extend from a frame

more_actions = Más
frame_picker = Continuar desde un fotograma
frame_back = Fotograma anterior
frame_forward = Fotograma siguiente
last_frame = Último fotograma
use_this_frame = Usar este fotograma
use_frame_as_loop = Bucle: empezar y terminar con este fotograma
frame_position = Fotograma { $frame } · { $secs } s
frame_help = Pausa o avanza hasta el fotograma desde el que continuar: se convierte en la imagen del siguiente trabajo, con los mismos ajustes.
taking_frame = Tomando el fotograma…
frame_taken = El fotograma en { $secs } s del trabajo { $job } es la imagen del siguiente trabajo: edita el prompt y pulsa «Generar».
frame_label = Fotograma en { $secs } s del trabajo { $job }
frame_cors_refused = El servidor que guarda este vídeo no deja que el navegador lo lea (sin CORS), así que aquí no se pueden tomar sus fotogramas. Descarga el vídeo y elige el archivo descargado: sus fotogramas funcionan igual.
download_video = Descargar el vídeo
choose_downloaded_video = Elegir el vídeo descargado
frame_fetch_failed = No se pudo descargar el vídeo (HTTP { $status }): no se pueden tomar sus fotogramas.
frame_unreadable = El navegador no pudo leer ningún fotograma de este vídeo.
continues_job = Continúa el trabajo { $job } desde su fotograma en { $secs } s
chain_part = Clip { $part } de { $of } de una cadena
play_chain = Reproducir la cadena
download_chain = Descargar en orden
film_download = Descargar como un solo vídeo
film_saved = { $count } clips guardados como un solo vídeo ({ $secs } s), unidos sin recodificar.
film_unreadable = El clip { $n } no es un MP4 que se pueda unir aquí (otro formato, o dañado). Use «Descargar en orden».
film_other_tracks = El clip { $n } tiene otras pistas que el primero (sonido donde aquel no tiene, o al revés): no se puede unir sin recodificar.
film_other_settings = El clip { $n } se hizo con otros ajustes de vídeo o sonido que el primero (tamaño, perfil, frecuencia de muestreo): no se puede unir sin recodificar.
film_too_few = Hacen falta al menos dos clips para un vídeo.
film_leave_out = Dejar fuera el clip { $n } y unir el resto
film_restored = { $count ->
    [one] { $name } lleva los ajustes con que se hizo: están en el formulario.
   *[other] { $name } lleva los ajustes de sus { $count } clips: el formulario tiene los del último.
}
film_other_model = { $name } se hizo con { $model }, que no se pudo abrir aquí (un modelo del catálogo necesita tu token): elígelo y suelta el archivo de nuevo.
film_no_settings = { $name } no lleva ajustes de esta aplicación. Para usarlo como entrada, suéltelo en un campo de vídeo.
compare_play = Reproducir todos a la vez
compare_pause = Pausar todos
compare_position = Posición de todos los vídeos
chain_clip = Cadena, clip { $part } de { $of }
chain_fetching = Obteniendo el clip { $part } de { $of }…
chain_saved = { $count ->
    [one] { $count } clip guardado en orden.
   *[other] { $count } clips guardados en orden.
}
chain_cors_refused = El servidor que guarda estos clips no deja que el navegador los lea (sin CORS), así que no se pueden guardar desde aquí. Ábrelos en este orden y guarda cada uno:

## Entradas hostiles y torpes

token_bad_character = El token tiene un carácter que no se puede enviar: { $found } en la posición { $position }. Copia de nuevo el token desde tu perfil de RunComfy.
api_token_unsendable = No se envió nada: el carácter { $position } del token de la API no puede viajar en una solicitud. Pega de nuevo el token en Ajustes.
api_local_file_missing = No se envió nada: un archivo local de esta solicitud ya no está en este dispositivo (puede que el navegador haya borrado su almacenamiento). Vuelve a elegir el archivo.
sending_upload = Enviando { $size }: con una conexión lenta puede tardar hasta { $secs } s. Mantén esta pestaña abierta.
phase_unconfirmed = Sin confirmar: { $reason } Vuelve a comprobar para ver en qué estado está.
check_again = Comprobar de nuevo
notify_unsupported = Este navegador no tiene notificaciones del sistema aquí (en un iPhone, añade antes la página a la pantalla de inicio). Cuando un trabajo termina en segundo plano, el título de la pestaña cambia igualmente.
frame_too_large = Este vídeo ocupa más de { $size }: no se carga para tomar un fotograma de él.
image_too_large_to_read = Esta imagen ocupa más de { $size }, así que no se cargó hasta el final. Usa un archivo más pequeño o uno que permita el límite del modelo.

## Puentes y envío a otro modelo

frame_into = Poner el fotograma en
bridge_to = Puente hacia
bridge_button = Puente: último fotograma de este clip al primero del otro
bridge_help = El nuevo clip empieza en el último fotograma de este clip y termina en el primero del elegido; en la cadena se reproduce entre los dos.
bridge_taken = Del último fotograma del trabajo { $from } al primero del trabajo { $to }: edita el prompt y pulsa «Generar».
bridges_jobs = Une el trabajo { $from } con el trabajo { $to }
job_named = Trabajo { $job }
use_as_input = Usar como entrada de…
onward_finding = Buscando los modelos que aceptan esto…
onward_none = Ningún modelo del catálogo acepta { $kind }.
onward_model = Modelo
onward_use = Usar
onward_done = La salida del trabajo { $job } es ahora una entrada de { $model }: revisa el formulario y pulsa «Generar».
made_from_job = Hecho a partir de la salida del trabajo { $job }
join_selected = { $count ->
    [one] Unir los vídeos elegidos en uno ({ $count } elegido)
   *[other] Unir los vídeos elegidos en uno ({ $count } elegidos)
}
select_for_film = Elegir para un solo vídeo
compare_wipe = Cortinilla entre los dos primeros
wipe_position = Dónde la cortinilla divide los dos vídeos
film_drop_seams = Mostrar una sola vez el fotograma repetido en cada unión
film_progress = Clips descargados

## Dinero

spend_heading = Gasto
spend_today = Hoy
spend_week = Esta semana
spend_month = Este mes
spend_with_unknown = { $usd } + { $count ->
    [one] { $count } trabajo de coste desconocido
   *[other] { $count } trabajos de coste desconocido
}
spend_chart = Gasto por día, las dos últimas semanas
spend_by_model = Este mes por modelo
spend_export = Exportar como CSV

balance_label = Saldo
balance_refresh = Actualizar
balance_unknown = Aún no se conoce
balance_blocked = Esta página no puede leer tu saldo de RunComfy: el navegador bloqueó la llamada (CORS). Los trabajos no se ven afectados. El proxy de la receta de alojamiento también transmite el saldo.
balance_over = Este envío (≈ { $press }) cuesta más que tu saldo ({ $balance }): RunComfy rechaza lo que la cuenta no cubre.
budget_label = Límite de gasto (dólares EE. UU.)
budget_per_day = por día
budget_per_month = por mes
budget_help = Generar pregunta antes de un envío que lo superaría, y una serie de trabajos deja de enviar al alcanzarlo. Cuenta los costes que RunComfy informó y, mientras no se conocen, los precios estimados. Vacío: sin límite.
budget_passes_day = Gastado hoy { $spent } + este envío { $press } = { $total }: supera tu límite de { $limit } por día.
budget_passes_month = Gastado este mes { $spent } + este envío { $press } = { $total }: supera tu límite de { $limit } por mes.
budget_send_all = Enviar de todos modos
budget_send_fitting = { $count ->
    [one] Enviar { $count } trabajo, dentro del límite
   *[other] Enviar { $count } trabajos, dentro del límite
}
budget_dont_send = No enviar
set_budget_reached = Detenido en tu límite de gasto ({ $spent } de { $limit }): { $left ->
    [one] { $left } trabajo sin enviar.
   *[other] { $left } trabajos sin enviar.
}
budget_stopped = Detenido en tu límite de gasto.
