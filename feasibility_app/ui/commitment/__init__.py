"""The commitment page: fields, milestones, the draft editor with its wording highlights and findings list."""
