package org.peercert.background.exclusion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * R-BG-3: the people on one import of the list, indexed by normalized surname so that screening a
 * person costs a few hash lookups, whatever the size of the list.
 * <ul>
 * <li>last name + first name + date of birth equal: {@link MatchStrength#PROBABLE};</li>
 * <li>names equal and no date of birth on the list row: {@link MatchStrength#POSSIBLE};</li>
 * <li>first name and date of birth equal and one part of a compound surname equals the other's whole
 * surname ("Garcia" and "Garcia-Lopez"): {@link MatchStrength#POSSIBLE};</li>
 * <li>both dates of birth known and different: no match.</li>
 * </ul>
 * Rows of entities (a business name only) never match a person.
 */
public final class ScreeningIndex {

    /** What the index keeps of a list row: enough to match, and the key to find the row again. */
    public record Listing(String rowKey, String firstKey, LocalDate dateOfBirth) {
    }

    /** A list row that points at a subject. */
    public record Candidate(ScreeningSubject subject, String rowKey, MatchStrength strength) {
    }

    private final long importId;
    private final Map<String, List<Listing>> bySurname = new HashMap<>();
    private final Map<String, List<Listing>> bySurnamePart = new HashMap<>();
    private int size;

    public ScreeningIndex(long importId) {
        this.importId = importId;
    }

    public long importId() {
        return importId;
    }

    public int size() {
        return size;
    }

    public void add(String rowKey, String lastName, String firstName, LocalDate dateOfBirth) {
        String surname = NameKeys.key(lastName);
        String first = NameKeys.key(firstName);
        if (surname.isEmpty() || first.isEmpty()) {
            return;
        }
        Listing listing = new Listing(rowKey, first, dateOfBirth);
        bySurname.computeIfAbsent(surname, k -> new ArrayList<>(1)).add(listing);
        for (String part : NameKeys.surnameParts(lastName)) {
            bySurnamePart.computeIfAbsent(part, k -> new ArrayList<>(1)).add(listing);
        }
        size++;
    }

    /** Every list row that points at the subject, the strongest reading of each row once. */
    public List<Candidate> candidatesFor(ScreeningSubject subject) {
        String surname = NameKeys.key(subject.lastName());
        String first = NameKeys.key(subject.firstName());
        if (surname.isEmpty() || first.isEmpty()) {
            return List.of();
        }
        Map<String, MatchStrength> found = new LinkedHashMap<>();
        for (Listing listing : bySurname.getOrDefault(surname, List.of())) {
            whole(listing, first, subject.dateOfBirth(), found);
        }
        for (Listing listing : bySurnamePart.getOrDefault(surname, List.of())) {
            partial(listing, first, subject.dateOfBirth(), found);
        }
        for (String part : NameKeys.surnameParts(subject.lastName())) {
            for (Listing listing : bySurname.getOrDefault(part, List.of())) {
                partial(listing, first, subject.dateOfBirth(), found);
            }
        }
        List<Candidate> candidates = new ArrayList<>(found.size());
        found.forEach((rowKey, strength) -> candidates.add(new Candidate(subject, rowKey, strength)));
        return candidates;
    }

    private static void whole(Listing listing, String first, LocalDate birth, Map<String, MatchStrength> found) {
        if (!listing.firstKey().equals(first)) {
            return;
        }
        if (listing.dateOfBirth() == null || birth == null) {
            found.putIfAbsent(listing.rowKey(), MatchStrength.POSSIBLE);
        } else if (listing.dateOfBirth().equals(birth)) {
            found.put(listing.rowKey(), MatchStrength.PROBABLE);
        }
    }

    private static void partial(Listing listing, String first, LocalDate birth, Map<String, MatchStrength> found) {
        if (listing.firstKey().equals(first) && birth != null && birth.equals(listing.dateOfBirth())) {
            found.putIfAbsent(listing.rowKey(), MatchStrength.POSSIBLE);
        }
    }
}
