"""Published fact-checks as data: the record and its verdicts, importers that read files into records, export."""
