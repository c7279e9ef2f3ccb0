"""In-app help: the guide (F1), the rubric reference, the About box, the first-run banner."""
