package org.songbungraph.load;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The ids of one label, as the import check needs them: is an id there, and a year per id (the one a rule
 * across files compares, such as persons' birth years). A {@code HashSet<String>} costs about 100 bytes per
 * id, which a million-person folder turns into hundreds of megabytes; here each id is a record in one byte
 * array (year, length, UTF-8 bytes) and a slot of an open-addressing table that holds the id's hash beside the
 * record's offset, so a lookup touches two places in memory and the check fits in a small heap.
 */
final class IdTable {

    private static final int HEADER = 4;
    // Records live in pages, so growing never copies (nor briefly doubles) what is already there.
    private static final int PAGE_BITS = 20;
    private static final int PAGE = 1 << PAGE_BITS;
    private static final int MAX_PAGES = 2047;

    // Records: a 2-byte year (0: none), a 2-byte length, then the id's UTF-8 bytes, never across a page end.
    // An entry is page * PAGE + offset in the page.
    // The first page starts small and doubles up to a full page: most labels have few ids.
    private byte[][] pages = {new byte[1 << 12]};
    private int page;
    private int used;
    private int size;
    // Per slot: the hash in the high half, offset + 1 in the low half; 0 when free. At most two thirds full.
    private long[] slots = new long[128];

    /** Adds {@code id}; returns its new entry, or {@code -1 - entry} when it was already there. */
    int add(String id) {
        byte[] key = id.getBytes(StandardCharsets.UTF_8);
        int hash = hash(id);
        int mask = slots.length - 1;
        int slot = hash & mask;
        for (long s = slots[slot]; s != 0; s = slots[slot]) {
            if ((int) (s >>> 32) == hash && matches((int) s - 1, key)) {
                return -1 - ((int) s - 1);
            }
            slot = (slot + 1) & mask;
        }
        int entry = append(key);
        slots[slot] = ((long) hash << 32) | (entry + 1L);
        if (++size * 3L > slots.length * 2L) {
            rehash(slots.length * 2, Integer.MAX_VALUE);
        }
        return entry;
    }

    /** The entry of {@code id}, or -1 when it is not there. */
    int find(String id) {
        int hash = hash(id);
        int mask = slots.length - 1;
        byte[] key = null;
        for (int slot = hash & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
            long s = slots[slot];
            if ((int) (s >>> 32) == hash) {
                key = key == null ? id.getBytes(StandardCharsets.UTF_8) : key;
                if (matches((int) s - 1, key)) {
                    return (int) s - 1;
                }
            }
        }
        return -1;
    }

    /** The id of {@code entry}, for messages that name it. */
    String id(int entry) {
        byte[] records = pages[entry >>> PAGE_BITS];
        int at = entry & (PAGE - 1);
        int length = (records[at + 2] & 0xFF) << 8 | records[at + 3] & 0xFF;
        return new String(records, at + HEADER, length, StandardCharsets.UTF_8);
    }

    boolean contains(String id) {
        return find(id) >= 0;
    }

    int size() {
        return size;
    }

    /** Where the next entry will go; {@link #truncate} back to it forgets everything added after. */
    int mark() {
        return page * PAGE + used;
    }

    void year(int entry, int year) {
        byte[] records = pages[entry >>> PAGE_BITS];
        int at = entry & (PAGE - 1);
        records[at] = (byte) (year >> 8);
        records[at + 1] = (byte) year;
    }

    /** The year stored for {@code entry}, or null. */
    Integer year(int entry) {
        byte[] records = pages[entry >>> PAGE_BITS];
        int at = entry & (PAGE - 1);
        int year = (records[at] & 0xFF) << 8 | records[at + 1] & 0xFF;
        return year == 0 ? null : year;
    }

    /** Forgets every entry from {@code mark} on: what a file that turned out unreadable had added. */
    void truncate(int mark) {
        if (mark >= mark()) {
            return;
        }
        rehash(slots.length, mark);
        int keepPage = mark >>> PAGE_BITS;
        for (int p = keepPage + 1; p < pages.length; p++) {
            pages[p] = null;
        }
        page = keepPage;
        used = mark & (PAGE - 1);
        Arrays.fill(pages[page], used, pages[page].length, (byte) 0);
    }

    private int append(byte[] key) {
        if (key.length > 0xFFFF) {
            throw new IllegalArgumentException("an id of more than 65535 bytes");
        }
        while (used + HEADER + key.length > pages[page].length && pages[page].length < PAGE) {
            pages[page] = Arrays.copyOf(pages[page], pages[page].length * 2);
        }
        if (used + HEADER + key.length > pages[page].length) {
            if (page == MAX_PAGES) {
                throw new IllegalStateException("more than 2 GB of ids for one label");
            }
            page++;
            used = 0;
            if (page == pages.length) {
                pages = Arrays.copyOf(pages, pages.length * 2);
            }
            pages[page] = new byte[PAGE];
        }
        byte[] records = pages[page];
        int entry = page * PAGE + used;
        records[used + 2] = (byte) (key.length >> 8);
        records[used + 3] = (byte) key.length;
        System.arraycopy(key, 0, records, used + HEADER, key.length);
        used += HEADER + key.length;
        return entry;
    }

    private boolean matches(int entry, byte[] key) {
        byte[] records = pages[entry >>> PAGE_BITS];
        int at = entry & (PAGE - 1);
        int length = (records[at + 2] & 0xFF) << 8 | records[at + 3] & 0xFF;
        int start = at + HEADER;
        return length == key.length && Arrays.equals(records, start, start + length, key, 0, length);
    }

    /** A table of {@code capacity} slots holding the entries before {@code below}. */
    private void rehash(int capacity, int below) {
        long[] old = slots;
        slots = new long[capacity];
        size = 0;
        int mask = capacity - 1;
        for (long s : old) {
            if (s != 0 && (int) s - 1 < below) {
                int slot = (int) (s >>> 32) & mask;
                while (slots[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = s;
                size++;
            }
        }
    }

    // String's hash spread so that ids differing only in their last characters do not cluster.
    private static int hash(String id) {
        int h = id.hashCode() * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
