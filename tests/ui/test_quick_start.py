"""Start-up: the list appears from the file before the repository exists, and nothing breaks meanwhile."""

import pytest

from feasibility_app.storage.sample import open_with_sample
from feasibility_app.ui.window.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_quick_list_then_repository(qtbot, tmp_path, fake_dialogs, no_modal_boxes):
    path = tmp_path / "quick.db"
    open_with_sample(str(path)).close()
    w = MainWindow(str(path), dialogs=fake_dialogs, lazy=True)
    qtbot.addWidget(w)
    w.build_shell()
    loaded = []
    w.data_loaded.connect(lambda: loaded.append(w.repo))
    w._show_quick_list()
    assert loaded == [None] and w.navigator.model.total_rows() == 6
    detained = next(s for s in w.navigator.model.summaries() if s.title.startswith("Detained"))
    w.navigator.select_commitment(detained.id)  # a click before the repository: remembered, no crash
    assert w.session.current_id == ""
    with qtbot.waitSignal(w.load_finished, timeout=20000):
        w.load_data_async()
    qtbot.waitUntil(lambda: w.session.current_id == detained.id, timeout=10000)
    assert w.navigator.model.total_rows() == 6 and w.repo is not None


def test_closing_during_start_waits_for_the_opener(qtbot, tmp_path, fake_dialogs, no_modal_boxes):
    path = tmp_path / "early.db"
    w = MainWindow(str(path), dialogs=fake_dialogs, lazy=True)
    qtbot.addWidget(w)
    w.start_opening()
    w.close()  # must not destroy a running QThread
    assert not w._opener.isRunning()
