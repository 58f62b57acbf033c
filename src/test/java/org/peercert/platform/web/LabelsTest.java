package org.peercert.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.peercert.platform.Words;
import org.peercert.testing.PortalEnums;

/** Every status, state and kind of the portal has a label in plain words in the message bundle, and no label is left over. */
class LabelsTest {

    private static Properties bundle() throws IOException {
        Properties messages = new Properties();
        try (InputStream in = LabelsTest.class.getResourceAsStream("/i18n/messages.properties")) {
            messages.load(in);
        }
        return messages;
    }

    private static List<Class<?>> portalEnums() {
        return PortalEnums.shown();
    }

    @Test
    void everyValueOfEveryEnumHasAPlainWordLabel() throws Exception {
        Properties messages = bundle();
        List<String> missing = new ArrayList<>();
        List<Class<?>> enums = portalEnums();
        for (Class<?> type : enums) {
            for (Object value : type.getEnumConstants()) {
                String key = Words.keyOf((Enum<?>) value);
                String label = messages.getProperty(key);
                if (label == null || label.isBlank() || label.equals(((Enum<?>) value).name())) {
                    missing.add(key);
                }
            }
        }
        assertEquals(List.of(), missing, "labels missing from i18n/messages.properties");
        assertEquals(true, enums.size() > 40, "the scan found the portal's enums: " + enums.size());
    }

    @Test
    void noLabelIsLeftOverFromARenamedValue() throws Exception {
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (Class<?> type : portalEnums()) {
            for (Object value : type.getEnumConstants()) {
                keys.add(Words.keyOf((Enum<?>) value));
            }
        }
        List<String> leftOver = bundle().stringPropertyNames().stream().filter(k -> k.startsWith("label.") && !keys.contains(k)).sorted().toList();
        assertEquals(List.of(), leftOver);
    }

    @Test
    void aNestedEnumsKeyNamesItsOuterClass() {
        assertEquals("label.ChecklistRow.State.WAITING_FOR_STAFF",
                Words.keyOf(org.peercert.applications.ChecklistRow.State.WAITING_FOR_STAFF));
        assertEquals("label.ApplicationStatus.IN_REVIEW", Words.keyOf(org.peercert.applications.ApplicationStatus.IN_REVIEW));
    }
}
