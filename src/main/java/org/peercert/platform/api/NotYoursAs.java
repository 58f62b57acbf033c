package org.peercert.platform.api;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** The problem a resource's clients get when they ask for what is not theirs ({@link NotYoursAsProblems}); without it, {@code not-yours}. */
@Retention(RUNTIME)
@Target({TYPE, METHOD})
public @interface NotYoursAs {

    String kind();

    String title();

    String detail();
}
