"""Hand-written articles of the replica (one YAML file per site)."""
