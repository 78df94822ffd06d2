import pytest

from sitrep import countries


@pytest.mark.parametrize("value, code", [
    ("SY", "SY"), ("SYR", "SY"), ("Syria", "SY"), ("syria", "SY"),
    # names news and analysts use that are not GeoNames' own country names
    ("UK", "GB"), ("Britain", "GB"), ("DRC", "CD"), ("DR Congo", "CD"), ("Palestine", "PS"),
    ("Côte d'Ivoire", "CI"), ("Burma", "MM"),
])
def test_alpha2_reads_codes_and_common_country_names(value, code):
    assert countries.alpha2(value) == code


@pytest.mark.parametrize("value", ["Narnia", "Damascus", "", "Kharkiv Oblast"])
def test_alpha2_is_none_for_what_is_no_country(value):
    # a city or a region is a place filter's job, not a country's
    assert countries.alpha2(value) is None
