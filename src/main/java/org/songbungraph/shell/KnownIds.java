package org.songbungraph.shell;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Checks that an id given on the command line exists, and otherwise fails with exit code 2 and the
 * nearest existing ids. Ids are always bound as parameters; the label is one of the model's labels.
 */
@Component
public class KnownIds {

    /** The labels a command can be asked about, with the word used in messages. */
    public enum Kind {
        PERSON("Person", "person"),
        FAMILY("Family", "family"),
        UNIT("Unit", "unit"),
        MINE("Mine", "mine"),
        MARKET("Market", "market"),
        PLACE("Place", "place"),
        SOURCE("Source", "source"),
        CLAIM("Claim", "claim");

        private final String label;
        private final String word;

        Kind(String label, String word) {
            this.label = label;
            this.word = word;
        }

        public String label() {
            return label;
        }
    }

    private static final int SUGGESTIONS = 3;
    // Past this length an id is not a typo of any real id; skip the edit-distance scan.
    private static final int LONGEST_ID = 64;
    private static final Pattern ID_SHAPE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,63}");
    private static final Pattern WITNESS_CODE = Pattern.compile("W-\\d{4}");

    private final Neo4jClient client;

    KnownIds(Neo4jClient client) {
        this.client = client;
    }

    /**
     * Returns the id when a node of this kind has it (for people, a witness code such as W-0101 gives the
     * person's id); otherwise throws with suggestions. Callers use the returned id.
     */
    public String require(Kind kind, String id) {
        if (id == null || id.isBlank()) {
            throw new SongbunException(
                    ExitCode.BAD_INPUT,
                    "Give the " + kind.word + " id, e.g. "
                            + suggestions(kind, "").stream().findFirst().orElse("ID") + ".");
        }
        if (exists(kind, id)) {
            return id;
        }
        if (kind == Kind.PERSON) {
            Optional<String> witness = personWithWitnessCode(id);
            if (witness.isPresent()) {
                return witness.get();
            }
        }
        throw unknownId(kind.word, id, ids(kind));
    }

    /** The person a witness code (W-0101) stands for, if it is one. */
    public Optional<String> personWithWitnessCode(String code) {
        if (code == null || !WITNESS_CODE.matcher(code).matches()) {
            return Optional.empty();
        }
        return client.query(QueryFile.load("shell/person-by-witness-code.cypher"))
                .bindAll(Map.of("code", code))
                .fetchAs(String.class)
                .one();
    }

    /**
     * The exit-code-2 failure for an id that is none of {@code candidates}, naming the nearest of them. Public for
     * lookups that {@link Kind} does not cover, such as a node of any label.
     */
    public static SongbunException unknownId(String word, String id, Collection<String> candidates) {
        List<String> near = nearest(id, candidates);
        return new SongbunException(
                ExitCode.BAD_INPUT,
                "No " + word + " has the id " + echo(id) + "."
                        + (near.isEmpty() ? "" : " Did you mean " + String.join(", ", near) + "?")
                        + " `search TEXT` finds ids by name.");
    }

    public boolean exists(Kind kind, String id) {
        return client.query(QueryFile.load("shell/id-exists.cypher"))
                .bindAll(Map.of("label", kind.label, "id", id))
                .fetchAs(Boolean.class)
                .one()
                .orElse(false);
    }

    List<String> suggestions(Kind kind, String id) {
        return nearest(id, ids(kind));
    }

    private List<String> ids(Kind kind) {
        return List.copyOf(client.query(QueryFile.load("shell/ids-of-label.cypher"))
                .bindAll(Map.of("label", kind.label))
                .fetchAs(String.class)
                .all());
    }

    private static List<String> nearest(String id, Collection<String> all) {
        if (id.isEmpty() || id.length() > LONGEST_ID) {
            return all.stream().sorted().limit(id.isEmpty() ? 1 : 0).toList();
        }
        String wanted = id.toUpperCase(Locale.ROOT);
        LevenshteinDistance distance = new LevenshteinDistance(Math.max(3, wanted.length() / 2));
        return all.stream()
                .map(candidate -> Map.entry(candidate, score(distance, wanted, candidate.toUpperCase(Locale.ROOT))))
                .filter(e -> e.getValue() >= 0)
                .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .limit(SUGGESTIONS)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Edit distance, with ids that contain what was typed (P-SYN-PAK for P-SYN-PAK-08) counted as close. */
    private static int score(LevenshteinDistance distance, String wanted, String candidate) {
        if (candidate.contains(wanted) || wanted.contains(candidate)) {
            return Math.abs(candidate.length() - wanted.length()) == 0 ? 0 : 1;
        }
        return distance.apply(wanted, candidate);
    }

    /**
     * Repeats what was typed only when it is shaped like an id. Anything else may be a name, even a protected
     * person's; it is not echoed into the terminal or the log.
     */
    private static String echo(String id) {
        return ID_SHAPE.matcher(id).matches() ? "'" + id + "'" : "you gave";
    }
}
