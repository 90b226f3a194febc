# German. The same messages and arguments as en.ftl (its comments say what each is for).
## The page

language = Sprache
inputs_heading = Eingaben
jobs_heading = Verlauf
current_heading = Ergebnis
result_placeholder = Hier erscheinen Ihr Job und sein Ergebnis: Eingaben ausfüllen und auf „Erzeugen“ klicken.
open_settings = Einstellungen
close = Schließen
fix_in_settings = Einstellungen öffnen
token_chip = Token ✓ …{ $end }
token_chip_unsendable = Token ⚠ …{ $end }
filled_from_link = Das Formular wurde aus einem geteilten Link gefüllt. Prüfen Sie es, dann klicken Sie auf „Erzeugen“.

## Settings

settings_heading = Einstellungen
api_token = API-Token
token_placeholder = RunComfy-API-Token einfügen
show = Zeigen
hide = Verbergen
token_help = Aus Ihrem RunComfy-Profil. Wird nur an die API-Basis unten gesendet, im Authorization-Header.
remember_token = Auf diesem Gerät merken
forget_token = Token vergessen
api_base = API-Basis-URL
reset = Zurücksetzen
api_base_help = Blockiert der Browser Aufrufe an RunComfy (CORS), wurde nichts gesendet oder berechnet: Tragen Sie hier einen Proxy auf derselben Website ein, die diese Seite ausliefert; er reicht die Aufrufe an RunComfy weiter.
proxy_recipe = Wie man einen Proxy einrichtet (README, Hosting)
use_site_proxy = Den /runcomfy-Proxy dieser Website verwenden
welcome_token = Fügen Sie Ihr RunComfy-API-Token ein
welcome_where = Sie finden es in Ihrem RunComfy-Konto, unter „Profile“.
welcome_stays = Es bleibt in diesem Browser und geht nur an die RunComfy-API, im Authorization-Header: nie in einen Link, ein Protokoll oder den Verlauf.
use_token = Dieses Token verwenden
notify_ask = Benachrichtigen, wenn ein Job fertig ist
notify_on = Benachrichtigungen an
notify_help = Endet ein Job, während dieser Tab im Hintergrund ist, ändert sich der Tab-Titel; mit Benachrichtigungen meldet es auch das System.
storage_damaged = Einige auf diesem Gerät gespeicherte Daten waren nicht lesbar (beschädigt oder von einer anderen Version) und wurden übersprungen.
part_not_loaded = Ein Teil der App konnte nicht geladen werden. Prüfen Sie die Verbindung und laden Sie dann die Seite neu: Ihre Eingaben und Jobs bleiben erhalten.
storage_file_too_large = Eine lokale Datei ist zu groß, um ein Neuladen zu überstehen; sie bleibt, solange dieser Tab offen ist.
storage_unavailable = Dieser Browser lässt die App nichts speichern (Speicher voll oder deaktiviert): Sie funktioniert, vergisst aber alles, wenn der Tab geschlossen wird.
storage_full = Der Speicher dieser Seite auf diesem Gerät ist voll: { $what } konnte nicht gespeichert werden und ginge beim Schließen des Tabs verloren.
storage_free = { $size } freigeben (als unlesbar beiseitegelegte Daten, für andere Modelle gemerkte Formulare) und erneut speichern
storage_part_history = der Auftragsverlauf
storage_part_sets = die Serien
storage_part_models = die hinzugefügten Modelle
storage_part_form = das Formular
storage_part_queue = die Bilderwarteschlange
storage_part_settings = die Einstellungen
file_not_kept = Diese Datei ist nicht auf diesem Gerät gespeichert: Der Platz des Browsers für diese Seite ist voll. Sie bleibt, solange dieser Tab offen ist.
make_room_file = { $count ->
    [one] Das älteste gespeicherte Ergebnis löschen ({ $size }) und diese Datei behalten
   *[other] Die { $count } ältesten gespeicherten Ergebnisse löschen ({ $size }) und diese Datei behalten
}

## Model

model_heading = Modell
model_picker = Modell
form_is_for = Das Formular unten ist für{ " " }
models_used = Verwendete Modelle
built_in = { " " }(eingebaut)
other_model = Ein anderes RunComfy-Modell verwenden
model_id = Modell-ID
input_schema = Eingabeschema (JSON)
input_schema_help = Das Eingabeschema des Modells von seiner RunComfy-API-Seite, im selben Format: properties, required, validations.
search_models = RunComfy-Modelle nach Namen suchen
category = Kategorie
all_categories = Alle Kategorien
more_models = Weitere Modelle ({ $shown } von { $total } angezeigt)
no_models_found = Kein RunComfy-Modell passt zu dieser Suche.
loading_models = Modelle werden geladen…
catalog_needs_token = Fügen Sie Ihr API-Token ein, um die Modelle von RunComfy zu durchsuchen. Das eingebaute Wan 2.2 funktioniert immer.
catalog_failed = Die Modelle von RunComfy konnten nicht geladen werden. { $reason }
per_second = { $usd }/s
per_run = { $usd }/Lauf
job_cost = Kosten { $usd }
total_cost = Kosten der aufgeführten Jobs: { $usd }
variations = Varianten
variations_help = Jede Variante ist ein eigener Job, mit eigenem Seed.
set_summary = { $count } Varianten: { $sent } gesendet{ $waiting ->
    [0] { "" }
   *[other] , { $waiting } wartend
}{ $not_sent ->
    [0] { "" }
   *[other] , { $not_sent } nicht gesendet
}
cancel_all_queued = Alle wartenden abbrechen
send_not_sent = { $count ->
    [one] Den nicht gesendeten senden
   *[other] Die { $count } nicht gesendeten senden
}
resend_question = Die Seite wurde geschlossen, während ein Job dieser Reihe gesendet wurde: RunComfy hat ihn vielleicht gestartet. Prüfen Sie Ihre RunComfy-Anfragen. Die nicht gesendeten Jobs trotzdem senden?
set_waits = RunComfy bittet um eine Pause: Der Rest der Reihe wartet { $secs } s.
set_sent_elsewhere = Ein anderer Tab dieser Seite sendet diese Reihe: Von hier wurde nichts davon gesendet.
keep_seed = Diesen Seed behalten
load_schema = Schema aus Datei laden
use_model = Dieses Modell verwenden

## Fields

random = Zufällig
random_seed = Zufällig: neuer Seed
random_seed_hint = Einen zufälligen Seed eintragen
seed_help = Leer lassen für einen zufälligen Seed von RunComfy; derselbe Seed mit denselben Eingaben wiederholt ein Ergebnis.
up_to_characters = Bis zu { $max } Zeichen.
slider_of = { $title } (Schieberegler)

## Images, videos, audio files

image_help = Fügen Sie eine HTTPS-URL ein, oder wählen, ziehen oder fügen Sie eine lokale Datei ein. Für große Bilder ist eine öffentliche URL besser; eine lokale Datei wird als data:-URI in der Anfrage mitgesendet.
media_help = Fügen Sie eine HTTPS-URL ein, oder wählen, ziehen oder fügen Sie eine lokale Datei ein. Für große Dateien ist eine öffentliche URL besser; eine lokale Datei wird als data:-URI in der Anfrage mitgesendet.
choose_file = Datei wählen
pasted_file = Eingefügte Datei
fitted = angepasst
within_limits = ✓ Innerhalb der Grenzen des Modells
too_small_note = Ein zu kleines Bild lässt sich hier nicht beheben: Vergrößern würde es nur unscharf machen. Verwenden Sie ein größeres Bild.
fit_to_limits = An Grenzen anpassen
fit_entry_named = { $label } an die Grenzen anpassen
image_placeholder = https://… oder ein Bild hier ablegen / einfügen
image_choose_local = Ein lokales Bild wählen
image_local = Lokales Bild
image_checking = Das Bild wird geprüft…
image_preview = Vorschau des Eingabebildes
image_remove = Bild entfernen
image_add = Bild hinzufügen
video_placeholder = https://… oder ein Video hier ablegen / einfügen
video_choose_local = Ein lokales Video wählen
video_local = Lokales Video
video_checking = Das Video wird geprüft…
video_preview = Vorschau des Eingabevideos
video_remove = Video entfernen
video_add = Video hinzufügen
audio_placeholder = https://… oder eine Audiodatei hier ablegen / einfügen
audio_choose_local = Eine lokale Audiodatei wählen
audio_local = Lokale Audiodatei
audio_checking = Die Audiodatei wird geprüft…
audio_preview = Vorschau der Eingabe-Audiodatei
audio_remove = Audiodatei entfernen
audio_add = Audiodatei hinzufügen
remove_entry = Entfernen
remove_entry_named = { $label } entfernen

## Generate

generate = Erzeugen
submitting = Wird gesendet…
needs_token = Fügen Sie oben auf der Seite Ihr RunComfy-API-Token ein.
still_checking = { $title }: wird noch geprüft.

## Share

copy_share_link = Link zum Teilen kopieren
copy_curl = Als cURL kopieren
show_curl = Die Anfrage als cURL zeigen
link_copied_note = Link zum Teilen kopiert.
copy_this_link = Kopieren Sie diesen Link: { $link }
link_leaves_out_image = Das lokale Bild ist nicht im Link (zu groß): Teilen Sie stattdessen eine öffentliche Bild-URL.
curl_copied = cURL-Befehl kopiert.
select_curl = Markieren Sie den Befehl unten, um ihn zu kopieren.

## History

export_history = Verlauf exportieren
import_history = Verlauf importieren
clear_history = Verlauf löschen
clear_history_question = Den ganzen Verlauf auf diesem Gerät löschen? Ergebnisse bleiben nur so lange auf RunComfy, wie RunComfy sie aufbewahrt.
history_cleared = Verlauf gelöscht.
save_refused = Der Browser hat das Speichern der Datei verweigert.
not_a_history = Diese Datei ist kein Wan-2.2-Verlaufsexport.
imported_jobs = { $count ->
    [one] { $count } Job importiert.
   *[other] { $count } Jobs importiert.
}
skipped_entries = { $count ->
    [one] { $count } beschädigter Eintrag übersprungen.
   *[other] { $count } beschädigte Einträge übersprungen.
}
no_jobs = Hier stehen frühere Jobs.

## Jobs

job = Job{ " " }
job_submitted = Job { $id } gesendet.
cancel = Abbrechen
use_settings = Diese Einstellungen übernehmen
settings_without_image = Das Formular hat die Einstellungen dieses Jobs, aber sein lokales Bild wurde nicht aufbewahrt: Wählen Sie es erneut.
copy_seed = Seed kopieren
run_same_seed = Mit demselben Seed erneut starten
run_new_seed = Mit neuem Seed erneut starten
run_same_seed_question = Diesen Job mit demselben Seed erneut starten? RunComfy berechnet jeden Lauf.
run_new_seed_question = Diesen Job mit einem neuen Seed erneut starten? RunComfy berechnet jeden Lauf.
rerun_hint = Sendet diese Eingaben erneut; RunComfy berechnet jeden Lauf.
rerun_needs_token = Fügen Sie zuerst oben auf der Seite Ihr API-Token ein.
delete = Löschen
watch_needs_token = API-Token einfügen, um weiter zu verfolgen
watch_token_rejected = RunComfy hat das Token abgelehnt: ein gültiges einfügen, um weiter zu verfolgen
reconnecting = Verbindung wird wiederhergestellt…
done_mark = ✓ Fertig
ended_mark = ✗ Beendet

## Outputs

generated_image = Erzeugtes Bild
output_expired = Dieses Ergebnis lädt nicht mehr: RunComfy bewahrt Ausgaben nur begrenzte Zeit auf, und diese ist wahrscheinlich abgelaufen.
keeping_result = Wird auf diesem Gerät gespeichert…
kept_on_device = Auf diesem Gerät gespeichert ({ $size }): spielt auch offline und nachdem die Kopie bei RunComfy abgelaufen ist.
not_kept_refused = Nicht auf diesem Gerät gespeichert: Der Server erlaubt dieser Seite den Download nicht (oder antwortete nicht). Mit „Herunterladen“ sichern.
not_kept_gone = Nicht auf diesem Gerät gespeichert: RunComfy hat diese Datei nicht mehr.
not_kept_too_large = Nicht auf diesem Gerät gespeichert: größer als { $size }. Mit „Herunterladen“ sichern.
not_kept_full = Nicht auf diesem Gerät gespeichert: Der Speicher des Browsers für diese Seite ist voll. Mit „Herunterladen“ sichern.
make_room = { $count ->
    [one] Das älteste gespeicherte Ergebnis löschen ({ $size }) und dieses behalten
   *[other] Die { $count } ältesten gespeicherten Ergebnisse löschen ({ $size }) und dieses behalten
}
not_kept_no_store = Nicht gespeichert: Dieser Browser lässt die Seite keine Dateien speichern (privates Fenster oder Speicher für diese Seite gesperrt).
deleted_from_device = Von diesem Gerät gelöscht; die Kopie bei RunComfy spielt, solange es sie gibt.
gallery_heading = Auf diesem Gerät
gallery_empty = Auf diesem Gerät ist noch nichts gespeichert: Fertige Ergebnisse erscheinen hier.
kept_count = { $count ->
    [one] { $count } Ergebnis gespeichert, { $size }.
   *[other] { $count } Ergebnisse gespeichert, { $size }.
}
download_all_zip = Alle herunterladen (ZIP)
zipping = ZIP wird erstellt…
zip_too_large = Zu viel für eine ZIP-Datei (über 4 GB oder mehr als 65.535 Dateien): Laden Sie die Ergebnisse einzeln herunter.
zip_failed = Die ZIP-Datei konnte nicht erstellt werden: Eine gespeicherte Datei war nicht lesbar.
not_in_history = Nicht im Verlauf
show_more_jobs = { $count } weitere zeigen ({ $hidden } nicht angezeigt)
keep_results = Fertige Ergebnisse auf diesem Gerät speichern
keep_results_help = Jedes fertige Video, Bild und Audio wird einmal in den Speicher dieses Browsers geladen, damit der Verlauf es offline abspielt und auch, nachdem RunComfy seine Kopie gelöscht hat (nach etwa 7 Tagen).
kept_space = { $count ->
    [one] { $count } Ergebnis gespeichert, { $size }. Diese Seite nutzt { $used } von { $quota }, die der Browser erlaubt.
   *[other] { $count } Ergebnisse gespeichert, { $size }. Diese Seite nutzt { $used } von { $quota }, die der Browser erlaubt.
}
download = Herunterladen
open_in_tab = In neuem Tab öffnen
copy_link = Link kopieren
link_copied = Link kopiert

## API errors

api_unauthorized = RunComfy hat das API-Token nicht akzeptiert: Es fehlt, ist falsch oder abgelaufen. Fügen Sie ein gültiges Token aus Ihrem RunComfy-Profil ein.
api_forbidden = Dieses Token darf dieses Modell nicht verwenden (Zugriff verweigert).
api_insufficient_balance = Ihr RunComfy-Guthaben reicht für diesen Job nicht aus. Laden Sie Ihr Konto auf und versuchen Sie es dann erneut.
api_not_found = RunComfy kennt dieses Modell oder diese Anfrage nicht. Vielleicht ist sie abgelaufen (Ergebnisse werden nur begrenzte Zeit aufbewahrt).
api_rate_limited_for = Zu viele Anfragen: RunComfy begrenzt die Anfragerate. Warten Sie { $secs } s und versuchen Sie es dann erneut.
api_rate_limited = Zu viele Anfragen: RunComfy begrenzt die Anfragerate. Warten Sie einen Moment und versuchen Sie es dann erneut.
api_unavailable = RunComfy ist gerade nicht verfügbar (HTTP { $status }). Es ist nichts verloren: Versuchen Sie es gleich noch einmal.
api_error_in_body_said = RunComfy hat einen Fehler gemeldet (Code { $code }): { $message }
api_error_in_body = RunComfy hat einen Fehler gemeldet (Code { $code }).
api_malformed = Die Antwort von RunComfy ist nicht das erwartete JSON (HTTP { $status }).
api_network = Die API ist nicht erreichbar. Entweder sind Sie offline, oder der Browser hat die Anfrage blockiert (CORS): Die API-Basis-URL muss den Ursprung dieser Seite zulassen. Versuchen Sie den Same-Origin-Proxy unter Einstellungen → API-Basis-URL.
api_timeout = Die API hat nicht rechtzeitig geantwortet. Falls Sie gerade einen Job abgeschickt haben, kann er trotzdem gestartet sein: Prüfen Sie Ihre RunComfy-Anfragen, bevor Sie es erneut versuchen.
api_unexpected = Unerwartete Antwort von RunComfy (HTTP { $status }).
api_with_server = { $base } (Meldung von RunComfy: { $message })
api_invalid = RunComfy hat die Eingaben abgelehnt:
api_invalid_schema = Sie passen nicht zum Schema des Modells.

## Kinds of files

image_noun = { $count ->
    [one] Bild
   *[other] Bilder
}
video_noun = { $count ->
    [one] Video
   *[other] Videos
}
audio_noun = { $count ->
    [one] Audiodatei
   *[other] Audiodateien
}
entry_noun = { $count ->
    [one] Eintrag
   *[other] Einträge
}
image_with_article = ein Bild
video_with_article = ein Video
audio_with_article = eine Audiodatei

## Fields

field_required = { $title } ist erforderlich.
field_too_long = { $title } ist { $len } Zeichen lang; erlaubt sind höchstens { $max }.
field_not_integer = { $title } muss eine ganze Zahl sein.
field_not_number = { $title } muss eine Zahl sein.
field_between = { $title } muss zwischen { $min } und { $max } liegen.
field_at_least = { $title } muss mindestens { $min } sein.
field_at_most = { $title } darf höchstens { $max } sein.
field_out_of_range = { $title } liegt außerhalb des erlaubten Bereichs.
field_not_in_enum = { $title } muss einer der angebotenen Werte sein.
field_not_a_list = { $title } ist als JSON-Liste geschrieben, die sich nicht lesen lässt (fehlerhaft oder zu tief verschachtelt). Schreiben Sie einen Eintrag pro Zeile oder eine gültige JSON-Liste.
field_too_few_items = { $title }: Fügen Sie mindestens { $min } { $noun } hinzu.
field_too_many_items = { $title }: höchstens { $max } { $noun }; entfernen Sie { $extra }.

## Images, videos, audio files: problems

image_unsupported_format = { $format }-Bilder werden nicht unterstützt. Verwenden Sie JPEG, PNG (ohne Alphakanal), BMP oder WEBP.
image_alpha_png = Dieses PNG ist transparent (es hat einen Alphakanal), was das Modell nicht akzeptiert. Legen Sie es mit „An Grenzen anpassen“ auf einen weißen Hintergrund oder speichern Sie es ohne Transparenz.
audio_too_large_to_upload = Diese lokale Audiodatei ist { $size } groß; von diesem Gerät gesendet darf sie höchstens { $cap } MiB haben. Legen Sie sie unter einer öffentlichen https://-URL ab und fügen Sie diese ein.
video_too_large_to_upload = Dieses lokale Video ist { $size } groß; von diesem Gerät gesendet darf es höchstens { $cap } MiB haben. Legen Sie es unter einer öffentlichen https://-URL ab und fügen Sie diese ein.
request_too_large = Die lokalen Dateien dieser Anfrage ergeben zusammen { $size }; eine Anfrage darf höchstens { $cap } MiB tragen. Legen Sie einige davon unter öffentlichen https://-URLs ab und fügen Sie diese ein.

## Images: what is wrong, what to know

image_empty = Geben Sie eine Bild-URL ein oder wählen Sie eine Datei.
image_not_an_image = Das ist kein Bild (oder der Browser kann es nicht dekodieren). Verwenden Sie eine JPEG-, PNG-, BMP- oder WEBP-Datei.
note_local_http = Eine lokale http-Adresse eignet sich nur zum Testen: RunComfy kann sie nicht abrufen.
note_bytes_hidden = Dieser Host lässt den Browser die Datei nicht lesen, daher konnten Größe und Format hier nicht geprüft werden; RunComfy prüft sie beim Start des Jobs.
note_unplayable = Dieser Browser kann die Datei nicht abspielen, daher konnten Länge und Bildgröße hier nicht geprüft werden; RunComfy liest sie beim Start des Jobs.

## Images, videos, audio files: addresses

media_invalid_url = { $kind ->
    [video] Das ist keine gültige Webadresse. Sie sollte etwa so aussehen: https://example.com/clip.mp4.
    [audio] Das ist keine gültige Webadresse. Sie sollte etwa so aussehen: https://example.com/ton.mp3.
   *[image] Das ist keine gültige Webadresse. Sie sollte etwa so aussehen: https://example.com/bild.jpg.
}
media_not_https = { $kind ->
    [video] Die Video-URL muss mit https:// beginnen — RunComfy lädt nur öffentliche HTTPS-Adressen.
    [audio] Die Audio-URL muss mit https:// beginnen — RunComfy lädt nur öffentliche HTTPS-Adressen.
   *[image] Die Bild-URL muss mit https:// beginnen — RunComfy lädt nur öffentliche HTTPS-Adressen.
}
media_unreachable = { $kind ->
    [video] Das Video konnte von dieser URL nicht geladen werden: Der Server ist nicht erreichbar oder zu langsam, oder die Adresse ist falsch.
    [audio] Die Audiodatei konnte von dieser URL nicht geladen werden: Der Server ist nicht erreichbar oder zu langsam, oder die Adresse ist falsch.
   *[image] Das Bild konnte von dieser URL nicht geladen werden: Der Server ist nicht erreichbar oder zu langsam, oder die Adresse ist falsch.
}
media_http_status = { $kind ->
    [video] Die Video-URL hat mit HTTP { $status } geantwortet, es gibt also kein Video. Prüfen Sie, ob die Adresse öffentlich und noch gültig ist.
    [audio] Die Audio-URL hat mit HTTP { $status } geantwortet, es gibt also keine Audiodatei. Prüfen Sie, ob die Adresse öffentlich und noch gültig ist.
   *[image] Die Bild-URL hat mit HTTP { $status } geantwortet, es gibt also kein Bild. Prüfen Sie, ob die Adresse öffentlich und noch gültig ist.
}
media_unreadable = Der Browser konnte diese Datei nicht lesen.
media_local_file_gone = { $kind ->
    [video] Das zuvor gewählte lokale Video ist nicht mehr auf diesem Gerät (der Browser hat seinen Speicher vielleicht geleert): Wählen Sie es erneut.
    [audio] Die zuvor gewählte lokale Audiodatei ist nicht mehr auf diesem Gerät (der Browser hat seinen Speicher vielleicht geleert): Wählen Sie sie erneut.
   *[image] Das zuvor gewählte lokale Bild ist nicht mehr auf diesem Gerät (der Browser hat seinen Speicher vielleicht geleert): Wählen Sie es erneut.
}

## Images, videos, audio files: formats

described_format = { $kind ->
    [video] ein { $name }-Video
    [audio] eine { $name }-Audiodatei
   *[image] ein { $name }-Bild
}
described_format_vowel = { $kind ->
    [video] ein { $name }-Video
    [audio] eine { $name }-Audiodatei
   *[image] ein { $name }-Bild
}
kind_mismatch = Diese Datei ist { $found }, aber dieses Feld erwartet { $expected }.
unrecognised_file = { $kind ->
    [video] Diese Datei ist kein Video, das die App erkennt (MP4, MOV, WebM, MKV, AVI oder OGV).
    [audio] Diese Datei ist keine Audiodatei, die die App erkennt (WAV, MP3, OGG, FLAC, M4A oder AAC).
   *[image] Diese Datei ist kein Bild, das die App erkennt (JPEG, PNG, BMP oder WEBP).
}

## Sets of jobs and models

repeat_refused = Nicht erneut gesendet: Genau diese Eingaben wurden eben erst gesendet. Klicken Sie noch einmal auf „Erzeugen“, um sie ein zweites Mal auszuführen.
model_bad_id = Eine Modell-ID hat die Form anbieter/modell/aufgabe (Buchstaben, Ziffern, „.“, „_“ und „-“, getrennt durch „/“).
model_bad_schema = Dieses Eingabeschema kann nicht verwendet werden: { $reason }. Das aktuelle Modell bleibt ausgewählt.
model_no_schema = RunComfy führt dieses Modell ohne Eingabeschema, daher lässt sich kein Formular dafür bauen. Das aktuelle Modell bleibt ausgewählt; fügen Sie das Schema unten ein, um es zu verwenden.

## Prices

price_per_run = { $rate } pro Lauf
price_for_seconds = ≈ { $price } für { $seconds } s
price_per_second_duration = { $rate }/s (Dauer { $duration })
price_base = Grundpreis { $rate }
price_per_unit = { $rate } pro { $unit }
price_times_jobs = { $one } × { $jobs } Jobs = { $total }
price_note = Grundpreis von RunComfy; Optionen wie die Auflösung können den Preis ändern.

## Schemas

schema_no_properties = Das Schema enthält keine Eigenschaften.
schema_sentence = { $reason }.
schema_not_json = Das Schema ist kein gültiges JSON: { $detail }
schema_wrong_shape = Das Schema hat nicht die erwartete Form: { $detail }
schema_no_properties_object = Das Schema hat kein „properties“-Objekt
schema_no_properties_clause = Es enthält keine Eigenschaften
schema_property_not_object = Die Eigenschaft „{ $name }“ ist kein Objekt
json_at = { $text } (Zeile { $line }, Spalte { $column })
rule_width_at_most = Die Bildbreite darf { $px } Pixel nicht überschreiten.
rule_height_at_most = Die Bildhöhe darf { $px } Pixel nicht überschreiten.
rule_width_at_least = Die Bildbreite muss mindestens { $px } Pixel betragen.
rule_height_at_least = Die Bildhöhe muss mindestens { $px } Pixel betragen.
rule_file_size_below = Die Datei muss kleiner als { $mb } MB sein.
rule_aspect_at_least = Das Bild ist zu hoch: Seine Breite muss mindestens das { $ratio }-Fache seiner Höhe betragen.
rule_aspect_at_most = Das Bild ist zu breit: Seine Breite darf höchstens das { $ratio }-Fache seiner Höhe betragen.
rule_unknown = Die Eingabe muss „{ $rule } { $px }“ erfüllen.

## Job phases

seconds = { $secs } s
phase_queued_at = In der Warteschlange — Platz { $position }
phase_queued = In der Warteschlange
phase_running = Läuft
phase_done = Fertig
phase_failed = Fehlgeschlagen: { $reason }
phase_cancelled = Abgebrochen
phase_unknown = Status: { $status }
failure_no_reason = Der Job ist fehlgeschlagen.
failure_no_output = Der Job ist fertig, hat aber nichts ausgegeben.
cancel_sending = Wird abgebrochen…
cancel_requested = Abbruch angefordert…
cancel_too_late = Läuft schon: Der Job kann nicht mehr abgebrochen werden.
cancel_refused = Abbrechen fehlgeschlagen: { $reason }

## Languages

language_failed = { $language } konnte nicht geladen werden, daher erscheint die App auf Englisch.

## One job per image

queue_heading = { $count ->
    [one] { $count } Bild, ein Job
   *[other] { $count } Bilder, je ein Job
}
add_images = Bilder hinzufügen
remove_all_images = Alle Bilder entfernen
several_images_help = Mehrere Bilder auf einmal (wählen, ziehen oder einfügen) ergeben je einen Job.
no_valid_image = { $title }: Keines der Bilder kann gesendet werden.
invalid_images = Diese Bilder können nicht gesendet werden:
skip_and_send = Auslassen und senden
keep_images = Alle Bilder behalten
batch_summary = { $images ->
    [one] { $images } Bild
   *[other] { $images } Bilder
}, { $count ->
    [one] { $count } Job
   *[other] { $count } Jobs
}: { $sent } gesendet{ $waiting ->
    [0] { "" }
   *[other] , { $waiting } wartend
}{ $not_sent ->
    [0] { "" }
   *[other] , { $not_sent } nicht gesendet
}
job_image = Das Bild dieses Jobs
files_not_kept = { $count ->
    [one] { $count } Job wurde nicht gesendet, und sein lokales Bild war zu groß, um das Neuladen zu überstehen: Geben Sie das Bild erneut an und klicken Sie auf „Erzeugen“.
   *[other] { $count } Jobs wurden nicht gesendet, und ihre lokalen Bilder waren zu groß, um das Neuladen zu überstehen: Geben Sie die Bilder erneut an und klicken Sie auf „Erzeugen“.
}
skip_question = { $invalid } { $invalid ->
        [one] ungültiges Bild
       *[other] ungültige Bilder
    } auslassen und { $jobs } { $jobs ->
        [one] Job
       *[other] Jobs
    } senden?

## Extend from a frame

more_actions = Mehr
frame_picker = Ab einem Bild fortsetzen
frame_back = Bild zurück
frame_forward = Bild vor
last_frame = Letztes Bild
use_this_frame = Dieses Bild verwenden
use_frame_as_loop = Schleife: mit diesem Bild beginnen und enden
frame_position = Bild { $frame } · { $secs } s
frame_help = Anhalten oder zum Bild springen, ab dem es weitergehen soll: Es wird das Bild des nächsten Jobs, mit denselben Einstellungen.
taking_frame = Bild wird übernommen…
frame_taken = Das Bild bei { $secs } s aus Job { $job } ist das Bild des nächsten Jobs: Prompt anpassen, dann „Erzeugen“.
frame_label = Bild bei { $secs } s aus Job { $job }
frame_cors_refused = Der Server, der dieses Video speichert, lässt den Browser es nicht lesen (kein CORS), daher können seine Bilder hier nicht übernommen werden. Laden Sie das Video herunter und wählen Sie dann die heruntergeladene Datei: Ihre Bilder funktionieren genauso.
download_video = Video herunterladen
choose_downloaded_video = Heruntergeladenes Video wählen
frame_fetch_failed = Das Video konnte nicht heruntergeladen werden (HTTP { $status }): Seine Bilder können nicht übernommen werden.
frame_unreadable = Der Browser konnte kein Bild aus diesem Video lesen.
continues_job = Setzt Job { $job } ab seinem Bild bei { $secs } s fort
chain_part = Clip { $part } von { $of } einer Kette
play_chain = Kette abspielen
download_chain = Der Reihe nach herunterladen
film_download = Als ein Video herunterladen
film_saved = { $count } Clips als ein Video gespeichert ({ $secs } s), ohne Neukodierung zusammengefügt.
film_unreadable = Clip { $n } ist kein MP4, das hier zusammengefügt werden kann (anderes Format oder beschädigt). Nutzen Sie stattdessen „Der Reihe nach herunterladen“.
film_other_tracks = Clip { $n } hat andere Spuren als der erste Clip (Ton, wo jener keinen hat, oder umgekehrt): Ohne Neukodierung lässt er sich nicht anfügen.
film_other_settings = Clip { $n } wurde mit anderen Video- oder Toneinstellungen erstellt als der erste Clip (Bildgröße, Profil, Abtastrate): Ohne Neukodierung lässt er sich nicht anfügen.
film_too_few = Für ein Video braucht es mindestens zwei Clips.
film_leave_out = Clip { $n } weglassen und den Rest zusammenfügen
film_restored = { $count ->
    [one] { $name } enthält die Einstellungen, mit denen es entstand: Sie stehen im Formular.
   *[other] { $name } enthält die Einstellungen seiner { $count } Clips: Das Formular enthält die des letzten.
}
film_other_model = { $name } entstand mit { $model }, das sich hier nicht öffnen ließ (ein Modell aus dem Katalog braucht Ihr Token): Wählen Sie es und legen Sie die Datei erneut ab.
film_no_settings = { $name } enthält keine Einstellungen dieser App. Um es als Eingabe zu nutzen, legen Sie es auf einem Videofeld ab.
compare_play = Alle zusammen abspielen
compare_pause = Alle anhalten
compare_position = Position aller Videos
chain_clip = Kette, Clip { $part } von { $of }
chain_fetching = Clip { $part } von { $of } wird geladen…
chain_saved = { $count ->
    [one] { $count } Clip der Reihe nach gespeichert.
   *[other] { $count } Clips der Reihe nach gespeichert.
}
chain_cors_refused = Der Server, der diese Clips speichert, lässt den Browser sie nicht lesen (kein CORS), daher können sie hier nicht gespeichert werden. Öffnen Sie sie in dieser Reihenfolge und speichern Sie jeden:

## Feindliche und ungeschickte Eingaben

token_bad_character = Das Token enthält ein Zeichen, das nicht gesendet werden kann: { $found } an Position { $position }. Kopieren Sie das Token erneut aus Ihrem RunComfy-Profil.
api_token_unsendable = Nichts wurde gesendet: Zeichen { $position } des API-Tokens kann in keiner Anfrage übertragen werden. Fügen Sie das Token in den Einstellungen erneut ein.
api_local_file_missing = Nichts wurde gesendet: Eine lokale Datei dieser Anfrage ist nicht mehr auf diesem Gerät (der Browser hat seinen Speicher vielleicht geleert). Wählen Sie die Datei erneut.
sending_upload = { $size } werden gesendet: Bei einer langsamen Verbindung kann das bis zu { $secs } s dauern. Lassen Sie diesen Tab offen.
phase_unconfirmed = Nicht bestätigt: { $reason } Prüfen Sie erneut, wie es um den Job steht.
check_again = Erneut prüfen
notify_unsupported = Dieser Browser hat hier keine Systembenachrichtigungen (auf dem iPhone fügen Sie die Seite zuerst zum Home-Bildschirm hinzu). Endet ein Job im Hintergrund, ändert sich trotzdem der Tab-Titel.
frame_too_large = Dieses Video ist größer als { $size }: Es wird nicht geladen, um ein Bild daraus zu nehmen.
image_too_large_to_read = Dieses Bild ist größer als { $size } und wurde daher nicht zu Ende geladen. Verwenden Sie eine kleinere Datei oder eine, die das Limit des Modells erlaubt.

## Brücken und Weitergeben

frame_into = Bild einsetzen in
bridge_to = Brücke zu
bridge_button = Brücke: letztes Bild dieses Clips zum ersten des anderen
bridge_help = Der neue Clip beginnt mit dem letzten Bild dieses Clips und endet mit dem ersten des gewählten; in der Kette läuft er zwischen beiden.
bridge_taken = Vom letzten Bild von Job { $from } zum ersten von Job { $to }: Prompt anpassen, dann „Erzeugen“.
bridges_jobs = Verbindet Job { $from } mit Job { $to }
job_named = Job { $job }
use_as_input = Als Eingabe verwenden für…
onward_finding = Modelle, die das nehmen, werden gesucht…
onward_none = Kein Modell des Katalogs nimmt { $kind }.
onward_model = Modell
onward_use = Verwenden
onward_done = Die Ausgabe von Job { $job } ist jetzt eine Eingabe von { $model }: Formular prüfen, dann „Erzeugen“.
made_from_job = Aus der Ausgabe von Job { $job }
join_selected = { $count ->
    [one] Ausgewählte Videos zu einem verbinden ({ $count } ausgewählt)
   *[other] Ausgewählte Videos zu einem verbinden ({ $count } ausgewählt)
}
select_for_film = Für ein Video auswählen
compare_wipe = Wischvergleich der ersten beiden
wipe_position = Wo die Trennlinie die beiden Videos teilt
film_drop_seams = Das wiederholte Bild an jeder Naht nur einmal zeigen
film_progress = Geladene Clips

## Geld

spend_heading = Ausgaben
spend_today = Heute
spend_week = Diese Woche
spend_month = Diesen Monat
spend_with_unknown = { $usd } + { $count ->
    [one] { $count } Job mit unbekannten Kosten
   *[other] { $count } Jobs mit unbekannten Kosten
}
spend_chart = Ausgaben pro Tag, die letzten zwei Wochen
spend_by_model = Diesen Monat nach Modell
spend_export = Als CSV exportieren

balance_label = Guthaben
balance_refresh = Aktualisieren
balance_unknown = Noch nicht bekannt
balance_blocked = Diese Seite kann Ihr RunComfy-Guthaben nicht lesen: Der Browser hat den Aufruf blockiert (CORS). Jobs sind nicht betroffen. Der Proxy aus der Hosting-Anleitung leitet auch das Guthaben weiter.
balance_over = Dieser Auftrag (≈ { $press }) kostet mehr als Ihr Guthaben ({ $balance }): RunComfy lehnt ab, was das Konto nicht deckt.
budget_label = Ausgabenlimit (US-Dollar)
budget_per_day = pro Tag
budget_per_month = pro Monat
budget_help = Generieren fragt vor einem Auftrag, der es überschreiten würde, und eine Reihe von Jobs hört dort auf zu senden. Es zählt die von RunComfy gemeldeten Kosten und, solange sie nicht bekannt sind, die Preisschätzungen. Leer: kein Limit.
budget_passes_day = Heute ausgegeben { $spent } + dieser Auftrag { $press } = { $total }: über Ihrem Limit von { $limit } pro Tag.
budget_passes_month = Diesen Monat ausgegeben { $spent } + dieser Auftrag { $press } = { $total }: über Ihrem Limit von { $limit } pro Monat.
budget_send_all = Trotzdem senden
budget_send_fitting = { $count ->
    [one] { $count } Job senden, innerhalb des Limits
   *[other] { $count } Jobs senden, innerhalb des Limits
}
budget_dont_send = Nicht senden
set_budget_reached = Am Ausgabenlimit angehalten ({ $spent } von { $limit }): { $left ->
    [one] { $left } Job nicht gesendet.
   *[other] { $left } Jobs nicht gesendet.
}
budget_stopped = Am Ausgabenlimit angehalten.
