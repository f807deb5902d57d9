"""The method's rules as pure predicates over facts read in one batch (one home per rule)."""
