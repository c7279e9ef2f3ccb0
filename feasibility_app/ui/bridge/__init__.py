"""The Qt bridge between the widgets and the workspace: the Session (signals, the
undo stack) and its undo commands."""
