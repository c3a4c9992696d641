package org.songbungraph.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.neo4j.driver.Driver;

/**
 * A canonical hash of everything in the knowledge graph (labels, properties, relationships and their
 * properties, addressed by business ids), so two loads can be compared exactly. The chain of custody
 * (LoadRun and LoadedFile nodes) and the audit trail (AuditRecord) are left out: every load adds its own run, by design. So are the search keys
 * (search/SearchKeys.java): `load` derives them from the names for the search index, cypher-shell does not write
 * them, and SearchKeysTest checks them.
 */
public final class GraphFingerprint {

    private static final List<String> SEARCH_KEYS = List.of("searchWords", "searchSkeletons", "searchKeysOf");

    private GraphFingerprint() {}

    public static String of(Driver driver) {
        try (var session = driver.session()) {
            List<String> nodes = session
                    .run("MATCH (n) WHERE NOT n:LoadRun AND NOT n:LoadedFile AND NOT n:AuditRecord "
                            + "RETURN labels(n) AS labels, properties(n) AS props")
                    .list(r -> {
                        java.util.Map<String, Object> props =
                                new java.util.HashMap<>(r.get("props").asMap());
                        props.keySet().removeAll(SEARCH_KEYS);
                        List<String> labels = r.get("labels").asList(Object::toString).stream()
                                .sorted()
                                .toList();
                        return labels + canonical(props);
                    })
                    .stream()
                    .sorted()
                    .toList();
            List<String> rels = session
                    .run("MATCH (a)-[r]->(b) WHERE NOT a:LoadRun "
                            + "RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS props")
                    .list(r -> r.get("a").asString("?") + "-" + r.get("t").asString() + "->"
                            + r.get("b").asString("?")
                            + canonical(r.get("props").asMap()))
                    .stream()
                    .sorted()
                    .toList();
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            nodes.forEach(line -> sha.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
            rels.forEach(line -> sha.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
            return nodes.size() + " nodes, " + rels.size() + " relationships, sha256 "
                    + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String canonical(java.util.Map<String, Object> props) {
        return new java.util.TreeMap<>(props).toString();
    }
}
