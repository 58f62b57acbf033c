package org.peercert.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** #32: the OpenAPI document lists every problem type the API can answer, so a client can switch on each. */
class OpenApiDocumentTest {

    private static final Pattern KIND = Pattern.compile("(?:Problem\\.(?:response|of)\\(\\w+, |kind = )\"([a-z0-9-]+)\"");

    @Test
    void everyProblemTypeAnsweredInTheCodeIsInTheCatalogue() throws IOException {
        Set<String> answered = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher kind = KIND.matcher(Files.readString(source));
                while (kind.find()) {
                    answered.add(kind.group(1));
                }
            }
        }
        answered.add("invalid-request");
        answered.add("request-refused");
        if (answered.remove("http-")) {
            answered.add("http-{status}");
        }

        assertEquals(new TreeSet<>(OpenApiDocument.PROBLEM_TYPES.keySet()), answered);
    }
}
