"""Which connectors exist and which ones settings switch on."""

from __future__ import annotations

from django.conf import settings

from workers.sources.archive import ArchiveConnector
from workers.sources.base import Connector
from workers.sources.factcheck_tools import FactCheckToolsConnector
from workers.sources.feeds import FeedsConnector
from workers.sources.gdelt import GdeltConnector
from workers.sources.manual import ManualConnector
from workers.sources.mediawiki import MediaWikiConnector

CONNECTORS: dict[str, type[Connector]] = {
    c.name: c for c in (ArchiveConnector, MediaWikiConnector, FactCheckToolsConnector, GdeltConnector,
                        FeedsConnector, ManualConnector)
}
# Tests and benches register local connectors here; names must not shadow the built-in ones.
_extra: dict[str, type[Connector]] = {}


def register(connector: type[Connector]) -> type[Connector]:
    _extra[connector.name] = connector
    return connector


def connector_class(name: str) -> type[Connector] | None:
    return CONNECTORS.get(name) or _extra.get(name)


def enabled_connectors() -> tuple[list[str], list[str], list[str]]:
    """(names to run, names switched on but not configured, unknown names) from SOURCES_ENABLED."""
    names, off, unknown = [], [], []
    for name in dict.fromkeys(settings.SOURCES_ENABLED):
        cls = connector_class(name)
        if cls is None:
            unknown.append(name)
        elif not cls.configured():
            off.append(name)  # e.g. Fact Check Tools without an API key
        else:
            names.append(name)
    return names, off, unknown
