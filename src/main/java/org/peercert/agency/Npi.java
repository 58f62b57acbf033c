package org.peercert.agency;

/**
 * A National Provider Identifier: ten digits whose last is a Luhn check digit computed over the number prefixed
 * with the health-industry issuer code 80840 (CMS, "NPI check digit").
 */
public final class Npi {

    /** The Luhn sum of the prefix 80840, as the standard asks to add it before the nine digits. */
    private static final int PREFIX_SUM = 24;

    private Npi() {
    }

    public static boolean isValid(String npi) {
        if (npi == null || !npi.matches("[0-9]{10}")) {
            return false;
        }
        int sum = PREFIX_SUM;
        for (int i = 8; i >= 0; i--) {
            int digit = npi.charAt(i) - '0';
            boolean doubled = (8 - i) % 2 == 0;
            int value = doubled ? digit * 2 : digit;
            sum += value > 9 ? value - 9 : value;
        }
        int check = (10 - sum % 10) % 10;
        return check == npi.charAt(9) - '0';
    }
}
