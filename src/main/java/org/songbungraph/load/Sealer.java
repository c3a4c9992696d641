package org.songbungraph.load;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.songbungraph.protection.Vault;
import org.songbungraph.shell.AtomicFiles;
import org.songbungraph.shell.ExitCode;
import org.songbungraph.shell.SongbunException;

/**
 * Moves the identifying cells of protected rows out of an import folder's CSV files into the vault, and blanks
 * them there (the name becomes the witness code). The vault is written first, holding every identity it held
 * before as well: a failure or a kill between the two files leaves the CSV unsealed but nothing lost, and sealing
 * again finishes the work.
 */
final class Sealer {

    /** What a seal would change: the identities to add, and each file's new bytes. */
    record Plan(List<Vault.Identity> identities, Map<Path, byte[]> rewritten) {
        boolean isEmpty() {
            return identities.isEmpty();
        }
    }

    // The format of the import folder (import/README.md): commons-csv writes its files back byte for byte.
    private static final CSVFormat WRITE =
            CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();
    private static final CSVFormat READ =
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    private Sealer() {}

    /**
     * Reads the files whose schema has a sealing rule and plans the seal, refusing rows it cannot seal with
     * file:line:column.
     */
    static Plan plan(Path importDir, List<ImportSchema.FileSpec> files) {
        List<Vault.Identity> identities = new ArrayList<>();
        Map<Path, byte[]> rewritten = new LinkedHashMap<>();
        Map<String, String> codes = new HashMap<>();
        for (ImportSchema.FileSpec fileSpec : files) {
            if (fileSpec.rules(ImportSchema.Sealed.class).isEmpty()) {
                continue;
            }
            ImportSchema.Sealed spec = fileSpec.rules(ImportSchema.Sealed.class).get(0);
            Path file = importDir.resolve(fileSpec.file());
            if (!Files.isRegularFile(file)) {
                continue;
            }
            List<Vault.Identity> found = new ArrayList<>();
            StringWriter out = new StringWriter();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                    CSVParser parser = READ.parse(in);
                    CSVPrinter printer = new CSVPrinter(out, WRITE)) {
                List<String> header = parser.getHeaderNames();
                printer.printRecord(header);
                for (CSVRecord row : parser) {
                    List<String> cells = new ArrayList<>(row.toList());
                    if (isProtected(spec, row, header)) {
                        seal(spec, file, row, header, cells, codes).ifPresent(found::add);
                    }
                    printer.printRecord(cells);
                }
            } catch (IOException | IllegalArgumentException | IllegalStateException e) {
                throw new SongbunException(
                        ExitCode.BAD_INPUT,
                        "Cannot read " + file + " to seal it: " + e.getMessage() + ". Run `check` first. Nothing was "
                                + "changed.",
                        e);
            }
            if (!found.isEmpty()) {
                identities.addAll(found);
                rewritten.put(file, out.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        return new Plan(List.copyOf(identities), rewritten);
    }

    private static boolean isProtected(ImportSchema.Sealed spec, CSVRecord row, List<String> header) {
        return header.contains(spec.when()) && spec.value().equals(row.get(spec.when()));
    }

    /** Blanks the row's identifying cells in {@code cells}; the identity they held, when they held one. */
    private static java.util.Optional<Vault.Identity> seal(
            ImportSchema.Sealed spec,
            Path file,
            CSVRecord row,
            List<String> header,
            List<String> cells,
            Map<String, String> codes) {
        String code = header.contains(spec.code()) ? row.get(spec.code()) : "";
        String where = file.getFileName() + ":" + (row.getRecordNumber() + 1) + ":";
        if (code.isBlank()) {
            throw new SongbunException(
                    ExitCode.BAD_INPUT,
                    where + (header.indexOf(spec.code()) + 1) + ": a " + spec.value() + " row needs a " + spec.code()
                            + " to be sealed under. Nothing was changed.");
        }
        String id = row.get("id");
        String earlier = codes.putIfAbsent(code, id);
        if (earlier != null && !earlier.equals(id)) {
            throw new SongbunException(
                    ExitCode.BAD_INPUT,
                    where + (header.indexOf(spec.code()) + 1) + ": witness code " + code + " is already used by "
                            + earlier + "; each protected person has a code of their own. Nothing was changed.");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String column : spec.identifying()) {
            int at = header.indexOf(column);
            if (at < 0) {
                continue;
            }
            String value = cells.get(at);
            boolean sealedAlready = value.isEmpty() || column.equals(spec.name()) && value.equals(code);
            if (!sealedAlready) {
                fields.put(column, value);
            }
            cells.set(at, column.equals(spec.name()) ? code : "");
        }
        return fields.isEmpty()
                ? java.util.Optional.empty()
                : java.util.Optional.of(new Vault.Identity(code, id, fields));
    }

    /**
     * The vault's identities with {@code added} merged in: a cell sealed now replaces the one sealed before for
     * the same person; a code sealed before for another person is refused.
     */
    static List<Vault.Identity> merge(Path vault, List<Vault.Identity> before, List<Vault.Identity> added) {
        Map<String, Vault.Identity> byCode = new LinkedHashMap<>();
        before.forEach(i -> byCode.put(i.witnessCode(), i));
        for (Vault.Identity next : added) {
            Vault.Identity old = byCode.get(next.witnessCode());
            if (old != null && !old.personId().equals(next.personId())) {
                throw new SongbunException(
                        ExitCode.VAULT_UNUSABLE,
                        "Witness code " + next.witnessCode() + " is sealed in " + vault + " for " + old.personId()
                                + ", not " + next.personId() + ". Give the new person a code of their own. Nothing was "
                                + "changed.");
            }
            Map<String, String> fields = new LinkedHashMap<>(old == null ? Map.of() : old.fields());
            fields.putAll(next.fields());
            byCode.put(next.witnessCode(), new Vault.Identity(next.witnessCode(), next.personId(), fields));
        }
        return List.copyOf(byCode.values());
    }

    /** Replaces each file by its new bytes in one rename; the file keeps its mode. */
    static void rewrite(Map<Path, byte[]> files) {
        for (Map.Entry<Path, byte[]> f : files.entrySet()) {
            try {
                AtomicFiles.replace(f.getKey(), f.getValue(), Files.getPosixFilePermissions(f.getKey()));
            } catch (IOException | UnsupportedOperationException e) {
                throw new SongbunException(
                        ExitCode.BAD_INPUT,
                        "Cannot rewrite " + f.getKey() + ": " + e.getMessage() + ". The vault is put back as it was.",
                        e);
            }
        }
    }
}
