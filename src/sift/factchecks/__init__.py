"""Published fact-checks: the record type, importers, exporters and claim matching."""
