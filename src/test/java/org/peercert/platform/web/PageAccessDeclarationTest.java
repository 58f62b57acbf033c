package org.peercert.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.peercert.account.Role;

/** Every page declares who may use it: it is public by name, or lies in a role's area guarded in web.xml. */
class PageAccessDeclarationTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final List<String> PUBLIC = List.of("/index.xhtml", "/login.xhtml", "/account/register.xhtml",
            "/account/verify.xhtml", "/account/forgot-password.xhtml", "/account/set-password.xhtml", "/account/sign-in-code.xhtml",
            "/account/two-step.xhtml", "/error/", "/verify.xhtml", "/tracks.xhtml");

    @Test
    void everyPageIsPublicOrGuardedByExactlyOneRole() throws IOException {
        Map<String, String> guarded = guardedAreas();
        List<String> undeclared = new ArrayList<>();
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            files.filter(p -> p.toString().endsWith(".xhtml"))
                    .map(p -> "/" + WEBAPP.relativize(p).toString().replace('\\', '/'))
                    .filter(page -> !page.startsWith("/WEB-INF/") && !page.startsWith("/resources/"))
                    .filter(page -> PUBLIC.stream().noneMatch(page::startsWith))
                    .filter(page -> guarded.keySet().stream().noneMatch(page::startsWith))
                    .forEach(undeclared::add);
        }
        assertTrue(undeclared.isEmpty(), "Pages that declare no access: " + undeclared);
    }

    @Test
    void eachRoleAreaIsGuardedByThatRole() throws IOException {
        Map<String, String> expected = new TreeMap<>();
        for (Role role : Role.values()) {
            expected.put("/" + role.area() + "/", role.name());
        }
        Map<String, String> areas = guardedAreas();
        areas.remove("/documents/");
        areas.remove("/certificates/");
        areas.remove("/credentialing/");
        areas.remove("/reports/");
        assertEquals(expected, areas);
    }

    @Test
    void reportsAreForStaffAdministratorsTheNetworkAndAgencies() throws IOException {
        assertEquals(List.of("STAFF", "ADMIN", "NETWORK_STAFF", "AGENCY_ADMIN"), rolesOf("reports"));
    }

    @Test
    void documentAndCertificateDownloadsAreForApplicantsAndStaffOnly() throws IOException {
        for (String area : List.of("documents", "certificates")) {
            assertEquals(List.of("APPLICANT", "STAFF"), rolesOf(area), area);
        }
    }

    @Test
    void credentialingFilesAreForTheNetworkTheCommitteeAndAgencies() throws IOException {
        assertEquals(List.of("NETWORK_STAFF", "COMMITTEE_MEMBER", "AGENCY_ADMIN"), rolesOf("credentialing"));
    }

    private static List<String> rolesOf(String area) throws IOException {
        String webXml = Files.readString(WEBAPP.resolve("WEB-INF/web.xml"));
        Matcher constraint = Pattern.compile("<url-pattern>/" + area + "/\\*</url-pattern>\\s*</web-resource-collection>\\s*<auth-constraint>(.*?)</auth-constraint>",
                Pattern.DOTALL).matcher(webXml);
        assertTrue(constraint.find(), "/" + area + "/* must be guarded");
        List<String> roles = new ArrayList<>();
        Matcher role = Pattern.compile("<role-name>([A-Z_]+)</role-name>").matcher(constraint.group(1));
        while (role.find()) {
            roles.add(role.group(1));
        }
        return roles;
    }

    private static Map<String, String> guardedAreas() throws IOException {
        String webXml = Files.readString(WEBAPP.resolve("WEB-INF/web.xml"));
        Matcher constraint = Pattern.compile(
                "<url-pattern>(/[a-z]+/)\\*</url-pattern>\\s*</web-resource-collection>\\s*<auth-constraint>\\s*<role-name>([A-Z_]+)</role-name>")
                .matcher(webXml);
        Map<String, String> areas = new TreeMap<>();
        while (constraint.find()) {
            areas.put(constraint.group(1), constraint.group(2));
        }
        return areas;
    }
}
