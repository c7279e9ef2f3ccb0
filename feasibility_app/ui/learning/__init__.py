"""Learning from what happened: similar past commitments, outcomes, the forum's track record."""
