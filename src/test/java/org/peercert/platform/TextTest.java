package org.peercert.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.peercert.applications.ApplicationPart;
import org.peercert.background.CheckKind;
import org.peercert.background.CheckStanding;

/** A sentence composed by a service is put into words from the bundle, with its arguments in the same words. */
class TextTest {

    @Test
    void aSentenceIsWrittenWithItsArguments() {
        assertEquals("Your next attempt may start on Jan 4, 2027.", Text.of("progress.exam.waiting", "Jan 4, 2027").inEnglish());
    }

    @Test
    void anApostropheIsKeptWithAndWithoutArguments() {
        assertEquals("Every module attended; waiting for your trainer to confirm the cohort's results.",
                Text.of("progress.training.toConfirm").inEnglish());
        assertEquals("See Your certificates above for your certificate's status and documents.", Text.of("progress.next.certified").inEnglish());
    }

    @Test
    void enumsNestedSentencesAndListsArePutIntoWordsToo() {
        Text open = Text.of("progress.background.open", List.of(
                Text.of("progress.background.check", CheckKind.CRIMINAL_HISTORY, CheckStanding.AWAITING_ADJUDICATION),
                Text.of("progress.background.check", CheckKind.ABUSE_NEGLECT_REGISTRY, CheckStanding.MISSING)));
        assertEquals("Criminal history: Waiting for a decision; Abuse and neglect registry: Not recorded yet.", open.inEnglish());
        assertEquals("Returned to you: The diploma is unreadable. To fix: Documents.",
                Text.of("progress.decision.returned", "The diploma is unreadable.", List.of(ApplicationPart.DOCUMENTS)).inEnglish());
    }

    @Test
    void aLanguageWithoutItsOwnBundleFallsBackToEnglish() {
        assertEquals("Not started.", Text.of("progress.background.notStarted").in(Locale.GERMAN));
    }

    @Test
    void everyKeyACompositionNamesIsInTheBundle() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = TextTest.class.getResourceAsStream("/i18n/messages.properties")) {
            bundle.load(in);
        }
        List<String> missing;
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            missing = sources.filter(path -> path.toString().endsWith(".java")).flatMap(TextTest::keysNamed)
                    .filter(key -> !bundle.containsKey(key)).toList();
        }
        assertTrue(missing.isEmpty(), "not in messages.properties: " + missing);
    }

    private static Stream<String> keysNamed(Path source) {
        try {
            Matcher matcher = Pattern.compile("Text\\.of\\(\"([^\"]+)\"").matcher(Files.readString(source));
            return matcher.results().map(result -> result.group(1)).toList().stream();
        } catch (IOException e) {
            throw new IllegalStateException(source.toString(), e);
        }
    }
}
