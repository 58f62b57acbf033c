package org.peercert.platform;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The certification office that runs the portal (#28): its name on what it issues, how applicants reach it, and the
 * official who signs. Plain values, so the documents and mails that print them are made without the container.
 */
public record OfficeDetails(String name, String program, String address, String phone, String email, String website,
                            String hours, String officialName, String officialTitle) {

    /** The demo's office, as in META-INF/microprofile-config.properties: for a document made without configuration (tests). */
    public static final String DEMO_NAME = "PeerCert State Certification Office";

    public OfficeDetails {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(program, "program");
    }

    /** "address · phone · email · hours", leaving out what is not configured. */
    public String contactLine() {
        return joined(" · ", address, phone, email, hours);
    }

    /** "Jordan Avery, Director of Certification", or only the title or the name when the other is not configured. */
    public String official() {
        return joined(", ", officialName, officialTitle);
    }

    /** The last lines of every mail the portal sends. */
    public String mailSignature() {
        return joined("\n", name, address, joined(" · ", phone, email), hours, website);
    }

    private static String joined(String separator, String... parts) {
        return Stream.of(parts).filter(part -> part != null && !part.isBlank()).map(String::strip).collect(Collectors.joining(separator));
    }
}
