package org.songbungraph.generate;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.songbungraph.shell.ExitCode;
import org.songbungraph.shell.SongbunException;

/**
 * The real rows a generated folder needs so that every reference resolves inside it: the songbun classes,
 * categories and their IN_CLASS links, the claims the generator is calibrated on, and every source those cite.
 * They are copied from an import folder (the shipped one), never retyped, and the generator reads its rates
 * from them: the class shares from songbun_classes.csv, the mine retention and inminban size from the claims.
 */
final class ReferenceRows {

    /** The source every generated row cites. */
    static final String SOURCE = "S-SYN-GENERATOR";

    static final String RETENTION_CLAIM = "C-DNK-14";
    static final String INMINBAN_CLAIM = "C-38N-INMINBAN";

    /** The claims whose figures or rules the generator follows (docs/generator.md says how). */
    static final List<String> CLAIMS = List.of(
            "C-COLLINS-SHARE-CORE",
            "C-COLLINS-SHARE-WAVERING",
            "C-COLLINS-SHARE-HOSTILE",
            "C-NKNEWS-PATERNAL",
            "C-NOLAND-01",
            "C-MARRIAGE-NO-RULE",
            "C-VOA-01",
            RETENTION_CLAIM,
            INMINBAN_CLAIM,
            "C-NKDB-01",
            "C-FEAT-25",
            "C-COLLINS-FILE-AGE",
            "C-COLLINS-FILE-UPDATE",
            "C-COI-REREG",
            "C-COI-GROUP");

    /** The class ids, most favoured first, as the generator indexes them. */
    static final List<String> CLASSES = List.of("CORE", "WAVERING", "HOSTILE");

    private static final CSVFormat READ =
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    /** What the generator takes from the copied rows. */
    record Calibration(
            double[] shares,
            List<String> categories,
            List<String> categoryNames,
            int[] categoryClass,
            double mineRetention,
            int inminbanMin,
            int inminbanMax) {}

    private final Map<String, List<Map<String, String>>> rows = new LinkedHashMap<>();
    private final Calibration calibration;

    private ReferenceRows(Path dir) {
        List<Map<String, String>> classes = read(dir, "songbun_classes.csv");
        List<Map<String, String>> categories = read(dir, "songbun_categories.csv");
        List<Map<String, String>> inClass = read(dir, "in_class.csv");
        List<Map<String, String>> allClaims = read(dir, "claims.csv");
        List<Map<String, String>> allSources = read(dir, "sources.csv");
        List<Map<String, String>> about = read(dir, "about.csv");
        List<Map<String, String>> cites = read(dir, "cites.csv");

        // Claims, with any claim they contradict, so that `contradicts` resolves too.
        Set<String> claimIds = new LinkedHashSet<>(CLAIMS);
        for (boolean grew = true; grew; ) {
            grew = false;
            for (Map<String, String> claim : allClaims) {
                if (claimIds.contains(claim.get("id"))) {
                    grew |= claimIds.addAll(list(claim.get("contradicts")));
                }
            }
        }
        List<Map<String, String>> claims = byId(allClaims, claimIds, dir, "claims.csv");

        Set<String> nodes = new LinkedHashSet<>();
        List.of(classes, categories, claims).forEach(file -> file.forEach(r -> nodes.add(r.get("id"))));
        List<Map<String, String>> aboutKept = about.stream()
                .filter(r -> claimIds.contains(r.get("startId")) && nodes.contains(r.get("endId")))
                .toList();

        // Every source cited by a copied row, and the sources those cite, until nothing new is reached.
        Set<String> sourceIds = new LinkedHashSet<>();
        classes.forEach(r -> sourceIds.addAll(list(r.get("shareSource"))));
        List<Map<String, String>> sources;
        List<Map<String, String>> citesKept;
        while (true) {
            for (List<Map<String, String>> file : List.of(classes, categories, inClass, claims, aboutKept)) {
                file.forEach(r -> sourceIds.addAll(list(r.get("sources"))));
            }
            sources = byId(allSources, sourceIds, dir, "sources.csv");
            Set<String> known = new LinkedHashSet<>(sourceIds);
            known.addAll(claimIds);
            citesKept = cites.stream()
                    .filter(r -> known.contains(r.get("startId")) && known.contains(r.get("endId")))
                    .toList();
            int before = sourceIds.size();
            sources.forEach(r -> sourceIds.addAll(list(r.get("sources"))));
            citesKept.forEach(r -> sourceIds.addAll(list(r.get("sources"))));
            if (sourceIds.size() == before) {
                break;
            }
        }
        rows.put("songbun_classes.csv", classes);
        rows.put("songbun_categories.csv", categories);
        rows.put("sources.csv", sources);
        rows.put("claims.csv", claims);
        rows.put("in_class.csv", inClass);
        rows.put("about.csv", aboutKept);
        rows.put("cites.csv", citesKept);
        this.calibration = calibrate(dir, classes, categories, inClass, claims);
    }

    /** Reads the reference rows from {@code dir}, refusing a folder that lacks any of them. */
    static ReferenceRows read(Path dir) {
        return new ReferenceRows(dir);
    }

    Calibration calibration() {
        return calibration;
    }

    /** Writes the copied rows and the generator's own source row. */
    void write(ImportFiles files, String generatorNote) {
        rows.forEach((file, list) -> {
            ImportFiles.Sheet sheet = files.sheet(file);
            for (Map<String, String> row : list) {
                row.forEach((column, value) -> {
                    if (sheet.has(column)) {
                        sheet.set(column, value);
                    }
                });
                sheet.write();
            }
        });
        files.sheet("sources.csv")
                .set("id", SOURCE)
                .set("name", "Synthetic province population (songbun-graph generate)")
                .set("title", "Synthetic province-scale population written by the songbun-graph generator")
                .set("publisher", "songbun-graph project")
                .set("kind", "ACADEMIC")
                .set("language", "en")
                .set("reliability", "F")
                .set("synthetic", "true")
                .set("sources", SOURCE)
                .set("note", generatorNote)
                .write();
    }

    private static Calibration calibrate(
            Path dir,
            List<Map<String, String>> classes,
            List<Map<String, String>> categories,
            List<Map<String, String>> inClass,
            List<Map<String, String>> claims) {
        double[] shares = new double[CLASSES.size()];
        for (Map<String, String> row : classes) {
            int at = CLASSES.indexOf(row.get("id"));
            if (at >= 0) {
                shares[at] = number(row.get("share"), dir, "songbun_classes.csv share of " + row.get("id"));
            }
        }
        Map<String, String> classOf = new LinkedHashMap<>();
        inClass.forEach(r -> classOf.put(r.get("startId"), r.get("endId")));
        List<String> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Integer> classIndex = new ArrayList<>();
        for (Map<String, String> row : categories) {
            int at = CLASSES.indexOf(classOf.get(row.get("id")));
            if (at >= 0) {
                ids.add(row.get("id"));
                names.add(row.get("name"));
                classIndex.add(at);
            }
        }
        for (int c = 0; c < CLASSES.size(); c++) {
            if (shares[c] <= 0 || !classIndex.contains(c)) {
                throw missing(
                        dir, "songbun_classes.csv and in_class.csv: a share and categories for " + CLASSES.get(c));
            }
        }
        Map<String, String> retention = claim(claims, RETENTION_CLAIM);
        Map<String, String> inminban = claim(claims, INMINBAN_CLAIM);
        return new Calibration(
                shares,
                List.copyOf(ids),
                List.copyOf(names),
                classIndex.stream().mapToInt(Integer::intValue).toArray(),
                number(retention.get("value"), dir, RETENTION_CLAIM + " value") / 100.0,
                (int) number(inminban.get("value"), dir, INMINBAN_CLAIM + " value"),
                (int) number(inminban.get("valueMax"), dir, INMINBAN_CLAIM + " valueMax"));
    }

    private static Map<String, String> claim(List<Map<String, String>> claims, String id) {
        return claims.stream().filter(r -> id.equals(r.get("id"))).findFirst().orElseThrow();
    }

    private static double number(String value, Path dir, String what) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException | NullPointerException e) {
            throw missing(dir, what + " (a number)");
        }
    }

    private static List<Map<String, String>> byId(
            List<Map<String, String>> file, Set<String> ids, Path dir, String name) {
        List<Map<String, String>> kept =
                file.stream().filter(r -> ids.contains(r.get("id"))).toList();
        if (kept.size() != ids.size()) {
            Set<String> absent = new LinkedHashSet<>(ids);
            kept.forEach(r -> absent.remove(r.get("id")));
            throw missing(dir, name + " rows " + String.join(", ", absent));
        }
        return kept;
    }

    private static List<String> list(String cell) {
        return cell == null || cell.isEmpty() ? List.of() : List.of(cell.split("\\|"));
    }

    private static List<Map<String, String>> read(Path dir, String file) {
        Path path = dir.resolve(file);
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
                CSVParser parser =
                        CSVParser.builder().setReader(reader).setFormat(READ).get()) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                Map<String, String> row = new LinkedHashMap<>();
                for (String column : parser.getHeaderNames()) {
                    row.put(column, record.isSet(column) ? record.get(column) : "");
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw new SongbunException(
                    ExitCode.BAD_INPUT,
                    "generate copies the songbun classes, categories, claims "
                            + "and sources it cites from the import folder " + dir.toAbsolutePath()
                            + ", but cannot read "
                            + file + " there (" + e.getMessage() + "). Run it from the project folder, or set "
                            + "SONGBUN_IMPORT_DIR to the shipped import/.",
                    e);
        }
    }

    private static SongbunException missing(Path dir, String what) {
        return new SongbunException(
                ExitCode.BAD_INPUT,
                "The import folder " + dir.toAbsolutePath() + " lacks "
                        + what + ", which generate copies into every generated folder. Use the shipped import/ "
                        + "(SONGBUN_IMPORT_DIR).");
    }
}
