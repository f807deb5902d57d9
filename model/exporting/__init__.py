"""Data out of a workspace: a lossless JSON export that loads back into an empty
workspace, one table per sheet (XLSX) or file (CSV), and everything held about
one customer person, with their erasure.

Personal attributes of customer people (``people_private``) are left out of
workspace exports unless the caller asks for them.
"""
