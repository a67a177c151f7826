"""First steps on an empty database and the Hilfe pages that explain the method."""
