<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../import_dialog.py" line="139"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="139"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountCombo</name>
    <message>
        <location filename="../widgets.py" line="255"/>
        <source>{v0} ({v1} posts, {v2})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentsPane</name>
    <message>
        <location filename="../comments_pane.py" line="128"/>
        <source>Paste comments here, one per line (Spanish or English; emoji welcome)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comments_pane.py" line="129"/>
        <source>One comment per line. Ctrl+Return analyzes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comments_pane.py" line="131"/>
        <source>Drop a CSV or text file of comments here, or click to choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comments_pane.py" line="133"/>
        <source>Comments (</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comments_pane.py" line="134"/>
        <source>CSV/TSV, Excel, ODS or JSON: the column named comment, text, comentario… (or the only column); .txt: one comment per line. Any encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comments_pane.py" line="137"/>
        <source>Analyze comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comments_pane.py" line="138"/>
        <source>Sentiment of each pasted comment (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comments_pane.py" line="140"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comments_pane.py" line="141"/>
        <source>Empty the box and the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comments_pane.py" line="160"/>
        <location filename="../comments_pane.py" line="287"/>
        <source>No comments analyzed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comments_pane.py" line="170"/>
        <source>How many comments the model judged negative, neutral and positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comments_pane.py" line="174"/>
        <source>Most used emoji: uses, and the mean sentiment score of the comments holding it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comments_pane.py" line="184"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comments_pane.py" line="205"/>
        <source>all comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comments_pane.py" line="207"/>
        <source>{c} only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comments_pane.py" line="208"/>
        <source>Show only one sentiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comments_pane.py" line="210"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comments_pane.py" line="211"/>
        <source>Each comment with its language, sentiment and score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comments_pane.py" line="213"/>
        <source>Export JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comments_pane.py" line="214"/>
        <source>The whole analysis (results, distribution, emoji, extremes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comments_pane.py" line="216"/>
        <source>Save chart PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comments_pane.py" line="221"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comments_pane.py" line="249"/>
        <source>Paste at least one comment (one per line), or open a CSV or text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comments_pane.py" line="314"/>
        <source>&lt;b&gt;{n} comments&lt;/b&gt; from {v1} — {shares}&lt;br&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comments_pane.py" line="315"/>
        <source>mean score {mean:+.2f} · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comments_pane.py" line="316"/>
        <source>languages: {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comments_pane.py" line="317"/>
        <source> · {v0} empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comments_pane.py" line="321"/>
        <source>Top emoji: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comments_pane.py" line="322"/>
        <source>No emoji in these comments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../comments_pane.py" line="335"/>
        <source>Comment sentiment: {n} comments, {v1} positive, {v2} negative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../tabs/thumbnails.py" line="49"/>
        <source>Before (left) and after the improvements. Switch to the slider to wipe between them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <location filename="../widgets.py" line="50"/>
        <source> — or click to choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets.py" line="80"/>
        <source>Choose files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets.py" line="82"/>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gauge</name>
    <message>
        <location filename="../tabs/affinity.py" line="43"/>
        <source>affinity_score on 0–1; the bands are collaboration_potential (low, medium, high)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../import_dialog.py" line="50"/>
        <source>post / video id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="51"/>
        <source>title or caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="52"/>
        <source>hashtags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="53"/>
        <source>published (date and time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="54"/>
        <source>duration (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="55"/>
        <source>views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="56"/>
        <source>likes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="57"/>
        <source>comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="58"/>
        <source>shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="59"/>
        <source>saves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="60"/>
        <source>impressions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="61"/>
        <source>reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="62"/>
        <source>click-through rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="63"/>
        <source>watch time (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="64"/>
        <source>account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="65"/>
        <source>link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="66"/>
        <source>file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="67"/>
        <source>post type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="70"/>
        <source>day first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="71"/>
        <source>month first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="72"/>
        <location filename="../import_dialog.py" line="473"/>
        <source>comma decimal (1.234,5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="73"/>
        <location filename="../import_dialog.py" line="473"/>
        <source>dot decimal (1,234.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="210"/>
        <source>Import preview: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="221"/>
        <source>What the reader found in the file: the same report as &apos;viralml import FILE&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="224"/>
        <source>Why this file cannot be imported as it is read now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="227"/>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="228"/>
        <source>What the file leaves open: answer, and the preview is read again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="236"/>
        <source>The day the export was downloaded: dates without a year are placed in the year before it (read from the rows&apos; order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="242"/>
        <source>Time zone of the times the file writes without an offset (YouTube and TikTok Studio write your local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="247"/>
        <source>The column that holds the comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="252"/>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="252"/>
        <source>Read as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="253"/>
        <source>First value in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="262"/>
        <source>Which field each column is read as; choose &apos;ignore&apos; to leave a column out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="264"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="273"/>
        <source>The first rows as they will be stored: numbers, dates and durations already read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="275"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="280"/>
        <source>Rows skipped (each with its reason), warnings and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="281"/>
        <source>Skipped rows and warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="286"/>
        <source>The account these posts belong to; importing the same account again merges by post id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="291"/>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="295"/>
        <source>Show this preview before every import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="297"/>
        <source>When off, files are imported at once with the remembered columns (setting &apos;imports/preview&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="300"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="300"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="302"/>
        <source>Store the rows as previewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="303"/>
        <source>Go on with the rows as previewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="304"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="305"/>
        <source>Close without storing anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="460"/>
        <source>encoding {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="462"/>
        <source>delimiter {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="462"/>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="465"/>
        <source>sheet {s!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="466"/>
        <source>&lt;b&gt;File:&lt;/b&gt; {name} ({where})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="469"/>
        <source>&lt;b&gt;Comments:&lt;/b&gt; {n} read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="472"/>
        <source>&lt;b&gt;Platform:&lt;/b&gt; {p}, &lt;b&gt;table:&lt;/b&gt; {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="474"/>
        <source>mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="474"/>
        <source>no separators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="475"/>
        <source>&lt;b&gt;Number locale:&lt;/b&gt; {l}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="477"/>
        <source>undecided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="478"/>
        <source>&lt;b&gt;Dates:&lt;/b&gt; column {c}, order {o}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="481"/>
        <source>; times of day: {t}; zone {z}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="481"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="483"/>
        <source>; export date {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="486"/>
        <source>&lt;b&gt;Dates:&lt;/b&gt; no date column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="488"/>
        <source>&lt;b&gt;Rows:&lt;/b&gt; {read} read, {skipped} skipped, {ok} to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="491"/>
        <source>&lt;i&gt;Columns and answers remembered from the last import of this kind of file.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="508"/>
        <source>(found by its name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="514"/>
        <source>Comment column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="516"/>
        <source>A text file: one comment per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="530"/>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="537"/>
        <source>date order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="537"/>
        <source>number format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="538"/>
        <source>Column {c!r}: its values fit both readings; choose the {what} the file uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="540"/>
        <source>Your answer for column {c!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="543"/>
        <source>{c} ({what}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="551"/>
        <source>Export downloaded on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="559"/>
        <source>Times are in zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="561"/>
        <source>None: the file reads without questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="581"/>
        <source>ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="585"/>
        <source>Read column {c!r} as this field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="597"/>
        <source>comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="602"/>
        <source>Preview: first {k} of {n} comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="612"/>
        <source>Field {f}, read from column {c!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="621"/>
        <source>Preview: first {k} of {n} rows as they will be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="630"/>
        <source>skipped: {x}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="631"/>
        <source>warning: {x}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="632"/>
        <source>note: {x}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="681"/>
        <source>{z!r} is not a time zone (e.g. America/Mexico_City)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="729"/>
        <source>Give the account a name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="64"/>
        <source>ViralML Desktop {__version__}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="82"/>
        <source>Device: not selected yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="83"/>
        <source>Compute device for torch models (cuda &gt; mps &gt; cpu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="84"/>
        <source>Models: none loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="96"/>
        <source>Device: cpu ({m})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="106"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="107"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="108"/>
        <source>Open a file in the current tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="110"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="114"/>
        <source>&amp;Settings / local server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="117"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="119"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="128"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="129"/>
        <source>&amp;About ViralML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="182"/>
        <source>Cancelling the {v0} job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="193"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="208"/>
        <source>No tab here opens {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="243"/>
        <source>Device: {device}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="247"/>
        <source>Models loaded: {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="269"/>
        <source>About ViralML</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotAvailableTab</name>
    <message>
        <location filename="../tabs/base.py" line="57"/>
        <source>&lt;h2&gt;{title}&lt;/h2&gt;&lt;p&gt;This capability is not available yet in this version.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/base.py" line="58"/>
        <source>&lt;p&gt;&lt;small&gt;{reason}&lt;/small&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformCard</name>
    <message>
        <location filename="../tabs/captions.py" line="59"/>
        <source>The caption for </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="59"/>
        <source> appears here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="60"/>
        <source>You may edit it; the counter follows the platform&apos;s own counting rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="69"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="70"/>
        <source>Put the {v0} caption on the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="86"/>
        <source> — over the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="96"/>
        <source>Reach with these hashtags ×{v0:.2f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="98"/>
        <source> · P(gain) {v0:.2f} · emoji: {v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="99"/>
        <source> · sentiment {sent} · language {v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="100"/>
        <source>Hashtag lift basis: {v0}
Sentiment model: {v1}
Lift = reach relative to posting without hashtags (models/hashtags/MODEL_CARD.md)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../widgets.py" line="99"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets.py" line="101"/>
        <source>Stop the running analysis (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets.py" line="112"/>
        <location filename="../widgets.py" line="127"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets.py" line="113"/>
        <location filename="../widgets.py" line="127"/>
        <source>Failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets.py" line="117"/>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets.py" line="129"/>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="52"/>
        <source>Settings — local ML Core server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="61"/>
        <source>answers: ViralML {v0}, device {v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="62"/>
        <source>no answer: {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="66"/>
        <source>Local ML Core server (CONTRACT.md endpoints)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="70"/>
        <source>Whether this app is serving the ML Core API on your machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="71"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="73"/>
        <source>127.0.0.1 keeps the server private to this machine. Any other address needs a token (VIRALML_SERVER_TOKEN or app.server_token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="78"/>
        <source>The old ML Core used port 8000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="81"/>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="83"/>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="84"/>
        <source>set — every request must send it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="85"/>
        <source>none — so the server may only listen on loopback (127.0.0.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="86"/>
        <source>Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="89"/>
        <source>Requests may name files by path only inside these folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="92"/>
        <source>Add folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="94"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="103"/>
        <source>Media roots:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="105"/>
        <source>Start server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="106"/>
        <source>Serve the ML Core API from this app (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="109"/>
        <source>Stop server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="111"/>
        <source>Open API docs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="112"/>
        <source>The OpenAPI docs of the running server, in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="121"/>
        <source>ML Core client (ml_config.yaml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="123"/>
        <source>Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="124"/>
        <source>Timeout / retries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="125"/>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="126"/>
        <source>Check endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="127"/>
        <source>GET /health on the configured endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="132"/>
        <source>Reachable:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="135"/>
        <source>Imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="136"/>
        <source>Show the import preview before every import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="137"/>
        <source>The rows as they will be read, the columns and the reader&apos;s questions, before anything is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="182"/>
        <source>Media roots saved; restart the server to apply them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="189"/>
        <source>Media root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="204"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="214"/>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="221"/>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="245"/>
        <source>&lt;b style=&apos;color:#1b7f3b&apos;&gt;● Running&lt;/b&gt; at &lt;a href=&apos;{url}/docs&apos;&gt;{url}&lt;/a&gt; (in this app)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="247"/>
        <source>&lt;b style=&apos;color:#8a8f98&apos;&gt;○ Stopped&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tab</name>
    <message>
        <location filename="../tabs/account_health.py" line="72"/>
        <source>Drop a TikTok, YouTube Studio, Instagram or X export (CSV, Excel, JSON) here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" line="74"/>
        <source>Exports (</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" line="78"/>
        <source>Platform of the export (auto-detect reads it from the column names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" line="81"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" line="82"/>
        <source>Import a post-history export (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" line="86"/>
        <source>Imported accounts: click one to analyze it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" line="88"/>
        <location filename="../tabs/account_health.py" line="195"/>
        <source>Remove account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" line="89"/>
        <source>Delete this account&apos;s stored posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" line="97"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" line="103"/>
        <source>Import an account&apos;s post history to check its reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" line="109"/>
        <source>Log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" line="110"/>
        <source>Views on a logarithmic axis (L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" line="114"/>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" line="116"/>
        <location filename="../tabs/affinity.py" line="196"/>
        <location filename="../tabs/captions.py" line="187"/>
        <location filename="../tabs/ml_health.py" line="71"/>
        <location filename="../tabs/posting_time.py" line="189"/>
        <location filename="../tabs/thumbnails.py" line="175"/>
        <location filename="../tabs/virality.py" line="185"/>
        <source>Export JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" line="117"/>
        <source>Save the verdict, events and series (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" line="133"/>
        <source>Hover a post for its numbers; drag to pan, wheel to zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" line="138"/>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" line="138"/>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" line="138"/>
        <location filename="../tabs/captions.py" line="171"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" line="138"/>
        <source>posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" line="138"/>
        <source>change vs baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" line="152"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" line="196"/>
        <source>Delete the stored posts of {acc}? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" line="201"/>
        <source>Removed {acc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" line="249"/>
        <source>{n} row(s) skipped by the import: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" line="258"/>
        <source>&lt;b&gt;{account_id}&lt;/b&gt;: &lt;b&gt;{verdict}&lt;/b&gt; — {v2}{when}&lt;br&gt;Confidence {v4:.0%} (measured share of right verdicts like this one) · Recommendation: &lt;b&gt;{v5}&lt;/b&gt;&lt;ul style=&apos;margin:0&apos;&gt;{reasons}&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" line="259"/>
        <source>&lt;small&gt;{v0}&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" line="280"/>
        <source>&lt;br&gt;&lt;small&gt;{forecast_note}&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" line="285"/>
        <source>&lt;br&gt;Next post: &lt;b&gt;{v0:,.0f}&lt;/b&gt; views expected (80 % interval {v1:,.0f}–{v2:,.0f}) · forecaster: {v3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" line="286"/>
        <source>&lt;br&gt;&lt;small&gt;{v0}&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="137"/>
        <source>your account, e.g. music_fanpage_1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="138"/>
        <source>Your account id. When its post history is imported (Account health), engagement is predicted from its own likes, comments and shares per view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="141"/>
        <source>the account to collaborate with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="142"/>
        <source>The other account&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="144"/>
        <source>Platform of the collaboration post: picks the published engagement benchmarks when no post history is imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="156"/>
        <source>Metrics (leave “unknown” when you don&apos;t have one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="158"/>
        <source>Shared followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="159"/>
        <source>Your followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="160"/>
        <source>Their followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="161"/>
        <source>Engagement overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="162"/>
        <source>Content similarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="165"/>
        <source>Your recent captions or bio, one per line (any language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="167"/>
        <source>Their recent captions or bio, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="169"/>
        <source>With texts on both sides and content similarity unknown, the app measures content similarity with a multilingual sentence embedder (runs offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="172"/>
        <source>Or measure content similarity from captions / bios (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="180"/>
        <source>{who} artist name as credited on Spotify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="181"/>
        <source>Optional. When both artists are in the shipped Spotify sample (6 genres), their audio profile and genre overlap fill in the metrics you left unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="183"/>
        <source>Artists (optional, Spotify sample)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="188"/>
        <source>Calculate affinity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="190"/>
        <source>Score the pair (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="193"/>
        <source>Contract example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="194"/>
        <source>Fill in the CONTRACT.md example request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="197"/>
        <source>Save the request and the result (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="203"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="204"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="205"/>
        <location filename="../tabs/captions.py" line="177"/>
        <location filename="../tabs/posting_time.py" line="130"/>
        <location filename="../tabs/thumbnails.py" line="276"/>
        <location filename="../tabs/virality.py" line="123"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="220"/>
        <source>Fill in what you know about the two accounts, then Calculate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="230"/>
        <source>engagement_prediction: probability that a viewer likes, comments, shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="236"/>
        <source>Why this score: each input&apos;s push, the bands, where engagement comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="243"/>
        <source>Engagement prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="248"/>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="312"/>
        <source>&lt;b&gt;Affinity {v0:.2f}&lt;/b&gt; — &lt;b&gt;{v1}&lt;/b&gt; collaboration potential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="312"/>
        <source> Model held-out ROC-AUC {auc:.2f} on real Spotify collaborations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="324"/>
        <source>like {v0:.2f}% · comment {v1:.3f}% · share {v2:.3f}% per view — {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="327"/>
        <source>Affinity {v0:.2f} ({v1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="127"/>
        <source>Nueva Vida - Stakas
or any caption, in Spanish or English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="128"/>
        <source>Your caption as you would write it; it is never translated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="133"/>
        <source>{v0} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="135"/>
        <source>name or @handle (else read from &apos;Title - Artist&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="137"/>
        <source>song title (else read from &apos;Title - Artist&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="139"/>
        <source>Genre of the audience: drives the genre hashtags and emoji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="145"/>
        <source>ISO codes, e.g. US, MX, PR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="147"/>
        <source>Imported post history (Account health): hashtag lift learned from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="149"/>
        <source>All four side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="154"/>
        <source>Add emoji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="156"/>
        <source>Optimise caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="157"/>
        <location filename="../tabs/posting_time.py" line="122"/>
        <source>Ctrl+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="162"/>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="164"/>
        <location filename="../tabs/posting_time.py" line="128"/>
        <location filename="../tabs/virality.py" line="119"/>
        <source>Artist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="165"/>
        <source>Song title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="166"/>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="168"/>
        <location filename="../tabs/virality.py" line="120"/>
        <source>Genre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="173"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="174"/>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="176"/>
        <location filename="../tabs/posting_time.py" line="129"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="181"/>
        <source>Hashtag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="181"/>
        <location filename="../tabs/thumbnails.py" line="267"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="181"/>
        <source>Expected lift (80%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="181"/>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="181"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="182"/>
        <source>Ranked by expected lift (score = lift/(1+lift); 0.5 = no change). Tick the ones to use, then &apos;Use ticked hashtags&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="184"/>
        <source>Use ticked hashtags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="190"/>
        <source>Ranked hashtags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="223"/>
        <source>Caption and hashtags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="224"/>
        <source>Comment sentiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="290"/>
        <source>Captions ready for {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="300"/>
        <source>The platform advises against this generic tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" line="62"/>
        <source>Reading health figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" line="64"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" line="66"/>
        <source>Read the counters again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" line="68"/>
        <source>Detect device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" line="69"/>
        <source>Import torch in the background and pick cuda &gt; mps &gt; cpu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" line="74"/>
        <source>model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" line="74"/>
        <source>loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" line="74"/>
        <source>available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" line="74"/>
        <source>device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" line="74"/>
        <source>licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" line="75"/>
        <source>capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" line="75"/>
        <source>calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" line="75"/>
        <source>errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" line="75"/>
        <source>p50 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" line="75"/>
        <source>p95 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" line="115"/>
        <source>&lt;b&gt;Device:&lt;/b&gt; {v0} &amp;nbsp; &lt;b&gt;Models loaded:&lt;/b&gt; {v1} &amp;nbsp; &lt;b&gt;Cache hit rate:&lt;/b&gt; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" line="116"/>
        <source>{rate:.0%} ({v1} hits / {v2} misses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" line="117"/>
        <source>no cached calls yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" line="134"/>
        <source>models/{v0}/metrics.json (all figures there); used by: {v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="77"/>
        <location filename="../tabs/virality.py" line="97"/>
        <source>e.g. Bad Bunny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="78"/>
        <source>An imported account with this name (Account health) personalises the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="80"/>
        <source>Imported post history to learn from (at least 10 posts with a time of day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="89"/>
        <source>The UTC day you plan to post; daylight saving is applied for that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="101"/>
        <source>Add a country: code or name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="102"/>
        <source>Type a code or a name (English or Spanish), then Return or Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="106"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="109"/>
        <location filename="../tabs/posting_time.py" line="155"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="109"/>
        <source>Audience weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="113"/>
        <source>Relative audience share per country (equal when all weights are equal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="114"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="121"/>
        <source>Find the best time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="131"/>
        <source>Planned day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="137"/>
        <source>Audience countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="149"/>
        <source>Pick the countries of your audience and a day, then &lt;b&gt;Find the best time&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="155"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="155"/>
        <source>Local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="155"/>
        <source>All zones (population share)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="157"/>
        <source>Local wall-clock time of the best slot in each country, daylight saving included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="158"/>
        <source>predicted ×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="158"/>
        <source>Local times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="159"/>
        <source>Predicted engagement over the average slot (the model&apos;s own estimate; the headline boost with history is measured on held-out halves of the posts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="163"/>
        <source>Show the heatmap in UTC or in a country&apos;s local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="185"/>
        <source>Export .ics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="186"/>
        <source>Save the best slot as a calendar event (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="191"/>
        <source>Heatmap CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="193"/>
        <source>Heatmap PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="198"/>
        <source>Expected engagement by day and hour (1 = the average slot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="201"/>
        <source>Time shown in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="325"/>
        <source>&lt;span style=&apos;font-size:16pt&apos;&gt;&lt;b&gt;{v0} UTC&lt;/b&gt;&lt;/span&gt; on {when:%a %d %b %Y} &amp;nbsp;·&amp;nbsp; expected engagement &lt;b&gt;×{v2:.2f}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="326"/>
        <source> vs the average slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="328"/>
        <source>&lt;br&gt;{note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="355"/>
        <source>Best slot {v0} UTC on {v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="381"/>
        <source>dark ×{v0:.2f} … bright ×{v1:.2f} (hover a cell)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="152"/>
        <source>Drop a thumbnail here (add competitors&apos; thumbnails to rank them), a video to pick frames, or a folder to score in batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="159"/>
        <source>Platform: sets the aspect-ratio and file-size checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="161"/>
        <source>Video title (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="162"/>
        <source>Improvements in batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="163"/>
        <source>Also search improvements when scoring a folder (slower)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="165"/>
        <source>Score folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="165"/>
        <source>Score every image in a folder (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="167"/>
        <source>Frames from video…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="167"/>
        <source>Best five thumbnail frames of a video (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="169"/>
        <source>Import channel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="169"/>
        <source>Fit your channel&apos;s model from a YouTube Studio export (CSV) and the folder of its thumbnails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="171"/>
        <source>Forget channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="171"/>
        <source>Go back to the published-rules model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="173"/>
        <source>Save improved…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="173"/>
        <source>Save the improved image (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="175"/>
        <source>Save the full scoring response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="188"/>
        <source>Visual appeal, 0–10, from the published rules (see reasons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="194"/>
        <source>Only edits whose re-score was higher, best first, with the measured score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="197"/>
        <source>Each rule&apos;s measurement and the points it earned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="202"/>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="203"/>
        <source>Slider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="213"/>
        <source>Where the before image ends in slider mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="221"/>
        <source>&lt;b&gt;Improvements (re-scored)&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="223"/>
        <source>&lt;b&gt;Reasons&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="239"/>
        <source>Your thumbnail (★) and the competitors, best first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="241"/>
        <source>The best frames of the video as thumbnails; double-click to score one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="243"/>
        <source>Save selected frame…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="243"/>
        <source>Save the selected frame as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="245"/>
        <source>Score selected frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="245"/>
        <source>Score the selected frame in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="256"/>
        <location filename="../tabs/virality.py" line="187"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="256"/>
        <source>Save the batch results as CSV (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="268"/>
        <source>Ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="269"/>
        <source>From video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="270"/>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="271"/>
        <source>Channel model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="361"/>
        <source>Folder of thumbnails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="367"/>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="373"/>
        <source>YouTube Studio export (Table data.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="388"/>
        <source>Folder of the channel&apos;s thumbnails (named by video id or title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="408"/>
        <source>Thumbnail task cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="424"/>
        <source>Click probability {v0:.1%} — {basis}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="426"/>
        <source>Rank {v0} of {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="441"/>
        <source>Scored {v0}: {v1:.1f}/10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="502"/>
        <source>Read {candidates_read} frames of {duration_s:.0f} s by seeking; rejected {v2} on a cut and {v3} in a fade. Best {v4}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="508"/>
        <source>Channel model fitted on {v0} videos; cross-validated Spearman {v1:.2f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="515"/>
        <source>&lt;b&gt;No channel model.&lt;/b&gt; Click probability is the published-rules prior.&lt;br&gt;Import a YouTube Studio export (Advanced mode → Export → CSV, with the columns Content or Video title, Impressions and Impressions click-through rate) and a folder of the matching thumbnails named by video id or title, to fit a model of &lt;i&gt;your&lt;/i&gt; audience.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="521"/>
        <source>&lt;b&gt;Channel model&lt;/b&gt; “{v0}” fitted {v1} on {v2} videos.&lt;br&gt;Cross-validated Spearman correlation (predicted vs real CTR): &lt;b&gt;{v3:.2f}&lt;/b&gt;&lt;br&gt;Cross-validated mean absolute CTR error: {v4:.2%} (CTRs in the export: {v5:.1%}–{v6:.1%})&lt;br&gt;Click probability now comes from this model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="73"/>
        <source>Drop a video (mp4, mov, webm, mkv) here, or click to choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="75"/>
        <source>Videos (*.mp4 *.mov *.webm *.mkv *.m4v);;Audio (*.m4a *.mp3 *.wav)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="77"/>
        <source>No video yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="93"/>
        <source>Evenly sampled frames: the frames the visual measures read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="99"/>
        <source>Genre popularity covers country, deep-house, dubstep, hip-hop (trap, rap), metal and rock (spotify_by_genre); other genres leave that factor out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="105"/>
        <source>from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="106"/>
        <source>Filled from the file; change it to score a planned cut of this video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="108"/>
        <location filename="../tabs/virality.py" line="245"/>
        <source>auto (from audio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="108"/>
        <location filename="../tabs/virality.py" line="355"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="108"/>
        <location filename="../tabs/virality.py" line="355"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="109"/>
        <source>Does the song&apos;s hook land in the first 3 seconds? Detected from the audio (first 3 s no quieter than the rest) unless you say so</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="113"/>
        <source>Where it will be posted: picks the duration sweet spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="114"/>
        <source>Read text overlays (OCR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="116"/>
        <source>Read on-screen text in 3 sampled frames with the offline OCR model (about 0.1–0.2 s a frame)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="121"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="122"/>
        <source>Hook in first 3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="125"/>
        <source>Analyze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="125"/>
        <source>Measure the video and score it (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="129"/>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="134"/>
        <source>Import past videos + views…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="134"/>
        <source>A folder of your past videos and a CSV of their views (file or title, views); 10 or more fit your personal model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="138"/>
        <source>Rebuild trend from folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="138"/>
        <source>Measure a folder of reference videos doing well now; their tempo, duration, cut rate and hook become the trend to match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="141"/>
        <source>Default trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="141"/>
        <source>Go back to the shipped trend profile (published facts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="151"/>
        <source>Learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="160"/>
        <location filename="../tabs/virality.py" line="319"/>
        <source>Drop a video to see its virality score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="182"/>
        <source>measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="182"/>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="184"/>
        <source>Every measurement behind the factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="185"/>
        <source>Save the full response (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="187"/>
        <source>Save the score, confidence and factors with their reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="189"/>
        <source>Save PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="189"/>
        <source>Save a picture of the result panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="190"/>
        <source>Copy summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="190"/>
        <source>Copy the score and the reasons as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="197"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="248"/>
        <source>Reading frames…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="288"/>
        <source>Drop a video first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="296"/>
        <location filename="../tabs/virality.py" line="319"/>
        <source>Analyzing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="304"/>
        <source>No score: {name} could not be analyzed (see the message above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="308"/>
        <source>Analysis cancelled. Drop a video or press Analyze.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="310"/>
        <source>No score: the analysis was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="332"/>
        <source>Virality {v0:.0%}  ·  confidence {v1:.0%}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="333"/>
        <source>  ·  likely {lo:.0%}–{hi:.0%}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="334"/>
        <source>  ({kind} model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="337"/>
        <source>Confidence </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="343"/>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="355"/>
        <source>auto (detected: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="356"/>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="386"/>
        <source>Personal model unavailable: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="391"/>
        <source>Personal model: {v0} videos, cross-validated Spearman </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="394"/>
        <source>Personal model: {labelled_videos} of {needed_for_personal} labelled videos — scores come from the prior until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="395"/>
        <source>Trend profile: {trend_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="398"/>
        <source>Folder of your past videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="402"/>
        <source>Views list (file or title, views)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="418"/>
        <source>Importing past videos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="426"/>
        <source>Folder of reference videos doing well now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="431"/>
        <source>Measuring reference videos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="439"/>
        <source>Trend profile reset to the shipped default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="453"/>
        <source>Trend profile rebuilt from {v0} reference videos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="477"/>
        <source>Virality summary copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <location filename="../widgets.py" line="205"/>
        <source>Could not save {v0}: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets.py" line="207"/>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
