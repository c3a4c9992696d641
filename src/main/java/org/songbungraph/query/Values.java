package org.songbungraph.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;

/** Driver values as plain Java values that print as text, JSON or CSV. Nodes are shown by labels and properties. */
final class Values {

    private Values() {}

    static Object plain(Value value) {
        return plain(value.asObject());
    }

    private static Object plain(Object value) {
        if (value instanceof Node node) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("labels", sortedLabels(node.labels()));
            map.put("properties", new TreeMap<>(plainMap(node.asMap())));
            return map;
        }
        if (value instanceof Relationship rel) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("type", rel.type());
            map.put("properties", new TreeMap<>(plainMap(rel.asMap())));
            return map;
        }
        if (value instanceof Path path) {
            List<Object> parts = new ArrayList<>();
            path.nodes().forEach(n -> parts.add(plain(n)));
            return Map.of("path", parts, "length", path.length());
        }
        if (value instanceof Map<?, ?> map) {
            return plainMap(map);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Values::plain).toList();
        }
        if (value instanceof java.time.temporal.TemporalAccessor
                || value instanceof org.neo4j.driver.types.IsoDuration
                || value instanceof org.neo4j.driver.types.Point) {
            return value.toString();
        }
        return value;
    }

    private static Map<String, Object> plainMap(Map<?, ?> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
        return out;
    }

    private static List<String> sortedLabels(Iterable<String> labels) {
        List<String> list = new ArrayList<>();
        labels.forEach(list::add);
        list.sort(String::compareTo);
        return list;
    }
}
