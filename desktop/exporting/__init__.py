"""Export of a workspace (JSON, XLSX, CSV) and of everything held about one person."""
