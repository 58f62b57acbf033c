package org.peercert.platform.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import jakarta.ws.rs.NameBinding;

/**
 * A public GET answer that pages on other sites may read from the browser (#27, #32): a verifier's page fetching the
 * portal's keys, issuer profile or status lists, an employer's page looking a certificate up. Never on what a session or
 * an API key guards: {@link CrossOriginReads} sends no credentials header.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface OpenToOtherSites {
}
