package org.songbungraph.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.songbungraph.generate.Province.Workplace;

/**
 * The people of the synthetic province, made one village at a time: a few founding couples, then generation
 * after generation of children, sons marrying daughters of the village's other families (or a wife from
 * outside it), until births pass {@link #HORIZON}. A village is written out and forgotten before the next
 * begins, so memory holds one village (about a thousand people) whatever the size of the population.
 * docs/generator.md gives every rule and rate, and where each comes from.
 */
final class Population {

    /** The last year of the data: nobody is born after it, and whoever has no death year is alive in it. */
    static final int HORIZON = 2024;

    static final int FAMILIES_PER_VILLAGE = 12;
    /** Share of descendants whose documented category is changed once in life; no source gives a rate. */
    static final double RECLASSIFICATION = 0.02;

    static final double MARRIAGE = 0.92;
    /** Share of non-mine assignments that last until retirement; the mines' rate comes from C-DNK-14. */
    static final double OTHER_RETENTION = 0.85;

    static final double DETAINED_AFTER_LEAVING = 0.25;
    static final int MINE_INTAKE_YEARS = 3;
    static final int FILE_AGE = 17; // a songbun file from 17 (C-COLLINS-FILE-AGE); also the age of job assignment
    static final int RETIREMENT_AGE = 60;
    static final int REREGISTRATION = 1967; // the 1966-70 re-registration (COI) that documented founders' categories

    // The 20 surnames in DPRK romanisation, weighted by how many people bore each in South Korea's 2000 census
    // (Statistics Korea, as listed in "List of South Korean surnames by prevalence"; Ryu counts 유 and 류 together).
    // The North publishes no such count; docs/generator.md gives the table and its source.
    private static final String[][] SURNAMES = {
        {"Kim", "김"},
        {"Ri", "리"},
        {"Pak", "박"},
        {"Choe", "최"},
        {"Jong", "정"},
        {"Kang", "강"},
        {"Jo", "조"},
        {"Yun", "윤"},
        {"Jang", "장"},
        {"Han", "한"},
        {"Rim", "림"},
        {"O", "오"},
        {"So", "서"},
        {"Sin", "신"},
        {"Kwon", "권"},
        {"Hwang", "황"},
        {"An", "안"},
        {"Song", "송"},
        {"Ryu", "류"},
        {"Hong", "홍"}
    };
    private static final long[] SURNAME_COUNTS = {
        9_925_949, 6_796_227, 3_895_121, 2_169_704, 2_230_611, 1_169_805, 1_347_730, 948_600, 943_257, 715_556,
        735_493, 706_908, 695_249, 911_556, 652_495, 644_294, 637_786, 639_082, 1_040_984, 518_635
    };
    private static final long[] SURNAME_CUMULATIVE = cumulative(SURNAME_COUNTS);
    // Given-name syllables; the first twelve are used for men's second syllable, the last twelve for women's.
    private static final String[][] SYLLABLES = {
        {"chol", "철"},
        {"nam", "남"},
        {"ho", "호"},
        {"il", "일"},
        {"song", "성"},
        {"hyok", "혁"},
        {"gwang", "광"},
        {"jin", "진"},
        {"myong", "명"},
        {"yong", "영"},
        {"su", "수"},
        {"jun", "준"},
        {"hui", "희"},
        {"sun", "순"},
        {"ok", "옥"},
        {"hwa", "화"},
        {"mi", "미"},
        {"ae", "애"},
        {"gyong", "경"},
        {"ryon", "련"}
    };
    private static final String[] GOODS = {
        "rice",
        "maize",
        "vegetables",
        "fish",
        "clothes",
        "shoes",
        "cigarettes",
        "soy sauce",
        "household goods",
        "medicine",
        "homebrewed alcohol",
        "used electronics"
    };
    private static final double GOLDEN = 0.6180339887498949;

    /** One person while their village is being made. */
    static final class Person {
        final int index;
        final boolean male;
        final int birth;
        final int death; // 0: alive at HORIZON
        final Person father;
        final Person mother;
        final int family; // 0: born outside the generated population
        final int surname;
        final int given1;
        final int given2;
        int documented = -1; // own CLASSIFIED_AS category, or -1
        String basis;
        int basisYear;
        int category; // documented, else the father's: what the derivation rule gives
        Person spouse;
        int married;

        Person(
                int index,
                boolean male,
                int birth,
                int death,
                Person father,
                Person mother,
                int family,
                int surname,
                int given1,
                int given2) {
            this.index = index;
            this.male = male;
            this.birth = birth;
            this.death = death;
            this.father = father;
            this.mother = mother;
            this.family = family;
            this.surname = surname;
            this.given1 = given1;
            this.given2 = given2;
        }

        boolean aliveIn(int year) {
            return death == 0 || death >= year;
        }
    }

    private final int limit;
    private final ReferenceRows.Calibration calibration;
    private final Province province;
    private final ImportFiles files;
    private final SplittableRandom random;
    private final double outsiderOffset;
    // For the founders' quota: people per class so far, founders of the current village, lineage sizes.
    private final long[] classCount = new long[ReferenceRows.CLASSES.size()];
    private final int[] pending = new int[ReferenceRows.CLASSES.size()];
    private long completedPeople;
    private long completedFamilies;
    private int made;
    private int families;
    private int outsiders;

    Population(
            int limit,
            ReferenceRows.Calibration calibration,
            Province province,
            ImportFiles files,
            SplittableRandom random) {
        this.limit = limit;
        this.calibration = calibration;
        this.province = province;
        this.files = files;
        this.random = random;
        this.outsiderOffset = random.nextDouble();
    }

    int people() {
        return made;
    }

    int families() {
        return families;
    }

    /** Makes and writes villages until {@code limit} people exist. */
    void generate() {
        for (int village = 0; made < limit; village++) {
            List<Person> people = village();
            write(people, village % province.counties());
            completedPeople = made;
            completedFamilies = families;
            Arrays.fill(pending, 0);
        }
    }

    static String id(Person p) {
        return "P-SYN-G" + ImportFiles.pad(p.index, 7);
    }

    static String familyId(int family) {
        return "F-SYN-G" + ImportFiles.pad(family, 6);
    }

    /** A surname index, drawn with the census weights. */
    private int surname() {
        long draw = random.nextLong(SURNAME_CUMULATIVE[SURNAME_CUMULATIVE.length - 1]);
        int i = 0;
        while (SURNAME_CUMULATIVE[i] <= draw) {
            i++;
        }
        return i;
    }

    private static long[] cumulative(long[] counts) {
        long[] sums = new long[counts.length];
        long sum = 0;
        for (int i = 0; i < counts.length; i++) {
            sum += counts[i];
            sums[i] = sum;
        }
        return sums;
    }

    private static String capitalised(String syllable) {
        return Character.toUpperCase(syllable.charAt(0)) + syllable.substring(1);
    }

    private List<Person> village() {
        List<Person> people = new ArrayList<>();
        List<Person> husbands = new ArrayList<>();
        for (int f = 0; f < FAMILIES_PER_VILLAGE && made < limit; f++) {
            int family = ++families;
            Person founder = person(people, true, 1895 + random.nextInt(26), true, null, null, family, surname());
            founder.documented = category(founderClass());
            founder.basis = "OWN_ACT";
            founder.basisYear = REREGISTRATION;
            founder.category = founder.documented;
            counted(founder);
            if (marryOutsider(people, founder)) {
                husbands.add(founder);
            }
        }
        while (!husbands.isEmpty() && made < limit) {
            List<Person> children = new ArrayList<>();
            for (Person husband : husbands) {
                children(people, husband, children);
            }
            husbands = marry(people, children);
        }
        return people;
    }

    /** A new person, or null when the population is complete. {@code adult}: survives to old age. */
    private Person person(
            List<Person> people,
            boolean male,
            int birth,
            boolean adult,
            Person father,
            Person mother,
            int family,
            int surname) {
        if (made >= limit) {
            return null;
        }
        int age = adult || random.nextDouble() >= 0.05 ? 45 + random.nextInt(50) : random.nextInt(20);
        int death = birth + age <= HORIZON ? birth + age : 0;
        int given1 = random.nextInt(SYLLABLES.length);
        int given2 = male ? random.nextInt(12) : 8 + random.nextInt(12);
        Person p = new Person(++made, male, birth, death, father, mother, family, surname, given1, given2);
        people.add(p);
        return p;
    }

    private void children(List<Person> people, Person husband, List<Person> children) {
        Person wife = husband.spouse;
        int count = wife.birth < 1930
                ? 3 + random.nextInt(4)
                : wife.birth < 1960
                        ? 2 + random.nextInt(4)
                        : wife.birth < 1980 ? 1 + random.nextInt(3) : 1 + random.nextInt(2);
        int year = husband.married + 1 + random.nextInt(2);
        for (int i = 0; i < count; i++) {
            if (year > HORIZON || year > wife.birth + 42 || !husband.aliveIn(year) || !wife.aliveIn(year)) {
                return;
            }
            Person child =
                    person(people, random.nextBoolean(), year, false, husband, wife, husband.family, husband.surname);
            if (child == null) {
                return;
            }
            // Songbun follows the father (C-NKNEWS-PATERNAL): the child's category is derived, not documented,
            // unless the state reclassifies them once their file is open.
            child.category = husband.category;
            maybeReclassify(child);
            counted(child);
            children.add(child);
            year += 2 + random.nextInt(3);
        }
    }

    private void maybeReclassify(Person p) {
        int first = p.birth + FILE_AGE;
        int last = p.death == 0 ? HORIZON : Math.min(HORIZON, p.death);
        if (first > last || random.nextDouble() >= RECLASSIFICATION) {
            return;
        }
        // The file is reviewed every two years (C-COLLINS-FILE-UPDATE); the change falls on one review.
        int year = first + 2 * random.nextInt((last - first) / 2 + 1);
        // The new category is drawn with the Collins shares, so reclassification keeps the shares steady.
        int to;
        do {
            to = category(drawClass(random.nextDouble()));
        } while (to == p.category);
        p.documented = to;
        p.basis = "RECLASSIFIED";
        p.basisYear = year;
        p.category = to;
    }

    /** Pairs the village's sons with daughters of its other families; a son left over marries from outside. */
    private List<Person> marry(List<Person> people, List<Person> children) {
        List<Person> sons = new ArrayList<>();
        List<Person> daughters = new ArrayList<>();
        for (Person child : children) {
            if (child.aliveIn(child.birth + 30) && random.nextDouble() < MARRIAGE) {
                (child.male ? sons : daughters).add(child);
            }
        }
        Comparator<Person> byBirth = Comparator.comparingInt(p -> p.birth);
        sons.sort(byBirth);
        daughters.sort(byBirth);
        List<Person> husbands = new ArrayList<>();
        int from = 0;
        for (Person son : sons) {
            while (from < daughters.size() && daughters.get(from).birth < son.birth) {
                from++;
            }
            Person bride = null;
            // The wife is the same age or up to six years younger, from another family.
            for (int i = from; i < daughters.size() && daughters.get(i).birth <= son.birth + 6; i++) {
                Person d = daughters.get(i);
                if (d.spouse == null && d.family != son.family) {
                    bride = d;
                    break;
                }
            }
            if (bride != null) {
                int year = Math.max(son.birth + 24 + random.nextInt(5), bride.birth + 20);
                if (year <= HORIZON && son.aliveIn(year) && bride.aliveIn(year)) {
                    wed(son, bride, year);
                    husbands.add(son);
                }
            } else if (marryOutsider(people, son)) {
                husbands.add(son);
            }
        }
        return husbands;
    }

    /** Marries {@code husband} to a woman born outside the population; false when too late or complete. */
    private boolean marryOutsider(List<Person> people, Person husband) {
        int birth = husband.birth + random.nextInt(7);
        int year = Math.max(husband.birth + 24 + random.nextInt(5), birth + 20);
        if (year > HORIZON || !husband.aliveIn(year)) {
            return false;
        }
        Person wife = person(people, false, birth, true, null, null, 0, surname());
        if (wife == null) {
            return false;
        }
        // Her class is her own father's, documented because he is not in the data; marriage never changes it
        // (C-MARRIAGE-NO-RULE).
        wife.documented = category(drawClass(frac(outsiderOffset + ++outsiders * GOLDEN)));
        wife.basis = "INHERITED";
        wife.basisYear = Math.max(birth + FILE_AGE, REREGISTRATION);
        wife.category = wife.documented;
        counted(wife);
        wed(husband, wife, year);
        return true;
    }

    private static void wed(Person husband, Person wife, int year) {
        husband.spouse = wife;
        wife.spouse = husband;
        husband.married = year;
        wife.married = year;
    }

    /**
     * A founder's class: the one furthest below its Collins share once the lineages already founded have grown to
     * the average size. A lineage of some twenty-five people inherits its founder's class, so a random draw per
     * founder would leave a small population several points off the shares; this quota keeps any size close.
     */
    private int founderClass() {
        double lineage = completedFamilies == 0 ? 25 : (double) completedPeople / completedFamilies;
        double[] shares = calibration.shares();
        double total = 0;
        for (double share : shares) {
            total += share;
        }
        double expected = 0;
        for (int c = 0; c < shares.length; c++) {
            expected += classCount[c] + pending[c] * lineage;
        }
        int best = 0;
        double bestGap = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < shares.length; c++) {
            double gap = shares[c] / total * (expected + lineage) - (classCount[c] + pending[c] * lineage);
            if (gap > bestGap) {
                best = c;
                bestGap = gap;
            }
        }
        pending[best]++;
        return best;
    }

    /** Counts a person under the class the derivation rule gives them, once their category is final. */
    private void counted(Person p) {
        classCount[calibration.categoryClass()[p.category]]++;
    }

    private int drawClass(double u) {
        double[] shares = calibration.shares();
        double total = 0;
        for (double share : shares) {
            total += share;
        }
        double at = u * total;
        for (int c = 0; c < shares.length; c++) {
            at -= shares[c];
            if (at < 0) {
                return c;
            }
        }
        return shares.length - 1;
    }

    /** A category of class {@code c}, uniformly: no source gives the sizes of the sub-categories. */
    private int category(int c) {
        int[] classes = calibration.categoryClass();
        int count = 0;
        for (int k : classes) {
            count += k == c ? 1 : 0;
        }
        int pick = random.nextInt(count);
        for (int i = 0; i < classes.length; i++) {
            if (classes[i] == c && pick-- == 0) {
                return i;
            }
        }
        throw new IllegalStateException("no category of class " + c);
    }

    private static double frac(double x) {
        return x - Math.floor(x);
    }

    // ---- writing ----

    private void write(List<Person> people, int county) {
        String place = Province.place(county);
        Map<Person, List<Person>> households = new IdentityHashMap<>();
        List<Person> heads = new ArrayList<>();
        // A widowed parent moves in with their eldest living married son.
        Map<Person, Person> eldestSon = new IdentityHashMap<>();
        for (Person p : people) {
            if (p.male && p.father != null && p.spouse != null && p.death == 0) {
                eldestSon.putIfAbsent(p.father, p);
                eldestSon.putIfAbsent(p.mother, p);
            }
        }
        for (Person p : people) {
            person(p);
            family(p);
            // A wife from outside the population moves in when she marries.
            files.relationship("lives_in.csv", "LIV", id(p), place)
                    .set("from", p.family == 0 ? p.married : p.birth)
                    .set("to", p.death == 0 ? "" : Integer.toString(p.death))
                    .write();
            assignment(p, county);
            trade(p, county);
            if (p.death == 0) {
                // A couple keeps house together; the unmarried live in their father's household.
                Person head = p.spouse != null ? (p.male ? p : p.spouse) : p.father != null ? p.father : p;
                if (p.spouse != null && p.spouse.death != 0 && eldestSon.containsKey(p)) {
                    head = eldestSon.get(p);
                }
                households
                        .computeIfAbsent(head, h -> {
                            heads.add(h);
                            return new ArrayList<>();
                        })
                        .add(p);
            }
        }
        // Every household of the living joins an inminban, which watches each of its members.
        for (Person head : heads) {
            String inminban = province.inminbanFor(county);
            for (Person member : households.get(head)) {
                files.relationship("surveils.csv", "SUR", inminban, "Unit", id(member), "Person")
                        .set("means", "INMINBAN")
                        .write();
            }
        }
    }

    private void person(Person p) {
        String[] surname = SURNAMES[p.surname];
        String[] a = SYLLABLES[p.given1];
        String[] b = SYLLABLES[p.given2];
        // Obviously invented, as import/README.md asks, by a marker after the name rather than inside it: a marker
        // every given name starts with would make "Kim Ex" match every Kim.
        files.node("persons.csv", id(p), surname[0] + " " + capitalised(a[0]) + "-" + b[0] + " (synthetic)")
                .set("nameKo", surname[1] + a[1] + b[1])
                .set("sex", p.male ? "M" : "F")
                .set("birthYear", p.birth)
                .set("deathYear", p.death == 0 ? "" : Integer.toString(p.death))
                .set("protection", "PUBLIC")
                .write();
        if (p.documented >= 0) {
            ImportFiles.Sheet row = files.relationship(
                            "classified_as.csv",
                            "CLS",
                            id(p),
                            calibration.categories().get(p.documented))
                    .set("basis", p.basis)
                    .set("year", p.basisYear)
                    .set("from", p.basisYear);
            if (p.basis.equals("OWN_ACT")) {
                row.set(
                        "act",
                        "head of a founding family, recorded as "
                                + calibration.categoryNames().get(p.documented) + " at the 1966-70 re-registration");
            } else if (p.basis.equals("INHERITED")) {
                row.set("note", "Her father's line is outside the generated population.");
            }
            row.write();
        }
    }

    private void family(Person p) {
        if (p.family > 0) {
            if (p.father == null) {
                String[] surname = SURNAMES[p.surname];
                files.node("families.csv", familyId(p.family), surname[0] + " family " + p.family + " (synthetic)")
                        .set("nameKo", surname[1] + "씨 가문")
                        .write();
            }
            files.relationship("member_of.csv", "MEM", id(p), familyId(p.family))
                    .set("from", p.birth)
                    .write();
        }
        if (p.father != null) {
            files.relationship("child_of.csv", "CHD", id(p), id(p.father))
                    .set("line", "PATERNAL")
                    .set("from", p.birth)
                    .write();
            files.relationship("child_of.csv", "CHD", id(p), id(p.mother))
                    .set("line", "MATERNAL")
                    .set("from", p.birth)
                    .write();
        }
        if (p.male && p.spouse != null) {
            Person wife = p.spouse;
            int end = p.death == 0 ? wife.death : wife.death == 0 ? p.death : Math.min(p.death, wife.death);
            files.relationship("married_to.csv", "MAR", id(p), id(wife))
                    .set("from", p.married)
                    .set("to", end == 0 ? "" : Integer.toString(end))
                    .write();
            // A wife joins her husband's family line (MEMBER_OF), but not his class.
            files.relationship("member_of.csv", "MEM", id(wife), familyId(p.family))
                    .set("from", p.married)
                    .write();
        }
    }

    private void assignment(Person p, int county) {
        int start = p.birth + FILE_AGE + random.nextInt(2);
        if (start > HORIZON || !p.aliveIn(start + 1)) {
            return;
        }
        Workplace kind = workplace(calibration.categoryClass()[p.category]);
        int which = random.nextInt(kind.perCounty);
        String unit = Province.unit(county, kind, which);
        if (kind == Workplace.MINE) {
            // Mines take recruits in intake cohorts, welcomed together, every MINE_INTAKE_YEARS years.
            while ((start + which) % MINE_INTAKE_YEARS != 0) {
                start++;
            }
            if (start > HORIZON || !p.aliveIn(start + 1)) {
                return;
            }
        }
        double retention = kind == Workplace.MINE ? calibration.mineRetention() : OTHER_RETENTION;
        ImportFiles.Sheet row = files.relationship("assigned_to.csv", "ASG", id(p), unit)
                .set("from", start)
                .set("assignedBy", Province.labour(county))
                .set("role", kind.role);
        if (random.nextDouble() < retention) {
            int end = p.birth + RETIREMENT_AGE;
            if (p.death != 0 && p.death < end) {
                end = p.death;
            }
            if (end <= HORIZON) {
                row.set("status", "COMPLETED").set("to", Math.max(end, start)).write();
            } else {
                row.set("status", "ACTIVE").write();
            }
            return;
        }
        int left = Math.min(start + random.nextInt(4), p.death == 0 ? HORIZON : Math.min(HORIZON, p.death));
        double how = random.nextDouble();
        String status = how < 0.7 ? "LEFT_WITHOUT_PERMISSION" : how < 0.9 ? "TRANSFERRED" : "DISCHARGED";
        row.set("status", status).set("to", left).write();
        if (status.equals("LEFT_WITHOUT_PERMISSION")) {
            if (random.nextDouble() < DETAINED_AFTER_LEAVING) {
                int until = Math.min(left + random.nextInt(2), p.death == 0 ? HORIZON : Math.min(HORIZON, p.death));
                files.relationship("detained_in.csv", "DET", id(p), Province.camp(county))
                        .set("from", left)
                        .set("to", until)
                        .set("reason", "left the assigned workplace without permission")
                        .write();
            }
            if (p.death == 0) {
                files.relationship("surveils.csv", "SUR", Province.security(county), "Unit", id(p), "Person")
                        .set("means", "SECURITY")
                        .write();
            }
        }
    }

    private Workplace workplace(int c) {
        int[] weights = Province.KIND_WEIGHTS[c];
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int at = random.nextInt(total);
        for (int k = 0; k < weights.length; k++) {
            at -= weights[k];
            if (at < 0) {
                return Workplace.values()[k];
            }
        }
        throw new IllegalStateException("weights of class " + c);
    }

    /** Market trade since the famine years, most of all by married women; an invented rate below C-NKDB-01's 72%. */
    private void trade(Person p, int county) {
        int age = HORIZON - p.birth;
        if (p.death != 0 || age < 18 || age > 75) {
            return;
        }
        double rate = !p.male && p.spouse != null ? 0.30 : 0.08;
        if (random.nextDouble() >= rate) {
            return;
        }
        int first = Math.max(p.birth + 18, 1995);
        int from = first + random.nextInt(HORIZON - first + 1);
        int a = random.nextInt(GOODS.length);
        int b = random.nextInt(GOODS.length);
        String goods = a == b ? GOODS[a] : GOODS[Math.min(a, b)] + "|" + GOODS[Math.max(a, b)];
        files.relationship(
                        "trades_at.csv",
                        "TRD",
                        id(p),
                        Province.market(county, random.nextInt(Province.MARKETS_PER_COUNTY)))
                .set("from", from)
                .set("goods", goods)
                .write();
    }
}
