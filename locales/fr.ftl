# French. The same messages and arguments as en.ftl (its comments say what each is for).

## The page

language = Langue
inputs_heading = Entrées
jobs_heading = Historique
current_heading = Résultat
result_placeholder = Votre tâche et son résultat s'afficheront ici : remplissez les entrées, puis cliquez sur « Générer ».
open_settings = Réglages
close = Fermer
fix_in_settings = Ouvrir les réglages
token_chip = Token ✓ …{ $end }
token_chip_unsendable = Token ⚠ …{ $end }
filled_from_link = Le formulaire a été rempli à partir d'un lien partagé. Vérifiez-le, puis cliquez sur « Générer ».

## Settings

settings_heading = Réglages
api_token = Jeton d'API
token_placeholder = Collez votre jeton d'API RunComfy
show = Afficher
hide = Masquer
token_help = Depuis votre profil RunComfy. Envoyé uniquement à la base d'API ci-dessous, dans l'en-tête Authorization.
remember_token = Mémoriser sur cet appareil
forget_token = Oublier le jeton
api_base = URL de base de l'API
reset = Réinitialiser
api_base_help = Si le navigateur bloque les appels vers RunComfy (CORS), rien n'a été envoyé ni facturé : indiquez ici un proxy sur le même site que cette page, qui transmet les appels à RunComfy.
proxy_recipe = Comment héberger un proxy (README, Hosting)
use_site_proxy = Utiliser le proxy /runcomfy de ce site
welcome_token = Collez votre jeton d'API RunComfy
welcome_where = Vous le trouverez dans votre compte RunComfy, sous « Profile ».
welcome_stays = Il reste dans ce navigateur et n'est envoyé qu'à l'API RunComfy, dans l'en-tête Authorization : jamais dans un lien, un journal ou l'historique.
use_token = Utiliser ce jeton
notify_ask = M'avertir quand une tâche se termine
notify_on = Notifications activées
notify_help = Quand une tâche se termine alors que cet onglet est en arrière-plan, le titre de l'onglet change ; avec les notifications, le système vous prévient aussi.
storage_damaged = Certaines données enregistrées sur cet appareil étaient illisibles (endommagées ou d'une autre version) et ont été ignorées.
part_not_loaded = Une partie de l'application n'a pas pu être chargée. Vérifiez votre connexion, puis rechargez la page : vos saisies et vos tâches sont conservées.
storage_file_too_large = Un fichier local est trop volumineux pour être conservé après un rechargement ; il reste tant que cet onglet est ouvert.
storage_unavailable = Ce navigateur ne laisse l'application rien enregistrer (stockage plein ou désactivé) : elle fonctionne, mais oublie tout à la fermeture de l'onglet.
storage_full = Le stockage de ce site sur cet appareil est plein : { $what } n'a pas pu être enregistré et serait perdu à la fermeture de cet onglet.
storage_free = Libérer { $size } (données mises de côté car illisibles, formulaires mémorisés pour d'autres modèles) et enregistrer à nouveau
storage_part_history = l'historique des tâches
storage_part_sets = les séries
storage_part_models = les modèles ajoutés
storage_part_form = le formulaire
storage_part_queue = la file d'images
storage_part_settings = les réglages
file_not_kept = Ce fichier n'est pas conservé sur cet appareil : l'espace du navigateur pour ce site est plein. Il reste tant que cet onglet est ouvert.
make_room_file = { $count ->
    [one] Supprimer le plus ancien résultat conservé ({ $size }) et conserver ce fichier
   *[other] Supprimer les { $count } plus anciens résultats conservés ({ $size }) et conserver ce fichier
}

## Model

model_heading = Modèle
model_picker = Modèle
form_is_for = Le formulaire ci-dessous concerne{ " " }
models_used = Modèles utilisés
built_in = { " " }(intégré)
other_model = Utiliser un autre modèle RunComfy
model_id = Identifiant du modèle
input_schema = Schéma d'entrée (JSON)
input_schema_help = Le schéma d'entrée du modèle, tiré de sa page d'API RunComfy, au même format : properties, required, validations.
search_models = Rechercher un modèle RunComfy par nom
category = Catégorie
all_categories = Toutes les catégories
more_models = Plus de modèles ({ $shown } sur { $total } affichés)
no_models_found = Aucun modèle RunComfy ne correspond à cette recherche.
loading_models = Chargement des modèles…
catalog_needs_token = Collez votre jeton d'API pour parcourir les modèles de RunComfy. Le modèle intégré Wan 2.2 fonctionne toujours.
catalog_failed = Impossible de charger les modèles de RunComfy. { $reason }
per_second = { $usd }/s
per_run = { $usd }/exécution
job_cost = Coût : { $usd }
total_cost = Coût des tâches affichées : { $usd }
variations = Variantes
variations_help = Chaque variante est une tâche à part, avec sa propre graine.
set_summary = { $count } variantes : { $sent } envoyées{ $waiting ->
    [0] { "" }
   *[other] , { $waiting } en attente
}{ $not_sent ->
    [0] { "" }
   *[other] , { $not_sent } non envoyées
}
cancel_all_queued = Annuler toutes celles en file
send_not_sent = { $count ->
    [one] Envoyer celle qui n'a pas été envoyée
   *[other] Envoyer les { $count } non envoyées
}
resend_question = La page s'est fermée pendant l'envoi d'une tâche de cette série : RunComfy l'a peut-être lancée. Vérifiez vos requêtes RunComfy. Envoyer quand même les tâches non envoyées ?
set_waits = RunComfy demande de ralentir : le reste de la série attend { $secs } s.
set_sent_elsewhere = Un autre onglet de ce site envoie cette série : rien n’en a été envoyé d’ici.
keep_seed = Garder cette graine
load_schema = Charger le schéma depuis un fichier
use_model = Utiliser ce modèle

## Fields

random = Aléatoire
random_seed = Graine aléatoire
random_seed_hint = Remplir avec une graine aléatoire
seed_help = Laissez vide pour une graine aléatoire choisie par RunComfy ; la même graine avec les mêmes entrées reproduit un résultat.
up_to_characters = Jusqu'à { $max } caractères.
slider_of = Curseur { $title }

## Images, videos, audio files

image_help = Collez une URL HTTPS, ou choisissez, déposez ou collez un fichier local. Pour les grandes images, préférez une URL publique ; un fichier local est envoyé dans la requête sous forme d'URI data:.
media_help = Collez une URL HTTPS, ou choisissez, déposez ou collez un fichier local. Pour les gros fichiers, préférez une URL publique ; un fichier local est envoyé dans la requête sous forme d'URI data:.
choose_file = Choisir un fichier
pasted_file = Fichier collé
fitted = ajusté
within_limits = ✓ Dans les limites du modèle
too_small_note = Une image trop petite ne peut pas être corrigée ici : l'agrandir ne ferait que la rendre floue. Utilisez une image plus grande.
fit_to_limits = Ajuster aux limites
fit_entry_named = Ajuster { $label } aux limites
image_placeholder = https://… ou déposez / collez une image ici
image_choose_local = Choisir une image locale
image_local = Image locale
image_checking = Vérification de l'image…
image_preview = Aperçu de l'image d'entrée
image_remove = Retirer l'image
image_add = Ajouter une image
video_placeholder = https://… ou déposez / collez une vidéo ici
video_choose_local = Choisir une vidéo locale
video_local = Vidéo locale
video_checking = Vérification de la vidéo…
video_preview = Aperçu de la vidéo d'entrée
video_remove = Retirer la vidéo
video_add = Ajouter une vidéo
audio_placeholder = https://… ou déposez / collez un fichier audio ici
audio_choose_local = Choisir un fichier audio local
audio_local = Fichier audio local
audio_checking = Vérification du fichier audio…
audio_preview = Aperçu de l'audio d'entrée
audio_remove = Retirer le fichier audio
audio_add = Ajouter un fichier audio
remove_entry = Retirer
remove_entry_named = Retirer { $label }

## Generate

generate = Générer
submitting = Envoi…
needs_token = Collez votre jeton d'API RunComfy en haut de la page.
still_checking = { $title } : vérification en cours.

## Share

copy_share_link = Copier le lien de partage
copy_curl = Copier en cURL
show_curl = Afficher la requête en cURL
link_copied_note = Lien de partage copié.
copy_this_link = Copiez ce lien : { $link }
link_leaves_out_image = L'image locale n'est pas dans le lien (trop volumineuse) : partagez plutôt l'URL publique d'une image.
curl_copied = Commande cURL copiée.
select_curl = Sélectionnez la commande ci-dessous pour la copier.

## History

export_history = Exporter l'historique
import_history = Importer un historique
clear_history = Effacer l'historique
clear_history_question = Effacer tout l'historique de cet appareil ? Les résultats restent sur RunComfy aussi longtemps que RunComfy les conserve.
history_cleared = Historique effacé.
save_refused = Le navigateur a refusé d'enregistrer le fichier.
not_a_history = Ce fichier n'est pas un export d'historique Wan 2.2.
imported_jobs = { $count ->
    [one] { $count } tâche importée.
   *[other] { $count } tâches importées.
}
skipped_entries = { $count ->
    [one] { $count } entrée endommagée ignorée.
   *[other] { $count } entrées endommagées ignorées.
}
no_jobs = Les tâches précédentes s'affichent ici.

## Jobs

job = Tâche{ " " }
job_submitted = Tâche { $id } envoyée.
cancel = Annuler
use_settings = Reprendre ces réglages
settings_without_image = Le formulaire a repris les réglages de cette tâche, mais son image locale n'a pas été conservée : choisissez-la à nouveau.
copy_seed = Copier la graine
run_same_seed = Relancer avec la même graine
run_new_seed = Relancer avec une nouvelle graine
run_same_seed_question = Relancer cette tâche avec la même graine ? RunComfy facture chaque exécution.
run_new_seed_question = Relancer cette tâche avec une nouvelle graine ? RunComfy facture chaque exécution.
rerun_hint = Renvoie ces entrées ; RunComfy facture chaque exécution.
rerun_needs_token = Collez d'abord votre jeton d'API en haut de la page.
delete = Supprimer
watch_needs_token = collez votre jeton d'API pour continuer le suivi
watch_token_rejected = RunComfy a refusé le jeton : collez-en un valide pour continuer le suivi
reconnecting = reconnexion…
done_mark = ✓ Terminé
ended_mark = ✗ Arrêté

## Outputs

generated_image = Image générée
output_expired = Ce résultat ne se charge plus : RunComfy conserve les sorties pendant une durée limitée, et celle-ci a probablement expiré.
keeping_result = Conservation sur cet appareil…
kept_on_device = Conservé sur cet appareil ({ $size }) : se lit hors ligne et après l’expiration de la copie de RunComfy.
not_kept_refused = Non conservé sur cet appareil : son hôte ne laisse pas cette page le télécharger (ou n’a pas répondu). Utilisez Télécharger pour l’enregistrer.
not_kept_gone = Non conservé sur cet appareil : RunComfy n’a plus ce fichier.
not_kept_too_large = Non conservé sur cet appareil : il dépasse { $size }. Utilisez Télécharger pour l’enregistrer.
not_kept_full = Non conservé sur cet appareil : l’espace du navigateur pour ce site est plein. Utilisez Télécharger pour l’enregistrer.
make_room = { $count ->
    [one] Supprimer le résultat conservé le plus ancien ({ $size }) et garder celui-ci
   *[other] Supprimer les { $count } résultats conservés les plus anciens ({ $size }) et garder celui-ci
}
not_kept_no_store = Non conservé : ce navigateur ne laisse pas la page conserver de fichiers (fenêtre privée ou stockage bloqué pour ce site).
deleted_from_device = Supprimé de cet appareil ; la copie de RunComfy se lit tant qu’elle existe.
gallery_heading = Sur cet appareil
gallery_empty = Rien n’est encore conservé sur cet appareil : les résultats terminés apparaissent ici.
kept_count = { $count ->
    [one] { $count } résultat conservé, { $size }.
   *[other] { $count } résultats conservés, { $size }.
}
download_all_zip = Tout télécharger (ZIP)
zipping = Création du ZIP…
zip_too_large = Trop pour un seul ZIP (plus de 4 Go ou plus de 65 535 fichiers) : téléchargez les résultats un par un.
zip_failed = Le ZIP n’a pas pu être créé : un fichier conservé n’a pas pu être lu.
not_in_history = Absent de l’historique
show_more_jobs = En afficher { $count } de plus ({ $hidden } non affichés)
keep_results = Conserver les résultats terminés sur cet appareil
keep_results_help = Chaque vidéo, image et audio terminé est téléchargé une fois dans le stockage de ce navigateur, pour que l’historique le lise hors ligne et après que RunComfy a supprimé sa copie (au bout d’environ 7 jours).
kept_space = { $count ->
    [one] { $count } résultat conservé, { $size }. Ce site utilise { $used } sur les { $quota } permis par le navigateur.
   *[other] { $count } résultats conservés, { $size }. Ce site utilise { $used } sur les { $quota } permis par le navigateur.
}
download = Télécharger
open_in_tab = Ouvrir dans un nouvel onglet
copy_link = Copier le lien
link_copied = Lien copié

## API errors

api_unauthorized = RunComfy n'a pas accepté le jeton d'API : il est absent, erroné ou expiré. Collez un jeton valide depuis votre profil RunComfy.
api_forbidden = Ce jeton n'a pas le droit d'utiliser ce modèle (accès refusé).
api_insufficient_balance = Votre solde RunComfy est insuffisant pour lancer cette tâche. Rechargez votre compte, puis réessayez.
api_not_found = RunComfy ne connaît pas ce modèle ni cette requête. Elle a peut-être expiré (les résultats sont conservés pendant une durée limitée).
api_rate_limited_for = Trop de requêtes : RunComfy limite le débit. Attendez { $secs } s, puis réessayez.
api_rate_limited = Trop de requêtes : RunComfy limite le débit. Attendez un instant, puis réessayez.
api_unavailable = RunComfy est indisponible pour le moment (HTTP { $status }). Rien n'est perdu : réessayez dans un instant.
api_error_in_body_said = RunComfy a signalé une erreur (code { $code }) : { $message }
api_error_in_body = RunComfy a signalé une erreur (code { $code }).
api_malformed = RunComfy a répondu autre chose que le JSON attendu (HTTP { $status }).
api_network = Impossible de joindre l'API. Soit vous êtes hors ligne, soit le navigateur a bloqué la requête (CORS) : l'URL de base de l'API doit autoriser l'origine de cette page. Essayez le proxy de même origine dans Réglages → URL de base de l'API.
api_timeout = L'API n'a pas répondu à temps. S'il s'agissait d'un envoi, la tâche a peut-être quand même démarré : vérifiez vos requêtes RunComfy avant de réessayer.
api_unexpected = Réponse inattendue de RunComfy (HTTP { $status }).
api_with_server = { $base } (message de RunComfy : { $message })
api_invalid = RunComfy a refusé les entrées :
api_invalid_schema = elles ne correspondent pas au schéma du modèle.

## Kinds of files

image_noun = { $count ->
    [one] image
   *[other] images
}
video_noun = { $count ->
    [one] vidéo
   *[other] vidéos
}
audio_noun = { $count ->
    [one] fichier audio
   *[other] fichiers audio
}
entry_noun = { $count ->
    [one] élément
   *[other] éléments
}
image_with_article = une image
video_with_article = une vidéo
audio_with_article = un fichier audio

## Fields

field_required = { $title } est obligatoire.
field_too_long = { $title } compte { $len } caractères ; la limite est de { $max }.
field_not_integer = { $title } doit être un nombre entier.
field_not_number = { $title } doit être un nombre.
field_between = { $title } doit être compris entre { $min } et { $max }.
field_at_least = { $title } doit valoir au moins { $min }.
field_at_most = { $title } doit valoir au plus { $max }.
field_out_of_range = { $title } est hors limites.
field_not_in_enum = { $title } doit être l'une des valeurs proposées.
field_not_a_list = { $title } est écrit comme une liste JSON illisible (cassée, ou imbriquée trop profondément). Écrivez une entrée par ligne, ou une liste JSON valide.
field_too_few_items = { $title } : ajoutez au moins { $min } { $noun }.
field_too_many_items = { $title } : { $max } { $noun } au plus ; retirez-en { $extra }.

## Images, videos, audio files: problems

image_unsupported_format = Les images { $format } ne sont pas prises en charge. Utilisez JPEG, PNG (sans canal alpha), BMP ou WEBP.
image_alpha_png = Ce PNG est transparent (il a un canal alpha), ce que le modèle n'accepte pas. Utilisez « Ajuster aux limites » pour l'aplatir sur du blanc, ou enregistrez-le sans transparence.
audio_too_large_to_upload = Ce fichier audio local fait { $size } ; envoyé depuis cet appareil, il peut faire au plus { $cap } Mio. Placez-le à une URL https:// publique et collez-la à la place.
video_too_large_to_upload = Cette vidéo locale fait { $size } ; envoyée depuis cet appareil, elle peut faire au plus { $cap } Mio. Placez-la à une URL https:// publique et collez-la à la place.
request_too_large = Les fichiers locaux de cette requête font { $size } au total ; une requête peut en porter au plus { $cap } Mio. Placez-en certains à des URL https:// publiques et collez-les à la place.

## Images: what is wrong, what to know

image_empty = Saisissez l'URL d'une image ou choisissez un fichier.
image_not_an_image = Ce n'est pas une image (ou le navigateur ne peut pas la décoder). Utilisez un fichier JPEG, PNG, BMP ou WEBP.
note_local_http = Une adresse http locale ne sert qu'aux tests : RunComfy ne peut pas la récupérer.
note_bytes_hidden = Cet hôte ne laisse pas le navigateur lire le fichier : sa taille et son format n'ont pas pu être vérifiés ici ; RunComfy les vérifie au lancement de la tâche.
note_unplayable = Ce navigateur ne peut pas lire ce fichier : sa durée et la taille de l'image n'ont pas pu être vérifiées ici ; RunComfy les lit au lancement de la tâche.

## Images, videos, audio files: addresses

media_invalid_url = { $kind ->
    [video] Ce n'est pas une adresse web valide. Elle devrait ressembler à https://example.com/clip.mp4.
    [audio] Ce n'est pas une adresse web valide. Elle devrait ressembler à https://example.com/son.mp3.
   *[image] Ce n'est pas une adresse web valide. Elle devrait ressembler à https://example.com/photo.jpg.
}
media_not_https = { $kind ->
    [video] L'URL de la vidéo doit commencer par https:// — RunComfy ne récupère que des adresses HTTPS publiques.
    [audio] L'URL de l'audio doit commencer par https:// — RunComfy ne récupère que des adresses HTTPS publiques.
   *[image] L'URL de l'image doit commencer par https:// — RunComfy ne récupère que des adresses HTTPS publiques.
}
media_unreachable = { $kind ->
    [video] Impossible de charger la vidéo depuis cette URL : l'hôte est injoignable ou trop lent, ou l'adresse est erronée.
    [audio] Impossible de charger le fichier audio depuis cette URL : l'hôte est injoignable ou trop lent, ou l'adresse est erronée.
   *[image] Impossible de charger l'image depuis cette URL : l'hôte est injoignable ou trop lent, ou l'adresse est erronée.
}
media_http_status = { $kind ->
    [video] L'URL de la vidéo a répondu HTTP { $status } : il n'y a donc pas de vidéo à utiliser. Vérifiez que l'adresse est publique et toujours valide.
    [audio] L'URL de l'audio a répondu HTTP { $status } : il n'y a donc pas de fichier audio à utiliser. Vérifiez que l'adresse est publique et toujours valide.
   *[image] L'URL de l'image a répondu HTTP { $status } : il n'y a donc pas d'image à utiliser. Vérifiez que l'adresse est publique et toujours valide.
}
media_unreadable = Le navigateur n'a pas pu lire ce fichier.
media_local_file_gone = { $kind ->
    [video] La vidéo locale choisie auparavant n’est plus sur cet appareil (le navigateur a peut-être vidé son stockage) : choisissez-la à nouveau.
    [audio] Le fichier audio local choisi auparavant n’est plus sur cet appareil (le navigateur a peut-être vidé son stockage) : choisissez-le à nouveau.
   *[image] L’image locale choisie auparavant n’est plus sur cet appareil (le navigateur a peut-être vidé son stockage) : choisissez-la à nouveau.
}

## Images, videos, audio files: formats

described_format = { $kind ->
    [video] une vidéo { $name }
    [audio] un fichier audio { $name }
   *[image] une image { $name }
}
described_format_vowel = { $kind ->
    [video] une vidéo { $name }
    [audio] un fichier audio { $name }
   *[image] une image { $name }
}
kind_mismatch = Ce fichier est { $found }, mais ce champ attend { $expected }.
unrecognised_file = { $kind ->
    [video] Ce fichier n'est pas une vidéo que l'application reconnaît (MP4, MOV, WebM, MKV, AVI ou OGV).
    [audio] Ce fichier n'est pas un fichier audio que l'application reconnaît (WAV, MP3, OGG, FLAC, M4A ou AAC).
   *[image] Ce fichier n'est pas une image que l'application reconnaît (JPEG, PNG, BMP ou WEBP).
}

## Sets of jobs and models

repeat_refused = Pas de nouvel envoi : ces mêmes entrées viennent d'être envoyées. Cliquez encore une fois sur « Générer » pour les lancer une seconde fois.
model_bad_id = Un identifiant de modèle a la forme propriétaire/modèle/tâche (lettres, chiffres, « . », « _ » et « - », séparés par « / »).
model_bad_schema = Ce schéma d'entrée est inutilisable : { $reason }. Le modèle actuel reste sélectionné.
model_no_schema = RunComfy présente ce modèle sans schéma d'entrée : impossible d'en faire un formulaire. Le modèle actuel reste sélectionné ; collez le schéma ci-dessous pour l'utiliser.

## Prices

price_per_run = { $rate } par exécution
price_for_seconds = ≈ { $price } pour { $seconds } s
price_per_second_duration = { $rate }/s (durée { $duration })
price_base = Prix de base { $rate }
price_per_unit = { $rate } par { $unit }
price_times_jobs = { $one } × { $jobs } tâches = { $total }
price_note = Tarif de base de RunComfy ; des options comme la résolution peuvent changer le prix.

## Schemas

schema_no_properties = Le schéma n'a aucune propriété.
schema_sentence = { $reason }.
schema_not_json = Le schéma n'est pas du JSON valide : { $detail }
schema_wrong_shape = Le schéma n'a pas la forme attendue : { $detail }
schema_no_properties_object = Le schéma n'a pas d'objet « properties »
schema_no_properties_clause = il n'a aucune propriété
schema_property_not_object = La propriété « { $name } » n'est pas un objet
json_at = { $text } (ligne { $line }, colonne { $column })
rule_width_at_most = La largeur de l'image ne doit pas dépasser { $px } pixels.
rule_height_at_most = La hauteur de l'image ne doit pas dépasser { $px } pixels.
rule_width_at_least = La largeur de l'image doit être d'au moins { $px } pixels.
rule_height_at_least = La hauteur de l'image doit être d'au moins { $px } pixels.
rule_file_size_below = Le fichier doit faire moins de { $mb } Mo.
rule_aspect_at_least = L'image est trop haute : sa largeur doit valoir au moins { $ratio } fois sa hauteur.
rule_aspect_at_most = L'image est trop large : sa largeur doit valoir au plus { $ratio } fois sa hauteur.
rule_unknown = L'entrée doit respecter « { $rule } { $px } ».

## Job phases

seconds = { $secs } s
phase_queued_at = En file d'attente — position { $position }
phase_queued = En file d'attente
phase_running = En cours
phase_done = Terminé
phase_failed = Échec : { $reason }
phase_cancelled = Annulé
phase_unknown = Statut : { $status }
failure_no_reason = La tâche a échoué.
failure_no_output = La tâche s'est terminée sans rien produire.
cancel_sending = Annulation…
cancel_requested = Annulation demandée…
cancel_too_late = Déjà en cours : elle ne peut plus être annulée.
cancel_refused = Impossible d'annuler : { $reason }

## Languages

language_failed = { $language } n'a pas pu être chargé : l'application s'affiche en anglais.

## One job per image

queue_heading = { $count ->
    [one] { $count } image, une tâche
   *[other] { $count } images, une tâche chacune
}
add_images = Ajouter des images
remove_all_images = Retirer toutes les images
several_images_help = Plusieurs images à la fois (choisies, déposées ou collées) donnent une tâche chacune.
no_valid_image = { $title } : aucune des images ne peut être envoyée.
invalid_images = Ces images ne peuvent pas être envoyées :
skip_and_send = Les ignorer et envoyer
keep_images = Garder toutes les images
batch_summary = { $images ->
    [one] { $images } image
   *[other] { $images } images
}, { $count ->
    [one] { $count } tâche
   *[other] { $count } tâches
} : { $sent } envoyées{ $waiting ->
    [0] { "" }
   *[other] , { $waiting } en attente
}{ $not_sent ->
    [0] { "" }
   *[other] , { $not_sent } non envoyées
}
job_image = L'image de cette tâche
files_not_kept = { $count ->
    [one] { $count } tâche n'a pas été envoyée, et son image locale était trop volumineuse pour être conservée après le rechargement : redonnez l'image et cliquez sur « Générer ».
   *[other] { $count } tâches n'ont pas été envoyées, et leurs images locales étaient trop volumineuses pour être conservées après le rechargement : redonnez les images et cliquez sur « Générer ».
}
skip_question = Ignorer { $invalid } { $invalid ->
        [one] image non valide
       *[other] images non valides
    } et envoyer { $jobs } { $jobs ->
        [one] tâche
       *[other] tâches
    } ?

## Extend from a frame

more_actions = Plus
frame_picker = Continuer à partir d'une image
frame_back = Image précédente
frame_forward = Image suivante
last_frame = Dernière image
use_this_frame = Utiliser cette image
use_frame_as_loop = Boucle : commencer et finir sur cette image
frame_position = Image { $frame } · { $secs } s
frame_help = Mettez en pause ou avancez jusqu'à l'image à partir de laquelle continuer : elle devient l'image de la tâche suivante, avec les mêmes réglages.
taking_frame = Capture de l'image…
frame_taken = L'image à { $secs } s de la tâche { $job } est l'image de la tâche suivante : modifiez le prompt, puis cliquez sur « Générer ».
frame_label = Image à { $secs } s de la tâche { $job }
frame_cors_refused = Le serveur qui stocke cette vidéo ne laisse pas le navigateur la lire (pas de CORS) : ses images ne peuvent pas être prises ici. Téléchargez la vidéo, puis choisissez le fichier téléchargé : ses images fonctionnent de la même façon.
download_video = Télécharger la vidéo
choose_downloaded_video = Choisir la vidéo téléchargée
frame_fetch_failed = Impossible de télécharger la vidéo (HTTP { $status }) : ses images ne peuvent pas être prises.
frame_unreadable = Le navigateur n'a pas pu lire d'image de cette vidéo.
continues_job = Continue la tâche { $job } à partir de son image à { $secs } s
chain_part = Clip { $part } sur { $of } d'une chaîne
play_chain = Lire la chaîne
download_chain = Télécharger dans l'ordre
film_download = Télécharger en une seule vidéo
film_saved = { $count } clips enregistrés en une seule vidéo ({ $secs } s), assemblés sans réencodage.
film_unreadable = Le clip { $n } n'est pas un MP4 assemblable ici (autre format, ou endommagé). Utilisez « Télécharger dans l'ordre ».
film_other_tracks = Le clip { $n } a d'autres pistes que le premier (du son là où il n'en a pas, ou l'inverse) : impossible de l'assembler sans réencodage.
film_other_settings = Le clip { $n } a été fait avec d'autres réglages vidéo ou son que le premier (taille, profil, fréquence d'échantillonnage) : impossible de l'assembler sans réencodage.
film_too_few = Il faut au moins deux clips pour une vidéo.
film_leave_out = Laisser le clip { $n } de côté et assembler le reste
film_restored = { $count ->
    [one] { $name } porte les réglages avec lesquels il a été fait : ils sont dans le formulaire.
   *[other] { $name } porte les réglages de ses { $count } clips : le formulaire contient ceux du dernier.
}
film_other_model = { $name } a été fait avec { $model }, qui n’a pas pu être ouvert ici (un modèle du catalogue demande votre jeton) : choisissez-le, puis déposez à nouveau le fichier.
film_no_settings = { $name } ne porte aucun réglage de cette application. Pour l'utiliser comme entrée, déposez-le sur un champ vidéo.
compare_play = Tout lire ensemble
compare_pause = Tout mettre en pause
compare_position = Position de toutes les vidéos
chain_clip = Chaîne, clip { $part } sur { $of }
chain_fetching = Récupération du clip { $part } sur { $of }…
chain_saved = { $count ->
    [one] { $count } clip enregistré dans l'ordre.
   *[other] { $count } clips enregistrés dans l'ordre.
}
chain_cors_refused = Le serveur qui stocke ces clips ne laisse pas le navigateur les lire (pas de CORS) : ils ne peuvent pas être enregistrés d'ici. Ouvrez-les dans cet ordre et enregistrez chacun :

## Entrées hostiles et maladroites

token_bad_character = Le jeton contient un caractère impossible à envoyer : { $found } en position { $position }. Copiez de nouveau le jeton depuis votre profil RunComfy.
api_token_unsendable = Rien n'a été envoyé : le caractère { $position } du jeton d'API ne peut pas voyager dans une requête. Collez de nouveau le jeton dans les Réglages.
api_local_file_missing = Rien n’a été envoyé : un fichier local de cette requête n’est plus sur cet appareil (le navigateur a peut-être vidé son stockage). Choisissez à nouveau le fichier.
sending_upload = Envoi de { $size } : sur une connexion lente, cela peut prendre jusqu'à { $secs } s. Gardez cet onglet ouvert.
phase_unconfirmed = Non confirmé : { $reason } Vérifiez de nouveau où en est la tâche.
check_again = Vérifier de nouveau
notify_unsupported = Ce navigateur n'a pas de notifications système ici (sur un iPhone, ajoutez d'abord la page à l'écran d'accueil). Quand une tâche se termine en arrière-plan, le titre de l'onglet change quand même.
frame_too_large = Cette vidéo dépasse { $size } : elle n'est pas chargée pour en prendre une image.
image_too_large_to_read = Cette image dépasse { $size }, elle n'a donc pas été chargée jusqu'au bout. Utilisez un fichier plus petit, ou un fichier que la limite du modèle autorise.

## Ponts et envoi vers un autre modèle

frame_into = Mettre l'image dans
bridge_to = Pont vers
bridge_button = Pont : dernière image de ce clip vers la première de l'autre
bridge_help = Le nouveau clip commence sur la dernière image de ce clip et finit sur la première du clip choisi ; dans la chaîne, il se place entre les deux.
bridge_taken = De la dernière image de la tâche { $from } à la première de la tâche { $to } : modifiez le prompt, puis cliquez sur « Générer ».
bridges_jobs = Relie la tâche { $from } à la tâche { $to }
job_named = Tâche { $job }
use_as_input = Utiliser comme entrée de…
onward_finding = Recherche des modèles qui prennent ce fichier…
onward_none = Aucun modèle du catalogue ne prend { $kind }.
onward_model = Modèle
onward_use = Utiliser
onward_done = La sortie de la tâche { $job } est maintenant une entrée de { $model } : vérifiez le formulaire, puis cliquez sur « Générer ».
made_from_job = Faite à partir de la sortie de la tâche { $job }
join_selected = { $count ->
    [one] Réunir les vidéos choisies en une seule ({ $count } choisie)
   *[other] Réunir les vidéos choisies en une seule ({ $count } choisies)
}
select_for_film = Choisir pour une seule vidéo
compare_wipe = Volet entre les deux premières
wipe_position = Où le volet sépare les deux vidéos
film_drop_seams = Montrer une seule fois l'image répétée à chaque raccord
film_progress = Clips récupérés

## Argent

spend_heading = Dépenses
spend_today = Aujourd'hui
spend_week = Cette semaine
spend_month = Ce mois-ci
spend_with_unknown = { $usd } + { $count ->
    [one] { $count } tâche au coût inconnu
   *[other] { $count } tâches au coût inconnu
}
spend_chart = Dépenses par jour, ces deux dernières semaines
spend_by_model = Ce mois-ci par modèle
spend_export = Exporter en CSV

balance_label = Solde
balance_refresh = Actualiser
balance_unknown = Pas encore connu
balance_blocked = Cette page ne peut pas lire votre solde RunComfy : le navigateur a bloqué l'appel (CORS). Les jobs ne sont pas concernés. Le proxy de la recette d'hébergement transmet aussi le solde.
balance_over = Cet envoi (≈ { $press }) coûte plus que votre solde ({ $balance }) : RunComfy refuse ce que le compte ne couvre pas.
budget_label = Limite de dépenses (dollars US)
budget_per_day = par jour
budget_per_month = par mois
budget_help = Générer demande avant un envoi qui la dépasserait, et une série de jobs cesse d'envoyer à la limite. Elle compte les coûts signalés par RunComfy et, tant qu'ils sont inconnus, les prix estimés. Vide : aucune limite.
budget_passes_day = Dépensé aujourd'hui { $spent } + cet envoi { $press } = { $total } : au-delà de votre limite de { $limit } par jour.
budget_passes_month = Dépensé ce mois-ci { $spent } + cet envoi { $press } = { $total } : au-delà de votre limite de { $limit } par mois.
budget_send_all = Envoyer quand même
budget_send_fitting = { $count ->
    [one] Envoyer { $count } job, dans la limite
   *[other] Envoyer { $count } jobs, dans la limite
}
budget_dont_send = Ne pas envoyer
set_budget_reached = Arrêté à votre limite de dépenses ({ $spent } sur { $limit }) : { $left ->
    [one] { $left } job non envoyé.
   *[other] { $left } jobs non envoyés.
}
budget_stopped = Arrêté à votre limite de dépenses.
