"""Use cases shared by the GUI and the CLI; functions take a Session."""
