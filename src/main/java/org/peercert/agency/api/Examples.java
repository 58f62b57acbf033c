package org.peercert.agency.api;

/** Real exchanges with the eligibility check, for the OpenAPI document (#32): what a developer sends and gets back. */
final class Examples {

    static final String QUESTION = """
            {"certificateNumber": "PS-CPS-2026-000123", "code": "H0038", "serviceDate": "2026-12-01",
             "consumerDateOfBirth": "1990-04-17", "units": 4}""";

    static final String GROUP_QUESTION = """
            {"certificateNumber": "PS-CPS-2026-000123", "jurisdiction": "KS", "code": "H0038", "modifiers": ["HQ"],
             "serviceDate": "2026-12-01", "consumerDateOfBirth": "1990-04-17", "units": 4, "groupSize": 6,
             "groupHoursThisYear": 12.5}""";

    static final String ELIGIBLE = """
            {"id": 4711, "certificateNumber": "PS-CPS-2026-000123", "jurisdiction": "KS", "ruleId": 1, "code": "H0038",
             "modifiers": [], "serviceDate": "2026-12-01", "service": "Peer support, individual, per 15 minutes", "eligible": true,
             "findings": [
               {"rule": "R-TRN-3", "outcome": "MET", "message": "The certificate is Active and valid through Dec 1, 2027, on or after the service date Dec 1, 2026."},
               {"rule": "R-SVC-1", "outcome": "MET", "message": "KS H0038 (Peer support, individual, per 15 minutes) needs the Certified Peer Specialist (CPS) track, which the provider holds."},
               {"rule": "R-SUP-1", "outcome": "MET", "message": "The provider has a Peer Support Supervisor and a clinical supervisor (QMHP or LMHP)."},
               {"rule": "R-SVC-4", "outcome": "NOTE", "message": "Expected reimbursement: $47.00 (4 units at $11.75)."}],
             "expectedReimbursement": 47.00, "askedAt": "2026-12-01T15:04:05Z"}""";

    static final String NOT_ELIGIBLE = """
            {"id": 4712, "certificateNumber": "PS-CPS-2026-000123", "jurisdiction": "KS", "ruleId": 1, "code": "H0038",
             "modifiers": [], "serviceDate": "2026-12-01", "service": "Peer support, individual, per 15 minutes", "eligible": false,
             "findings": [
               {"rule": "R-TRN-3", "outcome": "MET", "message": "The certificate is Active and valid through Dec 1, 2027, on or after the service date Dec 1, 2026."},
               {"rule": "R-SUP-1", "outcome": "NOT_MET", "message": "The provider has no clinical supervisor (QMHP or LMHP) at this agency."}],
             "askedAt": "2026-12-01T15:06:10Z"}""";

    static final String INVALID = """
            {"type": "urn:peercert:problem:invalid-request", "title": "The request has invalid fields", "status": 400,
             "detail": "2 fields are not right; see errors.",
             "errors": [{"pointer": "/jurisdicton", "detail": "Unknown field; did you mean jurisdiction?"},
                        {"pointer": "/units", "detail": "Give a whole number here."}]}""";

    private Examples() {
    }
}
