"""Item pipelines (validate, normalise, topic filter, dedupe, store) and the storage layer."""
