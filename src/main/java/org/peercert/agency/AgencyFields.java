package org.peercert.agency;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.peercert.account.EmailAddress;
import org.peercert.platform.FieldProblem;
import org.peercert.platform.InvalidFields;
import org.peercert.platform.format.UsPhone;
import org.peercert.platform.format.UsStates;
import org.peercert.platform.format.UsZip;

/**
 * What an agency's registration accepts, every field at once: each problem names its field (the id on the agency
 * page) so the page shows it beside that field. The accepted draft is in its one stored form (NPI digits only,
 * state code, ZIP and phone formatted).
 */
public final class AgencyFields {

    static final int NAME_MAX = 200;
    static final int STREET_MAX = 200;
    static final int CITY_MAX = 100;

    private AgencyFields() {
    }

    /** The draft in its stored form, or InvalidFields naming every field that is wrong. */
    public static AgencyDraft checked(AgencyDraft d) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = text(problems, "legalName", d.legalName(), NAME_MAX, "agency.legalName");
        String npi = d.npi() == null ? "" : d.npi().replaceAll("[\\s-]", "");
        if (!Npi.isValid(npi)) {
            problems.add(new FieldProblem("npi", "agency.npi"));
        }
        String medicaid = d.medicaidId() == null ? "" : d.medicaidId().strip().toUpperCase(Locale.ROOT);
        if (!medicaid.matches("[A-Z0-9]{4,20}")) {
            problems.add(new FieldProblem("medicaidId", "agency.medicaidId"));
        }
        String street = text(problems, "street", d.street(), STREET_MAX, "agency.street");
        String city = text(problems, "city", d.city(), CITY_MAX, "agency.city");
        String state = formatted(problems, "state", UsStates.code(d.state()), "agency.state");
        String postal = formatted(problems, "postalCode", UsZip.normalize(d.postalCode()), "agency.postalCode");
        String contact = text(problems, "contactName", d.contactName(), NAME_MAX, "agency.contactName");
        String email = EmailAddress.normalize(d.contactEmail());
        if (!EmailAddress.isPlausible(email)) {
            problems.add(new FieldProblem("contactEmail", "agency.contactEmail"));
        }
        String phone = formatted(problems, "contactPhone", UsPhone.normalize(d.contactPhone()), "agency.contactPhone");
        InvalidFields.throwIfAny(problems);
        return new AgencyDraft(name, npi, medicaid, street, city, state, postal, contact, email, phone);
    }

    private static String text(List<FieldProblem> problems, String field, String typed, int max, String key) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty() || text.length() > max) {
            problems.add(new FieldProblem(field, key, max));
        }
        return text;
    }

    private static String formatted(List<FieldProblem> problems, String field, Optional<String> normalized, String key) {
        if (normalized.isEmpty()) {
            problems.add(new FieldProblem(field, key));
        }
        return normalized.orElse("");
    }
}
