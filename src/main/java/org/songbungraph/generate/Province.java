package org.songbungraph.generate;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The synthetic province: counties (one per 50,000 generated people, at least two), each with its workplaces,
 * labour department, party committee, security station, labour training camp and markets, and the inminban
 * that are opened as households move in. Every id is computed from a county number and an index, so nothing
 * is looked up in a map however large the population.
 */
final class Province {

    /** The unit kinds people are assigned to, in the order of {@link #KIND_WEIGHTS}'s columns. */
    enum Workplace {
        FACTORY(4, "factory worker"),
        MINE(2, "miner"),
        FARM(4, "farm worker"),
        CONSTRUCTION(2, "construction worker"),
        POWER_STATION(1, "power station worker"),
        RAIL_DEPOT(1, "rail worker"),
        PARTY_COMMITTEE(1, "office worker");

        final int perCounty;
        final String role;

        Workplace(int perCounty, String role) {
            this.perCounty = perCounty;
            this.role = role;
        }
    }

    /**
     * How likely each class is to be assigned to each kind of workplace (rows CORE, WAVERING, HOSTILE; columns
     * as {@link Workplace}). Invented, shaped by the sourced direction only: hostile to mines and farms (C-VOA-01),
     * group assignments to factories, mines and construction (COI), Party posts closed to the hostile class.
     */
    static final int[][] KIND_WEIGHTS = {
        {30, 5, 10, 10, 15, 15, 15},
        {35, 15, 25, 15, 5, 5, 0},
        {15, 35, 35, 15, 0, 0, 0},
    };

    static final int PEOPLE_PER_COUNTY = 50_000;
    static final int MARKETS_PER_COUNTY = 2;
    static final double RAIDED_MARKET_SHARE = 0.5;
    static final String PLACE = "PL-SYN-G-PROVINCE";
    static final String SECURITY = "U-SYN-G-PROVINCE-SECURITY";
    static final String PARTY = "U-SYN-G-PROVINCE-PARTY";

    private final int counties;
    private final ImportFiles files;
    private final SplittableRandom random;
    private final int inminbanMin;
    private final int inminbanMax;
    // Per county: the inminban taking households now, and how many more it takes.
    private final String[] openInminban;
    private final int[] inminbanRoom;
    private int inminbans;

    Province(int people, ReferenceRows.Calibration calibration, ImportFiles files, SplittableRandom random) {
        this.counties = Math.max(2, (people + PEOPLE_PER_COUNTY - 1) / PEOPLE_PER_COUNTY);
        this.files = files;
        this.random = random;
        this.inminbanMin = calibration.inminbanMin();
        this.inminbanMax = calibration.inminbanMax();
        this.openInminban = new String[counties];
        this.inminbanRoom = new int[counties];
    }

    int counties() {
        return counties;
    }

    int inminbans() {
        return inminbans;
    }

    static String county(int c) {
        return "C" + ImportFiles.pad(c + 1, 3);
    }

    static String place(int c) {
        return "PL-SYN-G-" + county(c);
    }

    static String unit(int c, Workplace kind, int k) {
        return "U-SYN-G-" + county(c) + "-" + kind.name().replace('_', '-') + "-" + (k + 1);
    }

    static String security(int c) {
        return "U-SYN-G-" + county(c) + "-SECURITY";
    }

    static String labour(int c) {
        return "U-SYN-G-" + county(c) + "-LABOUR";
    }

    static String camp(int c) {
        return "U-SYN-G-" + county(c) + "-LTC";
    }

    static String market(int c, int k) {
        return "MK-SYN-G-" + county(c) + "-" + (k + 1);
    }

    /** Writes the places, the fixed units and markets, and the links between them. */
    void write() {
        files.node("places.csv", PLACE, "Example Province (synthetic)")
                .set("kind", "PROVINCE")
                .write();
        unit(SECURITY, "Example Provincial Security Bureau (synthetic)", "SECURITY_AGENCY", PLACE);
        unit(PARTY, "Example Provincial Party Committee (synthetic)", "PARTY_COMMITTEE", PLACE);
        for (int c = 0; c < counties; c++) {
            String place = place(c);
            String name = "Example County " + county(c).substring(1);
            // Coordinates somewhere in the north of the peninsula, for map views only.
            files.node("places.csv", place, name + " (synthetic)")
                    .set("kind", "COUNTY")
                    .set("lat", String.format(Locale.ROOT, "%.2f", 38.5 + random.nextDouble() * 3.0))
                    .set("lon", String.format(Locale.ROOT, "%.2f", 125.0 + random.nextDouble() * 4.0))
                    .write();
            files.relationship("located_in.csv", "LOC", place, "Place", PLACE, "Place")
                    .write();

            String party = unit(c, Workplace.PARTY_COMMITTEE, 0);
            for (Workplace kind : Workplace.values()) {
                for (int k = 0; k < kind.perCounty; k++) {
                    String label = kind == Workplace.PARTY_COMMITTEE
                            ? name + " Party Committee"
                            : name + " " + title(kind) + " No. " + (k + 1);
                    unit(unit(c, kind, k), label + " (synthetic)", kind.name(), place);
                    if (kind == Workplace.MINE) {
                        files.relationship("surveils.csv", "SUR", party, "Unit", unit(c, kind, k), "Unit")
                                .set("means", "PARTY")
                                .write();
                    }
                }
            }
            files.relationship("reports_to.csv", "REP", party, PARTY).write();
            unit(labour(c), name + " Labour Department (synthetic)", "LABOR_DEPARTMENT", place);
            files.relationship("reports_to.csv", "REP", labour(c), party).write();
            unit(security(c), name + " Security Station (synthetic)", "SECURITY_AGENCY", place);
            files.relationship("reports_to.csv", "REP", security(c), SECURITY).write();
            unit(camp(c), name + " Labour Training Camp (synthetic)", "LABOR_TRAINING_CAMP", place);
            files.relationship("reports_to.csv", "REP", camp(c), security(c)).write();
            for (int k = 0; k < MARKETS_PER_COUNTY; k++) {
                String market = market(c, k);
                files.node("markets.csv", market, name + " Jangmadang No. " + (k + 1) + " (synthetic)")
                        .set("nameKo", "장마당")
                        .write();
                files.relationship("located_in.csv", "LOC", market, "Market", place, "Place")
                        .write();
                files.relationship("surveils.csv", "SUR", security(c), "Unit", market, "Market")
                        .set("means", "SECURITY")
                        .write();
                if (random.nextDouble() < RAIDED_MARKET_SHARE) {
                    int year = 2005 + random.nextInt(20);
                    files.relationship("raided.csv", "RAD", security(c), market)
                            .set("from", year)
                            .set("to", year)
                            .write();
                }
            }
        }
    }

    /**
     * The inminban a new household of county {@code c} joins: the open one while it has room, else a new one
     * of 20-50 households (C-38N-INMINBAN), watched over by the county security station.
     */
    String inminbanFor(int c) {
        if (inminbanRoom[c] == 0) {
            inminbans++;
            String id = "U-SYN-G-IMB-" + ImportFiles.pad(inminbans, 6);
            unit(
                    id,
                    "Example Inminban " + inminbans + ", County " + county(c).substring(1) + " (synthetic)",
                    "INMINBAN",
                    place(c));
            files.relationship("reports_to.csv", "REP", id, security(c)).write();
            openInminban[c] = id;
            inminbanRoom[c] = inminbanMin + random.nextInt(inminbanMax - inminbanMin + 1);
        }
        inminbanRoom[c]--;
        return openInminban[c];
    }

    private void unit(String id, String name, String kind, String place) {
        files.node("units.csv", id, name).set("kind", kind).write();
        files.relationship("located_in.csv", "LOC", id, "Unit", place, "Place").write();
    }

    private static String title(Workplace kind) {
        String words = kind.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        for (String word : words.split(" ")) {
            out.append(out.isEmpty() ? "" : " ")
                    .append(Character.toUpperCase(word.charAt(0)))
                    .append(word.substring(1));
        }
        return out.toString();
    }
}
