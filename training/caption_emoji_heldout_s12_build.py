"""Write training/data/caption_emoji_heldout_s12.tsv: a fifth, fresh held-out set for emoji placement.

    .venv/bin/python training/caption_emoji_heldout_s12_build.py

How it was made (session 12, 2026-12-01, issue #15 point 3): the older held-out sets have been read
by evaluation runs, so a new set nobody has measured against is needed, larger than session 10's
(190 captions) so that a run places more emoji on it. This file's captions were composed fresh for
it in session 12 by a writer who never saw the placement model (viralml_desktop/core/captions/,
training/caption_emoji_train.py, models/captions/), its outputs or its errors on any set, and who did
not run the model or the evaluation on them. The writer read caption_emoji_heldout_s10_build.py (its
docstring, palettes and code, and the first rows of its list, the Spanish trap, reggaeton and the
start of the Latin pop rows) and the comment header of caption_emoji_heldout_s10.tsv and of
caption_emoji_heldout_s9.tsv, for the file format, the column meanings, the clause-end rules and the
editor's palettes; and the top of training/caption_emoji_eval.py (its docstring's first lines, the
names of its functions and constants with the first line of each constant, which name the method in
one line, and two lines of a previous figure) and its reader ``read`` / ``end_label`` (for how the
TSV is parsed). No other set's captions were read. Nothing has been tuned on this file. The counts per
language, genre and kind are printed by this script.

The captions are half Spanish, half English, spread over trap, reggaeton and Latin pop (about 30 per
language each) plus about 25 per language in other genres (corridos tumbados, bachata, salsa,
cumbia, dembow, regional Mexican, merengue, balada, bolero, rock en español, R&B, vallenato, Latin
drill, indie, afrobeats, hip hop, guaracha, reggae en español), written as creators write them on
TikTok, Instagram and YouTube over a month of posts: release announcements (title in quotes, "Title
- Artist", ft. / con / with @mention), countdowns, tour dates with city lists, live recaps,
behind-the-scenes, questions to fans, love, heartbreak, party and perreo, flexing and money,
gratitude, grief, nostalgia, hometown pride, irony and sarcasm, slang, Spanglish, short one-liners,
multi-sentence captions, #tags, and a few captions that already carry emoji. Each row's ``kind``
(kept here, not in the TSV, whose columns are those of the older sets) is what the caption is
mostly about.

Labels follow caption_emoji_heldout_s10_build.py: the spans no emoji may go inside (song titles,
artists, @mentions, #tags, quoted phrases, place names), and for each clause end the emoji a careful
editor of a Latin artist's account keeps there ('-': none belongs there; a placement anywhere else is
not kept). Clause ends are the ends of sentences (. ? ! or the end of the caption before its #tags),
the commas, colons and dashes that close a clause or a list item (a list's inner items get '-'), and
each entry of a tour's city list, including the entry before the final "y" / "and"; a vocative or
interjection before or after a comma ("Buenos Aires,", "No cap,", "DJ,", "Tú sabes, baby,", "...
you, Mom.") is not a clause end, nor is the comma of an apposition ("Mi segundo álbum, Title,") or
the dash between a title and its artist. The palettes are s10's (same names and contents), widened
or narrowed per caption with single emoji (a tour's 📍 and flag, a countdown's ⏰, a corrido's 🤠),
and written out in full where a palette would let a wrong-tone emoji in (a tender or sad release
gets no 🔥 and no 🚨; a ballad gets no party emoji). The editor is careful: heartbreak and grief get
no 🔥 and no party emoji (asserted below), an ironic line gets 🙃 / 🙄 / 🤡 and not 🔥, a list's inner
items get none, and a caption that already carries an emoji has no clause end labelled: an editor
adds nothing.

No caption is a caption of an older set, and none reads close to one: the script asserts that no
caption has a difflib ratio above 0.72 to any caption of caption_emoji_dev.tsv,
caption_emoji_eval.tsv, caption_emoji_heldout.tsv, caption_emoji_heldout_s8.tsv,
caption_emoji_heldout_s9.tsv or caption_emoji_heldout_s10.tsv (the threshold s8 to s10 used), and
prints the highest ratio found (a failing caption is printed alone, not the older caption, so the
writer stays blind to the older sets' text). Captions that would have translated or paraphrased one
of the s10 rows the writer had seen were replaced by captions on other subjects while drafting.
After writing, the file is read back with the ``read`` function of training/caption_emoji_eval.py
(taken from its source with ``ast``, so no model module is imported) and each labelled clause end
is checked to resolve to its own label with that file's ``end_label``.
"""
from __future__ import annotations

import ast
import csv
import difflib
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "data" / "caption_emoji_heldout_s12.tsv"
OLDER = ["caption_emoji_dev.tsv", "caption_emoji_eval.tsv", "caption_emoji_heldout.tsv",
         "caption_emoji_heldout_s8.tsv", "caption_emoji_heldout_s9.tsv", "caption_emoji_heldout_s10.tsv"]
NEAR = 0.72  # difflib ratio above which a caption counts as a paraphrase of an older one

# The editor's palettes: s10's (and s9's), unchanged.
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
    "ASK": "👀 🤔 👇 💬",
    "BTS": "🎬 🎥 📸 👀 🎞️",
}
NONE = "-"
LOSS = ("heartbreak", "grief")
# the editor's rule: no fire and no party on a loss (s10's set)
NOT_ON_LOSS = set("🔥🎉🥳🍾🪩💃🕺🍑")

# (language, genre, kind, caption, forbidden spans, [(last words of a clause end, palettes / emoji)])
ROWS = [
    # ================= Spanish =================
    # ---- trap ----
    ("es", "trap", "release", 'Ya está afuera "Humo Lento". Dale play y me cuentas', ["Humo Lento"],
     [('afuera "Humo Lento"', "RELEASE TRAP"), ("Dale play y me cuentas", "ASK ▶️ 🎧")]),
    ("es", "trap", "flex", "De dormir en el sofá de un pana a comprarle la casa a mi vieja. Dios es grande", [],
     [("comprarle la casa a mi vieja", "STRENGTH GRATITUDE 🏠 😭"), ("Dios es grande", "GRATITUDE 🕊️")]),
    ("es", "trap", "heartbreak", "Tu cumpleaños sigue en mi calendario y no me atrevo a borrarlo", [],
     [("no me atrevo a borrarlo", "SAD 📅 🥲")]),
    ("es", "trap", "countdown", "Este viernes 12AM. No digo más", [],
     [("Este viernes 12AM", "ANNOUNCE ⏰ 🗓️ 🕛"), ("No digo más", "ANNOUNCE 🤐 😈")]),
    ("es", "trap", "collab", "Yo y @nenoblack en el mismo tema, quién lo iba a decir", ["@nenoblack"],
     [("en el mismo tema", "COLLAB 🎤 🎶"), ("quién lo iba a decir", "🤯 😳 👀 🙌 🥹 🔥")]),
    ("es", "trap", "bts", "Estudio improvisado en el cuarto de hotel. Colchón en la pared y a grabar", [],
     [("en el cuarto de hotel", "BTS WRITING 🏨"), ("Colchón en la pared y a grabar", "WRITING BTS LAUGH 💪 🛏️")]),
    ("es", "trap", "question", "¿Ustedes prefieren el beat con 808 o con guitarra?", [],
     [("o con guitarra", "ASK 🎸 🥁 🎧 🎹")]),
    ("es", "trap", "slang", "Ando en modo bestia, que nadie me hable hasta que salga el tema", [],
     [("Ando en modo bestia", "STRENGTH 😤 🐺 👹"), ("hasta que salga el tema", "HYPE STRENGTH TRAP 😤 🤫 🎧")]),
    ("es", "trap", "irony", "Qué bonito es cuando te copian el flow y encima te dicen que tú copiaste", [],
     [("que tú copiaste", "IRONY 🙄 🤡 🤷")]),
    ("es", "trap", "money", "La primera paca se la di a mi abuela. Ella me dio la bendición", [],
     [("se la di a mi abuela", "💵 💰 👵 ❤️ 🙏 🥹 🤍"), ("me dio la bendición", "GRATITUDE 😇")]),
    ("es", "trap", "night", "Madrugada, humo y un beat que no me deja dormir", [],
     [("Madrugada", NONE), ("un beat que no me deja dormir", "NIGHT TRAP 🥱 🎧 💨")]),
    ("es", "trap", "gratitude",
     "300 mil oyentes mensuales y yo todavía en la misma pieza de siempre. Gracias por tanto", [],
     [("en la misma pieza de siempre", "GRATITUDE STRENGTH 🤯 🏠"), ("Gracias por tanto", "GRATITUDE")]),
    ("es", "trap", "hype", "Este disco es lo mejor que he hecho y lo sé", [],
     [("y lo sé", "HYPE STRENGTH TRAP 😤 💿")]),
    ("es", "trap", "tour", "Primera gira por México confirmada. Monterrey, Guadalajara y CDMX, ¿quién se apunta?",
     ["México", "Monterrey", "Guadalajara", "CDMX"],
     [("gira por México confirmada", "LIVE ANNOUNCE 🇲🇽 📍 🗓️"), ("Monterrey", NONE), ("Guadalajara", NONE),
      ("y CDMX", "📍 🇲🇽"), ("quién se apunta", "ASK 🙋 🎟️ 🇲🇽")]),
    ("es", "trap", "spanglish", "Full focus en el álbum, no estoy pa' nadie este mes", [],
     [("Full focus en el álbum", NONE), ("no estoy pa' nadie este mes", "STRENGTH WRITING 🤫 🔒 📵 😤")]),
    ("es", "trap", "heartbreak", "Ya no te busco en las fotos de nadie", [],
     [("en las fotos de nadie", "SAD 🥲")]),
    ("es", "trap", "love", "Ella no sabe de trap pero se sabe todas mis letras", [],
     [("se sabe todas mis letras", "LOVE 🥹 🎶 😏 🙈")]),
    ("es", "trap", "emoji", "Nuevo video mañana 👀🎥 #trap #freestyle", ["#trap", "#freestyle"], []),
    ("es", "trap", "grief", "Hoy hace un año que te fuiste, hermano. Sigo rapeando por los dos", [],
     [("que te fuiste, hermano", "MEMORIAL"), ("Sigo rapeando por los dos", "MEMORIAL 🎤 💪")]),
    ("es", "trap", "question", "¿Freestyle en vivo el jueves o no se animan?", [],
     [("o no se animan", "ASK 🎤 🙋 😏")]),
    ("es", "trap", "hype", "Sin miedo al éxito #trap #latintrap", ["#trap", "#latintrap"],
     [("Sin miedo al éxito", "STRENGTH HYPE 😤")]),
    ("es", "trap", "bts", "Así se ve un estudio a las 4am: latas, cables y cero ideas", [],
     [("un estudio a las 4am", NONE), ("latas", NONE), ("y cero ideas", "BTS LAUGH NIGHT 🥱 😩 🤦")]),
    ("es", "trap", "irony", "Me encanta que me pidan colaboraciones gratis porque me va a dar exposición", [],
     [("me va a dar exposición", "IRONY 🙄 🤡 💸 🤷")]),
    ("es", "trap", "money", "Cada peso que gané este año volvió al estudio", [],
     [("volvió al estudio", "STRENGTH WRITING MONEY 🎛️")]),
    ("es", "trap", "one-liner", "Calladito y facturando", [],
     [("Calladito y facturando", "MONEY 🤫 😎 🤐")]),
    ("es", "trap", "release", 'Nuevo single con @rayokush. "Frío en Agosto" sale a medianoche',
     ["@rayokush", "Frío en Agosto"],
     [("Nuevo single con @rayokush", "RELEASE COLLAB"), ("sale a medianoche", "ANNOUNCE RELEASE ⏰ 🌙 🕛")]),
    ("es", "trap", "release", "Ya salió el video - Cuarto Oscuro. Dirigido por mi hermano", ["Cuarto Oscuro"],
     [("el video - Cuarto Oscuro", "RELEASE BTS"), ("Dirigido por mi hermano", "BTS 🤝 🙌 🎥 ❤️")]),
    ("es", "trap", "party", "Trap y perreo en la misma noche, que se prenda esto", [],
     [("en la misma noche", NONE), ("que se prenda esto", "PARTY HYPE 😈")]),
    ("es", "trap", "hometown", "Todo esto es por el barrio que me vio crecer en Santo Domingo Este",
     ["Santo Domingo Este"],
     [("me vio crecer en Santo Domingo Este", "STRENGTH GRATITUDE 🇩🇴 🏘️")]),
    ("es", "trap", "night", "Nadie ve las noches que no dormí por esto", [],
     [("las noches que no dormí por esto", "NIGHT STRENGTH 😤 🥱 💭")]),
    # ---- reggaeton ----
    ("es", "reggaeton", "release", 'YA SALIÓ "Báilalo Lento" con @karlarivas. Corre a escucharlo',
     ["Báilalo Lento", "@karlarivas"],
     [('"Báilalo Lento" con @karlarivas', "RELEASE COLLAB PARTY"), ("Corre a escucharlo", "RELEASE 🏃")]),
    ("es", "reggaeton", "party", "El after es en mi casa, traigan hielo", [],
     [("El after es en mi casa", NONE), ("traigan hielo", "PARTY 🧊 🍻 😂")]),
    ("es", "reggaeton", "party", "Que la DJ no la quite hasta las 6", [],
     [("no la quite hasta las 6", "PARTY 🎧 🔊 😈")]),
    ("es", "reggaeton", "love", "Tú me miras y se me olvida la letra", [],
     [("se me olvida la letra", "LOVE 😳 🙈 🥵")]),
    ("es", "reggaeton", "heartbreak", "Tu perfume sigue en mi chaqueta de la gira", [],
     [("en mi chaqueta de la gira", "SAD 🥲")]),
    ("es", "reggaeton", "question", "¿Cuál es la canción que no puede faltar en su fiesta?", [],
     [("no puede faltar en su fiesta", "ASK PARTY 🎶")]),
    ("es", "reggaeton", "countdown", "En 24 horas cambia todo. Activen las notificaciones", [],
     [("En 24 horas cambia todo", "ANNOUNCE ⏰"), ("Activen las notificaciones", "🔔 📲 👀 ‼️ 🚨")]),
    ("es", "reggaeton", "tour", "España, vamos para allá en julio: Madrid, Barcelona y Valencia",
     ["España", "Madrid", "Barcelona", "Valencia"],
     [("vamos para allá en julio", "LIVE ANNOUNCE 🇪🇸 ✈️ 📍 🗓️"), ("Madrid", NONE), ("Barcelona", NONE),
      ("y Valencia", "LIVE 📍 🇪🇸")]),
    ("es", "reggaeton", "flex", "Me pidieron rebaja en el show y subí el precio", [],
     [("y subí el precio", "MONEY STRENGTH 😎 💅 😏")]),
    ("es", "reggaeton", "gratitude", "Gracias Medellín por la energía de anoche, me la llevo para siempre",
     ["Medellín"],
     [("por la energía de anoche", "GRATITUDE LIVE 🇨🇴"), ("me la llevo para siempre", "GRATITUDE")]),
    ("es", "reggaeton", "emoji", "Viernes de estreno 🔥🔥 link en bio", [], []),
    ("es", "reggaeton", "irony", "Yo diciendo que este año me iba a portar bien. Vamos por el cuarto remix", [],
     [("me iba a portar bien", "IRONY 😇 😈"), ("Vamos por el cuarto remix", "LAUGH IRONY 😈 🎶")]),
    ("es", "reggaeton", "collab", "@elnenemilla y yo nos metimos al estudio sin plan y salió esto", ["@elnenemilla"],
     [("sin plan y salió esto", "COLLAB HYPE 👀 😈 🎶")]),
    ("es", "reggaeton", "summer", "Agua de coco, sol y reggaetón viejo", [],
     [("Agua de coco", NONE), ("y reggaetón viejo", "SUMMER NOSTALGIA MUSIC 🥥")]),
    ("es", "reggaeton", "slang", "Ese dembow está pegao, no lo saquen de la lista", [],
     [("Ese dembow está pegao", NONE), ("no lo saquen de la lista", "HYPE PARTY 🔊 🎶")]),
    ("es", "reggaeton", "bts",
     "Detrás de cámaras del video: 40 extras, una piscina y un generador que se apagó tres veces", [],
     [("Detrás de cámaras del video", "BTS"), ("40 extras", NONE),
      ("que se apagó tres veces", "LAUGH BTS 🤦 😩 🙃")]),
    ("es", "reggaeton", "heartbreak", "Perreando sola porque el que me juró amor ya tiene otra", [],
     [("ya tiene otra", "SAD 🥲 💅")]),
    ("es", "reggaeton", "love", "Mi persona favorita para perrear y para todo lo demás", [],
     [("para todo lo demás", "LOVE 😏 🥵")]),
    ("es", "reggaeton", "release", "Ojitos Rojos - Brayan Lux ft. Dama Kaos. Ya disponible",
     ["Ojitos Rojos", "Brayan Lux", "Dama Kaos"],
     [("ft. Dama Kaos", "RELEASE PARTY COLLAB"), ("Ya disponible", "RELEASE")]),
    ("es", "reggaeton", "question", "¿Team perreo lento o team perreo intenso?", [],
     [("o team perreo intenso", "ASK PARTY 🥵 😈")]),
    ("es", "reggaeton", "party", "Si no sudaste la camisa no fue perreo", [],
     [("no fue perreo", "PARTY 🥵 💦 😈 🤷")]),
    ("es", "reggaeton", "flex", "Del caserío a llenar coliseos, y todavía me falta", [],
     [("a llenar coliseos", "🏟️ 🙌 💪"), ("y todavía me falta", "STRENGTH HYPE 😤")]),
    ("es", "reggaeton", "countdown", "Faltan dos. Ustedes no están listos", [],
     [("Faltan dos", "ANNOUNCE ⏰"), ("Ustedes no están listos", "ANNOUNCE HYPE 😈")]),
    ("es", "reggaeton", "hometown", "Puerto Rico siempre primero, aunque esté de gira por el mundo", ["Puerto Rico"],
     [("Puerto Rico siempre primero", "🇵🇷 ❤️ 🙌 💯"), ("de gira por el mundo", "🌎 ✈️ 🇵🇷 ❤️")]),
    ("es", "reggaeton", "spanglish", "Ella es bien low key pero en la pista se transforma", [],
     [("en la pista se transforma", "PARTY 😈 🥵 😏")]),
    ("es", "reggaeton", "night", "Carretera, luces de neón y el tema sonando en repeat", [],
     [("Carretera", NONE), ("y el tema sonando en repeat", "NIGHT DRIVE MUSIC 🔁 🔊")]),
    ("es", "reggaeton", "gratitude", "Llegamos al número 1 en Ecuador y no tengo palabras. Gracias de corazón",
     ["Ecuador"],
     [("en Ecuador y no tengo palabras", "GRATITUDE 🇪🇨 😭 🏆"), ("Gracias de corazón", "GRATITUDE")]),
    ("es", "reggaeton", "irony", "Gracias a la que me dejó, tengo tres canciones nuevas", [],
     [("Gracias a la que me dejó", NONE), ("tengo tres canciones nuevas", "IRONY 🤷 💅 🎶 😌")]),
    ("es", "reggaeton", "one-liner", "Pa' la disco directo", [],
     [("Pa' la disco directo", "PARTY 🚗 😈")]),
    ("es", "reggaeton", "live",
     "Anoche en Santiago se cantaron todas las canciones de principio a fin. Qué locura", ["Santiago"],
     [("de principio a fin", "LIVE GRATITUDE 🇩🇴 🇨🇱"), ("Qué locura", "HYPE 🤯 😭 🙌")]),
    # ---- latin pop ----
    ("es", "latin pop", "release",
     'Ya pueden escuchar "Cartas sin Nombre". Es la canción más honesta que he escrito', ["Cartas sin Nombre"],
     [('escuchar "Cartas sin Nombre"', "🎶 🎧 🎵 💿 🆕 ▶️ 🤍 ✉️ 💌"),
      ("la canción más honesta que he escrito", "WRITING 🤍 🥹 💭 ✉️")]),
    ("es", "latin pop", "love", "Contigo aprendí que los domingos también pueden ser canciones", [],
     [("pueden ser canciones", "LOVE MUSIC 🥹 ✨ ☀️")]),
    ("es", "latin pop", "heartbreak", "Hay días en los que todavía pongo dos tazas de café", [],
     [("dos tazas de café", "SAD ☕ 🥲")]),
    ("es", "latin pop", "question", "Cuéntenme en los comentarios a quién le dedicarían esta canción", [],
     [("a quién le dedicarían esta canción", "ASK LOVE 💌")]),
    ("es", "latin pop", "live", "Buenos Aires, lo de anoche no tiene explicación. Vuelvo pronto", ["Buenos Aires"],
     [("lo de anoche no tiene explicación", "LIVE GRATITUDE 🇦🇷 🤯 😭"),
      ("Vuelvo pronto", "🔜 🇦🇷 ❤️ 🤍 ✈️ 🙌")]),
    ("es", "latin pop", "bts", "Cambiamos el final del video tres veces. La tercera fue la vencida", [],
     [("el final del video tres veces", "BTS 😅"), ("La tercera fue la vencida", "BTS 🙌 ✅ 😅 ✨")]),
    ("es", "latin pop", "nostalgia",
     "A los 12 cantaba en la cocina con una cuchara de micrófono. Mírenme ahora", [],
     [("con una cuchara de micrófono", "NOSTALGIA LAUGH 🥄 🎤"), ("Mírenme ahora", "GRATITUDE STRENGTH 🥹 ✨ 🎤")]),
    ("es", "latin pop", "release", "Lluvia de Julio - Sara Vidal, ya en todas las plataformas",
     ["Lluvia de Julio", "Sara Vidal"],
     [("Lluvia de Julio - Sara Vidal", "MUSIC 🌧️ 🆕 💿"), ("ya en todas las plataformas", "RELEASE")]),
    ("es", "latin pop", "countdown", "Mañana sale el álbum y estoy más nerviosa que el primer día", [],
     [("más nerviosa que el primer día", "ANNOUNCE 😬 🥹 😅 💿 🙈")]),
    ("es", "latin pop", "collab", "Escribimos esta canción con @martinaluz en una tarde de lluvia", ["@martinaluz"],
     [("en una tarde de lluvia", "WRITING COLLAB 🌧️ ☔ 🤍")]),
    ("es", "latin pop", "gratitude", "Diez años haciendo música y ustedes siguen aquí. No lo doy por sentado", [],
     [("ustedes siguen aquí", "GRATITUDE"), ("No lo doy por sentado", "GRATITUDE")]),
    ("es", "latin pop", "irony", "Mi mamá sigue preguntando cuándo voy a conseguir un trabajo de verdad", [],
     [("un trabajo de verdad", "IRONY LAUGH 🙄 🤷")]),
    ("es", "latin pop", "love", "Todas mis canciones de amor tienen tu nombre escondido", [],
     [("tienen tu nombre escondido", "LOVE 🤫 🥹")]),
    ("es", "latin pop", "heartbreak",
     "Me despedí de ti en un aeropuerto y de la canción en un escenario", [],
     [("de la canción en un escenario", "SAD ✈️ 🎤 🤍")]),
    ("es", "latin pop", "emoji", "Nueva era ✨🤍 #latinpop", ["#latinpop"], []),
    ("es", "latin pop", "tour",
     "Gira acústica confirmada: Quito, Lima, Santiago y Buenos Aires. Lugares pequeños, noches grandes",
     ["Quito", "Lima", "Santiago", "Buenos Aires"],
     [("Gira acústica confirmada", "ANNOUNCE LIVE 🎸 📍 🗓️"), ("Quito", NONE), ("Lima", NONE), ("Santiago", NONE),
      ("y Buenos Aires", "📍 🌎 🎸 🎟️"), ("Lugares pequeños", NONE), ("noches grandes", "LIVE NIGHT 🎸 🤍")]),
    ("es", "latin pop", "bts", "Así suena la maqueta original, grabada con el celular en el baño", [],
     [("Así suena la maqueta original", NONE), ("grabada con el celular en el baño", "BTS WRITING LAUGH 📱 🚿")]),
    ("es", "latin pop", "hometown",
     "Volver a cantar en Cali después de tanto tiempo fue como volver a casa", ["Cali"],
     [("fue como volver a casa", "GRATITUDE LIVE 🇨🇴 🏠")]),
    ("es", "latin pop", "question", "¿Versión piano o versión con banda?", [],
     [("o versión con banda", "ASK 🎹 🥁 🎸")]),
    ("es", "latin pop", "love", "Bailar contigo en la cocina cuenta como cita", [],
     [("cuenta como cita", "LOVE 💃 🕺 😂")]),
    ("es", "latin pop", "release", "Mi segundo álbum, Casa de Papel Azul, sale el 9 de marzo", ["Casa de Papel Azul"],
     [("sale el 9 de marzo", "ANNOUNCE RELEASE 🗓️ 💙")]),
    ("es", "latin pop", "heartbreak", "Ojalá te llegue esta canción a donde sea que estés", [],
     [("a donde sea que estés", "SAD 🤍 🕊️")]),
    ("es", "latin pop", "gratitude", "Leí cada uno de sus mensajes, sin excepción", [],
     [("Leí cada uno de sus mensajes", NONE), ("sin excepción", "GRATITUDE 💌 📩")]),
    ("es", "latin pop", "hype", "Este estribillo se les va a quedar pegado toda la semana", [],
     [("pegado toda la semana", "HYPE MUSIC 😏 👂 🔁")]),
    ("es", "latin pop", "spanglish", "Dejé todo en esta canción, like literally todo", [],
     [("Dejé todo en esta canción", NONE), ("like literally todo", "🥲 😭 🤍 🫠 💭 🎶")]),
    ("es", "latin pop", "summer", "Playa, guitarra y gente que quiero", [],
     [("Playa", NONE), ("y gente que quiero", "SUMMER GRATITUDE 🎸")]),
    ("es", "latin pop", "grief", "Esta va para mi abuelo, que me enseñó a cantar boleros en el patio", [],
     [("Esta va para mi abuelo", NONE), ("cantar boleros en el patio", "MEMORIAL NOSTALGIA 🎶")]),
    ("es", "latin pop", "one-liner", "Hoy me siento canción", [],
     [("Hoy me siento canción", "🎶 ✨ 🤍 🎵 🥹")]),
    # ---- other genres ----
    ("es", "corridos tumbados", "release", 'Sale "El Compa Rayo" este jueves, puro corrido tumbado', ["El Compa Rayo"],
     [('"El Compa Rayo" este jueves', "ANNOUNCE RELEASE 🗓️ 🤠"), ("puro corrido tumbado", "🎸 🤠 🔥 🎺 💯 🇲🇽")]),
    ("es", "corridos tumbados", "party", "Con la tololoche y el requinto hasta que amanezca", [],
     [("hasta que amanezca", "🎸 🤠 🌅 🍻 🔥 🥃")]),
    ("es", "corridos tumbados", "flex", "La gente del rancho no me cree que ya tengo disco de oro", [],
     [("ya tengo disco de oro", "STRENGTH 🤠 💿 🙏 🥇")]),
    ("es", "corridos tumbados", "flex", "Troca nueva, mismas botas de siempre", [],
     [("Troca nueva", NONE), ("mismas botas de siempre", "🤠 👢 😎 💯 🛻")]),
    ("es", "bachata", "love", "Nueva bachata para los que todavía creen en el amor", [],
     [("todavía creen en el amor", "LOVE 🎸 🌹")]),
    ("es", "bachata", "heartbreak", "Una bachata más y me olvido de ti. Mentira", [],
     [("me olvido de ti", "SAD 🎸"), ("Mentira", "🥲 🙃 💔 😔 🫠")]),
    ("es", "bachata", "love", "Te dedico este requinto, y que lo escuche todo el barrio", [],
     [("Te dedico este requinto", "🎸 ❤️ 🌹"), ("que lo escuche todo el barrio", "LOVE 😏 🎸")]),
    ("es", "bachata", "emoji", "Bachata de madrugada 🌙🎸 #bachata", ["#bachata"], []),
    ("es", "salsa", "bts", "Ensayando con la orquesta completa. Trece músicos y un solo corazón", [],
     [("con la orquesta completa", "BTS 🎺 🥁 🎹 🎶"), ("y un solo corazón", "❤️ 🎺 🥁 🎶 🙌 🤍")]),
    ("es", "salsa", "party", "Salsa brava el sábado en Cali, con timba hasta el final", ["Cali"],
     [("con timba hasta el final", "💃 🕺 🎺 🥁 🔥 🇨🇴 🎶")]),
    ("es", "salsa", "gratitude", "Gracias a los bailadores de Nueva York por una noche inolvidable", ["Nueva York"],
     [("por una noche inolvidable", "GRATITUDE LIVE 💃 🕺 🗽")]),
    ("es", "cumbia", "party", "Cumbia para el asado del domingo, pásenla a su tío", [],
     [("para el asado del domingo", "🍖 🥩 🎶 💃 🕺"), ("pásenla a su tío", "LAUGH 👴 🕺")]),
    ("es", "cumbia", "grief", "Mi viejo me enseñó esta cumbia. Hoy la toco sin él", [],
     [("me enseñó esta cumbia", "MEMORIAL NOSTALGIA 🎶"), ("Hoy la toco sin él", "MEMORIAL")]),
    ("es", "dembow", "party", "Esto es dembow pa' que rompan el piso", [],
     [("rompan el piso", "PARTY 🇩🇴 🔊 😈")]),
    ("es", "dembow", "question", "¿Dembow o reggaetón para el próximo tema? Decidan ustedes", [],
     [("para el próximo tema", "ASK 🇩🇴 🎶"), ("Decidan ustedes", "ASK 🗳️")]),
    ("es", "regional mexicano", "live", "Gracias Jalisco por cantar cada palabra con mariachi y todo", ["Jalisco"],
     [("con mariachi y todo", "GRATITUDE 🇲🇽 🎺 🤠")]),
    ("es", "regional mexicano", "countdown", "Tres días para el estreno. Alisten las botas", [],
     [("Tres días para el estreno", "ANNOUNCE ⏰ 🗓️"), ("Alisten las botas", "🤠 👢 💃 🕺 😎 🔥")]),
    ("es", "merengue", "party", "Merengue de los de antes, para bailar pegadito", [],
     [("Merengue de los de antes", NONE), ("para bailar pegadito", "💃 🕺 🇩🇴 ❤️ 😏 🎶")]),
    ("es", "balada", "release",
     'Mi primera balada, "Donde Duerme el Mar". Escúchenla con audífonos y con calma', ["Donde Duerme el Mar"],
     [('"Donde Duerme el Mar"', "🌊 🤍 🎹 🎶 🎧 🆕 💙"), ("con audífonos y con calma", "🎧 🤍 🌙 🕯️ 💭")]),
    ("es", "bolero", "nostalgia", "Un bolero viejo y una copa de vino. Así se termina el año", [],
     [("y una copa de vino", "🍷 🎶 🥀 🕯️ 🌹"), ("Así se termina el año", "🥂 🍷 ✨ 🎶 🌙")]),
    ("es", "rock en español", "live", "Se nos fue la luz a mitad del show y el público siguió cantando solo", [],
     [("siguió cantando solo", "LIVE GRATITUDE 🤘 🎸 🤯")]),
    ("es", "r&b", "night", "Canciones para escuchar con la luz apagada", [],
     [("con la luz apagada", "NIGHT 🖤 🕯️ 🎧 🤍")]),
    ("es", "vallenato", "hometown", "Acordeón, caja y guacharaca: así suena mi tierra", [],
     [("Acordeón", NONE), ("y guacharaca", NONE), ("así suena mi tierra", "🇨🇴 🪗 ❤️ 🎶 🙌")]),
    ("es", "latin drill", "hometown", "Drill desde el Bronx con sabor a Quisqueya", ["Bronx", "Quisqueya"],
     [("con sabor a Quisqueya", "🇩🇴 🗽 🔥 💯 🎤")]),
    ("es", "indie", "bts", "Grabamos este disco en una casa vieja de Valparaíso", ["Valparaíso"],
     [("en una casa vieja de Valparaíso", "BTS 🏠 🌊 🎸 📼 🇨🇱")]),

    # ================= English =================
    # ---- trap ----
    ("en", "trap", "release", 'New single "Ghost Town Summer" out now on all platforms', ["Ghost Town Summer"],
     [("out now on all platforms", "RELEASE TRAP")]),
    ("en", "trap", "release", "Cold Money - Jay Santo x Ricky Blaze. Out now", ["Cold Money", "Jay Santo", "Ricky Blaze"],
     [("Jay Santo x Ricky Blaze", "RELEASE TRAP COLLAB MONEY"), ("Out now", "RELEASE")]),
    ("en", "trap", "flex", "Used to take the bus to the studio. Now the studio comes to me", [],
     [("take the bus to the studio", "🚌 🎒 💭"), ("Now the studio comes to me", "STRENGTH MONEY 😎 🏠 🎛️")]),
    ("en", "trap", "heartbreak", "You said forever but you meant until summer", [],
     [("you meant until summer", "SAD 🥲 🙃")]),
    ("en", "trap", "countdown", "2 days. That's all I'm saying", [],
     [("2 days", "ANNOUNCE ⏰ 🗓️"), ("That's all I'm saying", "ANNOUNCE 🤐 😈")]),
    ("en", "trap", "collab", "Finally locked in with @dreyvon. Y'all not ready", ["@dreyvon"],
     [("locked in with @dreyvon", "COLLAB 🎤 🔒"), ("Y'all not ready", "HYPE ANNOUNCE 😈")]),
    ("en", "trap", "bts", "Mixing session ran till sunrise. Worth it", [],
     [("ran till sunrise", "BTS NIGHT 🌅 🎛️ 🥱"), ("Worth it", "STRENGTH 😤 ✅")]),
    ("en", "trap", "question", "Which track should be the next video? Wrong answers only", [],
     [("should be the next video", "ASK 🎬 🎥"), ("Wrong answers only", "LAUGH 🙃 👇")]),
    ("en", "trap", "slang", "Bro sent me this beat at 4am and I ain't slept since", [],
     [("I ain't slept since", "HYPE TRAP NIGHT 🥶 🥱 😤")]),
    ("en", "trap", "irony", "Love when people ask for a free feature and call it networking", [],
     [("call it networking", "IRONY 🙄 🤡 🤝 🤷")]),
    ("en", "trap", "money", "Paid my mom's rent before I bought myself anything. That's the order", [],
     [("before I bought myself anything", "GRATITUDE 🏠 💵"), ("That's the order", "STRENGTH 🙏 🤝")]),
    ("en", "trap", "night", "City lights hit different from the studio roof", [],
     [("from the studio roof", "NIGHT 🏙️")]),
    ("en", "trap", "gratitude", "Half a million streams on a song I almost deleted. Thank y'all fr", [],
     [("a song I almost deleted", "GRATITUDE HYPE 😭"), ("Thank y'all fr", "GRATITUDE")]),
    ("en", "trap", "hype", "This tape gon' change some things", [],
     [("gon' change some things", "HYPE TRAP 😤 👀")]),
    ("en", "trap", "tour", "Tour dates are live: Atlanta, Houston, Chicago and Los Angeles. Link in bio",
     ["Atlanta", "Houston", "Chicago", "Los Angeles"],
     [("Tour dates are live", "LIVE ANNOUNCE 📍 🗓️"), ("Atlanta", NONE), ("Houston", NONE), ("Chicago", NONE),
      ("and Los Angeles", "LIVE 📍 🌴"), ("Link in bio", "👆 🔗 🎟️ 🎫")]),
    ("en", "trap", "spanglish", "Mami said stay humble, so I stayed hungry", [],
     [("Mami said stay humble", NONE), ("so I stayed hungry", "STRENGTH 😤 🐺 🙏")]),
    ("en", "trap", "heartbreak", "Deleted the messages but I still know them by heart", [],
     [("still know them by heart", "SAD 📱 🥲")]),
    ("en", "trap", "love", "She don't care about the chains, she care about my sleep", [],
     [("care about the chains", NONE), ("she care about my sleep", "LOVE 🥹 😴")]),
    ("en", "trap", "emoji", "Video drops tomorrow 🎬👀 #trap #newmusic", ["#trap", "#newmusic"], []),
    ("en", "trap", "grief", "Two years without you, bro. Still got your voice note saved", [],
     [("Two years without you, bro", "MEMORIAL"), ("Still got your voice note saved", "MEMORIAL 📱 🎙️")]),
    ("en", "trap", "question", "Who's pulling up to the listening party Friday?", [],
     [("to the listening party Friday", "ASK 🎧 🙋 🎉")]),
    ("en", "trap", "hype", "Stayed consistent while nobody was watching #trap #grind", ["#trap", "#grind"],
     [("while nobody was watching", "STRENGTH 😤 👀")]),
    ("en", "trap", "bts", "Cover shoot took 9 hours and 400 photos. We used the first one", [],
     [("9 hours and 400 photos", "BTS 😩 🥱"), ("We used the first one", "LAUGH 🤦 🙃")]),
    ("en", "trap", "irony", "Nothing says success like your ex suddenly liking all your posts", [],
     [("suddenly liking all your posts", "IRONY LAUGH 👀 🙄 😏")]),
    ("en", "trap", "money", "Bought studio monitors before I bought a couch. Priorities", [],
     [("before I bought a couch", "MONEY 🎧 🛋️ 😂 🎛️"), ("Priorities", "LAUGH STRENGTH 😌 🤷")]),
    ("en", "trap", "one-liner", "Quiet money", [],
     [("Quiet money", "MONEY 🤫 😎")]),
    ("en", "trap", "release", 'Out now: "Night Shift" ft. @lilcesar. Run it up', ["Night Shift", "@lilcesar"],
     [("Out now", NONE), ('"Night Shift" ft. @lilcesar', "RELEASE TRAP COLLAB NIGHT"), ("Run it up", "HYPE 🔁 📈")]),
    ("en", "trap", "party", "Club owner said last call, we said one more song", [],
     [("Club owner said last call", NONE), ("we said one more song", "PARTY 😈 🔁 🎶")]),
    ("en", "trap", "hometown", "Everything I do is for the Southside", ["Southside"],
     [("for the Southside", "STRENGTH 🏘️ ❤️")]),
    ("en", "trap", "slang", "Lowkey this might be my best verse yet, lemme know", [],
     [("my best verse yet", NONE), ("lemme know", "ASK 🎤")]),
    # ---- reggaeton ----
    ("en", "reggaeton", "release", 'My first reggaeton track "Lento Lento" is out now, turn it up', ["Lento Lento"],
     [('"Lento Lento" is out now', "RELEASE PARTY"), ("turn it up", "PARTY HYPE 🔊")]),
    ("en", "reggaeton", "party", "Friday night perreo, no excuses", [],
     [("Friday night perreo", NONE), ("no excuses", "PARTY 😈 🥵")]),
    ("en", "reggaeton", "party", "DJ, run it back one more time", [],
     [("run it back one more time", "PARTY 🔁 🎧 🔊")]),
    ("en", "reggaeton", "love", "You dance like you wrote the song", [],
     [("like you wrote the song", "LOVE PARTY 😍 🥵 😏")]),
    ("en", "reggaeton", "heartbreak", "Still can't play our song at the club without leaving early", [],
     [("without leaving early", "SAD 🥲 🚪")]),
    ("en", "reggaeton", "question", "Which city should we shoot the next video in?", [],
     [("shoot the next video in", "ASK BTS 🌎 📍")]),
    ("en", "reggaeton", "countdown", "Tomorrow. Midnight. Don't sleep", [],
     [("Tomorrow", "ANNOUNCE ⏰"), ("Midnight", "ANNOUNCE ⏰ 🕛 🌙"), ("Don't sleep", "ANNOUNCE HYPE 😈 🚫")]),
    ("en", "reggaeton", "tour", "Miami, Orlando and New York this summer. Who's coming?",
     ["Miami", "Orlando", "New York"],
     [("Miami", NONE), ("Orlando", NONE), ("and New York this summer", "LIVE ANNOUNCE 📍 🗽 ☀️ 🌴"),
      ("Who's coming", "ASK 🙋 🎟️")]),
    ("en", "reggaeton", "flex", "They said reggaeton in English wouldn't work. Look at the numbers", [],
     [("wouldn't work", "IRONY 🤔 🙄 👀 🤷"), ("Look at the numbers", "STRENGTH HYPE 📈 😎")]),
    ("en", "reggaeton", "gratitude", "Y'all made this song go viral in a week. I'm still processing it", [],
     [("go viral in a week", "GRATITUDE HYPE 😭 📈"), ("I'm still processing it", "🤯 😭 🥹 🙏 🫠 😳")]),
    ("en", "reggaeton", "emoji", "Who's ready for Saturday 😈🔊 #perreo", ["#perreo"], []),
    ("en", "reggaeton", "irony", "Told myself I'd go home early. The DJ had other plans", [],
     [("I'd go home early", "IRONY 😇"), ("The DJ had other plans", "LAUGH PARTY 😈 🎧")]),
    ("en", "reggaeton", "collab", "Me and @valeriarey in the studio and the vibe was crazy", ["@valeriarey"],
     [("the vibe was crazy", "COLLAB HYPE BTS 🎶")]),
    ("en", "reggaeton", "summer", "Beach, speakers and a cooler full of Medalla", ["Medalla"],
     [("Beach", NONE), ("a cooler full of Medalla", "SUMMER PARTY 🍺 🇵🇷")]),
    ("en", "reggaeton", "slang", "This one go crazy in the car, trust me", [],
     [("go crazy in the car", "DRIVE HYPE 🔊"), ("trust me", "😏 💯 🙌 🔥 👀")]),
    ("en", "reggaeton", "bts", "Wardrobe said pink suit, I said absolutely. No regrets", [],
     [("Wardrobe said pink suit", NONE), ("I said absolutely", "BTS 😎 👔 🩷"), ("No regrets", "😎 💅 🤷 😌 🩷")]),
    ("en", "reggaeton", "release", "Candela - Nico Vela ft. Luna Cruz, out everywhere",
     ["Candela", "Nico Vela", "Luna Cruz"],
     [("ft. Luna Cruz", "RELEASE PARTY COLLAB"), ("out everywhere", "RELEASE")]),
    ("en", "reggaeton", "heartbreak", "Funny how the party hits different when you're not there", [],
     [("when you're not there", "SAD 🥲")]),
    ("en", "reggaeton", "question", "What song should I perform at the Latin Grammy party?", ["Latin Grammy"],
     [("at the Latin Grammy party", "ASK 🎤 🏆")]),
    ("en", "reggaeton", "hometown", "From Bayamón to the world, never forgot where I came from", ["Bayamón"],
     [("From Bayamón to the world", "🇵🇷 🌎 🌍 🙌"), ("never forgot where I came from", "🇵🇷 ❤️ 🙏 💯 🏘️")]),
    ("en", "reggaeton", "flex", "Sold out the first night so we added a second", [],
     [("so we added a second", "LIVE HYPE 🎟️ 📈")]),
    ("en", "reggaeton", "love", "Every love song I write lately sounds like you", [],
     [("sounds like you", "LOVE 🥹 🎶")]),
    ("en", "reggaeton", "countdown", "Friday at midnight #reggaeton #newmusic", ["#reggaeton", "#newmusic"],
     [("Friday at midnight", "ANNOUNCE ⏰ 🕛 🗓️")]),
    ("en", "reggaeton", "party", "Bottles up, lights down", [],
     [("Bottles up", NONE), ("lights down", "PARTY NIGHT 🥂")]),
    ("en", "reggaeton", "spanglish", "Tú sabes, baby, you already know what time it is", [],
     [("what time it is", "PARTY 😈 😏 ⏰")]),
    ("en", "reggaeton", "live", "Puerto Rico sang the whole bridge back to me last night. Unreal", ["Puerto Rico"],
     [("back to me last night", "LIVE GRATITUDE 🇵🇷 😭"), ("Unreal", "🤯 😭 🥹 🙌 🇵🇷")]),
    ("en", "reggaeton", "night", "2am in San Juan and the streets are still loud", ["San Juan"],
     [("the streets are still loud", "NIGHT PARTY 🇵🇷 🔊")]),
    ("en", "reggaeton", "gratitude", "Thank you for 1 million on the remix. This is only the start", [],
     [("1 million on the remix", "GRATITUDE HYPE 🎉 🥳"), ("This is only the start", "HYPE STRENGTH 😤")]),
    # ---- latin pop ----
    ("en", "latin pop", "release",
     'My new song "Paper Hearts" is finally out. It took two years and three breakups to finish', ["Paper Hearts"],
     [('"Paper Hearts" is finally out', "🎶 🎧 🎵 💿 🆕 ▶️ 📀 🤍 💌 ❤️"),
      ("three breakups to finish", "WRITING 🥲 💔 😅 🙃")]),
    ("en", "latin pop", "love", "You're the reason every chorus sounds brighter", [],
     [("every chorus sounds brighter", "LOVE MUSIC ✨ ☀️")]),
    ("en", "latin pop", "heartbreak", "I kept your hoodie and you kept my favorite version of me", [],
     [("my favorite version of me", "SAD 🥲")]),
    ("en", "latin pop", "question", "Which lyric from the album lives in your head rent free?", [],
     [("lives in your head rent free", "ASK 💭 🎶 😂")]),
    ("en", "latin pop", "live",
     "Mexico City, you were so loud I couldn't hear my own in-ears. Thank you", ["Mexico City"],
     [("couldn't hear my own in-ears", "LIVE 🇲🇽 🤯 😂 🎧"), ("Thank you", "GRATITUDE 🇲🇽")]),
    ("en", "latin pop", "bts", "First take of the vocal that made the record. Voice cracked and we kept it", [],
     [("the vocal that made the record", "BTS WRITING"), ("and we kept it", "🤍 🎙️ ✨ 😅 🥹 🎶")]),
    ("en", "latin pop", "nostalgia", "Found my first songbook from middle school. The lyrics are a crime", [],
     [("songbook from middle school", "NOSTALGIA 📓 📝"), ("The lyrics are a crime", "LAUGH 🙈 🤦 🚨")]),
    ("en", "latin pop", "release", "Golden Hour - Ana Solís. Video out Thursday on YouTube",
     ["Golden Hour", "Ana Solís", "YouTube"],
     [("Golden Hour - Ana Solís", "RELEASE 🌅 ✨ 🤍"), ("Video out Thursday on YouTube", "ANNOUNCE BTS ▶️ 🗓️")]),
    ("en", "latin pop", "countdown",
     "One week until the album. Track 7 is the one I'm most scared to share", [],
     [("One week until the album", "ANNOUNCE ⏰ 💿 🗓️"), ("most scared to share", "🥹 😬 🤍 🙈 💭")]),
    ("en", "latin pop", "collab", "@mateoarias sent me a voice memo at 2am and now it's our new single",
     ["@mateoarias"],
     [("now it's our new single", "COLLAB RELEASE 🎙️")]),
    ("en", "latin pop", "gratitude", "Five years ago I played to 12 people. Tonight it was 12,000", [],
     [("I played to 12 people", "🥲 😅 💭"), ("Tonight it was 12,000", "GRATITUDE LIVE 🤯 😭")]),
    ("en", "latin pop", "irony", "Nothing like writing a breakup song while being happily married", [],
     [("while being happily married", "IRONY LAUGH 💍 🤷")]),
    ("en", "latin pop", "love", "Wrote this one on a napkin the night we met", [],
     [("the night we met", "LOVE WRITING 🥹 🌙")]),
    ("en", "latin pop", "heartbreak", "Some songs are easier to sing than to live", [],
     [("than to live", "SAD 🤍 🎤")]),
    ("en", "latin pop", "emoji", "Rehearsals all week 🎤🎶 see you Saturday", [], []),
    ("en", "latin pop", "tour", "The acoustic tour adds two dates: Toronto and Montreal. Tickets Friday at 10",
     ["Toronto", "Montreal"],
     [("adds two dates", NONE), ("Toronto", NONE), ("and Montreal", "LIVE 📍 🇨🇦 🎸"),
      ("Tickets Friday at 10", "LIVE ANNOUNCE ⏰ 🗓️")]),
    ("en", "latin pop", "bts",
     "Behind the scenes of the video: 6 outfit changes and one very patient stylist", [],
     [("Behind the scenes of the video", "BTS"), ("one very patient stylist", "LAUGH 👗 🙏 💅")]),
    ("en", "latin pop", "hometown", "Miami raised me and Havana made me", ["Miami", "Havana"],
     [("Havana made me", "🇨🇺 🌴 ❤️ 🙏 🤍")]),
    ("en", "latin pop", "question", "Should I post the Spanish version too?", [],
     [("the Spanish version too", "ASK 🇪🇸 🎶")]),
    ("en", "latin pop", "love", "Three years, two cities, one song for you", [],
     [("Three years", NONE), ("two cities", NONE), ("one song for you", "LOVE 🎶 🥹")]),
    ("en", "latin pop", "release", "The album is out. Twelve songs, one long goodbye", [],
     [("The album is out", "💿 📀 🎶 🎧 🆕 🤍 ▶️"), ("Twelve songs", NONE),
      ("one long goodbye", "🤍 🥀 💭 👋 🕊️ 🥹")]),
    ("en", "latin pop", "heartbreak", "Still sleep on my side of the bed", [],
     [("my side of the bed", "SAD 🛏️ 🥲")]),
    ("en", "latin pop", "gratitude", "Reading every single comment on the new song. You guys are too kind", [],
     [("every single comment on the new song", "💬 👀 🥹 📖"), ("You guys are too kind", "GRATITUDE")]),
    ("en", "latin pop", "hype", "The bridge of this song gave my producer chills", [],
     [("gave my producer chills", "🥶 🤯 🎶 ✨ 🔥 🥹")]),
    ("en", "latin pop", "spanglish", "Es que this song no me deja en paz", [],
     [("no me deja en paz", "MUSIC 🔁 🫠 😩")]),
    ("en", "latin pop", "summer", "Summer single coming with sun, salt and a little heartbreak", [],
     [("coming with sun", NONE), ("and a little heartbreak", "☀️ 🌊 🌴 🏖️ 🥲 💔 👀 🔜")]),
    ("en", "latin pop", "grief", "First show since we lost you, Mom. I felt you in the front row", [],
     [("since we lost you, Mom", "MEMORIAL"), ("in the front row", "MEMORIAL 👼 ✨")]),
    ("en", "latin pop", "one-liner", "Soft heart, loud songs", [],
     [("Soft heart", NONE), ("loud songs", "🤍 🎶 🔊 ✨ 🎤")]),
    # ---- other genres ----
    ("en", "r&b", "night", "Slow songs for the drive home after the party", [],
     [("for the drive home after the party", "NIGHT DRIVE 🎧 🖤")]),
    ("en", "r&b", "release", '"Velvet" is out now. Headphones on, lights off', ["Velvet"],
     [('"Velvet" is out now', "RELEASE NIGHT 🖤"), ("Headphones on", NONE), ("lights off", "NIGHT 🎧 🖤 🕯️")]),
    ("en", "r&b", "love", "You feel like a slow jam on a Sunday morning", [],
     [("on a Sunday morning", "LOVE ☀️ 🎶")]),
    ("en", "r&b", "emoji", "Love songs only tonight 🕯️🖤", [], []),
    ("en", "afrobeats", "question", "Afrobeats meets reggaeton on this one, tell me what you think", [],
     [("on this one", NONE), ("tell me what you think", "ASK 🌍 🎶")]),
    ("en", "afrobeats", "party", "Lagos energy, Medellín flavor, all night long", ["Lagos", "Medellín"],
     [("Lagos energy", NONE), ("Medellín flavor", NONE), ("all night long", "PARTY NIGHT 🌍 🇳🇬 🇨🇴")]),
    ("en", "afrobeats", "money", "Got paid to play my own songs in Paris. Still crazy to me", ["Paris"],
     [("my own songs in Paris", "🇫🇷 🗼 🎤 ✈️ 🙏"), ("Still crazy to me", "🤯 🥹 🙏 😭 ✨")]),
    ("en", "bachata", "irony", "Bachata in English hits different, don't @ me", [],
     [("hits different", NONE), ("don't @ me", "LAUGH 😏 🎸 🤷")]),
    ("en", "bachata", "release", 'New bachata "Te Extraño Más" out Friday, with @kevinrequinto on guitar',
     ["Te Extraño Más", "@kevinrequinto"],
     [('"Te Extraño Más" out Friday', "🎸 🎶 🆕 🗓️ 💔 🥀 🌹 👀"), ("with @kevinrequinto on guitar", "🎸 🤝 🙌 🎶")]),
    ("en", "corridos tumbados", "hometown", "Corridos with a little English in it, for the homies in Fresno",
     ["Fresno"],
     [("a little English in it", NONE), ("for the homies in Fresno", "🤠 🎸 💯 🙌 🤝")]),
    ("en", "corridos tumbados", "live",
     "My dad drove 6 hours to see me play the Houston Rodeo. He cried the whole set", ["Houston Rodeo"],
     [("play the Houston Rodeo", "🤠 🎸 🥹 🙏 ❤️"), ("He cried the whole set", "🥹 😭 ❤️ 🤍 🙏")]),
    ("en", "salsa", "party", "Salsa class tonight before the show, come learn with us", [],
     [("before the show", NONE), ("come learn with us", "💃 🕺 🎺 🙌 😊")]),
    ("en", "salsa", "live", "Fifteen piece orchestra at the Apollo tonight. Dress to dance", ["Apollo"],
     [("at the Apollo tonight", "LIVE 🎺 🥁 🗽"), ("Dress to dance", "💃 🕺 👗 👞 🎉")]),
    ("en", "cumbia", "party", "Cumbia at the family party and suddenly everybody knows the steps", [],
     [("everybody knows the steps", "💃 🕺 😂 🎉 🥳")]),
    ("en", "cumbia", "gratitude", "Thank you Monterrey for dancing through the rain", ["Monterrey"],
     [("dancing through the rain", "GRATITUDE 🇲🇽 🌧️ 💃 🕺")]),
    ("en", "hip hop", "hype", "Boom bap in 2026 and I'm not sorry", [],
     [("and I'm not sorry", "STRENGTH 🎧 😤 🤷 📼")]),
    ("en", "hip hop", "question", "Should I drop the freestyle or keep it for the tape?", [],
     [("keep it for the tape", "ASK 🎤 📼")]),
    ("en", "hip hop", "bts", "Day 40 of writing the album, still on track 3", [],
     [("Day 40 of writing the album", NONE), ("still on track 3", "LAUGH WRITING 😩 🫠 🤦")]),
    ("en", "indie", "bts", "Recorded this whole EP in my parents' garage", [],
     [("in my parents' garage", "BTS 🏠 🎸 🚗 📼")]),
    ("en", "indie", "heartbreak", "Made an entire EP about someone who will never listen to it", [],
     [("will never listen to it", "SAD 🥲 🙃 🎧")]),
    ("en", "latin drill", "collab", "UK drill producer, Colombian vocals, and the result is crazy", [],
     [("UK drill producer", NONE), ("Colombian vocals", NONE), ("the result is crazy", "HYPE 🇬🇧 🇨🇴 🎶")]),
    ("en", "guaracha", "live", "Guaracha set at 5am and nobody wanted to leave", [],
     [("nobody wanted to leave", "PARTY LIVE 🎧 🌅")]),
    ("en", "regional mexicano", "grief", "Dad, this mariachi is for you. I know you're listening", [],
     [("this mariachi is for you", "MEMORIAL 🎺 🇲🇽"), ("I know you're listening", "MEMORIAL 👼 ✨")]),
    ("en", "reggae en español", "hype", "Roots, bass and a message, that's reggae en español for you", [],
     [("Roots", NONE), ("and a message", NONE), ("reggae en español for you", "🎶 🌿 💚 💛 ❤️ 🙌 ✌️")]),
    ("en", "rock en español", "live", "Broke two strings and a drumstick tonight. Good show", [],
     [("and a drumstick tonight", "LIVE LAUGH 🎸 🥁"), ("Good show", "LIVE 🤘 🙌")]),
    ("en", "dembow", "hype", "Dembow workout playlist is up, don't skip leg day", [],
     [("workout playlist is up", "🏋️ 💪 🇩🇴 🎧 🔊"), ("don't skip leg day", "LAUGH 🦵 💪 🏋️")]),
]


def expand(spec: str) -> str:
    """'SAD 🥲' -> the union of those palettes and emoji, in order, without repeats ('-' stays '-')."""
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
    """The captions of the six older sets (the fourth column of their TSVs)."""
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
    old = [o.casefold() for o in older_captions()]
    head = ("# HELD-OUT captions for emoji placement, written fresh in session 12 (2026-12-01) by a writer who\n"
            "# never saw the placement model, its code, outputs or errors; never tuned on. Built by\n"
            "# training/caption_emoji_heldout_s12_build.py (its docstring says how). Columns as\n"
            "# caption_emoji_eval.tsv: id, language, genre, caption, forbidden spans (no emoji inside),\n"
            "# clause ends => the emoji a careful editor keeps there ('-': none).\n")
    lines = ["id\tlanguage\tgenre\tcaption\tforbidden\tclause_ends"]
    seen = set()
    close = []
    top = 0.0
    for i, (lang, genre, kind, cap, forb, ends) in enumerate(ROWS, 1):
        assert cap.casefold() not in seen, cap
        seen.add(cap.casefold())
        check(cap, forb, ends, kind)
        ratio = max(difflib.SequenceMatcher(None, cap.casefold(), o).ratio() for o in old)
        top = max(top, ratio)
        if ratio > NEAR:
            close.append((cap, round(ratio, 3)))  # the older caption is not printed: the writer stays blind
        cells = [f"heldout-s12-{i}", lang, genre, cap.replace('"', '\\"'), " ;; ".join(forb),
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
          f"-> {OUT}; highest difflib ratio to an older set's caption {top:.3f} (limit {NEAR})")
    main_genres = ("trap", "reggaeton", "latin pop")
    for name, key in (("language x genre", lambda r: (r[0], r[1] if r[1] in main_genres else "other")),
                      ("other genres", lambda r: r[1]), ("kind", lambda r: r[2]),
                      ("language x kind", lambda r: (r[0], r[2]))):
        rows = ROWS if name != "other genres" else [r for r in ROWS if r[1] not in main_genres]
        print(name, dict(sorted(Counter(key(r) for r in rows).items())))
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
          f"with #tags: {sum('#' in r[3] for r in ROWS)}; with @mentions: {sum('@' in r[3] for r in ROWS)}; "
          f"with a quoted title: {sum(chr(34) in r[3] for r in ROWS)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
