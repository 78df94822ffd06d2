from __future__ import annotations

import pytest

from sitrep import gazetteer
from sitrep.gazetteer import Gazetteer, normalize


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.open()


def test_gazetteer_normalize_folds_case_diacritics_apostrophes_hyphens():
    assert normalize("Dar‘ā") == normalize("DAR'A") == "dara"
    assert normalize("Deir ez-Zor") == "deir ez zor"
    assert normalize("St. Louis") == "saint louis"
    assert normalize("the Hague") == "hague"
    assert normalize("Fulton Co.") == normalize("Fulton County") and normalize("Elk Twp.") == "elk township"


@pytest.mark.parametrize("name", ["Daraa", "Deraa", "Dar'a", "dar’a", "DARAA"])
def test_gazetteer_daraa_spellings_reach_170905(gaz, name):
    assert 170905 in [p.geonameid for p in gaz.lookup(name)]


def test_gazetteer_get_daraa_has_coordinates_country_and_admin1(gaz):
    daraa = gaz.get(170905)
    assert daraa is not None
    assert daraa.country == "SY" and daraa.admin1 == "Daraa" and daraa.feature_class == "P"
    assert abs(daraa.lat - 32.619) < 0.01 and abs(daraa.lon - 36.102) < 0.01


def test_gazetteer_countries_and_admin_areas_are_indexed(gaz):
    syria = [p for p in gaz.lookup("Syria") if p.feature_code == "PCLI"]
    assert syria and syria[0].country == "SY"
    texas = [p for p in gaz.lookup("Texas") if p.feature_code == "ADM1"]
    assert texas and texas[0].country == "US" and 25 < texas[0].lat < 37


def test_gazetteer_leading_arabic_article_is_optional(gaz):
    with_article = {p.geonameid for p in gaz.lookup("al-Hasakah")}
    without = {p.geonameid for p in gaz.lookup("Hasakah")}
    assert with_article & without


def test_gazetteer_alias_district_resolves_to_parent(gaz):
    matches = gaz.matches("Deraa al-Balad")
    assert matches[0].place.geonameid == 170905 and matches[0].precision == "district"


def test_gazetteer_country_alias(gaz):
    assert gaz.lookup("U.S.")[0].geonameid == 6252001


def test_gazetteer_unknown_name_gives_nothing(gaz):
    assert gaz.lookup("Qwxzvbnm") == []
    assert gaz.get(-1) is None


def test_gazetteer_user_alias_file_needs_no_rebuild(tmp_path, monkeypatch):
    extra = tmp_path / "aliases.yaml"
    extra.write_text("aliases:\n  - names: [Camp Nowhere Special]\n    geonameid: 170905\n    precision: district\n")
    monkeypatch.setenv(gazetteer.ALIASES_ENV, str(extra))
    gaz = Gazetteer.open()
    assert gaz.matches("camp nowhere special")[0].place.geonameid == 170905


@pytest.fixture(scope="module")
def small(tmp_path_factory) -> Gazetteer:
    # A few countries keep the build fast; the full build runs at install.
    path = tmp_path_factory.mktemp("gaz") / "g.sqlite"
    return Gazetteer.open(gazetteer.build(path, quiet=True, cities="cities15000",
                                          only_countries={"SY", "LB", "MM", "NG", "KR", "US", "TR", "AU"}))


def test_gazetteer_build_writes_index(small):
    gaz = small
    assert gaz.get(170905).name == "Dar‘ā"
    assert gaz.lookup("Deraa")[0].geonameid == 170905
    assert [p.feature_code for p in gaz.lookup("Lebanon") if p.country == "LB"] == ["PCLI"]
    assert not [p for p in gaz.lookup("Ontario") if p.feature_code == "ADM1"]  # Canada was left out


def test_gazetteer_centre_across_the_antimeridian():
    lat, lon = gazetteer._centre([(-17.0, 178.5), (-18.0, -179.5), (-16.5, 179.0)], 0.0)
    assert -18 < lat < -16 and abs(abs(lon) - 180) < 1.5


def test_gazetteer_centre_leaves_out_a_few_far_stray_towns():
    # 40 towns between 38 and 40 N, 114 and 118 E, and one miscoded village 25 degrees west of them.
    towns = [(38.0 + (i % 5) * 0.5, 114.0 + (i // 5) * 0.5) for i in range(40)]
    lat, lon = gazetteer._centre(towns + [(33.0, 89.0)], 0.01)
    assert lat == pytest.approx(39.0) and lon == pytest.approx(115.75)


def test_gazetteer_centre_keeps_a_spread_out_area_whole():
    # Towns strung out with no big gap (an outback state): all of them count.
    towns = [(-12.0 - i * 0.4, 130.0 + i * 0.6) for i in range(30)]
    lat, lon = gazetteer._centre(towns, 0.0)
    assert lat == pytest.approx((-12.0 - 23.6) / 2) and lon == pytest.approx((130.0 + 147.4) / 2)


def test_gazetteer_cities_carry_their_admin2(gaz):
    # Marietta, Georgia is the seat of Cobb County.
    town = [p for p in gaz.lookup("Marietta") if p.admin1 == "Georgia"]
    assert town and town[0].admin2 == "Cobb County"


def test_gazetteer_county_centre_and_bare_county_name(gaz):
    county = [m for m in gaz.matches("Cobb") if m.place.feature_code == "ADM2"]
    assert county and county[0].kind == "alt" and county[0].place.admin1 == "Georgia"
    assert gazetteer.distance_km(county[0].place.lat, county[0].place.lon, 33.94, -84.58) < 40


def test_gazetteer_alias_table_places_without_geonames_id(gaz):
    gulf = gaz.matches("Gulf of Aden")
    assert gulf and gulf[0].place.geonameid < 0 and gulf[0].place.feature_class == "H"
    assert 10 < gulf[0].place.lat < 15 and 43 < gulf[0].place.lon < 52


def test_gazetteer_old_index_is_rebuilt(tmp_path, monkeypatch):
    path = tmp_path / "old.sqlite"
    import sqlite3
    db = sqlite3.connect(path)
    db.executescript("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT); INSERT INTO meta VALUES ('schema_version', '0');")
    db.close()
    built = []
    monkeypatch.setattr(gazetteer, "build", lambda p, quiet=False: built.append(p))
    Gazetteer.open(path)
    assert built == [path]


def test_gazetteer_index_path_from_environment(tmp_path, monkeypatch):
    monkeypatch.setenv(gazetteer.INDEX_ENV, str(tmp_path / "other.sqlite"))
    assert gazetteer.default_path() == tmp_path / "other.sqlite"


@pytest.mark.parametrize("name, code, country", [
    ("Union of Burma", "PCLI", "MM"), ("Daehan Minguk", "PCLI", "KR"),
    ("Ekiti State", "ADM1", "NG"), ("Ondo State", "ADM1", "NG"),
])
def test_gazetteer_other_names_of_countries_and_admin_areas(small, name, code, country):
    found = [m for m in small.matches(name) if m.place.feature_code == code]
    assert found and found[0].place.country == country and found[0].kind == "alt"


def test_gazetteer_other_names_never_replace_a_main_name(small):
    burma = [m for m in small.matches("Myanmar") if m.place.feature_code == "PCLI"]
    assert burma and burma[0].kind == "name" and burma[0].place.name == "Myanmar"


def test_gazetteer_us_post_office_localities_fill_gaps_of_cities500(small):
    # A hamlet of under 500 people, known from its post office: a place without a GeoNames id.
    found = [p for p in small.lookup("Montalba") if p.admin1 == "Texas"]
    assert found and found[0].geonameid < 0 and found[0].feature_code == "PPLL" and found[0].population == 0
    assert found[0].admin2 == "Anderson County"
    assert gazetteer.distance_km(found[0].lat, found[0].lon, 31.88, -95.73) < 20


def test_gazetteer_post_office_localities_never_shadow_known_places(small):
    # Towns cities500 has keep their GeoNames record; a hamlet named after a state is left out.
    lawrenceville = [p for p in small.lookup("Lawrenceville") if p.admin1 == "Georgia"]
    assert [p.geonameid > 0 for p in lawrenceville] == [True]
    assert [p.feature_code for p in small.lookup("California") if p.feature_code == "PPLL"] == []


def test_gazetteer_air_bases_are_spots(small):
    base = small.lookup("Shayrat Air Base")
    assert base and base[0].country == "SY" and (base[0].feature_class, base[0].feature_code) == ("S", "AIRB")
    assert base[0].geonameid < 0 and 34 < base[0].lat < 35 and 36.5 < base[0].lon < 37.5


def test_gazetteer_air_base_by_its_bare_name(small):
    assert [p.feature_code for p in small.lookup("Incirlik")][:1] == ["AIRB"]


@pytest.mark.parametrize("name, city, expected", [
    ("London Heathrow Airport", "London", ["Heathrow Airport", "Heathrow"]),
    ("Amsterdam Airport Schiphol", "Amsterdam", ["Schiphol"]),
    ("Kabul International Airport", "Kabul", []),  # the bare name is the city's
    ("Cascade Locks State Airport", "Cascade Locks", []),  # "State" is no name
    ("Boston Logan International Airport", "Boston", ["Logan International Airport"]),  # Logan is a town too
])
def test_gazetteer_airport_short_names(name, city, expected):
    assert gazetteer._airport_names(name, city, known_keys={"logan"}) == expected


def test_gazetteer_metropolis_does_not_lend_its_population_to_a_district(small):
    # Perth's point lies in the Town of Cambridge: Perth's two million people are not Cambridge's.
    (district,) = [p for p in small.lookup("Cambridge") if p.country == "AU" and p.feature_code == "ADM2"]
    assert district.population < 100_000
    own_area = [p for p in small.lookup("Melbourne") if p.feature_code == "ADM2"]
    assert own_area and own_area[0].population >= 1_000_000  # a city's own area keeps it
