package org.songbungraph.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.songbungraph.SongbunProperties;
import org.songbungraph.protection.Audit;
import org.songbungraph.protection.Vault;
import org.songbungraph.shell.ExitCode;
import org.songbungraph.shell.SongbunException;
import org.songbungraph.support.GraphTest;
import org.songbungraph.support.ShippedIdentities;
import org.songbungraph.support.TestNeo4j;
import org.springframework.beans.factory.annotation.Autowired;

/** `seal` moves plaintext identities into the vault; until then `check` refuses them, never quoting them. */
class SealTest extends GraphTest {

    static final String NEW_ROW = "P-W0900,Test Newwitness-ja,시험증인,F,1990,,,PROTECTED,W-0900,true,"
            + "S-SYN-ILLUSTRATIVE,met the analyst in 2024\n";

    @TempDir
    Path temp;

    Path importDir;

    @Autowired
    Sealing sealing;

    @Autowired
    Audit audit;

    @Autowired
    SongbunProperties properties;

    @BeforeEach
    void copyTheShippedImportFolderWithOneUnsealedWitness() throws IOException {
        importDir = Files.createDirectories(temp.resolve("import"));
        try (Stream<Path> files = Files.list(TestNeo4j.IMPORT_DIR)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, importDir.resolve(f.getFileName()));
            }
        }
        Files.writeString(
                importDir.resolve("persons.csv"),
                NEW_ROW,
                StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        properties.setVaultPassphrase(ShippedIdentities.DEMO_PASSPHRASE);
    }

    @AfterEach
    void forgetThePassphrase() {
        properties.setVaultPassphrase(null);
    }

    @Test
    void checkRefusesAPlaintextIdentityByPlaceAndAdvisesSealWithoutQuotingIt() {
        ImportCheck.Report report = ImportCheck.run(importDir, ShippedSchema.files());

        String listing = report.listing(Integer.MAX_VALUE);
        int line = 49 + 1;
        assertThat(listing)
                .contains("persons.csv:" + line + ":2: name: identifies a PROTECTED person in plain text")
                .contains("persons.csv:" + line + ":3: nameKo: identifies")
                .contains("persons.csv:" + line + ":12: note: identifies")
                .contains("run `seal`")
                .doesNotContain("Newwitness", "시험증인", "met the analyst");
    }

    @Test
    void sealsTheNewWitnessBesideTheOthersAndBlanksOnlyHerCells() throws IOException {
        List<String> before = Files.readAllLines(importDir.resolve("persons.csv"));

        Sealing.Sealed sealed = sealing.seal(importDir);

        assertThat(sealed.identities()).isEqualTo(1);
        List<String> after = Files.readAllLines(importDir.resolve("persons.csv"));
        assertThat(after).hasSameSizeAs(before);
        assertThat(after.get(after.size() - 1))
                .isEqualTo("P-W0900,W-0900,,F,1990,,,PROTECTED,W-0900,true,S-SYN-ILLUSTRATIVE,");
        assertThat(after.subList(0, after.size() - 1)).isEqualTo(before.subList(0, before.size() - 1));
        List<Vault.Identity> vault =
                Vault.open(importDir.resolve(Vault.FILE_NAME), ShippedIdentities.DEMO_PASSPHRASE.toCharArray());
        assertThat(vault).containsAll(ShippedIdentities.all());
        assertThat(vault)
                .contains(new Vault.Identity(
                        "W-0900",
                        "P-W0900",
                        Map.of("name", "Test Newwitness-ja", "nameKo", "시험증인", "note", "met the analyst in 2024")));
        assertThat(ImportCheck.run(importDir, ShippedSchema.files()).ok()).isTrue();
        Audit.Entry entry = audit.entries(Audit.Action.SEAL, 1).get(0);
        assertThat(entry.auditId()).isEqualTo(sealed.auditId());
        assertThat(entry.files())
                .anySatisfy(f -> assertThat(f).startsWith("persons.csv ").contains(" → "))
                .anySatisfy(f -> assertThat(f).startsWith(Vault.FILE_NAME + " "));
    }

    @Test
    void aSealedFolderHasNothingLeftToSeal() {
        sealing.seal(importDir);

        assertThat(sealing.seal(importDir)).isNull();
    }

    @Test
    void aWrongPassphraseChangesNeitherFile() throws IOException {
        properties.setVaultPassphrase("not the demo passphrase");
        byte[] csv = Files.readAllBytes(importDir.resolve("persons.csv"));
        byte[] vault = Files.readAllBytes(importDir.resolve(Vault.FILE_NAME));

        assertThatThrownBy(() -> sealing.seal(importDir))
                .isInstanceOfSatisfying(
                        SongbunException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.WRONG_PASSPHRASE));
        assertThat(Files.readAllBytes(importDir.resolve("persons.csv"))).isEqualTo(csv);
        assertThat(Files.readAllBytes(importDir.resolve(Vault.FILE_NAME))).isEqualTo(vault);
    }

    @Test
    void checkRefusesAWitnessCodeMissingFromTheVault() throws IOException {
        replaceLast("P-W0900,W-0900,,F,1990,,,PROTECTED,W-0900,true,S-SYN-ILLUSTRATIVE,\n");

        assertThat(ImportCheck.run(importDir, ShippedSchema.files()).listing(Integer.MAX_VALUE))
                .contains("persons.csv:50:9: witnessCode: W-0900 is not sealed in identities.sealed");
    }

    @Test
    void checkRefusesAWitnessCodeUsedTwice() throws IOException {
        replaceLast("P-W0900,W-0101,,F,1990,,,PROTECTED,W-0101,true,S-SYN-ILLUSTRATIVE,\n");

        assertThat(ImportCheck.run(importDir, ShippedSchema.files()).listing(Integer.MAX_VALUE))
                .contains("persons.csv:50:9: witnessCode: W-0101 is already used on line");
    }

    @Test
    void checkListsADamagedVaultWithTheFileItSeals() throws IOException {
        replaceLast("");
        Files.writeString(importDir.resolve(Vault.FILE_NAME), "{ not a vault");

        assertThat(ImportCheck.run(importDir, ShippedSchema.files()).listing(Integer.MAX_VALUE))
                .contains("import/identities.sealed:0:0: The vault")
                .contains("cannot be used");
    }

    @Test
    void aFolderWithoutAVaultHoldsNoIdentitiesAndIsCheckedWithoutOne() throws IOException {
        replaceLast("");
        Files.delete(importDir.resolve(Vault.FILE_NAME));

        assertThat(ImportCheck.run(importDir, ShippedSchema.files()).ok()).isTrue();
    }

    private void replaceLast(String row) throws IOException {
        Path persons = importDir.resolve("persons.csv");
        String text = Files.readString(persons);
        Files.writeString(persons, text.replace(NEW_ROW, row));
    }
}
