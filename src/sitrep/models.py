"""The event schema: what sitrep extracts, stores and exports.

Every field that comes from the article is a span: `text`, `start`, `end`, with
`text == article.text[start:end]`. Offsets are characters, never tokens.
"""
from __future__ import annotations

from datetime import datetime
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

PloverType = Literal[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]
PLOVER_TYPES: tuple[str, ...] = PloverType.__args__  # type: ignore[attr-defined]

Modality = Literal["asserted", "planned", "conditional", "denied", "background"]
FigureKind = Literal["killed", "injured", "displaced", "arrested", "missing", "abducted", "other"]
Qualifier = Literal["exact", "approximately", "at_least", "at_most", "up_to"]
SourceKind = Literal[
    "official_media", "ngo", "un", "government", "military", "news_agency", "witness", "unknown",
]
DatePrecision = Literal["day", "month", "year", "range"]
PlacePrecision = Literal["exact", "district", "admin2", "admin1", "country"]


class Span(BaseModel):
    """A piece of the article text, by character offsets."""

    model_config = ConfigDict(extra="forbid")
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class ActorCode(BaseModel):
    # Frozen: coded actors are cached and shared (roles.mentions.actor_at), so a code is replaced
    # (model_copy(update=...)), never changed in place.
    model_config = ConfigDict(frozen=True)

    country: Optional[str] = None  # ISO 3166 alpha-3, or "UN"/"INT" for bodies with no country
    role: Optional[str] = None  # CAMEO-style role: GOV, MIL, REB, OPP, INS, IGO, NGO, MED, CVL ...


class Actor(Span):
    # Frozen like its code: coded actors are memoised per Doc and handed out shared (roles.mentions.actor_at),
    # so an actor is re-coded by copy (actors.with_role/with_country, model_copy), never changed in place.
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: Optional[str] = None  # canonical name from the actor dictionary, when known
    code: ActorCode = Field(default_factory=ActorCode)


class Location(Span):
    name: Optional[str] = None
    geonameid: Optional[int] = None
    lat: Optional[float] = None
    lon: Optional[float] = None
    country: Optional[str] = None  # ISO 3166 alpha-2, as GeoNames gives it
    admin1: Optional[str] = None  # admin1 name
    admin2: Optional[str] = None  # admin2 name
    feature_class: Optional[str] = None  # GeoNames feature class: P populated place, A admin area ...
    precision: PlacePrecision = "exact"


class DateValue(Span):
    value: str  # ISO 8601: a day "2021-09-08", or an interval "2021-07-01/2021-08-31"
    precision: DatePrecision = "day"


class SourceRef(Span):
    name: str  # normalised: "SANA", "SOHR", "OCHA", "official media" ...
    kind: SourceKind = "unknown"


class Figure(Span):
    kind: FigureKind
    value: int  # the number; for a range ("dozens"), its lower bound
    value_max: Optional[int] = None  # upper bound for a range
    qualifier: Qualifier = "exact"
    group: Optional[str] = None  # who is counted: "people, mostly children"
    sources: list[SourceRef] = Field(default_factory=list)


class Event(BaseModel):
    id: str  # stable: a hash of the article id and the trigger's offsets
    article_id: str
    sentence: Span
    trigger: Span
    plover_type: Optional[str] = None
    plover_mode: Optional[str] = None
    cameo_root: Optional[str] = None  # "01" .. "20"
    acled_event_type: Optional[str] = None
    acled_sub_event_type: Optional[str] = None
    actor1: Optional[Actor] = None
    actor2: Optional[Actor] = None
    location: Optional[Location] = None
    date: Optional[DateValue] = None
    figures: list[Figure] = Field(default_factory=list)
    sources: list[SourceRef] = Field(default_factory=list)
    modality: Modality = "asserted"
    confidence: float = 0.5


class Dateline(BaseModel):
    """Where and when the story was filed: not where its events happened."""

    place: Optional[Span] = None
    published: Optional[datetime] = None
    published_span: Optional[Span] = None


class Article(BaseModel):
    id: str  # sha256 of the text: the same text is the same article
    text: str
    title: Optional[str] = None
    url: Optional[str] = None
    published: Optional[datetime] = None
    dateline: Dateline = Field(default_factory=Dateline)
    source_path: Optional[str] = None
