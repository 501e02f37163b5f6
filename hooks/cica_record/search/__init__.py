"""The site's search, built beside the pages: how text becomes terms (analysis.py, the one definition,
whose rules the browser's engine receives), what a reader may find (documents.py), the files the
browser fetches (files.py), and the process that builds them during the MkDocs build (build.py).
"""
