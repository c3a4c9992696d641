package org.songbungraph.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.songbungraph.digest.FileDigest;
import org.songbungraph.protection.Audit;
import org.songbungraph.protection.Passphrases;
import org.songbungraph.protection.Vault;
import org.songbungraph.shell.ExitCode;
import org.songbungraph.shell.SongbunException;
import org.springframework.stereotype.Component;

/**
 * `seal`: the identifying cells of an import folder's protected rows go into the folder's vault and out of its CSV
 * files. The vault and the files change together or not at all (apart from a kill between the two writes, which
 * leaves every identity in the vault and the next seal finishes); the audit trail records both files' SHA-256
 * before and after.
 */
@Component
class Sealing {

    /** What a seal did. */
    record Sealed(int identities, int people, String auditId, Path vault) {}

    private final Passphrases passphrases;
    private final Audit audit;

    Sealing(Passphrases passphrases, Audit audit) {
        this.passphrases = passphrases;
        this.audit = audit;
    }

    /** Seals {@code dir}; null when it holds no identifying cell on a protected row. */
    Sealed seal(Path dir) {
        Sealer.Plan plan = Sealer.plan(dir, ShippedSchema.files());
        if (plan.isEmpty()) {
            return null;
        }
        Path vault = dir.resolve(Vault.FILE_NAME);
        boolean exists = Files.exists(vault);
        String purpose = "seal " + plan.identities().size() + " identities into " + vault;
        char[] passphrase = exists ? passphrases.get(purpose) : passphrases.forNewVault(purpose);
        try {
            List<Vault.Identity> before = exists ? Vault.open(vault, passphrase) : List.of();
            List<Vault.Identity> after = Sealer.merge(vault, before, plan.identities());
            List<Path> files = new ArrayList<>(plan.rewritten().keySet());
            files.add(vault);
            Map<Path, String> hashesBefore = hashes(files);
            byte[] oldVault = exists ? read(vault) : null;
            Vault.write(vault, after, passphrase, Vault.Cost.STANDARD);
            try {
                // Opened again before the CSV cells are blanked: they must be readable from the vault first.
                Vault.open(vault, passphrase);
                Sealer.rewrite(plan.rewritten());
            } catch (RuntimeException e) {
                restore(vault, oldVault);
                throw e;
            }
            Map<Path, String> hashesAfter = hashes(files);
            List<String> lines = files.stream()
                    .map(f -> f.getFileName() + " " + hashesBefore.get(f) + " → " + hashesAfter.get(f))
                    .toList();
            String auditId = audit.record(
                    Audit.Action.SEAL,
                    "SEALED",
                    null,
                    null,
                    plan.identities().size() + " identities sealed from " + dir.toAbsolutePath(),
                    lines);
            return new Sealed(plan.identities().size(), after.size(), auditId, vault);
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }

    private static Map<Path, String> hashes(List<Path> files) {
        Map<Path, String> hashes = new java.util.LinkedHashMap<>();
        for (Path f : files) {
            try {
                hashes.put(f, Files.exists(f) ? FileDigest.of(f).hex() : "none");
            } catch (IOException e) {
                throw new SongbunException(ExitCode.BAD_INPUT, "Cannot hash " + f + ": " + e.getMessage(), e);
            }
        }
        return hashes;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SongbunException(ExitCode.VAULT_UNUSABLE, "Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Puts the vault back as it was, so that a failed seal leaves both files as they were. */
    private static void restore(Path vault, byte[] old) {
        try {
            if (old == null) {
                Files.deleteIfExists(vault);
            } else {
                Path temp = Files.createTempFile(vault.toAbsolutePath().getParent(), ".identities-", ".restore");
                Files.write(temp, old);
                Files.move(
                        temp,
                        vault,
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new SongbunException(
                    ExitCode.VAULT_UNUSABLE,
                    "The seal failed, and the vault " + vault + " could not be put back as it was: " + e.getMessage()
                            + ". It holds every identity it held before, and those of this seal.",
                    e);
        }
    }
}
