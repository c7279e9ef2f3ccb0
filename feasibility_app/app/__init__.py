"""The application layer: what a user does, without Qt.

The window (through `ui/bridge/session.py`) and the CLI call these operations; each one
returns a `Changes` saying what to show again, so the views refresh from one signal. Storage
is imported inside the functions that touch it: importing this package loads no Qt, no
SQLAlchemy, no reportlab (tests/domain/test_purity.py checks it in a fresh process).

- `workspace.py`: the working copy of open commitments, what is unsaved, autosave.
- `autosave.py`: when to save, on an injectable clock.
- `plans.py`: plan and commitment operations, the plan-settings conflict and rebase.
- `parties.py`: re-scoring a stale assessment; the forum's steps as the window calls them.
- `forum_actions.py`: the forum's record: a facilitated consensus, lock for signing, editorial marks.
- `forum_record.py`: what `show` and the window say about the record (parties, blocks, consensus).
- `watching.py`: noticing revisions someone else saved meanwhile.
- `errors.py`: the kinds of failure, which the UI translates.
- `changes.py`: what an operation changed.
"""
