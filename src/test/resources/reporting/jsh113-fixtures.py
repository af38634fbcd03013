#!/usr/bin/env python3
"""Generates the seed-004 fixtures of JärjestöSotehanke 113 for autumn 2017, 2019 and 2020
(2018 is jsh113-2018-events.csv, made earlier by hand) so that the per-type, goal-level,
organiser-role and sector totals come out as the seed's tables say. Deterministic: running it
again writes the same files. See README-jsh113.md for which table each figure comes from.

    python3 src/test/resources/reporting/jsh113-fixtures.py
"""
import csv, datetime, io, json, os, random
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = ["PERSONAL_MEETING", "SEMINAR", "WORKING_GROUP", "PARTNER_MEETING", "NGO_COACHING",
         "PROJECT_PRESENTATION", "OTHER"]
TITLES = {"PERSONAL_MEETING": "Tapaaminen", "SEMINAR": "Seminaari", "WORKING_GROUP": "Työryhmä",
          "PARTNER_MEETING": "Sopimuskumppanit", "NGO_COACHING": "Järjestötapaaminen",
          "PROJECT_PRESENTATION": "Hanke-esittely", "OTHER": "Muu tilaisuus"}
ROLES = ["OWN", "OWN_WITH_OTHER_PROJECT", "COOPERATION", "CONTENT_FOR_OTHERS", "PARTICIPATION"]

# Seed 004, "HANKKEEN VUOSITTAINEN TOIMINTA JA TILASTOT", per period: events by type (second
# paragraph), goal-level shares % (third), organiser-role shares % (fourth), participants by
# sector (fifth), the totals the seed reports (first and fifth paragraph).
PERIODS = {
    2017: dict(start="2017-08-01", end="2017-12-31",
               types=[16, 11, 23, 6, 5, 3, 8],
               levels={"REGION": "73.4", "ORGANIZATION": "18.7", "MUNICIPALITY": "14.7",
                       "INDIVIDUAL": "1.3"},
               roles=["24.2", "3.2", "24.2", "25.8", "22.8"],
               sectors=[386, 41, 874, 32], reportedEvents=72, reportedParticipants=1172),
    2019: dict(start="2019-01-01", end="2019-12-31",
               types=[42, 36, 68, 12, 24, 5, 15],
               levels={"REGION": "62.5", "ORGANIZATION": "25.0", "MUNICIPALITY": "18.5",
                       "INDIVIDUAL": "12.0"},
               roles=["30.0", "8", "23.5", "18.5", "21.5"],
               sectors=[1223, 236, 2561, 248], reportedEvents=200, reportedParticipants=4268),
    2020: dict(start="2020-01-01", end="2020-12-31",
               types=[42, 21, 60, 7, 14, 11, 7],
               levels={"NATIONAL": "23.13", "REGION": "53.13", "ORGANIZATION": "24",
                       "MUNICIPALITY": "26", "INDIVIDUAL": "5.63"},
               roles=["57", "4", "22", "43", "35"],
               sectors=[448, 200, 1575, 251], reportedEvents=161, reportedParticipants=2474),
}


def half_up(x):
    return int(Decimal(x).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def pct(count, of):
    return (Decimal(count * 100) / Decimal(of)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def apportion(shares, n):
    """Largest remainder: counts summing to n in the proportion of the shares (which the seed
    does not always make add up to 100 %: 100.2 % in 2017, 101.5 % in 2019, 161 % in 2020)."""
    total = sum(Decimal(s) for s in shares)
    exact = [Decimal(s) * n / total for s in shares]
    counts = [int(e) for e in exact]
    order = sorted(range(len(shares)), key=lambda i: (-(exact[i] - counts[i]), i))
    for i in order[: n - sum(counts)]:
        counts[i] += 1
    return counts


def spread(total, n, offset):
    """total split over n events as evenly as possible, the +1s starting at offset."""
    base, extra = divmod(total, n)
    return [base + (1 if (i - offset) % n < extra else 0) for i in range(n)]


def generate(year, p, notes):
    n = sum(p["types"])
    types = [t for t, c in zip(TYPES, p["types"]) for _ in range(c)]
    rng = random.Random(113 * year)
    rng.shuffle(types)
    role_counts = apportion(p["roles"], n)
    roles = [r for r, c in zip(ROLES, role_counts) for _ in range(c)]
    rng.shuffle(roles)
    # goal levels: each level's count is its share of n (half up); given to consecutive events
    # from a running position, so no event gets a level twice and, as the shares add up to more
    # than 100 %, every event gets at least one.
    level_counts = {l: half_up(Decimal(s) * n / 100) for l, s in p["levels"].items()}
    assert sum(level_counts.values()) >= n
    levels = [[] for _ in range(n)]
    pos = 0
    for level, count in level_counts.items():
        for k in range(count):
            levels[(pos + k) % n].append(level)
        pos += count
    sectors = [spread(total, n, 7 * i) for i, total in enumerate(p["sectors"])]
    start = datetime.date.fromisoformat(p["start"])
    days = (datetime.date.fromisoformat(p["end"]) - start).days + 1
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["date", "type", "goalLevels", "organizerRole", "officials", "electedOfficials",
                "ngoRepresentatives", "privateSector", "title"])
    rows = []
    for i in range(n):
        date = start + datetime.timedelta(days=i * days // n)
        title = f"{TITLES[types[i]]} {year}-{i + 1:03d}"
        rows.append(dict(date=date.isoformat(), type=types[i], levels=levels[i], role=roles[i],
                         title=title))
        w.writerow([date.isoformat(), types[i], ";".join(levels[i]), roles[i],
                    sectors[0][i], sectors[1][i], sectors[2][i], sectors[3][i], title])
    with open(os.path.join(HERE, f"jsh113-{year}-events.csv"), "w", encoding="utf-8") as f:
        f.write(out.getvalue())
    notes.append(f"\n{year}: {n} events (seed reports {p['reportedEvents']}), participants "
                 f"{sum(p['sectors'])} by sector (seed reports {p['reportedParticipants']})")
    notes.append("  goal levels: " + ", ".join(
        f"{l} {s} % -> {c} events = {pct(c, n)} %" for (l, s), c in
        zip(p["levels"].items(), level_counts.values())))
    notes.append("  organiser roles: " + ", ".join(
        f"{r} {s} % -> {c} = {pct(c, n)} %" for r, s, c in zip(ROLES, p["roles"], role_counts)))
    return rows


def ratings(responses, mean):
    """The tightest distribution (two neighbouring ratings) whose mean is nearest the seed's."""
    best = min(range(responses, 5 * responses + 1),
               key=lambda s: (abs(Decimal(s) / responses - Decimal(mean)), s))
    q, r = divmod(best, responses)
    dist = {str(k): 0 for k in range(1, 6)}
    dist[str(q)] += responses - r
    if r:
        dist[str(q + 1)] += r
    got = (Decimal(best) / responses).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return dist, str(got)


# Seed 004, "Seuranta- ja arviointitiedon kerääminen kohderyhmältä", 2. ERILLISTEN TILAISUUKSIEN
# JA TAPAHTUMIEN PALAUTTEEN KERUU: feedback givers and mean per goal level and year.
FEEDBACK = {2017: [("REGION", 17, "3.28"), ("ORGANIZATION", 44, "3.72")],
            2018: [("REGION", 72, "3.68"), ("MUNICIPALITY", 40, "3.52"),
                   ("ORGANIZATION", 198, "3.62")],
            2019: [("REGION", 73, "3.99"), ("MUNICIPALITY", 31, "3.73"),
                   ("ORGANIZATION", 92, "3.56")],
            2020: [("REGION", 41, "3.89"), ("MUNICIPALITY", 27, "4.09"),
                   ("ORGANIZATION", 34, "3.66")]}


def main():
    notes = []
    events = {y: generate(y, p, notes) for y, p in PERIODS.items()}
    with open(os.path.join(HERE, "jsh113-2018-events.csv"), encoding="utf-8") as f:
        events[2018] = [dict(date=r["date"], type=r["type"], levels=r["goalLevels"].split(";"),
                             role=r["organizerRole"], title=r["title"])
                        for r in csv.DictReader(f)]
    feedback = []
    for year, levels in FEEDBACK.items():
        for level, responses, mean in levels:
            # on the first event of the year the project organised itself for that level
            event = next(e for e in events[year] if level in e["levels"] and e["role"] == "OWN")
            dist, got = ratings(responses, mean)
            feedback.append(dict(year=year, goalLevel=level, eventDate=event["date"],
                                 eventTitle=event["title"], ratings=dist, responses=responses,
                                 seedMean=mean, mean=got))
            notes.append(f"feedback {year} {level}: {responses} @ seed {mean} -> {got}")
    with open(os.path.join(HERE, "jsh113-feedback.json"), "w", encoding="utf-8") as f:
        json.dump(feedback, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("\n".join(notes))


if __name__ == "__main__":
    main()
