"""The open data, written once per build after the last language (open_data.py): the record as JSON
and its JSON Schema (records.py), CSV tables with their Data Package (tables.py), Atom feeds (feeds.py)
and an iCalendar (calendar.py). The pages link these files at the paths of site/open_data_links.py.
"""
