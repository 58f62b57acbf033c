package org.peercert.certificate.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Bitstring Status List v1.0: the list behind every certificate credential's revocation and suspension status. */
class StatusListTest {

    @Test
    void defaultSizeIsTheSpecificationMinimumOf131072Bits() {
        assertEquals(131_072, StatusList.MINIMUM_SIZE);
        assertEquals(131_072, new StatusList().size());
    }

    @Test
    void setBitsSurviveEncodingAndDecoding() {
        StatusList list = new StatusList();
        int[] set = {0, 7, 8, 4242, 131_071};
        for (int index : set) {
            list.set(index, true);
        }

        StatusList decoded = StatusList.decode(list.encoded());

        for (int index : set) {
            assertTrue(decoded.get(index), "bit " + index);
        }
        for (int index : new int[] {1, 6, 9, 4241, 4243, 131_070}) {
            assertFalse(decoded.get(index), "bit " + index);
        }
        assertEquals(list, decoded);
    }

    @Test
    void clearingABitUnsetsItAndLeavesItsNeighbours() {
        StatusList list = new StatusList();
        list.set(10, true);
        list.set(11, true);

        list.set(10, false);

        assertFalse(StatusList.decode(list.encoded()).get(10));
        assertTrue(StatusList.decode(list.encoded()).get(11));
    }

    @Test
    void indexZeroIsTheLeftMostBitOfTheFirstByte() throws IOException {
        StatusList list = new StatusList();
        list.set(0, true);
        list.set(15, true);

        byte[] bits = gunzip(Base64.getUrlDecoder().decode(list.encoded().substring(1)));

        assertEquals(16_384, bits.length);
        assertEquals((byte) 0x80, bits[0]);
        assertEquals((byte) 0x01, bits[1]);
        assertEquals(0, bits[2]);
    }

    @Test
    void encodedListIsMultibaseBase64UrlWithoutPadding() {
        StatusList list = new StatusList();
        list.set(99, true);

        String encoded = list.encoded();

        assertEquals('u', encoded.charAt(0));
        assertTrue(encoded.substring(1).matches("[A-Za-z0-9_-]+"), encoded);
    }

    @Test
    void decodesTheSpecificationsExampleOfAnEmptyList() {
        StatusList list = StatusList.decode("uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA");

        assertEquals(new StatusList(), list);
    }

    @Test
    void refusesAListShorterThanTheMinimum() {
        assertThrows(IllegalArgumentException.class, () -> new StatusList(1024));
        String shortList = "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(gzip(new byte[128]));

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> StatusList.decode(shortList));

        assertTrue(refused.getMessage().contains("at least 131072 bits"), refused.getMessage());
    }

    @Test
    void refusesAListThatExpandsBeyondTheMaximum() {
        String bomb = "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(gzip(new byte[StatusList.MAXIMUM_SIZE / 8 + 1]));

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> StatusList.decode(bomb));

        assertTrue(refused.getMessage().contains("at most"), refused.getMessage());
    }

    @Test
    void refusesASizeThatIsNotWholeBytes() {
        assertThrows(IllegalArgumentException.class, () -> new StatusList(StatusList.MINIMUM_SIZE + 3));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"H4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA", "u", "u!!not base64!!",
            "uaGVsbG8gd29ybGQ", "zH4sIAAAAAAAAA"})
    void refusesGarbageWithAClearMessage(String garbage) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> StatusList.decode(garbage));

        assertTrue(refused.getMessage().startsWith("The encoded status list"), refused.getMessage());
    }

    @Test
    void refusesAnIndexOutsideTheList() {
        StatusList list = new StatusList();

        assertThrows(IllegalArgumentException.class, () -> list.get(-1));
        assertThrows(IllegalArgumentException.class, () -> list.get(list.size()));
        assertThrows(IllegalArgumentException.class, () -> list.set(list.size(), true));
    }

    @Test
    void aFullListRoundTrips() {
        StatusList list = new StatusList();
        for (int index = 0; index < list.size(); index += 3) {
            list.set(index, true);
        }

        StatusList decoded = StatusList.decode(list.encoded());

        assertEquals(list, decoded);
        assertTrue(decoded.get(3));
        assertFalse(decoded.get(4));
    }

    @Test
    void listsWithTheSameBitsAreEqual() {
        StatusList one = new StatusList();
        StatusList other = new StatusList();
        one.set(5, true);
        other.set(5, true);

        assertEquals(one, other);
        assertEquals(one.hashCode(), other.hashCode());
        assertNotEquals(one, new StatusList());
    }

    private static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(data);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toByteArray();
    }

    private static byte[] gunzip(byte[] compressed) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return in.readAllBytes();
        }
    }

    /** #27: a two-bit status starts at bit index × 2, its first bit the most significant, as the specification reads it. */
    @Test
    void twoBitStatusesSitSideBySideFirstBitMostSignificant() {
        StatusList list = new StatusList(2 * StatusList.MINIMUM_SIZE);

        list.setValue(5, 2, 0b10);
        list.setValue(6, 2, 0b01);

        assertTrue(list.get(10), "entry 5's first bit: revoked");
        assertFalse(list.get(11));
        assertFalse(list.get(12));
        assertTrue(list.get(13), "entry 6's second bit: suspended");
        assertEquals(0b10, list.value(5, 2));
        assertEquals(0b01, list.value(6, 2));
        assertEquals(0, list.value(4, 2));
        assertEquals(StatusList.MINIMUM_SIZE, list.entries(2));
        list.setValue(5, 2, 0);
        assertEquals(0, list.value(5, 2), "a status can be cleared");
    }

    @Test
    void aStatusOutsideItsWidthOrTheListIsRefused() {
        StatusList list = new StatusList(2 * StatusList.MINIMUM_SIZE);

        assertThrows(IllegalArgumentException.class, () -> list.setValue(0, 2, 4));
        assertThrows(IllegalArgumentException.class, () -> list.setValue(0, 2, -1));
        assertThrows(IllegalArgumentException.class, () -> list.value(StatusList.MINIMUM_SIZE, 2));
        assertThrows(IllegalArgumentException.class, () -> list.value(0, 0));
    }

    @Test
    void standingReadsTheRevocationBitAsFinalAndEachValueHasAMessage() {
        assertEquals(Standing.VALID, Standing.of(0));
        assertEquals(Standing.SUSPENDED, Standing.of(1));
        assertEquals(Standing.REVOKED, Standing.of(2));
        assertEquals(Standing.REVOKED, Standing.of(3));
        for (Standing standing : Standing.values()) {
            assertEquals(standing, Standing.of(standing.value()));
        }
        assertEquals(4, Standing.statusMessages().size(), "one message for each value two bits hold");
    }
}
