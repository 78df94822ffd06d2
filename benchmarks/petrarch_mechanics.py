"""Coder mechanics on PETRARCH2's unit-test records: compound actors, passives, agents (issue #3).

Usage: python benchmarks/petrarch_mechanics.py [DIR] [--errors]
DIR holds PETR.UnitTest.records.xml, PETR.Validate.actors.txt and PETR.Validate.agents.txt
(default: the shared copy). Internal evaluation only: nothing of it is shipped.

The records are stylised sentences about fictional actors (Arnor ARN, Gondor GON...) with some
test-only event codes, so the figures measure mechanics, not accuracy. The fictional actors reach
sitrep through its documented user extension, not code (this also exercises that extension): at
run time PETR.Validate.actors.txt is converted into an actor YAML file in a temp directory and
SITREP_ACTORS points at it before sitrep loads its dictionary.
- actors: a name (`_` for spaces, trailing `_` dropped) and its `+` alias lines take the entry's
  code; a code of three letters is a country (`countries` section), a longer one a named actor
  (`actors`) whose country is the code's first three letters and whose role the next three when
  sitrep has that role; an IGO/NGO prefix is also the role. Sitrep has no date-restricted codes:
  an entry takes its unrestricted code, else its last one; a multiple code ("FRO/BIL/SAM") its first.
- agents (PETR.Validate.agents.txt, "POLICE {} [~COP]"): a phrase whose code's role is one of
  sitrep's roles goes into the `roles` section (PETRARCH's !PERSON!/!MINST! macros expanded, plurals
  from `{}` or an added s), unless sitrep already knows the phrase: its own vocabulary stays, and
  the phrases where the two disagree are printed.

Per record, sitrep's main event and actors come from the product's own code (`roles.main_event`,
`roles.participants`, as in benchmarks/petrarch.py); as there, an event counts as coded only when
its trigger has at least one actor.
- root: CAMEO root (first two digits) against the roots of ANY expected coding, skipping test-only
  codes (those whose root is not a CAMEO root 01-20: 212, 222-224, 345, 802, 9xx). Records whose
  codings are all test-only are not scored on root, but their actors are.
- source/target: 3-letter prefix against any expected coding's ("---" when sitrep has a role but no
  country; "IGO"/"NGO" for bodies of those roles, CAMEO's first field). Compound actors give
  several codings while sitrep codes one actor per side: the records expecting more than one
  source (target) are counted, and `compound_source` is source agreement over those.
- noevents records (and discard records of category ERROR) agree when sitrep codes no event; the
  dateline/bad-parse ERROR records test PETRARCH's input checks and are skipped.
- `passive_source`: source agreement on the suite's PASSIVE-* records (by-phrase agents).
- `agent_role`: share of AGENT records where, on every side whose expected codes carry a role,
  sitrep's role is one of the roles the expected codings give that side (roles sitrep does not
  have, such as MOP or ELI, count as misses; the share over the others is printed too).
- `event_recall`: share of records with expected events where sitrep codes an event with an actor.
- The root figure is the weakest: the test verb dictionary gives its own codes (RESTORE ties 064,
  WELCOME 041, APPEAL 095...), so it says little about CAMEO; source/target/recall are the mechanics.
Categories "AGENTS" and "COMPOUNDx" (typos in the file) are read as AGENT and COMPOUND.
Last line: `root_agreement=<x> source_agreement=<y> target_agreement=<z> passive_source=<..>
compound_source=<..> compound_target=<..> agent_role=<..> noevent_agreement=<..> event_recall=<..>`.
"""
from __future__ import annotations

import argparse
import os
import re
import tempfile
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

import yaml

DEFAULT = "/work/shared/benchmarks/petrarch-cameo-validation"
CAMEO_ROOTS = {f"{i:02d}" for i in range(1, 21)}
CATEGORY_TYPOS = {"AGENTS": "AGENT", "COMPOUNDx": "COMPOUND"}
INTERNATIONAL = ("IGO", "NGO")  # CAMEO puts these in the code's first field
SITREP_INTERNATIONAL = ("UN", "INT")  # the country sitrep gives international bodies: CAMEO's IGO
DISCARDS = ("storydiscard", "sentencediscard")  # ERROR records where no event is the right answer
CODE = re.compile(r"\[([^\]]*)\]")
MACRO = re.compile(r"^(!\w+!)\s*=\s*(.+)$")


# --- the PETRARCH dictionaries as a sitrep actor YAML -------------------------------------------------------

def _phrase(name: str) -> str:
    """'THE_HERMIT_KINGDOM' -> 'hermit kingdom': sitrep reads actor phrases without their determiner."""
    words = name.strip().strip("_").replace("_", " ").lower().split()
    return " ".join(words[1:] if len(words) > 1 and words[0] == "the" else words)


def _entries(path: Path):
    """(names, codes) of each dictionary entry: a head line, its `+` aliases, its bracketed codes."""
    names: list[str] = []
    codes: list[str] = []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip() or line.lstrip().startswith("<"):
            continue
        body = CODE.sub("", line).strip()
        if body.startswith("+"):
            names.append(body[1:])
        elif body:  # a new head word: the previous entry is complete
            if names and codes:
                yield names, codes
            names, codes = [body], []
        codes += [c.strip() for c in CODE.findall(line)]
    if names and codes:
        yield names, codes


def _main_code(codes: list[str]) -> str:
    """The unrestricted code ("[ZBW]" after "[RHO <790606]"), else the last; the first of "FRO/BIL/SAM"."""
    plain = [c for c in codes if not re.search(r"[<>\d]", c)]
    code = (plain or [codes[-1].split()[0]])[0]
    return code.split("/")[0].upper()


def actor_yaml(actors_txt: Path, agents_txt: Path, sitrep_roles: set[str], known_roles: dict) -> tuple[dict, list]:
    """The YAML sections for the fictional actors and agents, and the agent phrases sitrep already
    codes with another role ((phrase, sitrep's, PETRARCH's))."""
    countries: dict[str, list[str]] = defaultdict(list)
    named = []
    for names, codes in _entries(actors_txt):
        code = _main_code(codes)
        phrases = [_phrase(n) for n in names if _phrase(n)]
        if not re.fullmatch(r"[A-Z]{3}\w*", code):  # "---", "+++": no country to give
            continue
        if len(code) == 3:
            countries[code] += phrases
            continue
        country = code[:3]
        # the first 3-letter field after the country that is a sitrep role ("PSEHMSGOV": GOV)
        fields = [code[i:i + 3] for i in range(3, len(code) - 2, 3)]
        role = country if country in INTERNATIONAL else next((f for f in fields if f in sitrep_roles), None)
        named.append({"name": phrases[0], "aliases": phrases[1:], "country": country, "role": role})
    roles: dict[str, list[str]] = defaultdict(list)
    conflicts = []
    macros: dict[str, list[str]] = {}
    for raw in agents_txt.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line or line.startswith("<"):
            continue
        macro = MACRO.match(line)
        if macro:
            macros[macro.group(1)] = [w.strip().lower() for w in macro.group(2).split(",")]
            continue
        code = "".join(CODE.findall(line)).replace(" ", "")
        role = code.replace("~", "")[:3]
        if role not in sitrep_roles:
            continue
        head = CODE.sub("", line)
        given = re.search(r"\{([^}]*)\}", head)  # "{}": no plural; "{GEESE}": this plural
        plurals = None if given is None else [given.group(1)] if given.group(1).strip() else []
        head = re.sub(r"\{[^}]*\}", "", head)
        forms = [head]
        for mark, words in macros.items():  # CONGRESS!PERSON! -> congressman, congressmen ...
            if mark in head:
                forms, plurals = [head.replace(mark, w) for w in words], []  # the macro lists plurals
        phrases = [_phrase(f) for f in forms + (plurals or [])]
        if plurals is None:  # PETRARCH forms regular plurals itself
            singular = phrases[0]
            if singular.endswith("y"):
                phrases.append(singular[:-1] + "ies")
            elif not re.search(r"[^s]s$", singular):  # "security officials" is a plural already
                phrases.append(singular + ("es" if singular.endswith(("s", "x", "ch", "sh")) else "s"))
        for p in phrases:
            known = known_roles.get(tuple(p.split()))
            if known is None:
                roles[role].append(p)
            elif known != role:
                conflicts.append((p, known, role))
    return {"countries": dict(countries), "roles": dict(roles), "actors": named}, conflicts


# --- the records --------------------------------------------------------------------------------------------

def records(path: Path):
    """(id, category, text, codings, error) per record; codings are attribute dicts."""
    for s in ET.parse(path).iter("Sentence"):
        codings = [c.attrib for c in s.iter("EventCoding")]
        error = next((c["error"] for c in codings if "error" in c), None)
        codings = [c for c in codings if c.get("eventcode")]
        category = CATEGORY_TYPOS.get(s.get("category"), s.get("category"))
        yield s.get("id"), category, " ".join((s.findtext("Text") or "").split()), codings, error


def countable(code: str) -> bool:
    """Whether an expected actor code names a country or body: not a quoted text code (PETRARCH's
    output for an uncoded actor, '"INJURY TOLL"') nor the discard code "###"."""
    return bool(code) and not code.startswith(('"', "#"))


def expected_role(code: str) -> str | None:
    code = code.upper()
    return code[:3] if code[:3] in INTERNATIONAL else (code[3:6] or None)


def ours(actor) -> str | None:
    if actor is None:
        return None
    if actor.code.role in INTERNATIONAL:
        return actor.code.role
    if actor.code.country in SITREP_INTERNATIONAL:
        return "IGO"
    return actor.code.country or "---"


def ratio(tally: list[int]) -> float:
    return tally[0] / tally[1] if tally[1] else 0.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", nargs="?", default=DEFAULT)
    ap.add_argument("--errors", action="store_true", help="print each disagreement: id, category, expected/ours")
    args = ap.parse_args()
    data = Path(args.dir)

    # sitrep's own vocabulary first (without the extension), to know which agent phrases it has
    from sitrep import actors as sitrep_actors

    saved = os.environ.pop(sitrep_actors.ENV_VAR, None)
    own = sitrep_actors.load_dictionary()
    sitrep_roles = set(own.roles.values()) | set(sitrep_actors.DOMESTIC_ROLES)
    sections, conflicts = actor_yaml(data / "PETR.Validate.actors.txt", data / "PETR.Validate.agents.txt",
                                     sitrep_roles, own.roles)
    tmp = tempfile.TemporaryDirectory(prefix="sitrep-petr-actors-")
    extension = Path(tmp.name) / "petrarch_validate_actors.yaml"
    extension.write_text(yaml.safe_dump(sections, allow_unicode=True, sort_keys=False), encoding="utf-8")
    os.environ[sitrep_actors.ENV_VAR] = os.pathsep.join(p for p in (saved, str(extension)) if p)
    sitrep_actors.load_dictionary.cache_clear()  # the product reads SITREP_ACTORS when it loads the dictionary

    from sitrep import nlp
    from sitrep.roles import main_event, participants

    language = nlp.load()
    table: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    figures: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    skipped = []
    for rid, category, text, codings, error in records(data / "PETR.UnitTest.records.xml"):
        if error and error not in DISCARDS:
            skipped.append(rid)
            continue
        doc = language(text)
        chosen = main_event(doc[:])
        trigger, found = chosen if chosen else (None, None)
        source, target = participants(trigger) if trigger is not None else (None, None)
        coded = trigger is not None and (source is not None or target is not None)
        row = table[category]
        row["n"][1] += 1
        mine = f"{found.cameo_root if found and coded else '--'} {ours(source)} {ours(target)}"
        if not codings or any(c.get("noevents") for c in codings):
            for tally in (row["noevent"], figures["noevent"]):
                tally[1] += 1
                tally[0] += not coded
            if coded and args.errors:
                print(f"{rid}\t{category}\tnoevents / {mine}\t{trigger}\t{text[:140]}")
            continue
        misses = []
        for tally in (row["recall"], figures["event_recall"]):
            tally[1] += 1
            tally[0] += coded
        real = [c for c in codings if c["eventcode"][:2] in CAMEO_ROOTS]
        if real:
            ok = bool(coded and found and found.cameo_root in {c["eventcode"][:2] for c in real})
            for tally in (row["root"], figures["root"]):
                tally[1] += 1
                tally[0] += ok
            misses += [] if ok else ["root"]
        sides = {}
        for side, actor in (("source", source), ("target", target)):
            by_code = defaultdict(set)
            for c in codings:
                if countable(c.get(side + "code", "")):
                    by_code[c["eventcode"]].add(c[side + "code"].upper()[:3])
            expected = set().union(*by_code.values())
            if not expected:
                continue
            ok = ours(actor) in expected
            sides[side] = ok
            for tally in (row[side], figures[side]):
                tally[1] += 1
                tally[0] += ok
            # a compound actor: one event coded for several actors on this side (not the 032/033
            # pair of a visit, where each side acts once)
            if any(len(prefixes) > 1 for prefixes in by_code.values()):
                figures["compound_" + side][1] += 1
                figures["compound_" + side][0] += ok
            misses += [] if ok else [side]
        if rid.startswith("PASSIVE") and "source" in sides:
            figures["passive_source"][1] += 1
            figures["passive_source"][0] += sides["source"]
        if category == "AGENT":
            # the roles any expected coding gives each side (None: one codes it without a role)
            wanted = {side: {expected_role(c[side + "code"]) for c in codings if countable(c[side + "code"])}
                      for side in ("source", "target")}
            checked = [(wanted[side], actor) for side, actor in (("source", source), ("target", target))
                       if wanted[side] - {None}]
            if checked:
                ok = all(actor is not None and actor.code.role in roles for roles, actor in checked)
                figures["agent_role"][1] += 1
                figures["agent_role"][0] += ok
                if all(roles - {None} <= sitrep_roles for roles, _ in checked):
                    figures["agent_role_sitrep"][1] += 1
                    figures["agent_role_sitrep"][0] += ok
                misses += [] if ok else ["role"]
        if misses and args.errors:
            gold = ", ".join(f"{c['eventcode']} {c.get('sourcecode')} {c.get('targetcode')}" for c in codings)
            theirs = " ".join(f"{a.text!r}={a.code.country}/{a.code.role}" if a else "-" for a in (source, target))
            print(f"{rid}\t{category}\t{'/'.join(misses)}\texpected [{gold}] ours [{mine}] {theirs}\t"
                  f"trigger={trigger}\t{text[:140]}")

    print(f"fictional actors via SITREP_ACTORS: {len(sections['countries'])} countries, "
          f"{len(sections['actors'])} named actors, {sum(map(len, sections['roles'].values()))} agent phrases")
    if conflicts:
        print("agent phrases sitrep codes otherwise (kept sitrep's): "
              + ", ".join(f"{p} {mine}≠{theirs}" for p, mine, theirs in conflicts))
    print(f"skipped (PETRARCH input checks): {', '.join(skipped)}")
    print(f"{'category':10} {'n':>4} {'coded':>11} {'root':>11} {'source':>11} {'target':>11} {'noevents':>9}")
    show = lambda t: f"{t[0]}/{t[1]} {ratio(t):.2f}" if t[1] else "-"  # noqa: E731
    for category in sorted(table):
        row = table[category]
        print(f"{category:10} {row['n'][1]:>4} {show(row['recall']):>11} {show(row['root']):>11} {show(row['source']):>11} "
              f"{show(row['target']):>11} {show(row['noevent']):>9}")
    print(f"records expecting several sources: {figures['compound_source'][1]}, several targets: "
          f"{figures['compound_target'][1]} (sitrep codes one actor per side); passive records: "
          f"{figures['passive_source'][1]}; agent records with roles: {figures['agent_role'][1]} "
          f"({figures['agent_role_sitrep'][1]} with roles sitrep has: {ratio(figures['agent_role_sitrep']):.3f} agree)")
    print(f"records with expected events: {figures['event_recall'][1]}, sitrep codes an event with an actor in "
          f"{figures['event_recall'][0]} (event_recall={ratio(figures['event_recall']):.3f})")
    print(f"root_agreement={ratio(figures['root']):.3f} source_agreement={ratio(figures['source']):.3f} "
          f"target_agreement={ratio(figures['target']):.3f} passive_source={ratio(figures['passive_source']):.3f} "
          f"compound_source={ratio(figures['compound_source']):.3f} compound_target={ratio(figures['compound_target']):.3f} "
          f"agent_role={ratio(figures['agent_role']):.3f} noevent_agreement={ratio(figures['noevent']):.3f} "
          f"event_recall={ratio(figures['event_recall']):.3f}")
    tmp.cleanup()


if __name__ == "__main__":
    main()
