"""`mkdocs serve`: a rebuild renders only the pages whose inputs changed (pages.py)."""
