"""Write a synthetic news corpus: varied articles with many different names, reproducible by seed.

Article ``i`` depends only on ``(seed, i)``, so ``--start`` adds new articles to
an existing corpus without changing the old ones. Sentences come from templates
that use the relation cues of graph/data/relations.toml (endorse, criticize,
praise, threaten, text, call, meet, works for, family) mixed with filler prose.

    python benchmarks/make_corpus.py OUT_DIR --docs 2000 --seed 1
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

GIVEN = """Amara Benedikt Camila Dmitri Elena Farid Greta Hiroshi Ines Jamal Katarzyna Luis Mei Nikolai Olga Pedro
Quentin Rosa Samir Tamara Ulrich Valentina Wei Ximena Yusuf Zofia Adrian Beatriz Caleb Daria Emeka Fatima Gideon
Hana Ivan Jasmine Kwame Leila Marco Nadia Oscar Priya Rafael Sofia Tomas Uma Viktor Wanda Xavier Yara Zane Aisha
Bruno Clara Diego Esther Felix Gloria Hugo Irene Joaquin Keiko Lorenzo Marta Nils Ottilie Paolo Rania Stefan
Teresa Ugo Vera Walter Yasmin""".split()

SURNAMES = """Abernathy Balogun Castellano Dunmore Eriksen Fairbanks Galloway Halvorsen Ibarra Jablonski Kowalczyk
Lindqvist Montague Nakamura Okonkwo Pemberton Quintero Rasmussen Santangelo Thornbury Underhill Valderrama
Whitcombe Yamamoto Zielinski Ashworth Brennan Caldwell Delacroix Ellsworth Fitzgerald Grimaldi Hargreaves Iversen
Jorgensen Kensington Lachance Marchetti Northcott Oyelaran Pellegrino Radcliffe Sorensen Tremblay Vasquez
Wainwright Albrecht Bianchi Carrington Donnelly Esposito Fontaine Gustafsson Hollister Kaminski Lombardi
Mortensen Novak Ostrowski Pacheco Rinaldi Schuster Takahashi Vandermeer Whitfield Zamora""".split()

ORGS = """Meridian Holdings|Northwind Energy|the Harbor Workers Union|Crescent Media Group|Atlas Freight|
the Riverside Teachers Federation|Summit Bank|Bluewater Logistics|the Civic Reform League|Pinecrest Hospital|
Ironbridge Capital|the Coastal Farmers Alliance|Silverline Airways|Granite State Press|Orchard Pharmaceuticals|
Lakeside University|the Metro Transit Authority|Beacon Analytics|Redwood Construction|Starling Telecom""".replace(
    "\n", "").split("|")

CITIES = """Ashford|Brookhaven|Cedar Falls|Dunmore Bay|Eastport|Fairview|Glenrock|Harrow Point|Iron Springs|
Juniper Hills|Kingsbridge|Larkspur|Maple Grove|Northgate|Oakridge|Port Ellis|Queensbury|Rivermouth|Stonebridge|
Westhaven""".replace("\n", "").split("|")

OFFICES = ["mayor", "governor", "senator", "state treasurer", "city council member", "attorney general"]
PARTIES = ["Democratic", "Republican", "independent", "Green"]
ROLES = ["spokesperson", "chief of staff", "campaign manager", "senior adviser", "press secretary"]
FAMILY = ["wife", "husband", "brother", "sister", "daughter", "son"]
TOPICS = ["housing costs", "the transit budget", "school funding", "the port expansion", "water rates",
          "public safety", "the minimum wage", "property taxes", "a new stadium", "rent regulation"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

RELATION_TEMPLATES = [
    "{a} endorsed {b} on {day}, calling the {office} race a test for {city}.",
    "{a} threw support behind {b} at a rally in {city} on {day}.",
    "{a} criticized {b} over {topic}, saying the plan would fail.",
    "In a statement, {a} slammed {b} for {b_pron} handling of {topic}.",
    "{a} praised {b} for {b_pron} work on {topic}.",
    "{a} thanked {b} for the endorsement during a {day} event.",
    "{a} threatened to cut off funding to {b} if the deal on {topic} collapsed.",
    "{a} texted {b} late on {day} about {topic}, according to two people familiar with the messages.",
    "{a} called {b} on {day} to discuss {topic}.",
    "{a} spoke by phone with {b} on {day}.",
    "{a} met with {b} in {city} to talk about {topic}.",
    "{a} and {b} met privately on {day}.",
    "{a} did not endorse {b}, despite weeks of pressure from party leaders.",
    "{a} denied that {a_pron} had ever met {b}.",
]

WORK_TEMPLATES = [
    "\"We are focused on {topic},\" said {p}, a {role} for {org}.",
    "{p}, the {role} of {org}, declined to comment.",
    "{p} works for {org} in {city}.",
]

FAMILY_TEMPLATES = ["{p}'s {rel}, {q}, joined {p_obj} on stage in {city}."]

FILLER = [
    "Turnout in {city} has fallen in each of the last three elections.",
    "The council is expected to vote on {topic} before the end of the month.",
    "Polls show voters in {city} rank {topic} among their top concerns.",
    "Officials said the figures would be updated next week.",
    "The debate over {topic} has divided neighborhoods across {city}.",
    "Local business owners said they were watching the race closely.",
    "A spokesperson for the county election board said early voting begins on {day}.",
    "Analysts noted that spending on {topic} has doubled since 2019.",
    "The proposal would take effect next year if approved.",
    "Residents packed a community meeting in {city} on {day} to hear the candidates.",
]

HEADLINES = ["{a} and {b} clash over {topic}", "{a} wins backing in {city} race", "Race for {city} {office} tightens",
             "{city} voters weigh {topic}", "{a} courts {org} as campaign heats up"]


def person(rng: random.Random) -> tuple[str, str]:
    """Return a random full name and its pronoun gender ('m' or 'f' from a fixed split of given names)."""
    given = rng.choice(GIVEN)
    return f"{given} {rng.choice(SURNAMES)}", "f" if GIVEN.index(given) % 2 == 0 else "m"


def article(seed: int, index: int) -> str:
    """Return the text of article ``index`` of the corpus ``seed`` (a dateline, headline and paragraphs)."""
    rng = random.Random(f"{seed}-{index}")
    people = [person(rng) for _ in range(rng.randint(3, 6))]
    city, topic, org = rng.choice(CITIES), rng.choice(TOPICS), rng.choice(ORGS)
    office, party = rng.choice(OFFICES), rng.choice(PARTIES)
    first = people[0][0]
    month, day_of_month = rng.randint(1, 12), rng.randint(1, 28)

    def fill(template: str) -> str:
        (a, ga), (b, gb) = rng.sample(people, 2)
        q = person(rng)[0]
        return template.format(
            a=a, b=b, p=a, q=q, a_pron="she" if ga == "f" else "he", b_pron="her" if gb == "f" else "his",
            p_obj="her" if ga == "f" else "him", city=rng.choice(CITIES), topic=rng.choice(TOPICS),
            org=rng.choice(ORGS), office=office, day=rng.choice(DAYS), role=rng.choice(ROLES),
            rel=rng.choice(FAMILY),
        )

    paragraphs = [
        f"{first}, the {party} candidate for {office} in {city}, spent {rng.choice(DAYS)} courting voters "
        f"worried about {topic}."
    ]
    for _ in range(rng.randint(4, 8)):
        sentences = [fill(rng.choice(RELATION_TEMPLATES))]
        sentences += [fill(rng.choice(FILLER)) for _ in range(rng.randint(1, 3))]
        if rng.random() < 0.4:
            sentences.append(fill(rng.choice(WORK_TEMPLATES)))
        if rng.random() < 0.15:
            sentences.append(fill(rng.choice(FAMILY_TEMPLATES)))
        rng.shuffle(sentences)
        paragraphs.append(" ".join(sentences))
    headline = fill(rng.choice(HEADLINES))
    author = person(rng)[0]
    dateline = f"date 2025-{month:02d}-{day_of_month:02d} By {author}, {rng.choice(['The Ledger', 'Metro Wire', 'Daily Courier'])}"
    return "\n\n".join([dateline, headline, *paragraphs]) + "\n"


def write_corpus(folder: str | Path, docs: int, seed: int = 1, start: int = 0) -> list[Path]:
    """Write articles ``start`` .. ``start + docs - 1`` into ``folder`` and return their paths."""
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(start, start + docs):
        path = out / f"article-{seed}-{index:06d}.txt"
        path.write_text(article(seed, index), encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", help="folder to write the .txt articles into")
    parser.add_argument("--docs", type=int, default=2000, help="number of articles (default 2000)")
    parser.add_argument("--seed", type=int, default=1, help="corpus seed (default 1)")
    parser.add_argument("--start", type=int, default=0, help="index of the first article (to extend a corpus)")
    args = parser.parse_args()
    paths = write_corpus(args.out, args.docs, args.seed, args.start)
    print(f"wrote {len(paths)} articles to {args.out}")


if __name__ == "__main__":
    main()
