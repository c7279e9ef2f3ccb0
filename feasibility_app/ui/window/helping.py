"""Help menu, the first-run banner and printing: a part of `MainWindow` (main_window.py).

The dialogs live in ui/help/ and ui/files/print_report.py; this only opens them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from .lazy_qt import Qt


class HelpingMixin:
    def show_help(self, page: int = 0) -> None:
        """F1: the guide; `page` 1 opens the rubric reference."""
        from ..help.guide import HelpDialog

        dialog = getattr(self, "help_dialog", None)
        if dialog is None:
            dialog = HelpDialog(self.language, self)
            self.help_dialog = dialog
        elif dialog.language != self.language:
            dialog.set_language(self.language)
        dialog.show_page(page)
        dialog.show()
        dialog.raise_()

    def show_rubric_reference(self) -> None:
        self.show_help(1)

    def show_about(self) -> None:
        from ...paths import user_data_dir
        from ..help.about import about_text

        self.dialogs.information(
            self,
            QCoreApplication.translate("MainWindow", "About Feasibility"),
            about_text(self.language, self.location or "", str(user_data_dir())),
        )

    # --- the first-run banner --------------------------------------------------------------------

    def update_sample_banner(self, plan_ids: list[str]) -> None:
        """Show the banner while the case study's plan is in the database and not dismissed."""
        if self.repo is None or not self._shell_ready:
            return
        if self.settings.value("help/sample_banner_closed", False) in (True, "true", "1"):
            self._hide_sample_banner()
            return
        from ...storage.sample import sample_plan_id

        if sample_plan_id() not in plan_ids:
            self._hide_sample_banner()
            return
        if getattr(self, "sample_banner", None) is None:
            from PySide6.QtWidgets import QToolBar

            from ..help.sample_banner import SampleBanner

            self.sample_banner = SampleBanner()
            bar = QToolBar()
            bar.setObjectName("sampleBannerBar")
            bar.setMovable(False)
            bar.setFloatable(False)
            bar.addWidget(self.sample_banner)
            self.addToolBarBreak(Qt.TopToolBarArea)
            self.addToolBar(Qt.TopToolBarArea, bar)
            self.sample_banner_bar = bar
            self.sample_banner.empty_plan_requested.connect(self._start_empty_plan)
            self.sample_banner.dismissed.connect(self._dismiss_sample_banner)
        self.sample_banner_bar.setVisible(not self.presentation)

    def show_sample_banner_in_mode(self, presentation: bool) -> None:
        """The banner is for a desk: presentation mode gives its height to the verdict."""
        bar = getattr(self, "sample_banner_bar", None)
        if bar is None:
            return
        closed = self.settings.value("help/sample_banner_closed", False) in (True, "true", "1")
        bar.setVisible(not presentation and not closed)

    def _hide_sample_banner(self) -> None:
        bar = getattr(self, "sample_banner_bar", None)
        if bar is not None:
            bar.hide()

    def _dismiss_sample_banner(self) -> None:
        self.settings.setValue("help/sample_banner_closed", True)
        self._hide_sample_banner()

    def _start_empty_plan(self) -> None:
        if self.new_plan():
            self._dismiss_sample_banner()

    # --- printing ---------------------------------------------------------------------------------

    def print_report(self) -> None:
        if self._workspace_ready and self.session.current_id:
            from ..files.print_report import print_now

            self.print_dialog = print_now(self)

    def print_preview(self) -> None:
        if self._workspace_ready and self.session.current_id:
            from ..files.print_report import print_preview

            self.print_dialog = print_preview(self)
