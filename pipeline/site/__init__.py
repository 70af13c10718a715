"""The public site: our Datasette plugin, its pages, templates and metadata, the serve command."""
