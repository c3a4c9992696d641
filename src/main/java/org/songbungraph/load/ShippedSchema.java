package org.songbungraph.load;

import static org.songbungraph.load.ImportSchema.file;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.songbungraph.corroboration.KnowledgeFilter;
import org.songbungraph.load.ImportSchema.Bool;
import org.songbungraph.load.ImportSchema.Decimal;
import org.songbungraph.load.ImportSchema.Enum;
import org.songbungraph.load.ImportSchema.FileSpec;
import org.songbungraph.load.ImportSchema.Id;
import org.songbungraph.load.ImportSchema.Int;
import org.songbungraph.load.ImportSchema.LabelOf;
import org.songbungraph.load.ImportSchema.PartialDate;
import org.songbungraph.load.ImportSchema.Ref;
import org.songbungraph.load.ImportSchema.Refs;
import org.songbungraph.load.ImportSchema.Text;
import org.songbungraph.load.ImportSchema.Texts;
import org.songbungraph.load.ImportSchema.Year;

/**
 * The import/ format of the knowledge model (docs/model.md), as checked before a load and as import/README.md
 * describes it: the column tables there are rendered from this declaration.
 */
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

    // Node ids are unique across all node files, so that an id names one node whatever label it is looked up by.
    private static final String NODE_IDS = "node";

    private static final Text TEXT = new Text();
    private static final Texts TEXTS = new Texts();
    private static final Year YEAR = new Year();
    private static final PartialDate DATE = new PartialDate();
    private static final Enum DATE_QUALIFIER = new Enum(Set.of("CIRCA", "BEFORE", "AFTER", "BETWEEN"));
    private static final String DATE_QUALIFIER_MEANING = "How to read the dates: CIRCA (about then), BEFORE (at some"
            + " time before the end), AFTER (at some time after the start) or BETWEEN (at some time between the two);"
            + " absent: from the start to the end, as precise as written.";
    private static final Bool BOOL = new Bool();
    private static final Refs SOURCES = new Refs("Source");
    private static final Int CREDIBILITY = new Int(1, 6);
    private static final Int COUNT = new Int(0, Integer.MAX_VALUE);
    private static final Enum QUALIFIER = new Enum(Set.of("EXACT", "ABOUT", "BELOW", "AT_LEAST", "UP_TO", "RANGE"));
    private static final String CREDIBILITY_MEANING = "Admiralty information credibility 1-6.";
    // The vocabulary the shell's --knowledge filter takes, so the two cannot drift apart.
    private static final Enum KNOWLEDGE = new Enum(Set.copyOf(KnowledgeFilter.VALUES));
    private static final String KNOWLEDGE_MEANING = "DIRECT (saw or lived it), HEARSAY (heard it from the person"
            + " concerned or from others), RUMOUR, DOCUMENT (read it in a document), OFFICIAL (a regime statement) or UNSTATED (the source does not say).";
    private static final String GRADE_NOTE_MEANING =
            "Why the credibility is what it is, where the grade rule asks for a reason (docs/model.md, Grade rule).";

    private ShippedSchema() {}

    static List<FileSpec> files() {
        List<FileSpec> files = new ArrayList<>();
        files.add(node("persons.csv", "Person", "A real, pseudonymous, protected or synthetic individual.")
                .optional("nameKo", TEXT, "Name in Hangul, where known.")
                .optional("sex", new Enum(Set.of("M", "F")), "M or F, where known.")
                .optional("birthYear", YEAR, "Year of birth (integer), where known.")
                .optional("deathYear", YEAR, "Year of death (integer), where known.")
                .optional(
                        "birthDecade",
                        new Int(1000, 2990),
                        "First year of the decade of birth (1980 for the 1980s), where only the decade is given:"
                                + " `export --redact` gives a protected person's decade instead of the exact year.")
                .notBefore("deathYear", "birthYear")
                .required(
                        "protection",
                        new Enum(Set.of("PUBLIC", "PSEUDONYM", "PROTECTED")),
                        "PUBLIC (may be named), PSEUDONYM (name is a pseudonym, e.g. Ji-Hoon*) or PROTECTED (show"
                                + " only witnessCode, never name or nameKo).")
                .requiredWhen(
                        "witnessCode",
                        TEXT,
                        "protection",
                        "PROTECTED",
                        "Witness code such as W-0007, required for PROTECTED people and the only identifier to"
                                + " display for them.")
                // The name, the Hangul name and the note identify a witness: `seal` moves them into the vault.
                .sealed("protection", "PROTECTED", "witnessCode", "name", List.of("name", "nameKo", "note"))
                .build());
        files.add(node("families.csv", "Family", "A family line grouping Person nodes through MEMBER_OF.")
                .optional("nameKo", TEXT, "Name in Hangul.")
                .build());
        files.add(node(
                        "songbun_classes.csv",
                        "SongbunClass",
                        "One of the three songbun classes; ids are exactly CORE, WAVERING, HOSTILE.")
                .required("nameEn", TEXT, "English name: core, wavering or hostile.")
                .required("nameKo", TEXT, "Korean label: 핵심계층, 동요계층 or 적대계층.")
                .required("nameOfficial", TEXT, "North Korea's official label: 기본군중, 복잡한 군중 or 적대계급잔여분자.")
                .optional("nameOfficialEn", TEXT, "English translation of the official label.")
                .optional("rank", new Int(1, 3), "Order from most to least favoured (1 = core, 3 = hostile).")
                .optional("share", new Decimal(0, 1), "Estimated fraction of the population (0.28 = 28%).")
                .optional("shareSource", Ref.to("Source"), "Source id of the share estimate.")
                .build());
        files.add(node(
                        "songbun_categories.csv",
                        "SongbunCategory",
                        "One sub-category of a published songbun taxonomy (51 in asia-watch-1988).")
                .optional("nameKo", TEXT, "Conventional Korean term, added editorially.")
                .required("taxonomy", TEXT, "Name of the published list the category belongs to, e.g. asia-watch-1988.")
                .required(
                        "ordinal",
                        COUNT,
                        "Position within its class in that list (1-based, after splitting multi-group items).")
                .optional(
                        "sourceItem",
                        TEXT,
                        "Item number as printed in the source list (the three 'went South' groups share item 7).")
                .required("uncertain", BOOL, "true when a transcription of the source reads the item differently.")
                .build());
        files.add(node(
                        "units.csv",
                        "Unit",
                        "An organisation a person can be assigned to, study at, serve in, be detained in or be"
                                + " watched by; MINE units also carry the label Mine.")
                .optional("nameKo", TEXT, "Name in Hangul, where known.")
                .required(
                        "kind",
                        new Enum(UNIT_KINDS),
                        "FACTORY, MINE, FARM, MILITARY, SCHOOL, UNIVERSITY, CONSTRUCTION, POWER_STATION, RAIL_DEPOT,"
                                + " LABOR_TRAINING_CAMP, INMINBAN, SECURITY_AGENCY, PARTY_COMMITTEE or"
                                + " LABOR_DEPARTMENT.")
                .optional(
                        "collective",
                        BOOL,
                        "true when the node stands for a whole class of institutions as a source describes them"
                                + " (e.g. 'the major mines near Kaechon', 'labour training camps').")
                .build());
        files.add(node("markets.csv", "Market", "A market (jangmadang) where people trade.")
                .optional("nameKo", TEXT, "Name in Hangul.")
                .optional("collective", BOOL, "true when the node stands for markets in general.")
                .build());
        files.add(node("places.csv", "Place", "A geographic place.")
                .optional("nameKo", TEXT, "Name in Hangul.")
                .required(
                        "kind",
                        new Enum(Set.of("PROVINCE", "CITY", "COUNTY", "DISTRICT")),
                        "PROVINCE, CITY, COUNTY or DISTRICT.")
                .optional("lat", new Decimal(37, 43.5), "Approximate latitude (decimal degrees), where known.")
                .optional("lon", new Decimal(124, 131), "Approximate longitude (decimal degrees), where known.")
                .build());
        files.add(node("sources.csv", "Source", "A document, report, law or testimony that statements are taken from.")
                .required(
                        "title",
                        TEXT,
                        "Title as published, or a bracketed/descriptive title when the source gives none.")
                .optional("author", TEXT, "Author(s), where known.")
                .optional("publisher", TEXT, "Publisher or outlet, where known.")
                .optional("url", TEXT, "Address, where known.")
                .optional(
                        "published",
                        TEXT,
                        "Publication date as an ISO string of known precision (2012-06-06, 2015-02, 2017); absent"
                                + " when unknown.")
                .required(
                        "kind",
                        new Enum(Set.of(
                                "NEWS", "TESTIMONY", "NGO_REPORT", "UN_REPORT", "GOVERNMENT", "LAW", "ACADEMIC")),
                        "NEWS, TESTIMONY, NGO_REPORT, UN_REPORT, GOVERNMENT, LAW or ACADEMIC.")
                .optional("language", TEXT, "ISO 639-1 language code of the original, where known.")
                .required(
                        "reliability",
                        new Enum(Set.of("A", "B", "C", "D", "E", "F")),
                        "Admiralty source reliability: A, B, C, D, E or F (see Grades).")
                .optional("reference", TEXT, "Document symbol or article number, e.g. A/HRC/25/63 or Art. 70.")
                .requiredWhen(
                        "knowledge",
                        KNOWLEDGE,
                        "kind",
                        "TESTIMONY",
                        "How the teller knows, for TESTIMONY (optional for other kinds): " + KNOWLEDGE_MEANING)
                .grades("id", "reliability", "synthetic")
                .build());
        files.add(node(
                        "claims.csv",
                        "Claim",
                        "One paraphrased statement taken from its sources, graded for credibility.")
                .required("statement", TEXT, "The statement, paraphrased in the project's own words.")
                .required("credibility", CREDIBILITY, CREDIBILITY_MEANING)
                .optional("value", new Decimal(-1e12, 1e12), "Numeric figure when the claim is a figure.")
                .optional("valueMax", new Decimal(-1e12, 1e12), "Upper bound when the figure is a range.")
                .optional("unit", TEXT, "Unit of the figure (percent, years, households...).")
                .optional(
                        "qualifier",
                        QUALIFIER,
                        "How to read the figure: EXACT, ABOUT, BELOW, AT_LEAST, UP_TO or RANGE.")
                .optional("asOf", DATE, "Date the figure refers to, of known precision: YYYY, YYYY-MM or YYYY-MM-DD.")
                .optional(
                        "dateQualifier",
                        new Enum(Set.of("CIRCA", "BEFORE", "AFTER")),
                        "How to read asOf: CIRCA (about then), BEFORE or AFTER (some time before or after it).")
                .optional(
                        "items",
                        TEXTS,
                        "List of the things the claim enumerates (e.g. goods sold, kinds of workplace).")
                .optional(
                        "contradicts", new Refs("Claim"), "List of Claim ids this claim disagrees with; both are kept.")
                .optional(
                        "knowledge",
                        KNOWLEDGE,
                        "How the teller knows this claim, where it differs from its source's own: " + KNOWLEDGE_MEANING)
                .optional("gradeNote", TEXT, GRADE_NOTE_MEANING)
                .graded("credibility", "sources", "gradeNote", true)
                .build());
        files.add(node("policies.csv", "Policy", "A class-level rule or state practice taken from a source.")
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
                                "MOVEMENT")),
                        "EDUCATION, RESIDENCE, EMPLOYMENT, PARTY, MILITARY, MARRIAGE, FOOD or MOVEMENT.")
                .required("statement", TEXT, "The rule, paraphrased.")
                .optional("credibility", CREDIBILITY, CREDIBILITY_MEANING)
                .optional("gradeNote", TEXT, GRADE_NOTE_MEANING)
                .graded("credibility", "sources", "gradeNote", true)
                .build());
        files.add(node(
                        "events.csv",
                        "Event",
                        "A dated or counted happening: a campaign, resolution, registration drive or ceremony"
                                + " (addition).")
                .required(
                        "kind",
                        new Enum(Set.of("CEREMONY", "RESOLUTION", "REGISTRATION", "INVESTIGATION", "ID_RENEWAL")),
                        "CEREMONY, RESOLUTION, REGISTRATION, INVESTIGATION or ID_RENEWAL.")
                .optional("fromYear", YEAR, "First year (integer), where known.")
                .optional("toYear", YEAR, "Last year (integer), where known.")
                .notBefore("toYear", "fromYear")
                .optional("fromDate", DATE, "The start more precisely (YYYY-MM or YYYY-MM-DD), in fromYear.")
                .optional("toDate", DATE, "The end more precisely (YYYY-MM or YYYY-MM-DD), in toYear.")
                .optional("dateQualifier", DATE_QUALIFIER, DATE_QUALIFIER_MEANING)
                .interval("fromYear", "fromDate", "toYear", "toDate", "dateQualifier")
                .optional("count", COUNT, "How many times it happened, where counted.")
                .optional(
                        "countQualifier",
                        QUALIFIER,
                        "How to read count: EXACT, ABOUT, BELOW, AT_LEAST, UP_TO or RANGE.")
                .optional("periodYears", COUNT, "Length of the period the count covers, in years.")
                .build());
        files.add(node("slogans.csv", "Slogan", "An official slogan as reported (addition).")
                .optional("nameKo", TEXT, "Korean original, where known.")
                .build());
        files.add(node("housing.csv", "Housing", "A housing development reported by a source (addition).")
                .optional("storeysMin", COUNT, "Lowest number of storeys.")
                .optional("storeysMax", COUNT, "Highest number of storeys.")
                .build());

        files.add(rel(
                        "child_of.csv",
                        "Person",
                        "Person",
                        "Person -> Person: the start person is a child of the end person.")
                .required(
                        "line",
                        new Enum(Set.of("PATERNAL", "MATERNAL")),
                        "PATERNAL when the end person is the father, MATERNAL when the mother.")
                .older("endId", "parent", "startId", "child", "birthYear")
                // Nobody is their own ancestor, even where birth years are unknown.
                .acyclic("startId", "endId")
                .build());
        files.add(rel(
                        "married_to.csv",
                        "Person",
                        "Person",
                        "Person -> Person: a marriage, stored once (direction carries no meaning; query it"
                                + " undirected).")
                .build());
        files.add(rel(
                        "member_of.csv",
                        "Person",
                        "Family",
                        "Person -> Family: membership of a family line, including spouses who married in.")
                .build());
        files.add(rel(
                        "classified_as.csv",
                        "Person",
                        "SongbunCategory",
                        "Person -> SongbunCategory: a documented classification.")
                .required(
                        "basis",
                        new Enum(Set.of("OWN_ACT", "INHERITED", "MARRIAGE", "RECLASSIFIED")),
                        "OWN_ACT, INHERITED, MARRIAGE or RECLASSIFIED.")
                .requiredWhen("act", TEXT, "basis", "OWN_ACT", "What the person did, for OWN_ACT.")
                .requiredWhen("year", YEAR, "basis", "OWN_ACT", "Year of the act or of the recording (integer).")
                .build());
        files.add(rel(
                        "in_class.csv",
                        "SongbunCategory",
                        "SongbunClass",
                        "SongbunCategory -> SongbunClass: the class a sub-category belongs to.")
                .build());
        files.add(poly(
                        "applies_to.csv",
                        Set.of("Policy"),
                        Set.of("SongbunClass", "SongbunCategory", "Unit"),
                        "Policy -> SongbunClass, SongbunCategory or Unit: who or what the rule applies to.")
                .build());
        files.add(rel("assigned_to.csv", "Person", "Unit", "Person -> Unit: a state job assignment.")
                .optional(
                        "status",
                        new Enum(Set.of("ACTIVE", "COMPLETED", "TRANSFERRED", "LEFT_WITHOUT_PERMISSION", "DISCHARGED")),
                        "ACTIVE, COMPLETED (served out or retired), TRANSFERRED (moved with permission),"
                                + " LEFT_WITHOUT_PERMISSION or DISCHARGED (released by the unit, e.g. injury); absent"
                                + " when unknown.")
                .optional(
                        "assignedBy",
                        Ref.to("Unit"),
                        "Id of the Unit that made the assignment (e.g. a labour department).")
                .optional("role", TEXT, "Job or role at the unit.")
                .optional("documents", TEXTS, "Documents the assignee had to bring.")
                .oneAtATime("startId", "endId", "note")
                .build());
        files.add(rel("served_in.csv", "Person", "Unit", "Person -> Unit (MILITARY): military service.")
                .optional("role", TEXT, "Rank or duty.")
                .oneAtATime("startId", "endId", "note")
                .build());
        files.add(rel("studied_at.csv", "Person", "Unit", "Person -> Unit (SCHOOL, UNIVERSITY): schooling.")
                .optional("completed", BOOL, "true when the person graduated.")
                .oneAtATime("startId", "endId", "note")
                .build());
        files.add(rel(
                        "denied.csv",
                        "Person",
                        "Unit",
                        "Person -> Unit: something the person was refused by or at the unit.")
                .required(
                        "what",
                        new Enum(Set.of("UNIVERSITY", "PARTY_MEMBERSHIP", "MILITARY_SERVICE", "TRANSFER", "RESIDENCE")),
                        "UNIVERSITY, PARTY_MEMBERSHIP, MILITARY_SERVICE, TRANSFER or RESIDENCE.")
                .optional("reason", TEXT, "Reason given or inferred.")
                .build());
        files.add(rel("lives_in.csv", "Person", "Place", "Person -> Place: residence.")
                .oneAtATime("startId", "endId", "note")
                .build());
        files.add(rel("detained_in.csv", "Person", "Unit", "Person -> Unit (LABOR_TRAINING_CAMP etc.): detention.")
                .optional("reason", TEXT, "Why the person was detained.")
                .oneAtATime("startId", "endId", "note")
                .build());
        files.add(poly(
                        "surveils.csv",
                        Set.of("Unit", "Person"),
                        Set.of("Person", "Unit", "Market"),
                        "Unit or Person -> Person, Unit or Market: watching.")
                .required(
                        "means",
                        new Enum(Set.of("INMINBAN", "SECURITY", "WORKPLACE", "INFORMANT", "PARTY")),
                        "INMINBAN, SECURITY, WORKPLACE, INFORMANT or PARTY.")
                .build());
        files.add(rel("reports_to.csv", "Unit", "Unit", "Unit -> Unit: reporting line or flow of recommendations.")
                .build());
        files.add(rel("raided.csv", "Unit", "Market", "Unit -> Market: raids on a market.")
                .build());
        files.add(rel("trades_at.csv", "Person", "Market", "Person -> Market: trading.")
                .optional("goods", TEXTS, "List of goods traded.")
                .build());
        files.add(poly(
                        "located_in.csv",
                        Set.of("Unit", "Market", "Place", "Housing"),
                        Set.of("Place"),
                        "Unit, Market, Place or Housing -> Place: location.")
                .build());
        files.add(poly("about.csv", Set.of("Claim"), NODE_LABELS, "Claim -> any node: what the claim is about.")
                .build());
        files.add(poly(
                        "cites.csv",
                        Set.of("Claim", "Source"),
                        Set.of("Source"),
                        "Claim or Source -> Source: a claim's sources, or an article citing another source.")
                .relays("startId", "endId", "startLabel", "Source")
                .build());
        files.add(rel("gave.csv", "Person", "Source", "Person -> Source: the person gave this testimony.")
                .testimony("startId", "endId")
                .build());
        files.add(rel("held_at.csv", "Event", "Unit", "Event -> Unit: where an event took place (addition).")
                .build());
        return List.copyOf(files);
    }

    private static ImportSchema.Builder node(String file, String label, String description) {
        return file(file)
                .describedAs(description)
                .required(
                        "id",
                        new Id(label, NODE_IDS),
                        "Unique string identifier, prefixed by label (see id conventions); no other node file may use it.")
                .required("name", TEXT, "Human-readable name or short title.")
                .required("synthetic", BOOL, "true for invented illustrative records, false for real ones.")
                .required("sources", SOURCES, "List of Source ids behind this node (Source nodes list their own id).")
                .optional("note", TEXT, "Free-text editorial note: caveats, attribution doubts, what is unknown.");
    }

    private static ImportSchema.Builder rel(String file, String start, String end, String description) {
        return relationship(file, description)
                .required("startId", Ref.to(start), "Id of the start node.")
                .required("endId", Ref.to(end), "Id of the end node.");
    }

    private static ImportSchema.Builder poly(String file, Set<String> starts, Set<String> ends, String description) {
        String polymorphic = " (polymorphic types only).";
        return relationship(file, description)
                .required("startId", Ref.labelledBy("startLabel"), "Id of the start node.")
                .required("startLabel", new LabelOf(starts), "Label of the start node" + polymorphic)
                .required("endId", Ref.labelledBy("endLabel"), "Id of the end node.")
                .required("endLabel", new LabelOf(ends), "Label of the end node" + polymorphic);
    }

    // Relationship ids are unique within their type; the R-<TYPE CODE>- prefix keeps them apart across types.
    // CITES and ABOUT rows only record what a claim or document points at; every other type is evidence.
    private static ImportSchema.Builder relationship(String file, String description) {
        String type = file.replace(".csv", "").toUpperCase();
        boolean evidence = !Set.of("CITES", "ABOUT").contains(type);
        return file(file)
                .describedAs(description)
                .required("id", new Id(type), "Unique relationship id, e.g. R-ASG-0001.")
                .optional("from", YEAR, "First year (integer), where known.")
                .optional("to", YEAR, "Last year (integer), where known.")
                .notBefore("to", "from")
                .optional("fromDate", DATE, "The start more precisely (YYYY-MM or YYYY-MM-DD), in the year from.")
                .optional("toDate", DATE, "The end more precisely (YYYY-MM or YYYY-MM-DD), in the year to.")
                .optional("dateQualifier", DATE_QUALIFIER, DATE_QUALIFIER_MEANING)
                .interval("from", "fromDate", "to", "toDate", "dateQualifier")
                .required("credibility", CREDIBILITY, CREDIBILITY_MEANING)
                .optional("gradeNote", TEXT, GRADE_NOTE_MEANING)
                .required("sources", SOURCES, "List of Source ids.")
                .optional("note", TEXT, "Free-text editorial note.")
                .graded("credibility", "sources", "gradeNote", evidence);
    }
}
