package org.peercert.certificate.credential;

import com.nimbusds.jose.JOSEObjectType;
import java.time.format.DateTimeFormatter;

/**
 * The terms of VC Data Model 2.0, Open Badges 3.0, Bitstring Status List and VC-JOSE-COSE that the issuer writes and
 * the verifier reads.
 */
final class Vocabulary {

    static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

    static final String VERIFIABLE_CREDENTIAL = "VerifiableCredential";
    static final String OPEN_BADGE_CREDENTIAL = "OpenBadgeCredential";
    static final String STATUS_LIST_CREDENTIAL = "BitstringStatusListCredential";
    static final String STATUS_LIST = "BitstringStatusList";
    static final String STATUS_LIST_ENTRY = "BitstringStatusListEntry";

    /** {@code typ} of a credential secured with VC-JOSE-COSE, as the portal issued them before #27; Open Badges 3.0 uses {@code JWT}. */
    static final JOSEObjectType VC_JWT = new JOSEObjectType("vc+jwt");

    /** XML Schema dateTimeStamp with seconds and an offset ({@code Z} for UTC), as VC 2.0 wants for validFrom and validUntil. */
    static final DateTimeFormatter DATE_TIME_STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private Vocabulary() {
    }
}
