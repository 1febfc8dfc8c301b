"""Sources -> Events: importers for published event datasets and analysts' own files.

Each importer lives in its own module and registers itself (see `registry`); the pipeline that
streams a file into the store, the duplicate linker, the offline geocoder, the DuckDB panels and
the exports are shared by all of them. `docs/ingest.md` is the user's guide.
"""
