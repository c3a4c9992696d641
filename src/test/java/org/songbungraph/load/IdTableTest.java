package org.songbungraph.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdTableTest {

    @Test
    void findsEveryIdItWasGivenAndNoOther() {
        IdTable table = new IdTable();
        Set<String> given = new HashSet<>();
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            String id = "P-" + Integer.toString(random.nextInt(150_000), 36) + (i % 3 == 0 ? "-평양" : "");
            int entry = table.add(id);
            assertThat(entry >= 0).as(id).isEqualTo(given.add(id));
        }
        assertThat(table.size()).isEqualTo(given.size());
        for (String id : given) {
            assertThat(table.contains(id)).as(id).isTrue();
        }
        assertThat(table.contains("P-")).isFalse();
        assertThat(table.contains("P-0-평")).isFalse();
        assertThat(table.contains("")).isFalse();
    }

    @Test
    void aSecondAddNamesTheFirstEntry() {
        IdTable table = new IdTable();
        int first = table.add("S-1");
        table.add("S-2");

        assertThat(table.add("S-1")).isEqualTo(-1 - first);
        assertThat(table.find("S-1")).isEqualTo(first);
    }

    @Test
    void keepsAYearPerEntry() {
        IdTable table = new IdTable();
        for (int i = 0; i < 1000; i++) {
            int entry = table.add("P-" + i);
            if (i % 2 == 0) {
                table.year(entry, 1800 + i % 300);
            }
        }
        assertThat(table.year(table.find("P-998"))).isEqualTo(1800 + 998 % 300);
        assertThat(table.year(table.find("P-999"))).isNull();
    }

    @Test
    void truncatingForgetsTheLaterEntriesOnly() {
        IdTable table = new IdTable();
        int mark = 0;
        // Enough ids to fill several pages of records, with the mark on the first.
        for (int i = 0; i < 300_000; i++) {
            mark = i == 20_000 ? table.mark() : mark;
            table.year(table.add("X-" + i), 1900);
        }
        table.truncate(mark);

        assertThat(table.size()).isEqualTo(20_000);
        assertThat(table.contains("X-19999")).isTrue();
        assertThat(table.contains("X-20000")).isFalse();
        assertThat(table.contains("X-299999")).isFalse();
        int again = table.add("X-250000");
        assertThat(again).isEqualTo(mark);
        assertThat(table.year(again))
                .as("a year of a forgotten entry is not inherited")
                .isNull();
        assertThat(table.year(table.find("X-19999"))).isEqualTo(1900);
        assertThat(table.add("X-20000")).as("added again after the forgetting").isNotNegative();
    }
}
