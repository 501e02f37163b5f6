"""The pages: which pages the record has and their files in each language (pages.py), rendered with
the templates of overrides/record/ (render.py) in the reader's language (language.py, collation.py),
names in narrative text linked (autolink.py); the pieces MkDocs' own pages get (page_parts.py,
guide_values.py, data_page.py, search_box.py), every page's links and policy (open_data_links.py,
language_switcher.py, alternate_links.py, content_security.py, not_found.py), the escaping of the theme's
templates that overrides/ replaces (theme_escaping.py), and the addresses of symbols (symbol_pages.py).
"""
