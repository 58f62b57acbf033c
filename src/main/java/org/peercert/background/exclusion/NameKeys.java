package org.peercert.background.exclusion;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * R-BG-3: names reduced to what survives the ways one name is written: case, accents, punctuation,
 * hyphens and spaces ("García-López", "GARCIA LOPEZ" and "Garcia Lopez" are one key). A compound
 * surname also answers to each of its parts, for people listed under only one of them.
 */
public final class NameKeys {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^A-Z]+");
    /** Particles are not surnames on their own: "de la Cruz" answers to CRUZ, never to DE. */
    private static final Set<String> PARTICLES = Set.of("DE", "DEL", "DELA", "LA", "LAS", "LOS", "DA", "DAS", "DO", "DOS", "DI",
            "DU", "LE", "VAN", "VON", "DER", "DEN", "TER", "Y", "E", "ST", "MC", "MAC", "O", "BIN", "BEN", "AL", "EL");
    private static final int MIN_PART_LENGTH = 2;

    private NameKeys() {
    }

    /** The whole name as one key of the letters A-Z; empty when nothing is left. */
    public static String key(String name) {
        return String.join("", words(name));
    }

    /** The parts of a compound surname that may stand alone; empty for a simple surname. */
    public static List<String> surnameParts(String surname) {
        List<String> words = words(surname);
        if (words.size() < 2) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        for (String word : words) {
            if (word.length() >= MIN_PART_LENGTH && !PARTICLES.contains(word) && !parts.contains(word)) {
                parts.add(word);
            }
        }
        return parts.size() < 2 ? List.of() : parts;
    }

    static List<String> words(String name) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        String folded = MARKS.matcher(Normalizer.normalize(foldSpecialLetters(name), Normalizer.Form.NFD)).replaceAll("")
                .toUpperCase(Locale.ROOT).replace("'", "").replace("\u2019", "");
        List<String> words = new ArrayList<>();
        for (String word : NOT_LETTERS.split(folded)) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** Letters that Unicode does not decompose into a base letter and a mark. */
    private static String foldSpecialLetters(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            switch (c) {
                case 'ß' -> out.append("ss");
                case 'Æ', 'æ' -> out.append("ae");
                case 'Œ', 'œ' -> out.append("oe");
                case 'Ø', 'ø' -> out.append('o');
                case 'Ł', 'ł' -> out.append('l');
                case 'Đ', 'đ', 'Ð', 'ð' -> out.append('d');
                case 'Þ', 'þ' -> out.append("th");
                case 'ı' -> out.append('i');
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
