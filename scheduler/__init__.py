"""The scheduled daemon and source monitoring: health, alerts, status page, metrics, feed."""
