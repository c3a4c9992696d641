package org.songbungraph.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.songbungraph.shell.QueryFile;
import org.springframework.stereotype.Component;

/**
 * The words and romanisation skeletons a node can be found by, written onto it as {@code searchWords} and
 * {@code searchSkeletons} so that the search_keys_* full-text indexes answer `search` with whole terms and
 * prefixes, never with regular expressions (which Lucene compiles anew for every search: 0.2 to 2 s each).
 * {@code load} refreshes them after its scripts; {@code searchKeysOf} records what they were made from, so a
 * reload only rewrites the keys of renamed or new nodes. docs/romanisation.md describes them.
 */
@Component
public class SearchKeys {

    /** Runs of letters and digits; an ideograph stands alone. Names and texts are cut into pieces the same way. */
    static final Pattern PIECE = Pattern.compile("\\p{IsIdeographic}|[\\p{L}\\p{N}&&[^\\p{IsIdeographic}]]+");

    /** Longer terms are cut to this many characters, on both sides, so a huge word cannot make a huge term. */
    static final int MAX_TERM = 64;

    private static final int BATCH = 10_000;

    private final Driver driver;

    public SearchKeys(Driver driver) {
        this.driver = driver;
    }

    /** Told how the pass goes, so a load can show it as a bar. */
    public interface Progress {
        void started(long searchableNodes);

        void written(long nodes);
    }

    /**
     * Writes the keys of every searchable node whose keys are missing or made from other names, and records on the
     * load run {@code runId} how many searchable nodes the store then holds (search trusts the keys while that
     * count holds). Returns how many nodes it wrote. Nodes are read once and written in batches of their own.
     */
    public long refresh(String runId, Progress progress) {
        long written = 0;
        try (Session read = driver.session();
                Session write = driver.session()) {
            progress.started(searchable(read));
            Result stale = read.run(QueryFile.load("search/stale-keys.cypher"));
            List<Map<String, Object>> batch = new ArrayList<>(BATCH);
            while (stale.hasNext()) {
                batch.add(row(stale.next()));
                if (batch.size() == BATCH || !stale.hasNext()) {
                    List<Map<String, Object>> rows = List.copyOf(batch);
                    write.executeWriteWithoutResult(
                            tx -> tx.run(QueryFile.load("search/write-keys.cypher"), Map.of("rows", rows))
                                    .consume());
                    written += rows.size();
                    progress.written(written);
                    batch.clear();
                }
            }
            long nodes = searchable(read);
            write.executeWriteWithoutResult(
                    tx -> tx.run(QueryFile.load("search/record-keyed.cypher"), Map.of("runId", runId, "nodes", nodes))
                            .consume());
        }
        return written;
    }

    private static long searchable(Session session) {
        return session.run(QueryFile.load("search/keys-current.cypher"))
                .single()
                .get("nodes")
                .asLong();
    }

    private static Map<String, Object> row(Record r) {
        String label = r.get("label").asString();
        // stale-keys.cypher reads no name of a protected person; the keys come from the one function both load
        // paths use.
        Keys keys = of(
                SearchLabel.of(label).label(),
                r.get("name").asString(null),
                r.get("nameKo").asString(null),
                r.get("protected").asBoolean(false) ? "PROTECTED" : null,
                r.get("witnessCode").asString(null));
        Map<String, Object> row = new HashMap<>();
        row.put("label", label);
        row.put("id", r.get("id").asString());
        row.put("keysOf", keys.keysOf());
        row.put("words", keys.words());
        row.put("skeletons", keys.skeletons());
        return row;
    }

    /**
     * The keys of one node: its words and skeletons as the index holds them (null when there are none, so that no
     * load path stores an empty key), and keysOf, what they were made from, as search/stale-keys.cypher works it out.
     */
    public record Keys(String words, String skeletons, String keysOf) {}

    /** The labels of the nodes search finds, as Neo4j labels. */
    public static final Set<String> SEARCHABLE_LABELS =
            Arrays.stream(SearchLabel.values()).map(SearchLabel::label).collect(Collectors.toUnmodifiableSet());

    /**
     * The keys of a node of {@code label} (one of {@link #SEARCHABLE_LABELS}) from its stored properties, exactly
     * as {@link #refresh} would write them: a protected person's from its witness code alone (its name is never
     * read), a source's from its short name only. {@code load --bulk} stages them as importer columns with this.
     */
    public static Keys of(String label, String name, String nameKo, String protection, String witnessCode) {
        if (label.equals("Person") && "PROTECTED".equals(protection)) {
            return ofProtected(witnessCode);
        }
        return ofNamed(name, label.equals("Source") ? null : nameKo);
    }

    private static Keys ofProtected(String witnessCode) {
        // Found by the witness code in full only; the code's pieces are its words, and it has no skeletons.
        return new Keys(joined(words(witnessCode)), null, "protected " + (witnessCode == null ? "" : witnessCode));
    }

    private static Keys ofNamed(String name, String nameKo) {
        Set<String> words = new LinkedHashSet<>(words(name));
        words.addAll(words(nameKo));
        Set<String> skeletons = new LinkedHashSet<>(skeletons(name));
        skeletons.addAll(skeletons(nameKo));
        return new Keys(
                joined(words),
                joined(skeletons),
                "named " + (name == null ? "" : name) + "|" + (nameKo == null ? "" : nameKo));
    }

    private static String joined(Collection<String> keys) {
        return keys.isEmpty() ? null : String.join(" ", keys);
    }

    /** The pieces of a name as typed (folded: no case, accents or control characters), as index terms. */
    static List<String> words(String name) {
        return name == null
                ? List.of()
                : pieces(Romanisation.fold(name)).stream().map(SearchKeys::term).toList();
    }

    /** The romanisation skeleton of each word of a name, as index terms. */
    static List<String> skeletons(String name) {
        return name == null
                ? List.of()
                : Romanisation.words(name).stream().map(w -> term(w.skeleton())).toList();
    }

    /** The pieces of an already folded text, in order. */
    static List<String> pieces(String folded) {
        List<String> pieces = new ArrayList<>();
        Matcher m = PIECE.matcher(folded);
        while (m.find()) {
            pieces.add(m.group());
        }
        return pieces;
    }

    /**
     * A key as the index holds it: cut to {@link #MAX_TERM} characters, and any white space (which a compatibility
     * form can decompose into) made an underscore, since the index cuts terms at white space. Both sides of a
     * comparison go through this, so equal keys stay equal and a prefix stays a prefix.
     */
    static String term(String key) {
        int end = key.offsetByCodePoints(0, Math.min(MAX_TERM, key.codePointCount(0, key.length())));
        StringBuilder term = new StringBuilder(end);
        key.substring(0, end)
                .codePoints()
                .forEach(c -> term.appendCodePoint(Character.isWhitespace(c) || Character.isSpaceChar(c) ? '_' : c));
        return term.toString();
    }
}
