package org.peercert.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The portal's own enums, found in target/classes, for tests that check every status has words for people. */
public final class PortalEnums {

    /** Enums no page shows: their meaning reaches people through a message of their own. */
    public static final Set<String> NEVER_SHOWN = Set.of(
            "org.peercert.platform.pdf.PageCanvas$Align",
            "org.peercert.account.PasswordRules$Problem",
            "org.peercert.account.LinkProblem$Reason",
            "org.peercert.account.AccountToken$State",
            "org.peercert.account.SecondStep",
            "org.peercert.account.TwoStepService$Outcome",
            "org.peercert.report.ReportTable$Chart$Kind");

    private PortalEnums() {
    }

    /** Every enum of the portal that a page may show. */
    public static List<Class<?>> shown() {
        Path classes = Path.of("target/classes");
        List<Class<?>> enums = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes.resolve("org/peercert"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, PortalEnums.class.getClassLoader());
                if (type.isEnum() && !NEVER_SHOWN.contains(type.getName())) {
                    enums.add(type);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return enums;
    }
}
