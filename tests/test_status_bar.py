"""The main window's status bar: a long message is shortened with "…" before the right-hand labels."""
from __future__ import annotations

LONG_ES = ("luna_roja: 40 publicaciones leídas de historial_cuenta_luna_roja_2025.csv (40 nuevas, 0 actualizadas, "
           "0 sin cambios); 2 filas omitidas (fila 7: falta la fecha; fila 12: vistas no numéricas); fecha de "
           "exportación tomada de la fecha del archivo 2025-07-11")


def test_long_message_is_elided_before_the_labels_with_the_whole_text_as_tooltip(spanish, main_window, qtbot):
    win = main_window
    win.resize(1024, 640)
    qtbot.waitUntil(lambda: win.width() == 1024)
    sb = win.statusBar()
    win.ctx.show_status(LONG_ES)
    qtbot.wait(20)
    assert sb.currentMessage() == LONG_ES
    assert sb.toolTip() == LONG_ES  # the whole message, readable on hover
    shown = sb.displayed_message()
    assert shown.endswith("…") and LONG_ES.startswith(shown[:-1])
    room = sb.message_rect()
    # drawn inside its room, which ends before the models and device labels; the labels fit the window
    assert sb.fontMetrics().horizontalAdvance(shown) <= room.width()
    assert room.right() < win.models_label.x() and room.right() < win.device_label.x()
    for label in (win.models_label, win.device_label):
        assert label.isVisible() and label.geometry().right() <= sb.width()
        assert label.visibleRegion().boundingRect().width() == label.width()  # not covered or cut
    assert sb.width() <= win.width()


def test_short_message_is_shown_whole_without_tooltip(main_window, qtbot):
    sb = main_window.statusBar()
    main_window.ctx.show_status("Saved a.json")
    assert sb.displayed_message() == "Saved a.json"
    assert sb.toolTip() == ""
    # a long one after it sets the tooltip; a short one again clears it
    main_window.resize(1024, 640)
    qtbot.waitUntil(lambda: main_window.width() == 1024)
    main_window.ctx.show_status("x" * 400)
    assert sb.toolTip() == "x" * 400
    main_window.ctx.show_status("ok")
    assert sb.toolTip() == ""
