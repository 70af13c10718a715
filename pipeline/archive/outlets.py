"""The outlets the archive's articles and citations name, with their dated names."""


class OutletRecords:
    """The archive's outlets and outlet_names, mirrored from the registry."""

    def sync_outlets(self, registry) -> None:
        """Upsert outlets and their dated names from an OutletRegistry (any iterable of Outlet)."""
        with self.writing():
            for outlet in registry:
                self.db["outlets"].upsert(
                    {
                        "id": outlet.id,
                        "name": outlet.name,
                        "kind": outlet.kind,
                        "domains": list(outlet.domains),
                        "aliases": list(outlet.aliases),
                    },
                    pk="id",
                )
                self.db["outlet_names"].delete_where("outlet_id = ?", [outlet.id])
                self.db["outlet_names"].insert_all(
                    {
                        "outlet_id": outlet.id,
                        "position": position,
                        "name": name.name,
                        "abbreviation": name.abbreviation,
                        "valid_from": name.valid_from,
                        "valid_to": name.valid_to,
                    }
                    for position, name in enumerate(outlet.names)
                )
