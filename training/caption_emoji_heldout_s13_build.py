"""Write training/data/caption_emoji_heldout_s13.tsv: a fresh blind held-out set for emoji placement.

    .venv/bin/python training/caption_emoji_heldout_s13_build.py

How it was made (session 12, 2026-12-01, issue #15 point 3; session 12's second blind set, named s13):
the older held-out sets have been read by evaluation runs, so a new set nobody has measured against
is needed. This file's captions were composed fresh for it in session 12 by a writer who never saw
the placement model (viralml_desktop/core/captions/, training/caption_emoji_train.py,
models/captions/), its outputs or its errors on any set, and who did not run the model or the
evaluation on them. The writer read only caption_emoji_heldout_s10_build.py (its code, docstring and
palettes, and a few rows of its list) and the first rows of caption_emoji_heldout_s10.tsv (for the
file format, the column meanings, the clause-end rules and the editor's palettes), and the reader
``read`` / ``end_label`` / ``_TRAIL`` of training/caption_emoji_eval.py (for how the TSV is parsed);
no other set's captions were read. Nothing has been tuned on this file. The counts per language,
genre and kind are printed by this script.

The captions are half Spanish, half English, spread over trap, reggaeton and Latin pop (29, 29 and 29
per language) plus 26 per language in other genres (corridos tumbados, bachata, salsa, cumbia,
dembow, regional Mexican, merengue, balada, bolero, rock en español, vallenato, champeta, R&B,
indie, Latin drill, reggae en español), written as creators write them on TikTok, Instagram and
YouTube over a month of posts: release announcements (title in quotes, "Title - Artist", with /
con @mention), countdowns, tour dates with city lists, behind-the-scenes, questions to fans, love,
heartbreak, party and perreo, flexing and money, gratitude, grief, nostalgia, hometown pride, irony,
slang, Spanglish, short one-liners, multi-sentence captions, #tags, and a few captions that already
carry emoji. Each row's ``kind`` (kept here, not in the TSV, whose columns are those of the older
sets) is what the caption is mostly about. Compared with s10 more clause ends carry a list (fewer
'-'), so a placement is more often judged.

Labels follow caption_emoji_heldout_s10_build.py: the spans no emoji may go inside (song titles,
artists, @mentions, #tags, quoted phrases, place names), and for each clause end the emoji a careful
editor of a Latin artist's account keeps there ('-': none belongs there; a placement anywhere else is
not kept). Clause ends are the ends of sentences (. ? ! or the end of the caption before its #tags),
the commas, colons and dashes that close a clause or a list item (a list's inner items get '-'), and
each entry of a tour's city list, including the entry before the final "y" / "and"; a vocative or
interjection before or after a comma ("Puerto Rico,", "Be honest,", "Gracias, mi gente") is not a
clause end, and the dash between a title and its artist is not either. The palettes are s10's (same
names and contents), widened or narrowed per caption with single emoji, and written out in full where
a palette would let a wrong-tone emoji in (a tender release gets no 🔥; a hometown gets its own flag; a party line with aunties, grandmothers, a salsa orchestra or a
beer on a terrace gets the PARTY palette without the perreo 🍑).
The editor is careful: heartbreak and grief get no 🔥 and no party emoji (asserted below), an ironic
line gets irony or laughter emoji, a list's inner items get none, and a caption that already carries
an emoji has no clause end labelled: an editor adds nothing.

No caption is a caption of an older set, and none reads close to one: the script asserts that no
caption has a difflib ratio above 0.72 to any caption of the seven older sets (caption_emoji_dev.tsv,
caption_emoji_eval.tsv, caption_emoji_heldout.tsv and caption_emoji_heldout_s8/s9/s10/s12.tsv), and
prints the highest ratio found (a failing caption is printed alone, not the older caption, so the
writer stays blind to the older sets' text). In the first draft the check flagged 15 captions (one of
them, by chance, word for word an older set's short caption); those 15 were replaced by captions on
other subjects, not by rewordings, before the file was written. After writing, the file is read back with the ``read``
function of training/caption_emoji_eval.py (taken from its source with ``ast``, so no model module
is imported) and each labelled clause end is checked to resolve to its own label with that file's
``end_label``.
"""
from __future__ import annotations

import ast
import csv
import difflib
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "data" / "caption_emoji_heldout_s13.tsv"
OLDER = ["caption_emoji_dev.tsv", "caption_emoji_eval.tsv", "caption_emoji_heldout.tsv",
         "caption_emoji_heldout_s8.tsv", "caption_emoji_heldout_s9.tsv", "caption_emoji_heldout_s10.tsv",
         "caption_emoji_heldout_s12.tsv"]
NEAR = 0.72  # difflib ratio above which a caption counts as a paraphrase of an older one

# The editor's palettes: s10's (themselves s9's), unchanged.
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
# the editor's rule: no fire and no party on a loss (s9's set plus the dancing and perreo emoji)
NOT_ON_LOSS = set("🔥🎉🥳🍾🪩💃🕺🍑")

# (language, genre, kind, caption, forbidden spans, [(last words of a clause end, palettes / emoji)])
ROWS = [
    # ================= Spanish =================
    # ---- trap ----
    ("es", "trap", "release", 'Salió "Vidrio Roto" con video y todo. Vayan a verlo antes que lo borre', ["Vidrio Roto"],
     [("con video y todo", "RELEASE TRAP 🎬"), ("antes que lo borre", "LAUGH 👀 🏃")]),
    ("es", "trap", "collab", "Nuevo tema con @nenebrava este viernes a medianoche", ["@nenebrava"],
     [("este viernes a medianoche", "ANNOUNCE RELEASE COLLAB ⏰ 🌙")]),
    ("es", "trap", "flex", "Del barrio al estudio grande sin pedirle nada a nadie", [],
     [("sin pedirle nada a nadie", "STRENGTH 😤 🏘️")]),
    ("es", "trap", "heartbreak", "Borré tus fotos pero no tu voz de mi cabeza", [],
     [("de mi cabeza", "SAD 🥲")]),
    ("es", "trap", "question", "¿Lo saco el viernes o lo guardo para el disco?", [],
     [("lo guardo para el disco", "ASK 💿")]),
    ("es", "trap", "money", "Primera cadena que me compro y ya quiero devolverla por lo que cuesta asegurarla", [],
     [("por lo que cuesta asegurarla", "LAUGH IRONY MONEY ⛓️")]),
    ("es", "trap", "night", "Otra noche en el estudio, otra libreta llena", [],
     [("Otra noche en el estudio", NONE), ("otra libreta llena", "NIGHT WRITING 📓")]),
    ("es", "trap", "bts", "Así quedó la cabina después de 14 horas grabando. No pregunten por el olor", [],
     [("después de 14 horas grabando", "BTS WRITING 😮‍💨 🥱 😅"), ("No pregunten por el olor", "LAUGH 🤢 🙃")]),
    ("es", "trap", "slang", "Me tiré tres temas en una noche, la libreta echando humo", [],
     [("tres temas en una noche", "WRITING HYPE NIGHT"), ("la libreta echando humo", "WRITING HYPE 📓 💨")]),
    ("es", "trap", "gratitude", "Gracias a los que estaban desde los 200 oyentes. Ustedes saben quiénes son", [],
     [("desde los 200 oyentes", "GRATITUDE"), ("Ustedes saben quiénes son", "GRATITUDE 🫡 👊 💯")]),
    ("es", "trap", "tour", "Gira por México: Monterrey 12/03, Guadalajara 14/03 y Ciudad de México 16/03",
     ["México", "Monterrey", "Guadalajara", "Ciudad de México"],
     [("Gira por México", "LIVE ANNOUNCE 🇲🇽 📍 🗓️"), ("Monterrey 12/03", NONE), ("Guadalajara 14/03", NONE),
      ("Ciudad de México 16/03", "LIVE 📍 🇲🇽")]),
    ("es", "trap", "countdown", "Mañana a las 8pm cae el video. Pongan la alarma", [],
     [("cae el video", "ANNOUNCE RELEASE ⏰ 🎬 🎥"), ("Pongan la alarma", "ANNOUNCE ⏰ 🔔")]),
    ("es", "trap", "irony", "Mi tía dice que esto no es música. Mi tía también escucha el tema en el carro", [],
     [("esto no es música", "IRONY 🙄"), ("escucha el tema en el carro", "LAUGH IRONY 🚗 🤫")]),
    ("es", "trap", "heartbreak", "No fue tu culpa ni la mía, solo se acabó", [],
     [("ni la mía", NONE), ("solo se acabó", "SAD 🥲")]),
    ("es", "trap", "love", "Tú me calmas cuando la cabeza no para", [],
     [("cuando la cabeza no para", "LOVE 🫶")]),
    ("es", "trap", "hype", "Este beat lo hizo @lentomaniaco y yo solo tuve que no dañarlo", ["@lentomaniaco"],
     [("solo tuve que no dañarlo", "HYPE COLLAB LAUGH 🎛️")]),
    ("es", "trap", "release", "Ya salió el EP completo. Seis temas, cero relleno", [],
     [("Ya salió el EP completo", "RELEASE TRAP"), ("Seis temas", NONE), ("cero relleno", "HYPE TRAP 💿")]),
    ("es", "trap", "one-liner", "Frío por fuera, fuego en el micro", [],
     [("Frío por fuera", NONE), ("fuego en el micro", "HYPE TRAP 🥶 🎙️")]),
    ("es", "trap", "bts", "Sesión de hoy en el estudio #trap #trapespañol #studio", ["#trap", "#trapespañol", "#studio"],
     [("Sesión de hoy en el estudio", "BTS WRITING")]),
    ("es", "trap", "emoji", "Nos vemos en la cima 🏔️🔥", [], []),
    ("es", "trap", "question", "¿Qué barra del disco no se les sale de la cabeza?", [],
     [("no se les sale de la cabeza", "ASK 🎤 🧠 🔁")]),
    ("es", "trap", "grief", "Este tema es para mi primo. Te prometí que lo iba a lograr y aquí estamos", [],
     [("Este tema es para mi primo", "MEMORIAL"), ("y aquí estamos", "MEMORIAL ☝️")]),
    ("es", "trap", "spanglish", "Full focus este año, no more distractions", [],
     [("Full focus este año", "STRENGTH 🎯"), ("no more distractions", "STRENGTH 🎯 🔕 📵")]),
    ("es", "trap", "money", "Ahora cobro por feature lo que antes ganaba en un año", [],
     [("ganaba en un año", "MONEY STRENGTH 😤 📈")]),
    ("es", "trap", "collab", "Yo y @sombrarx en la misma canción, quién lo diría hace dos años", ["@sombrarx"],
     [("en la misma canción", "COLLAB 🎤"), ("quién lo diría hace dos años", "NOSTALGIA 🤯 🙏")]),
    ("es", "trap", "release", "Nuevo single: Sin Frenos - Kalú Negro. Disponible desde hoy", ["Sin Frenos", "Kalú Negro"],
     [("Nuevo single", "RELEASE ANNOUNCE"), ("Sin Frenos - Kalú Negro", "RELEASE TRAP"),
      ("Disponible desde hoy", "RELEASE")]),
    ("es", "trap", "night", "Las calles de noche me escriben las letras solas", [],
     [("me escriben las letras solas", "NIGHT WRITING 🌆")]),
    ("es", "trap", "party", "Hoy no se graba, hoy se celebra", [],
     [("Hoy no se graba", NONE), ("hoy se celebra", "💃 🕺 🎉 🔥 🍾 🪩 🥳 🥂")]),
    ("es", "trap", "question", "¿Quién más escucha trap triste en el bus?", [],
     [("escucha trap triste en el bus", "ASK 🚌 🎧 🥲 😅")]),
    # ---- reggaeton ----
    ("es", "reggaeton", "release", '"Ropa Prestada" ya disponible, pa\' que la bailen con quien no deben',
     ["Ropa Prestada"],
     [("ya disponible", "RELEASE"), ("con quien no deben", "PARTY 😏 😈 🤫 👀")]),
    ("es", "reggaeton", "party", "Viernes de perreo, sin excusas ni horario", [],
     [("Viernes de perreo", "PARTY"), ("sin excusas ni horario", "PARTY 😈 🕛")]),
    ("es", "reggaeton", "party", "Que se apaguen las luces y que suene el bajo", [],
     [("y que suene el bajo", "PARTY NIGHT 🔊")]),
    ("es", "reggaeton", "love", "Bailamos una sola canción y ya te quiero presentar a mi mamá", [],
     [("presentar a mi mamá", "LOVE LAUGH 🙈 😳")]),
    ("es", "reggaeton", "heartbreak", "Sigues en mi playlist aunque ya no en mi vida", [],
     [("ya no en mi vida", "SAD 🎧 🥲")]),
    ("es", "reggaeton", "collab", "@lapanteraoficial y yo tenemos algo cocinándose. ¿Lo suelto?", ["@lapanteraoficial"],
     [("algo cocinándose", "ANNOUNCE COLLAB 🍳"), ("Lo suelto", "ASK 🤔")]),
    ("es", "reggaeton", "tour", "Puerto Rico, el 20 de junio en el Choli. Ya saben", ["Puerto Rico", "Choli"],
     [("el 20 de junio en el Choli", "LIVE 🇵🇷 📍 🗓️"), ("Ya saben", "LIVE HYPE 😏 👀")]),
    ("es", "reggaeton", "countdown", "En 48 horas se prende esto", [],
     [("se prende esto", "ANNOUNCE HYPE PARTY ⏰")]),
    ("es", "reggaeton", "flex", "Ella dijo que yo no iba pa' ningún lado. Ahora me pide entradas", [],
     [("no iba pa' ningún lado", "IRONY 🙄 🤔"), ("Ahora me pide entradas", "LAUGH IRONY STRENGTH 🎟️ 😏")]),
    ("es", "reggaeton", "question", "¿Qué canción pusieron en su última fiesta?", [],
     [("en su última fiesta", "ASK 💃 🕺 🎉 🔥 🍾 🪩 🥳")]),
    ("es", "reggaeton", "bts", "Rodando el video en una azotea con 40 grados. Nadie sudó tanto en su vida", [],
     [("en una azotea con 40 grados", "BTS 🥵 ☀️"), ("Nadie sudó tanto en su vida", "LAUGH 🥵 💦")]),
    ("es", "reggaeton", "gratitude", "Top 10 en Spotify República Dominicana. Gracias, mi gente",
     ["Spotify", "República Dominicana"],
     [("Top 10 en Spotify República Dominicana", "GRATITUDE HYPE 🇩🇴 📈 🏆"), ("Gracias, mi gente", "GRATITUDE 🇩🇴")]),
    ("es", "reggaeton", "slang", "La pista está que arde, bellaqueo hasta el amanecer", [],
     [("La pista está que arde", "PARTY HYPE"), ("bellaqueo hasta el amanecer", "PARTY NIGHT 🌅 😈")]),
    ("es", "reggaeton", "release", 'Remix de "Mírame Lento" con @dulcevenom y @profekai, mañana a la medianoche',
     ["Mírame Lento", "@dulcevenom", "@profekai"],
     [("con @dulcevenom y @profekai", "RELEASE COLLAB"), ("mañana a la medianoche", "ANNOUNCE ⏰ 🌙 🕛")]),
    ("es", "reggaeton", "love", "Te vi llegar a la disco y se me olvidó la letra", [],
     [("se me olvidó la letra", "LOVE LAUGH 😳 🫠 🙈")]),
    ("es", "reggaeton", "heartbreak", "Me dejaste bailando solo en medio de la canción", [],
     [("en medio de la canción", "SAD 🥲")]),
    ("es", "reggaeton", "irony", "Dicen que el reguetón no tiene letra. Les dejo la mía para que la estudien", [],
     [("no tiene letra", "IRONY 🙄 🤔"), ("para que la estudien", "IRONY WRITING 📚 😏")]),
    ("es", "reggaeton", "party", "Esta es pa' las que salen con sus amigas y no con el ex", [],
     [("y no con el ex", "PARTY LAUGH 👯‍♀️ 💅 🥂")]),
    ("es", "reggaeton", "one-liner", "Sudando el viernes entero", [],
     [("Sudando el viernes entero", "PARTY 🥵 💦")]),
    ("es", "reggaeton", "party", "Clase de perreo gratis en mis historias #reggaeton #perreo", ["#reggaeton", "#perreo"],
     [("gratis en mis historias", "PARTY LAUGH 👀 📲")]),
    ("es", "reggaeton", "emoji", "Dale volumen que esto es pa' sudarlo 🔊💦", [], []),
    ("es", "reggaeton", "hometown", "Desde Medellín pa'l mundo, siempre", ["Medellín"],
     [("pa'l mundo", "🇨🇴 🌎 🌍 🙌 ❤️ 🏙️"), ("siempre", "🇨🇴 🙌 ❤️ 💯 🌎")]),
    ("es", "reggaeton", "live", "Último ensayo antes del show de mañana. Se siente en el aire", [],
     [("antes del show de mañana", "LIVE ⏳"), ("Se siente en el aire", "LIVE HYPE")]),
    ("es", "reggaeton", "spanglish", "Esta es mi summer song, no me la discutan", [],
     [("mi summer song", "SUMMER MUSIC"), ("no me la discutan", "😎 🤷 💅 😏 😂")]),
    ("es", "reggaeton", "flex", "El carro es alquilado pero el flow es mío", [],
     [("el flow es mío", "LAUGH IRONY STRENGTH 😎 🚗")]),
    ("es", "reggaeton", "release", "Video oficial de Calor de Madrugada ya en YouTube", ["Calor de Madrugada", "YouTube"],
     [("ya en YouTube", "RELEASE BTS ▶️ 📺")]),
    ("es", "reggaeton", "question", "Pongan en los comentarios con quién la van a bailar", [],
     [("con quién la van a bailar", "ASK PARTY 😏")]),
    ("es", "reggaeton", "love", "Me gustas más que el viernes", [],
     [("más que el viernes", "LOVE 😏")]),
    ("es", "reggaeton", "release", 'Ya está disponible "Botella Fría" en todas partes, súbanle', ["Botella Fría"],
     [("en todas partes", "RELEASE"), ("súbanle", "HYPE PARTY 🔊")]),
    # ---- latin pop ----
    ("es", "latin pop", "release", 'Mi nueva canción "Cartas al Mar" sale este jueves. Es la más honesta que he escrito',
     ["Cartas al Mar"],
     [("sale este jueves", "ANNOUNCE RELEASE 🌊 🗓️"), ("la más honesta que he escrito", "WRITING 🤍 🥹 💙 🌊")]),
    ("es", "latin pop", "love", "Te quiero en todos los idiomas que no hablo", [],
     [("en todos los idiomas que no hablo", "LOVE 🌎")]),
    ("es", "latin pop", "heartbreak", "Aprendí a querer sin pedir que me quieran de vuelta", [],
     [("que me quieran de vuelta", "SAD 🤍 🕊️")]),
    ("es", "latin pop", "gratitude", "Hace cinco años cantaba en bodas y hoy lleno teatros. Gracias por creer", [],
     [("y hoy lleno teatros", "GRATITUDE LIVE 🥹 🎭"), ("Gracias por creer", "GRATITUDE")]),
    ("es", "latin pop", "tour", "España, vamos: Madrid 4/10, Barcelona 6/10 y Valencia 8/10",
     ["España", "Madrid", "Barcelona", "Valencia"],
     [("España, vamos", "LIVE ANNOUNCE 🇪🇸 📍"), ("Madrid 4/10", NONE), ("Barcelona 6/10", NONE),
      ("Valencia 8/10", "LIVE 📍 🇪🇸")]),
    ("es", "latin pop", "bts", "Primer día de ensayo con la banda completa, todavía nos equivocamos en el puente", [],
     [("con la banda completa", "BTS LIVE 🎸 🥁 🎹"), ("nos equivocamos en el puente", "LAUGH 🙈 😬")]),
    ("es", "latin pop", "question", "¿Qué canción mía les recuerda a alguien?", [],
     [("les recuerda a alguien", "ASK 💭 🥹")]),
    ("es", "latin pop", "nostalgia", "Esta foto tiene diez años y todavía me da vergüenza el peinado", [],
     [("me da vergüenza el peinado", "LAUGH NOSTALGIA 🙈 💇")]),
    ("es", "latin pop", "countdown", "Tres días. Solo eso", [],
     [("Tres días", "ANNOUNCE ⏰ 🗓️"), ("Solo eso", "ANNOUNCE 🤫")]),
    ("es", "latin pop", "release", "Acústico de Luz de Enero, grabado en una sola toma", ["Luz de Enero"],
     [("Acústico de Luz de Enero", "MUSIC 🎸 🎙️ 🤍"), ("grabado en una sola toma", "BTS 🎙️ ✨")]),
    ("es", "latin pop", "love", "Mi canción favorita es la que cantas mal en la ducha", [],
     [("la que cantas mal en la ducha", "LOVE LAUGH 🚿 🎶")]),
    ("es", "latin pop", "heartbreak", "Hay despedidas que no se dicen, solo se notan", [],
     [("que no se dicen", NONE), ("solo se notan", "SAD 🍂")]),
    ("es", "latin pop", "irony", "Me dijeron que las baladas ya no venden. Gracias por el consejo, lo ignoro con cariño", [],
     [("las baladas ya no venden", "IRONY 🙄 🤔"), ("Gracias por el consejo", NONE),
      ("lo ignoro con cariño", "IRONY 😌 🤍 💅 😇")]),
    ("es", "latin pop", "collab", "Cantar con @marinasolis fue un sueño de niña cumplido", ["@marinasolis"],
     [("un sueño de niña cumplido", "COLLAB GRATITUDE 🥹 ✨ 🎤 🤍 💫")]),
    ("es", "latin pop", "slang", "Qué chimba de noche en Bogotá, parce", ["Bogotá"],
     [("de noche en Bogotá, parce", "LIVE NIGHT 🇨🇴 ❤️")]),
    ("es", "latin pop", "gratitude", "Disco de oro en Argentina. No tengo palabras, solo lágrimas", ["Argentina"],
     [("Disco de oro en Argentina", "GRATITUDE STRENGTH 🇦🇷 💿 📀 🥇"), ("No tengo palabras", NONE),
      ("solo lágrimas", "GRATITUDE 😭")]),
    ("es", "latin pop", "release", "Ya pueden pre-guardar el álbum. El link está en mi perfil", [],
     [("pre-guardar el álbum", "ANNOUNCE RELEASE"), ("El link está en mi perfil", "🔗 👆 ☝️ 👀")]),
    ("es", "latin pop", "one-liner", "Domingo de canciones lentas", [],
     [("Domingo de canciones lentas", "MUSIC 🤍 ☕ 🌧️ ✨ 💭")]),
    ("es", "latin pop", "love", "Gracias por quedarte incluso cuando fui difícil de querer", [],
     [("cuando fui difícil de querer", "LOVE GRATITUDE")]),
    ("es", "latin pop", "release", "Nueva era, nuevo sonido #pop #nuevamusica", ["#pop", "#nuevamusica"],
     [("Nueva era", NONE), ("nuevo sonido", "RELEASE ANNOUNCE ✨ 🦋")]),
    ("es", "latin pop", "emoji", "Hoy todo me sabe a verano ☀️🍉", [], []),
    ("es", "latin pop", "tour", "Última fecha del tour. Santiago, esta noche lo damos todo", ["Santiago"],
     [("Última fecha del tour", "LIVE 🥹 😢"), ("esta noche lo damos todo", "LIVE STRENGTH 🇨🇱")]),
    ("es", "latin pop", "bts", "Así suena una canción antes de tener coro", [],
     [("antes de tener coro", "WRITING BTS 🤔")]),
    ("es", "latin pop", "question", "¿Balada o versión bailable? Voten", [],
     [("Balada o versión bailable", "ASK 💃 🎹"), ("Voten", "ASK 🗳️")]),
    ("es", "latin pop", "heartbreak", "Ya no lloro con esta canción, ahora la canto", [],
     [("Ya no lloro con esta canción", NONE), ("ahora la canto", "💪 🎤 🎶 🥲 🤍 ✨ 🦋")]),
    ("es", "latin pop", "spanglish", "Mood de hoy: cantar bajito y no contestar mensajes", [],
     [("Mood de hoy", NONE), ("y no contestar mensajes", "😌 📵 🎧 🤫 ✨ 💤")]),
    ("es", "latin pop", "nostalgia",
     "Volví al colegio donde canté por primera vez. Todo más pequeño de lo que recordaba", [],
     [("donde canté por primera vez", "NOSTALGIA 🏫 🎤"), ("de lo que recordaba", "NOSTALGIA 😅")]),
    ("es", "latin pop", "release", 'Salió el video de "Tu Abrigo" y lo dirigió mi hermana', ["Tu Abrigo"],
     [("y lo dirigió mi hermana", "BTS 🎶 🎵 ▶️ 🤍 🥹")]),
    ("es", "latin pop", "love", "Nadie me canta los buenos días como tú", [],
     [("los buenos días como tú", "LOVE ☀️ 🌅")]),
    # ---- other genres ----
    ("es", "corridos tumbados", "release", '"Rancho y Tenis" ya salió, puro corrido fino', ["Rancho y Tenis"],
     [("ya salió", "RELEASE 🤠 🎺"), ("puro corrido fino", "🤠 🎸 🔥 💯 🐎 🇲🇽 🎺")]),
    ("es", "corridos tumbados", "flex", "La troca la pagué con cantadas, no con cuentos", [],
     [("la pagué con cantadas", NONE), ("no con cuentos", "STRENGTH MONEY 🤠 🛻 😎")]),
    ("es", "bachata", "love", "Una bachata pa' bailarla pegaditos en la cocina", [],
     [("pegaditos en la cocina", "LOVE 💃 🕺 🎸")]),
    ("es", "bachata", "heartbreak", "Tu perfume sigue en mi almohada y yo sigo fingiendo que no", [],
     [("y yo sigo fingiendo que no", "SAD 🥲 🎸")]),
    ("es", "salsa", "live", "Anoche la orquesta sonó como nunca. Cali, ustedes bailan distinto", ["Cali"],
     [("la orquesta sonó como nunca", "LIVE 🎺 🥁 🎷 💃"), ("ustedes bailan distinto", "💃 🕺 🎉 🔥 🍾 🪩 🥳 🇨🇴 ❤️ 🙌")]),
    ("es", "salsa", "release", 'Salsa nueva para el fin de semana: "Sabor a Puerto" con @tumbaorlucho',
     ["Sabor a Puerto", "@tumbaorlucho"],
     [("para el fin de semana", "RELEASE 💃 🕺 🎉 🪩 🥳 🎺 🥁"), ("con @tumbaorlucho", "COLLAB RELEASE 🎺 💃")]),
    ("es", "cumbia", "party", "Cumbia en la terraza hasta que se acabe la cerveza", [],
     [("hasta que se acabe la cerveza", "💃 🕺 🎉 🔥 🍾 🪩 🥳 🍺 🪗")]),
    ("es", "cumbia", "gratitude", "Veinte años tocando en fiestas de pueblo y todavía me emociona el primer acorde", [],
     [("me emociona el primer acorde", "GRATITUDE 🪗 🎶")]),
    ("es", "dembow", "party", "Esto es dembow pa' romper la bocina, sin miedo", [],
     [("pa' romper la bocina", "PARTY HYPE 🔊 🇩🇴"), ("sin miedo", "HYPE 😤 🇩🇴 🔊")]),
    ("es", "dembow", "slang", "Tamo activo desde temprano, ¿y tú qué?", [],
     [("Tamo activo desde temprano", "HYPE 😤 ☀️ 🇩🇴"), ("y tú qué", "ASK 😏 🤷")]),
    ("es", "regional mexican", "grief", "A mi abuelo le encantaba esta canción. Hoy la canto por él", [],
     [("le encantaba esta canción", "MEMORIAL 🤠 🎺"), ("Hoy la canto por él", "MEMORIAL 🎤")]),
    ("es", "regional mexican", "tour", "Nos vemos en la feria de Texcoco el sábado, con banda completa", ["Texcoco"],
     [("en la feria de Texcoco el sábado", "LIVE ANNOUNCE 🎺 🤠 🗓️ 📍 🇲🇽"), ("con banda completa", "LIVE 🎺 🥁 🤠")]),
    ("es", "merengue", "nostalgia", "Le pusimos tambora nueva al merengue de mi papá", [],
     [("al merengue de mi papá", "NOSTALGIA 🥁 🇩🇴 🎺 🤍 🎶")]),
    ("es", "balada", "heartbreak", "Escribí esta canción la noche que entendí que no volvías", [],
     [("que entendí que no volvías", "SAD WRITING 🌧️")]),
    ("es", "balada", "release", "Piano y voz, nada más. Así nació Silencio Nuestro, ya disponible", ["Silencio Nuestro"],
     [("Piano y voz", NONE), ("nada más", "🎹 🎙️ 🤍 ✨ 🕊️"), ("Así nació Silencio Nuestro", "🎹 🤍 ✨"),
      ("ya disponible", "🎶 🎧 🎵 💿 🆕 ▶️ 🎹 🤍 ✨")]),
    ("es", "rock en español", "hype", "Guitarras al frente y la voz rota, como debe ser", [],
     [("y la voz rota", "🎸 🤘 🔊 ⚡ 🖤"), ("como debe ser", "🤘 💯 😤 🎸 🔥")]),
    ("es", "rock en español", "tour", "Este mes tocamos en Rosario, Córdoba y Mendoza. Traigan la garganta",
     ["Rosario", "Córdoba", "Mendoza"],
     [("tocamos en Rosario", NONE), ("Córdoba", NONE), ("y Mendoza", "LIVE 🎸 🤘 🇦🇷 📍"),
      ("Traigan la garganta", "LIVE 🗣️ 🎸")]),
    ("es", "vallenato", "love", "Un vallenato pa' la mujer que me aguanta las giras", [],
     [("que me aguanta las giras", "LOVE 🪗 🇨🇴 😅")]),
    ("es", "champeta", "party", "Champeta en la playa y el sol de testigo", [],
     [("y el sol de testigo", "💃 🕺 🎉 🔥 🪩 🥳 SUMMER 🇨🇴")]),
    ("es", "r&b", "love", "Despacio, que esta noche no hay prisa", [],
     [("esta noche no hay prisa", "LOVE NIGHT 🕯️ 🍷 😏")]),
    ("es", "bolero", "nostalgia", "Los boleros de mi abuela me enseñaron a cantar despacio", [],
     [("me enseñaron a cantar despacio", "NOSTALGIA 🎙️ 🌹 🤍")]),
    ("es", "corridos tumbados", "question", "¿Corridos con guitarra sola o con toda la banda?", [],
     [("o con toda la banda", "ASK 🎸 🎺 🤠")]),
    ("es", "bachata", "release", "Nueva bachata el 14 de febrero, ya saben para quién es", [],
     [("el 14 de febrero", "ANNOUNCE 🎸 💘 🗓️ 🌹"), ("ya saben para quién es", "LOVE 😏 👀 🤫")]),
    ("es", "cumbia", "emoji", "Sonidero y cumbia hasta que amanezca 🪗🌅", [], []),
    ("es", "dembow", "release", "Ya salió el video en mi canal #dembow #rd", ["#dembow", "#rd"],
     [("Ya salió el video en mi canal", "RELEASE ▶️ 📺 🇩🇴")]),
    ("es", "indie", "bts", "Indie de cuarto, sin presupuesto, con todo el corazón", [],
     [("Indie de cuarto", NONE), ("sin presupuesto", NONE), ("con todo el corazón", "🤍 ❤️ 🎸 🛏️ ✨ 🎧")]),
    # ================= English =================
    # ---- trap ----
    ("en", "trap", "release", 'Just dropped "Cold Receipts" and the comments are already unhinged', ["Cold Receipts"],
     [("the comments are already unhinged", "LAUGH HYPE 👀")]),
    ("en", "trap", "flex", "Used to borrow studio time, now I own the building", [],
     [("Used to borrow studio time", NONE), ("now I own the building", "STRENGTH MONEY 🏢 😤 🔑")]),
    ("en", "trap", "heartbreak", "You said forever like it was a weekend thing", [],
     [("like it was a weekend thing", "SAD 🙃 🥲")]),
    ("en", "trap", "collab", "Me and @grimmvale locked in for 12 hours and made three songs", ["@grimmvale"],
     [("and made three songs", "COLLAB WRITING 🔒 😤")]),
    ("en", "trap", "question", "Should the next video be in the snow or the desert?", [],
     [("in the snow or the desert", "ASK ❄️ 🏜️ 🎬")]),
    ("en", "trap", "countdown", "Tape drops Friday at midnight. No features, all me", [],
     [("Tape drops Friday at midnight", "ANNOUNCE RELEASE ⏰ 🌙 🗓️"), ("No features", NONE),
      ("all me", "STRENGTH 😤 🎤")]),
    ("en", "trap", "bts", "This is what 4am in the booth looks like. Not glamorous", [],
     [("in the booth looks like", "NIGHT BTS WRITING 🥱"), ("Not glamorous", "LAUGH IRONY 🥱 😩")]),
    ("en", "trap", "irony", "Love when people tell me to get a real job while streaming my song", [],
     [("while streaming my song", "IRONY 🙄 🎧")]),
    ("en", "trap", "money", "First royalty check paid my rent and I still cried", [],
     [("and I still cried", "GRATITUDE MONEY 😭 🏠")]),
    ("en", "trap", "slang", "Lowkey this might be the hardest beat I ever touched", [],
     [("the hardest beat I ever touched", "HYPE TRAP 🥶 😤")]),
    ("en", "trap", "gratitude", "200k on the new one. Y'all really did that", [],
     [("200k on the new one", "HYPE GRATITUDE 📈 🎉"), ("Y'all really did that", "GRATITUDE 🫡 🙌 😭")]),
    ("en", "trap", "tour", "Texas run: Houston 3/14, Dallas 3/15 and Austin 3/17. Tickets in bio",
     ["Texas", "Houston", "Dallas", "Austin"],
     [("Texas run", "LIVE ANNOUNCE 🤠 📍 🗓️"), ("Houston 3/14", NONE), ("Dallas 3/15", NONE),
      ("Austin 3/17", "LIVE 📍 🤠"), ("Tickets in bio", "LIVE 🔗 👆")]),
    ("en", "trap", "night", "City lights and a half-empty notebook", [],
     [("and a half-empty notebook", "NIGHT WRITING 🌆 📓")]),
    ("en", "trap", "heartbreak", "Stopped checking your stories. Mostly", [],
     [("Stopped checking your stories", NONE), ("Mostly", "🙃 🥲 🫠 😅 💔 😔")]),
    ("en", "trap", "hype", "We not dropping a song, we dropping a problem", [],
     [("We not dropping a song", NONE), ("we dropping a problem", "HYPE TRAP 😈 ⚠️")]),
    ("en", "trap", "love", "She likes my songs but she loves the demos", [],
     [("but she loves the demos", "LOVE 😏 🎧 🤫")]),
    ("en", "trap", "release", "New single out now: Glass Halo - Vex Moreno", ["Glass Halo", "Vex Moreno"],
     [("New single out now", "RELEASE"), ("Glass Halo - Vex Moreno", "RELEASE TRAP")]),
    ("en", "trap", "one-liner", "No sleep till the master's done", [],
     [("till the master's done", "WRITING STRENGTH 😤 🎛️ 🥱")]),
    ("en", "trap", "bts", "Cooking tonight #trap #producer #studiolife", ["#trap", "#producer", "#studiolife"],
     [("Cooking tonight", "WRITING NIGHT 🍳 🎛️ 👨‍🍳")]),
    ("en", "trap", "emoji", "Different breed 🐺💯", [], []),
    ("en", "trap", "grief", "Rest easy, Tay. Every show from now on has your name on it", ["Tay"],
     [("Rest easy, Tay", "MEMORIAL"), ("has your name on it", "MEMORIAL 🎤 ♾️")]),
    ("en", "trap", "spanglish", "Trap en español pero the pain is universal", [],
     [("the pain is universal", "🖤 🌎 💔 🎤 💯 🥀")]),
    ("en", "trap", "question", "Drop your city and I'll see who's loudest", [],
     [("and I'll see who's loudest", "ASK LIVE 📍 🔊")]),
    ("en", "trap", "bts", "Mixing this one for the sixth time. Perfectionist problems", [],
     [("for the sixth time", "BTS WRITING 🎛️ 😩"), ("Perfectionist problems", "LAUGH IRONY 😩")]),
    ("en", "trap", "collab", "Dream feature unlocked: @kxngsolace on the remix", ["@kxngsolace"],
     [("Dream feature unlocked", "HYPE 🔓"), ("on the remix", "COLLAB RELEASE")]),
    ("en", "trap", "money", "Bought my mom a house before I bought myself a watch", [],
     [("before I bought myself a watch", "GRATITUDE STRENGTH 🏠 🙏")]),
    ("en", "trap", "irony", "My neighbors asked me to turn it down. Album's out Friday, sorry in advance", [],
     [("asked me to turn it down", "IRONY LAUGH 🔇 🙄"), ("Album's out Friday", "ANNOUNCE RELEASE 🗓️"),
      ("sorry in advance", "LAUGH 😬 🙏 🔊")]),
    ("en", "trap", "hype", "Studio lights off, phones off, heads down", [],
     [("Studio lights off", NONE), ("phones off", NONE), ("heads down", "WRITING STRENGTH 🔒 📵 😤")]),
    ("en", "trap", "heartbreak", "Made a whole tape about you and you never heard it", [],
     [("and you never heard it", "SAD 🥲 🙃 💿 🎧")]),
    # ---- reggaeton ----
    ("en", "reggaeton", "release", '"Slow Motion Sin" is out, go dance it wrong', ["Slow Motion Sin"],
     [("is out", "RELEASE PARTY"), ("go dance it wrong", "PARTY LAUGH 😈")]),
    ("en", "reggaeton", "party", "Friday plan: loud speakers, short dresses, no curfew", [],
     [("Friday plan", NONE), ("loud speakers", NONE), ("short dresses", NONE), ("no curfew", "PARTY NIGHT 😈")]),
    ("en", "reggaeton", "party", "Put it on the big speaker and let the floor decide", [],
     [("and let the floor decide", "PARTY 🔊")]),
    ("en", "reggaeton", "love", "Saved you a spot by the speaker", [],
     [("a spot by the speaker", "LOVE 😏 🔊 😉 💃")]),
    ("en", "reggaeton", "heartbreak", "Danced with somebody new and still looked for you in the crowd", [],
     [("looked for you in the crowd", "SAD 🥲")]),
    ("en", "reggaeton", "collab", "@reinasoledad on a reggaetón beat was not on my bingo card", ["@reinasoledad"],
     [("was not on my bingo card", "LAUGH HYPE 🤯 🎲 👀")]),
    ("en", "reggaeton", "tour", "Miami, we're back on the 22nd. Bring your whole crew", ["Miami"],
     [("we're back on the 22nd", "LIVE ANNOUNCE 🌴 📍 🗓️"), ("Bring your whole crew", "PARTY LIVE 👯")]),
    ("en", "reggaeton", "countdown", "Two days until the video. The choreography alone took a month", [],
     [("Two days until the video", "ANNOUNCE ⏰ 🎬 🎥"), ("The choreography alone took a month", "BTS 💃 🕺 😮‍💨 😅")]),
    ("en", "reggaeton", "flex", "Same hood, better sneakers, bigger checks", [],
     [("Same hood", NONE), ("better sneakers", NONE), ("bigger checks", "MONEY STRENGTH 👟 😎")]),
    ("en", "reggaeton", "question", "Be honest, who plays reggaetón in the car with the windows down?", [],
     [("in the car with the windows down", "ASK DRIVE 🔊 🙋")]),
    ("en", "reggaeton", "bts", "Wardrobe changed eleven times for a thirty-second clip", [],
     [("for a thirty-second clip", "BTS LAUGH 👗 👠 😩")]),
    ("en", "reggaeton", "gratitude", "Number one in Puerto Rico this week. This island raised me", ["Puerto Rico"],
     [("in Puerto Rico this week", "GRATITUDE HYPE 🇵🇷 🥇"), ("This island raised me", "GRATITUDE 🇵🇷 🏝️")]),
    ("en", "reggaeton", "slang", "This one's for the perreo intenso crowd, you know who you are", [],
     [("for the perreo intenso crowd", "PARTY 😈"), ("you know who you are", "PARTY 😏 👀 🫵")]),
    ("en", "reggaeton", "release", "Remix with @dembolord and @lunaoro drops tonight", ["@dembolord", "@lunaoro"],
     [("drops tonight", "RELEASE COLLAB ANNOUNCE NIGHT")]),
    ("en", "reggaeton", "love", "Your hand on my waist, that's the whole playlist", [],
     [("Your hand on my waist", NONE), ("that's the whole playlist", "LOVE 💃 🎶 😏")]),
    ("en", "reggaeton", "heartbreak", "Still dancing to our song, just alone now", [],
     [("Still dancing to our song", NONE), ("just alone now", "SAD 🥲")]),
    ("en", "reggaeton", "irony", "My doctor told me to rest my voice. I released a perreo anthem instead", [],
     [("to rest my voice", "LAUGH IRONY 🤐 🩺"), ("a perreo anthem instead", "LAUGH IRONY PARTY")]),
    ("en", "reggaeton", "party", "Bottles up if you survived the week", [],
     [("if you survived the week", "💃 🕺 🎉 🔥 🍾 🪩 🥳 🥂 🍻 😮‍💨")]),
    ("en", "reggaeton", "one-liner", "Perreo therapy is open tonight", [],
     [("is open tonight", "PARTY NIGHT 😈")]),
    ("en", "reggaeton", "party", "Learning the steps from the comments #reggaeton #dancechallenge",
     ["#reggaeton", "#dancechallenge"],
     [("Learning the steps from the comments", "PARTY LAUGH 👀 📲")]),
    ("en", "reggaeton", "emoji", "Hot girl summer remix 🥵☀️ #perreo", ["#perreo"], []),
    ("en", "reggaeton", "hometown", "Bronx born, San Juan blood", ["Bronx", "San Juan"],
     [("Bronx born", NONE), ("San Juan blood", "🇵🇷 🗽 🏙️ ❤️ 🙌 💯")]),
    ("en", "reggaeton", "live", "Sold out in Orlando. I can't even process that", ["Orlando"],
     [("Sold out in Orlando", "LIVE HYPE 🎟️"), ("I can't even process that", "🤯 🥹 😭 🙏 😳")]),
    ("en", "reggaeton", "spanglish", "Dale que la noche is still young", [],
     [("la noche is still young", "NIGHT PARTY 😈")]),
    ("en", "reggaeton", "money", "Spent the advance on the video. Worth it", [],
     [("Spent the advance on the video", "MONEY BTS"), ("Worth it", "💯 😎 🙌 🔥 🎥")]),
    ("en", "reggaeton", "question", "New song in Spanglish or full Spanish?", [],
     [("or full Spanish", "ASK 🗣️")]),
    ("en", "reggaeton", "love", "Text me when the party ends", [],
     [("when the party ends", "LOVE NIGHT 📱 😏")]),
    ("en", "reggaeton", "release", "Video for Late Checkout is live on YouTube", ["Late Checkout", "YouTube"],
     [("is live on YouTube", "RELEASE ▶️ 📺 🎬")]),
    ("en", "reggaeton", "release", 'Out everywhere tonight: "Neon Sudor" with @bellakali', ["Neon Sudor", "@bellakali"],
     [("Out everywhere tonight", "RELEASE ANNOUNCE NIGHT"), ("with @bellakali", "COLLAB PARTY RELEASE")]),
    # ---- latin pop ----
    ("en", "latin pop", "release", 'My new song "Paper Moons" comes out Thursday. I wrote it on a train', ["Paper Moons"],
     [("comes out Thursday", "ANNOUNCE RELEASE 🌙 🗓️"), ("I wrote it on a train", "WRITING 🚆 ✨")]),
    ("en", "latin pop", "love", "You make ordinary Tuesdays feel like a chorus", [],
     [("feel like a chorus", "LOVE MUSIC")]),
    ("en", "latin pop", "heartbreak", "I kept the sweater and gave back everything else", [],
     [("gave back everything else", "SAD 🧥 🥲")]),
    ("en", "latin pop", "gratitude", "Thank you for singing the bridge louder than me last night", [],
     [("louder than me last night", "GRATITUDE LIVE 🗣️")]),
    ("en", "latin pop", "tour", "Europe, finally: London 10/2, Paris 10/4, Berlin 10/6 and Amsterdam 10/8",
     ["Europe", "London", "Paris", "Berlin", "Amsterdam"],
     [("Europe, finally", "LIVE ANNOUNCE 🌍 ✈️ 📍 🗓️ 🥹"), ("London 10/2", NONE), ("Paris 10/4", NONE),
      ("Berlin 10/6", NONE), ("Amsterdam 10/8", "LIVE 📍 ✈️ 🌍")]),
    ("en", "latin pop", "bts", "Shot the whole video on film, so there are exactly zero retakes", [],
     [("Shot the whole video on film", "BTS 📷"), ("exactly zero retakes", "LAUGH 😬 🎞️")]),
    ("en", "latin pop", "question", "What song of mine would you play at your wedding?", [],
     [("would you play at your wedding", "ASK LOVE 💍 💒")]),
    ("en", "latin pop", "nostalgia", "This was my first ever performance and yes, those are my mom's earrings", [],
     [("those are my mom's earrings", "NOSTALGIA LAUGH 🙈 💎")]),
    ("en", "latin pop", "countdown", "One week. I'm not ready and neither are you", [],
     [("One week", "ANNOUNCE ⏰ 🗓️"), ("and neither are you", "ANNOUNCE HYPE 😏 😳")]),
    ("en", "latin pop", "release", "Stripped version of Velvet Hours out now, just piano and a rainy window",
     ["Velvet Hours"],
     [("Velvet Hours out now", "🎶 🎧 🎵 💿 🆕 ▶️ 🎹 🤍"), ("just piano and a rainy window", "🌧️ 🎹 🤍 ✨ 🪟 ☔")]),
    ("en", "latin pop", "love", "Falling for you in two languages", [],
     [("Falling for you in two languages", "LOVE 🌎 🗣️")]),
    ("en", "latin pop", "heartbreak", "Some goodbyes come with a playlist", [],
     [("Some goodbyes come with a playlist", "SAD 🎧 🎶")]),
    ("en", "latin pop", "irony", "Wrote a happy song. Cried while recording it. Classic me", [],
     [("Wrote a happy song", "☀️ 😊 🎶 ✍️ 🌈"), ("Cried while recording it", "😭 🥲 🙃 🎙️"),
      ("Classic me", "IRONY 🤷")]),
    ("en", "latin pop", "collab", "Singing with @almareyes felt like talking to an old friend", ["@almareyes"],
     [("talking to an old friend", "COLLAB 🤍 🥹 ✨ 🎤")]),
    ("en", "latin pop", "slang", "This chorus is a whole vibe, not gonna lie", [],
     [("This chorus is a whole vibe", "MUSIC ✨ 🫶"), ("not gonna lie", "😌 🤷 😅 ✨")]),
    ("en", "latin pop", "gratitude", "Platinum in Mexico. I don't even know what to say", ["Mexico"],
     [("Platinum in Mexico", "GRATITUDE STRENGTH 🇲🇽 💿 📀"), ("I don't even know what to say", "GRATITUDE 😭 🤯")]),
    ("en", "latin pop", "release", "Pre-save link is up, album in nine days", [],
     [("Pre-save link is up", "🔗 👆 👀 ▶️ 🎧"), ("album in nine days", "ANNOUNCE RELEASE 🗓️ ⏰")]),
    ("en", "latin pop", "one-liner", "Sunday songs only", [],
     [("Sunday songs only", "MUSIC ☕ ☀️ 🤍 ✨")]),
    ("en", "latin pop", "love", "Thank you for loving the version of me that sings off-key", [],
     [("the version of me that sings off-key", "LOVE GRATITUDE 😅")]),
    ("en", "latin pop", "release", "Cut my hair, changed my sound #latinpop #newmusic", ["#latinpop", "#newmusic"],
     [("Cut my hair", NONE), ("changed my sound", "ANNOUNCE ✨ 🦋 🆕 💇‍♀️")]),
    ("en", "latin pop", "emoji", "Golden hour, golden people ✨🌅", [], []),
    ("en", "latin pop", "live", "Lima, you sang every word back to me last night. I'm still shaking", ["Lima"],
     [("every word back to me last night", "LIVE GRATITUDE 🇵🇪"), ("I'm still shaking", "🥹 😭 🤯 🙏 ❤️")]),
    ("en", "latin pop", "bts", "Voice notes from the shower are how this whole album started", [],
     [("how this whole album started", "WRITING BTS 🚿 📱")]),
    ("en", "latin pop", "question", "Sad version or happy version? Be honest", [],
     [("Sad version or happy version", "ASK 😢 😊"), ("Be honest", "ASK 🫣")]),
    ("en", "latin pop", "heartbreak", "Deleted your number, memorized it anyway", [],
     [("Deleted your number", NONE), ("memorized it anyway", "SAD 🥲 🙃 📱")]),
    ("en", "latin pop", "spanglish", "Mi corazón is doing too much today", [],
     [("is doing too much today", "LOVE LAUGH 🫠 💓 🙈")]),
    ("en", "latin pop", "nostalgia",
     "Found my first lyric notebook at my parents' house. Page one is a disaster", [],
     [("at my parents' house", "NOSTALGIA 📓 🏠"), ("Page one is a disaster", "LAUGH 🙈")]),
    ("en", "latin pop", "release", 'The video for "Paper Moons" is out, and my little sister is in it', ["Paper Moons"],
     [("is out", "RELEASE 🎬 🌙"), ("my little sister is in it", "🥹 🤍 ❤️ 😊 👧 ✨")]),
    ("en", "latin pop", "question", "What lyric are you putting in your caption this week?", [],
     [("in your caption this week", "ASK ✍️ 📝")]),
    # ---- other genres ----
    ("en", "corridos tumbados", "release", 'New corrido drops Sunday, "Dust on the Boots"', ["Dust on the Boots"],
     [("New corrido drops Sunday", "ANNOUNCE RELEASE 🤠 🎺 🗓️"), ("Dust on the Boots", "RELEASE 🤠 👢 🎸")]),
    ("en", "corridos tumbados", "flex", "Started in the back of a pickup, now we headline", [],
     [("in the back of a pickup", NONE), ("now we headline", "STRENGTH LIVE 🤠 🛻")]),
    ("en", "bachata", "love", "Slow bachata for the couples who still hold hands at the grocery store", [],
     [("hold hands at the grocery store", "LOVE 🎸 💃 🛒")]),
    ("en", "bachata", "heartbreak", "Wrote this bachata the week you moved out", [],
     [("the week you moved out", "SAD 🎸 📦")]),
    ("en", "salsa", "live", "The horn section tonight was unreal. Thank you, New York", ["New York"],
     [("The horn section tonight was unreal", "LIVE 🎺 🎷 🤯"), ("Thank you, New York", "GRATITUDE 🗽 🍎")]),
    ("en", "salsa", "question", "Salsa classes or learn at family parties?", [],
     [("or learn at family parties", "ASK 💃 🕺")]),
    ("en", "cumbia", "party", "Accordion solo at minute two is for the aunties", [],
     [("is for the aunties", "💃 🕺 🎉 🔥 🪩 🥳 🪗 😂 👵")]),
    ("en", "cumbia", "release", "Cumbia rebajada remix out now, slow it down with me", [],
     [("Cumbia rebajada remix out now", "RELEASE 🪗"), ("slow it down with me", "🐢 🪗 😌 🌙 💃 🎧")]),
    ("en", "dembow", "hype", "Dembow in the gym hits different", [],
     [("in the gym hits different", "HYPE 💪 🏋️ 🇩🇴 🔊")]),
    ("en", "regional mexican", "gratitude", "Our band started at quinceañeras. Today we played a stadium", [],
     [("Our band started at quinceañeras", "NOSTALGIA 🎺 👗 🤠"),
      ("Today we played a stadium", "LIVE GRATITUDE STRENGTH 🏟️ 🥹 🇲🇽")]),
    ("en", "regional mexican", "grief", "Tonight's show is for my grandmother, who never missed one", [],
     [("who never missed one", "MEMORIAL")]),
    ("en", "merengue", "party", "Merengue so fast your abuela will outdance you", [],
     [("your abuela will outdance you", "💃 🕺 🎉 🔥 🪩 🥳 LAUGH 👵 🇩🇴")]),
    ("en", "balada", "release", "A piano ballad for anyone healing quietly. Out now", [],
     [("for anyone healing quietly", "🤍 🕊️ 🎹 🩹 🫶 ✨"), ("Out now", "🎶 🎧 🎵 💿 🆕 ▶️ 🎹 🤍")]),
    ("en", "rock en español", "live", "Somebody threw a shoe on stage. It's in the tour bus now as a trophy", [],
     [("threw a shoe on stage", "LAUGH 👟 😳 🤘"), ("as a trophy", "LAUGH 🏆 🤘")]),
    ("en", "rock en español", "nostalgia", "Soda Stereo posters on my wall at 14, now we open festivals",
     ["Soda Stereo"],
     [("on my wall at 14", "NOSTALGIA 🎸"), ("now we open festivals", "LIVE STRENGTH 🎸 🤘 🥹")]),
    ("en", "vallenato", "love", "Accordion, a full moon and you", [],
     [("Accordion", NONE), ("a full moon", NONE), ("and you", "LOVE 🪗 🌕 🌙")]),
    ("en", "champeta", "party", "Champeta speakers so big they need their own truck", [],
     [("they need their own truck", "💃 🕺 🎉 🔥 🪩 🥳 LAUGH 🔊 🚚 🇨🇴")]),
    ("en", "r&b", "love", "Candles lit, phone on silent, your song on repeat", [],
     [("Candles lit", NONE), ("phone on silent", NONE), ("your song on repeat", "LOVE NIGHT 🕯️ 🔁 🍷")]),
    ("en", "r&b", "heartbreak", "Your side of the bed still smells like you", [],
     [("still smells like you", "SAD 🛏️ 🥲")]),
    ("en", "bolero", "release", "Recorded my grandfather's bolero with his old guitar. It's out today", [],
     [("with his old guitar", "🎸 🌹 🥹 🤍 🕰️ ✨"), ("It's out today", "🎶 🎧 🎵 💿 🆕 ▶️ 🎸 🤍 🌹")]),
    ("en", "indie", "bts", "Recorded the drums in a parking garage for the echo", [],
     [("in a parking garage for the echo", "BTS 🥁 🅿️ 🔊 😅")]),
    ("en", "latin drill", "flex", "Drill from the Bronx in Spanish, they said it wouldn't work", ["Bronx"],
     [("Drill from the Bronx in Spanish", NONE), ("they said it wouldn't work", "STRENGTH 😤 🙄 😏")]),
    ("en", "dembow", "question", "Which dembow should I remix next? Comment below", [],
     [("Which dembow should I remix next", "ASK 🇩🇴 🎛️"), ("Comment below", "ASK")]),
    ("en", "salsa", "emoji", "Salsa Sunday with the whole family 💃🎺", [], []),
    ("en", "corridos tumbados", "night", "Late night with the requinto #corridostumbados", ["#corridostumbados"],
     [("Late night with the requinto", "NIGHT 🎸 🤠")]),
    ("en", "reggae en español", "gratitude",
     "Sound system crew, thank you for carrying every speaker up that hill", [],
     [("every speaker up that hill", "GRATITUDE LAUGH 🔊 ⛰️ 💪 🙌")]),
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
    """The captions of the seven older sets (the fourth column of their TSVs)."""
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
    head = ("# HELD-OUT captions for emoji placement, written fresh in session 12 (2026-12-01; session 12's second\n"
            "# blind set, named s13) by a writer who never saw the placement model, its code, outputs or errors;\n"
            "# never tuned on. Built by training/caption_emoji_heldout_s13_build.py (its docstring says how).\n"
            "# Columns as caption_emoji_eval.tsv: id, language, genre, caption, forbidden spans (no emoji\n"
            "# inside), clause ends => the emoji a careful editor keeps there ('-': none).\n")
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
        cells = [f"heldout-s13-{i}", lang, genre, cap.replace('"', '\\"'), " ;; ".join(forb),
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
    for name, key in (("language x genre", lambda r: (r[0], r[1])), ("kind", lambda r: r[2]),
                      ("language x kind", lambda r: (r[0], r[2]))):
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
          f"with #tags: {sum('#' in r[3] for r in ROWS)}; with @mentions: {sum('@' in r[3] for r in ROWS)}; "
          f"with a quoted title: {sum(chr(34) in r[3] for r in ROWS)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
