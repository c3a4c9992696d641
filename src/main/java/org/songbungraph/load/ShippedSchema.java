package org.songbungraph.load;

import static org.songbungraph.load.ImportSchema.file;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.songbungraph.load.ImportSchema.Bool;
import org.songbungraph.load.ImportSchema.Decimal;
import org.songbungraph.load.ImportSchema.Enum;
import org.songbungraph.load.ImportSchema.FileSpec;
import org.songbungraph.load.ImportSchema.Id;
import org.songbungraph.load.ImportSchema.Int;
import org.songbungraph.load.ImportSchema.LabelOf;
import org.songbungraph.load.ImportSchema.Ref;
import org.songbungraph.load.ImportSchema.Refs;
import org.songbungraph.load.ImportSchema.Text;
import org.songbungraph.load.ImportSchema.Year;

/** The import/ format of the knowledge model (docs/model.md, import/README.md), as checked before a load. */
final class ShippedSchema {

    static final Set<String> UNIT_KINDS = Set.of(
            "FACTORY",
            "MINE",
            "FARM",
            "MILITARY",
            "SCHOOL",
            "UNIVERSITY",
            "CONSTRUCTION",
            "POWER_STATION",
            "RAIL_DEPOT",
            "LABOR_TRAINING_CAMP",
            "INMINBAN",
            "SECURITY_AGENCY",
            "PARTY_COMMITTEE",
            "LABOR_DEPARTMENT");
    static final Set<String> NODE_LABELS = Set.of(
            "Person",
            "Family",
            "SongbunClass",
            "SongbunCategory",
            "Unit",
            "Market",
            "Place",
            "Source",
            "Claim",
            "Policy",
            "Event",
            "Slogan",
            "Housing");

    private static final Text TEXT = new Text();
    private static final Year YEAR = new Year();
    private static final Bool BOOL = new Bool();
    private static final Refs SOURCES = new Refs("Source");
    private static final Int CREDIBILITY = new Int(1, 6);
    private static final Int COUNT = new Int(0, Integer.MAX_VALUE);

    private ShippedSchema() {}

    static List<FileSpec> files() {
        List<FileSpec> files = new ArrayList<>();
        files.add(node("persons.csv", "Person")
                .optional("nameKo", TEXT)
                .optional("sex", new Enum(Set.of("M", "F")))
                .optional("birthYear", YEAR)
                .optional("deathYear", YEAR)
                .notBefore("deathYear", "birthYear")
                .required("protection", new Enum(Set.of("PUBLIC", "PSEUDONYM", "PROTECTED")))
                .optional("witnessCode", TEXT)
                .build());
        files.add(node("families.csv", "Family").optional("nameKo", TEXT).build());
        files.add(node("songbun_classes.csv", "SongbunClass")
                .optional("nameEn", TEXT)
                .optional("nameKo", TEXT)
                .optional("nameOfficial", TEXT)
                .optional("nameOfficialEn", TEXT)
                .optional("rank", new Int(1, 3))
                .optional("share", new Decimal(0, 1))
                .optional("shareSource", new Ref("Source", null))
                .build());
        files.add(node("songbun_categories.csv", "SongbunCategory")
                .optional("nameKo", TEXT)
                .required("taxonomy", TEXT)
                .optional("ordinal", COUNT)
                .optional("sourceItem", TEXT)
                .optional("uncertain", BOOL)
                .build());
        files.add(node("units.csv", "Unit")
                .optional("nameKo", TEXT)
                .required("kind", new Enum(UNIT_KINDS))
                .optional("collective", BOOL)
                .build());
        files.add(node("markets.csv", "Market")
                .optional("nameKo", TEXT)
                .optional("collective", BOOL)
                .build());
        files.add(node("places.csv", "Place")
                .optional("nameKo", TEXT)
                .required("kind", new Enum(Set.of("PROVINCE", "CITY", "COUNTY", "DISTRICT")))
                .optional("lat", new Decimal(37, 43.5))
                .optional("lon", new Decimal(124, 131))
                .build());
        files.add(node("sources.csv", "Source")
                .optional("title", TEXT)
                .optional("author", TEXT)
                .optional("publisher", TEXT)
                .optional("url", TEXT)
                .optional("published", TEXT)
                .required(
                        "kind",
                        new Enum(Set.of(
                                "NEWS", "TESTIMONY", "NGO_REPORT", "UN_REPORT", "GOVERNMENT", "LAW", "ACADEMIC")))
                .optional("language", TEXT)
                .required("reliability", new Enum(Set.of("A", "B", "C", "D", "E", "F")))
                .optional("reference", TEXT)
                .build());
        files.add(node("claims.csv", "Claim")
                .required("statement", TEXT)
                .required("credibility", CREDIBILITY)
                .optional("value", new Decimal(-1e12, 1e12))
                .optional("valueMax", new Decimal(-1e12, 1e12))
                .optional("unit", TEXT)
                .optional("qualifier", TEXT)
                .optional("asOf", TEXT)
                .optional("items", TEXT)
                .optional("contradicts", new Refs("Claim"))
                .build());
        files.add(node("policies.csv", "Policy")
                .required(
                        "domain",
                        new Enum(Set.of(
                                "EDUCATION",
                                "RESIDENCE",
                                "EMPLOYMENT",
                                "PARTY",
                                "MILITARY",
                                "MARRIAGE",
                                "FOOD",
                                "MOVEMENT")))
                .required("statement", TEXT)
                .optional("credibility", CREDIBILITY)
                .build());
        files.add(node("events.csv", "Event")
                .optional("kind", TEXT)
                .optional("fromYear", YEAR)
                .optional("toYear", YEAR)
                .notBefore("toYear", "fromYear")
                .optional("count", COUNT)
                .optional("countQualifier", TEXT)
                .optional("periodYears", COUNT)
                .build());
        files.add(node("slogans.csv", "Slogan").optional("nameKo", TEXT).build());
        files.add(node("housing.csv", "Housing")
                .optional("storeysMin", COUNT)
                .optional("storeysMax", COUNT)
                .build());

        files.add(rel("child_of.csv", "Person", "Person")
                .required("line", new Enum(Set.of("PATERNAL", "MATERNAL")))
                .build());
        files.add(rel("married_to.csv", "Person", "Person").build());
        files.add(rel("member_of.csv", "Person", "Family").build());
        files.add(rel("classified_as.csv", "Person", "SongbunCategory")
                .required("basis", new Enum(Set.of("OWN_ACT", "INHERITED", "MARRIAGE", "RECLASSIFIED")))
                .optional("act", TEXT)
                .optional("year", YEAR)
                .build());
        files.add(rel("in_class.csv", "SongbunCategory", "SongbunClass").build());
        files.add(poly("applies_to.csv", Set.of("Policy"), Set.of("SongbunClass", "SongbunCategory", "Unit"))
                .build());
        files.add(rel("assigned_to.csv", "Person", "Unit")
                .optional(
                        "status",
                        new Enum(Set.of("ACTIVE", "COMPLETED", "TRANSFERRED", "LEFT_WITHOUT_PERMISSION", "DISCHARGED")))
                .optional("assignedBy", Ref.to("Unit"))
                .optional("role", TEXT)
                .optional("documents", TEXT)
                .build());
        files.add(rel("served_in.csv", "Person", "Unit").optional("role", TEXT).build());
        files.add(rel("studied_at.csv", "Person", "Unit")
                .optional("completed", BOOL)
                .build());
        files.add(rel("denied.csv", "Person", "Unit")
                .required("what", TEXT)
                .optional("reason", TEXT)
                .build());
        files.add(rel("lives_in.csv", "Person", "Place").build());
        files.add(rel("detained_in.csv", "Person", "Unit")
                .optional("reason", TEXT)
                .build());
        files.add(poly("surveils.csv", Set.of("Unit", "Person"), Set.of("Person", "Unit", "Market"))
                .required("means", new Enum(Set.of("INMINBAN", "SECURITY", "WORKPLACE", "INFORMANT", "PARTY")))
                .build());
        files.add(rel("reports_to.csv", "Unit", "Unit").build());
        files.add(rel("raided.csv", "Unit", "Market").build());
        files.add(
                rel("trades_at.csv", "Person", "Market").optional("goods", TEXT).build());
        files.add(poly("located_in.csv", Set.of("Unit", "Market", "Place", "Housing"), Set.of("Place"))
                .build());
        files.add(poly("about.csv", Set.of("Claim"), NODE_LABELS).build());
        files.add(poly("cites.csv", Set.of("Claim", "Source"), Set.of("Source")).build());
        files.add(rel("gave.csv", "Person", "Source").build());
        files.add(rel("held_at.csv", "Event", "Unit").build());
        return List.copyOf(files);
    }

    private static ImportSchema.Builder node(String file, String label) {
        return file(file)
                .required("id", new Id(label))
                .required("name", TEXT)
                .required("synthetic", BOOL)
                .required("sources", SOURCES)
                .optional("note", TEXT);
    }

    private static ImportSchema.Builder rel(String file, String start, String end) {
        return relationship(file).required("startId", Ref.to(start)).required("endId", Ref.to(end));
    }

    private static ImportSchema.Builder poly(String file, Set<String> starts, Set<String> ends) {
        return relationship(file)
                .required("startId", Ref.labelledBy("startLabel"))
                .required("startLabel", new LabelOf(starts))
                .required("endId", Ref.labelledBy("endLabel"))
                .required("endLabel", new LabelOf(ends));
    }

    private static ImportSchema.Builder relationship(String file) {
        String type = file.replace(".csv", "").toUpperCase();
        return file(file)
                .required("id", new Id(type))
                .optional("from", YEAR)
                .optional("to", YEAR)
                .notBefore("to", "from")
                .optional("credibility", CREDIBILITY)
                .required("sources", SOURCES)
                .optional("note", TEXT);
    }
}
