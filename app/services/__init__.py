"""Domain services: every rule of the app, usable from the GUI and the CLI."""
