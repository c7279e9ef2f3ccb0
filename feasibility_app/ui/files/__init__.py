"""Background file work: PDF reports, exchange/CSV export and import, the job list they run on."""
