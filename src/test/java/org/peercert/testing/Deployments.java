package org.peercert.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR the build made (target/peercert.war), so tests run exactly what ships. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive portal() {
        File war = new File(System.getProperty("peercert.war", "target/peercert.war"));
        return ShrinkWrap.create(ZipImporter.class, "peercert.war").importFrom(war).as(WebArchive.class);
    }

    /** The portal plus the given test classes, for tests that run inside the server. */
    public static WebArchive portalWith(Class<?>... testClasses) {
        return portal().addClasses(testClasses);
    }

    public static String baseUrl() {
        return System.getProperty("peercert.test.base-url", "http://localhost:8180/");
    }

    public static String url(String path) {
        String base = baseUrl();
        return base.substring(0, base.length() - 1) + path;
    }
}
