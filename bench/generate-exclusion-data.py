#!/usr/bin/env python3
"""Synthetic data for bench/exclusion-screening.sh: people to screen and an LEIE-layout list.

Every name is made up. Writes, into the folder given:
  accounts.tsv, applications.tsv  100,000 applicants with eligible applications (by default)
  UPDATED.csv                     80,000 list rows in the published LEIE layout, with planted matches
"""
import random
import sys
from datetime import date, timedelta

out = sys.argv[1]
people = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
rows = int(sys.argv[3]) if len(sys.argv) > 3 else 80_000
planted = 100
rnd = random.Random(20261123)

syllables = ["an", "bel", "cor", "dan", "el", "fer", "gar", "hol", "is", "jor", "kel", "lan", "mor", "nel", "or", "par",
             "quin", "ros", "sal", "tor", "ur", "val", "wes", "xan", "yor", "zel"]

def name(parts):
    return "".join(rnd.choice(syllables) for _ in range(parts)).capitalize()

first_names = sorted({name(2) for _ in range(600)})
surnames = sorted({name(3) for _ in range(4000)})
list_surnames = sorted({"Zz" + name(3).lower() for _ in range(6000)})

def birth():
    return date(1950, 1, 1) + timedelta(days=rnd.randrange(0, 54 * 365))

subjects = []
with open(f"{out}/accounts.tsv", "w") as accounts, open(f"{out}/applications.tsv", "w") as applications:
    for i in range(1, people + 1):
        first, last, born = rnd.choice(first_names), rnd.choice(surnames), birth()
        if i % 50 == 0:
            last = last + "-" + rnd.choice(surnames)
        subjects.append((first, last, born))
        accounts.write(f"{i}\tbench{i}@example.org\t{first}\t{last}\t{born}\tACTIVE\t2026-01-01 00:00:00\n")
        applications.write(f"{i}\t{i}\tCPS\tELIGIBLE\t{first}\t{last}\t{born}\t1\t2026-01-01 00:00:00\t2026-01-01 00:00:00\t2026-01-02 00:00:00\n")

def ymd(d):
    return d.strftime("%Y%m%d") if d else "00000000"

def row(last, first, born):
    return f'"{last.upper()}","{first.upper()}","","","OTHER BUSINESS","PEER SUPPORT","","0000000000","{ymd(born)}",' \
           f'"1 BENCH ST","SPRINGFIELD","KS","66000","1128a1","20200115","00000000","00000000",""'

with open(f"{out}/UPDATED.csv", "w") as leie:
    leie.write("LASTNAME,FIRSTNAME,MIDNAME,BUSNAME,GENERAL,SPECIALTY,UPIN,NPI,DOB,ADDRESS,CITY,STATE,ZIP,EXCLTYPE,EXCLDATE,REINDATE,WAIVERDATE,WVRSTATE\n")
    for first, last, born in rnd.sample(subjects, planted):
        leie.write(row(last, first, born) + "\n")           # probable: names and birth date
    for first, last, born in rnd.sample(subjects, planted):
        leie.write(row(last, first, None) + "\n")           # possible: names, no birth date on the list
    for i in range(rows - 2 * planted):
        born = birth() if i % 10 else None
        leie.write(row(rnd.choice(list_surnames), rnd.choice(first_names), born).replace("ZZ", "ZZ" + str(i)[-2:], 1) + "\n")
