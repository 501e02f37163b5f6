"""A synthetic CICA record of any size, valid and deterministic from a seed (record.py: `generate`)."""
