package org.songbungraph.protection;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.songbungraph.SongbunProperties;
import org.songbungraph.shell.ExitCode;
import org.songbungraph.shell.OutputFormat;
import org.songbungraph.shell.SongbunException;
import org.songbungraph.shell.Table;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;

@Command(group = "Protection")
class ProtectionCommands {

    private final SongbunProperties properties;
    private final Passphrases passphrases;
    private final Audit audit;

    ProtectionCommands(SongbunProperties properties, Passphrases passphrases, Audit audit) {
        this.properties = properties;
        this.passphrases = passphrases;
        this.audit = audit;
    }

    @Command(
            command = "reveal",
            description = "Print the sealed identity (name, Hangul name, note) of one protected person from the "
                    + "vault. Needs the vault's passphrase and a reason; every attempt, refused ones too, is added to "
                    + "the audit trail (`audit`) with your operating-system user, the time, the code and the reason.")
    String reveal(
            @Option(longNames = "id", required = true, description = "the witness code (W-…) or person id (P-W…)")
                    String id,
            @Option(
                            longNames = "reason",
                            required = true,
                            description = "why you need the identity, for the audit trail")
                    String reason,
            @Option(longNames = "format", defaultValue = "table", description = "table, json or csv") String format) {
        OutputFormat output = OutputFormat.parse(format);
        if (reason == null || reason.isBlank()) {
            throw new SongbunException(
                    ExitCode.BAD_INPUT, "--reason must say why the identity is needed; it goes into the audit trail.");
        }
        Path file = properties.getImportDir().resolve(Vault.FILE_NAME);
        String given = id.strip();
        Vault.Entry entry = Vault.entries(file).stream()
                .filter(e ->
                        e.witnessCode().equalsIgnoreCase(given) || e.personId().equalsIgnoreCase(given))
                .findFirst()
                .orElseThrow(() -> new SongbunException(
                        ExitCode.BAD_INPUT,
                        // The text is not repeated: it could be a name typed in place of a code.
                        "No identity is sealed under that code or id in " + file + ". `search` finds protected "
                                + "people by witness code; `seal` moves their identifying cells into the vault."));
        char[] passphrase = passphrases.get("reveal " + entry.witnessCode());
        Vault.Identity identity;
        try {
            identity = Vault.open(file, passphrase).stream()
                    .filter(i -> i.witnessCode().equals(entry.witnessCode()))
                    .findFirst()
                    .orElseThrow();
        } catch (SongbunException refused) {
            audit.record(
                    Audit.Action.REVEAL,
                    refused.exitCode().name(),
                    entry.witnessCode(),
                    reason.strip(),
                    null,
                    List.of());
            throw refused;
        } finally {
            Arrays.fill(passphrase, '\0');
        }
        // Recorded before anything is printed: no identity leaves the vault without its audit record.
        String auditId =
                audit.record(Audit.Action.REVEAL, "REVEALED", entry.witnessCode(), reason.strip(), null, List.of());
        List<List<Object>> rows = new ArrayList<>();
        for (Map.Entry<String, String> field : new TreeMap<>(identity.fields()).entrySet()) {
            rows.add(List.of(entry.witnessCode(), entry.personId(), field.getKey(), field.getValue()));
        }
        String table = new Table(List.of("witnessCode", "personId", "field", "value"), rows).render(output);
        return output == OutputFormat.TABLE ? table + "\nRecorded in the audit trail as " + auditId + "." : table;
    }

    @Command(
            command = "audit",
            description = "List the audit trail, newest first: every reveal of a protected identity (refused ones "
                    + "too), every seal and every export, with the operating-system user, the time, the witness code "
                    + "and the reason given. Records are only ever added; none holds an identity.")
    String audit(
            @Option(longNames = "action", description = "only REVEAL, SEAL or EXPORT records (default: all)")
                    String action,
            @Option(longNames = "limit", defaultValue = "50", description = "how many records, newest first (1-10000)")
                    int limit,
            @Option(longNames = "format", defaultValue = "table", description = "table, json or csv") String format) {
        OutputFormat output = OutputFormat.parse(format);
        if (limit < 1 || limit > 10_000) {
            throw new SongbunException(ExitCode.BAD_INPUT, "--limit must be between 1 and 10000.");
        }
        Audit.Action only = null;
        if (action != null && !action.isBlank()) {
            only = Arrays.stream(Audit.Action.values())
                    .filter(a -> a.name().equalsIgnoreCase(action.strip()))
                    .findFirst()
                    .orElseThrow(() -> new SongbunException(
                            ExitCode.BAD_INPUT, "--action must be REVEAL, SEAL or EXPORT, not '" + action + "'."));
        }
        List<Audit.Entry> entries = audit.entries(only, limit);
        if (entries.isEmpty() && output == OutputFormat.TABLE) {
            return "No reveal, seal or export has been recorded on this database.";
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Audit.Entry e : entries) {
            rows.add(Arrays.asList(
                    e.auditId(),
                    e.action(),
                    e.outcome(),
                    e.at(),
                    e.osUser(),
                    e.witnessCode(),
                    e.reason(),
                    e.detail(),
                    String.join("; ", e.files())));
        }
        return new Table(
                        List.of("audit", "action", "outcome", "at", "user", "witnessCode", "reason", "detail", "files"),
                        rows)
                .render(output);
    }
}
