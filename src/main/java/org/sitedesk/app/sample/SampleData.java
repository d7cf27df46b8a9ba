package org.sitedesk.app.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.sitedesk.core.Progress;
import org.sitedesk.app.Services;
import org.sitedesk.core.settings.SiteSettings;
import org.sitedesk.core.users.Actor;
import org.sitedesk.estate.EstateImportFiles;
import org.sitedesk.core.money.Money;
import org.sitedesk.estate.ImportOutcome;
import org.sitedesk.estate.Unit;
import org.sitedesk.fees.PaymentMethod;
import org.sitedesk.fees.PaymentRequest;
import org.sitedesk.estate.files.EstateFileReader;
import org.sitedesk.estate.files.Table;
import org.sitedesk.estate.files.TableReader;

/**
 * Loads the sample estate shipped in {@code sample-data/} (packed into the jar) into a database:
 * the site's settings, the units and their owners, the fee items and three months of bills, the
 * engineers and a board of service requests in every state, the key cabinets, the passes, a filled
 * archive room, a lost and found register and
 * renovations in every state. Loading
 * it twice adds nothing (the imports skip rows already there; billing a month again creates nothing).
 */
public final class SampleData {
    private static final String ROOT = "/sample-data/";

    private SampleData() {
    }

    public static ImportOutcome load(Services services, Actor actor) {
        Properties site = properties("site.properties");
        services.core().siteSettings().save(actor, new SiteSettings(
                site.getProperty("site.name", ""), site.getProperty("site.servicePhone", "")));
        List<Table> tables = new ArrayList<>();
        for (String name : List.of("units.csv", "owners.csv")) {
            try (InputStream in = resource(name)) {
                tables.add(TableReader.read(name, in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        EstateImportFiles files = EstateFileReader.read(tables, LocalDate.now(services.core().clock()));
        ImportOutcome estate = services.estate().imports().run(actor, files, false, Progress.NONE);
        loadFees(services, actor);
        new SampleRequests(services, actor).load(Integer.parseInt(site.getProperty("repair.emergencyArriveMinutes", "30")));
        new SampleKeys(services, actor).load();
        new SampleArchive(services, actor).load();
        new SampleLostFound(services, actor).load();
        new SampleRenovations(services, actor).load();
        return estate;
    }

    /**
     * Fee items from the January before the last three months, and those months billed (again: nothing
     * new); in January and February that is last year's, since a month before every item is refused.
     */
    private static void loadFees(Services services, Actor actor) {
        YearMonth now = YearMonth.now(services.core().clock());
        try (InputStream in = resource("fee-items.csv")) {
            services.fees().itemImport().run(actor, List.of(TableReader.read("fee-items.csv", in)),
                    YearMonth.of(now.minusMonths(2).getYear(), 1), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int back = 2; back >= 0; back--) {
            services.fees().billing().bill(actor, now.minusMonths(back), Progress.NONE);
        }
        payments(services, actor);
    }

    /**
     * One household in four has paid up (in cash or by WeChat); the rest owe, so the counter, the
     * arrears screen and the dashboard have something to show. Kept to a quarter so the demo still
     * starts in seconds. Skipped when anything was paid already.
     */
    private static void payments(Services services, Actor actor) {
        LocalDate today = LocalDate.now(services.core().clock());
        if (services.fees().payments().anyIssued()) {
            return;
        }
        List<PaymentRequest> paid = new ArrayList<>();
        Map<Long, Money> owing = services.fees().payments().owedByUnit(today);
        for (Unit unit : services.estate().units().allUnits()) {
            Money owed = owing.getOrDefault(unit.id(), Money.ZERO);
            if (unit.id() % 4 == 1 && owed.isPositive()) {
                paid.add(PaymentRequest.today(unit.id(), owed, unit.id() % 3 == 0 ? PaymentMethod.WECHAT : PaymentMethod.CASH,
                        today));
            }
        }
        services.fees().payments().payAll(actor, paid);
    }

    static InputStream resource(String name) {
        InputStream in = SampleData.class.getResourceAsStream(ROOT + name);
        if (in == null) {
            throw new IllegalStateException("Sample data " + name + " is missing from the build");
        }
        return in;
    }

    private static Properties properties(String name) {
        Properties properties = new Properties();
        try (InputStream in = resource(name)) {
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
