"""Any site no publishing-system module knows: the generic URL rules and the generic reader."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Generic:
    """Claims nothing and reads nothing, so identity and extraction use their generic paths."""

    name: str = "generic"
    # Listings give a date (lastmod, updated) to compare with the archive's last check.
    lists_edit_times: bool = False

    def claims(self, url: str) -> bool:
        return False

    def item_address(self, url: str) -> None:
        return None

    def trusts_declared_canonical(self, url: str) -> bool:
        return True

    def listed_version(self, url: str) -> None:
        return None

    def recognises(self, tree, url: str | None) -> bool:
        return False

    def read_item(self, tree, url: str | None) -> None:
        return None


GENERIC = Generic()
