package org.peercert.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import jakarta.resource.ResourceException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/** #23: a database that cannot be reached is told apart from a fault of the request or the code, however it is wrapped. */
class DatabaseTroubleTest {

    @Test
    void aCommunicationsFailureDeepInsideThePersistenceLayerIsTheDatabaseBeingUnreachable() {
        SQLException linkFailure = new SQLException("Communications link failure", "08S01");
        assertTrue(DatabaseTrouble.isUnreachable(new jakarta.servlet.ServletException(new PersistenceException("could not execute", linkFailure))));
        assertTrue(DatabaseTrouble.isUnreachable(new SQLTransientConnectionException("pool exhausted")));
    }

    @Test
    void aPoolWithNoConnectionToGiveIsTheDatabaseBeingUnreachable() {
        SQLException noConnection = new SQLException("IJ031084: Unable to create connection", (String) null,
                new ResourceException("IJ000453: Unable to get managed connection for java:jboss/datasources/PeerCertDS"));
        assertTrue(DatabaseTrouble.isUnreachable(new PersistenceException("Unable to acquire JDBC Connection", noConnection)));
    }

    @Test
    void aBrokenQueryOrABugIsNot() {
        assertFalse(DatabaseTrouble.isUnreachable(new PersistenceException(new SQLException("Duplicate entry", "23000"))));
        assertFalse(DatabaseTrouble.isUnreachable(new SQLException("syntax", "42000")));
        assertFalse(DatabaseTrouble.isUnreachable(new IllegalStateException("bug")));
        assertFalse(DatabaseTrouble.isUnreachable(new SQLException("no state")));
    }
}
