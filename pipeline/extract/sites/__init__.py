"""Site rules: layouts known well enough to read field by field before the generic path."""
