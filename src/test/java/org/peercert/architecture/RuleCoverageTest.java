package org.peercert.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every rule DOMAIN.md states has a test named after it ({@code rNet4_...} for R-NET-4), so a rule added to the
 * domain without a test, or a test renamed away from its rule, fails the build.
 */
class RuleCoverageTest {

    private static final Path DOMAIN = Path.of(System.getProperty("peercert.domain", "../shared/DOMAIN.md"));
    private static final Path TESTS = Path.of("src/test/java");
    private static final Pattern RULE_ID = Pattern.compile("\\bR-([A-Z]+)-(\\d+)\\b");
    private static final Pattern TEST_METHOD = Pattern.compile("void (r[A-Z][a-z]+\\d+)_\\w*\\(");

    @Test
    void everyRuleOfTheDomainHasATestNamedAfterIt() throws IOException {
        assumeTrue(Files.isRegularFile(DOMAIN), "DOMAIN.md is not at " + DOMAIN.toAbsolutePath() + " (set -Dpeercert.domain)");
        Set<String> rules = rulesIn(Files.readString(DOMAIN));
        assertFalse(rules.isEmpty(), "no rule ids found in " + DOMAIN);
        Set<String> tested = testedRules();
        Set<String> untested = new TreeSet<>(rules);
        untested.removeAll(tested);
        assertEquals(Set.of(), untested, "rules of DOMAIN.md with no test method named after them (e.g. void rNet4_...)");
    }

    @Test
    void theNamingFollowsTheRuleId() {
        assertEquals("rNet4", methodPrefix("R-NET-4"));
        assertEquals("rElig12", methodPrefix("R-ELIG-12"));
        assertEquals(Set.of("R-NET-4", "R-SVC-2"), rulesIn("R-NET-4 and R-SVC-2; not R-NET nor XR-NET-4x"));
    }

    private static Set<String> rulesIn(String text) {
        Set<String> ids = new TreeSet<>();
        Matcher m = RULE_ID.matcher(text);
        while (m.find()) {
            ids.add(m.group());
        }
        return ids;
    }

    static String methodPrefix(String ruleId) {
        Matcher m = RULE_ID.matcher(ruleId);
        if (!m.matches()) {
            throw new IllegalArgumentException(ruleId);
        }
        String area = m.group(1).toLowerCase(Locale.ROOT);
        return "r" + Character.toUpperCase(area.charAt(0)) + area.substring(1) + m.group(2);
    }

    private static Set<String> testedRules() throws IOException {
        Set<String> prefixes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(TESTS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = TEST_METHOD.matcher(read(file));
                while (m.find()) {
                    prefixes.add(m.group(1));
                }
            }
        }
        Set<String> rules = new TreeSet<>();
        for (String prefix : prefixes) {
            Matcher m = Pattern.compile("r([A-Z][a-z]+)(\\d+)").matcher(prefix);
            if (m.matches()) {
                rules.add("R-" + m.group(1).toUpperCase(Locale.ROOT) + "-" + m.group(2));
            }
        }
        return rules;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
