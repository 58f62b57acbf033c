package org.peercert.platform;

/** How records are numbered for people and for the audit trail, in one place for every feature that names them. */
public final class RecordNumbers {

    private RecordNumbers() {
    }

    /** An application's number, as applicants and staff quote it: APP-000042. */
    public static String application(long id) {
        return String.format("APP-%06d", id);
    }
}
