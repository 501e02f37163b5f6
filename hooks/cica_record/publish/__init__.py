"""`mkdocs gh-deploy`: what must be true before the site is published (guard.py), among it a public
address (site_address.py)."""
