"""The left-hand list of plans and commitments: widget, table model and filter proxy."""
