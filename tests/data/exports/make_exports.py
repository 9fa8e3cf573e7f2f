"""Writes the example exports of this folder: one per real format (names and numbers invented).

Run it to rebuild them (``python tests/data/exports/make_exports.py``); the right reading of
each is asserted in ``tests/test_tables.py``. Text files are written byte for byte (their
encoding, delimiter and line ends are part of the case); the workbooks need openpyxl.
"""
from __future__ import annotations

from datetime import datetime, time
from pathlib import Path

HERE = Path(__file__).resolve().parent

TEXT = {
    # YouTube Studio, Content tab, "Table data.csv" as downloaded with an English UI: raw numbers,
    # a Total row first, dates only, Duration in seconds.
    "youtube_content_en.csv": ("utf-8", "\n", [
        "Content,Video title,Video publish time,Duration,Views,Watch time (hours),Subscribers,Impressions,"
        "Impressions click-through rate (%),Likes,Comments added,Shares",
        "Total,,,,47110,2130.5512,96,812300,5.8,2811,190,77",
        "vA1bC2dE3fG,Luna de agosto (Official Video),\"Oct 20, 2025\",201,30210,1411.2044,61,500100,6.04,1840,120,51",
        "hH4iJ5kK6lL,\"Noche, calle y tú\",\"Oct 13, 2025\",178,12500,512.8733,25,220400,5.67,731,52,20",
        "mM7nN8oO9pP,Intro #freestyle #trap,\"Sep 2, 2025\",59,4400,206.4735,10,91800,4.79,240,18,6",
    ]),
    # The same table downloaded with a Spanish UI: Spanish headers, "20 oct 2025" dates.
    "youtube_content_es.csv": ("utf-8", "\n", [
        "Contenido,Título del vídeo,Hora de publicación del vídeo,Duración,Visualizaciones,"
        "Tiempo de visualización (horas),Impresiones,Porcentaje de clics de las impresiones (%),Me gusta,"
        "Comentarios añadidos,Veces compartido",
        "Total,,,,18350,801.25,310000,5.9,1020,70,31",
        "qQ1rR2sS3tT,Corazón de invierno,20 oct 2025,215,11200,490.5,180000,6.2,610,41,19",
        "uU4vV5wW6xX,Baila conmigo (en vivo),5 ene 2025,187,5400,230.75,95000,5.7,300,20,9",
        "yY7zZ8aA9bB,Añoranza #acustico,12 abr 2025,163,1750,80.0,35000,5,110,9,3",
    ]),
    # Portuguese headers (pt-BR UI), re-saved by a Brazilian Excel: ";" delimiter, "." thousands,
    # "," decimals, quoted header with doubled quotes, "20 de out. de 2025" dates, Windows line ends.
    "youtube_content_pt.csv": ("utf-8-sig", "\r\n", [
        "Conteúdo;Título do vídeo;Horário de publicação do vídeo;Duração;Visualizações;"
        "Tempo de exibição (horas);Impressões;Taxa de cliques de impressões (%);\"Marcações \"\"Gostei\"\"\";"
        "Comentários adicionados;Compartilhamentos",
        "Total;;;;41.300;1.905,5;640.000;6,1;2.450;160;88",
        "cC1dD2eE3fF;Saudade de você;20 de out. de 2025;0:03:32;25.100;1.200,25;400.000;6,3;1.500;100;60",
        "gG4hH5iI6jJ;Verão sem fim;3 de ago. de 2025;0:02:58;16.200;705,25;240.000;5,8;950;60;28",
    ]),
    # YouTube Studio, one video's daily table (Date rows), with its Total row.
    "youtube_daily_en.csv": ("utf-8", "\n", [
        "Date,Views,Watch time (hours),Average view duration",
        "Total,3460,152.3344,0:02:38",
        "2025-10-20,2100,92.1,0:02:38",
        "2025-10-21,900,40.2344,0:02:41",
        "2025-10-22,460,20.0,0:02:37",
    ]),
    # TikTok Studio content export (EN UI, CSV): counts abbreviated with a decimal point.
    "tiktok_posts_en.csv": ("utf-8", "\n", [
        "Video title,Video link,Post time,Total likes,Total comments,Total shares,Total views",
        "Nueva ola #trap #fyp,https://www.tiktok.com/@lunaverde.music/video/7430000000000000001,2025-10-01 18:00:00,"
        "1.2K,45,88,15.2K",
        "Sin ti (remix) #reggaeton,https://www.tiktok.com/@lunaverde.music/video/7430000000000000002,"
        "2025-10-03 21:30:00,980,12,9,8400",
        "El drop #trap,https://www.tiktok.com/@lunaverde.music/video/7430000000000000003,2025-10-05 19:15:00,"
        "48.2K,1.1K,3.4K,1.1M",
    ]),
    # TikTok Studio overview (ES UI): daily totals, dates without a year across New Year.
    "tiktok_overview_es.csv": ("utf-8", "\n", [
        "Fecha,Visualizaciones de vídeos,Visualizaciones del perfil,Me gusta,Comentarios,Veces compartido",
        "30 dic,1520,40,210,12,5",
        "31 dic,1710,38,260,9,7",
        "1 ene,2210,51,300,15,9",
        "2 ene,1900,47,280,11,4",
    ]),
    # Meta Business Suite, Instagram posts (EN UI): US dates "10/20/2025 18:30", "Lifetime" Date column.
    "instagram_posts_en.csv": ("utf-8-sig", "\n", [
        "Post ID,Account ID,Account username,Account name,Description,Duration (sec),Publish time,Permalink,"
        "Post type,Data comment,Date,Views,Reach,Likes,Shares,Follows,Comments,Saves",
        "18000000000000001,17800000000000000,lunaverde.music,Luna Verde,Nuevo single ya 🌙 #trap #nuevamusica,"
        "32,10/20/2025 18:30,https://www.instagram.com/reel/Cx1Aa/,IG reel,,Lifetime,52000,31000,2600,410,55,140,380",
        "18000000000000002,17800000000000000,lunaverde.music,Luna Verde,Detrás de cámaras,0,10/14/2025 12:05,"
        "https://www.instagram.com/p/Cx2Bb/,IG carousel,,Lifetime,9100,7200,640,22,4,31,55",
        "18000000000000003,17800000000000000,lunaverde.music,Luna Verde,\"Gracias, Madrid ❤️ #gira\",0,"
        "9/28/2025 23:10,https://www.instagram.com/p/Cx3Cc/,IG image,,Lifetime,15500,11800,1900,35,12,88,120",
    ]),
    # Meta Business Suite, Instagram reels (ES UI, re-saved by a Spanish Excel): ";" delimiter,
    # day-first dates, cp1252 text.
    "instagram_reels_es.csv": ("cp1252", "\r\n", [
        "Identificador de la publicación;Nombre de usuario de la cuenta;Descripción;Duración (s);"
        "Hora de publicación;Enlace permanente;Tipo de publicación;Reproducciones;Alcance;Me gusta;"
        "Veces compartido;Comentarios;Guardados",
        "18100000000000001;lunaverde.music;Canción nueva, ¿qué opinan? #trap;28;20/10/2025 18:30;"
        "https://www.instagram.com/reel/Dy1Aa/;Reel de IG;12.500;9.800;1.310;205;64;310",
        "18100000000000002;lunaverde.music;Ensayo general #gira;45;13/10/2025 9:05;"
        "https://www.instagram.com/reel/Dy2Bb/;Reel de IG;3.400;2.900;402;18;11;40",
        "18100000000000003;lunaverde.music;Añoranza en acústico;61;03/10/2025 21:00;"
        "https://www.instagram.com/reel/Dy3Cc/;Reel de IG;1.100.000;870.000;48.200;3.100;920;5.400",
    ]),
    # X analytics, post-level export (2024+ layout): "Mon, Oct 20, 2025" dates, impressions only.
    "x_posts_en.csv": ("utf-8", "\n", [
        "Post id,Date,Post text,Post Link,Impressions,Likes,Engagements,Bookmarks,Shares,New follows,Replies,"
        "Reposts,Profile visits",
        "1850000000000000001,\"Mon, Oct 20, 2025\",Nuevo tema el viernes 🔥 #trap,"
        "https://x.com/lunaverde/status/1850000000000000001,12034,410,890,22,5,3,31,57,40",
        "1850000000000000002,\"Wed, Oct 15, 2025\",Gracias por los 10K,"
        "https://x.com/lunaverde/status/1850000000000000002,5012,190,301,4,1,0,12,20,9",
    ]),
    # X (Twitter) tweet activity export, the older layout: "2025-10-20 18:30 +0000" times.
    "x_tweet_activity_en.csv": ("utf-8", "\n", [
        "Tweet id,Tweet permalink,Tweet text,time,impressions,engagements,engagement rate,retweets,replies,likes,"
        "user profile clicks,url clicks,hashtag clicks,detail expands",
        "1710000000000000001,https://twitter.com/lunaverde/status/1710000000000000001,Hoy en vivo #gira,"
        "2023-10-06 18:30 +0000,8800,420,0.0477,35,12,260,40,10,8,55",
        "1710000000000000002,https://twitter.com/lunaverde/status/1710000000000000002,Setlist listo,"
        "2023-10-05 09:00 +0000,3100,96,0.031,4,3,61,9,0,0,19",
    ]),
    # A generic file whose headers no platform uses: the caller maps the columns.
    "generic_unknown_headers.csv": ("utf-8", "\n", [
        "Fecha subida;Reproducciones del clip;Corazones;Nombre",
        "2025-10-01;1.500;120;Clip uno",
        "2025-10-02;2.750;310;Clip dos",
        "2025-10-03;980;45;Clip tres",
    ]),
    # The labelled-videos list of the personal virality model: file name and views.
    "labelled_videos.csv": ("utf-8", "\n", [
        "file,views",
        "luna_de_agosto.mp4,30210",
        "noche_calle.mp4,12500",
        "intro_freestyle.mov,4400",
    ]),
}

JSON = {
    "generic_posts.json": """{
  "account": "lunaverde",
  "posts": [
    {"id": "p1", "caption": "Ensayo #gira #trap", "created_at": "2025-10-20T18:30:00-05:00",
     "stats": {"views": 1520, "likes": 190, "comments": 5}},
    {"id": "p2", "caption": "Nuevo beat", "created_at": "2025-10-21T12:00:00Z",
     "stats": {"views": "12,5K", "likes": "1,1K", "comments": 40}}
  ]
}
""",
    "generic_posts.jsonl": (
        '{"post_id": "a1", "timestamp": 1760985000, "views": 800, "likes": 60}\n'
        '{"post_id": "a2", "timestamp": 1761071400000, "views": 950, "likes": 71}\n'
        '{"post_id": "a3", "timestamp": "not a time", "views": 10, "likes": 1}\n'
    ),
}


def write_text() -> None:
    for name, (encoding, eol, lines) in TEXT.items():
        (HERE / name).write_bytes((eol.join(lines) + eol).encode(encoding))
    for name, text in JSON.items():
        (HERE / name).write_bytes(text.encode("utf-8"))


def write_workbooks() -> None:
    from openpyxl import Workbook

    # TikTok Studio's default download: an Excel workbook (ES UI), abbreviated counts as text with
    # a decimal comma, post times as real date cells, a notes sheet after the data sheet.
    wb = Workbook()
    ws = wb.active
    ws.title = "Contenido"
    ws.append(["Título del vídeo", "Enlace del vídeo", "Hora de publicación", "Total de Me gusta",
               "Total de comentarios", "Total de veces compartido", "Total de visualizaciones"])
    ws.append(["Nueva Vida #trap", "https://www.tiktok.com/@lunaverde.music/video/7440000000000000001",
               datetime(2025, 10, 1, 18, 0), "1,2K", 45, 88, "15,2K"])
    ws.append(["Otra noche #trap", "https://www.tiktok.com/@lunaverde.music/video/7440000000000000002",
               datetime(2025, 10, 3, 21, 30), 505, 12, 9, "3,4K"])
    ws.append(["Corazón #reggaeton", "https://www.tiktok.com/@lunaverde.music/video/7440000000000000003",
               datetime(2025, 10, 5, 19, 15), "48,2K", "1,1K", "3 mil", "1,1M"])
    notes = wb.create_sheet("Notas")
    notes.append(["Exportado desde TikTok Studio"])
    wb.save(HERE / "tiktok_posts_es.xlsx")

    # Meta Business Suite export saved as a workbook: a title line above the header, native
    # numbers, publish times as date cells, durations as time cells.
    wb = Workbook()
    ws = wb.active
    ws.title = "Posts"
    ws.append(["Instagram posts, 1 Oct 2025 - 20 Oct 2025"])
    ws.append(["Post ID", "Account username", "Description", "Duration (sec)", "Publish time", "Permalink",
               "Post type", "Views", "Reach", "Likes", "Shares", "Comments", "Saves"])
    ws.append(["18200000000000001", "lunaverde.music", "Nuevo single #trap", time(0, 0, 32),
               datetime(2025, 10, 20, 18, 30), "https://www.instagram.com/reel/Ez1Aa/", "IG reel",
               52000, 31000, 2600, 410, 140, 380])
    ws.append(["18200000000000002", "lunaverde.music", "Backstage", None, datetime(2025, 10, 14, 12, 5),
               "https://www.instagram.com/p/Ez2Bb/", "IG carousel", 9100, 7200, 640, 22, 31, 55])
    ws["D3"].number_format = "h:mm:ss"
    wb.save(HERE / "instagram_posts_en.xlsx")


if __name__ == "__main__":
    write_text()
    write_workbooks()
    print("written:", ", ".join(sorted(p.name for p in HERE.iterdir() if p.suffix != ".py")))
