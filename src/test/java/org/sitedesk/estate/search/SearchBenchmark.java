package org.sitedesk.estate.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.sitedesk.estate.OwnerRow;
import org.sitedesk.estate.RoomCode;
import org.sitedesk.estate.UnitRow;
import org.sitedesk.estate.generate.EstateGenerator;
import org.sitedesk.estate.generate.GeneratedEstate;

/**
 * How fast the search box answers on a large estate (20,000 units, about 40,000 owners from the
 * generator, seed 42): a realistic mix of queries after a warm-up, median, p95, p99 and maximum.
 * Run: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.sitedesk.estate.search.SearchBenchmark}
 */
public final class SearchBenchmark {
    private static final int UNITS = 20_000;
    private static final int QUERIES = 5_000;

    private SearchBenchmark() {
    }

    public static void main(String[] args) {
        org.sitedesk.bench.BenchmarkTable.print(figures());
    }

    /** The index over 20,000 units and its queries' timings, as lines of the benchmark table. */
    public static List<org.sitedesk.bench.Figure> figures() {
        GeneratedEstate estate = new EstateGenerator(42).generate(UNITS);
        Map<RoomCode, List<OwnerRow>> owners = new HashMap<>();
        estate.owners().forEach(owner -> owners.computeIfAbsent(owner.room(), room -> new ArrayList<>()).add(owner));
        Map<RoomCode, List<String>> plates = new HashMap<>();
        estate.plates().forEach(plate -> plates.computeIfAbsent(plate.room(), room -> new ArrayList<>()).add(plate.plate()));
        List<SearchEntry> entries = new ArrayList<>();
        long id = 1;
        for (UnitRow unit : estate.units()) {
            List<OwnerRow> held = owners.getOrDefault(unit.room(), List.of());
            entries.add(new SearchEntry(id++, unit.room(), held.stream().map(OwnerRow::name).toList(),
                    held.stream().map(OwnerRow::phone).toList(), held.stream().map(OwnerRow::idNumber).toList(),
                    plates.getOrDefault(unit.room(), List.of())));
        }
        long buildStart = System.nanoTime();
        HouseholdIndex index = HouseholdIndex.of(entries);
        long buildMillis = (System.nanoTime() - buildStart) / 1_000_000;

        List<String> queries = queries(estate, new Random(7));
        for (int i = 0; i < 2_000; i++) {
            index.search(queries.get(i % queries.size()), 12);
        }
        double[] millis = new double[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            long start = System.nanoTime();
            index.search(queries.get(i), 12);
            millis[i] = (System.nanoTime() - start) / 1_000_000.0;
        }
        Arrays.sort(millis);
        double p95 = millis[(int) (millis.length * 0.95)];
        return List.of(
                org.sitedesk.bench.Figure.of(String.format("search index: %d units, %d owners, built", estate.units().size(),
                        estate.owners().size()), "", buildMillis + " ms", true),
                org.sitedesk.bench.Figure.of("search: " + millis.length + " queries (median / p95 / p99)", "p95 ≤ 16 ms",
                        String.format("%.2f / %.2f / %.2f ms", millis[millis.length / 2], p95,
                                millis[(int) (millis.length * 0.99)]), p95 <= 16));
    }

    /** Room prefixes and compact codes, initials, full pinyin, name fragments, phone digits, ID tails, plates. */
    private static List<String> queries(GeneratedEstate estate, Random random) {
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < QUERIES; i++) {
            UnitRow unit = estate.units().get(random.nextInt(estate.units().size()));
            OwnerRow owner = estate.owners().get(random.nextInt(estate.owners().size()));
            String code = unit.room().toString();
            queries.add(switch (i % 8) {
                case 0 -> code.substring(0, Math.min(code.length(), 3 + random.nextInt(4)));
                case 1 -> unit.room().compact();
                case 2 -> random.nextBoolean() ? "zs" : "wf";
                case 3 -> random.nextBoolean() ? "zhang" : "liwei";
                case 4 -> owner.name().substring(0, Math.min(2, owner.name().length()));
                case 5 -> owner.phone().substring(3 + random.nextInt(4), 11);
                case 6 -> owner.idNumber().substring(12 + random.nextInt(2));
                default -> estate.plates().isEmpty() ? "浙A1"
                        : estate.plates().get(random.nextInt(estate.plates().size())).plate().substring(0, 4);
            });
        }
        return queries;
    }
}
