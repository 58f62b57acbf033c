#!/usr/bin/env python3
"""State-scale synthetic data for the benchmarks (issue #11), as tab-separated files for LOAD DATA into the
portal's own schema (bench/generate.sh loads them). Every name is made of invented syllables and every email
ends in @bench.example.org: nothing here is, or looks like, a real person.

    bench/generate.py OUT_DIR MODULES_FILE TODAY [people] [ce-records] [agencies] [roster-entries] [supervision-logs] [list-rows]

MODULES_FILE holds the curriculum's "module_id<TAB>minutes" lines. Ids start at BASE, above any demo row.
People, in every state of the pipeline: most hold a certificate (active, suspended, revoked, expired, inactive),
the rest are drafts, in review, deficient, denied, withdrawn, or eligible and still training.
"""
import hashlib
import random
import sys
from datetime import date, datetime, timedelta

BASE = 1_000_000
out, modules_file, today = sys.argv[1], sys.argv[2], date.fromisoformat(sys.argv[3])
people, ce_records, agencies, roster_entries, supervision_logs, list_rows = (
    [int(a) for a in sys.argv[4:10]] + [100_000, 1_000_000, 1_000, 50_000, 20_000, 80_000][len(sys.argv[4:10]):])
ROSTER_PAGE_AGENCY_SIZE = 500  # the first agency's roster is the one the roster-page benchmark opens
STAFF_USERS = 20
rnd = random.Random(20261203)
modules = [tuple(int(v) for v in line.split("\t")) for line in open(modules_file) if line.strip()]

SYLLABLES = ["an", "bel", "cor", "dan", "el", "fer", "gar", "hol", "is", "jor", "kel", "lan", "mor", "nel", "or", "par",
             "quin", "ros", "sal", "tor", "ur", "val", "wes", "xan", "yor", "zel"]


def invented(parts):
    return "".join(rnd.choice(SYLLABLES) for _ in range(parts)).capitalize()


FIRST_NAMES = sorted({invented(2) for _ in range(600)})
SURNAMES = sorted({invented(3) for _ in range(4000)})
CITIES = sorted({invented(2) + "ville" for _ in range(300)})


def name_key(name):
    return "".join(ch for ch in name.upper() if "A" <= ch <= "Z")


def stamp(d, hour=9):
    return f"{d} {hour:02d}:00:00"


class Table:
    """One TSV file per table; rows are written as they come, \\N for NULL."""

    def __init__(self, name, columns):
        self.name, self.columns, self.count = name, columns, 0
        self.file = open(f"{out}/{name}.tsv", "w", buffering=1 << 20)

    def add(self, *values):
        self.file.write("\t".join("\\N" if v is None else str(v) for v in values) + "\n")
        self.count += 1
        return BASE + self.count

    def next_id(self):
        return BASE + self.count + 1


T = {name: Table(name, columns.split()) for name, columns in {
    "user_account": "id email first_name last_name date_of_birth status created_at verified_at",
    "user_role": "user_id role",
    "certification_application": "id applicant_id track status legal_first_name legal_last_name first_name_key last_name_key "
                                 "date_of_birth city state_code postal_code lived_experience assignee created_at updated_at submitted_at decided_at",
    "application_document": "id application_id kind original_name media_type size_bytes sha256 storage_key uploaded_at review "
                            "reviewed_by reviewed_at",
    "background_check": "id application_id kind result performed_on expires_on source reference_number recorded_by recorded_at",
    "cohort": "id version_id title starts_on ends_on delivery location capacity trainer_id created_at results_confirmed_at "
              "results_confirmed_by",
    "cohort_enrolment": "id cohort_id applicant_id status enrolled_by enrolled_at",
    "module_attendance": "id cohort_id applicant_id module_id minutes recorded_by recorded_at",
    "exam_sitting": "id applicant_id attempt_no mode sat_on started_at finished_at pass_mark items_correct items_total passed recorded_by",
    "certificate": "id number application_id holder_id track legal_first_name legal_last_name first_name_key last_name_key "
                   "issued_on expires_on status status_reason status_changed_at issued_by",
    "renewal": "id certificate_id cycle_expires_on status audited attestation submitted_at",
    "ce_activity": "id holder_id title provider completed_on hours category_id format source verified reported_by created_at",
    "agency": "id legal_name npi medicaid_id street city state postal_code contact_name contact_email contact_phone status "
              "registered_by registered_at decided_by decided_at",
    "agency_admin": "agency_id user_id",
    "roster_entry": "id agency_id certificate_id added_by added_at",
    "supervisor_qualification": "id user_id kind license_number license_state license_expires_on status submitted_at decided_by decided_at",
    "supervision_assignment": "id agency_id certificate_id supervisor_id role status assigned_by assigned_at decided_at",
    "supervision_session": "id assignment_id held_on minutes format topics logged_by logged_at",
    "certificate_status_entry": "id certificate_id status effective_on recorded_at",
    "training_completion": "applicant_id cohort_id completed_on recorded_at",
    "postal_area": "postal_code county region",
}.items()}
REGIONS = ("Northeast", "North Central", "Northwest", "Southeast", "South Central", "Southwest")
STAFF = "bench-staff-01@bench.example.org"


def account(email, first, last, born, *roles):
    user = T["user_account"].add(T["user_account"].next_id(), email, first, last, born, "ACTIVE", "2024-01-02 08:00:00",
                                 "2024-01-02 08:05:00")
    for role in roles:
        T["user_role"].add(user, role)
    return user


def staff_and_trainers():
    for n in range(1, STAFF_USERS + 1):
        account(f"bench-staff-{n:02d}@bench.example.org", invented(2), "Staffer" + invented(1), None, "STAFF")
    return [account(f"bench-trainer-{n:03d}@bench.example.org", invented(2), invented(3), None, "TRAINER") for n in range(1, 201)]


# What becomes of each person: (application status, training done, exam passed, certificate status or None).
FATES = ([("ELIGIBLE", True, True, "ACTIVE")] * 800 + [("ELIGIBLE", True, True, "SUSPENDED")] * 20
         + [("ELIGIBLE", True, True, "REVOKED")] * 10 + [("ELIGIBLE", True, True, "EXPIRED")] * 70
         + [("ELIGIBLE", True, True, "INACTIVE")] * 20 + [("ELIGIBLE", True, False, None)] * 15
         + [("ELIGIBLE", False, False, None)] * 15 + [("SUBMITTED", False, False, None)] * 15
         + [("IN_REVIEW", False, False, None)] * 10 + [("DEFICIENT", False, False, None)] * 5
         + [("DENIED", False, False, None)] * 5 + [("WITHDRAWN", False, False, None)] * 5 + [("DRAFT", False, False, None)] * 10)


def person(n, trainers, cohorts, scopes):
    status, trained, passed, certificate_status = rnd.choice(FATES)
    first, last = rnd.choice(FIRST_NAMES), rnd.choice(SURNAMES)
    if n % 50 == 0:
        last = last + "-" + rnd.choice(SURNAMES)
    born = date(1950, 1, 1) + timedelta(days=rnd.randrange(0, 54 * 365))
    user = account(f"cert{n:06d}@bench.example.org", first, last, born, "APPLICANT")
    track = "PPS" if n % 7 == 0 else "CPS"
    created = today - timedelta(days=rnd.randrange(400, 1500) if certificate_status else rnd.randrange(1, 120))
    submitted = None if status == "DRAFT" else created + timedelta(days=rnd.randrange(1, 10))
    decided = submitted + timedelta(days=rnd.randrange(5, 30)) if status in ("ELIGIBLE", "DENIED", "DEFICIENT") else None
    city = rnd.choice(CITIES)
    if status in ("SUBMITTED", "IN_REVIEW", "DEFICIENT", "ELIGIBLE") and n % 400 == 0:
        planted_people.append((first, last, born))
    assignee = STAFF if status == "IN_REVIEW" and n % 3 == 0 else None
    application = T["certification_application"].add(
        T["certification_application"].next_id(), user, track, status, first, last, name_key(first), name_key(last), born, city, "KS", f"66{n % 1000:03d}",
        1, assignee, stamp(created), stamp(decided or submitted or created), submitted and stamp(submitted), decided and stamp(decided))
    if submitted:
        documents(application, submitted)
        checks(application, submitted)
    if trained:
        training(user, trainers, cohorts, (decided or created) + timedelta(days=7))
    when = (decided or created) + timedelta(days=60)
    if trained:
        exam(user, when, passed)
    if certificate_status:
        certificate(user, application, track, first, last, certificate_status, n, scopes)


def documents(application, on):
    for kind, name, media in (("DIPLOMA", "diploma.pdf", "application/pdf"), ("BACKGROUND_CHECK", "check.pdf", "application/pdf")):
        doc = T["application_document"].next_id()
        T["application_document"].add(doc, application, kind, name, media, 40_000 + doc % 90_000, hashlib.sha256(str(doc).encode()).hexdigest(),
                                      f"{doc:08x}-0000-4000-8000-{doc:012x}", stamp(on), "ACCEPTED", STAFF, stamp(on + timedelta(days=2)))


def checks(application, on):
    for kind in ("CRIMINAL_HISTORY", "ABUSE_NEGLECT_REGISTRY", "PROFESSIONAL_BACKGROUND"):
        check = T["background_check"].next_id()
        T["background_check"].add(check, application, kind, "NEEDS_REVIEW" if check % 97 == 0 else "CLEAR", on, on + timedelta(days=730),
                                  "State bureau", f"BG-{check}", STAFF, stamp(on + timedelta(days=3)))


def training(user, trainers, cohorts, on):
    cohort = cohorts.get(on.isocalendar()[:2])
    if cohort is None or cohort[1] >= 25:
        starts = on - timedelta(days=on.weekday())
        cohort = [T["cohort"].add(T["cohort"].next_id(), 1, f"Basic training {starts}", starts, starts + timedelta(days=4), "IN_PERSON",
                                  rnd.choice(CITIES), 25, rnd.choice(trainers), stamp(starts - timedelta(days=30)),
                                  stamp(starts + timedelta(days=6)), "bench-trainer@bench.example.org"), 0, starts + timedelta(days=4)]
        cohorts[on.isocalendar()[:2]] = cohort
    cohort[1] += 1
    T["training_completion"].add(user, cohort[0], cohort[2], stamp(cohort[2] + timedelta(days=2)))
    T["cohort_enrolment"].add(T["cohort_enrolment"].next_id(), cohort[0], user, "ENROLLED", "bench-trainer@bench.example.org", stamp(on))
    for module, minutes in modules:
        T["module_attendance"].add(T["module_attendance"].next_id(), cohort[0], user, module, minutes,
                                   "bench-trainer@bench.example.org", stamp(on + timedelta(days=4)))


def exam(user, on, passed):
    attempts = 2 if passed and user % 9 == 0 else 1
    for attempt in range(1, attempts + 1):
        ok = passed and attempt == attempts
        correct = rnd.randrange(48, 61) if ok else rnd.randrange(25, 48)
        sat = on + timedelta(days=21 * (attempt - 1))
        T["exam_sitting"].add(T["exam_sitting"].next_id(), user, attempt, "ONLINE", sat, stamp(sat, 10), stamp(sat, 11), "80.00",
                              correct, 60, 1 if ok else 0, None)


def certificate(user, application, track, first, last, status, n, scopes):
    if status in ("ACTIVE", "SUSPENDED"):
        expires = today + timedelta(days=n % 366)
    else:
        expires = today - timedelta(days=1 + n % 700)
    issued = expires - timedelta(days=365)
    scope = f"PS-{track}-{issued.year}-"
    scopes[scope] = scopes.get(scope, 0) + 1
    number = f"{scope}{scopes[scope]:06d}"
    reason = None if status == "ACTIVE" else "Recorded by the benchmark generator"
    cert = T["certificate"].add(T["certificate"].next_id(), number, application, user, track, first, last, name_key(first), name_key(last),
                                issued, expires, status, reason, stamp(issued), STAFF)
    numbers.write(f"{number}\n")
    names.write(f"{last}\t{first}\n")
    holders.append((cert, user, number, last, status))
    T["certificate_status_entry"].add(T["certificate_status_entry"].next_id(), cert, "ACTIVE", issued, stamp(issued))
    if status != "ACTIVE":
        changed = expires if status == "EXPIRED" else issued + timedelta(days=100 + n % 200)
        T["certificate_status_entry"].add(T["certificate_status_entry"].next_id(), cert, status, changed, stamp(changed))
    if status == "ACTIVE" and (expires - today).days < 60 and n % 5 == 0:
        T["renewal"].add(T["renewal"].next_id(), cert, expires, "SUBMITTED", 1 if n % 10 == 0 else 0,
                         "I attest that my continuing education is complete.", stamp(today - timedelta(days=2)))


def continuing_education():
    per_holder = max(1, ce_records // max(1, len(holders)))
    extra = ce_records - per_holder * len(holders)
    for i, (cert, user, *_rest) in enumerate(holders):
        for k in range(per_holder + (1 if i < extra else 0)):
            provider = k % 3 == 0
            done = today - timedelta(days=rnd.randrange(1, 700))
            T["ce_activity"].add(T["ce_activity"].next_id(), user, f"Peer support topic {k + 1}", "Bench CE Institute" if provider else "Self",
                                 done, "1.5" if k % 2 else "2.0", 2 if k % 6 == 5 else 1, "ONLINE" if k % 2 else "IN_PERSON",
                                 "PROVIDER" if provider else "SELF", 1 if provider or k % 4 == 0 else 0,
                                 "bench-provider@bench.example.org" if provider else f"cert{user - BASE:06d}@bench.example.org",
                                 stamp(done))


def agencies_rosters_and_supervision():
    certified = [h for h in holders if h[4] in ("ACTIVE", "SUSPENDED")]
    agency_ids = []
    for a in range(1, agencies + 1):
        admin = account(f"bench-agency-{a:04d}@bench.example.org", invented(2), invented(3), None, "AGENCY_ADMIN")
        agency = T["agency"].add(T["agency"].next_id(), f"{invented(3)} Behavioral Health {a}", npi(a), f"MCD{a:07d}",
                                 f"{a} {invented(2)} Street", rnd.choice(CITIES), "KS", "66001", invented(2) + " " + invented(3),
                                 f"bench-agency-{a:04d}@bench.example.org", "785-555-0100", "VERIFIED", STAFF, "2024-02-01 09:00:00",
                                 STAFF, "2024-02-03 09:00:00")
        T["agency_admin"].add(agency, admin)
        agency_ids.append(agency)
    placed = rnd.sample(certified, min(len(certified), roster_entries))
    rosters = {a: [] for a in agency_ids}
    for i, holder in enumerate(placed):
        agency = agency_ids[0] if i < ROSTER_PAGE_AGENCY_SIZE else agency_ids[1 + i % (len(agency_ids) - 1)]
        T["roster_entry"].add(T["roster_entry"].next_id(), agency, holder[0], STAFF, "2025-06-01 09:00:00")
        rosters[agency].append(holder[0])
    supervisors = []
    for s in range(1, supervision_logs // 20 + 2):
        user = account(f"bench-supervisor-{s:04d}@bench.example.org", invented(2), invented(3), None, "SUPERVISOR")
        kind = ("PEER_SUPPORT_SUPERVISOR", "QMHP", "LMHP")[s % 3]
        licensed = kind != "PEER_SUPPORT_SUPERVISOR"
        T["supervisor_qualification"].add(T["supervisor_qualification"].next_id(), user, kind, f"LIC-{s}" if licensed else None,
                                          "KS" if licensed else None, today + timedelta(days=400) if licensed else None,
                                          "VERIFIED", "2024-03-01 09:00:00", STAFF, "2024-03-02 09:00:00")
        supervisors.append(user)
    assignments = []
    for agency, certificates in rosters.items():
        for cert in certificates[:max(1, len(certificates) // 5)]:
            assignment = T["supervision_assignment"].add(T["supervision_assignment"].next_id(), agency, cert, rnd.choice(supervisors), "PEER",
                                                         "ACCEPTED", STAFF, "2025-06-02 09:00:00", "2025-06-03 09:00:00")
            assignments.append(assignment)
    for i in range(supervision_logs):
        held = today - timedelta(days=1 + i % 300)
        T["supervision_session"].add(T["supervision_session"].next_id(), assignments[i % len(assignments)], held, 60,
                                     "GROUP" if i % 4 == 0 else "INDIVIDUAL", "Boundaries; documentation", STAFF, stamp(held, 16))


def npi(n):
    """A ten-digit NPI with a valid Luhn check digit (prefix 80840), so agency pages accept it."""
    body = f"1{n:08d}"
    digits = [int(d) for d in "80840" + body]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return body + str((10 - total % 10) % 10)


def exclusion_list():
    """An LEIE-layout list: some rows name generated people (with and without birth date), the rest nobody."""
    def ymd(d):
        return d.strftime("%Y%m%d") if d else "00000000"

    def row(last, first, born):
        return (f'"{last.upper()}","{first.upper()}","","","OTHER BUSINESS","PEER SUPPORT","","0000000000","{ymd(born)}",'
                f'"1 BENCH ST","SPRINGFIELD","KS","66000","1128a1","20200115","00000000","00000000",""\n')
    with open(f"{out}/UPDATED.csv", "w") as leie:
        leie.write("LASTNAME,FIRSTNAME,MIDNAME,BUSNAME,GENERAL,SPECIALTY,UPIN,NPI,DOB,ADDRESS,CITY,STATE,ZIP,EXCLTYPE,EXCLDATE,"
                   "REINDATE,WAIVERDATE,WVRSTATE\n")
        planted = rnd.sample(planted_people, min(200, len(planted_people)))
        for i, (first, last, born) in enumerate(planted):
            leie.write(row(last, first, born if i % 2 == 0 else None))
        for i in range(list_rows - len(planted)):
            leie.write(row("Zz" + str(i % 100) + invented(3).lower(), rnd.choice(FIRST_NAMES), None if i % 10 == 0 else
                           date(1950, 1, 1) + timedelta(days=rnd.randrange(0, 54 * 365))))


numbers = open(f"{out}/certificate-numbers.txt", "w")
names = open(f"{out}/certificate-names.tsv", "w")
holders, planted_people = [], []
trainer_ids = staff_and_trainers()
cohort_by_week, number_scopes = {}, {}
for person_number in range(1, people + 1):
    person(person_number, trainer_ids, cohort_by_week, number_scopes)
continuing_education()
agencies_rosters_and_supervision()
exclusion_list()
for code in range(1000):  # the postal codes the generated addresses use (66000-66999), in 105 counties and six regions
    T["postal_area"].add(f"66{code:03d}", f"County {code % 105 + 1:03d}", REGIONS[code % 105 % 6])
with open(f"{out}/certificate_number_scope.tsv", "w") as scopes_file:
    for scope_name, last_value in sorted(number_scopes.items()):
        scopes_file.write(f"{scope_name}\t{last_value}\n")
for table in T.values():
    table.file.close()
    with open(f"{out}/{table.name}.columns", "w") as columns:
        columns.write(", ".join(table.columns))
numbers.close()
names.close()
print("\n".join(f"{table.name}\t{table.count}" for table in T.values()))
