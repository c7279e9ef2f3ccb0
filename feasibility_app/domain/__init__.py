"""Pure domain: factors, rubric, scoring, wording checks. No Qt, no SQL, no reportlab."""
