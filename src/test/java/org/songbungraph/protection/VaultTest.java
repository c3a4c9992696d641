package org.songbungraph.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.songbungraph.shell.ExitCode;
import org.songbungraph.shell.SongbunException;
import org.songbungraph.support.ByteSearch;

class VaultTest {

    // Cheap on purpose: the cost is read from each file, and the shipped one uses the standard cost.
    static final Vault.Cost CHEAP = new Vault.Cost(1024, 1, 1);
    static final char[] PASSPHRASE = "correct horse battery staple".toCharArray();
    static final Vault.Identity ALICE = new Vault.Identity(
            "W-0900", "P-W0900", Map.of("name", "Test Hidden-one", "nameKo", "시험숨은", "note", "met in 2019"));
    static final Vault.Identity BOB = new Vault.Identity("W-0901", "P-W0901", Map.of("name", "Test Hidden-two"));

    @TempDir
    Path dir;

    @Test
    void opensWhatWasSealedWithTheSamePassphrase() {
        Path file = dir.resolve(Vault.FILE_NAME);
        Vault.write(file, List.of(BOB, ALICE), PASSPHRASE, CHEAP);

        assertThat(Vault.open(file, PASSPHRASE)).containsExactly(ALICE, BOB);
        assertThat(Vault.entries(file))
                .containsExactly(new Vault.Entry("W-0900", "P-W0900"), new Vault.Entry("W-0901", "P-W0901"));
    }

    @Test
    void theFileHoldsNoIdentityInAnyEncodingAndOnlyItsOwnerMayReadIt() throws IOException {
        Path file = dir.resolve(Vault.FILE_NAME);
        Vault.write(file, List.of(ALICE), PASSPHRASE, CHEAP);
        byte[] bytes = Files.readAllBytes(file);

        for (String secret : ALICE.fields().values()) {
            assertThat(ByteSearch.encodingsOf(secret, bytes)).as(secret).isEmpty();
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }

    @Test
    void aWrongPassphraseRevealsNothingAndHasItsOwnExitCode() {
        Path file = dir.resolve(Vault.FILE_NAME);
        Vault.write(file, List.of(ALICE), PASSPHRASE, CHEAP);

        assertThatThrownBy(() -> Vault.open(file, "wrong".toCharArray()))
                .isInstanceOfSatisfying(
                        SongbunException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.WRONG_PASSPHRASE))
                .hasMessageContaining("Wrong vault passphrase")
                .hasMessageNotContaining("Hidden");
    }

    @Test
    void aChangedByteInTheSealedContentFailsTheTag() throws IOException {
        Path file = dir.resolve(Vault.FILE_NAME);
        Vault.write(file, List.of(ALICE), PASSPHRASE, CHEAP);
        String text = Files.readString(file);
        int at = text.indexOf("\"ciphertext\" : \"") + 20;
        char flipped = text.charAt(at) == 'A' ? 'B' : 'A';
        Files.writeString(file, text.substring(0, at) + flipped + text.substring(at + 1));

        assertRefusedAsUnusable(file, "authentication tag does not match");
    }

    @Test
    void aWitnessCodeChangedInTheClearHeaderFailsTheTag() throws IOException {
        Path file = dir.resolve(Vault.FILE_NAME);
        Vault.write(file, List.of(ALICE), PASSPHRASE, CHEAP);
        Files.writeString(file, Files.readString(file).replace("W-0900", "W-0999"));

        assertRefusedAsUnusable(file, "authentication tag does not match");
    }

    @Test
    void aMissingVaultIsRefusedWithAdvice() {
        assertRefusedAsUnusable(dir.resolve(Vault.FILE_NAME), "There is no vault");
    }

    @Test
    void aWitnessCodeIsNeverSealedTwice() {
        Vault.Identity again = new Vault.Identity("W-0900", "P-W0902", Map.of("name", "Other"));

        assertThatThrownBy(() -> Vault.write(dir.resolve(Vault.FILE_NAME), List.of(ALICE, again), PASSPHRASE, CHEAP))
                .isInstanceOfSatisfying(
                        SongbunException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.VAULT_UNUSABLE))
                .hasMessageContaining("W-0900")
                .hasMessageContaining("sealed twice");
        assertThat(dir.resolve(Vault.FILE_NAME)).doesNotExist();
    }

    @Test
    void aHeaderThatListsACodeTwiceIsRefusedBeforeAnyDecryption() throws IOException {
        Path file = dir.resolve(Vault.FILE_NAME);
        Vault.write(file, List.of(ALICE, BOB), PASSPHRASE, CHEAP);
        Files.writeString(file, Files.readString(file).replace("W-0901", "W-0900"));

        assertThatThrownBy(() -> Vault.entries(file))
                .isInstanceOf(SongbunException.class)
                .hasMessageContaining("witness code W-0900 appears twice");
    }

    private static void assertRefusedAsUnusable(Path file, String why) {
        assertThatThrownBy(() -> Vault.open(file, PASSPHRASE))
                .isInstanceOfSatisfying(
                        SongbunException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.VAULT_UNUSABLE))
                .hasMessageContaining(why)
                .hasMessageNotContaining("Hidden");
    }
}
