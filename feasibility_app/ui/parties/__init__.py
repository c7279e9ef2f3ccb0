"""Several parties' scores: the party tabs, comparison and history views, consensus and re-score actions."""
