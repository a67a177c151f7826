"""The yardstick for start-up: a bare PySide6 QMainWindow, reported like the app."""

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class Probe(QObject):
    seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            QTimer.singleShot(0, self.report)
        return False

    def report(self) -> None:
        print(f"EMPFEHLUNG_BENCH shown {time.time():.6f}", flush=True)
        print(f"EMPFEHLUNG_BENCH shown_cpu {time.process_time():.6f}", flush=True)
        from empfehlung_desktop.peak_memory import peak_rss_kib  # after the timed part

        print(f"EMPFEHLUNG_BENCH rss_kib {peak_rss_kib()}", flush=True)
        QApplication.quit()


app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("Bare")
window.resize(1200, 760)
window.show()
window.installEventFilter(Probe(window))
app.exec()
