"""Write training/data/caption_emoji_heldout_s9.tsv: a third, fresh held-out set for emoji placement.

    .venv/bin/python training/caption_emoji_heldout_s9_build.py

How it was made (session 9, 2026-12-01, issue #15 point 3): session 8's held-out set
(caption_emoji_heldout_s8.tsv) was read by a final run, so a new set nobody has measured against is
needed. This file's captions were composed fresh for it by a writer who had not seen the placement
model (viralml_desktop/core/captions/, training/caption_emoji_train.py, models/captions/), its
outputs or its errors on any set, and who did not run the model or the evaluation on them. The
writer read only caption_emoji_heldout_s8.tsv and caption_emoji_heldout_s8_build.py (for the file
format, the column meanings, how clauses are split and the editor's palettes) and the reader
``read`` of training/caption_emoji_eval.py (for how the TSV is parsed). Nothing has been tuned on
this file. The counts per language, genre and kind are printed by this script.

The captions are about half Spanish, half English, spread over trap, reggaeton and Latin pop plus a
few other genres (corridos tumbados, bachata, salsa, cumbia, dembow, R&B, Latin drill, merengue,
regional Mexican, balada, bolero, rock, indie, reggae en español), written as creators write them on TikTok,
Instagram and YouTube: release announcements (title in quotes, "Title - Artist", feat. @mention),
countdowns, tour dates with city lists, behind-the-scenes, questions to fans, heartbreak, love,
perreo and party, flexing and money, gratitude, grief, irony and sarcasm ("Encantado de la vida",
"Living the dream"), slang ("prrr", "wepa", "no cap", "facturo", "yipetas"), Spanglish, short
one-liners, multi-sentence captions, #tags, and a few captions that already carry emoji. Each row's
``kind`` (kept here, not in the TSV, whose columns are those of the older sets) is what the caption
is mostly about.

Labels follow caption_emoji_heldout_s8_build.py: the spans no emoji may go inside (song titles,
artists, @mentions, #tags, quoted phrases, multi-word place names), and for each clause end the
emoji a careful editor of a Latin artist's account keeps there ('-': none belongs there; a placement
anywhere else is not kept). Clause ends are the ends of sentences (. ? ! or the end of the caption
before its #tags), the commas, colons and dashes that close a clause or a list item ("Timbal,
trompeta y pista llena": '-' after the inner items), and a tour list's entries; a vocative or
interjection before a comma ("Bro,", "Phoenix,", "Dale, mami,") is not a clause end, as in s8
("Descansa, Flaco", "Dead serious, this verse..."). The palettes are s8's (same names and contents)
plus ``ASK`` (s8's question set as a palette) and ``BTS`` (behind-the-scenes), and single emoji the
editor also keeps for one caption (a tour's 📍, a countdown's ⏰, a bachata's 🎸). The editor is
careful: heartbreak and grief get no 🔥 and no party emoji (asserted below), an ironic line gets
🙃 / 🫠 / 😅 and not 💔 or 🔥, a list's inner items get none, and a caption that already carries an
emoji has no clause end labelled: an editor adds nothing.

No caption is a caption of an older set, and none reads close to one: the script asserts that no
caption has a difflib ratio above 0.72 to any caption of caption_emoji_dev.tsv,
caption_emoji_eval.tsv, caption_emoji_heldout.tsv or caption_emoji_heldout_s8.tsv (the threshold s8
used). After writing, the file is read back with the ``read`` function of
training/caption_emoji_eval.py (taken from its source with ``ast``, so no model module is imported)
and each labelled clause end is checked to resolve to its own label with that file's
``end_label``.
"""
from __future__ import annotations

import ast
import csv
import difflib
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "data" / "caption_emoji_heldout_s9.tsv"
OLDER = ["caption_emoji_dev.tsv", "caption_emoji_eval.tsv", "caption_emoji_heldout.tsv",
         "caption_emoji_heldout_s8.tsv"]
NEAR = 0.72  # difflib ratio above which a caption counts as a paraphrase of an older one

# The editor's palettes: s8's (the older sets'), plus ASK and BTS.
P = {
    "SAD": "💔 🥀 🖤 😢 😔 🥺 😞 💭 😭",
    "RELEASE": "🎶 🎧 🚨 🎵 💿 🔥 ‼️ 🆕 ▶️ 📀 👀 🎤",
    "WRITING": "✍️ 🎙️ 🎹 📝 🎤 🎶 🎧",
    "PARTY": "💃 🕺 🎉 🔥 🍾 🪩 🥳 🍑",
    "LOVE": "❤️ 😍 💕 🥰 💘 💖 🤍 💜 ♥️ 😘 💞",
    "LAUGH": "😂 🤣 💀 😅",
    "LIVE": "🎤 🎟️ 🏟️ 🔥 🙌 🎶 ✨ 🤘 🎫",
    "NIGHT": "🌙 🌃 ✨ 🌌 🌑",
    "STRENGTH": "💪 👑 🦁 🙌 🔥 💯 🏆",
    "GRATITUDE": "🙏 ❤️ ✨ 🤍 🫶 💜 🥹 💖",
    "HYPE": "🔥 💯 🚀 🤯 ⚡ 💥 🙌",
    "HOMETOWN": "🏙️ 🇵🇷 🌎 🇲🇽 🇨🇴 🇩🇴 ❤️ 🙌 🇦🇷 🇪🇸 🇨🇱",
    "ANNOUNCE": "🚨 📢 👀 🤫 ‼️ ⏳ 🔜",
    "MEMORIAL": "🕊️ 🙏 🕯️ 🥂 🖤 🤍 💔 🥀 💭 😢",
    "NOSTALGIA": "🕰️ 📼 💭 🥹 ✨",
    "MONEY": "💸 💰 💵 🤑 💎",
    "DRIVE": "🚗 🏎️ 🛣️ 🌃 🚙",
    "SUMMER": "☀️ 🌴 🏖️ 🌊 😎 🔥 🌞",
    "MUSIC": "🎶 🎵 🎧",
    "COLLAB": "🤝 🙌 💯 🔥",
    "TRAP": "🔥 💎 🎤 🎶 💯 🎵",
    "IRONY": "🙃 🫠 😂 💀 😅",
    "ASK": "👀 🤔 👇 💬",  # a question to the fans (s8's ASK)
    "BTS": "🎬 🎥 📸 👀 🎞️",  # behind the scenes
}
NONE = "-"
LOSS = ("heartbreak", "grief")
NOT_ON_LOSS = set("🔥🎉🥳🍾🪩")  # the editor's rule: no fire and no party on a loss

# (language, genre, kind, caption, forbidden spans, [(last words of a clause end, palettes / emoji)])
ROWS = [
    # ================= Spanish =================
    # ---- trap ----
    ("es", "trap", "release", '"Humo Blanco" disponible ya. Dale play y me cuentan',
     ["Humo Blanco"],
     [("disponible ya", "RELEASE TRAP"), ("Dale play y me cuentan", "ASK ▶️ 🎧")]),
    ("es", "trap", "flex", "De las guaguas públicas al Lambo sin pedirle nada a nadie", [],
     [("sin pedirle nada a nadie", "STRENGTH MONEY 🏎️ 😎")]),
    ("es", "trap", "heartbreak", "Me compré otra cadena y ni así se me quita tu frío", [],
     [("se me quita tu frío", "SAD 🥶")]),
    ("es", "trap", "question", 'Díganme en qué barra de "Lengua de Plata" se quedaron pensando', ["Lengua de Plata"],
     [("se quedaron pensando", "ASK TRAP ✍️ 🧠")]),
    ("es", "trap", "collab", "@elnenebrava y yo en la misma pista. Agárrense", ["@elnenebrava"],
     [("en la misma pista", "COLLAB HYPE"), ("Agárrense", "HYPE ANNOUNCE 😈")]),
    ("es", "trap", "irony", "Mi tía preguntando cuándo busco un trabajo de verdad. Hoy invito yo la cena jaja", [],
     [("un trabajo de verdad", "LAUGH IRONY"), ("la cena jaja", "LAUGH IRONY MONEY 😌")]),
    ("es", "trap", "bts", 'Detrás de cámaras del video de "Ruleta". Tres días sin dormir y valió la pena',
     ["Ruleta"],
     [('del video de "Ruleta"', "BTS 🔥"), ("valió la pena", "STRENGTH GRATITUDE 🙌 💯")]),
    ("es", "trap", "slang", "Prrr. El que sabe, sabe", [],
     [("Prrr", "HYPE TRAP"), ("El que sabe, sabe", "STRENGTH HYPE 😎 🤫")]),
    ("es", "trap", "gratitude",
     "500 mil oyentes mensuales y hace un año no me escuchaba ni mi primo. Gracias de corazón", [],
     [("ni mi primo", "LAUGH GRATITUDE HYPE"), ("Gracias de corazón", "GRATITUDE")]),
    ("es", "trap", "tour",
     'Gira "Calle y Fe" 2027: Monterrey 14/03, Guadalajara 21/03, CDMX 28/03. Boletos el viernes',
     ["Calle y Fe", "Monterrey", "Guadalajara", "CDMX"],
     [('Gira "Calle y Fe" 2027', "ANNOUNCE LIVE 🗓️ 📍"), ("Monterrey 14/03", NONE), ("Guadalajara 21/03", NONE),
      ("CDMX 28/03", "LIVE 📍 🇲🇽"), ("Boletos el viernes", "LIVE ANNOUNCE")]),
    ("es", "trap", "night", "4am, el estudio frío y el beat todavía no me dice nada", [],
     [("4am", NONE), ("no me dice nada", "NIGHT 😩 🥱 🎹 🎧")]),
    ("es", "trap", "money", "Mi primer cheque de regalías se fue completo en equipo para el home studio", [],
     [("para el home studio", "MONEY WRITING STRENGTH 🎛️ 😅")]),
    ("es", "trap", "irony",
     "Qué bonito es que el disco duro se dañe el día de la entrega. Encantado de la vida", [],
     [("el día de la entrega", "IRONY"), ("Encantado de la vida", "IRONY")]),
    ("es", "trap", "hype", "Sin miedo, sin pausa", [],
     [("Sin miedo", NONE), ("sin pausa", "STRENGTH HYPE")]),
    ("es", "trap", "heartbreak",
     "Me bloqueaste en todo menos en Spotify. Ahí sigues escuchando lo que te escribí", ["Spotify"],
     [("menos en Spotify", "👀 🙃 😅 🫠 💔 🥲"), ("lo que te escribí", "SAD WRITING 👀")]),
    ("es", "trap", "countdown", 'Cuenta regresiva: 48 horas para "Noche de Cuchillos" junto a @yoelcastro',
     ["Noche de Cuchillos", "@yoelcastro"],
     [("Cuenta regresiva", "ANNOUNCE ⏰"), ("junto a @yoelcastro", "ANNOUNCE RELEASE COLLAB ⏰")]),
    ("es", "trap", "grief", "Hoy hace tres años que se nos fue el Chino. Su risa sigue en cada beat", ["Chino"],
     [("se nos fue el Chino", "MEMORIAL"), ("en cada beat", "MEMORIAL MUSIC")]),
    ("es", "trap", "spanglish", "Bro, este beat está too hard, no lo puedo creer", [],
     [("está too hard", "HYPE TRAP"), ("no lo puedo creer", "HYPE 😳 😭")]),
    ("es", "trap", "love", "Tú con mi hoodie y yo con tu perfume en el cuello", [],
     [("en el cuello", "LOVE 😏 🖤")]),
    ("es", "trap", "flex", "Me tiraron hate todo el año y cerré el año en el top 50. Sigan hablando", [],
     [("en el top 50", "STRENGTH HYPE 📈 😌"), ("Sigan hablando", "😌 🤫 🥱 💅 😂 🙃 💯 👑")]),
    ("es", "trap", "party", "Viernes de bloque, bocina prendida y los panas completos", [],
     [("Viernes de bloque", NONE), ("bocina prendida", NONE), ("los panas completos", "PARTY HYPE 🤝")]),
    ("es", "trap", "emoji", "Nuevo tema este viernes 🔥🎤 #trap #latintrap", ["#trap", "#latintrap"], []),
    ("es", "trap", "question", "¿Lo subo completo o lo dejo en snippet?", [],
     [("lo dejo en snippet", "ASK 🎧")]),
    ("es", "trap", "gratitude", "Los quiero, mi gente", [],
     [("Los quiero, mi gente", "GRATITUDE LOVE")]),
    ("es", "trap", "irony", 'Mi mamá escuchó el disco entero y solo dijo "cuida esa boca"', ["cuida esa boca"],
     [('solo dijo "cuida esa boca"', "LAUGH 🙈")]),
    # ---- reggaeton ----
    ("es", "reggaeton", "release", 'YA SALIÓ "Mojaditos" con @lanenamarea. Corran que se acaba el verano',
     ["Mojaditos", "@lanenamarea"],
     [("con @lanenamarea", "RELEASE PARTY COLLAB SUMMER"), ("se acaba el verano", "SUMMER PARTY LAUGH")]),
    ("es", "reggaeton", "party", "Que nadie se siente, que esto apenas empieza", [],
     [("Que nadie se siente", NONE), ("esto apenas empieza", "PARTY HYPE NIGHT")]),
    ("es", "reggaeton", "question", "¿Qué parte ya se saben de memoria? Yo todavía me equivoco en el puente", [],
     [("se saben de memoria", "ASK 🎶"), ("me equivoco en el puente", "LAUGH 🙈")]),
    ("es", "reggaeton", "heartbreak", "Todavía guardo tu cepillo de dientes y el demo que grabamos juntos", [],
     [("el demo que grabamos juntos", "SAD NOSTALGIA 🎙️")]),
    ("es", "reggaeton", "party", "Dale, mami, que la noche es corta y el dembow largo", [],
     [("el dembow largo", "PARTY NIGHT LAUGH 😏")]),
    ("es", "reggaeton", "love", "Bailamos pegaditos y se me olvidó hasta el nombre del DJ", [],
     [("el nombre del DJ", "LOVE PARTY LAUGH")]),
    ("es", "reggaeton", "hometown", "Villa Palmeras me enseñó a rimar antes que a leer", ["Villa Palmeras"],
     [("antes que a leer", "HOMETOWN STRENGTH NOSTALGIA")]),
    ("es", "reggaeton", "gratitude",
     "Mi abuela bailando mi canción en la boda de mi hermana. Ya puedo retirarme", [],
     [("en la boda de mi hermana", "LOVE LAUGH 💃 🥹"), ("Ya puedo retirarme", "LAUGH 🥹")]),
    ("es", "reggaeton", "irony", "Me encanta cuando mi mamá me pide que baje el volumen de mi propia canción", [],
     [("de mi propia canción", "LAUGH IRONY")]),
    ("es", "reggaeton", "bts", 'Así se grabó el coro de "Fuego Lento": 14 tomas y una pizza fría', ["Fuego Lento"],
     [('el coro de "Fuego Lento"', "BTS WRITING"), ("una pizza fría", "LAUGH BTS 🍕")]),
    ("es", "reggaeton", "countdown", "Mañana a medianoche. No digo más", [],
     [("Mañana a medianoche", "ANNOUNCE NIGHT"), ("No digo más", "ANNOUNCE 🤐")]),
    ("es", "reggaeton", "collab", "Con @davidelgringo en Miami cocinando algo que va a romper el verano",
     ["@davidelgringo", "Miami"],
     [("romper el verano", "COLLAB HYPE SUMMER 👀")]),
    ("es", "reggaeton", "emoji", "Esta noche se perrea 🍑🔥", [], []),
    ("es", "reggaeton", "flex", "Yo no compito, yo facturo", [],
     [("Yo no compito", NONE), ("yo facturo", "MONEY STRENGTH 😎 💅")]),
    ("es", "reggaeton", "night", 'Tres de la mañana y todavía suena "Madrugada" en el carro', ["Madrugada"],
     [("en el carro", "NIGHT DRIVE MUSIC")]),
    ("es", "reggaeton", "heartbreak", "Ahora bailas con otro la canción que te escribí", [],
     [("la canción que te escribí", "SAD")]),
    ("es", "reggaeton", "release", "Fiebre - Kiara Sol x Bebo Lux. Ya disponible", ["Fiebre", "Kiara Sol", "Bebo Lux"],
     [("Kiara Sol x Bebo Lux", "RELEASE PARTY COLLAB 🥵 🤒"), ("Ya disponible", "RELEASE")]),
    ("es", "reggaeton", "tour",
     'Tour "Pa\' la Calle" — Santo Domingo 10 de mayo, San Juan 17 de mayo, Miami 24 de mayo. Nos vemos',
     ["Pa' la Calle", "Santo Domingo", "San Juan", "Miami"],
     [('Tour "Pa\' la Calle"', "ANNOUNCE LIVE"), ("Santo Domingo 10 de mayo", NONE), ("San Juan 17 de mayo", NONE),
      ("Miami 24 de mayo", "LIVE 📍 ✈️"), ("Nos vemos", "LIVE 👋 😎")]),
    ("es", "reggaeton", "slang", "¡Wepa! Esto es pa' romper la disco", [],
     [("Wepa", "PARTY HYPE"), ("pa' romper la disco", "PARTY HYPE")]),
    ("es", "reggaeton", "love", "Tu risa en la pista vale más que cualquier VIP", [],
     [("que cualquier VIP", "LOVE PARTY")]),
    ("es", "reggaeton", "irony", "Mi ex diciendo que la canción no es sobre ella. Claro que no, mi amor", [],
     [("no es sobre ella", "LAUGH 👀"), ("Claro que no, mi amor", "IRONY 👀 🙄 💅")]),
    ("es", "reggaeton", "party", "Pa' que lo bailen en la playa #reggaeton #verano #dembow",
     ["#reggaeton", "#verano", "#dembow"],
     [("en la playa", "SUMMER PARTY")]),
    ("es", "reggaeton", "live", "Medellín aguantó el aguacero entero y nadie se movió de su sitio", ["Medellín"],
     [("de su sitio", "GRATITUDE LIVE 🌧️ ☔")]),
    ("es", "reggaeton", "question", "¿Remix con quién? Comenten", [],
     [("Remix con quién", "ASK"), ("Comenten", "ASK")]),
    ("es", "reggaeton", "party", "Hoy no se duerme, se perrea", [],
     [("Hoy no se duerme", NONE), ("se perrea", "PARTY NIGHT")]),
    ("es", "reggaeton", "flex", "Llegamos en cuatro yipetas y salimos en el periódico", [],
     [("salimos en el periódico", "LAUGH PARTY 📰 😎")]),
    # ---- latin pop ----
    ("es", "latin pop", "release",
     'Mi nueva canción "Papel Mojado" ya está aquí. La escribí en una tarde de lluvia', ["Papel Mojado"],
     [("ya está aquí", "RELEASE 🤍 🌧️"), ("una tarde de lluvia", "WRITING 🌧️ ☔ 💭")]),
    ("es", "latin pop", "heartbreak", "Borré tu número, pero me lo sé de memoria", [],
     [("Borré tu número", NONE), ("de memoria", "SAD")]),
    ("es", "latin pop", "love", "Quiero un amor de los que se quedan después de la última canción", [],
     [("de la última canción", "LOVE MUSIC 🥹")]),
    ("es", "latin pop", "gratitude",
     "Mi mamá vendió su anillo para pagarme las clases de canto. Hoy le regalé uno nuevo", [],
     [("las clases de canto", "🥹 🙏 🤍 💭 🎤"), ("le regalé uno nuevo", "GRATITUDE LOVE 💍")]),
    ("es", "latin pop", "question",
     "¿Qué canción mía les acompañó este año? Quiero armar la lista del concierto con ustedes", [],
     [("les acompañó este año", "ASK 🎶"), ("del concierto con ustedes", "LIVE GRATITUDE 📝")]),
    ("es", "latin pop", "irony", "Mi gata escucha mis demos con más atención que mi disquera", [],
     [("que mi disquera", "LAUGH IRONY 🐈")]),
    ("es", "latin pop", "night", 'La luna, el piano y una copa de vino. Así nació "Marea"', ["Marea"],
     [("La luna", NONE), ("una copa de vino", "NIGHT WRITING 🍷 🎹"), ('Así nació "Marea"', "WRITING MUSIC 🌊")]),
    ("es", "latin pop", "live", "Último show del año en el Movistar Arena y se sienten mariposas",
     ["Movistar Arena"],
     [("se sienten mariposas", "LIVE GRATITUDE 🦋 🥹")]),
    ("es", "latin pop", "love", "Mis papás bailaron esta canción en su boda y hoy la canté para ellos", [],
     [("la canté para ellos", "LOVE GRATITUDE 🥹 💍")]),
    ("es", "latin pop", "heartbreak",
     "No te escribí esta canción para que volvieras. Te la escribí para poder irme yo", [],
     [("para que volvieras", NONE), ("para poder irme yo", "SAD 🕊️ 💪 🤍")]),
    ("es", "latin pop", "hometown", "Vuelvo a Guadalajara con el corazón lleno y la maleta vacía", ["Guadalajara"],
     [("la maleta vacía", "HOMETOWN LOVE 🧳 😅")]),
    ("es", "latin pop", "release",
     "Lunes de Lluvia - Camila Ferrer. Para escuchar con audífonos y los ojos cerrados",
     ["Lunes de Lluvia", "Camila Ferrer"],
     [("Lunes de Lluvia - Camila Ferrer", "MUSIC 🌧️ 💿 🆕 ▶️ 🤍"), ("los ojos cerrados", "MUSIC 🤍 ✨ 💭 😌")]),
    ("es", "latin pop", "grief",
     "Se nos fue la voz más bonita del coro de mi iglesia. Gracias, Doña Carmen, por enseñarme a afinar",
     ["Doña Carmen"],
     [("del coro de mi iglesia", "MEMORIAL"), ("por enseñarme a afinar", "MEMORIAL GRATITUDE 🎶")]),
    ("es", "latin pop", "spanglish", "Esta canción es mi whole personality ahora mismo", [],
     [("ahora mismo", "LAUGH MUSIC LOVE 🔁")]),
    ("es", "latin pop", "question", "¿La canto en el próximo live o la guardo para el disco?", [],
     [("para el disco", "ASK 💿 🎤")]),
    ("es", "latin pop", "irony", "Mi terapeuta ya se sabe todas mis canciones. Por algo será", [],
     [("todas mis canciones", "LAUGH"), ("Por algo será", "IRONY")]),
    ("es", "latin pop", "emoji", "Gracias por 1 millón de abrazos en forma de streams 🤍✨", [], []),
    ("es", "latin pop", "love", "Tú, siempre tú", [],
     [("Tú, siempre tú", "LOVE")]),
    ("es", "latin pop", "bts", "Ensayo general. Me tiemblan las manos y faltan dos horas", [],
     [("Ensayo general", "LIVE BTS"), ("faltan dos horas", "😬 😰 🥺 🙏 ⏳ 🤞")]),
    ("es", "latin pop", "love", "Para los que se enamoran de quien no los ve #baladas #popenespañol",
     ["#baladas", "#popenespañol"],
     [("de quien no los ve", "SAD LOVE")]),
    ("es", "latin pop", "gratitude", 'Se me quebró la voz en "Despedida" y ustedes terminaron la canción por mí', ["Despedida"],
     [("terminaron la canción por mí", "GRATITUDE 😭 🎤 🙌")]),
    ("es", "latin pop", "irony", "Dedicada a los que cantan en la regadera y desafinan bonito", [],
     [("desafinan bonito", "LAUGH LOVE 🚿 🎤")]),
    ("es", "latin pop", "release",
     'Dos años escribiendo, tres ciudades y mil versiones después: mi primer álbum "Raíz" sale el 15 de enero. '
     'Pre-save en bio', ["Raíz"],
     [("Dos años escribiendo", NONE), ("tres ciudades y mil versiones después", NONE),
      ("sale el 15 de enero", "ANNOUNCE RELEASE 🗓️"), ("Pre-save en bio", "RELEASE 👆 🔗")]),
    ("es", "latin pop", "gratitude", "A los de la primera fila desde 2019: esto es de ustedes", [],
     [("la primera fila desde 2019", NONE), ("esto es de ustedes", "GRATITUDE")]),
    ("es", "latin pop", "heartbreak", "Te extraño bonito, pero me quiero más", [],
     [("Te extraño bonito", NONE), ("me quiero más", "💪 🤍 ✨ 💅 😌 🦋 👑")]),
    ("es", "balada", "heartbreak", 'Con el alma en la garganta les dejo "Cenizas". Es mi canción más difícil',
     ["Cenizas"],
     [('les dejo "Cenizas"', "SAD MUSIC 🤍 🆕"), ("mi canción más difícil", "SAD WRITING")]),
    # ---- other genres ----
    ("es", "corridos tumbados", "release", '"El Compa de Culiacán" ya salió, plebes. Que suene en la troca',
     ["El Compa de Culiacán"],
     [("ya salió, plebes", "RELEASE 🤠 🎸 🇲🇽"), ("Que suene en la troca", "DRIVE HYPE 🤠 🛻 🔊")]),
    ("es", "corridos tumbados", "hometown", "Requinto, tololoche y la plebada cantando en Culiacán", ["Culiacán"],
     [("Requinto", NONE), ("la plebada cantando en Culiacán", "HOMETOWN LIVE 🎸 🤠")]),
    ("es", "corridos tumbados", "bts", "Me fui a la sierra a escribir y regresé con doce corridos", [],
     [("con doce corridos", "WRITING 🎸 🤠 ⛰️ 💯")]),
    ("es", "bachata", "heartbreak", "Bachata pa' los que todavía extrañan", [],
     [("todavía extrañan", "SAD 🎸")]),
    ("es", "bachata", "release", 'Nueva bachata "Amargo" con @romeito_rd. ¿La bailamos pegaditos?',
     ["Amargo", "@romeito_rd"],
     [("con @romeito_rd", "RELEASE COLLAB 🎸 🌹"), ("La bailamos pegaditos", "LOVE ASK 💃 🕺 😏")]),
    ("es", "salsa", "love", "Salsa de la vieja escuela para el domingo en familia", [],
     [("el domingo en familia", "MUSIC LOVE 💃 🕺 🎺 🥁 ☀️")]),
    ("es", "salsa", "live", "Timbal, trompeta y pista llena en Barranquilla", ["Barranquilla"],
     [("Timbal", NONE), ("pista llena en Barranquilla", "PARTY LIVE 🎺 🥁 🇨🇴")]),
    ("es", "cumbia", "party", "Cumbia sonidera pa' que baile hasta la tía más seria", [],
     [("la tía más seria", "PARTY LAUGH")]),
    ("es", "cumbia", "tour", 'Sonido "Los Reyes del Barrio" este sábado en Ecatepec. Entrada libre',
     ["Los Reyes del Barrio", "Ecatepec"],
     [("este sábado en Ecatepec", "PARTY ANNOUNCE LIVE 🔊"), ("Entrada libre", "🎟️ 🙌 🆓 💃 🕺")]),
    ("es", "dembow", "party", "Dembow pa' la gente del barrio, sin filtro", [],
     [("del barrio, sin filtro", "PARTY HYPE HOMETOWN")]),
    ("es", "r&b", "night", "R&B en español para las noches que no quieres hablar con nadie", [],
     [("hablar con nadie", "NIGHT 🎧 💭 🖤")]),
    ("es", "r&b", "bts", "Grabé las voces a las 5am con la voz rota. Se quedó así", [],
     [("con la voz rota", "NIGHT WRITING 🥱"), ("Se quedó así", "🤷 🖤 💯 😌 🎙️")]),
    ("es", "rock", "hype", "Guitarra prestada, amplificador de segunda y un sueño enorme", [],
     [("Guitarra prestada", NONE), ("amplificador de segunda", NONE), ("un sueño enorme", "STRENGTH 🎸 ✨ 🤘")]),
    ("es", "merengue", "party", "Merengue en la boda de mi prima y el tío Rafa se robó el show", [],
     [("se robó el show", "LAUGH PARTY")]),
    ("es", "regional mexicano", "gratitude", "Mariachi completo y tequila para celebrar el disco de oro", [],
     [("el disco de oro", "PARTY GRATITUDE 🎺 🥃 📀 🏆 🇲🇽")]),
    # ================= English =================
    # ---- trap ----
    ("en", "trap", "release", '"Glass Jaw" out now. Run it back and tell me your favorite bar', ["Glass Jaw"],
     [("out now", "RELEASE TRAP"), ("your favorite bar", "ASK TRAP ✍️")]),
    ("en", "trap", "flex", "Went from sleeping on couches to sold out shows. Don't tell me it can't be done", [],
     [("to sold out shows", "STRENGTH LIVE"), ("it can't be done", "STRENGTH 😤")]),
    ("en", "trap", "collab", "@kilo_vance on the hook, me on the verses. This one's a problem", ["@kilo_vance"],
     [("on the hook", NONE), ("me on the verses", "COLLAB 🎤"), ("This one's a problem", "HYPE TRAP 😈 👀")]),
    ("en", "trap", "irony", "Nothing like mixing the same 8 bars for six hours on a Saturday. Living the dream", [],
     [("on a Saturday", "IRONY 🎧"), ("Living the dream", "IRONY")]),
    ("en", "trap", "flex", "Bought the chain before the car. Priorities", [],
     [("before the car", "MONEY LAUGH ⛓️"), ("Priorities", "LAUGH IRONY MONEY 😌 🤷")]),
    ("en", "trap", "heartbreak", "I made it out the hood but I couldn't make you stay", [],
     [("make you stay", "SAD")]),
    ("en", "trap", "question", "Which verse hits harder, mine or @mvrk_dinero's?", ["@mvrk_dinero"],
     [("hits harder", NONE), ("or @mvrk_dinero's", "ASK 🎤")]),
    ("en", "trap", "gratitude", "From 12 listeners to 120k. Every single one of you counts", [],
     [("to 120k", "HYPE GRATITUDE STRENGTH 📈"), ("one of you counts", "GRATITUDE")]),
    ("en", "trap", "countdown", "Timer's running. Don't say I didn't warn you", [],
     [("Timer's running", "ANNOUNCE ⏰"), ("didn't warn you", "ANNOUNCE HYPE 😈")]),
    ("en", "trap", "night", "3:17am and the 808 finally sounds right", [],
     [("finally sounds right", "NIGHT WRITING 🙌 🔊 💯")]),
    ("en", "trap", "slang", "No cap, this the hardest thing I ever made", [],
     [("I ever made", "HYPE TRAP")]),
    ("en", "trap", "grief", "Long live Dre. Your adlibs are still on the first track", ["Dre"],
     [("Long live Dre", "MEMORIAL"), ("on the first track", "MEMORIAL MUSIC")]),
    ("en", "trap", "spanglish", "Ya tú sabe, Friday we drop", [],
     [("Ya tú sabe", NONE), ("Friday we drop", "ANNOUNCE RELEASE")]),
    ("en", "trap", "tour", "Trap House Tour: Houston 3/14, Atlanta 3/16, Chicago 3/19. Tickets Friday at 10",
     ["Trap House Tour", "Houston", "Atlanta", "Chicago"],
     [("Trap House Tour", "ANNOUNCE LIVE"), ("Houston 3/14", NONE), ("Atlanta 3/16", NONE),
      ("Chicago 3/19", "LIVE 📍"), ("Tickets Friday at 10", "LIVE ANNOUNCE ⏰")]),
    ("en", "trap", "bts", 'Behind the scenes of the "Ghost Town" video. We shot it at sunrise with zero budget',
     ["Ghost Town"],
     [('the "Ghost Town" video', "BTS"), ("with zero budget", "BTS LAUGH 🌅 💯 🙌")]),
    ("en", "trap", "irony", "Royalties hit and I still bought the cheap cereal", [],
     [("the cheap cereal", "LAUGH MONEY 🥣")]),
    ("en", "trap", "love", "She likes my songs more than she likes me and honestly that's fair", [],
     [("honestly that's fair", "LAUGH LOVE 🤷")]),
    ("en", "trap", "hype", "Levels.", [],
     [("Levels", "HYPE STRENGTH 📈")]),
    ("en", "trap", "emoji", "New tape loading... ⏳🔥 #trap #newmusic", ["#trap", "#newmusic"], []),
    ("en", "trap", "heartbreak", "You kept the jewelry. I kept the verses", [],
     [("You kept the jewelry", "SAD 💍 💎"), ("I kept the verses", "SAD WRITING 💯 😌")]),
    ("en", "trap", "live", "Phoenix, y'all were insane tonight. See you next year", ["Phoenix"],
     [("were insane tonight", "LIVE HYPE GRATITUDE"), ("See you next year", "LIVE GRATITUDE 👋 🫡")]),
    ("en", "trap", "question", "Should I drop the snippet or make y'all wait?", [],
     [("make y'all wait", "ASK 😈")]),
    ("en", "trap", "irony", "My accountant listened to the album and asked if I'm okay", [],
     [("asked if I'm okay", "LAUGH")]),
    ("en", "trap", "collab", "Studio with @sol.beats till sunrise, sound on", ["@sol.beats"],
     [("till sunrise", "WRITING COLLAB NIGHT 🌅"), ("sound on", "MUSIC HYPE 🔊")]),
    ("en", "trap", "night", "Pull up to the listening party tonight, dress code is all black", [],
     [("the listening party tonight", "ANNOUNCE NIGHT 🎧"), ("is all black", "🖤 🕶️ 😎 🥷")]),
    # ---- reggaeton ----
    ("en", "reggaeton", "release", '"Calentura" with @lunarbeba is OUT. Turn it up', ["Calentura", "@lunarbeba"],
     [("is OUT", "RELEASE PARTY COLLAB 🥵"), ("Turn it up", "PARTY HYPE 🔊")]),
    ("en", "reggaeton", "party", "Perreo in the kitchen counts as cardio", [],
     [("counts as cardio", "PARTY LAUGH 💦 🥵")]),
    ("en", "reggaeton", "question", "Tag the person you'd dance this with", [],
     [("dance this with", "LOVE PARTY ASK 😏")]),
    ("en", "reggaeton", "heartbreak", "Every reggaeton song sounds like your voice notes now", [],
     [("your voice notes now", "SAD 🎧")]),
    ("en", "reggaeton", "party", "Fridays are for perreo and forgetting your ex", [],
     [("forgetting your ex", "PARTY LAUGH 💅")]),
    ("en", "reggaeton", "hometown", "Santo Domingo, the whole block came out for the video", ["Santo Domingo"],
     [("came out for the video", "HOMETOWN BTS 🇩🇴 🙌 ❤️")]),
    ("en", "reggaeton", "love", "Danced with her once and wrote the whole album about it", [],
     [("the whole album about it", "LOVE WRITING 😅")]),
    ("en", "reggaeton", "irony", "Neighbors called the cops on my release party. Best review so far", [],
     [("on my release party", "LAUGH 🚓 🚨"), ("Best review so far", "IRONY 😌")]),
    ("en", "reggaeton", "release", "Humo y Miel - Bebo Lux. Out everywhere", ["Humo y Miel", "Bebo Lux"],
     [("Humo y Miel - Bebo Lux", "RELEASE PARTY MUSIC 🍯"), ("Out everywhere", "RELEASE")]),
    ("en", "reggaeton", "countdown", "Three days till the remix. Who's ready?", [],
     [("Three days till the remix", "ANNOUNCE"), ("Who's ready", "ASK HYPE PARTY 🙋")]),
    ("en", "reggaeton", "gratitude", "Top of the charts in Puerto Rico and Colombia. I'm crying in the airport",
     ["Puerto Rico", "Colombia"],
     [("Puerto Rico and Colombia", "GRATITUDE HYPE HOMETOWN 🏆"), ("in the airport", "GRATITUDE 😭 ✈️")]),
    ("en", "reggaeton", "spanglish", "Dale que vamos, this one's for the girls who dance alone", [],
     [("Dale que vamos", NONE), ("who dance alone", "PARTY 💅 👑 ✨")]),
    ("en", "reggaeton", "night", "DJ said one more and we made it five more", [],
     [("made it five more", "PARTY NIGHT LAUGH")]),
    ("en", "reggaeton", "bts", "Choreo rehearsal day 4. My knees have filed a complaint", [],
     [("Choreo rehearsal day 4", "BTS 💃 🕺 💪"), ("filed a complaint", "LAUGH 🥲 😩 🦵")]),
    ("en", "reggaeton", "emoji", "Verano loading 🌴🍑 #reggaeton", ["#reggaeton"], []),
    ("en", "reggaeton", "question", "Remix or original? Be honest", [],
     [("Remix or original", "ASK"), ("Be honest", "ASK 😅")]),
    ("en", "reggaeton", "flex", "Came in with nothing, leaving with the whole club singing my hook", [],
     [("Came in with nothing", NONE), ("singing my hook", "STRENGTH PARTY LIVE")]),
    ("en", "reggaeton", "tour", "Tickets for Bogotá and Lima go on sale Thursday at 10am. Don't sleep",
     ["Bogotá", "Lima"],
     [("Thursday at 10am", "LIVE ANNOUNCE ⏰"), ("Don't sleep", "ANNOUNCE HYPE")]),
    ("en", "reggaeton", "party", "Pool party playlist is up #perreo #summer", ["#perreo", "#summer"],
     [("playlist is up", "SUMMER PARTY MUSIC")]),
    ("en", "reggaeton", "irony", "Great, my song is trending and I'm stuck in traffic", [],
     [("stuck in traffic", "IRONY 🚗 😩")]),
    ("en", "reggaeton", "love", "Mami, you and this song on repeat all summer", [],
     [("on repeat all summer", "LOVE SUMMER MUSIC 🔁")]),
    ("en", "reggaeton", "irony", "She's dancing to my song with him. I'm fine, totally fine", [],
     [("my song with him", "👀 💔 🥲"), ("totally fine", "🙃 🫠 🥲 😅 💔")]),
    ("en", "reggaeton", "collab", "Me and @kaiwest flew to San Juan just to finish one hook", ["@kaiwest", "San Juan"],
     [("to finish one hook", "COLLAB WRITING LAUGH ✈️ 🇵🇷")]),
    ("en", "reggaeton", "gratitude",
     "Y'all turned a song I made on my phone into a wedding song. Still processing", [],
     [("into a wedding song", "GRATITUDE LOVE 💍"), ("Still processing", "🥹 😭 🤯 🫠")]),
    ("en", "reggaeton", "party", "Play it at your tía's birthday and report back", [],
     [("and report back", "PARTY LAUGH 👀")]),
    # ---- latin pop ----
    ("en", "latin pop", "release",
     'My new single "Paper Moon" is out now. It\'s the softest thing I\'ve ever written', ["Paper Moon"],
     [("is out now", "RELEASE 🌙 🤍"), ("I've ever written", "WRITING 🤍 🥹 ✨ 🌙")]),
    ("en", "latin pop", "heartbreak", "You said forever in a voice note. I still have it", [],
     [("in a voice note", "SAD"), ("I still have it", "SAD 📱")]),
    ("en", "latin pop", "love", "Our first date was at my show and you didn't know it was me singing", [],
     [("it was me singing", "LOVE LAUGH 🙈")]),
    ("en", "latin pop", "question", "Which lyric would you tattoo?", [],
     [("would you tattoo", "ASK ✍️ 🖋️")]),
    ("en", "latin pop", "gratitude", "One year ago I almost quit music. Thank you for talking me out of it", [],
     [("almost quit music", "💭 🥺 😔 🥹"), ("talking me out of it", "GRATITUDE")]),
    ("en", "latin pop", "irony", "Me: I'm writing a happy album. Also me: 11 breakup songs", [],
     [("writing a happy album", NONE), ("11 breakup songs", "IRONY 💔")]),
    ("en", "latin pop", "tour", "Europe, we're coming: Madrid 5/2, Paris 5/4, London 5/7. Presale code in stories",
     ["Madrid", "Paris", "London"],
     [("we're coming", "ANNOUNCE LIVE ✈️ 🌍"), ("Madrid 5/2", NONE), ("Paris 5/4", NONE), ("London 5/7", "LIVE 📍"),
      ("code in stories", "ANNOUNCE 🎟️ 👆 🔑")]),
    ("en", "latin pop", "love", "Some people write diaries. I write you songs", [],
     [("write diaries", NONE), ("I write you songs", "LOVE WRITING")]),
    ("en", "latin pop", "hometown",
     "Back in San Antonio where it all started, tacos first and soundcheck later", ["San Antonio"],
     [("where it all started", "HOMETOWN NOSTALGIA"), ("soundcheck later", "LAUGH 🌮 🎤")]),
    ("en", "latin pop", "grief",
     "For Lucy, who taught me harmonies and never saw me on a stage. This one is yours", ["Lucy"],
     [("never saw me on a stage", "MEMORIAL"), ("This one is yours", "MEMORIAL MUSIC")]),
    ("en", "latin pop", "release", "Blue Hour - Marisol Vega feat. @tomasrio. Out Friday",
     ["Blue Hour", "Marisol Vega", "@tomasrio"],
     [("feat. @tomasrio", "RELEASE COLLAB 💙 🌆"), ("Out Friday", "ANNOUNCE RELEASE")]),
    ("en", "latin pop", "bts", "Vocal booth selfie, hour six, voice holding on", [],
     [("Vocal booth selfie", NONE), ("hour six", NONE), ("voice holding on", "BTS 🎙️ 💪 🙏 😅")]),
    ("en", "latin pop", "spanglish", 'Okay but the bridge in "Dime Cuándo" lives rent free in my head',
     ["Dime Cuándo"],
     [("rent free in my head", "MUSIC LOVE 🔁 😩 🧠")]),
    ("en", "latin pop", "emoji", "Mexico City, you broke my voice and my heart in the best way 🇲🇽❤️", ["Mexico City"], []),
    ("en", "latin pop", "heartbreak", "Healing sounds like this", [],
     [("sounds like this", "🤍 🕊️ 🌱 ✨ 🎶 🦋 🥹")]),
    ("en", "latin pop", "love", "Happy anniversary to the girl who hums my demos before I finish them", [],
     [("before I finish them", "LOVE")]),
    ("en", "latin pop", "irony", "Apparently my happy song makes everyone cry. Noted", [],
     [("makes everyone cry", "LAUGH 😭 🙃"), ("Noted", "IRONY 📝")]),
    ("en", "latin pop", "question", "Be honest, who cried at the last chorus?", [],
     [("at the last chorus", "ASK 😭 🙋 🥹")]),
    ("en", "latin pop", "gratitude",
     "Platinum in Argentina and I've never even been there. See you soon, Buenos Aires",
     ["Argentina", "Buenos Aires"],
     [("never even been there", "GRATITUDE HYPE 💿 😅 🇦🇷"), ("See you soon, Buenos Aires", "LIVE 🇦🇷 ✈️ 🥹 ❤️")]),
    ("en", "latin pop", "night", "Midnight, a cheap keyboard and one line I can't finish", [],
     [("Midnight", NONE), ("one line I can't finish", "NIGHT WRITING 😩 🥲")]),
    ("en", "latin pop", "heartbreak", "A song for anyone starting over #latinpop #newmusic", ["#latinpop", "#newmusic"],
     [("anyone starting over", "MUSIC 🌱 🤍 ✨ 🦋 💪 🙏")]),
    ("en", "latin pop", "live", 'Forty thousand phone lights during "Estrellas". I\'ll never forget it',
     ["Estrellas"],
     [('during "Estrellas"', "LIVE 🌟 📱 🥹"), ("never forget it", "GRATITUDE LIVE")]),
    ("en", "latin pop", "love", "Te quiero in every language I know, which is two", [],
     [("which is two", "LOVE LAUGH")]),
    ("en", "latin pop", "release", "The acoustic EP is here. Five songs, one guitar, no edits", [],
     [("The acoustic EP is here", "RELEASE 🎸"), ("Five songs", NONE), ("one guitar", NONE),
      ("no edits", "MUSIC 🎸 💯 🤍 ✨")]),
    ("en", "latin pop", "love", "Mom heard the album first. She only skipped one song and won't tell me which", [],
     [("heard the album first", "LOVE 🎧 🥹"), ("won't tell me which", "LAUGH 🙃 🤔")]),
    ("en", "latin pop", "bts", "Soundcheck in an empty arena feels like talking to the sky", [],
     [("talking to the sky", "LIVE 🥹 🌌 💭")]),
    # ---- other genres ----
    ("en", "corridos tumbados", "party", "Corridos tumbados at a quinceañera, the tías went crazy", [],
     [("at a quinceañera", NONE), ("the tías went crazy", "PARTY LAUGH 🤠 🎸")]),
    ("en", "corridos tumbados", "bts", "Recorded this corrido live in one take with the whole band", [],
     [("with the whole band", "🎸 🎺 🤠 💯 🙌 🎤 🔥")]),
    ("en", "bachata", "heartbreak", "Put this bachata on and try not to call your ex", [],
     [("try not to call your ex", "SAD LAUGH 🎸 📵")]),
    ("en", "bachata", "love", "Slow dance at 2am in the Bronx, bachata on the speaker", ["Bronx"],
     [("in the Bronx", NONE), ("bachata on the speaker", "LOVE NIGHT 💃 🕺 🎸")]),
    ("en", "salsa", "party", "Salsa Sunday at abuela's, the congas never stop", [],
     [("Salsa Sunday at abuela's", NONE), ("the congas never stop", "PARTY MUSIC 🥁 ☀️ ❤️")]),
    ("en", "salsa", "live", "Three trumpets, two timbales and a crowd that wouldn't let us leave", [],
     [("Three trumpets", NONE), ("wouldn't let us leave", "LIVE PARTY 🎺 🥁")]),
    ("en", "cumbia", "question", "Cumbia remix of my own ballad? Why not", [],
     [("of my own ballad", "ASK"), ("Why not", "PARTY LAUGH 😏 🤷")]),
    ("en", "r&b", "night", "Late night R&B for people who overthink texts", [],
     [("who overthink texts", "NIGHT 📱 😅 💭 🎧 🖤")]),
    ("en", "r&b", "love", "Slow jams, candlelight and zero notifications", [],
     [("Slow jams", NONE), ("and zero notifications", "NIGHT LOVE 🕯️ 📵 🎧")]),
    ("en", "latin drill", "flex", "Latin drill from the Bronx, no features, no favors", ["Bronx"],
     [("from the Bronx", NONE), ("no features", NONE), ("no favors", "STRENGTH TRAP 😤")]),
    ("en", "dembow", "party", "Dembow at 140 bpm, grab water", [],
     [("at 140 bpm", NONE), ("grab water", "PARTY LAUGH 💦 💧 🥵")]),
    ("en", "indie", "bts", "Demo recorded on a voice memo, the dog barks in the second verse and we kept it", [],
     [("on a voice memo", NONE), ("and we kept it", "LAUGH 🐶 🎙️ 🤍")]),
    ("en", "merengue", "love", "My dad taught me merengue before he taught me to ride a bike", [],
     [("to ride a bike", "LOVE NOSTALGIA 💃 🚲")]),
    ("en", "regional mexicano", "live", "Banda, tequila and my whole family on stage for the last song", [],
     [("Banda", NONE), ("for the last song", "LIVE PARTY GRATITUDE 🎺 🥃 🇲🇽")]),
    ("en", "reggae", "night", "Reggae en español for a rainy Sunday", [],
     [("for a rainy Sunday", "MUSIC 🌧️ 🌿 ☕ 💚 😌")]),
    ("en", "bolero", "love", "Grandpa's bolero, my voice, his old guitar", [],
     [("Grandpa's bolero", NONE), ("my voice", NONE), ("his old guitar", "NOSTALGIA 🎸 🤍 ❤️")]),
]


def expand(spec: str) -> str:
    """'SAD WRITING 🍷' -> the union of those palettes and emoji, in order, without repeats."""
    if spec == NONE:
        return NONE
    out: list[str] = []
    for tok in spec.split():
        for e in P.get(tok, tok).split():
            if e not in out:
                out.append(e)
    return " ".join(out)


def check(cap: str, forb: list[str], ends: list[tuple[str, str]], kind: str) -> None:
    """Every span and clause end is in the caption; no clause end is the tail of another (the judge
    takes the first that matches); a caption that carries an emoji has none labelled; a loss gets no
    fire and no party emoji."""
    low = cap.rstrip(" .!?").casefold()
    for f in forb:
        assert f.casefold() in cap.casefold(), (cap, f)
    for k, v in ends:
        assert low.find(k.casefold()) >= 0, (cap, k)
        assert v == NONE or all(t in P or not t.isascii() for t in v.split()), (cap, v)
    keys = [k.casefold().rstrip(" .,;:!?\"'") for k, _ in ends]
    assert len(set(keys)) == len(keys), (cap, keys)
    assert not any(a != b and a.endswith(b) for a in keys for b in keys), (cap, keys)
    assert not any(ord(c) > 0x2500 and c not in "—" for c in cap) or not ends, cap
    assert "\t" not in cap and "=>" not in cap and ";;" not in cap and "\\" not in cap, cap
    if kind in LOSS:
        assert not any(set(expand(v).split()) & NOT_ON_LOSS for _, v in ends), cap


def older_captions() -> list[str]:
    """The captions of the four older sets (the third column of their TSVs)."""
    out = []
    for name in OLDER:
        for line in (HERE / "data" / name).read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#") and not line.startswith("id\t"):
                out.append(line.split("\t")[3].replace('\\"', '"'))
    return out


def eval_reader():
    """``read`` and ``end_label`` of training/caption_emoji_eval.py, taken from its source with ast
    (so none of the modules it imports, the placement model among them, is loaded)."""
    src = (HERE / "caption_emoji_eval.py").read_text(encoding="utf-8")
    tree = ast.parse(src)
    keep = [n for n in tree.body if (isinstance(n, ast.FunctionDef) and n.name in ("read", "end_label"))
            or (isinstance(n, ast.Assign) and any(getattr(t, "id", "") == "_TRAIL" for t in n.targets))]
    ns: dict = {"csv": csv, "Path": Path}
    exec(compile(ast.Module(body=keep, type_ignores=[]), "caption_emoji_eval.py", "exec"), ns)
    return ns["read"], ns["end_label"]


def main() -> int:
    old = older_captions()
    head = ("# HELD-OUT captions for emoji placement, written fresh in session 9 (2026-12-01) by a writer who\n"
            "# never saw the placement model, its code, outputs or errors; never tuned on. Built by\n"
            "# training/caption_emoji_heldout_s9_build.py (its docstring says how). Columns as\n"
            "# caption_emoji_eval.tsv: id, language, genre, caption, forbidden spans (no emoji inside),\n"
            "# clause ends => the emoji a careful editor keeps there ('-': none).\n")
    lines = ["id\tlanguage\tgenre\tcaption\tforbidden\tclause_ends"]
    seen = set()
    close = []
    for i, (lang, genre, kind, cap, forb, ends) in enumerate(ROWS, 1):
        assert cap.casefold() not in seen, cap
        seen.add(cap.casefold())
        check(cap, forb, ends, kind)
        near = max(old, key=lambda o: difflib.SequenceMatcher(None, cap.casefold(), o.casefold()).ratio())
        ratio = difflib.SequenceMatcher(None, cap.casefold(), near.casefold()).ratio()
        if ratio > NEAR:
            close.append((cap, near, round(ratio, 3)))
        cells = [f"heldout-s9-{i}", lang, genre, cap.replace('"', '\\"'), " ;; ".join(forb),
                 " ;; ".join(f"{k.replace(chr(34), chr(92) + chr(34))} => {expand(v)}" for k, v in ends)]
        lines.append("\t".join(cells))
    assert not close, "\n".join(map(str, close))
    OUT.write_text(head + "\n".join(lines) + "\n", encoding="utf-8")

    # Read it back as the evaluation reads it, and check every clause end resolves to its own label.
    read, end_label = eval_reader()
    back = read(OUT)
    assert len(back) == len(ROWS)
    for r, (lang, genre, _k, cap, forb, ends) in zip(back, ROWS):
        assert (r["language"], r["genre"], r["caption"], r["forbidden"]) == (lang, genre, cap, forb), r["id"]
        assert len(r["ends"]) == len(ends), r["id"]
        for k, v in ends:
            at = cap.casefold().rfind(k.casefold()) + len(k)
            want = set() if v == NONE else {e.replace("\ufe0f", "") for e in expand(v).split()}
            assert end_label(cap, at, r) == want, (r["id"], k)

    print(f"{len(ROWS)} captions ({sum(r[0] == 'es' for r in ROWS)} es, {sum(r[0] == 'en' for r in ROWS)} en) "
          f"-> {OUT}")
    for name, key in (("language x genre", lambda r: (r[0], r[1])), ("kind", lambda r: r[2])):
        print(name, dict(sorted(Counter(key(r) for r in ROWS).items())))
    for lang in ("es", "en"):
        rs = [r for r in ROWS if r[0] == lang]
        n_ends = sum(len(r[5]) for r in rs)
        n_none = sum(v == NONE for r in rs for _, v in r[5])
        print(f"{lang}: clause ends {n_ends} ({n_none} '-', {n_ends - n_none} with emoji); "
              f"captions with an emoji already: {sum(not r[5] for r in rs)}")
    n_ends = sum(len(r[5]) for r in ROWS)
    n_none = sum(v == NONE for r in ROWS for _, v in r[5])
    print(f"all: clause ends {n_ends} ({n_none} '-', {n_ends - n_none} with emoji); "
          f"one-liners (<= 5 words): {sum(len(r[3].split()) <= 5 for r in ROWS)}; "
          f"2+ sentences: {sum(r[3].count('. ') + r[3].count('? ') >= 1 for r in ROWS)}; "
          f"with #tags: {sum('#' in r[3] for r in ROWS)}; with @mentions: {sum('@' in r[3] for r in ROWS)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
