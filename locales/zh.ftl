# Simplified Chinese. The same messages and arguments as en.ftl (its comments say what each is for).

## The page

language = 语言
inputs_heading = 输入
jobs_heading = 历史记录
current_heading = 结果
result_placeholder = 你的任务及其结果会显示在这里：填写输入后点击“生成”。
open_settings = 设置
close = 关闭
fix_in_settings = 打开设置
token_chip = 令牌 ✓ …{ $end }
token_chip_unsendable = Token ⚠ …{ $end }
filled_from_link = 表单已根据分享链接填写。请检查后点击“生成”。

## Settings

settings_heading = 设置
api_token = API 令牌
token_placeholder = 粘贴你的 RunComfy API 令牌
show = 显示
hide = 隐藏
token_help = 来自你的 RunComfy 个人资料。只会通过 Authorization 请求头发送到下方的 API 地址。
remember_token = 在此设备上记住
forget_token = 清除令牌
api_base = API 基础 URL
reset = 重置
api_base_help = 如果浏览器阻止了对 RunComfy 的调用（CORS），则没有发送任何内容，也不会计费：请在此填写与本页面同一站点上的代理，由它把调用转发给 RunComfy。
proxy_recipe = 如何部署代理（README，Hosting）
use_site_proxy = 使用本站的 /runcomfy 代理
welcome_token = 粘贴你的 RunComfy API 令牌
welcome_where = 可在你的 RunComfy 账户的“Profile”中找到。
welcome_stays = 它只保存在此浏览器中，并只通过 Authorization 请求头发送给 RunComfy API：绝不会出现在链接、日志或历史记录中。
use_token = 使用此令牌
notify_ask = 任务完成时通知我
notify_on = 通知已开启
notify_help = 当此标签页在后台时任务结束，标签页标题会改变；开启通知后，系统也会提醒你。
storage_damaged = 此设备上保存的部分数据无法读取（已损坏或来自其他版本），已跳过。
part_not_loaded = 应用的一部分无法加载。请检查你的网络连接，然后重新加载页面：你的输入和任务都会保留。
storage_file_too_large = 本地文件太大，无法在重新加载后保留；在此标签页打开期间仍然可用。
storage_unavailable = 此浏览器不允许本应用保存任何内容（存储已满或已停用）：应用可以使用，但关闭标签页后会忘记一切。
storage_full = 此设备上本站点的存储已满：{ $what }无法保存，关闭此标签页后将丢失。
storage_free = 释放 { $size }（因无法读取而搁置的数据、为其他模型记住的表单）并重新保存
storage_part_history = 任务历史
storage_part_sets = 任务组
storage_part_models = 添加的模型
storage_part_form = 表单
storage_part_queue = 图片队列
storage_part_settings = 设置
file_not_kept = 此文件未保存在此设备上：浏览器给本站点的空间已满。此标签页打开期间它会保留。
make_room_file = 删除最早保存的 { $count } 个结果（{ $size }）并保存此文件

## Model

model_heading = 模型
model_picker = 模型
form_is_for = 下方表单对应的模型：{ " " }
models_used = 用过的模型
built_in = { " " }（内置）
other_model = 使用其他 RunComfy 模型
model_id = 模型 ID
input_schema = 输入 Schema（JSON）
input_schema_help = 模型在 RunComfy API 页面上的输入 Schema，格式相同：properties、required、validations。
search_models = 按名称搜索 RunComfy 模型
category = 类别
all_categories = 所有类别
more_models = 更多模型（已显示 { $shown } 个，共 { $total } 个）
no_models_found = 没有与此搜索匹配的 RunComfy 模型。
loading_models = 正在加载模型…
catalog_needs_token = 粘贴你的 API 令牌即可浏览 RunComfy 的模型。内置的 Wan 2.2 始终可用。
catalog_failed = 无法加载 RunComfy 的模型。{ $reason }
per_second = { $usd }/秒
per_run = { $usd }/次
job_cost = 费用 { $usd }
total_cost = 所列任务的费用：{ $usd }
variations = 变体
variations_help = 每个变体都是一个独立的任务，有各自的种子。
set_summary = { $count } 个变体：已发送 { $sent } 个{ $waiting ->
    [0] { "" }
   *[other] ，等待中 { $waiting } 个
}{ $not_sent ->
    [0] { "" }
   *[other] ，未发送 { $not_sent } 个
}
cancel_all_queued = 取消所有排队中的任务
send_not_sent = { $count ->
   *[other] 发送未发送的 { $count } 个
}
resend_question = 发送此组中的一个任务时页面被关闭了：RunComfy 可能已经开始执行它。请检查你的 RunComfy 请求。仍要发送未发送的任务吗？
set_waits = RunComfy 要求放慢速度：此组的其余任务将等待 { $secs } 秒。
set_sent_elsewhere = 本网站的另一个标签页正在发送这组任务：此标签页没有发送任何内容。
keep_seed = 保留此种子
load_schema = 从文件加载 Schema
use_model = 使用此模型

## Fields

random = 随机
random_seed = 随机种子
random_seed_hint = 填入一个随机种子
seed_help = 留空则由 RunComfy 选择随机种子；相同的输入配合相同的种子会得到相同的结果。
up_to_characters = 最多 { $max } 个字符。
slider_of = { $title } 滑块

## Images, videos, audio files

image_help = 粘贴 HTTPS URL，或选择、拖放、粘贴本地文件。大图片最好使用公开 URL；本地文件会以 data: URI 的形式随请求发送。
media_help = 粘贴 HTTPS URL，或选择、拖放、粘贴本地文件。大文件最好使用公开 URL；本地文件会以 data: URI 的形式随请求发送。
choose_file = 选择文件
pasted_file = 粘贴的文件
fitted = 已调整
within_limits = ✓ 符合模型的限制
too_small_note = 过小的图片无法在这里修复：放大只会让它变模糊。请使用更大的图片。
fit_to_limits = 调整到限制内
fit_entry_named = 将 { $label } 调整到限制内
image_placeholder = https://… 或将图片拖放／粘贴到这里
image_choose_local = 选择本地图片
image_local = 本地图片
image_checking = 正在检查图片…
image_preview = 输入图片预览
image_remove = 移除图片
image_add = 添加图片
video_placeholder = https://… 或将视频拖放／粘贴到这里
video_choose_local = 选择本地视频
video_local = 本地视频
video_checking = 正在检查视频…
video_preview = 输入视频预览
video_remove = 移除视频
video_add = 添加视频
audio_placeholder = https://… 或将音频文件拖放／粘贴到这里
audio_choose_local = 选择本地音频文件
audio_local = 本地音频文件
audio_checking = 正在检查音频文件…
audio_preview = 输入音频预览
audio_remove = 移除音频文件
audio_add = 添加音频文件
remove_entry = 移除
remove_entry_named = 移除 { $label }

## Generate

generate = 生成
submitting = 正在提交…
needs_token = 请在页面顶部粘贴你的 RunComfy API 令牌。
still_checking = { $title }：仍在检查中。

## Share

copy_share_link = 复制分享链接
copy_curl = 复制为 cURL
show_curl = 以 cURL 显示请求
link_copied_note = 分享链接已复制。
copy_this_link = 请复制此链接：{ $link }
link_leaves_out_image = 本地图片不在链接中（太大）：请改为分享公开的图片 URL。
curl_copied = cURL 命令已复制。
select_curl = 选中下方的命令即可复制。

## History

export_history = 导出历史记录
import_history = 导入历史记录
clear_history = 清除历史记录
clear_history_question = 清除此设备上的全部历史记录吗？结果只会在 RunComfy 保留期间留在 RunComfy 上。
history_cleared = 历史记录已清除。
save_refused = 浏览器拒绝保存该文件。
not_a_history = 此文件不是 Wan 2.2 的历史记录导出文件。
imported_jobs = { $count ->
   *[other] 已导入 { $count } 个任务。
}
skipped_entries = { $count ->
   *[other] 已跳过 { $count } 个损坏的条目。
}
no_jobs = 之前的任务会列在这里。

## Jobs

job = 任务{ " " }
job_submitted = 任务 { $id } 已提交。
cancel = 取消
use_settings = 使用这些设置
settings_without_image = 表单已填入此任务的设置，但其本地图片没有保留：请重新选择。
copy_seed = 复制种子
run_same_seed = 用相同种子再次运行
run_new_seed = 用新种子再次运行
run_same_seed_question = 用相同的种子再次运行此任务吗？RunComfy 会对每次运行计费。
run_new_seed_question = 用新的种子再次运行此任务吗？RunComfy 会对每次运行计费。
rerun_hint = 再次发送这些输入；RunComfy 会对每次运行计费。
rerun_needs_token = 请先在页面顶部粘贴你的 API 令牌。
delete = 删除
watch_needs_token = 粘贴你的 API 令牌以继续跟踪
watch_token_rejected = RunComfy 拒绝了该令牌：粘贴有效的令牌以继续跟踪
reconnecting = 正在重新连接…
done_mark = ✓ 完成
ended_mark = ✗ 已结束

## Outputs

generated_image = 生成的图片
output_expired = 此结果已无法加载：RunComfy 只在有限时间内保留输出，这个可能已经过期。
keeping_result = 正在保存到此设备…
kept_on_device = 已保存在此设备上（{ $size }）：离线时以及 RunComfy 的副本过期后都能播放。
not_kept_refused = 未保存到此设备：其服务器不允许此页面下载（或没有响应）。请用“下载”保存。
not_kept_gone = 未保存到此设备：RunComfy 已不再保留此文件。
not_kept_too_large = 未保存到此设备：文件大于 { $size }。请用“下载”保存。
not_kept_full = 未保存到此设备：浏览器给此网站的空间已满。请用“下载”保存。
make_room = { $count ->
   *[other] 删除最早保存的 { $count } 个结果（{ $size }）并保存此结果
}
not_kept_no_store = 未保存：此浏览器不允许页面保存文件（无痕窗口，或此网站的存储被阻止）。
deleted_from_device = 已从此设备删除；只要 RunComfy 还有副本就会播放它。
gallery_heading = 此设备上
gallery_empty = 此设备上还没有保存任何内容：完成的结果会显示在这里。
kept_count = { $count ->
   *[other] 已保存 { $count } 个结果，{ $size }。
}
download_all_zip = 全部下载（ZIP）
zipping = 正在创建 ZIP…
zip_too_large = 一个 ZIP 装不下（超过 4 GB 或超过 65,535 个文件）：请逐个下载结果。
zip_failed = 无法创建 ZIP：有一个已保存的文件无法读取。
not_in_history = 不在历史记录中
show_more_jobs = 再显示 { $count } 个（还有 { $hidden } 个未显示）
keep_results = 将完成的结果保存在此设备上
keep_results_help = 每个完成的视频、图片和音频都会下载一次到此浏览器的存储中，这样历史记录可以离线播放，并且在 RunComfy 删除其副本（约 7 天后）后仍可播放。
kept_space = { $count ->
   *[other] 已保存 { $count } 个结果，{ $size }。此网站使用了浏览器允许的 { $quota } 中的 { $used }。
}
download = 下载
open_in_tab = 在新标签页中打开
copy_link = 复制链接
link_copied = 链接已复制

## API errors

api_unauthorized = RunComfy 不接受此 API 令牌：令牌缺失、错误或已过期。请粘贴你 RunComfy 个人资料中的有效令牌。
api_forbidden = 此令牌无权使用该模型（权限被拒绝）。
api_insufficient_balance = 你的 RunComfy 余额不足以运行此任务。请为账户充值后重试。
api_not_found = RunComfy 不认识此模型或请求。它可能已过期（结果只保留有限时间）。
api_rate_limited_for = 请求过多：RunComfy 正在限制请求频率。请等待 { $secs } 秒后重试。
api_rate_limited = 请求过多：RunComfy 正在限制请求频率。请稍候再试。
api_unavailable = RunComfy 暂时不可用（HTTP { $status }）。没有任何丢失：请稍后再试。
api_error_in_body_said = RunComfy 报告了一个错误（代码 { $code }）：{ $message }
api_error_in_body = RunComfy 报告了一个错误（代码 { $code }）。
api_malformed = RunComfy 的响应不是预期的 JSON（HTTP { $status }）。
api_network = 无法连接 API。可能是你处于离线状态，也可能是浏览器阻止了请求（CORS）：API 基础 URL 必须允许本页面的来源。请尝试“设置 → API 基础 URL”中的同源代理。
api_timeout = API 未能及时响应。如果这是一次提交，任务可能仍已开始：重试前请先检查你的 RunComfy 请求。
api_unexpected = RunComfy 返回了意外的响应（HTTP { $status }）。
api_with_server = { $base }（RunComfy 的消息：{ $message }）
api_invalid = RunComfy 拒绝了这些输入：
api_invalid_schema = 它们不符合模型的 Schema。

## Kinds of files

image_noun = { $count ->
   *[other] 张图片
}
video_noun = { $count ->
   *[other] 个视频
}
audio_noun = { $count ->
   *[other] 个音频文件
}
entry_noun = { $count ->
   *[other] 个条目
}
image_with_article = 图片
video_with_article = 视频
audio_with_article = 音频文件

## Fields

field_required = { $title } 为必填项。
field_too_long = { $title } 有 { $len } 个字符；上限为 { $max } 个。
field_not_integer = { $title } 必须是整数。
field_not_number = { $title } 必须是数字。
field_between = { $title } 必须介于 { $min } 和 { $max } 之间。
field_at_least = { $title } 不能小于 { $min }。
field_at_most = { $title } 不能大于 { $max }。
field_out_of_range = { $title } 超出范围。
field_not_in_enum = { $title } 必须是提供的选项之一。
field_not_a_list = { $title } 写成了无法读取的 JSON 列表（已损坏或嵌套过深）。请每行写一项，或写成有效的 JSON 列表。
field_too_few_items = { $title }：请至少添加 { $min } { $noun }。
field_too_many_items = { $title }：最多 { $max } { $noun }；请移除 { $extra } 个。

## Images, videos, audio files: problems

image_unsupported_format = 不支持 { $format } 图片。请使用 JPEG、PNG（无透明通道）、BMP 或 WEBP。
image_alpha_png = 此 PNG 含有透明度（Alpha 通道），模型不接受。请使用“调整到限制内”将其合成到白色背景上，或保存为无透明度的图片。
audio_too_large_to_upload = 此本地音频文件大小为 { $size }；从此设备发送的文件最大为 { $cap } MiB。请将其放到公开的 https:// URL，然后粘贴该 URL。
video_too_large_to_upload = 此本地视频大小为 { $size }；从此设备发送的文件最大为 { $cap } MiB。请将其放到公开的 https:// URL，然后粘贴该 URL。
request_too_large = 此请求的本地文件共 { $size }；一个请求最多可携带 { $cap } MiB。请将其中一些放到公开的 https:// URL，然后粘贴这些 URL。

## Images: what is wrong, what to know

image_empty = 请输入图片 URL 或选择文件。
image_not_an_image = 这不是图片（或浏览器无法解码）。请使用 JPEG、PNG、BMP 或 WEBP 文件。
note_local_http = 本地 http 地址仅适用于测试：RunComfy 无法获取它。
note_bytes_hidden = 此主机不允许浏览器读取该文件，因此无法在这里检查其大小和格式；任务开始时 RunComfy 会检查。
note_unplayable = 此浏览器无法播放该文件，因此无法在这里检查其时长和画面尺寸；任务开始时 RunComfy 会读取。

## Images, videos, audio files: addresses

media_invalid_url = { $kind ->
    [video] 这不是有效的网址。它应类似于 https://example.com/clip.mp4。
    [audio] 这不是有效的网址。它应类似于 https://example.com/sound.mp3。
   *[image] 这不是有效的网址。它应类似于 https://example.com/picture.jpg。
}
media_not_https = { $kind ->
    [video] 视频 URL 必须以 https:// 开头——RunComfy 只获取公开的 HTTPS 地址。
    [audio] 音频 URL 必须以 https:// 开头——RunComfy 只获取公开的 HTTPS 地址。
   *[image] 图片 URL 必须以 https:// 开头——RunComfy 只获取公开的 HTTPS 地址。
}
media_unreachable = { $kind ->
    [video] 无法从此 URL 加载视频：主机无法访问或太慢，或者地址有误。
    [audio] 无法从此 URL 加载音频文件：主机无法访问或太慢，或者地址有误。
   *[image] 无法从此 URL 加载图片：主机无法访问或太慢，或者地址有误。
}
media_http_status = { $kind ->
    [video] 视频 URL 返回了 HTTP { $status }，因此没有可用的视频。请检查该地址是否公开且仍然有效。
    [audio] 音频 URL 返回了 HTTP { $status }，因此没有可用的音频文件。请检查该地址是否公开且仍然有效。
   *[image] 图片 URL 返回了 HTTP { $status }，因此没有可用的图片。请检查该地址是否公开且仍然有效。
}
media_unreadable = 浏览器无法读取此文件。
media_local_file_gone = { $kind ->
    [video] 之前选择的本地视频已不在此设备上（浏览器可能清除了其存储）：请重新选择。
    [audio] 之前选择的本地音频文件已不在此设备上（浏览器可能清除了其存储）：请重新选择。
   *[image] 之前选择的本地图片已不在此设备上（浏览器可能清除了其存储）：请重新选择。
}

## Images, videos, audio files: formats

described_format = { $kind ->
    [video] { $name } 视频
    [audio] { $name } 音频文件
   *[image] { $name } 图片
}
described_format_vowel = { $kind ->
    [video] { $name } 视频
    [audio] { $name } 音频文件
   *[image] { $name } 图片
}
kind_mismatch = 此文件是{ $found }，但此字段需要{ $expected }。
unrecognised_file = { $kind ->
    [video] 此文件不是本应用能识别的视频（MP4、MOV、WebM、MKV、AVI 或 OGV）。
    [audio] 此文件不是本应用能识别的音频文件（WAV、MP3、OGG、FLAC、M4A 或 AAC）。
   *[image] 此文件不是本应用能识别的图片（JPEG、PNG、BMP 或 WEBP）。
}

## Sets of jobs and models

repeat_refused = 未再次发送：完全相同的输入刚刚已发送过。再点击一次“生成”即可再次运行。
model_bad_id = 模型 ID 的格式为 owner/model/task（字母、数字、“.”、“_”和“-”，以“/”分隔）。
model_bad_schema = 无法使用此输入 Schema：{ $reason }。仍保持当前选中的模型。
model_no_schema = RunComfy 列出的此模型没有输入 Schema，因此无法为其生成表单。仍保持当前选中的模型；在下方粘贴 Schema 即可使用。

## Prices

price_per_run = 每次运行 { $rate }
price_for_seconds = { $seconds } 秒约 { $price }
price_per_second_duration = { $rate }/秒（时长 { $duration }）
price_base = 基础价格 { $rate }
price_per_unit = 每 { $unit } { $rate }
price_times_jobs = { $one } × { $jobs } 个任务 = { $total }
price_note = RunComfy 的基础费率；分辨率等选项可能会改变价格。

## Schemas

schema_no_properties = 该 Schema 没有任何属性。
schema_sentence = { $reason }。
schema_not_json = 该 Schema 不是有效的 JSON：{ $detail }
schema_wrong_shape = 该 Schema 的结构不正确：{ $detail }
schema_no_properties_object = 该 Schema 没有“properties”对象
schema_no_properties_clause = 它没有任何属性
schema_property_not_object = 属性“{ $name }”不是对象
json_at = { $text }（第 { $line } 行，第 { $column } 列）
rule_width_at_most = 图片宽度不能超过 { $px } 像素。
rule_height_at_most = 图片高度不能超过 { $px } 像素。
rule_width_at_least = 图片宽度至少为 { $px } 像素。
rule_height_at_least = 图片高度至少为 { $px } 像素。
rule_file_size_below = 文件大小必须小于 { $mb } MB。
rule_aspect_at_least = 图片太高：宽度至少应为高度的 { $ratio } 倍。
rule_aspect_at_most = 图片太宽：宽度最多为高度的 { $ratio } 倍。
rule_unknown = 输入必须满足“{ $rule } { $px }”。

## Job phases

seconds = { $secs } 秒
phase_queued_at = 排队中 — 第 { $position } 位
phase_queued = 排队中
phase_running = 运行中
phase_done = 完成
phase_failed = 失败：{ $reason }
phase_cancelled = 已取消
phase_unknown = 状态：{ $status }
failure_no_reason = 任务失败。
failure_no_output = 任务已完成，但没有返回任何输出。
cancel_sending = 正在取消…
cancel_requested = 已请求取消…
cancel_too_late = 已在运行：无法再取消。
cancel_refused = 无法取消：{ $reason }

## Languages

language_failed = 无法加载{ $language }，因此以英文显示。

## One job per image

queue_heading = { $count ->
   *[other] { $count } 张图片，每张一个任务
}
add_images = 添加图片
remove_all_images = 移除所有图片
several_images_help = 一次提供多张图片（选择、拖放或粘贴），每张图片对应一个任务。
no_valid_image = { $title }：没有可发送的图片。
invalid_images = 这些图片无法发送：
skip_and_send = 跳过并发送
keep_images = 保留所有图片
batch_summary = { $images } 张图片，{ $count } 个任务：已发送 { $sent } 个{ $waiting ->
    [0] { "" }
   *[other] ，等待中 { $waiting } 个
}{ $not_sent ->
    [0] { "" }
   *[other] ，未发送 { $not_sent } 个
}
job_image = 此任务的图片
files_not_kept = { $count ->
   *[other] 有 { $count } 个任务未发送，且其本地图片太大，无法在重新加载后保留：请重新提供图片并点击“生成”。
}
skip_question = 跳过 { $invalid } 张无效图片并发送 { $jobs } 个任务吗？

## Extend from a frame

more_actions = 更多
frame_picker = 从某一帧继续
frame_back = 上一帧
frame_forward = 下一帧
last_frame = 最后一帧
use_this_frame = 使用此帧
use_frame_as_loop = 循环：以此帧开始并结束
frame_position = 第 { $frame } 帧 · { $secs } 秒
frame_help = 暂停或逐帧移动到要继续的那一帧：它会成为下一个任务的图片，设置保持不变。
taking_frame = 正在截取此帧…
frame_taken = 任务 { $job } 第 { $secs } 秒的帧已成为下一个任务的图片：编辑提示词后点击“生成”。
frame_label = 任务 { $job } 第 { $secs } 秒的帧
frame_cors_refused = 存储此视频的服务器不允许浏览器读取它（无 CORS），因此无法在这里截取其帧。请下载视频，然后选择下载的文件：其帧的用法完全相同。
download_video = 下载视频
choose_downloaded_video = 选择下载的视频
frame_fetch_failed = 无法下载视频（HTTP { $status }）：无法截取其帧。
frame_unreadable = 浏览器无法读取此视频的帧。
continues_job = 从任务 { $job } 第 { $secs } 秒的帧继续
chain_part = 链中的第 { $part } 个片段，共 { $of } 个
play_chain = 播放链
download_chain = 按顺序下载
film_download = 下载为一个视频
film_saved = 已将 { $count } 个片段保存为一个视频（{ $secs } 秒），未重新编码。
film_unreadable = 片段 { $n } 不是可在此拼接的 MP4（其他格式或已损坏）。请改用“按顺序下载”。
film_other_tracks = 片段 { $n } 的轨道与第一个片段不同（有无声音）：不重新编码就无法拼接。
film_other_settings = 片段 { $n } 的视频或声音设置与第一个片段不同（画面尺寸、配置、采样率）：不重新编码就无法拼接。
film_too_few = 至少需要两个片段才能合成一个视频。
film_leave_out = 去掉片段 { $n }，拼接其余片段
film_restored = { $name } 带有其 { $count } 个片段的设置：表单中现在是最后一个片段的设置。
film_other_model = { $name } 是用 { $model } 生成的，但此处无法打开该模型（目录中的模型需要你的令牌）：请先选择该模型，再次拖入此文件。
film_no_settings = { $name } 不带本应用的设置。若要作为输入使用，请将其拖到视频字段上。
compare_play = 全部同步播放
compare_pause = 全部暂停
compare_position = 所有视频的位置
chain_clip = 链，第 { $part } 个片段，共 { $of } 个
chain_fetching = 正在获取第 { $part } 个片段，共 { $of } 个…
chain_saved = { $count ->
   *[other] 已按顺序保存 { $count } 个片段。
}
chain_cors_refused = 存储这些片段的服务器不允许浏览器读取它们（无 CORS），因此无法从这里保存。请按以下顺序打开并逐个保存：

## 恶意与失误输入

token_bad_character = 令牌中有无法发送的字符：第 { $position } 个字符 { $found }。请从你的 RunComfy 个人资料中重新复制令牌。
api_token_unsendable = 未发送任何内容：API 令牌的第 { $position } 个字符无法随请求发送。请在设置中重新粘贴令牌。
api_local_file_missing = 未发送任何内容：此请求中的一个本地文件已不在此设备上（浏览器可能清除了其存储）。请重新选择该文件。
sending_upload = 正在发送 { $size }：在慢速网络下最多可能需要 { $secs } 秒。请保持此标签页打开。
phase_unconfirmed = 未确认：{ $reason } 请再次检查任务状态。
check_again = 再次检查
notify_unsupported = 此浏览器在这里没有系统通知（在 iPhone 上，请先将页面添加到主屏幕）。任务在后台结束时，标签页标题仍会改变。
frame_too_large = 此视频大于 { $size }：不会为截取画面而加载它。
image_too_large_to_read = 此图片大于 { $size }，因此没有加载完。请使用更小的文件，或模型限制允许的文件。

## 过渡与转交

frame_into = 将帧放入
bridge_to = 过渡到
bridge_button = 过渡：从此片段的最后一帧到另一片段的第一帧
bridge_help = 新片段以此片段的最后一帧开始、以所选片段的第一帧结束；在链中它位于两者之间。
bridge_taken = 从任务 { $from } 的最后一帧到任务 { $to } 的第一帧：编辑提示词后点击“生成”。
bridges_jobs = 连接任务 { $from } 与任务 { $to }
job_named = 任务 { $job }
use_as_input = 用作以下模型的输入…
onward_finding = 正在查找接受此文件的模型…
onward_none = 目录中没有接受 { $kind } 的模型。
onward_model = 模型
onward_use = 使用
onward_done = 任务 { $job } 的输出现在是 { $model } 的输入：检查表单后点击“生成”。
made_from_job = 由任务 { $job } 的输出生成
join_selected = 将所选视频合并为一个（已选 { $count } 个）
select_for_film = 选入合并视频
compare_wipe = 前两个视频擦除对比
wipe_position = 擦除线分隔两个视频的位置
film_drop_seams = 每个接缝处重复的帧只显示一次
film_progress = 已获取的片段

## 费用

spend_heading = 花费
spend_today = 今天
spend_week = 本周
spend_month = 本月
spend_with_unknown = { $usd } + { $count } 个费用未知的任务
spend_chart = 每日花费（最近两周）
spend_by_model = 本月按模型
spend_export = 导出为 CSV

balance_label = 余额
balance_refresh = 刷新
balance_unknown = 尚不知道
balance_blocked = 此页面无法读取你的 RunComfy 余额：浏览器拦截了该调用（CORS）。任务不受影响。托管说明中的代理也会转发余额。
balance_over = 本次提交（≈ { $press }）超过了你的余额（{ $balance }）：RunComfy 会拒绝账户无法支付的部分。
budget_label = 消费上限（美元）
budget_per_day = 每天
budget_per_month = 每月
budget_help = 提交会超过上限时先询问，一组任务在达到上限时停止发送。计入 RunComfy 报告的费用，以及尚未知道费用的任务的估价。留空：不设上限。
budget_passes_day = 今天已花费 { $spent } + 本次提交 { $press } = { $total }：超过每天 { $limit } 的上限。
budget_passes_month = 本月已花费 { $spent } + 本次提交 { $press } = { $total }：超过每月 { $limit } 的上限。
budget_send_all = 仍然发送
budget_send_fitting = 发送上限内的 { $count } 个任务
budget_dont_send = 不发送
set_budget_reached = 已在消费上限处停止（{ $spent } / { $limit }）：{ $left } 个任务未发送。
budget_stopped = 已在消费上限处停止。
