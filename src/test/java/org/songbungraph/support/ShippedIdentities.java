package org.songbungraph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.songbungraph.protection.Vault;

/**
 * The identities sealed in the shipped vault, opened with its published demo passphrase: what no store file, log,
 * output or export may ever contain.
 */
public final class ShippedIdentities {

    /** docs/protection.md publishes it, for the demo only. */
    public static final String DEMO_PASSPHRASE = "songbun-demo-only";

    private static List<Vault.Identity> identities;

    private ShippedIdentities() {}

    public static synchronized List<Vault.Identity> all() {
        if (identities == null) {
            identities = Vault.open(TestNeo4j.IMPORT_DIR.resolve(Vault.FILE_NAME), DEMO_PASSPHRASE.toCharArray());
        }
        return identities;
    }

    /**
     * Every sealed cell (names, Hangul names, notes) of every protected person, except the few that the shipped
     * data publishes anyway: the five real informants are anonymous, and their sealed "names" are descriptions
     * taken from the articles ("Unnamed foreign observer"), which the titles of those articles' sources carry too.
     */
    public static List<String> secrets() {
        String published = publishedText();
        List<String> secrets = new ArrayList<>();
        all().forEach(i ->
                i.fields().values().stream().filter(v -> !published.contains(v)).forEach(secrets::add));
        return List.copyOf(secrets);
    }

    /** The text of every shipped CSV file but persons.csv, where the sealed cells were. */
    private static String publishedText() {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.list(TestNeo4j.IMPORT_DIR)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".csv"))
                    .filter(f -> !f.getFileName().toString().equals("persons.csv"))
                    .toList()) {
                text.append(Files.readString(f)).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
