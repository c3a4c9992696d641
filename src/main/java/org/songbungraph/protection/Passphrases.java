package org.songbungraph.protection;

import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.songbungraph.SongbunProperties;
import org.songbungraph.shell.ExitCode;
import org.songbungraph.shell.SongbunException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Where the vault's passphrase comes from: SONGBUN_VAULT_PASSPHRASE, or a prompt without echo in the interactive
 * shell. A masked line is kept out of the shell's history by JLine itself.
 */
@Component
public class Passphrases {

    private final SongbunProperties properties;
    private final Environment environment;
    private final ObjectProvider<LineReader> lineReader;

    Passphrases(SongbunProperties properties, Environment environment, ObjectProvider<LineReader> lineReader) {
        this.properties = properties;
        this.environment = environment;
        this.lineReader = lineReader;
    }

    /** The passphrase, to be cleared by the caller after use. {@code purpose} is said in the prompt. */
    public char[] get(String purpose) {
        return get(purpose, false);
    }

    /**
     * The passphrase of a vault about to be created: typed twice at the prompt, since a mistyped one would lock the
     * identities away for good.
     */
    public char[] forNewVault(String purpose) {
        return get(purpose, true);
    }

    private char[] get(String purpose, boolean twice) {
        String given = properties.getVaultPassphrase();
        if (given != null && !given.isEmpty()) {
            return given.toCharArray();
        }
        LineReader reader = environment.getProperty("spring.shell.interactive.enabled", Boolean.class, false)
                ? lineReader.getIfAvailable()
                : null;
        if (reader == null) {
            throw new SongbunException(
                    ExitCode.WRONG_PASSPHRASE,
                    "The vault's passphrase is needed to " + purpose + ". Set SONGBUN_VAULT_PASSPHRASE, or run the "
                            + "command in the interactive shell (./songbun), which asks for it without echo.");
        }
        try {
            String typed = reader.readLine("Vault passphrase (to " + purpose + "): ", (char) 0);
            if (typed == null || typed.isEmpty()) {
                throw new SongbunException(ExitCode.WRONG_PASSPHRASE, "No passphrase was given: nothing was done.");
            }
            if (twice && !typed.equals(reader.readLine("The same passphrase again: ", (char) 0))) {
                throw new SongbunException(ExitCode.WRONG_PASSPHRASE, "The two passphrases differ: nothing was done.");
            }
            return typed.toCharArray();
        } catch (UserInterruptException | EndOfFileException e) {
            throw new SongbunException(ExitCode.WRONG_PASSPHRASE, "No passphrase was given: nothing was done.", e);
        }
    }
}
