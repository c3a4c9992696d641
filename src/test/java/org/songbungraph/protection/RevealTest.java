package org.songbungraph.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.songbungraph.SongbunProperties;
import org.songbungraph.shell.ExitCode;
import org.songbungraph.shell.SongbunException;
import org.songbungraph.support.GraphTest;
import org.songbungraph.support.ShippedIdentities;
import org.springframework.beans.factory.annotation.Autowired;

/** `reveal` prints a sealed identity only with the passphrase and a reason, and the audit trail keeps every try. */
class RevealTest extends GraphTest {

    @Autowired
    ProtectionCommands commands;

    @Autowired
    Audit audit;

    @Autowired
    SongbunProperties properties;

    @AfterEach
    void forgetThePassphrase() {
        properties.setVaultPassphrase(null);
    }

    @Test
    void revealsTheSealedIdentityAndRecordsWhoAskedAndWhy() {
        properties.setVaultPassphrase(ShippedIdentities.DEMO_PASSPHRASE);

        String out = commands.reveal("w-0101", "preparing the interview", "csv");

        assertThat(out).contains("W-0101,P-W0101,name,Chong Hidden-ja").contains("nameKo,정숨은자");
        Audit.Entry entry = audit.entries(Audit.Action.REVEAL, 1).get(0);
        assertThat(entry.outcome()).isEqualTo("REVEALED");
        assertThat(entry.witnessCode()).isEqualTo("W-0101");
        assertThat(entry.reason()).isEqualTo("preparing the interview");
        assertThat(entry.osUser()).isEqualTo(System.getProperty("user.name"));
        assertThat(entry.toString()).doesNotContain("Hidden-ja");
    }

    @Test
    void aWrongPassphraseRevealsNothingAndIsRecordedToo() {
        properties.setVaultPassphrase("guess");

        assertThatThrownBy(() -> commands.reveal("P-W0001", "curiosity", "table"))
                .isInstanceOfSatisfying(
                        SongbunException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.WRONG_PASSPHRASE));
        Audit.Entry entry = audit.entries(Audit.Action.REVEAL, 1).get(0);
        assertThat(entry.outcome()).isEqualTo("WRONG_PASSPHRASE");
        assertThat(entry.witnessCode()).isEqualTo("W-0001");
    }

    @Test
    void needsAReasonAndAPassphraseAndNeverRepeatsWhatWasTypedAsTheId() {
        properties.setVaultPassphrase(ShippedIdentities.DEMO_PASSPHRASE);
        assertThatThrownBy(() -> commands.reveal("W-0101", " ", "table"))
                .isInstanceOfSatisfying(
                        SongbunException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT));
        assertThatThrownBy(() -> commands.reveal("Chong Hidden-ja", "looking", "table"))
                .isInstanceOf(SongbunException.class)
                .hasMessageNotContaining("Hidden-ja");

        properties.setVaultPassphrase(null);
        assertThatThrownBy(() -> commands.reveal("W-0101", "looking", "table"))
                .isInstanceOfSatisfying(
                        SongbunException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.WRONG_PASSPHRASE))
                .hasMessageContaining("SONGBUN_VAULT_PASSPHRASE");
    }
}
