package org.peercert.agency.api;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Marks what only an agency's API key opens: {@link AgencyKeyFilter} checks the key before the resource runs. */
@NameBinding
@Retention(RUNTIME)
@Target({TYPE, METHOD})
public @interface AgencyKey {
}
