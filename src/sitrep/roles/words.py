"""Word classes that several role rules share (a class used by one rule lives beside it)."""
from __future__ import annotations

# Verbs of saying: not events themselves, and their complement is what is said.
REPORTING_LEMMAS = {
    "say", "tell", "report", "add", "state", "announce", "claim", "note", "explain", "quote", "confirm", "write",
    "declare", "insist", "believe", "think", "know", "acknowledge", "indicate", "suggest", "reveal", "disclose",
    "charge", "allege",
}

# Verbs that judge or greet an act someone else did: the judge is not its doer ("France condemned the
# bombing of the hospital" says nothing of who bombed it; "rebels launched an attack" does).
JUDGING_LEMMAS = {
    "condemn", "denounce", "deplore", "decry", "criticise", "criticize", "slam", "blast", "lament", "mourn",
    "regret", "welcome", "praise", "hail", "applaud", "protest", "investigate", "probe", "document", "witness",
}

# Heads that name a border: troops sent to a border face the country beyond it.
BORDER_LEMMAS = {"border", "frontier", "boundary", "borderland"}

# Types of mutual acts: "X and Y agreed" is an agreement of X with Y.
MUTUAL_TYPES = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE"}

# Nouns whose "of" phrase names the place: "the city of Kirkuk", "the province of Aceh".
PLACE_NOUNS = {"city", "town", "village", "capital", "province", "region", "district", "port", "island", "state",
               # kinds of land and of administrative unit a name goes with ("in the Huila highlands", "Idlib governorate")
               "highlands", "mountains", "hills", "valley", "county", "governorate", "prefecture", "oblast", "municipality"}

# Heads that count people: "thousands of Kurds" are Kurds, "a crowd" protesting is the public.
COUNT_WORDS = {"thousand", "hundred", "dozen", "ten", "million", "score", "group", "crowd", "number"}

# Nouns of inhabited ground and civilian property, whose owner named by an adjective is its people
# ("Palestinian homes", "Iraqi towns"), not its government
CIVIL_PROPERTY = {"home", "house", "building", "property", "shop", "farm", "land", "orchard", "crop", "field", "apartment",
                  "dwelling", "hut", "tent", "village", "town", "city", "neighbourhood", "neighborhood", "suburb",
                  "market", "street", "road", "car", "vehicle", "bus", "boat", "airliner", "ferry", "train", "infrastructure",
                  "area", "quarter"}

# Munitions: fired, launched or dropped, they are the doer's means, not whom it acts on ("fired two mortar rounds")
MUNITIONS = {"shell", "round", "missile", "rocket", "bomb", "bullet", "mortar", "grenade", "torpedo", "projectile",
             "salvo", "volley", "munition", "warhead", "shot"}
