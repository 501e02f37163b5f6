"""The record: from the YAML files in data/ to one linked `Record`, or every error in the data at once.

    read     input_limits.py, text_characters.py (what a file may be before its values are made),
             yaml_source.py (values with their lines, strict types), errors.py (errors told to publishers)
    check    schema/ (the shape of every file), validation.py (its errors, in publishers' words),
             salvage.py (what stands in a file with errors, so its references are checked too)
    link     registry.py (identifiers and references), builders.py, reference_builders.py,
             meeting_builders.py (the model's objects, file by file), rules.py (over whole meetings),
             addresses.py (every page inside the site, none shared), links.py (the order of it all)
    model    model/ (the linked record's objects)
    views    views.py (sequences, histories, what the pages ask of the whole record), standing.py
             (where things stand as of the record's own date), chairing.py (the meetings each state
             chaired), periods.py (an entity's statements by year)

loader.py runs read → check → link for a data folder: `load_record(data_dir, root)`.
"""
