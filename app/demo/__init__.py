"""Sample data for demos, screenshots and benchmarks (`smartdesk demo-data`)."""
