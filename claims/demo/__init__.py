"""Sample data shipped with the server: our own fictional writing, labelled as sample data."""
