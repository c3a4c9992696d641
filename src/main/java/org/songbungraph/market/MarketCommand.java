package org.songbungraph.market;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.songbungraph.protection.Redactor;
import org.songbungraph.report.Report;
import org.songbungraph.shell.KnownIds;
import org.songbungraph.shell.OutputFormat;
import org.songbungraph.shell.Table;
import org.songbungraph.source.SourceRefs;
import org.songbungraph.surveillance.Surveillance;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;

@Command(group = "Markets")
class MarketCommand {

    private final Markets markets;
    private final Surveillance surveillance;
    private final KnownIds knownIds;
    private final SourceRefs sourceRefs;
    private final Redactor redactor;

    MarketCommand(
            Markets markets, Surveillance surveillance, KnownIds knownIds, SourceRefs sourceRefs, Redactor redactor) {
        this.markets = markets;
        this.surveillance = surveillance;
        this.knownIds = knownIds;
        this.sourceRefs = sourceRefs;
        this.redactor = redactor;
    }

    @Command(
            command = "markets",
            description = "List the markets (place, number of traders and raids, evidence), "
                    + "or with --id one market's traders (goods, years), raids (unit, years, note) and watchers (SURVEILS). "
                    + "With --id, JSON is one object {market, traders, raids, surveilledBy} and CSV one row per edge "
                    + "with its relation (TRADES_AT, RAIDED, SURVEILS).")
    String markets(
            @Option(longNames = "id", description = "a market id, e.g. MK-SYN-KAECHON; without it, all markets")
                    String given,
            @Option(
                            longNames = "format",
                            defaultValue = "table",
                            description = "table for people, json or csv for " + "scripts")
                    String format) {
        OutputFormat output = OutputFormat.parse(format);
        String marketId = given == null ? null : knownIds.require(KnownIds.Kind.MARKET, given);
        SourceRefs.Grades grades = sourceRefs.grades();
        Table list = marketTable(markets.markets(marketId), grades, output);
        if (marketId == null) {
            return redactor.render(list, output);
        }
        List<Markets.Trade> traders = markets.traders(marketId);
        List<Markets.Raid> raids = markets.raids(marketId);
        List<Surveillance.Watch> watchers = surveillance.watchersOf(KnownIds.Kind.MARKET, marketId);
        if (output == OutputFormat.CSV) {
            return redactor.render(edges(traders, raids, watchers, grades), output);
        }
        Report report = new Report();
        if (output == OutputFormat.JSON) {
            report.field("market", Report.records(list).get(0));
        } else {
            report.section("market", null, list);
        }
        report.section("traders", "Traders:", traderTable(traders, grades, output))
                .section("raids", "Raids:", raidTable(raids, grades, output))
                .section(
                        "surveilledBy",
                        "Surveilled by:",
                        Surveillance.table(watchers, "watcherId", "watcher", grades, output));
        return redactor.redact(report.render(output));
    }

    private static Table marketTable(List<Markets.Market> markets, SourceRefs.Grades grades, OutputFormat output) {
        return new Table(
                List.of("id", "name", "place", "traders", "raids", "refs"),
                markets.stream()
                        .map(m -> Arrays.<Object>asList(
                                m.id(),
                                m.name(),
                                Report.list(m.places(), output),
                                m.traders(),
                                m.raids(),
                                grades.cell(m.sources(), null, output)))
                        .toList());
    }

    private static Table traderTable(List<Markets.Trade> traders, SourceRefs.Grades grades, OutputFormat output) {
        return new Table(
                List.of("personId", "person", "goods", "from", "to", "refs"),
                traders.stream()
                        .map(t -> Arrays.<Object>asList(
                                t.personId(),
                                t.person(),
                                Report.list(t.goods(), output),
                                t.from(),
                                t.to(),
                                grades.cell(t.sources(), t.credibility(), output)))
                        .toList());
    }

    private static Table raidTable(List<Markets.Raid> raids, SourceRefs.Grades grades, OutputFormat output) {
        return new Table(
                List.of("unitId", "unit", "kind", "from", "to", "note", "refs"),
                raids.stream()
                        .map(r -> Arrays.<Object>asList(
                                r.unitId(),
                                r.unit(),
                                r.kind(),
                                r.from(),
                                r.to(),
                                r.note(),
                                grades.cell(r.sources(), r.credibility(), output)))
                        .toList());
    }

    /** CSV cannot hold three tables, so every edge of the market becomes one row that names its relation. */
    private static Table edges(
            List<Markets.Trade> traders,
            List<Markets.Raid> raids,
            List<Surveillance.Watch> watchers,
            SourceRefs.Grades grades) {
        List<List<Object>> rows = new ArrayList<>();
        traders.forEach(t -> rows.add(Arrays.asList(
                "TRADES_AT",
                t.personId(),
                t.person(),
                "PERSON",
                t.goods(),
                null,
                t.from(),
                t.to(),
                null,
                grades.refs(t.sources(), t.credibility()))));
        raids.forEach(r -> rows.add(Arrays.asList(
                "RAIDED",
                r.unitId(),
                r.unit(),
                r.kind(),
                null,
                null,
                r.from(),
                r.to(),
                r.note(),
                grades.refs(r.sources(), r.credibility()))));
        watchers.forEach(w -> rows.add(Arrays.asList(
                "SURVEILS",
                w.id(),
                w.name(),
                w.kind(),
                null,
                w.means(),
                w.from(),
                w.to(),
                null,
                grades.refs(w.sources(), w.credibility()))));
        return new Table(
                List.of("relation", "id", "name", "kind", "goods", "means", "from", "to", "note", "refs"), rows);
    }
}
