"""PySide6 front: windows, tabs, workers and charts. Computes nothing: every number comes from core."""
