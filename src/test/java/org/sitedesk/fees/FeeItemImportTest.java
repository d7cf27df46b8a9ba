package org.sitedesk.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.core.Progress;
import org.sitedesk.core.i18n.Language;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.money.Money;
import org.sitedesk.core.users.Actor;
import org.sitedesk.estate.ImportRefusedException;
import org.sitedesk.estate.files.Table;
import org.sitedesk.estate.files.TableReader;
import org.sitedesk.support.EstateFixture;
import org.sitedesk.support.TestDatabase;

/**
 * Fee items imported with the month they start (DOMAIN.md fees 1–3): a site that starts with SiteDesk
 * in November bills its earlier months from the items' own start.
 */
class FeeItemImportTest {
    private static final YearMonth THIS_MONTH = YearMonth.of(2026, 11);
    private static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);

    @TempDir
    Path folder;
    private TestDatabase db;
    private Actor admin;

    @BeforeEach
    void open() {
        db = new TestDatabase(folder);
        admin = db.administrator();
        EstateFixture estate = new EstateFixture(db);
        estate.unit("3-2-1501", "15", "100.00");
        estate.unit("3-2-1502", "15", "89.75");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Table file(String name, String text) throws IOException {
        return TableReader.read(name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private FeeItemImport.Outcome run(Table table) {
        return db.services.fees().itemImport().run(admin, List.of(table), THIS_MONTH, false);
    }

    private Optional<YearMonth> startOf(String code) {
        return db.services.fees().items().all().stream().filter(item -> item.code().equals(code)).map(FeeItem::validFrom)
                .findFirst();
    }

    @Test
    void itemsImportedFromSeptemberBillSeptemberToTheCent() throws Exception {
        // fees 2: 100.00 m² × 0.60 = 60.00; 89.75 m² × 0.60 = 53.85
        FeeItemImport.Outcome outcome = run(file("items.csv", "编码,名称,计费方式,单价,适用类型,起始月份\n"
                + "PROPERTY,物业服务费（住宅）,按面积,0.60,住宅,2026-09\n"));

        assertThat(outcome.created()).isEqualTo(1);
        assertThat(outcome.months()).containsExactly(SEPTEMBER);
        BillingOutcome september = db.services.fees().billing().bill(admin, SEPTEMBER, Progress.NONE);
        assertThat(september.created()).isEqualTo(2);
        assertThat(september.total()).isEqualTo(Money.of("113.85"));
        assertThat(db.services.fees().billing().bill(admin, SEPTEMBER.plusMonths(1), Progress.NONE).total())
                .isEqualTo(Money.of("113.85"));
    }

    @Test
    void anEmptyOrMissingStartMonthIsThisMonth() throws Exception {
        run(file("items.csv", "code,name,basis,rate,applies_to,from\nPROPERTY,物业服务费,area,0.60,residential,\n"));
        run(file("more.csv", "code,name,basis,rate,applies_to\nPARKING,车位管理费,fixed,150,parking\n"));

        assertThat(startOf("PROPERTY")).contains(THIS_MONTH);
        assertThat(startOf("PARKING")).contains(THIS_MONTH);
    }

    @Test
    void aSpreadsheetsFirstOfTheMonthIsTakenAsThatMonth() throws Exception {
        run(file("items.csv", "code,name,basis,rate,applies_to,from\nPROPERTY,物业服务费,area,0.60,residential,2026-09-01\n"
                + "SHOP,商铺物业费,area,1.00,shop,2026/10\n"));

        assertThat(startOf("PROPERTY")).contains(SEPTEMBER);
        assertThat(startOf("SHOP")).contains(YearMonth.of(2026, 10));
    }

    @Test
    void aBadStartMonthIsReportedWithLineAndColumnAndNothingIsImported() throws Exception {
        Table table = file("items.csv", "code,name,basis,rate,applies_to,from\n"
                + "PROPERTY,物业服务费,area,0.60,residential,2026-09\n"
                + "SHOP,商铺物业费,area,1.00,shop,2026-13\n"
                + "PARKING,车位管理费,fixed,150,parking,2026-09-15\n");

        assertThatThrownBy(() -> run(table)).isInstanceOfSatisfying(ImportRefusedException.class, refused ->
                assertThat(refused.problems()).extracting(problem -> problem.describe(new Messages(Language.CHINESE)))
                        .containsExactly("items.csv:3:6: 起始月份“2026-13”应写成 YYYY-MM，例如 2026-09；留空为本月。",
                                "items.csv:4:6: 起始月份“2026-09-15”应写成 YYYY-MM，例如 2026-09；留空为本月。"));
        assertThat(db.services.fees().items().all()).isEmpty();
    }

    @Test
    void anItemImportedThisMonthStartsEarlierWhenImportedAgainWithAnEarlierMonth() throws Exception {
        run(file("items.csv", "code,name,basis,rate,applies_to\nPROPERTY,物业服务费,area,0.60,residential\n"));

        FeeItemImport.Outcome again = run(file("items.csv", "code,name,basis,rate,applies_to,from\n"
                + "PROPERTY,物业服务费,area,0.60,residential,2026-09\n"));

        assertThat(again.startedEarlier()).isEqualTo(1);
        assertThat(db.services.fees().items().all()).singleElement().satisfies(item -> {
            assertThat(item.validFrom()).isEqualTo(SEPTEMBER);
            assertThat(item.validTo()).isEmpty();
        });
        assertThat(db.services.fees().billing().bill(admin, SEPTEMBER, Progress.NONE).total()).isEqualTo(Money.of("113.85"));
    }

    @Test
    void anEarlierStartAtAnotherRateOrARateChangeIntoBilledMonthsIsRefused() throws Exception {
        run(file("items.csv", "code,name,basis,rate,applies_to\nPROPERTY,物业服务费,area,0.60,residential\n"));
        Table otherRate = file("earlier.csv", "code,name,basis,rate,applies_to,from\n"
                + "PROPERTY,物业服务费,area,0.55,residential,2026-09\n");
        Table sameMonth = file("same.csv", "code,name,basis,rate,applies_to\nPROPERTY,物业服务费,area,0.65,residential\n");

        assertThatThrownBy(() -> run(otherRate)).isInstanceOfSatisfying(ImportRefusedException.class, refused ->
                assertThat(refused.problems()).extracting(problem -> problem.describe(new Messages(Language.ENGLISH)))
                        .containsExactly("earlier.csv:2:6: The fee item PROPERTY is charged at 0.60 from 2026-11; "
                                + "to start it earlier, give that rate."));
        assertThatThrownBy(() -> run(sameMonth)).isInstanceOfSatisfying(ImportRefusedException.class, refused ->
                assertThat(refused.problems()).extracting(problem -> problem.describe(new Messages(Language.CHINESE)))
                        .containsExactly("same.csv:2:4: 新单价须从 2026-11 之后的月份起执行。"));
        assertThat(db.services.fees().items().all()).singleElement().satisfies(item -> {
            assertThat(item.validFrom()).isEqualTo(THIS_MONTH);
            assertThat(item.rate()).isEqualByComparingTo(new BigDecimal("0.60"));
        });
    }

    @Test
    void aNewRateFromALaterMonthKeepsTheOldRateBefore() throws Exception {
        run(file("items.csv", "code,name,basis,rate,applies_to,from\nPROPERTY,物业服务费,area,0.60,residential,2026-09\n"));

        FeeItemImport.Outcome outcome = run(file("items.csv", "code,name,basis,rate,applies_to,from\n"
                + "PROPERTY,物业服务费,area,0.65,residential,2027-01\n"));

        assertThat(outcome.rateChanged()).isEqualTo(1);
        assertThat(db.services.fees().items().validIn(YearMonth.of(2026, 12))).singleElement()
                .satisfies(item -> assertThat(item.rate()).isEqualByComparingTo("0.60"));
        assertThat(db.services.fees().items().validIn(YearMonth.of(2027, 1))).singleElement()
                .satisfies(item -> assertThat(item.rate()).isEqualByComparingTo("0.65"));
    }

    @Test
    void billingAMonthBeforeEveryItemSaysWhenTheEarliestStarts() throws Exception {
        run(file("items.csv", "code,name,basis,rate,applies_to\nPROPERTY,物业服务费,area,0.60,residential\n"));

        assertThatThrownBy(() -> db.services.fees().billing().bill(admin, SEPTEMBER, Progress.NONE))
                .isInstanceOfSatisfying(UserFacingException.class, refused -> {
                    assertThat(new Messages(Language.CHINESE).describe(refused))
                            .isEqualTo("2026-09 没有适用的收费项目；最早的收费项目从 2026-11 起收费。");
                    assertThat(new Messages(Language.ENGLISH).describe(refused))
                            .isEqualTo("No fee item applies to 2026-09; the earliest starts 2026-11.");
                });
        assertThatThrownBy(() -> db.services.fees().billing().preview(SEPTEMBER)).isInstanceOf(UserFacingException.class);
    }
}
