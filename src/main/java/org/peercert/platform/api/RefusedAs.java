package org.peercert.platform.api;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** The problem a resource's clients get for a rule's refusal ({@link RefusalsAsProblems}); without it, {@code request-refused}. */
@Retention(RUNTIME)
@Target({TYPE, METHOD})
public @interface RefusedAs {

    /** The stable last part of the problem type, e.g. {@code check-refused}. */
    String kind();

    String title();
}
