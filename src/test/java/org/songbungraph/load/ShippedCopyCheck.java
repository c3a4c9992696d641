package org.songbungraph.load;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A test that changes a fresh copy of the shipped CSV files and checks it against the shipped schema. */
abstract class ShippedCopyCheck {

    @TempDir
    Path temp;

    ImportCopy copy;

    @BeforeEach
    void copyTheShippedImportFolder() throws IOException {
        copy = ImportCopy.of(temp);
    }

    ImportCheck.Report check() {
        return ImportCheck.run(copy.dir, ShippedSchema.files());
    }
}
