"""The team database on PostgreSQL: opening it, others' changes shown live."""
