package org.songbungraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.songbungraph.export.Snapshot.Edge;
import org.songbungraph.export.Snapshot.Node;

/**
 * GraphML (graphml.graphdrawing.org) for Gephi, yEd, Cytoscape and the like: one key per property, typed
 * from the values, nodes n0, n1… with the business id as data, edges between them.
 */
final class GraphmlExport {

    static final String FILE = "graph.graphml";
    static final String NS = "http://graphml.graphdrawing.org/xmlns";

    private GraphmlExport() {}

    static List<Path> write(Snapshot snapshot, Path dir) throws IOException {
        Map<String, String> nodeKeys =
                keys(snapshot.nodes().stream().map(Node::properties).toList());
        Map<String, String> edgeKeys =
                keys(snapshot.edges().stream().map(Edge::properties).toList());
        Path file = dir.resolve(FILE);
        try (OutputStream out = Files.newOutputStream(file)) {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            newline(xml, 0);
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace(NS);
            key(xml, "node", "id", "string");
            key(xml, "node", "labels", "string");
            for (Map.Entry<String, String> k : nodeKeys.entrySet()) {
                key(xml, "node", k.getKey(), k.getValue());
            }
            key(xml, "edge", "id", "string");
            key(xml, "edge", "type", "string");
            for (Map.Entry<String, String> k : edgeKeys.entrySet()) {
                key(xml, "edge", k.getKey(), k.getValue());
            }
            newline(xml, 1);
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "songbun");
            xml.writeAttribute("edgedefault", "directed");

            // Ids are unique per label; the index keeps GraphML ids unique even if two labels share one.
            Map<String, String> xmlIds = new HashMap<>();
            List<Node> nodes = snapshot.nodes();
            for (int i = 0; i < nodes.size(); i++) {
                Node node = nodes.get(i);
                xmlIds.put(node.layout().name() + "\n" + node.id(), "n" + i);
                newline(xml, 2);
                xml.writeStartElement("node");
                xml.writeAttribute("id", "n" + i);
                data(xml, "node", "id", node.id());
                data(xml, "node", "labels", ":" + String.join(":", node.labels()));
                for (Map.Entry<String, Object> p : node.properties().entrySet()) {
                    data(xml, "node", p.getKey(), p.getValue());
                }
                newline(xml, 2);
                xml.writeEndElement();
            }
            List<Edge> edges = snapshot.edges();
            for (int i = 0; i < edges.size(); i++) {
                Edge edge = edges.get(i);
                newline(xml, 2);
                xml.writeStartElement("edge");
                xml.writeAttribute("id", "e" + i);
                xml.writeAttribute("source", xmlIds.get(edge.startLabel() + "\n" + edge.startId()));
                xml.writeAttribute("target", xmlIds.get(edge.endLabel() + "\n" + edge.endId()));
                data(xml, "edge", "id", edge.id());
                data(xml, "edge", "type", edge.layout().name());
                for (Map.Entry<String, Object> p : edge.properties().entrySet()) {
                    data(xml, "edge", p.getKey(), p.getValue());
                }
                newline(xml, 2);
                xml.writeEndElement();
            }
            newline(xml, 1);
            xml.writeEndElement();
            newline(xml, 0);
            xml.writeEndElement();
            newline(xml, 0);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
        return List.of(file);
    }

    /** Each property name with its GraphML type: long, double or boolean when every value is one, else string. */
    private static Map<String, String> keys(List<Map<String, Object>> all) {
        Map<String, String> types = new TreeMap<>();
        for (Map<String, Object> properties : all) {
            properties.forEach((name, value) -> types.merge(name, type(value), (a, b) -> a.equals(b) ? a : "string"));
        }
        return types;
    }

    private static String type(Object value) {
        if (value instanceof Long) {
            return "long";
        }
        if (value instanceof Double) {
            return "double";
        }
        return value instanceof Boolean ? "boolean" : "string";
    }

    private static void key(XMLStreamWriter xml, String on, String name, String type) throws XMLStreamException {
        newline(xml, 1);
        xml.writeEmptyElement("key");
        xml.writeAttribute("id", keyId(on, name));
        xml.writeAttribute("for", on);
        xml.writeAttribute("attr.name", name);
        xml.writeAttribute("attr.type", type);
    }

    private static String keyId(String on, String name) {
        return on.charAt(0) + "_" + name;
    }

    private static void data(XMLStreamWriter xml, String on, String name, Object value) throws XMLStreamException {
        newline(xml, 3);
        xml.writeStartElement("data");
        xml.writeAttribute("key", keyId(on, name));
        // Lists as in the CSV format (`|` between items); text as XML 1.0 can carry it.
        xml.writeCharacters(xmlSafe(CsvExport.format(value)));
        xml.writeEndElement();
    }

    /** XML 1.0 cannot hold most control characters, even escaped: each becomes U+FFFD. */
    static String xmlSafe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints()
                .forEach(c -> out.appendCodePoint(
                        c == 0x9
                                        || c == 0xA
                                        || c == 0xD
                                        || c >= 0x20 && c <= 0xD7FF
                                        || c >= 0xE000 && c <= 0xFFFD
                                        || c >= 0x10000 && c <= 0x10FFFF
                                ? c
                                : 0xFFFD));
        return out.toString();
    }

    private static void newline(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
