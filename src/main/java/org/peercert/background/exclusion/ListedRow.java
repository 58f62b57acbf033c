package org.peercert.background.exclusion;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;

/** One row of the exclusion list, as read from the file (R-BG-3). */
public record ListedRow(String lastName, String firstName, String middleName, String businessName, String general,
                        String specialty, String upin, String npi, LocalDate dateOfBirth, String address, String city,
                        String state, String zip, String exclusionType, LocalDate excludedOn, LocalDate reinstatedOn,
                        LocalDate waiverOn, String waiverState) {

    public boolean isPerson() {
        return !NameKeys.key(lastName).isEmpty() && !NameKeys.key(firstName).isEmpty();
    }

    public String displayName() {
        if (!isPerson()) {
            return businessName;
        }
        return lastName + ", " + firstName + (middleName == null ? "" : " " + middleName);
    }

    public String place() {
        return String.join(", ", nonBlank(address), nonBlank(city), (nonBlank(state) + " " + nonBlank(zip)).strip()).replaceAll("^(, )+|(, )+$", "");
    }

    /**
     * The same listing in next month's file has the same key, so a dismissed match stays dismissed.
     * Built from what identifies a listing, written the same whatever the case or spacing.
     */
    public String rowKey() {
        String identity = String.join("|", norm(lastName), norm(firstName), norm(middleName), norm(businessName), norm(npi),
                String.valueOf(dateOfBirth), norm(exclusionType), String.valueOf(excludedOn));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String norm(String value) {
        return value == null ? "" : value.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }

    private static String nonBlank(String value) {
        return value == null ? "" : value;
    }
}
