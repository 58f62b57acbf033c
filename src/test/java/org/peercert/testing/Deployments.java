package org.peercert.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one test deployment: the WAR the build made (target/peercert.war), so tests run exactly what ships, plus the
 * test classes that run inside the server (every integration test, the fixtures, {@link MovableClock} and the other
 * test alternatives, which act only once a test sets them). Every integration test class declares this same archive;
 * {@link DeployOnce} deploys it once for the whole run. Browser tests and the other client-side classes run with
 * {@code @RunAsClient}.
 */
public final class Deployments {

    /** Classes that stay on the client: Selenium's users, the unit tests, the Arquillian extension itself. */
    private static final List<String> CLIENT_ONLY = List.of("Test.class", "Test$", "BrowserIT", "/testing/Browser", "/testing/Journeys",
            "/testing/DeployOnce", "/architecture/", "GeneratedClientIT", "/apiclient/");

    private Deployments() {
    }

    public static WebArchive portal() {
        File war = new File(System.getProperty("peercert.war", "target/peercert.war"));
        WebArchive portal = ShrinkWrap.create(ZipImporter.class, "peercert.war").importFrom(war).as(WebArchive.class);
        Path testClasses = Path.of(System.getProperty("peercert.test-classes", "target/test-classes"));
        try (Stream<Path> files = Files.walk(testClasses)) {
            files.filter(file -> file.toString().endsWith(".class"))
                    .filter(file -> CLIENT_ONLY.stream().noneMatch(file.toString()::contains))
                    .forEach(file -> portal.addAsWebInfResource(file.toFile(), "classes/" + testClasses.relativize(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return portal;
    }

    public static String baseUrl() {
        return System.getProperty("peercert.test.base-url", "http://localhost:8180/");
    }

    public static String url(String path) {
        String base = baseUrl();
        return base.substring(0, base.length() - 1) + path;
    }
}
