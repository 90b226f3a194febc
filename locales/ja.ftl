# Japanese. The same messages and arguments as en.ftl (its comments say what each is for).

## The page

language = 言語
inputs_heading = 入力
jobs_heading = 履歴
current_heading = 結果
result_placeholder = ジョブとその結果はここに表示されます。入力を済ませて「生成」を押してください。
open_settings = 設定
close = 閉じる
fix_in_settings = 設定を開く
token_chip = トークン ✓ …{ $end }
token_chip_unsendable = Token ⚠ …{ $end }
filled_from_link = 共有リンクからフォームに入力しました。内容を確認してから「生成」を押してください。

## Settings

settings_heading = 設定
api_token = API トークン
token_placeholder = RunComfy の API トークンを貼り付け
show = 表示
hide = 隠す
token_help = RunComfy のプロフィールで取得できます。下の API ベースにだけ、Authorization ヘッダーで送信されます。
remember_token = このデバイスに保存する
forget_token = トークンを削除
api_base = API ベース URL
reset = リセット
api_base_help = ブラウザーが RunComfy への通信をブロックした場合（CORS）、何も送信・請求されていません。このページと同じサイトにあり、RunComfy へ通信を中継するプロキシをここに指定してください。
proxy_recipe = プロキシの設置方法（README、Hosting）
use_site_proxy = このサイトの /runcomfy プロキシを使う
welcome_token = RunComfy の API トークンを貼り付けてください
welcome_where = RunComfy アカウントの「Profile」にあります。
welcome_stays = トークンはこのブラウザーに保存され、Authorization ヘッダーで RunComfy API にだけ送られます。リンク、ログ、履歴に含まれることはありません。
use_token = このトークンを使う
notify_ask = ジョブが終わったら通知する
notify_on = 通知オン
notify_help = このタブがバックグラウンドにある間にジョブが終わると、タブのタイトルが変わります。通知をオンにすると、システムからもお知らせします。
storage_damaged = このデバイスに保存されたデータの一部が読み込めなかったため（破損しているか別バージョンのもの）、スキップしました。
part_not_loaded = アプリの一部を読み込めませんでした。接続を確認してからページを再読み込みしてください。入力内容とジョブは保持されます。
storage_file_too_large = ローカルファイルが大きすぎて、再読み込み後まで保持できません。このタブを開いている間は残ります。
storage_unavailable = このブラウザーではアプリが何も保存できません（ストレージが満杯か無効）。動作はしますが、タブを閉じるとすべて失われます。
storage_full = この端末のこのサイト用ストレージが満杯です：{ $what }を保存できず、このタブを閉じると失われます。
storage_free = { $size }を解放（読めずに退避したデータ、他のモデル用に記憶したフォーム）して保存し直す
storage_part_history = ジョブ履歴
storage_part_sets = セット
storage_part_models = 追加したモデル
storage_part_form = フォーム
storage_part_queue = 画像キュー
storage_part_settings = 設定
file_not_kept = このファイルはこの端末に保存されていません：このサイト用のブラウザーの容量が満杯です。このタブを開いている間は残ります。
make_room_file = 保存済みの古い結果 { $count } 件（{ $size }）を削除してこのファイルを保存

## Model

model_heading = モデル
model_picker = モデル
form_is_for = 下のフォームの対象：{ " " }
models_used = 使用したモデル
built_in = { " " }（組み込み）
other_model = 別の RunComfy モデルを使う
model_id = モデル ID
input_schema = 入力スキーマ（JSON）
input_schema_help = RunComfy の API ページにあるモデルの入力スキーマを、同じ形式（properties、required、validations）で。
search_models = RunComfy のモデルを名前で検索
category = カテゴリー
all_categories = すべてのカテゴリー
more_models = さらに表示（{ $total } 件中 { $shown } 件を表示中）
no_models_found = この検索に一致する RunComfy のモデルはありません。
loading_models = モデルを読み込み中…
catalog_needs_token = RunComfy のモデルを閲覧するには API トークンを貼り付けてください。組み込みの Wan 2.2 はいつでも使えます。
catalog_failed = RunComfy のモデルを読み込めませんでした。{ $reason }
per_second = { $usd }/秒
per_run = { $usd }/回
job_cost = 費用 { $usd }
total_cost = 一覧のジョブの費用：{ $usd }
variations = バリエーション
variations_help = バリエーションはそれぞれ独立したジョブで、シードもそれぞれ異なります。
set_summary = バリエーション { $count } 件：送信済み { $sent } 件{ $waiting ->
    [0] { "" }
   *[other] 、待機中 { $waiting } 件
}{ $not_sent ->
    [0] { "" }
   *[other] 、未送信 { $not_sent } 件
}
cancel_all_queued = 待機中をすべてキャンセル
send_not_sent = { $count ->
   *[other] 未送信の { $count } 件を送信
}
resend_question = このセットのジョブを送信中にページが閉じられました。RunComfy で開始されている可能性があります。RunComfy のリクエストを確認してください。それでも未送信のジョブを送信しますか？
set_waits = RunComfy から速度を落とすよう求められました。セットの残りは { $secs } 秒待機します。
set_sent_elsewhere = このサイトの別のタブがこのセットを送信中です。このタブからは何も送信していません。
keep_seed = このシードを使う
load_schema = ファイルからスキーマを読み込む
use_model = このモデルを使う

## Fields

random = ランダム
random_seed = ランダムなシード
random_seed_hint = ランダムなシードを入力
seed_help = 空欄にすると RunComfy がランダムなシードを選びます。同じ入力に同じシードを使うと、同じ結果になります。
up_to_characters = 最大 { $max } 文字。
slider_of = { $title } のスライダー

## Images, videos, audio files

image_help = HTTPS の URL を貼り付けるか、ローカルファイルを選択・ドロップ・貼り付けしてください。大きな画像には公開 URL をおすすめします。ローカルファイルは data: URI としてリクエストに含めて送信されます。
media_help = HTTPS の URL を貼り付けるか、ローカルファイルを選択・ドロップ・貼り付けしてください。大きなファイルには公開 URL をおすすめします。ローカルファイルは data: URI としてリクエストに含めて送信されます。
choose_file = ファイルを選択
pasted_file = 貼り付けたファイル
fitted = 調整済み
within_limits = ✓ モデルの制限内です
too_small_note = 小さすぎる画像はここでは直せません。拡大してもぼやけるだけです。もっと大きな画像を使ってください。
fit_to_limits = 制限に合わせる
fit_entry_named = { $label } を制限に合わせる
image_placeholder = https://… または画像をここにドロップ／貼り付け
image_choose_local = ローカルの画像を選択
image_local = ローカルの画像
image_checking = 画像を確認中…
image_preview = 入力画像のプレビュー
image_remove = 画像を削除
image_add = 画像を追加
video_placeholder = https://… または動画をここにドロップ／貼り付け
video_choose_local = ローカルの動画を選択
video_local = ローカルの動画
video_checking = 動画を確認中…
video_preview = 入力動画のプレビュー
video_remove = 動画を削除
video_add = 動画を追加
audio_placeholder = https://… または音声ファイルをここにドロップ／貼り付け
audio_choose_local = ローカルの音声ファイルを選択
audio_local = ローカルの音声ファイル
audio_checking = 音声ファイルを確認中…
audio_preview = 入力音声のプレビュー
audio_remove = 音声ファイルを削除
audio_add = 音声ファイルを追加
remove_entry = 削除
remove_entry_named = { $label } を削除

## Generate

generate = 生成
submitting = 送信中…
needs_token = ページ上部に RunComfy の API トークンを貼り付けてください。
still_checking = { $title }：確認中です。

## Share

copy_share_link = 共有リンクをコピー
copy_curl = cURL としてコピー
show_curl = リクエストを cURL で表示
link_copied_note = 共有リンクをコピーしました。
copy_this_link = このリンクをコピーしてください：{ $link }
link_leaves_out_image = ローカルの画像はリンクに含まれていません（大きすぎます）。代わりに公開されている画像の URL を共有してください。
curl_copied = cURL コマンドをコピーしました。
select_curl = 下のコマンドを選択してコピーしてください。

## History

export_history = 履歴をエクスポート
import_history = 履歴をインポート
clear_history = 履歴を消去
clear_history_question = このデバイスの履歴をすべて消去しますか？結果は RunComfy が保持している間だけ RunComfy に残ります。
history_cleared = 履歴を消去しました。
save_refused = ブラウザーがファイルの保存を拒否しました。
not_a_history = このファイルは Wan 2.2 の履歴エクスポートではありません。
imported_jobs = { $count ->
   *[other] { $count } 件のジョブをインポートしました。
}
skipped_entries = { $count ->
   *[other] 破損した { $count } 件の項目をスキップしました。
}
no_jobs = 以前のジョブはここに表示されます。

## Jobs

job = ジョブ{ " " }
job_submitted = ジョブ { $id } を送信しました。
cancel = キャンセル
use_settings = この設定を使う
settings_without_image = このジョブの設定をフォームに入れましたが、ローカルの画像は保存されていませんでした。もう一度選択してください。
copy_seed = シードをコピー
run_same_seed = 同じシードで再実行
run_new_seed = 新しいシードで再実行
run_same_seed_question = このジョブを同じシードで再実行しますか？RunComfy は実行ごとに課金します。
run_new_seed_question = このジョブを新しいシードで再実行しますか？RunComfy は実行ごとに課金します。
rerun_hint = この入力をもう一度送信します。RunComfy は実行ごとに課金します。
rerun_needs_token = 先にページ上部に API トークンを貼り付けてください。
delete = 削除
watch_needs_token = 監視を続けるには API トークンを貼り付けてください
watch_token_rejected = RunComfy がトークンを拒否しました。監視を続けるには有効なトークンを貼り付けてください
reconnecting = 再接続中…
done_mark = ✓ 完了
ended_mark = ✗ 終了

## Outputs

generated_image = 生成された画像
output_expired = この結果はもう読み込めません。RunComfy は出力を一定期間しか保持しないため、期限が切れた可能性があります。
keeping_result = この端末に保存しています…
kept_on_device = この端末に保存済み（{ $size }）：オフラインでも、RunComfy のコピーの期限が切れた後も再生できます。
not_kept_refused = この端末に保存できませんでした：ホストがこのページからのダウンロードを許可していません（または応答がありません）。「ダウンロード」で保存してください。
not_kept_gone = この端末に保存できませんでした：RunComfy にこのファイルはもうありません。
not_kept_too_large = この端末に保存できませんでした：{ $size } を超えています。「ダウンロード」で保存してください。
not_kept_full = この端末に保存できませんでした：このサイト用のブラウザーの容量がいっぱいです。「ダウンロード」で保存してください。
make_room = { $count ->
   *[other] 最も古い保存済みの結果 { $count } 件（{ $size }）を削除してこれを保存
}
not_kept_no_store = 保存できません：このブラウザーはページにファイルの保存を許可していません（プライベートウィンドウ、またはこのサイトのストレージがブロックされています）。
deleted_from_device = この端末から削除しました。RunComfy のコピーがある間はそれを再生します。
gallery_heading = この端末
gallery_empty = この端末にはまだ何も保存されていません。完了した結果がここに表示されます。
kept_count = { $count ->
   *[other] { $count } 件の結果を保存済み（{ $size }）。
}
download_all_zip = すべてダウンロード（ZIP）
zipping = ZIP を作成しています…
zip_too_large = 1 つの ZIP には多すぎます（4 GB 超、または 65,535 ファイル超）。結果を 1 つずつダウンロードしてください。
zip_failed = ZIP を作成できませんでした。保存済みファイルを読み込めませんでした。
not_in_history = 履歴にありません
show_more_jobs = さらに { $count } 件表示（未表示 { $hidden } 件）
keep_results = 完了した結果をこの端末に保存する
keep_results_help = 完了した動画・画像・音声はそれぞれ一度だけこのブラウザーのストレージにダウンロードされ、履歴からオフラインでも、RunComfy がコピーを削除した後（約 7 日後）も再生できます。
kept_space = { $count ->
   *[other] { $count } 件の結果を保存済み（{ $size }）。このサイトはブラウザーが許可する { $quota } のうち { $used } を使用しています。
}
download = ダウンロード
open_in_tab = 新しいタブで開く
copy_link = リンクをコピー
link_copied = リンクをコピーしました

## API errors

api_unauthorized = RunComfy が API トークンを受け付けませんでした。トークンがないか、間違っているか、期限切れです。RunComfy のプロフィールから有効なトークンを貼り付けてください。
api_forbidden = このトークンにはこのモデルを使う権限がありません（アクセス拒否）。
api_insufficient_balance = RunComfy の残高がこのジョブの実行に足りません。アカウントにチャージしてから、もう一度お試しください。
api_not_found = RunComfy はこのモデルまたはリクエストを認識していません。期限切れの可能性があります（結果は一定期間しか保持されません）。
api_rate_limited_for = リクエストが多すぎます。RunComfy がレート制限をしています。{ $secs } 秒待ってから、もう一度お試しください。
api_rate_limited = リクエストが多すぎます。RunComfy がレート制限をしています。少し待ってから、もう一度お試しください。
api_unavailable = RunComfy は現在利用できません（HTTP { $status }）。何も失われていません。少ししてからもう一度お試しください。
api_error_in_body_said = RunComfy がエラーを報告しました（コード { $code }）：{ $message }
api_error_in_body = RunComfy がエラーを報告しました（コード { $code }）。
api_malformed = RunComfy の応答が想定した JSON ではありませんでした（HTTP { $status }）。
api_network = API に接続できませんでした。オフラインか、ブラウザーがリクエストをブロックしました（CORS）。API ベース URL がこのページのオリジンを許可している必要があります。設定 → API ベース URL で同一オリジンのプロキシをお試しください。
api_timeout = API が時間内に応答しませんでした。送信中だった場合、ジョブは開始されている可能性があります。もう一度試す前に RunComfy のリクエストを確認してください。
api_unexpected = RunComfy から想定外の応答がありました（HTTP { $status }）。
api_with_server = { $base }（RunComfy からのメッセージ：{ $message }）
api_invalid = RunComfy が入力を拒否しました：
api_invalid_schema = モデルのスキーマに合っていません。

## Kinds of files

image_noun = { $count ->
   *[other] 画像
}
video_noun = { $count ->
   *[other] 動画
}
audio_noun = { $count ->
   *[other] 音声ファイル
}
entry_noun = { $count ->
   *[other] 項目
}
image_with_article = 画像
video_with_article = 動画
audio_with_article = 音声ファイル

## Fields

field_required = { $title } は必須です。
field_too_long = { $title } は { $len } 文字です。上限は { $max } 文字です。
field_not_integer = { $title } は整数でなければなりません。
field_not_number = { $title } は数値でなければなりません。
field_between = { $title } は { $min } から { $max } の範囲で指定してください。
field_at_least = { $title } は { $min } 以上にしてください。
field_at_most = { $title } は { $max } 以下にしてください。
field_out_of_range = { $title } が範囲外です。
field_not_in_enum = { $title } は選択肢のいずれかにしてください。
field_not_a_list = { $title } は読み取れない JSON リストとして書かれています（壊れているか、入れ子が深すぎます）。1 行に 1 項目ずつ書くか、正しい JSON リストにしてください。
field_too_few_items = { $title }：{ $noun }を { $min } 件以上追加してください。
field_too_many_items = { $title }：{ $noun }は最大 { $max } 件です。{ $extra } 件削除してください。

## Images, videos, audio files: problems

image_unsupported_format = { $format } 画像には対応していません。JPEG、PNG（アルファなし）、BMP、WEBP を使ってください。
image_alpha_png = この PNG には透明部分（アルファチャンネル）があり、モデルが受け付けません。「制限に合わせる」で白背景に合成するか、透明部分なしで保存してください。
audio_too_large_to_upload = このローカルの音声ファイルは { $size } です。このデバイスから送れるのは最大 { $cap } MiB です。公開 https:// URL に置き、その URL を貼り付けてください。
video_too_large_to_upload = このローカルの動画は { $size } です。このデバイスから送れるのは最大 { $cap } MiB です。公開 https:// URL に置き、その URL を貼り付けてください。
request_too_large = このリクエストのローカルファイルは合計 { $size } です。1 回のリクエストで送れるのは最大 { $cap } MiB です。一部を公開 https:// URL に置き、その URL を貼り付けてください。

## Images: what is wrong, what to know

image_empty = 画像の URL を入力するか、ファイルを選択してください。
image_not_an_image = 画像ではありません（またはブラウザーでデコードできません）。JPEG、PNG、BMP、WEBP ファイルを使ってください。
note_local_http = ローカルの http アドレスはテスト専用です。RunComfy からは取得できません。
note_bytes_hidden = このホストはブラウザーにファイルの読み取りを許可していないため、サイズと形式をここでは確認できませんでした。ジョブ開始時に RunComfy が確認します。
note_unplayable = このブラウザーではファイルを再生できないため、長さと画面サイズをここでは確認できませんでした。ジョブ開始時に RunComfy が読み取ります。

## Images, videos, audio files: addresses

media_invalid_url = { $kind ->
    [video] 有効なウェブアドレスではありません。https://example.com/clip.mp4 のような形式にしてください。
    [audio] 有効なウェブアドレスではありません。https://example.com/sound.mp3 のような形式にしてください。
   *[image] 有効なウェブアドレスではありません。https://example.com/picture.jpg のような形式にしてください。
}
media_not_https = { $kind ->
    [video] 動画の URL は https:// で始まる必要があります。RunComfy は公開 HTTPS アドレスからしか取得しません。
    [audio] 音声の URL は https:// で始まる必要があります。RunComfy は公開 HTTPS アドレスからしか取得しません。
   *[image] 画像の URL は https:// で始まる必要があります。RunComfy は公開 HTTPS アドレスからしか取得しません。
}
media_unreachable = { $kind ->
    [video] この URL から動画を読み込めませんでした。ホストに接続できないか、遅すぎるか、アドレスが間違っています。
    [audio] この URL から音声ファイルを読み込めませんでした。ホストに接続できないか、遅すぎるか、アドレスが間違っています。
   *[image] この URL から画像を読み込めませんでした。ホストに接続できないか、遅すぎるか、アドレスが間違っています。
}
media_http_status = { $kind ->
    [video] 動画の URL が HTTP { $status } を返したため、使える動画がありません。アドレスが公開されていて、まだ有効か確認してください。
    [audio] 音声の URL が HTTP { $status } を返したため、使える音声ファイルがありません。アドレスが公開されていて、まだ有効か確認してください。
   *[image] 画像の URL が HTTP { $status } を返したため、使える画像がありません。アドレスが公開されていて、まだ有効か確認してください。
}
media_unreadable = ブラウザーがこのファイルを読み込めませんでした。
media_local_file_gone = { $kind ->
    [video] 以前に選んだローカル動画はこの端末にもうありません（ブラウザーがストレージを消去した可能性があります）。もう一度選んでください。
    [audio] 以前に選んだローカル音声ファイルはこの端末にもうありません（ブラウザーがストレージを消去した可能性があります）。もう一度選んでください。
   *[image] 以前に選んだローカル画像はこの端末にもうありません（ブラウザーがストレージを消去した可能性があります）。もう一度選んでください。
}

## Images, videos, audio files: formats

described_format = { $kind ->
    [video] { $name } 動画
    [audio] { $name } 音声ファイル
   *[image] { $name } 画像
}
described_format_vowel = { $kind ->
    [video] { $name } 動画
    [audio] { $name } 音声ファイル
   *[image] { $name } 画像
}
kind_mismatch = このファイルは{ $found }ですが、この欄には{ $expected }が必要です。
unrecognised_file = { $kind ->
    [video] このファイルは、このアプリが認識できる動画ではありません（MP4、MOV、WebM、MKV、AVI、OGV）。
    [audio] このファイルは、このアプリが認識できる音声ファイルではありません（WAV、MP3、OGG、FLAC、M4A、AAC）。
   *[image] このファイルは、このアプリが認識できる画像ではありません（JPEG、PNG、BMP、WEBP）。
}

## Sets of jobs and models

repeat_refused = 再送信していません。まったく同じ入力をたった今送信したところです。もう一度実行するには、「生成」をもう一度押してください。
model_bad_id = モデル ID は owner/model/task の形式です（英数字、「.」「_」「-」を「/」で区切ります）。
model_bad_schema = この入力スキーマは使えません：{ $reason }。現在のモデルが選択されたままです。
model_no_schema = RunComfy のこのモデルには入力スキーマがないため、フォームを作れません。現在のモデルが選択されたままです。使うには下にスキーマを貼り付けてください。

## Prices

price_per_run = 1 回 { $rate }
price_for_seconds = { $seconds } 秒で約 { $price }
price_per_second_duration = { $rate }/秒（長さ { $duration }）
price_base = 基本料金 { $rate }
price_per_unit = { $unit } あたり { $rate }
price_times_jobs = { $one } × { $jobs } ジョブ = { $total }
price_note = RunComfy の基本料金です。解像度などのオプションによって料金が変わることがあります。

## Schemas

schema_no_properties = スキーマにプロパティがありません。
schema_sentence = { $reason }。
schema_not_json = スキーマが有効な JSON ではありません：{ $detail }
schema_wrong_shape = スキーマの形式が正しくありません：{ $detail }
schema_no_properties_object = スキーマに「properties」オブジェクトがありません
schema_no_properties_clause = プロパティがありません
schema_property_not_object = プロパティ「{ $name }」がオブジェクトではありません
json_at = { $text }（{ $line } 行 { $column } 列）
rule_width_at_most = 画像の幅は { $px } ピクセル以下にしてください。
rule_height_at_most = 画像の高さは { $px } ピクセル以下にしてください。
rule_width_at_least = 画像の幅は { $px } ピクセル以上にしてください。
rule_height_at_least = 画像の高さは { $px } ピクセル以上にしてください。
rule_file_size_below = ファイルサイズは { $mb } MB 未満にしてください。
rule_aspect_at_least = 画像が縦長すぎます。幅は高さの { $ratio } 倍以上にしてください。
rule_aspect_at_most = 画像が横長すぎます。幅は高さの { $ratio } 倍以下にしてください。
rule_unknown = 入力は「{ $rule } { $px }」を満たす必要があります。

## Job phases

seconds = { $secs } 秒
phase_queued_at = 待機中 — { $position } 番目
phase_queued = 待機中
phase_running = 実行中
phase_done = 完了
phase_failed = 失敗：{ $reason }
phase_cancelled = キャンセル済み
phase_unknown = ステータス：{ $status }
failure_no_reason = ジョブが失敗しました。
failure_no_output = ジョブは完了しましたが、出力がありませんでした。
cancel_sending = キャンセル中…
cancel_requested = キャンセルを要求しました…
cancel_too_late = すでに実行中のため、キャンセルできません。
cancel_refused = キャンセルできませんでした：{ $reason }

## Languages

language_failed = { $language } を読み込めなかったため、英語で表示しています。

## One job per image

queue_heading = { $count ->
   *[other] 画像 { $count } 枚、1 枚につき 1 ジョブ
}
add_images = 画像を追加
remove_all_images = すべての画像を削除
several_images_help = 複数の画像を一度に（選択・ドロップ・貼り付け）指定すると、1 枚につき 1 ジョブになります。
no_valid_image = { $title }：送信できる画像がありません。
invalid_images = 次の画像は送信できません：
skip_and_send = スキップして送信
keep_images = すべての画像を残す
batch_summary = 画像 { $images } 枚、ジョブ { $count } 件：送信済み { $sent } 件{ $waiting ->
    [0] { "" }
   *[other] 、待機中 { $waiting } 件
}{ $not_sent ->
    [0] { "" }
   *[other] 、未送信 { $not_sent } 件
}
job_image = このジョブの画像
files_not_kept = { $count ->
   *[other] { $count } 件のジョブが送信されませんでした。ローカルの画像が大きすぎて再読み込み後まで保持できませんでした。画像をもう一度指定して「生成」を押してください。
}
skip_question = 無効な画像 { $invalid } 枚をスキップして、{ $jobs } 件のジョブを送信しますか？

## Extend from a frame

more_actions = その他
frame_picker = フレームから続ける
frame_back = 前のフレーム
frame_forward = 次のフレーム
last_frame = 最後のフレーム
use_this_frame = このフレームを使う
use_frame_as_loop = ループ：このフレームで始めて終わる
frame_position = フレーム { $frame } · { $secs } 秒
frame_help = 続きを始めたいフレームで一時停止するか、コマ送りしてください。そのフレームが同じ設定で次のジョブの画像になります。
taking_frame = フレームを取得中…
frame_taken = ジョブ { $job } の { $secs } 秒のフレームが次のジョブの画像になりました。プロンプトを編集して「生成」を押してください。
frame_label = ジョブ { $job } の { $secs } 秒のフレーム
frame_cors_refused = この動画を保存しているサーバーがブラウザーからの読み取りを許可していないため（CORS なし）、ここではフレームを取得できません。動画をダウンロードしてから、そのファイルを選択してください。同じようにフレームを使えます。
download_video = 動画をダウンロード
choose_downloaded_video = ダウンロードした動画を選択
frame_fetch_failed = 動画をダウンロードできませんでした（HTTP { $status }）。フレームを取得できません。
frame_unreadable = ブラウザーがこの動画のフレームを読み取れませんでした。
continues_job = ジョブ { $job } の { $secs } 秒のフレームから続けています
chain_part = チェーンのクリップ { $part }／{ $of }
play_chain = チェーンを再生
download_chain = 順番にダウンロード
film_download = 1本の動画としてダウンロード
film_saved = { $count }本のクリップを1本の動画（{ $secs } 秒）として保存しました（再エンコードなし）。
film_unreadable = クリップ { $n } はここで結合できる MP4 ではありません（別の形式か、破損）。「順番にダウンロード」を使ってください。
film_other_tracks = クリップ { $n } は最初のクリップとトラック構成が違います（音声の有無）：再エンコードなしでは結合できません。
film_other_settings = クリップ { $n } は最初のクリップと映像・音声の設定が違います（画面サイズ、プロファイル、サンプルレート）：再エンコードなしでは結合できません。
film_too_few = 1本の動画には少なくとも2本のクリップが必要です。
film_leave_out = クリップ { $n } を除いて残りを結合
film_restored = { $name } には { $count } 本のクリップの設定が含まれています：フォームには最後のクリップの設定が入りました。
film_other_model = { $name } は { $model } で作られましたが、ここでは開けませんでした（カタログのモデルにはトークンが必要です）。そのモデルを選んでから、もう一度ファイルをドロップしてください。
film_no_settings = { $name } にはこのアプリの設定が含まれていません。入力として使うには、動画の欄にドロップしてください。
compare_play = すべて同時に再生
compare_pause = すべて一時停止
compare_position = すべての動画の再生位置
chain_clip = チェーン、クリップ { $part }／{ $of }
chain_fetching = クリップ { $part }／{ $of } を取得中…
chain_saved = { $count ->
   *[other] { $count } 件のクリップを順番に保存しました。
}
chain_cors_refused = これらのクリップを保存しているサーバーがブラウザーからの読み取りを許可していないため（CORS なし）、ここからは保存できません。次の順に開いて、それぞれ保存してください：

## 悪意のある入力と不注意な入力

token_bad_character = トークンに送信できない文字があります：{ $position } 文字目の { $found }。RunComfy のプロフィールからトークンをもう一度コピーしてください。
api_token_unsendable = 何も送信されていません：API トークンの { $position } 文字目はリクエストで送れません。設定でトークンを貼り付け直してください。
api_local_file_missing = 送信されていません：このリクエストのローカルファイルがこの端末にもうありません（ブラウザーがストレージを消去した可能性があります）。ファイルをもう一度選んでください。
sending_upload = { $size } を送信中：遅い回線では最大 { $secs } 秒かかることがあります。このタブを開いたままにしてください。
phase_unconfirmed = 未確認：{ $reason } もう一度確認して状況を見てください。
check_again = もう一度確認
notify_unsupported = このブラウザーではここでシステム通知を使えません（iPhone では先にページをホーム画面に追加してください）。バックグラウンドでジョブが終わると、タブのタイトルは変わります。
frame_too_large = この動画は { $size } を超えるため、フレームを取り出すために読み込みません。
image_too_large_to_read = この画像は { $size } を超えるため、最後まで読み込みませんでした。小さいファイルか、モデルの上限内のファイルを使ってください。

## ブリッジと別モデルへの受け渡し

frame_into = フレームの入れ先
bridge_to = ブリッジ先
bridge_button = ブリッジ：このクリップの最後のフレームから相手の最初のフレームへ
bridge_help = 新しいクリップはこのクリップの最後のフレームで始まり、選んだクリップの最初のフレームで終わります。チェーンでは両者の間に入ります。
bridge_taken = ジョブ { $from } の最後のフレームからジョブ { $to } の最初のフレームへ：プロンプトを編集して「生成」を押してください。
bridges_jobs = ジョブ { $from } とジョブ { $to } をつなぎます
job_named = ジョブ { $job }
use_as_input = 別モデルの入力に使う…
onward_finding = これを受け取るモデルを探しています…
onward_none = カタログに { $kind } を受け取るモデルはありません。
onward_model = モデル
onward_use = 使う
onward_done = ジョブ { $job } の出力が { $model } の入力になりました。フォームを確認して「生成」を押してください。
made_from_job = ジョブ { $job } の出力から作成
join_selected = 選んだ動画を1本にまとめる（{ $count } 本選択）
select_for_film = 1本の動画用に選ぶ
compare_wipe = 最初の2本をワイプで比較
wipe_position = ワイプで2本の動画を分ける位置
film_drop_seams = つなぎ目で繰り返されるフレームを1回だけ表示する
film_progress = 取得したクリップ

## 費用

spend_heading = 利用額
spend_today = 今日
spend_week = 今週
spend_month = 今月
spend_with_unknown = { $usd } ＋ 費用不明のジョブ { $count } 件
spend_chart = 日ごとの利用額（過去2週間）
spend_by_model = 今月のモデル別
spend_export = CSV で書き出す

balance_label = 残高
balance_refresh = 更新
balance_unknown = まだ不明
balance_blocked = このページからは RunComfy の残高を読めません。ブラウザーが呼び出しをブロックしました（CORS）。ジョブには影響しません。ホスティング手順のプロキシは残高も中継します。
balance_over = この送信（≈ { $press }）は残高（{ $balance }）を超えています。RunComfy は口座で賄えない分を拒否します。
budget_label = 利用上限（米ドル）
budget_per_day = 1日あたり
budget_per_month = 1か月あたり
budget_help = 上限を超える送信の前に確認し、一連のジョブは上限で送信を止めます。RunComfy が報告した費用と、まだ分からない分は見積額を数えます。空欄なら上限なし。
budget_passes_day = 今日の利用額 { $spent } ＋ この送信 { $press } ＝ { $total }：1日の上限 { $limit } を超えます。
budget_passes_month = 今月の利用額 { $spent } ＋ この送信 { $press } ＝ { $total }：1か月の上限 { $limit } を超えます。
budget_send_all = それでも送信
budget_send_fitting = 上限内の { $count } 件を送信
budget_dont_send = 送信しない
set_budget_reached = 利用上限で停止しました（{ $limit } のうち { $spent }）：{ $left } 件は未送信です。
budget_stopped = 利用上限で停止しました。
