"""Countries -> time zones, with documented population splits (used by ``posting_time``).

Every country code the tz database knows (``tzdata``'s ``iso3166.tab`` and ``zone.tab``,
shipped offline) is accepted. A country with several zones is represented by a
population-weighted set of zones:

* the countries in :data:`ZONE_POPULATION` use the census figures written there
  (millions of residents per zone; the source is named beside each country);
* any other multi-zone country uses the first zone tzdata lists for it, because
  ``zone.tab`` orders a country's zones "most populous first where that does not
  contradict geography" (its own header says so). Zones of one country that share an
  offset on the day give the same local time, so this only matters for a few
  sparsely populated remote zones.

The zone used to *name* a country in ``timezone_breakdown`` (``US_EDT``) is its most
populous zone; every zone with its weight is returned beside it.

Abbreviations come from tzdata (``EST``, ``CET``...). tzdata writes numeric abbreviations
(``-05``) for zones without an established one; for the Latin American and Iberian
zones this app's users ask about, :data:`CONVENTIONAL_ABBREVIATIONS` gives the usual
name (``COT``, ``ART``, ``BRT``...); anything else is written ``UTC+04`` / ``UTC+05:30``.
"""
from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from importlib import resources
from typing import Iterable, Optional
from zoneinfo import ZoneInfo

from viralml_desktop.core.errors import InputError

ALIASES = {"UK": "GB"}

# US resident population by state, 2020 Census (thousands), and the zone each state's
# majority lives in (split states: FL, IN, KY, MI -> Eastern; TN, KS, NE, ND, SD, TX -> Central;
# ID -> Mountain; OR -> Pacific). Arizona keeps standard time all year (America/Phoenix).
US_STATES_2020: dict[str, tuple[int, str]] = {
    "AL": (5024, "America/Chicago"), "AK": (733, "America/Anchorage"), "AZ": (7152, "America/Phoenix"),
    "AR": (3012, "America/Chicago"), "CA": (39538, "America/Los_Angeles"), "CO": (5774, "America/Denver"),
    "CT": (3606, "America/New_York"), "DE": (990, "America/New_York"), "DC": (690, "America/New_York"),
    "FL": (21538, "America/New_York"), "GA": (10712, "America/New_York"), "HI": (1455, "Pacific/Honolulu"),
    "ID": (1839, "America/Denver"), "IL": (12813, "America/Chicago"), "IN": (6786, "America/New_York"),
    "IA": (3190, "America/Chicago"), "KS": (2938, "America/Chicago"), "KY": (4506, "America/New_York"),
    "LA": (4658, "America/Chicago"), "ME": (1362, "America/New_York"), "MD": (6177, "America/New_York"),
    "MA": (7030, "America/New_York"), "MI": (10077, "America/New_York"), "MN": (5706, "America/Chicago"),
    "MS": (2961, "America/Chicago"), "MO": (6154, "America/Chicago"), "MT": (1084, "America/Denver"),
    "NE": (1962, "America/Chicago"), "NV": (3105, "America/Los_Angeles"), "NH": (1378, "America/New_York"),
    "NJ": (9289, "America/New_York"), "NM": (2118, "America/Denver"), "NY": (20201, "America/New_York"),
    "NC": (10439, "America/New_York"), "ND": (779, "America/Chicago"), "OH": (11799, "America/New_York"),
    "OK": (3959, "America/Chicago"), "OR": (4237, "America/Los_Angeles"), "PA": (13003, "America/New_York"),
    "RI": (1097, "America/New_York"), "SC": (5118, "America/New_York"), "SD": (887, "America/Chicago"),
    "TN": (6911, "America/Chicago"), "TX": (29146, "America/Chicago"), "UT": (3272, "America/Denver"),
    "VT": (643, "America/New_York"), "VA": (8631, "America/New_York"), "WA": (7705, "America/Los_Angeles"),
    "WV": (1794, "America/New_York"), "WI": (5894, "America/Chicago"), "WY": (577, "America/Denver"),
}


def _us_split() -> dict[str, float]:
    out: dict[str, float] = {}
    for pop, zone in US_STATES_2020.values():
        out[zone] = out.get(zone, 0.0) + pop / 1000.0
    return out


# Residents (millions) per zone. Sources: US Census 2020 (above); INEGI Censo 2020 (MX:
# Baja California -> Tijuana; Sonora -> Hermosillo; Sinaloa, Nayarit, Baja California Sur ->
# Mazatlan; Quintana Roo -> Cancun; Ciudad Juarez municipality -> Ciudad_Juarez; the US-border
# strip of Coahuila, Nuevo Leon and Tamaulipas -> Matamoros, about 2.2; the rest, incl. the
# rest of Chihuahua, keeps Central time without DST); IBGE Censo 2022 (BR: Amazonas, Roraima,
# Rondonia, Mato Grosso, Mato Grosso do Sul -> UTC-4; Acre -> UTC-5); Statistics Canada Census
# 2021 (by province); ABS Census 2021 (by state; ACT with Sydney); INE Spain 2022 (Canarias);
# INE Portugal Census 2021 (Azores; Madeira shares Lisbon's offset); INE Chile Census 2017
# (Magallanes, Aysen, Easter Island); INEC Ecuador Census 2022 (Galapagos); BPS Indonesia Census
# 2020 (by province); Rosstat Census 2021 grouped by federal subject (approximate, +-5 %).
ZONE_POPULATION: dict[str, dict[str, float]] = {
    "US": _us_split(),
    "MX": {"America/Mexico_City": 108.67, "America/Tijuana": 3.77, "America/Mazatlan": 5.06,
           "America/Hermosillo": 2.94, "America/Cancun": 1.86, "America/Ciudad_Juarez": 1.51,
           "America/Matamoros": 2.2},
    "BR": {"America/Sao_Paulo": 189.68, "America/Manaus": 12.58, "America/Rio_Branco": 0.83},
    "CA": {"America/Toronto": 22.76, "America/Vancouver": 5.00, "America/Edmonton": 4.30,
           "America/Winnipeg": 1.34, "America/Regina": 1.13, "America/Halifax": 1.90,
           "America/St_Johns": 0.51, "America/Whitehorse": 0.04},
    "AU": {"Australia/Sydney": 8.53, "Australia/Melbourne": 6.50, "Australia/Brisbane": 5.16,
           "Australia/Perth": 2.66, "Australia/Adelaide": 1.78, "Australia/Hobart": 0.56,
           "Australia/Darwin": 0.23},
    "ES": {"Europe/Madrid": 45.30, "Atlantic/Canary": 2.18},
    "PT": {"Europe/Lisbon": 10.10, "Atlantic/Azores": 0.24},
    "CL": {"America/Santiago": 17.30, "America/Punta_Arenas": 0.17, "America/Coyhaique": 0.10,
           "Pacific/Easter": 0.01},
    "EC": {"America/Guayaquil": 16.91, "Pacific/Galapagos": 0.03},
    "ID": {"Asia/Jakarta": 218.24, "Asia/Makassar": 43.40, "Asia/Jayapura": 8.56},
    "RU": {"Europe/Moscow": 89.0, "Europe/Kaliningrad": 1.03, "Europe/Samara": 9.2,
           "Asia/Yekaterinburg": 20.75, "Asia/Omsk": 1.86, "Asia/Novosibirsk": 12.56,
           "Asia/Irkutsk": 3.35, "Asia/Yakutsk": 2.77, "Asia/Vladivostok": 3.29,
           "Asia/Magadan": 0.61, "Asia/Kamchatka": 0.34},
}
# Argentina's twelve tz zones have all kept UTC-3 without DST since 2009; Kazakhstan is on one
# offset (UTC+5) since March 2024; China keeps one official time: one zone each.
SINGLE_ZONE: dict[str, str] = {"AR": "America/Argentina/Buenos_Aires", "KZ": "Asia/Almaty",
                               "CN": "Asia/Shanghai"}

# Usual names for zones whose tzdata abbreviation is numeric, by UTC offset in minutes.
CONVENTIONAL_ABBREVIATIONS: dict[str, dict[int, str]] = {
    "America/Argentina/Buenos_Aires": {-180: "ART"},
    "America/Sao_Paulo": {-180: "BRT"}, "America/Manaus": {-240: "AMT"}, "America/Rio_Branco": {-300: "ACT"},
    "America/Bogota": {-300: "COT"}, "America/Lima": {-300: "PET"}, "America/Caracas": {-240: "VET"},
    "America/Guayaquil": {-300: "ECT"}, "Pacific/Galapagos": {-360: "GALT"},
    "America/La_Paz": {-240: "BOT"}, "America/Asuncion": {-180: "PYT", -240: "PYT"},
    "America/Montevideo": {-180: "UYT"}, "America/Santiago": {-240: "CLT", -180: "CLST"},
    "America/Punta_Arenas": {-180: "CLT"}, "America/Coyhaique": {-180: "CLT"},
    "Pacific/Easter": {-360: "EAST", -300: "EASST"},
    "America/Guyana": {-240: "GYT"}, "America/Paramaribo": {-180: "SRT"}, "America/Cayenne": {-180: "GFT"},
    "Atlantic/Azores": {-60: "AZOT", 0: "AZOST"},
}


@dataclass(frozen=True)
class ZoneShare:
    zone: str
    weight: float  # share of the country's population, sums to 1 per country


def _tzdata_text(name: str) -> str:
    return resources.files("tzdata").joinpath("zoneinfo", name).read_text(encoding="utf-8")


@functools.lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, list[str]]]:
    names: dict[str, str] = {}
    for line in _tzdata_text("iso3166.tab").splitlines():
        if line and not line.startswith("#"):
            code, name = line.split("\t", 1)
            names[code] = name.strip()
    zones: dict[str, list[str]] = {}
    for line in _tzdata_text("zone.tab").splitlines():
        if line and not line.startswith("#"):
            parts = line.split("\t")
            zones.setdefault(parts[0], []).append(parts[2])
    return {c: n for c, n in names.items() if c in zones}, zones


def country_names() -> dict[str, str]:
    """Every accepted ISO 3166 code -> its English name (from tzdata), sorted by code."""
    return dict(sorted(_tables()[0].items()))


def normalize_code(code: str) -> str:
    """Upper-cased, alias-resolved country code; InputError when tzdata does not know it."""
    c = str(code).strip().upper()
    c = ALIASES.get(c, c)
    if c not in _tables()[0]:
        raise InputError(f"unknown country code {code!r}: use a two-letter ISO 3166 code such as US, MX, ES")
    return c


@functools.lru_cache(maxsize=None)
def country_zones(code: str) -> tuple[ZoneShare, ...]:
    """The zones of a country with their population shares, most populous first."""
    c = normalize_code(code)
    if c in ZONE_POPULATION:
        pops = ZONE_POPULATION[c]
        total = sum(pops.values())
        return tuple(ZoneShare(z, p / total) for z, p in sorted(pops.items(), key=lambda kv: -kv[1]))
    zone = SINGLE_ZONE.get(c) or _tables()[1][c][0]
    return (ZoneShare(zone, 1.0),)


def main_zone(code: str) -> str:
    return country_zones(code)[0].zone


@functools.lru_cache(maxsize=None)
def zoneinfo(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def _offset_name(minutes: int) -> str:
    sign = "+" if minutes >= 0 else "-"
    h, m = divmod(abs(minutes), 60)
    return f"UTC{sign}{h:02d}" + (f":{m:02d}" if m else "")


def abbreviation(zone: str, when_utc: dt.datetime) -> str:
    """The abbreviation in force in ``zone`` at ``when_utc`` (EST / EDT, CET / CEST, COT...)."""
    local = when_utc.astimezone(zoneinfo(zone))
    name = local.tzname() or ""
    if name and name[0] not in "+-":
        return name
    minutes = int(local.utcoffset().total_seconds() // 60)
    return CONVENTIONAL_ABBREVIATIONS.get(zone, {}).get(minutes) or _offset_name(minutes)


def normalize_weights(countries: Iterable[str], weights: Optional[dict[str, float]]) -> dict[str, float]:
    """Audience share per country, summing to 1: the given weights, or equal shares."""
    codes = list(countries)
    if not weights:
        return {c: 1.0 / len(codes) for c in codes}
    given = {normalize_code(k): float(v) for k, v in weights.items()}
    extra = sorted(set(given) - set(codes))
    if extra:
        raise InputError(f"country_weights names {', '.join(extra)}, which is not in target_countries")
    missing = [c for c in codes if c not in given]
    if missing:
        # no share is guessed for a country left out: say what a complete request looks like
        whole = ", ".join(f'"{c}": {given[c]:g}' if c in given else f'"{c}": …' for c in codes)
        raise InputError(f"country_weights lacks a weight for {', '.join(missing)}: give one for every country in "
                         f"target_countries ({{{whole}}}), 0 for a country with no audience, or leave country_weights "
                         "out for equal shares")
    bad = [c for c, v in given.items() if not (v >= 0.0) or v == float("inf")]
    if bad:
        raise InputError(f"country_weights must be finite and >= 0 (check {', '.join(bad)})")
    total = sum(given.values())
    if total <= 0:
        raise InputError("country_weights must not all be zero")
    return {c: given[c] / total for c in codes}
